#!/usr/bin/env python3
"""docket: 40 hand-written report e-mails for zvit, with hand-written answer keys.

Run:  python3 make.py          (writes NAME.eml and NAME.expected.json beside this file)
Office attachments are produced once with LibreOffice from HTML/CSV written below and kept in
attachments/; later runs reuse them, so the .eml files come out byte-identical.
"""
import base64, datetime as dt, email, email.header, email.policy, hashlib, json, os, quopri
import shutil, subprocess, sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
WORK = "/tmp/docket-work"
KYIV = ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

EXECUTORS = {
    "uvp", "gromrada", "zvernennia", "cppk", "ogp-coordinator",
    "su-osvita", "su-zdorovia", "su-kultura", "su-sotszakhyst", "su-simia", "su-apk", "su-finansy",
    "su-ekonomika", "su-zhkh", "su-kapbud", "su-ekolohiia", "su-arkhiv", "su-mistobuduvannia",
    "su-sluzhba-ditei",
    "rda-bakhmach", "rda-bobrovytsia", "rda-borzna", "rda-varva", "rda-horodnia", "rda-ichnia",
    "rda-kozelets", "rda-korop", "rda-koriukivka", "rda-kulykivka", "rda-mena", "rda-nizhyn",
    "rda-novhorod-siverskyi", "rda-nosivka", "rda-pryluky", "rda-ripky", "rda-semenivka",
    "rda-sosnytsia", "rda-sribne", "rda-talalaivka", "rda-chernihiv", "rda-shchors",
}
CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {None, "question", "invitation", "thanks", "announcement", "extension_request", "promise"}

# The plan's measures, verbatim (plan-uk.txt), for quoted reminders, receipts and tables.
M = {
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
 16: "Надати інформацію про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації на адресу електронної пошти (uvp@cg.ukrtel.net).",
}
PLAN_TITLE = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"

# ---------------------------------------------------------------------------------------------
# small helpers

def h(name, n=""):
    return hashlib.sha1((name + "/" + str(n)).encode()).hexdigest()

def kyiv(y, mo, d, hh, mi, ss):
    return dt.datetime(y, mo, d, hh, mi, ss, tzinfo=KYIV)

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def rfcdate(t, tz=None, comment=False):
    """RFC 2822 date of aware datetime t, shown in tz (default Kyiv)."""
    t = t.astimezone(tz or KYIV)
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (DAYS[t.weekday()], t.day, MONS[t.month - 1], t.year,
                                                    t.hour, t.minute, t.second, sign, mins // 60, mins % 60)
    if comment:
        s += " (%s)" % t.tzname()
    return s

def received(name, t, delay, relay="mail.example.gov.ua [10.70.1.12]"):
    r = (t + dt.timedelta(seconds=delay)).astimezone(KYIV)
    host, ip = relay.split(" ")
    return ("Received: from %s (%s %s)\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\n"
            "\tfor <%s>; %s" % (host, host, ip, h(name, "qid")[:10].upper(), MAILBOX, rfcdate(r, comment=True)))

def bword(s, cs, limit=75):
    """RFC 2047 B encoded-words, split on character boundaries, joined by folding."""
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        if len("=?%s?B?%s?=" % (cs, base64.b64encode(trial.encode(cs)).decode())) > limit and cur:
            words.append(cur); cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words)

def _qchar(b):
    c = chr(b)
    if c == " ":
        return "_"
    if b < 128 and (c.isalnum() or c in "!*+-/"):
        return c
    return "=%02X" % b

def qword(s, cs, limit=75):
    words, cur = [], ""
    enc = lambda x: "".join(_qchar(b) for b in x.encode(cs))
    for ch in s:
        trial = cur + ch
        if len("=?%s?Q?%s?=" % (cs, enc(trial))) > limit and cur:
            words.append(cur); cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (cs, enc(w)) for w in words)

def rfc2231(param, s, cs, chunk=None):
    """param*=cs''%XX... or, with chunk, continuations param*0*=...; param*1*=..."""
    pct = "".join(chr(b) if (b < 128 and (chr(b).isalnum() or chr(b) in "._-")) else "%%%02X" % b
                  for b in s.encode(cs))
    if not chunk:
        return "%s*=%s''%s" % (param, cs, pct)
    parts, i = [], 0
    while i < len(pct):
        j = min(i + chunk, len(pct))
        while j < len(pct) and "%" in pct[j - 2:j]:   # never cut inside %XX
            j += 1
        parts.append(pct[i:j]); i = j
    out = []
    for n, p in enumerate(parts):
        out.append("%s*%d*=%s%s" % (param, n, (cs + "''") if n == 0 else "", p))
    return ";\n\t".join(out)

def qp(b):
    return quopri.encodestring(b)

def b64(b):
    return base64.encodebytes(b)

def enc_body(data, cte):
    if cte == "base64":
        return b64(data)
    if cte == "quoted-printable":
        return qp(data)
    return data

def leaf(headers, data, cte):
    """headers: list of str (already encoded); data: bytes."""
    hs = "\n".join(headers + ["Content-Transfer-Encoding: " + cte]) if cte else "\n".join(headers)
    body = enc_body(data, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return hs.encode("ascii") + b"\n\n" + body

def multi(headers, boundary, parts, preamble=None):
    out = "\n".join(headers).encode("ascii") + b"\n\n"
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"\n--" + boundary.encode() + b"\n" + p
    out += b"\n--" + boundary.encode() + b"--\n"
    return out

def msg(top_headers, body):
    """top_headers: list of str or bytes lines; body: bytes starting with the content headers."""
    hb = b"".join((x if isinstance(x, bytes) else x.encode("ascii")) + b"\n" for x in top_headers)
    raw = hb + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw

def text(s, cs):
    return s.replace("\r\n", "\n").encode(cs)

def koi(s):
    """What a koi8 client leaves of typographic characters the charset lacks."""
    for a, b in (("—", "-"), ("–", "-"), ("«", '"'), ("»", '"'), ("„", '"'), ("“", '"'), ("’", "'"), ("№", "N"), ("•", "*")):
        s = s.replace(a, b)
    return s

def att_bytes(fname):
    with open(os.path.join(ATT, fname), "rb") as f:
        return f.read()

# --- client styles ---------------------------------------------------------------------------

def b_outlook(name, n=0):
    x = h(name, "b%d" % n).upper()
    return "----=_NextPart_%03d_%s_%s.%s" % (n, x[0:4], x[4:12], x[12:20])

def b_tb(name, n=0):
    x = str(int(h(name, "b%d" % n)[:16], 16)).rjust(24, "0")[:24]
    return "-" * 12 + x

def b_bat(name, n=0):
    return "----------" + h(name, "b%d" % n)[:16].upper()

def b_gmail(name, n=0):
    return h(name, "b%d" % n)[:28]

def b_rc(name, n=0):
    return "=_" + h(name, "b%d" % n)[:32]

def id_outlook(name, dom):
    x = h(name, "id")
    return "<%s$%s$%s@%s>" % ("000001" + x[0:6], x[6:14], x[14:22], dom)

def id_tb(name, dom):
    x = h(name, "id").upper()
    return "<%s.%d@%s>" % (x[0:8], int(x[8:14], 16) % 9000000 + 1000000, dom)

def id_bat(name, t, dom):
    x = int(h(name, "id")[:8], 16) % 900000000 + 100000000
    return "<%d.%s@%s>" % (x, t.strftime("%Y%m%d%H%M%S"), dom)

def id_gmail(name):
    x = base64.b64encode(bytes.fromhex(h(name, "id"))).decode().replace("/", "_").replace("+", "-").rstrip("=")
    return "<CA%s@mail.gmail.com>" % x

# --- attachments made once with LibreOffice ----------------------------------------------------

FILTERS = {
    "xlsx": ("csv", 'xlsx:Calc MS Excel 2007 XML'),
    "xls": ("csv", 'xls:MS Excel 97'),
    "ods": ("csv", 'ods:calc8'),
    "docx": ("html", 'docx:MS Word 2007 XML'),
    "doc": ("html", 'doc:MS Word 97'),
    "odt": ("html", 'odt:writer8'),
    "pdf": ("html", 'pdf:writer_pdf_Export'),
}

def office(fname, source, coltypes=None):
    """Return the bytes of attachments/fname, converting `source` (HTML or CSV text) once."""
    path = os.path.join(ATT, fname)
    if not os.path.exists(path):
        stem, ext = os.path.splitext(fname)
        kind, target = FILTERS[ext[1:]]
        tmp = os.path.join(WORK, "conv")
        os.makedirs(tmp, exist_ok=True)
        src = os.path.join(tmp, stem + "." + kind)
        with open(src, "w", encoding="utf-8") as f:
            f.write(source)
        if kind == "csv":
            infilter = "CSV:59,34,76,1" + ("," + coltypes if coltypes else "")
        else:
            infilter = "HTML (StarWriter)"
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % WORK,
                        "--infilter=" + infilter, "--convert-to", target, "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, fname), path)
    return att_bytes(fname)

def html_doc(body, title=""):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>'
            '<style>body{font-family:"Times New Roman";font-size:14pt} td,th{border:1px solid #000;'
            'padding:3px;vertical-align:top} table{border-collapse:collapse}</style></head>'
            '<body>%s</body></html>' % (title, body))

def csv_rows(rows):
    def cell(c):
        c = str(c)
        return '"' + c.replace('"', '""') + '"'
    return "\n".join(";".join(cell(c) for c in r) for r in rows) + "\n"

# --- what zvit sends, hence what replies quote -------------------------------------------------

def reminder(executor, today, deadline, missing, overdue=False, partial=False):
    s = "Шановні колеги!\n\n"
    if overdue:
        s += ("Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану).\n\n"
              % (deadline, PLAN_TITLE))
    else:
        s += ("Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до %s "
              "на адресу електронної пошти %s.\n\n" % (PLAN_TITLE, deadline, MAILBOX))
    if partial:
        s += ("Вашу інформацію отримано, проте станом на %s за звітний період не вдалося зарахувати відомості "
              "щодо пунктів, наведених нижче.\n" % today)
    else:
        s += ("Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n"
              % (today, executor))
    for m in missing:
        s += "\n  %d. %s\n" % (m, M[m])
    s += ("\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
          "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, "
          "надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери "
          "пунктів плану.\n\n")
    s += ("Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.")
    s += ("\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його "
          "недійсним.\n\nЗ повагою\n" + OFFICE + "\n")
    return s

def receipt(executor, received_s, subject, period, deadline, recognised, missing, late=False):
    s = ("Шановні колеги!\n\n%s підтверджує отримання Вашого листа від %s%s.\n\n"
         % ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
            received_s, (" «%s»" % subject) if subject else ""))
    s += "Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s)." % (executor, period, deadline)
    if late:
        s += "\nЛист надійшов після встановленого терміну; інформацію враховано як подану із запізненням."
    s += "\n\n"
    if recognised:
        s += "Розпізнано інформацію щодо таких пунктів плану:\n"
        for n, ex in recognised:
            s += "  • пункт %d: %s\n" % (n, ex)
    else:
        s += "Інформації, яку можна віднести до пунктів плану, у листі не виявлено."
    s += "\n"
    if missing:
        s += "За цей звітний період ще очікується інформація щодо пунктів плану:\n"
        for m in missing:
            s += "  %d. %s\n" % (m, M[m])
    else:
        s += ("Інформацію щодо всіх пунктів плану, виконавцем яких визначено Вашу установу, за цей період "
              "отримано. Дякуємо за співпрацю.")
    s += ("\n\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу "
          "%s.\n\nЗ повагою\n%s\n" % (MAILBOX, OFFICE))
    return s

def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.rstrip("\n").split("\n")) + "\n"

def flow(s, width=72):
    """format=flowed: wrap long lines with a trailing space (soft break)."""
    out = []
    for line in s.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line); continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " "); cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def paras_html(s):
    return "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in s.strip("\n").split("\n\n"))

MAILS = []

def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco

def word_html(inner, cs="windows-1251", gen="Microsoft Word 14 (filtered medium)"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="%s"><style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n'
            '\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri","sans-serif";}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>'
            '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--></head>'
            '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n%s</div></body></html>\n' % (cs, gen, inner))

def mso_p(s):
    return "".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % (esc(l) if l else "&nbsp;") for l in s.split("\n"))

# =============================================================================================
# 1. placeholder

KEY = {"class": "placeholder", "executor": "su-osvita", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 cover note plus an .xlsx with all 16 plan rows; only four rows carry content, the rest are —, х, -, empty, a bare «Не проводились» and a row 16 «Інформацію надано листом».",
       "items": [{"measure": 1, "source": "Інформація_Відкритий уряд_освіта_2012.xlsx"},
                 {"measure": 6, "source": "Інформація_Відкритий уряд_освіта_2012.xlsx"},
                 {"measure": 7, "source": "Інформація_Відкритий уряд_освіта_2012.xlsx"},
                 {"measure": 9, "source": "Інформація_Відкритий уряд_освіта_2012.xlsx"}]}
@mail("ph01_osvita_xlsx", KEY)
def _(name):
    t = kyiv(2012, 12, 12, 11, 4, 37)
    fn = "Інформація_Відкритий уряд_освіта_2012.xlsx"
    rows = [["Інформація управління освіти і науки облдержадміністрації про виконання Плану заходів «Відкритий уряд» станом на 10.12.2012", "", "", ""],
            ["№ з/п", "Зміст заходу (скорочено)", "Виконавці", "Інформація про виконання"],
            ["1", "Приведення інформаційного наповнення офіційних сайтів до вимог законодавства", "СП ОДА, РДА",
             "Офіційний веб-сайт управління приведено у відповідність до вимог постанови КМУ від 04.01.2002 № 3; розділ «Публічна інформація» оновлюється щотижня, у IV кварталі розміщено 38 документів"],
            ["2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "СП ОДА", "—"],
            ["3", "Веб-ресурс «Чернігівська громада»", "УВП, Громадська рада", "х"],
            ["4", "Інтернет-форум", "УВП, Громадська рада", "х"],
            ["5", "«Гаряча лінія» голови ОДА", "УВП, відділ звернень", "х"],
            ["6", "Консультації з громадськістю (постанова КМУ № 996)", "СП ОДА, РДА",
             "Проведено 3 консультації з громадськістю у формі публічного обговорення проекту Програми розвитку позашкільної освіти на 2013–2015 роки; взяли участь 57 осіб, надійшло 11 пропозицій, 6 враховано"],
            ["7", "Залучення ІГС до дорадчо-консультативних органів", "СП ОДА, РДА",
             "До складу науково-методичної ради управління включено двох представників громадських організацій (ГО «Батьківська ініціатива», ГО «Освітній простір Полісся»)"],
            ["8", "Голови комітетів Громадської ради у складі колегій", "СП ОДА", "-"],
            ["9", "Залучення членів громадських рад до обговорення проектів розпоряджень, програм", "СП ОДА, РДА",
             "Проект наказу «Про мережу загальноосвітніх навчальних закладів області на 2013/2014 н. р.» розглянуто на засіданні комісії громадської ради з питань освіти 21.11.2012, враховано 2 зауваження"],
            ["10", "Робочі групи з питань відкритості у громадських радах", "УВП, РДА", ""],
            ["11", "«Дні відкритих дверей»", "УВП", "х"],
            ["12", "Громадські експертизи", "СП ОДА, РДА", "Не проводились"],
            ["13", "Навчальні семінари", "УВП, ЦППК", "х"],
            ["14", "Методичні посібники", "УВП", "х"],
            ["15", "Громадське обговорення виконання плану", "УВП, Громадська рада", "х"],
            ["16", "Надання інформації на uvp@cg.ukrtel.net", "СП ОДА, РДА", "Інформацію надано листом від 12.12.2012 № 01-14/3517"]]
    data = office("ph01_osvita.xlsx", csv_rows(rows), "1/2/2/2/3/2/4/2")
    body = ("Добрий день!\n\nНадсилаємо інформацію управління освіти і науки облдержадміністрації про "
            "виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
            "за 2012 рік (таблиця у вкладенні).\n\nЗ повагою\nГолубенко Оксана Вікторівна\n"
            "головний спеціаліст відділу кадрової роботи\nуправління освіти і науки Чернігівської ОДА\n"
            "тел. (0462) 67-33-19\n")
    b1, b2 = b_outlook(name, 1), b_outlook(name, 2)
    alt = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b2], b2, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'],
             text(word_html(mso_p(body.rstrip("\n"))), "cp1251"), "quoted-printable")])
    fa = bword(fn, "windows-1251")
    at = leaf(['Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\n\tname="%s"' % fa,
               'Content-Disposition: attachment;\n\tfilename="%s"' % fa], data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n\tboundary="%s"' % b1], b1, [alt, at],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 4, "mail.example.gov.ua [10.70.1.21]"),
                "From: =?windows-1251?B?%s?= <osvita@example.gov.ua>" % base64.b64encode("Управління освіти і науки".encode("cp1251")).decode(),
                "To: <%s>" % MAILBOX,
                "Subject: " + bword("Інформація про виконання плану заходів (Відкритий уряд)", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 14.0", "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: uk"], body)

KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express with an .xls whose number column is the district's own row count 1–6 over the six owed measures (plan 1, 6, 7, 9, 10, 12 named only by text); three rows are «немає», «Не проводились», «-».",
       "items": [{"measure": 1, "source": "Бахмацька РДА - Відкритий уряд.xls"},
                 {"measure": 7, "source": "Бахмацька РДА - Відкритий уряд.xls"},
                 {"measure": 12, "source": "Бахмацька РДА - Відкритий уряд.xls"}]}
@mail("ph02_bakhmach_xls", KEY)
def _(name):
    t = kyiv(2013, 6, 11, 15, 22, 8)
    fn = "Бахмацька РДА - Відкритий уряд.xls"
    rows = [["ІНФОРМАЦІЯ", "", ""],
            ["Бахмацької районної державної адміністрації про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади станом на 10.06.2013", "", ""],
            ["№ п/п", "Найменування заходу", "Стан виконання"],
            ["1", "Забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів райдержадміністрацій",
             "Розділ «Відкритий уряд» на офіційному сайті райдержадміністрації наповнюється; у І півріччі 2013 року розміщено 42 інформаційні матеріали, оновлено сторінки структурних підрозділів"],
            ["2", "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю", "немає"],
            ["3", "Залучати до роботи дорадчо-консультативних органів представників інститутів громадянського суспільства",
             "До складу координаційної ради з питань розвитку підприємництва включено трьох представників громадських організацій району"],
            ["4", "Залучати членів громадських рад до громадського обговорення проектів розпоряджень, цільових програм, рішень", "Не проводились"],
            ["5", "Рекомендувати громадським радам створити комісію (робочу групу) з питань відкритості та прозорості", "-"],
            ["6", "Сприяти проведенню громадських експертиз діяльності органів виконавчої влади",
             "Громадську експертизу діяльності відділу освіти райдержадміністрації провела ГО «Бахмацька громада» (квітень 2013 р.); за її пропозиціями розроблено план заходів з 5 пунктів, виконання якого розглянуто на нараді 28.05.2013"],
            ["", "", ""],
            ["Заступник голови райдержадміністрації", "", "В.І. Кобзар"]]
    data = office("ph02_bakhmach.xls", csv_rows(rows), "1/2/2/2/3/2")
    body = ("Доброго дня.\nНадсилаємо інформацію про виконання плану заходів за І півріччя 2013 року.\n"
            "Вик. Лисенко Т.М., 2-14-37\n")
    b1 = "----=_NextPart_000_%s_01CE66A9.%s" % (h(name)[:4].upper(), h(name)[4:12].upper())
    part1 = leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable")
    fa = qword(fn, "windows-1251")
    at = leaf(['Content-Type: application/vnd.ms-excel;\n\tname="%s"' % fa,
               'Content-Disposition: attachment;\n\tfilename="%s"' % fa], data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n\tboundary="%s"' % b1], b1, [part1, at],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 3, "pc-zagvid.bahmach.local [10.70.9.44]"),
                "Message-ID: <%s$%s@pc-zagvid>" % ("000a01ce66a9", h(name, "m")[:8]),
                "From: \"Bakhmach RDA\" <rda-bakhmach@example.gov.ua>",
                "To: <%s>" % MAILBOX,
                "Subject: " + qword("звіт Відкритий уряд І півріччя", "windows-1251"),
                "Date: " + rfcdate(t), "MIME-Version: 1.0", "X-Priority: 3", "X-MSMail-Priority: Normal",
                "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
                "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"], body)

KEY = {"class": "placeholder", "executor": "rda-horodnia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 HTML body with a table pasted from Word (plan numbers «1.», «6.» … in the first column) and a tab-separated plain twin; only rows 6 and 10 carry content, the others are х, empty, a bare «Заходи не проводились» and «-».",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("ph03_horodnia_htmltable", KEY)
def _(name):
    t = kyiv(2013, 12, 9, 9, 47, 52)
    rows = [("1.", "Приведення інформаційного наповнення та функціонування офіційних Інтернет-сайтів до вимог чинного законодавства", "х"),
            ("6.", "Проведення консультацій з громадськістю згідно з постановою КМУ від 03.11.2010 № 996",
             "28.11.2013 проведено громадські слухання щодо проекту Програми соціально-економічного розвитку Городнянського району на 2014 рік (64 учасники, 9 пропозицій, з них 5 враховано); 12.11.2013 – електронні консультації щодо проекту районного бюджету"),
            ("7.", "Залучення представників ІГС до роботи дорадчо-консультативних органів", ""),
            ("9.", "Залучення членів громадських рад до обговорення проектів розпоряджень, цільових програм", "Заходи не проводились"),
            ("10.", "Рекомендувати громадським радам створити комісію (робочу групу) з питань відкритості та прозорості",
             "Громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості (лист від 14.10.2013 № 02-18/1290); робочу групу у складі 5 осіб утворено рішенням громадської ради 05.11.2013"),
            ("12.", "Сприяння проведенню громадських експертиз", "-")]
    intro = ("Шановні колеги!\n\nНа Ваш лист-нагадування надаємо інформацію Городнянської районної державної "
             "адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності "
             "виконавчої влади в області за ІІ півріччя 2013 року:\n")
    sign = ("\nЗ повагою\nНачальник відділу організаційної роботи апарату РДА\nС.П. Дідок\n\n"
            "Городнянська районна державна адміністрація\nм. Городня, вул. Криницька, 4\n")
    plain = intro + "\n№ з/п\tЗміст заходу\tІнформація про виконання\n" + \
        "".join("%s\t%s\t%s\n" % r for r in rows) + sign
    cell = lambda s, w: ('<td width=%d valign=top style=\'width:%dpt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt\'>'
                         '<p class=MsoNormal><span style=\'font-size:12.0pt;font-family:"Times New Roman","serif"\'>%s<o:p></o:p></span></p></td>'
                         % (w, w * 3 // 4, esc(s) if s else "<o:p>&nbsp;</o:p>"))
    tbl = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
           "<tr>" + cell("№ з/п", 48) + cell("Зміст заходу", 260) + cell("Інформація про виконання", 330) + "</tr>\n" +
           "".join("<tr>" + cell(a, 48) + cell(b, 260) + cell(c, 330) + "</tr>\n" for a, b, c in rows) + "</table>\n")
    html = word_html(mso_p(intro.rstrip("\n")) + tbl + mso_p(sign.rstrip("\n")),
                     gen="Microsoft Word 12 (filtered medium)")
    b1 = b_outlook(name, 0)
    body = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1], b1, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(plain, "cp1251"), "base64"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(html, "cp1251"), "base64")],
        preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 6, "mail.example.gov.ua [10.70.4.3]"),
                "From: \"=?windows-1251?B?%s?=\" <rda-horodnia@example.gov.ua>" % base64.b64encode("Городнянська РДА".encode("cp1251")).decode(),
                "To: \"=?windows-1251?B?%s?=\" <%s>" % (base64.b64encode("УВП ОДА".encode("cp1251")).decode(), MAILBOX),
                "Subject: " + bword("RE: Нагадування: інформація про виконання Плану заходів", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Office Outlook 12.0",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: uk"], body)

KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply to a partial reminder (quoted below) returning an .ods with the three reminded rows: 2 filled, 8 «Не стосується» (no item), 12 a denial that names its subject (громадських експертиз не проводилось) and so counts; RFC 2231 continued file name.",
       "items": [{"measure": 2, "source": "Таблиця_управління культури і туризму_І півріччя 2013.ods"},
                 {"measure": 12, "source": "Таблиця_управління культури і туризму_І півріччя 2013.ods"}]}
@mail("ph04_kultura_ods_reply", KEY)
def _(name):
    t = kyiv(2013, 6, 12, 14, 10, 3)
    fn = "Таблиця_управління культури і туризму_І півріччя 2013.ods"
    rows = [["Пункт плану", "Зміст заходу", "Інформація про виконання"],
            ["2", M[2], "На офіційному сайті облдержадміністрації в рубриці «Хід виконання цільових програм» у березні 2013 року розміщено звіт про виконання обласної Програми розвитку культури і туризму за 2012 рік та паспорт програми на 2013 рік."],
            ["8", M[8], "Не стосується"],
            ["12", M[12], "Громадських експертиз діяльності управління у І півріччі 2013 року не проводилось, запитів від інститутів громадянського суспільства не надходило."]]
    data = office("ph04_kultura.ods", csv_rows(rows), "1/2/2/2/3/2")
    rem = reminder("Управління культури і туризму облдержадміністрації", "10.06.2013", "15.06.2013", [2, 8, 12], partial=True)
    body = ("Доброго дня!\n\nЗаповнену таблицю повертаємо у вкладенні.\n\n-- \nІрина Мельник\n"
            "провідний спеціаліст управління культури і туризму\nтел. 67-45-12\n\n"
            "10.06.2013 9:00, Управління з питань внутрішньої політики пише:\n" + quote(rem))
    b1 = b_tb(name)
    part1 = leaf(['Content-Type: text/plain; charset=UTF-8; format=flowed'], text(flow(body), "utf-8"), "8bit")
    at = leaf(['Content-Type: application/vnd.oasis.opendocument.spreadsheet;\n name="%s"' % bword(fn, "UTF-8"),
               'Content-Disposition: attachment;\n ' + rfc2231("filename", fn, "UTF-8", chunk=40).replace("\t", " ")],
              data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n boundary="%s"' % b1], b1, [part1, at],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 2, "mail.example.gov.ua [10.70.1.33]"),
                "Message-ID: " + id_tb(name, "example.gov.ua"),
                "Date: " + rfcdate(t),
                "From: =?UTF-8?B?%s?= <kultura@example.gov.ua>" % base64.b64encode("Ірина Мельник".encode()).decode(),
                "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6",
                "MIME-Version: 1.0",
                "To: " + bword("Управління з питань внутрішньої політики", "UTF-8") + " <%s>" % MAILBOX,
                "Subject: " + bword("Re: Нагадування: інформація про виконання Плану заходів", "UTF-8"),
                "In-Reply-To: <zvit.%s@cg.ukrtel.net>" % h(name, "rem")[:20],
                "References: <zvit.%s@cg.ukrtel.net>" % h(name, "rem")[:20]], body)

KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "The Bat! koi8-u plain text with a 16-row table pasted from Excel (tabs); rows 1, 7, 9, 12 carry content, the rest are —, х, немає, + and a row 16 «Надається»; two days after the deadline.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("ph05_sribne_pasted_koi8", KEY)
def _(name):
    t = kyiv(2012, 12, 17, 10, 31, 44)
    rows = [("1", "Наповнення офіційних сайтів", "Сайт РДА оновлено, створено розділ «Доступ до публічної інформації», розміщено 14 проектів розпоряджень"),
            ("2", "Рубрики на сайті ОДА", "—"), ("3", "Веб-ресурс «Чернігівська громада»", "х"),
            ("4", "Інтернет-форум", "х"), ("5", "«Гаряча лінія»", "х"), ("6", "Консультації з громадськістю", "немає"),
            ("7", "Дорадчо-консультативні органи", "Представника ГО «Срібнянські ветерани» включено до складу районної ради з питань соціального захисту (розпорядження від 22.10.2012 № 287)"),
            ("8", "Колегії", "—"),
            ("9", "Обговорення проектів", "Проект районної програми «Питна вода» на 2013 рік обговорено з членами громадської ради при РДА 30.11.2012"),
            ("10", "Робочі групи з відкритості", "+"), ("11", "Дні відкритих дверей", "х"),
            ("12", "Громадські експертизи", "Громадську антикорупційну експертизу проекту розпорядження «Про затвердження Порядку надання матеріальної допомоги» провела районна організація Союзу юристів, зауважень не надано"),
            ("13", "Семінари", "х"), ("14", "Посібники", "х"), ("15", "Обговорення виконання плану", "х"),
            ("16", "Інформація до УВП", "Надається")]
    body = ("Вітаю!\nВибачте за затримку — в п'ятницю не працював інтернет.\n\nІнформація Срібнянської РДА "
            "по плану Відкритий уряд:\n\n№\tЗахід\tВиконання\n" + "".join("%s\t%s\t%s\n" % r for r in rows) +
            "\n--\nЗ повагою, Олег Сидоренко\nзагальний відділ апарату Срібнянської РДА\n")
    part = leaf(["Content-Type: text/plain; charset=koi8-u"], text(koi(body), "koi8_u"), "8bit")
    return msg([received(name, t, 9, "smtp.example.gov.ua [10.70.19.2]"),
                "Date: " + rfcdate(t),
                "From: =?koi8-u?B?%s?= <rda-sribne@example.gov.ua>" % base64.b64encode("Срібнянська РДА".encode("koi8_u")).decode(),
                "X-Mailer: The Bat! (v4.2.10) Home",
                "Reply-To: =?koi8-u?B?%s?= <rda-sribne@example.gov.ua>" % base64.b64encode("Срібнянська РДА".encode("koi8_u")).decode(),
                "X-Priority: 3 (Normal)",
                "Message-ID: " + id_bat(name, t, "example.gov.ua"),
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("Відкритий уряд - Срібне", "koi8-u"),
                "MIME-Version: 1.0"], part)

# =============================================================================================
# 2. bottom_post

KEY = {"class": "bottom_post", "executor": "rda-nosivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird format=flowed reply interleaved under the quoted reminder items: 1, 6, 9 answered with work, 12 with a denial that names its subject; 7 has a bare «Не проводились» and 10 a dash.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("bp01_nosivka_interleaved_tb", KEY)
def _(name):
    t = kyiv(2012, 12, 11, 16, 2, 19)
    q = lambda s: quote(s)
    body = ("10.12.2012 9:00, Управління з питань внутрішньої політики пише:\n" +
            q("Шановні колеги!\n\nНагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно "
              "надати до 15.12.2012 на адресу електронної пошти uvp@cg.ukrtel.net.\n\nСтаном на 10.12.2012 від "
              "Носівська районна державна адміністрація не надійшла інформація за звітний період щодо таких "
              "пунктів плану:\n\n  1. %s" % (PLAN_TITLE, M[1])) +
            "\nНа офіційному сайті райдержадміністрації створено розділ «Громадська рада», оновлено розділ "
            "«Регуляторна політика»; сайт приведено у відповідність до постанови КМУ № 3.\n\n" +
            q("  6. " + M[6]) +
            "\n20.11.2012 проведено консультації з громадськістю у формі круглого столу щодо проекту "
            "Програми розвитку малого підприємництва в Носівському районі на 2013-2014 роки.\n\n" +
            q("  7. " + M[7]) + "\nНе проводились\n\n" +
            q("  9. " + M[9]) +
            "\nПроект розпорядження «Про районний бюджет на 2013 рік» обговорено на засіданні громадської ради "
            "при РДА 06.12.2012, члени ради надали 3 пропозиції.\n\n" +
            q(" 10. " + M[10]) + "\n-\n\n" +
            q(" 12. " + M[12]) +
            "\nГромадських антикорупційних експертиз у звітному періоді не проводилось, звернень від "
            "громадських організацій щодо їх проведення не надходило.\n\n" +
            q("Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу "
              "«Інформація про виконання» та надіслати таблицю у відповідь на цей лист.\n\n"
              "Просимо дотримуватися встановленого терміну.\n\nЗ повагою\n" + OFFICE) +
            "\n-- \nНосівська РДА, сектор інформаційної діяльності\nЮлія Бондар, (04642) 2-11-56\n")
    part = leaf(["Content-Type: text/plain; charset=UTF-8; format=flowed"], text(flow(body), "utf-8"), "8bit")
    return msg([received(name, t, 3, "mail.example.gov.ua [10.70.14.7]"),
                "Message-ID: " + id_tb(name, "example.gov.ua"),
                "Date: " + rfcdate(t),
                "From: " + bword("Носівська РДА", "UTF-8") + " <rda-nosivka@example.gov.ua>",
                "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121129 Thunderbird/17.0.1",
                "MIME-Version: 1.0",
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("Re: Нагадування: інформація про виконання Плану заходів", "UTF-8"),
                "References: <zvit.%s@cg.ukrtel.net>" % h(name, "rem")[:20],
                "In-Reply-To: <zvit.%s@cg.ukrtel.net>" % h(name, "rem")[:20]], part)

KEY = {"class": "bottom_post", "executor": "su-apk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 (Ukrainian header block «-----Оригінальне повідомлення-----», no «>») with the new text written below the quoted receipt; the receipt lists recognised measures 1, 6, 7, 9, 12 which must not count, the new text answers 2 and 8.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}]}
@mail("bp02_apk_below_receipt_outlook_uk", KEY)
def _(name):
    t = kyiv(2013, 6, 7, 11, 38, 2)
    rec = receipt("Головне управління агропромислового розвитку облдержадміністрації", "05.06.2013 10:14",
                  "Інформація ГУ АПР про виконання плану", 2, "15.06.2013",
                  [(1, "Офіційний сайт головного управління оновлюється щотижня, розміщено 12 проектів наказів…"),
                   (6, "Проведено 2 консультації з громадськістю щодо проекту Програми розвитку…"),
                   (7, "До складу Координаційної ради з питань розвитку фермерства включено…"),
                   (9, "Проект Програми підтримки індивідуальних сільгоспвиробників обговорено…"),
                   (12, "Громадську експертизу діяльності головного управління проведено ГО…")],
                  [2, 8])
    head = ("-----Оригінальне повідомлення-----\nВід: Управління з питань внутрішньої політики "
            "[mailto:uvp@cg.ukrtel.net] \nНадіслано: 5 червня 2013 р. 10:14\nКому: apk@example.gov.ua\n"
            "Тема: Підтвердження отримання: Інформація ГУ АПР про виконання плану\n\n")
    new = ("Доповнюємо інформацію головного управління агропромислового розвитку:\n\n"
           "По п. 2 – у рубриці «Хід виконання цільових програм» на офіційному сайті облдержадміністрації "
           "28.05.2013 розміщено звіт про виконання Програми розвитку агропромислового комплексу області за "
           "2012 рік.\n\nПо п. 8 – наказом головного управління від 21.05.2013 № 47 до складу колегії введено "
           "голову комітету з питань аграрної політики Громадської ради при облдержадміністрації Коваля М.П.; "
           "внесення змін до Положення про головне управління не потребується.\n\n"
           "З повагою\nН. Гриценко, відділ організаційної роботи\nтел. 65-19-08\n")
    plain = "\n\n" + head + rec + "\n" + new
    html_in = ("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;"
               "padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>"
               "Від:</span></b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> Управління з питань внутрішньої "
               "політики [mailto:uvp@cg.ukrtel.net] <br><b>Надіслано:</b> 5 червня 2013 р. 10:14<br><b>Кому:</b> "
               "apk@example.gov.ua<br><b>Тема:</b> Підтвердження отримання: Інформація ГУ АПР про виконання плану<o:p></o:p></span></p>"
               "</div></div>\n" + mso_p(rec.rstrip("\n")) + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" +
               "".join("<p class=MsoNormal><span style='color:#1F497D'>%s<o:p></o:p></span></p>\n" % (esc(l) or "&nbsp;")
                       for l in new.rstrip("\n").split("\n")))
    html = word_html(html_in, gen="Microsoft Word 12 (filtered medium)")
    b1 = b_outlook(name, 0)
    body = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1], b1, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(plain, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(html, "cp1251"), "quoted-printable")],
        preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 5, "mail.example.gov.ua [10.70.1.40]"),
                "From: " + qword("ГУ АПР ОДА", "windows-1251") + " <apk@example.gov.ua>",
                "To: " + qword("Управління з питань внутрішньої політики", "windows-1251") + " <%s>" % MAILBOX,
                "References: <zvit.%s@cg.ukrtel.net>" % h(name, "rc")[:20],
                "In-Reply-To: <zvit.%s@cg.ukrtel.net>" % h(name, "rc")[:20],
                "Subject: " + qword("RE: Підтвердження отримання: Інформація ГУ АПР про виконання плану", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Office Outlook 12.0",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: uk"], body)

KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube HTML with the reminder in a <blockquote type=cite> and the answer below it (plain twin with «> »); 6 and 7 reported, 12 only promised «буде надано додатково».",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}]}
@mail("bp03_kozelets_roundcube_blockquote", KEY)
def _(name):
    t = kyiv(2013, 12, 12, 13, 26, 40)
    rem = reminder("Козелецька районна державна адміністрація", "11.12.2013", "15.12.2013", [6, 7, 12])
    lead = "11.12.2013 09:00, uvp@cg.ukrtel.net написав:"
    new = ("Інформація Козелецької РДА:\n\n"
           "п. 6 – 22.11.2013 проведено публічне громадське обговорення проекту районного бюджету на 2014 рік "
           "(47 учасників, 6 пропозицій);\n"
           "п. 7 – до складу районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій "
           "включено голову ГО «Зелений Козелець» Марченка І.В.;\n"
           "п. 12 – інформацію буде надано додатково після засідання громадської ради 19.12.2013.\n\n"
           "--\nВідділ організаційної роботи та інформаційної діяльності\nКозелецька райдержадміністрація\n")
    plain = lead + "\n" + quote(rem) + "\n" + new
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>%s</p>\n'
            '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
            '<pre>%s</pre>\n</blockquote>\n%s<div class="pre" style="margin: 0; padding: 0; font-family: monospace">'
            '--<br />Відділ організаційної роботи та інформаційної діяльності<br />Козелецька райдержадміністрація</div>\n'
            '</body></html>\n' % (esc(lead), esc(rem), paras_html(new.split("\n--\n")[0])))
    b1 = b_rc(name)
    body = multi(['Content-Type: multipart/alternative;\n boundary="%s"' % b1], b1, [
        leaf(["Content-Type: text/plain; charset=UTF-8"], text(plain, "utf-8"), "quoted-printable"),
        leaf(["Content-Type: text/html; charset=UTF-8"], text(html, "utf-8"), "quoted-printable")])
    return msg([received(name, t, 2, "webmail.example.gov.ua [10.70.10.5]"),
                "MIME-Version: 1.0",
                "Date: " + rfcdate(t),
                "From: rda-kozelets@example.gov.ua",
                "To: uvp@cg.ukrtel.net",
                "Subject: " + qword("Re: Нагадування: інформація про виконання Плану заходів", "UTF-8"),
                "In-Reply-To: <zvit.%s@cg.ukrtel.net>" % h(name, "rem")[:20],
                "References: <zvit.%s@cg.ukrtel.net>" % h(name, "rem")[:20],
                "Message-ID: <%s@webmail.example.gov.ua>" % h(name, "id")[:32],
                "X-Sender: rda-kozelets@example.gov.ua",
                "User-Agent: Roundcube Webmail/0.9.5"], body)

KEY = {"class": "bottom_post", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 with a Russian header block (-----Исходное сообщение-----); the answers are typed in blue between the quoted reminder's items (plain twin: lines starting «ГУЕ:»); 1, 2, 9 answered, 12 only «—».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("bp04_ekonomika_interleaved_outlook_ru", KEY)
def _(name):
    t = kyiv(2013, 6, 14, 9, 12, 55)
    ans = {1: "ГУЕ: на офіційному веб-сайті головного управління економіки оновлено розділи «Регуляторна діяльність» та «Доступ до публічної інформації», запроваджено публікацію щомісячних оглядів соціально-економічного становища області.",
           2: "ГУЕ: у рубриці «Хід виконання цільових програм» розміщено зведену інформацію про виконання 47 обласних цільових програм за 2012 рік (квітень 2013 р.).",
           9: "ГУЕ: проект Програми економічного і соціального розвитку області на 2013 рік та зміни до неї обговорено з членами комісії Громадської ради з питань економіки 16.04.2013, враховано 4 пропозиції.",
           12: "ГУЕ: —"}
    top = "Добрий день!\nВідповіді – нижче в тексті листа (синім шрифтом).\nТ. Бойко, 67-50-91\n\n"
    head_lines = ["-----Исходное сообщение-----", "От: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] ",
                  "Отправлено: 10 июня 2013 г. 9:00", "Кому: ekonomika@example.gov.ua",
                  "Тема: Нагадування: інформація про виконання Плану заходів"]
    rem = reminder("Головне управління економіки облдержадміністрації", "10.06.2013", "15.06.2013", [1, 2, 9, 12])
    before, rest = rem.split("\n  1. ", 1)
    items_txt, after = rest.split("\nДля зручності", 1)
    after = "Для зручності" + after
    plain = top + "\n".join(head_lines) + "\n\n" + before + "\n"
    html_q = mso_p(before.rstrip("\n"))
    for n in (1, 2, 9, 12):
        plain += "\n  %d. %s\n%s\n" % (n, M[n], ans[n])
        html_q += ("<p class=MsoNormal style='margin-left:18.0pt'>%d. %s<o:p></o:p></p>\n"
                   "<p class=MsoNormal style='margin-left:18.0pt'><b><span style='color:#0070C0'>%s<o:p></o:p></span></b></p>\n"
                   % (n, esc(M[n]), esc(ans[n])))
    plain += "\n" + after
    html_q += mso_p(after.rstrip("\n"))
    html_in = (mso_p(top.rstrip("\n")) + "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
               "<p class=MsoNormal><b><span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>От:</span></b>"
               "<span lang=RU style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> Управління з питань внутрішньої політики "
               "[mailto:uvp@cg.ukrtel.net] <br><b>Отправлено:</b> 10 июня 2013 г. 9:00<br><b>Кому:</b> ekonomika@example.gov.ua<br>"
               "<b>Тема:</b> Нагадування: інформація про виконання Плану заходів<o:p></o:p></span></p></div></div>\n" + html_q)
    html = word_html(html_in)
    b1 = b_outlook(name, 0)
    body = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1], b1, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(plain, "cp1251"), "base64"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(html, "cp1251"), "base64")])
    return msg([received(name, t, 3, "mail.example.gov.ua [10.70.1.18]"),
                "From: \"Economy\" <ekonomika@example.gov.ua>",
                "To: <%s>" % MAILBOX,
                "References: <zvit.%s@cg.ukrtel.net>" % h(name, "rem")[:20],
                "In-Reply-To: <zvit.%s@cg.ukrtel.net>" % h(name, "rem")[:20],
                "Subject: " + bword("RE: Нагадування: інформація про виконання Плану заходів", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 14.0",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: ru"], body)

KEY = {"class": "bottom_post", "executor": "rda-talalaivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Opera Mail plain text, three days late: the whole receipt is quoted with «> » (recognised 1, 6, 7, 9, 12 and missing 10) and one line below it answers measure 10.",
       "items": [{"measure": 10, "source": "body"}]}
@mail("bp05_talalaivka_opera_late", KEY)
def _(name):
    t = kyiv(2012, 12, 18, 8, 55, 31)
    rec = receipt("Талалаївська районна державна адміністрація", "14.12.2012 16:20", "Відкритий уряд Талалаївка", 1,
                  "15.12.2012",
                  [(1, "Офіційний сайт РДА приведено у відповідність до вимог…"),
                   (6, "Проведено 2 консультації з громадськістю: щодо проекту районного бюджету…"),
                   (7, "До складу районної комісії з питань захисту прав споживачів…"),
                   (9, "Членів громадської ради залучено до обговорення проекту Програми…"),
                   (12, "Громадських експертиз діяльності РДА у 2012 році не проводилось…")], [10])
    body = ("On Fri, 14 Dec 2012 16:20:11 +0200, Управління з питань внутрішньої політики <uvp@cg.ukrtel.net> wrote:\n\n" +
            quote(rec) + "\nп.10 - громадській раді рекомендовано створити робочу групу з питань відкритості та "
            "прозорості, група утворена 17.12.2012 (протокол № 6).\n\n-- \nТалалаївська РДА\n")
    part = leaf(["Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes"], text(body, "utf-8"), "8bit")
    return msg([received(name, t, 4, "mail.example.gov.ua [10.70.20.9]"),
                "Date: " + rfcdate(t),
                "To: \"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>",
                "Subject: " + qword("Re: Підтвердження отримання: Відкритий уряд Талалаївка", "utf-8"),
                "References: <zvit.%s@cg.ukrtel.net>" % h(name, "rc")[:20],
                "MIME-Version: 1.0",
                "From: rda-talalaivka@example.gov.ua",
                "Message-ID: <op.%s@pc-talal>" % h(name, "id")[:16],
                "In-Reply-To: <zvit.%s@cg.ukrtel.net>" % h(name, "rc")[:20],
                "User-Agent: Opera Mail/12.12 (Win32)"], part)

# =============================================================================================
# 3. not_report

KEY = {"class": "not_report", "executor": "rda-ichnia", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Outlook Express question whether a district must report on measures 2, 8 and 9 and in what form; names measures and their subjects but reports nothing.",
       "items": []}
@mail("nr01_ichnia_question", KEY)
def _(name):
    t = kyiv(2012, 11, 28, 14, 41, 6)
    body = ("Шановні колеги!\n\nУ зв'язку з підготовкою інформації про виконання Плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади просимо роз'яснити:\n\n"
            "- чи потрібно райдержадміністраціям звітувати за пунктами 2 та 8 плану (рубрики на сайті "
            "облдержадміністрації, введення голів комітетів Громадської ради до складу колегій), якщо РДА не "
            "визначені їх виконавцями?\n"
            "- чи включати до інформації за п. 9 обговорення проектів розпоряджень, проведені у серпні 2012 року, "
            "тобто до затвердження плану?\n"
            "- у якій формі подавати інформацію - таблицею чи листом за підписом голови РДА?\n\n"
            "Заздалегідь дякуємо.\n\nЗ повагою\nВ.М. Проценко\nзавідувач сектору з питань внутрішньої політики\n"
            "Ічнянської райдержадміністрації\nтел. (04633) 2-15-40\n")
    part = leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable")
    return msg([received(name, t, 3, "mail.example.gov.ua [10.70.6.11]"),
                "Message-ID: <%s$%s@sektor-vp>" % ("001801cdcd6f", h(name, "m")[:8]),
                "From: \"Ichnia RDA\" <rda-ichnia@example.gov.ua>",
                "To: <uvp@cg.ukrtel.net>",
                "Subject: " + bword("питання щодо звітування (Відкритий уряд)", "windows-1251"),
                "Date: " + rfcdate(t), "MIME-Version: 1.0", "X-Priority: 3", "X-MSMail-Priority: Normal",
                "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
                "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"], part)

KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "Outlook 2010 meeting request (text/plain, text/html and text/calendar METHOD:REQUEST) from the regional OGP coordinator inviting УВП to a public discussion of the plan's implementation — the subject of measure 15, but only an invitation.",
       "items": []}
@mail("nr02_ogp_meeting_request", KEY)
def _(name):
    t = kyiv(2013, 5, 20, 17, 5, 14)
    desc = ("Шановні колеги!\n\nЗапрошуємо представників управління з питань внутрішньої політики та зв'язків з "
            "громадськістю облдержадміністрації взяти участь у громадському обговоренні виконання Плану заходів "
            "«Відкритий уряд» у Чернігівській області, яке відбудеться 30 травня 2013 року о 14:00 у залі засідань "
            "(м. Чернігів, вул. Шевченка, 7).\n\nПорядок денний:\n1. Стан виконання пунктів 1, 6, 9 та 12 плану "
            "структурними підрозділами ОДА (доповідь координатора).\n2. Робота «гарячої лінії» та веб-ресурсу "
            "«Чернігівська громада».\n3. Різне.\n\nПросимо підтвердити участь.\n\nАндрій Литвин\nрегіональний "
            "координатор Партнерства «Відкритий уряд» у Чернігівській області\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Exchange Server"></head><body>\n'
            '<font face="Calibri" size="2"><span style="font-size:11pt;">\n%s</span></font>\n</body></html>\n'
            % paras_html(desc))
    def ics_text(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    def fold(line):
        b = line.encode("utf-8"); out = []; cur = b""
        for ch in line:
            e = ch.encode("utf-8")
            if len(cur) + len(e) > (75 if not out else 74):
                out.append(cur); cur = b""
            cur += e
        out.append(cur)
        return b"\n ".join(out).decode("utf-8")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:FLE Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T040000",
             "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             "ORGANIZER;CN=Андрій Литвин:MAILTO:ogp-coordinator@example.org.ua",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net",
             "DESCRIPTION;LANGUAGE=uk-UA:" + ics_text(desc),
             "SUMMARY;LANGUAGE=uk-UA:Громадське обговорення виконання Плану заходів «Відкритий уряд»",
             "DTSTART;TZID=FLE Standard Time:20130530T140000", "DTEND;TZID=FLE Standard Time:20130530T160000",
             "UID:040000008200E00074C5B7101A82E008000000%s" % h(name, "uid")[:32].upper(),
             "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20130520T140514Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
             "SEQUENCE:0", "LOCATION;LANGUAGE=uk-UA:м. Чернігів\\, вул. Шевченка\\, 7\\, зала засідань",
             "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]
    ics = "\n".join(fold(l) for l in lines) + "\n"
    b1 = b_outlook(name, 0)
    body = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1], b1, [
        leaf(['Content-Type: text/plain; charset="utf-8"'], text(desc, "utf-8"), "base64"),
        leaf(['Content-Type: text/html; charset="utf-8"'], text(html, "utf-8"), "base64"),
        leaf(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST'], text(ics, "utf-8"), "base64")])
    return msg([received(name, t, 7, "ex2010.example.org.ua [192.0.2.45]"),
                "From: =?utf-8?B?%s?= <ogp-coordinator@example.org.ua>" % base64.b64encode("Андрій Литвин".encode()).decode(),
                "To: \"uvp@cg.ukrtel.net\" <uvp@cg.ukrtel.net>",
                "Subject: " + bword("Запрошення: Громадське обговорення виконання Плану заходів «Відкритий уряд»", "utf-8"),
                "Thread-Topic: " + bword("Громадське обговорення виконання Плану заходів «Відкритий уряд»", "utf-8"),
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Date: " + rfcdate(t), "Message-ID: <%s@EX2010.example.org.ua>" % h(name, "id")[:40].upper(),
                "Accept-Language: uk-UA, ru-RU, en-US", "Content-Language: uk-UA",
                "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "MIME-Version: 1.0"], body)

KEY = {"class": "not_report", "executor": "su-zdorovia", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "Outlook 2003 plain+HTML asking to extend the deadline for measures 6, 7 and 9 to 21.06.2013 because the collegium meets on 18.06; mentions consultations and advisory bodies without reporting any work.",
       "items": []}
@mail("nr03_zdorovia_extension", KEY)
def _(name):
    t = kyiv(2013, 6, 13, 12, 19, 47)
    body = ("Шановна Наталіє Петрівно!\n\nУправління охорони здоров'я облдержадміністрації просить продовжити "
            "термін подання інформації про виконання пунктів 6, 7 та 9 Плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади до 21.06.2013.\n\n"
            "Питання проведення консультацій з громадськістю та участі представників громадських організацій "
            "у роботі дорадчих органів галузі буде розглянуто на засіданні колегії управління 18.06.2013, після "
            "чого інформацію буде узагальнено та надіслано.\n\nЗ повагою\nзаступник начальника управління\n"
            "О.А. Шевчук\n")
    html = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n<HTML><HEAD>\n"
            "<META http-equiv=Content-Type content=\"text/html; charset=windows-1251\">\n"
            "<META content=\"MSHTML 6.00.2900.6049\" name=GENERATOR></HEAD>\n<BODY>\n" +
            "".join("<DIV><FONT face=Arial size=2>%s</FONT></DIV>\n" % (esc(l) if l else "&nbsp;") for l in body.rstrip("\n").split("\n")) +
            "</BODY></HTML>\n")
    b1 = b_outlook(name, 0)
    body = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1], b1, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(html, "cp1251"), "quoted-printable")],
        preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 5, "mail.example.gov.ua [10.70.1.27]"),
                "From: \"=?windows-1251?B?%s?=\" <zdorovia@example.gov.ua>" % base64.b64encode("УОЗ ОДА".encode("cp1251")).decode(),
                "To: <uvp@cg.ukrtel.net>",
                "Subject: " + bword("про продовження терміну", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Office Outlook 11",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"], body)

KEY = {"class": "not_report", "executor": "cppk", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "Thunderbird announcement of a training seminar to be held on 12.11.2013 (the subject of measure 13) with an .ics attachment (METHOD:PUBLISH); announces a future event, reports nothing.",
       "items": []}
@mail("nr04_cppk_announcement_ics", KEY)
def _(name):
    t = kyiv(2013, 10, 30, 10, 3, 29)
    body = ("Шановні колеги!\n\nЧернігівський центр перепідготовки та підвищення кваліфікації працівників органів "
            "державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій "
            "повідомляє, що 12 листопада 2013 року о 10.00 у Центрі (м. Чернігів, вул. Шевченка, 48, ауд. 204) "
            "відбудеться навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства: "
            "консультації з громадськістю» для заступників керівників структурних підрозділів, відповідальних за "
            "організацію консультацій з громадськістю.\n\nПросимо довести інформацію до відома структурних "
            "підрозділів облдержадміністрації. Подія у вкладенні (файл для календаря).\n\n"
            "Контактна особа: Гончаренко Людмила Іванівна, тел. 77-29-04\n\n-- \nЦППК, навчальний відділ\n")
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
        "METHOD:PUBLISH", "BEGIN:VEVENT", "CREATED:20131030T075800Z", "LAST-MODIFIED:20131030T080011Z",
        "DTSTAMP:20131030T080011Z", "UID:%s" % h(name, "uid")[:36],
        "SUMMARY:Семінар «Інструменти політики сприяння розвитку громадянського", " суспільства»",
        "DTSTART;TZID=Europe/Kiev:20131112T100000", "DTEND;TZID=Europe/Kiev:20131112T150000",
        "LOCATION:ЦППК\\, вул. Шевченка\\, 48\\, ауд. 204", "END:VEVENT", "END:VCALENDAR"]) + "\n"
    b1 = b_tb(name)
    part1 = leaf(["Content-Type: text/plain; charset=UTF-8; format=flowed"], text(flow(body), "utf-8"), "8bit")
    at = leaf(['Content-Type: text/calendar; charset=UTF-8;\n name="seminar_12-11-2013.ics"',
               'Content-Disposition: attachment;\n filename="seminar_12-11-2013.ics"'], text(ics, "utf-8"), "8bit")
    body = multi(['Content-Type: multipart/mixed;\n boundary="%s"' % b1], b1, [part1, at],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 3, "mail.example.gov.ua [10.70.2.5]"),
                "Message-ID: " + id_tb(name, "example.gov.ua"),
                "Date: " + rfcdate(t),
                "From: " + bword("ЦППК навчальний відділ", "UTF-8") + " <cppk@example.gov.ua>",
                "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.0.1",
                "MIME-Version: 1.0",
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("Семінар 12.11.2013 — інструменти політики сприяння розвитку громадянського суспільства", "UTF-8")],
               body)

KEY = {"class": "not_report", "executor": "rda-korop", "period": 3, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "Windows Live Mail note thanking for the reminder and promising information on пп. 6, 7, 9 by 20.12.2013 after the collegium, and on п. 12 later; a promise, no item.",
       "items": []}
@mail("nr05_korop_promise", KEY)
def _(name):
    t = kyiv(2013, 12, 13, 16, 48, 10)
    body = ("Добрий день!\n\nДякуємо за нагадування. Інформацію Коропської райдержадміністрації про виконання пп. 6, 7, "
            "9 плану заходів буде надано до 20.12.2013 — після засідання колегії РДА 18.12.2013, на якому "
            "заслуховується звіт про консультації з громадськістю. По п. 12 інформацію готує відділ юстиції, "
            "надішлемо окремо.\n\nЗ повагою\nСергій Ткач\nКоропська РДА\n")
    html = ("<HTML><HEAD>\n<META content=\"text/html; charset=windows-1251\" http-equiv=Content-Type>\n"
            "<META name=GENERATOR content=\"MSHTML 8.00.7601.18210\"></HEAD>\n<BODY style=\"PADDING-LEFT: 10px; "
            "PADDING-RIGHT: 10px; PADDING-TOP: 15px\" id=MailContainerBody leftMargin=0 topMargin=0 "
            "CanvasTabStop=\"true\" name=\"Compose message area\">\n" +
            "".join("<DIV><FONT size=2 face=Calibri>%s</FONT></DIV>\n" % (esc(l) if l else "&nbsp;") for l in body.rstrip("\n").split("\n")) +
            "</BODY></HTML>\n")
    b1 = b_outlook(name, 0)
    body = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1], b1, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(html, "cp1251"), "quoted-printable")],
        preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 4, "mail.example.gov.ua [10.70.8.2]"),
                "From: <rda-korop@example.gov.ua>",
                "To: <uvp@cg.ukrtel.net>",
                "Subject: " + qword("Re: Нагадування: інформація про виконання Плану заходів", "windows-1251"),
                "Date: " + rfcdate(t), "MIME-Version: 1.0", "X-Priority: 3", "X-MSMail-Priority: Normal",
                "Importance: Normal", "X-Mailer: Microsoft Windows Live Mail 15.4.3555.308",
                "X-MimeOLE: Produced By Microsoft MimeOLE V15.4.3555.308",
                "Message-ID: <%s@PCRDAKOROP>" % h(name, "id")[:24].upper()], body)

# =============================================================================================
# 4. ranges

KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 with a .docx table whose number cells hold «1–2, 6–9» and «10, 12» answered as blocks (so 2 and 8, not owed by a district, count too); a «3–5, 11, 13–15» row is «х»; dates «з 15 по 19 квітня» and counts are no measures.",
       "items": [{"measure": 1, "source": "Прилуцька РДА_інформація_червень 2013.docx"},
                 {"measure": 2, "source": "Прилуцька РДА_інформація_червень 2013.docx"},
                 {"measure": 6, "source": "Прилуцька РДА_інформація_червень 2013.docx"},
                 {"measure": 7, "source": "Прилуцька РДА_інформація_червень 2013.docx"},
                 {"measure": 8, "source": "Прилуцька РДА_інформація_червень 2013.docx"},
                 {"measure": 9, "source": "Прилуцька РДА_інформація_червень 2013.docx"},
                 {"measure": 10, "source": "Прилуцька РДА_інформація_червень 2013.docx"},
                 {"measure": 12, "source": "Прилуцька РДА_інформація_червень 2013.docx"}]}
@mail("rg01_pryluky_docx_ranges", KEY)
def _(name):
    t = kyiv(2013, 6, 10, 10, 15, 22)
    fn = "Прилуцька РДА_інформація_червень 2013.docx"
    rows = [("№ пунктів плану", "Інформація про виконання"),
            ("1–2, 6–9", "Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог законодавства, окремо "
             "ведеться сторінка «Виконання районного бюджету». З 15 по 19 квітня 2013 року проведено тиждень консультацій "
             "з громадськістю щодо проекту Програми благоустрою населених пунктів району (3 зустрічі, 85 учасників). "
             "Представники 4 громадських організацій входять до складу дорадчих органів при РДА, голову громадської "
             "ради запрошено до участі в засіданнях колегії. Проекти 7 розпоряджень голови РДА обговорено з членами "
             "громадської ради."),
            ("10, 12", "Громадській раді при райдержадміністрації рекомендовано створити комісію з питань відкритості "
             "та прозорості (створена 22.03.2013). ГО «Прилуцький правозахисний центр» проведено громадську "
             "антикорупційну експертизу проекту розпорядження «Про затвердження Порядку оренди майна» (травень 2013 р.), "
             "15–20 пропозицій експертів опрацьовано, 3 враховано."),
            ("3–5, 11, 13–15", "х")]
    tbl = "<table>" + "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows) + "</table>"
    src = html_doc("<p align=center><b>ІНФОРМАЦІЯ</b><br>Прилуцької районної державної адміністрації про виконання "
                   "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
                   "за І півріччя 2013 року</p>" + tbl + "<p>Керівник апарату райдержадміністрації &nbsp;&nbsp;&nbsp; Л.М. Кравець</p>")
    data = office("rg01_pryluky.docx", src)
    body = "Добрий день. Інформацію надсилаємо у вкладенні.\n\nПрилуцька РДА, загальний відділ\n"
    b1, b2 = b_outlook(name, 0), b_outlook(name, 1)
    alt = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b2], b2, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(word_html(mso_p(body.rstrip("\n"))), "cp1251"), "quoted-printable")])
    at = leaf(['Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\tname="%s"' % bword(fn, "windows-1251"),
               'Content-Disposition: attachment;\n\t' + rfc2231("filename", fn, "windows-1251")], data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n\tboundary="%s"' % b1], b1, [alt, at],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 3, "mail.example.gov.ua [10.70.15.4]"),
                "From: <rda-pryluky@example.gov.ua>", "To: <%s>" % MAILBOX,
                "Subject: " + bword("інформація Відкритий уряд", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 14.0",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: uk"], body)

KEY = {"class": "ranges", "executor": "su-finansy", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 plain base64 windows-1251: «п. 1», «п. 2» and a block «пп. 6-9, 12» answered together; «2012-2013 роки», «на 3-5 днів», «№ 996» are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail("rg02_finansy_pp_list", KEY)
def _(name):
    t = kyiv(2012, 12, 13, 15, 50, 11)
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Головне фінансове управління облдержадміністрації на виконання п. 16 Плану заходів "
            "інформує:\n\n"
            "п. 1 – офіційний веб-сайт головного фінансового управління приведено у відповідність до вимог "
            "законодавства, оприлюднюються проекти рішень та звіти про виконання обласного бюджету;\n\n"
            "п. 2 – на офіційному сайті облдержадміністрації створено рубрику «Виконання місцевих бюджетів "
            "Чернігівської області», в якій щомісяця розміщуються дані про виконання зведеного бюджету області;\n\n"
            "пп. 6-9, 12 – проект обласного бюджету на 2013 рік та прогноз на 2013-2014 роки обговорено з "
            "громадськістю (консультації 26.11.2012), представники громадських організацій та голова комітету з "
            "бюджетних питань Громадської ради входять до складу колегії і бюджетної комісії управління, члени "
            "Громадської ради взяли участь в обговоренні проекту розпорядження про бюджет; проект рішення "
            "пройшов громадську антикорупційну експертизу, пропозиції враховано.\n\n"
            "Зважаючи на терміни розгляду бюджету, звіт про консультації буде розміщено на сайті на 3-5 днів пізніше.\n\n"
            "Заступник начальника управління                 І.В. Руденко\n\nВик. Савченко 67-10-48\n")
    part = leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "base64")
    return msg([received(name, t, 2, "mail.example.gov.ua [10.70.1.51]"),
                "From: \"=?windows-1251?B?%s?=\" <finansy@example.gov.ua>" % base64.b64encode("ГФУ".encode("cp1251")).decode(),
                "To: <uvp@cg.ukrtel.net>",
                "Subject: " + bword("Відкритий уряд - ГФУ", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Office Outlook 11",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"], part)

KEY = {"class": "ranges", "executor": "rda-mena", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 plain+HTML: «п.п. 1, 6 – 9» with spaces around the dash and «з 10 по 12» each answered as one block (8 and 11 count though not owed by a district); «з 4 по 8 листопада» and «№ 412» are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 11, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("rg03_mena_pp_spaced", KEY)
def _(name):
    t = kyiv(2013, 12, 10, 11, 7, 33)
    body = ("Менська районна державна адміністрація надає інформацію про виконання Плану заходів з підвищення рівня "
            "відкритості та прозорості діяльності виконавчої влади за ІІ півріччя 2013 року.\n\n"
            "П.п. 1, 6 – 9. Офіційний веб-сайт РДА оновлюється щоденно; з 4 по 8 листопада проведено консультації "
            "з громадськістю щодо проекту Програми економічного і соціального розвитку району на 2014 рік у формі "
            "зустрічей у 6 селищних і сільських радах. Члени громадської ради при РДА працюють у складі "
            "координаційних рад та колегії РДА, залучаються до обговорення проектів розпоряджень голови "
            "райдержадміністрації (обговорено 5 проектів).\n\n"
            "З 10 по 12. Громадська рада утворила робочу групу з питань відкритості та прозорості "
            "(рішення від 17.09.2013 № 412); 24.10.2013 для представників громадськості та районної газети "
            "«Наше слово» проведено день відкритих дверей у РДА; ГО «Менщина» провела громадську експертизу "
            "діяльності відділу містобудування.\n\n"
            "Голова райдержадміністрації                        О.Г. Литвиненко\n")
    html_in = "".join("<p class=MsoNormal style='text-align:justify;text-indent:35.4pt'><span style='font-size:14.0pt;"
                      "font-family:\"Times New Roman\",\"serif\"'>%s<o:p></o:p></span></p>\n" % esc(p)
                      for p in body.rstrip("\n").split("\n\n"))
    b1 = b_outlook(name, 0)
    body = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1], b1, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(word_html(html_in), "cp1251"), "quoted-printable")],
        preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 5, "mail.example.gov.ua [10.70.11.6]"),
                "From: " + bword("Менська РДА", "windows-1251") + " <rda-mena@example.gov.ua>",
                "To: <%s>" % MAILBOX,
                "Subject: " + bword("Інформація про виконання плану (Відкритий уряд), ІІ півріччя", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 14.0",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: uk"], body)

KEY = {"class": "ranges", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! koi8-r, one Russian line: «пп. 7-9 выполнены в полном объеме, п. 1 – …, п. 12 – не проводились»; the range counts 7, 8, 9, the bare denial on 12 does not.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}]}
@mail("rg04_zhkh_terse_ru", KEY)
def _(name):
    t = kyiv(2013, 6, 5, 8, 41, 2)
    body = ("пп. 7-9 выполнены в полном объеме, п. 1 - сайт управления ЖКХ обновляется постоянно, п. 12 - не проводились.\n\n"
            "--\nС уважением, Виктор Пономаренко\n")
    part = leaf(["Content-Type: text/plain; charset=koi8-r"], text(koi(body), "koi8_r"), "8bit")
    return msg([received(name, t, 3, "mail.example.gov.ua [10.70.1.60]"),
                "Date: " + rfcdate(t),
                "From: =?koi8-r?B?%s?= <zhkh@example.gov.ua>" % base64.b64encode("Пономаренко Виктор".encode("koi8_r")).decode(),
                "X-Mailer: The Bat! (v3.99.25) Professional",
                "Reply-To: zhkh@example.gov.ua",
                "X-Priority: 3 (Normal)",
                "Message-ID: " + id_bat(name, t, "example.gov.ua"),
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("Открытое правительство", "koi8-r"),
                "MIME-Version: 1.0"], part)

KEY = {"class": "ranges", "executor": "rda-shchors", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird, two days late, .xlsx (ASCII name) whose «Пункт плану» cells read «1», «6 і 7», «9» (a dash), «10–12»; the counts column and «IV кв. 2013» are not measures.",
       "items": [{"measure": 1, "source": "zvit_Shchors_RDA_2013-2.xlsx"},
                 {"measure": 6, "source": "zvit_Shchors_RDA_2013-2.xlsx"},
                 {"measure": 7, "source": "zvit_Shchors_RDA_2013-2.xlsx"},
                 {"measure": 10, "source": "zvit_Shchors_RDA_2013-2.xlsx"},
                 {"measure": 11, "source": "zvit_Shchors_RDA_2013-2.xlsx"},
                 {"measure": 12, "source": "zvit_Shchors_RDA_2013-2.xlsx"}]}
@mail("rg05_shchors_xlsx_late", KEY)
def _(name):
    t = kyiv(2013, 12, 17, 9, 2, 48)
    fn = "zvit_Shchors_RDA_2013-2.xlsx"
    rows = [["Щорська районна державна адміністрація", "", "", ""],
            ["Інформація про виконання плану заходів «Відкритий уряд» за ІІ півріччя 2013 р.", "", "", ""],
            ["Пункт плану", "Термін", "Кількість заходів", "Що зроблено"],
            ["1", "постійно", "1", "Сайт РДА переведено на нову платформу, оновлено розділ «Звернення громадян»"],
            ["6 і 7", "IV кв. 2013", "3", "Проведено 3 консультації з громадськістю (бюджет, освітня мережа, тарифи на воду); до складу ради з питань підприємництва включено 2 представників ГО"],
            ["9", "постійно", "0", "-"],
            ["10–12", "IV кв. 2013", "2", "Громадська рада утворила робочу групу з питань прозорості; проведено день відкритих дверей для журналістів районної газети; громадську експертизу провела ГО «Щорс-Ініціатива»"]]
    data = office("rg05_shchors.xlsx", csv_rows(rows), "1/2/2/2/3/1/4/2")
    body = ("Доброго дня,\nвибачте за запізнення, інформація у вкладенні.\n\n-- \nЩорська РДА, сектор інформації\n")
    b1 = b_tb(name)
    part1 = leaf(["Content-Type: text/plain; charset=UTF-8; format=flowed"], text(body, "utf-8"), "8bit")
    at = leaf(['Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\n name="%s"' % fn,
               'Content-Disposition: attachment;\n filename="%s"' % fn], data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n boundary="%s"' % b1], b1, [part1, at],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 6, "mail.example.gov.ua [10.70.22.3]"),
                "Message-ID: " + id_tb(name, "example.gov.ua"),
                "Date: " + rfcdate(t),
                "From: rda-shchors <rda-shchors@example.gov.ua>",
                "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1",
                "MIME-Version: 1.0",
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("звіт Відкритий уряд Щорс", "UTF-8")], body)

# =============================================================================================
# 5. prose

KEY = {"class": "prose", "executor": "su-ekolohiia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 cover note plus a PDF letter (text layer, letterhead, outgoing number) without plan numbers: website (1), one paragraph on consultations on a draft programme that also tells of Public Council members discussing it (6 and 9), a collegium paragraph (8).",
       "items": [{"measure": 1, "source": "Лист_екологія_відкритий уряд.pdf"},
                 {"measure": 6, "source": "Лист_екологія_відкритий уряд.pdf"},
                 {"measure": 8, "source": "Лист_екологія_відкритий уряд.pdf"},
                 {"measure": 9, "source": "Лист_екологія_відкритий уряд.pdf"}]}
@mail("pr01_ekolohiia_pdf", KEY)
def _(name):
    t = kyiv(2012, 12, 14, 14, 22, 5)
    fn = "Лист_екологія_відкритий уряд.pdf"
    src = html_doc(
        "<p align=center><b>УКРАЇНА<br>ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>УПРАВЛІННЯ ЕКОЛОГІЇ ТА ПРИРОДНИХ РЕСУРСІВ</b><br>"
        "вул. Княжа, 12, м. Чернігів, 14000, тел. 67-21-70</p><hr>"
        "<p>14.12.2012 № 06-11/2871 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Управління з питань внутрішньої політики "
        "та зв'язків з громадськістю облдержадміністрації</p>"
        "<p>Про виконання Плану заходів</p>"
        "<p>Управління екології та природних ресурсів облдержадміністрації повідомляє про виконання Плану заходів з "
        "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у 2012 році.</p>"
        "<p>Офіційний веб-сайт управління приведено у відповідність до вимог законодавства: створено розділи «Доступ до "
        "публічної інформації» та «Екологічна інформація», щотижня оприлюднюються дані про стан довкілля.</p>"
        "<p>Протягом жовтня–листопада 2012 року проведено консультації з громадськістю щодо проекту Обласної програми "
        "охорони навколишнього природного середовища на 2013–2017 роки (публічне обговорення 14.11.2012, 41 учасник). "
        "Проект програми також розглянуто членами Громадської ради при облдержадміністрації на засіданні комітету з "
        "екологічних питань 22.11.2012, з 9 поданих ними пропозицій 7 враховано.</p>"
        "<p>Наказом управління від 05.11.2012 № 112 до складу колегії управління введено голову комітету з екологічних "
        "питань Громадської ради при облдержадміністрації Руденка П.С.; відповідні зміни до Положення про управління "
        "підготовлено, інформація про це розміщена на сайті.</p>"
        "<p>Начальник управління &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; В.І. Зінченко</p>"
        "<p><small>Бабенко 67-21-74</small></p>")
    data = office("pr01_ekolohiia.pdf", src)
    body = "Надсилаємо лист управління екології щодо виконання плану заходів (PDF).\n\nЗ повагою, Бабенко Ольга\n"
    b1, b2 = b_outlook(name, 0), b_outlook(name, 1)
    alt = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b2], b2, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(word_html(mso_p(body.rstrip("\n")), gen="Microsoft Word 12 (filtered medium)"), "cp1251"), "quoted-printable")])
    fa = qword(fn, "windows-1251")
    at = leaf(['Content-Type: application/pdf;\n\tname="%s"' % fa,
               'Content-Disposition: attachment;\n\tfilename="%s"' % fa], data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n\tboundary="%s"' % b1], b1, [alt, at],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 4, "mail.example.gov.ua [10.70.1.70]"),
                "From: " + qword("Управління екології", "windows-1251") + " <ekolohiia@example.gov.ua>",
                "To: <%s>" % MAILBOX,
                "Subject: " + qword("лист № 06-11/2871 від 14.12.2012", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Office Outlook 12.0",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: uk"], body)

KEY = {"class": "prose", "executor": "rda-borzna", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Eudora with an .odt letter whose headings name the subjects (Офіційний веб-сайт, Консультації з громадськістю, Дорадчо-консультативні органи, Громадські експертизи) but give no plan numbers.",
       "items": [{"measure": 1, "source": "Borzna_RDA_OG_2013.odt"}, {"measure": 6, "source": "Borzna_RDA_OG_2013.odt"},
                 {"measure": 7, "source": "Borzna_RDA_OG_2013.odt"}, {"measure": 12, "source": "Borzna_RDA_OG_2013.odt"}]}
@mail("pr02_borzna_odt_headings", KEY)
def _(name):
    t = kyiv(2013, 5, 31, 15, 44, 18)
    fn = "Borzna_RDA_OG_2013.odt"
    src = html_doc(
        "<p align=center><b>Інформація Борзнянської районної державної адміністрації<br>про заходи з підвищення "
        "відкритості та прозорості діяльності (січень – травень 2013 року)</b></p>"
        "<h3>Офіційний веб-сайт</h3><p>На сайті райдержадміністрації оприлюднюються розпорядження голови, проекти "
        "регуляторних актів, звіти про використання бюджетних коштів. У квітні створено сторінку громадської ради.</p>"
        "<h3>Консультації з громадськістю</h3><p>Затверджено орієнтовний план проведення консультацій на 2013 рік. "
        "Проведено публічне громадське обговорення проекту Програми розвитку туризму в районі (18.04.2013) та "
        "електронні консультації щодо змін до районного бюджету.</p>"
        "<h3>Дорадчо-консультативні органи</h3><p>До складу ради з питань безпечної життєдіяльності населення та "
        "координаційної ради у справах дітей включено по одному представнику громадських організацій.</p>"
        "<h3>Громадські експертизи</h3><p>За ініціативою ГО «Борзнянський громадський контроль» проведено "
        "громадську експертизу діяльності сектору містобудування; розроблено заходи щодо врахування пропозицій.</p>"
        "<p>Перший заступник голови райдержадміністрації &nbsp;&nbsp;&nbsp;&nbsp; М.П. Гордієнко</p>")
    data = office("pr02_borzna.odt", src)
    body = ("Шановні колеги!\nНадсилаємо інформацію Борзнянської РДА.\nЗ повагою\nвідділ організаційної роботи\n")
    b1 = "=====================_%d==_" % (int(h(name, "b")[:8], 16) % 90000000 + 10000000)
    part1 = leaf(['Content-Type: text/plain; charset="windows-1251"; format=flowed'], text(body, "cp1251"), "quoted-printable")
    at = leaf(['Content-Type: application/vnd.oasis.opendocument.text; name="%s"' % fn,
               'Content-Disposition: attachment; filename="%s"' % fn], data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n\tboundary="%s"' % b1], b1, [part1, at])
    return msg([received(name, t, 8, "pc-orgviddil.borzna [10.70.3.14]"),
                "X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9",
                "Date: " + rfcdate(t),
                "To: uvp@cg.ukrtel.net",
                "From: Borzna RDA <rda-borzna@example.gov.ua>",
                "Subject: =?windows-1251?Q?=B3=ED=F4=EE=F0=EC=E0=F6=B3=FF_=C1=EE=F0=E7=ED=FF?=",
                "Message-ID: <%d.%s@example.gov.ua>" % (int(h(name, "id")[:6], 16), t.strftime("%Y%m%d")),
                "Mime-Version: 1.0"], body)

KEY = {"class": "prose", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 with a Word 97 .doc letter (B-encoded name): website (1), a collegium paragraph (8), the archive programme discussed with Public Council members (9); «засідань … не проводилось» without the plan's word for a subject is placed nowhere; order numbers are no measures.",
       "items": [{"measure": 1, "source": "Держархів_інформація_грудень.doc"},
                 {"measure": 8, "source": "Держархів_інформація_грудень.doc"},
                 {"measure": 9, "source": "Держархів_інформація_грудень.doc"}]}
@mail("pr03_arkhiv_doc", KEY)
def _(name):
    t = kyiv(2013, 12, 4, 10, 51, 36)
    fn = "Держархів_інформація_грудень.doc"
    src = html_doc(
        "<p align=center><b>ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b><br>вул. Преображенська, 2, м. Чернігів</p>"
        "<p>03.12.2013 № 01-09/1544</p><p>Управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації</p>"
        "<p>Державний архів області на Ваш лист від 25.11.2013 № 03-14/1102 інформує.</p>"
        "<p>Веб-сайт Державного архіву області працює відповідно до вимог Закону України «Про доступ до публічної "
        "інформації»; у ІІ півріччі на ньому розміщено 3 віртуальні виставки документів, оновлено довідник фондів "
        "та розділ «Публічна інформація».</p>"
        "<p>Наказом від 11.09.2013 № 58-к голову комітету з гуманітарних питань Громадської ради при "
        "облдержадміністрації включено до складу колегії Державного архіву області.</p>"
        "<p>Проект Програми розвитку архівної справи в області на 2014–2018 роки оприлюднено для обговорення; в "
        "обговоренні взяли участь члени Громадської ради при облдержадміністрації, 2 їхні пропозиції враховано.</p>"
        "<p>Засідань експертно-перевірної комісії з участю громадськості у звітному періоді не проводилось.</p>"
        "<p>Директор &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Р.Б. Ковальчук</p>")
    data = office("pr03_arkhiv.doc", src)
    body = "Інформація Держархіву області - у вкладенні.\n\nЛ. Мороз, 4-21-77\n"
    b1 = b_outlook(name, 0)
    part1 = leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable")
    fa = bword(fn, "windows-1251")
    at = leaf(['Content-Type: application/msword;\n\tname="%s"' % fa,
               'Content-Disposition: attachment;\n\tfilename="%s"' % fa], data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n\tboundary="%s"' % b1], b1, [part1, at],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 3, "mail.example.gov.ua [10.70.1.81]"),
                "From: \"=?windows-1251?B?%s?=\" <arkhiv@example.gov.ua>" % base64.b64encode("Держархів".encode("cp1251")).decode(),
                "To: <uvp@cg.ukrtel.net>",
                "Subject: " + bword("Держархів - відкритий уряд", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Office Outlook 11",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"], body)

KEY = {"class": "prose", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express plain 8bit windows-1251 prose on the head's hot line (5) with call counts and a passing «розміщується на сайті» that reports nothing on 1.",
       "items": [{"measure": 5, "source": "body"}]}
@mail("pr04_zvernennia_hotline_plain", KEY)
def _(name):
    t = kyiv(2013, 3, 15, 12, 3, 57)
    body = ("Управлінню з питань внутрішньої політики\nта зв'язків з громадськістю ОДА\n\n"
            "Відділ роботи із зверненнями громадян апарату облдержадміністрації повідомляє.\n\n"
            "Протягом I кварталу 2013 року на «гарячу лінію» голови облдержадміністрації надійшло 1 245 "
            "звернень, з них 812 вирішено позитивно, 297 надано роз'яснення, решта перебувають на контролі. "
            "Найбільше звернень стосується житлово-комунальних питань (38 %) та соціального захисту (21 %). "
            "Щопонеділка узагальнена інформація доповідається голові облдержадміністрації, а щомісячний огляд "
            "розміщується на сайті.\n\nЗ 1 березня чергування на лінії здійснюється з 8.00 до 20.00, "
            "у суботу – з 9.00 до 14.00.\n\nЗавідувач відділу\t\tН.М. Костенко\n")
    part = leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "8bit")
    return msg([received(name, t, 2, "mail.example.gov.ua [10.70.1.90]"),
                "Message-ID: <%s$%s@zvern-pc3>" % ("002001ce2178", h(name, "m")[:8]),
                "From: =?windows-1251?B?%s?= <zvernennia@example.gov.ua>" % base64.b64encode("Відділ звернень".encode("cp1251")).decode(),
                "To: <uvp@cg.ukrtel.net>",
                "Subject: " + bword("гаряча лінія - І квартал", "windows-1251"),
                "Date: " + rfcdate(t), "MIME-Version: 1.0", "X-Priority: 3", "X-MSMail-Priority: Normal",
                "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
                "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"], part)

KEY = {"class": "prose", "executor": "rda-semenivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird HTML-only body without numbers: one paragraph covers consultations (6) and the council's working group on openness (10); «громадських експертиз … не проводилось» names 12's subject and counts; a bare «Засідань не проводилось» does not.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("pr05_semenivka_html_prose", KEY)
def _(name):
    t = kyiv(2012, 12, 6, 15, 30, 9)
    paras = ["Шановні колеги!",
             "Семенівська районна державна адміністрація інформує про заходи з відкритості та прозорості діяльності у 2012 році.",
             "У листопаді проведено консультації з громадськістю щодо проекту Програми соціально-економічного розвитку району на 2013 рік (дві зустрічі з жителями райцентру та сіл Жадове і Костобобрів). Під час засідання громадської ради 27.11.2012 їй рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності райдержадміністрації; групу у складі 4 осіб утворено того ж дня.",
             "Громадських експертиз діяльності райдержадміністрації у звітному періоді не проводилось.",
             "Засідань не проводилось.",
             "З повагою<br>Н. Гавриленко<br>Семенівська РДА"]
    html = ('<html>\n  <head>\n\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n'
            '  <body bgcolor="#FFFFFF" text="#000000">\n' +
            "".join("    <p>%s</p>\n" % (p if "<br>" in p else esc(p)) for p in paras) + "  </body>\n</html>\n")
    part = leaf(["Content-Type: text/html; charset=UTF-8"], text(html, "utf-8"), "8bit")
    return msg([received(name, t, 3, "mail.example.gov.ua [10.70.17.2]"),
                "Message-ID: " + id_tb(name, "example.gov.ua"),
                "Date: " + rfcdate(t),
                "From: " + bword("Семенівська РДА", "UTF-8") + " <rda-semenivka@example.gov.ua>",
                "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2",
                "MIME-Version: 1.0",
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("Семенівська РДА - інформація", "UTF-8")], part)

# =============================================================================================
# 6. foreign_numbers

KEY = {"class": "foreign_numbers", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 letter numbered 1.–5. in its own order (1. consultations, 2. expertise, 3. website, 4. advisory bodies, 5. «інформацію надано»), plus a decree number and dates; the plan numbers are 6, 12, 1, 7.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail("fn01_varva_own_paragraphs", KEY)
def _(name):
    t = kyiv(2012, 12, 10, 10, 28, 45)
    body = ("Варвинська районна державна адміністрація повідомляє про стан виконання плану заходів "
            "«Відкритий уряд» у 2012 році.\n\n"
            "1. Розпорядженням голови райдержадміністрації від 12.11.2012 № 345 затверджено орієнтовний план "
            "консультацій з громадськістю на 2013 рік; у IV кварталі проведено 2 консультації (щодо тарифів на "
            "вивезення побутових відходів і щодо проекту районного бюджету).\n\n"
            "2. Громадська організація «Варвинське віче» провела громадську експертизу діяльності управління "
            "соціального захисту населення РДА; 4 пропозиції прийнято до виконання.\n\n"
            "3. Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог законодавства, "
            "створено розділ «Відкритий уряд».\n\n"
            "4. До складу районної комісії з питань евакуації та ради з питань підприємництва включено 3 "
            "представників громадських організацій.\n\n"
            "5. Інформацію надано на адресу uvp@cg.ukrtel.net.\n\n"
            "Заступник голови райдержадміністрації\t\t\tП.І. Мазур\n")
    b1 = b_outlook(name, 0)
    body = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1], b1, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(word_html(mso_p(body.rstrip("\n"))), "cp1251"), "quoted-printable")],
        preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 3, "mail.example.gov.ua [10.70.12.8]"),
                "From: \"=?windows-1251?B?%s?=\" <rda-varva@example.gov.ua>" % base64.b64encode("Варвинська РДА".encode("cp1251")).decode(),
                "To: <%s>" % MAILBOX,
                "Subject: " + bword("Інформація Варвинської РДА", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 14.0",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: uk"], body)

KEY = {"class": "foreign_numbers", "executor": "rda-koriukivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 with a .docx that follows the district's own plan (1.1, 1.2, 2.1, 2.2, 2.3, sub-items а), б)); by subject these are 1, 6, 7, 9 (a denial naming «обговорення проектів розпоряджень») and 12; RFC 2231 continued windows-1251 name.",
       "items": [{"measure": 1, "source": "Корюківська РДА - звіт за районним планом.docx"},
                 {"measure": 6, "source": "Корюківська РДА - звіт за районним планом.docx"},
                 {"measure": 7, "source": "Корюківська РДА - звіт за районним планом.docx"},
                 {"measure": 9, "source": "Корюківська РДА - звіт за районним планом.docx"},
                 {"measure": 12, "source": "Корюківська РДА - звіт за районним планом.docx"}]}
@mail("fn02_koriukivka_district_plan_docx", KEY)
def _(name):
    t = kyiv(2013, 6, 6, 14, 57, 13)
    fn = "Корюківська РДА - звіт за районним планом.docx"
    src = html_doc(
        "<p align=center><b>Звіт про виконання районного плану заходів з підвищення рівня відкритості та прозорості "
        "діяльності Корюківської райдержадміністрації<br>(затверджений розпорядженням голови РДА від 28.09.2012 № 214)"
        "<br>за І півріччя 2013 року</b></p>"
        "<p><b>1. Інформаційна відкритість</b></p>"
        "<p>1.1. Офіційний веб-сайт райдержадміністрації: а) оновлено структуру розділу «Регуляторна політика»; "
        "б) щотижня розміщуються новини структурних підрозділів (за півріччя – 126 матеріалів).</p>"
        "<p>1.2. Консультації з громадськістю: проведено 3 публічні обговорення (проект Програми розвитку освіти, "
        "схема санітарного очищення м. Корюківка, районний бюджет).</p>"
        "<p><b>2. Участь громадськості</b></p>"
        "<p>2.1. До складу дорадчо-консультативних органів при РДА (рада з питань підприємництва, комісія з питань "
        "захисту прав дитини) введено 4 представників інститутів громадянського суспільства.</p>"
        "<p>2.2. Обговорення проектів розпоряджень голови РДА за участю членів громадської ради у І півріччі не "
        "проводилось у зв'язку з переобранням складу ради.</p>"
        "<p>2.3. Громадська експертиза: ГО «Корюківська правова ініціатива» провела експертизу діяльності "
        "відділу державної реєстрації; за її результатами видано розпорядження від 14.05.2013 № 98.</p>"
        "<p>Керівник апарату &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.В. Захарченко</p>")
    data = office("fn02_koriukivka.docx", src)
    body = "Надсилаємо звіт РДА за І півріччя 2013 року.\n\nЗ повагою, загальний відділ Корюківської РДА\n"
    b1, b2 = b_outlook(name, 0), b_outlook(name, 1)
    alt = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b2], b2, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(word_html(mso_p(body.rstrip("\n")), gen="Microsoft Word 12 (filtered medium)"), "cp1251"), "quoted-printable")])
    at = leaf(['Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\t' + rfc2231("name", fn, "windows-1251", chunk=45),
               'Content-Disposition: attachment;\n\t' + rfc2231("filename", fn, "windows-1251", chunk=45)], data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n\tboundary="%s"' % b1], b1, [alt, at],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 4, "mail.example.gov.ua [10.70.9.10]"),
                "From: <rda-koriukivka@example.gov.ua>", "To: <%s>" % MAILBOX,
                "Subject: " + qword("звіт за районним планом (відкритість), І півріччя 2013", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Office Outlook 12.0",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: uk"], body)

KEY = {"class": "foreign_numbers", "executor": "su-sotszakhyst", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 plain+HTML with sub-items 1), 2), 3) and а), б), order numbers and participant counts; by subject the items are consultations (6), a committee head in the collegium (8), Public Council members discussing drafts (9).",
       "items": [{"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("fn03_sotszakhyst_subitems", KEY)
def _(name):
    t = kyiv(2013, 12, 11, 16, 14, 27)
    body = ("Управління праці та соціального захисту населення облдержадміністрації інформує про виконання у "
            "ІІ півріччі 2013 року Плану заходів «Відкритий уряд»:\n\n"
            "1) консультації з громадськістю:\n"
            "   а) 15.10.2013 – публічне обговорення проекту обласної Програми соціальної підтримки малозабезпечених "
            "верств населення на 2014-2016 роки (52 учасники, 14 пропозицій);\n"
            "   б) 20.11.2013 – електронні консультації щодо порядку надання адресної допомоги (3 відгуки);\n\n"
            "2) наказом управління від 02.09.2013 № 131 до складу колегії введено голову комітету з соціальних "
            "питань Громадської ради при облдержадміністрації;\n\n"
            "3) проект розпорядження голови облдержадміністрації «Про затвердження Порядку використання коштів "
            "обласного бюджету на соціальну підтримку» обговорено з членами Громадської ради на засіданні 07.11.2013 "
            "(присутні 11 членів ради).\n\n"
            "Начальник управління\t\t\tГ.М. Лук'яненко\n")
    html = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n<HTML><HEAD>\n"
            "<META http-equiv=Content-Type content=\"text/html; charset=windows-1251\">\n"
            "<META content=\"MSHTML 6.00.2900.6036\" name=GENERATOR></HEAD>\n<BODY>\n" +
            "".join("<DIV><FONT face=\"Times New Roman\" size=3>%s</FONT></DIV>\n" % (esc(l).replace("   ", "&nbsp;&nbsp;&nbsp;") if l else "&nbsp;")
                    for l in body.rstrip("\n").split("\n")) + "</BODY></HTML>\n")
    b1 = b_outlook(name, 0)
    body = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1], b1, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(html, "cp1251"), "quoted-printable")],
        preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 2, "mail.example.gov.ua [10.70.1.95]"),
                "From: \"=?windows-1251?B?%s?=\" <sotszakhyst@example.gov.ua>" % base64.b64encode("УПСЗН ОДА".encode("cp1251")).decode(),
                "To: <uvp@cg.ukrtel.net>",
                "Subject: " + bword("Відкритий уряд (УПСЗН), ІІ півріччя 2013 р.", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Office Outlook 11",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"], body)

KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! koi8-u with an .xlsx (koi8-u B-encoded name) carrying both a running «№ з/п» 1–5 and a «Пункт плану» column (1, 2, 6, 9, 16), plus counts and dates; only the plan column names measures and its 16 row is never counted.",
       "items": [{"measure": 1, "source": "Містобудування_ВУ_листопад.xlsx"},
                 {"measure": 2, "source": "Містобудування_ВУ_листопад.xlsx"},
                 {"measure": 6, "source": "Містобудування_ВУ_листопад.xlsx"},
                 {"measure": 9, "source": "Містобудування_ВУ_листопад.xlsx"}]}
@mail("fn04_mistobuduvannia_two_number_columns", KEY)
def _(name):
    t = kyiv(2012, 11, 30, 11, 9, 50)
    fn = "Містобудування_ВУ_листопад.xlsx"
    rows = [["№ з/п", "Пункт плану", "Виконано", "Кількість", "Дата"],
            ["1", "6", "Громадські слухання щодо проекту генерального плану смт Десна", "2", "12.10.2012, 09.11.2012"],
            ["2", "9", "Проект Програми розроблення містобудівної документації на 2013-2015 рр. обговорено з членами громадської ради (комісія з питань будівництва)", "1", "21.11.2012"],
            ["3", "1", "Оновлено сторінку управління на офіційному сайті ОДА (розділи «Містобудівний кадастр», «Публічна інформація»)", "5", "жовтень-листопад"],
            ["4", "2", "У рубриці «Хід виконання цільових програм» розміщено звіт про виконання Програми розроблення схем планування територій", "1", "26.11.2012"],
            ["5", "16", "Інформацію надіслано на uvp@cg.ukrtel.net", "1", "30.11.2012"]]
    data = office("fn04_mistobuduvannia.xlsx", csv_rows(rows), "1/1/2/1/3/2/4/1/5/2")
    body = "Доброго дня!\nНадсилаю таблицю по відкритому уряду.\n--\nАндрій Кравченко, управління містобудування\n"
    b1 = b_bat(name)
    part1 = leaf(["Content-Type: text/plain; charset=koi8-u"], text(body, "koi8_u"), "8bit")
    fa = bword(fn, "koi8-u")
    at = leaf(['Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\n name="%s"' % fa,
               'Content-Disposition: attachment;\n filename="%s"' % fa], data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n boundary="%s"' % b1], b1, [part1, at])
    return msg([received(name, t, 5, "mail.example.gov.ua [10.70.1.99]"),
                "Date: " + rfcdate(t),
                "From: =?koi8-u?B?%s?= <mistobuduvannia@example.gov.ua>" % base64.b64encode("Андрій Кравченко".encode("koi8_u")).decode(),
                "X-Mailer: The Bat! (v4.0.24) Professional",
                "Reply-To: mistobuduvannia@example.gov.ua",
                "X-Priority: 3 (Normal)",
                "Message-ID: " + id_bat(name, t, "example.gov.ua"),
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("ВУ - містобудування", "koi8-u"),
                "MIME-Version: 1.0"], body)

KEY = {"class": "foreign_numbers", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Eudora plain windows-1251 prose full of foreign numbers (order № 405, letter № 03-14/1087, «№ 16», 7 consultations, 12 members, 4 drafts, «з 1 по 15 листопада») whose subjects are consultations (6), members in discussion of drafts (9) and a working group on openness (10).",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("fn05_bobrovytsia_counts_orders", KEY)
def _(name):
    t = kyiv(2013, 11, 27, 9, 36, 4)
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "На виконання розпорядження голови облдержадміністрації від 10.09.2012 № 405 та листа управління від "
            "20.11.2013 № 03-14/1087 Бобровицька райдержадміністрація повідомляє.\n\n"
            "З 1 по 15 листопада 2013 року проведено 7 консультацій з громадськістю у формі зборів у сільських "
            "радах щодо проекту Програми розвитку сільських територій на 2014-2016 роки.\n\n"
            "12 членів громадської ради при райдержадміністрації взяли участь в обговоренні 4 проектів розпоряджень "
            "голови РДА, у т.ч. розпорядження № 16 «Про організацію громадського бюджету».\n\n"
            "Громадській раді рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності "
            "РДА; робоча група у складі 5 осіб утворена 03.10.2013.\n\n"
            "Голова райдержадміністрації                         В.П. Бондаренко\n")
    part = leaf(['Content-Type: text/plain; charset="windows-1251"; format=flowed'], text(body, "cp1251"), "quoted-printable")
    return msg([received(name, t, 6, "pc-general.bobrovytsia [10.70.2.21]"),
                "X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9",
                "Date: " + rfcdate(t),
                "To: uvp@cg.ukrtel.net",
                "From: rda-bobrovytsia@example.gov.ua",
                "Subject: " + qword("Бобровицька РДА - Відкритий уряд", "windows-1251"),
                "Message-ID: <%d.%s@example.gov.ua>" % (int(h(name, "id")[:6], 16), t.strftime("%Y%m%d")),
                "Mime-Version: 1.0"], part)

# =============================================================================================
# 7. personal_address

KEY = {"class": "personal_address", "executor": "rda-ripky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail (private box) plain+HTML base64; the office appears only in the signature in the genitive («апарату Ріпкинської райдержадміністрації») while the greeting names УВП; website (1), consultations (6), members discussing drafts (9).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("pa01_ripky_gmail", KEY)
def _(name):
    t = kyiv(2013, 4, 23, 17, 12, 40)
    body = ("Доброго дня, шановні колеги з управління внутрішньої політики!\n\n"
            "Пишу з особистої пошти, бо службова скринька переповнена.\n\n"
            "Інформація за І квартал 2013 року:\n"
            "- на офіційному сайті райдержадміністрації створено розділ «Громадська рада» та сторінку "
            "«Консультації з громадськістю», оновлено контактні дані всіх відділів;\n"
            "- 29.03.2013 проведено консультації з громадськістю щодо проекту Програми підтримки сім'ї на 2013 рік "
            "(31 учасник);\n"
            "- проекти розпоряджень «Про районний бюджет» і «Про організацію літнього оздоровлення» обговорено на "
            "засіданні громадської ради, її члени подали 5 пропозицій.\n\n"
            "-- \nТетяна Гончар\nспеціаліст І категорії загального відділу\nапарату Ріпкинської райдержадміністрації\n"
            "(04641) 2-13-85\n")
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in body.split("\n-- \n")[0].split("\n")) +
            '<br clear="all"><div><br></div>-- <br><div dir="ltr">' +
            "<br>".join(esc(l) for l in body.split("\n-- \n")[1].rstrip("\n").split("\n")) + "</div>\n</div>\n")
    b1 = b_gmail(name)
    body = multi(["Content-Type: multipart/alternative; boundary=%s" % b1], b1, [
        leaf(["Content-Type: text/plain; charset=UTF-8"], text(body, "utf-8"), "base64"),
        leaf(["Content-Type: text/html; charset=UTF-8"], text(html, "utf-8"), "base64")])
    return msg([received(name, t, 2, "mail-la0-f41.google.com [209.85.215.41]"),
                "MIME-Version: 1.0",
                "Received: by 10.112.83.100 with HTTP; %s" % rfcdate(t),
                "Date: " + rfcdate(t),
                "Message-ID: " + id_gmail(name),
                "Subject: " + bword("Ріпки - інформація за І квартал (відкритий уряд)", "UTF-8"),
                "From: " + bword("Тетяна Гончар", "UTF-8") + " <tetiana.gonchar.rp@gmail.com>",
                "To: uvp@cg.ukrtel.net"], body)

KEY = {"class": "personal_address", "executor": "su-simia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "ukr.net web mail (private box), HTML body naming «управління у справах сім'ї, молоді та спорту» in the genitive, with two attachments that report different measures: a .docx on the website and consultations (1, 6) and an .xls on advisory bodies and the collegium (7, 8).",
       "items": [{"measure": 1, "source": "Інформація_сайт_консультації.docx"},
                 {"measure": 6, "source": "Інформація_сайт_консультації.docx"},
                 {"measure": 7, "source": "Таблиця_дорадчі органи.xls"},
                 {"measure": 8, "source": "Таблиця_дорадчі органи.xls"}]}
@mail("pa02_simia_ukrnet_two_attachments", KEY)
def _(name):
    t = kyiv(2012, 12, 13, 19, 45, 2)
    fn1, fn2 = "Інформація_сайт_консультації.docx", "Таблиця_дорадчі органи.xls"
    d1 = office("pa02_simia.docx", html_doc(
        "<p><b>Управління у справах сім'ї, молоді та спорту облдержадміністрації</b></p>"
        "<p>Офіційний веб-сайт управління: розміщено паспорти та звіти про виконання програм «Молодь Чернігівщини» "
        "і «Фізична культура і спорт», створено розділ «Публічна інформація».</p>"
        "<p>Консультації з громадськістю: 08.11.2012 проведено круглий стіл з молодіжними громадськими "
        "організаціями щодо проекту Програми національно-патріотичного виховання на 2013–2015 роки "
        "(23 організації).</p>"))
    d2 = office("pa02_simia.xls", csv_rows([
        ["п. плану", "Інформація"],
        ["7", "До складу обласної ради з питань молодіжної політики включено 6 представників молодіжних та дитячих громадських організацій"],
        ["8", "Голову комітету з гуманітарних питань Громадської ради при ОДА введено до складу колегії управління (наказ від 19.10.2012 № 204)"],
        ["9", "-"], ["12", ""]]), "1/1/2/2")
    html = ("<div>Добрий вечір!</div><div><br></div><div>Надсилаю з домашньої пошти інформацію від управління у "
            "справах сім'ї, молоді та спорту облдержадміністрації для управління з питань внутрішньої політики "
            "(два файли).</div><div><br></div><div>Наталія Остапенко, головний спеціаліст</div>"
            "<div>моб. 067 461 22 90</div>")
    b1 = "----" + h(name, "b")[:20].upper()
    part1 = leaf(["Content-Type: text/html; charset=utf-8"], text(html, "utf-8"), "base64")
    a1 = leaf(['Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="%s"' % bword(fn1, "utf-8"),
               'Content-Disposition: attachment; filename="%s"' % bword(fn1, "utf-8")], d1, "base64")
    a2 = leaf(['Content-Type: application/vnd.ms-excel; name="%s"' % bword(fn2, "utf-8"),
               'Content-Disposition: attachment; filename="%s"' % bword(fn2, "utf-8")], d2, "base64")
    body = multi(['Content-Type: multipart/mixed; boundary="%s"' % b1], b1, [part1, a1, a2])
    return msg([received(name, t, 3, "frv196.fwdcdn.com [212.42.77.196]"),
                "From: " + bword("Наталія Остапенко", "utf-8") + " <n.ostapenko77@ukr.net>",
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("інформація сім'я молодь спорт", "utf-8"),
                "Date: " + rfcdate(t),
                "Message-Id: <%s.%s@frv196.fwdcdn.com>" % (int(h(name, "id")[:8], 16), int(t.timestamp())),
                "X-Mailer: FREEMAIL", "X-Originating-Ip: [77.121.45.188]", "MIME-Version: 1.0"], body)

KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from Ніжинська РДА's registered box by a Kulykivka clerk; the body names «Куликівської районної державної адміністрації» and explains the borrowed box; consultations (6), advisory bodies (7), a working group on openness (10).",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail("pa03_kulykivka_via_nizhyn", KEY)
def _(name):
    t = kyiv(2013, 12, 5, 11, 58, 21)
    body = ("Шановні колеги!\n\nНадсилаємо інформацію Куликівської районної державної адміністрації про виконання "
            "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади за ІІ півріччя "
            "2013 року. Лист відправлено з адреси Ніжинської РДА, оскільки в Куликівці третій день немає інтернету.\n\n"
            "Протягом півріччя проведено 4 консультації з громадськістю: публічні обговорення проектів районного "
            "бюджету на 2014 рік та Програми розвитку фізичної культури.\n\n"
            "До складу районної ради з питань безпеки дорожнього руху та комісії з питань захисту прав дитини "
            "включено представників ГО «Куликівська ініціатива» та районної організації Товариства Червоного Хреста.\n\n"
            "На пропозицію райдержадміністрації громадська рада утворила робочу групу з питань відкритості та "
            "прозорості діяльності органу влади (протокол від 12.09.2013 № 5).\n\n"
            "З повагою\nТ.О. Гнатенко, головний спеціаліст загального відділу\nКуликівської райдержадміністрації\n")
    part = leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(body, "cp1251"), "quoted-printable")
    return msg([received(name, t, 4, "mail.example.gov.ua [10.70.13.5]"),
                "Message-ID: <%s$%s@nizhyn-rda>" % ("000c01cef1a2", h(name, "m")[:8]),
                "From: \"Nizhyn RDA\" <rda-nizhyn@example.gov.ua>",
                "To: <uvp@cg.ukrtel.net>",
                "Subject: " + bword("Куликівська РДА - інформація (Відкритий уряд)", "windows-1251"),
                "Date: " + rfcdate(t), "MIME-Version: 1.0", "X-Priority: 3", "X-MSMail-Priority: Normal",
                "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
                "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"], part)

KEY = {"class": "personal_address", "executor": "su-kapbud", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "i.ua web mail (private box), Russian, two days late; the office appears in the locative/genitive («в управлении капитального строительства облгосадминистрации») and the addressee is «Управление по вопросам внутренней политики»; website (1), council members discussing drafts (9).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail("pa04_kapbud_iua_ru_late", KEY)
def _(name):
    t = kyiv(2013, 6, 17, 8, 20, 14)
    body = ("В Управление по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n"
            "Извините за задержку, отправляю со своего ящика.\n\n"
            "В управлении капитального строительства облгосадминистрации в I полугодии 2013 г. обновлена страница "
            "управления на официальном сайте облгосадминистрации: размещены перечень объектов строительства, "
            "финансируемых из областного бюджета, и информация о ходе их выполнения.\n\n"
            "Проект перечня объектов капитального строительства на 2013 год обсуждался с членами общественного "
            "совета при облгосадминистрации (комиссия по вопросам строительства, 14.03.2013), замечания учтены.\n\n"
            "Ведущий специалист управления капитального строительства\nИ. Савчук\n")
    part = leaf(["Content-Type: text/plain; charset=windows-1251"], text(body, "cp1251"), "quoted-printable")
    return msg([received(name, t, 2, "mx1.i.ua [91.198.36.14]"),
                "Date: " + rfcdate(t),
                "From: =?windows-1251?B?%s?= <savchuk_iryna@i.ua>" % base64.b64encode("Ирина Савчук".encode("cp1251")).decode(),
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("информация УКС (открытое правительство)", "windows-1251"),
                "X-Mailer: I.UA Mail 2.0",
                "X-Originating-IP: 46.219.8.77",
                "Message-ID: <%s@i.ua>" % h(name, "id")[:28],
                "MIME-Version: 1.0"], part)

KEY = {"class": "personal_address", "executor": "gromrada", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "meta.ua web mail (private box of the Public Council's chair), plain+HTML UTF-8; the body names «Громадська рада при облдержадміністрації» and repeatedly the addressee УВП (which helped technically); web resource «Чернігівська громада» launched (3) and a test forum built on it (4).",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}]}
@mail("pa05_gromrada_metaua", KEY)
def _(name):
    t = kyiv(2012, 12, 14, 21, 37, 55)
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Шановні колеги!\n\nГромадська рада при облдержадміністрації інформує, що за технічної підтримки "
            "Управління з питань внутрішньої політики 1 листопада 2012 року запрацював веб-ресурс «Чернігівська "
            "громада»; на ньому вже зареєстровано 84 громадські організації, матеріали оновлюються щодня "
            "модератором ради.\n\nНа базі веб-ресурсу створено тестову версію Інтернет-форуму (три розділи: "
            "«Влада і громада», «Бюджет», «Місцеві ініціативи»); відкриття форуму для всіх користувачів "
            "заплановано на лютий 2013 року.\n\nЗ повагою\nголова Громадської ради при облдержадміністрації\n"
            "В.С. Марченко\n")
    html = "<html><body>" + paras_html(body) + "</body></html>\n"
    b1 = "_----------=_" + h(name, "b")[:24]
    body = multi(['Content-Type: multipart/alternative; boundary="%s"' % b1], b1, [
        leaf(["Content-Type: text/plain; charset=\"utf-8\""], text(body, "utf-8"), "quoted-printable"),
        leaf(["Content-Type: text/html; charset=\"utf-8\""], text(html, "utf-8"), "quoted-printable")])
    return msg([received(name, t, 3, "mail.meta.ua [194.0.131.20]"),
                "From: \"=?utf-8?B?%s?=\" <v.marchenko.gr@meta.ua>" % base64.b64encode("Марченко В.С.".encode()).decode(),
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("Громадська рада - веб-ресурс і форум", "utf-8"),
                "Date: " + rfcdate(t),
                "Message-ID: <%s.meta.ua>" % h(name, "id")[:30],
                "X-Mailer: META.UA Webmail", "MIME-Version: 1.0"], body)

# =============================================================================================
# 8. mixed

def rtf(paras):
    def enc(s):
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            else:
                out.extend("\\'%02x" % b for b in ch.encode("cp1251"))
        return "".join(out)
    body = "".join("\\pard\\qj\\fi709\\sl360\\slmult1 %s\\par\n" % enc(p) for p in paras)
    return ("{\\rtf1\\ansi\\ansicpg1251\\deff0\\deflang1058{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}\n"
            "{\\*\\generator Msftedit 5.41.21.2510;}\\viewkind4\\uc1\\f0\\fs28\n" + body + "}\n").encode("ascii")

def png(w, hgt, rgb):
    import struct, zlib
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(hgt))
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

KEY = {"class": "mixed", "executor": "rda-sosnytsia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Two-level forward: the district's secretary attaches as message/rfc822 a specialist's ukr.net mail, which itself forwards inline the deputy head's approval and carries the .xls report; only the nested .xls reports (1, 7, 9; rows 6, 10, 12 are -, немає, -).",
       "items": [{"measure": 1, "source": "Сосницька_РДА_ВУ_2013.xls"},
                 {"measure": 7, "source": "Сосницька_РДА_ВУ_2013.xls"},
                 {"measure": 9, "source": "Сосницька_РДА_ВУ_2013.xls"}]}
@mail("mx01_sosnytsia_nested_forward", KEY)
def _(name):
    t = kyiv(2013, 6, 13, 9, 31, 18)
    t_in = kyiv(2013, 6, 12, 18, 5, 40)
    fn = "Сосницька_РДА_ВУ_2013.xls"
    data = office("mx01_sosnytsia.xls", csv_rows([
        ["№ пункту", "Стан виконання"],
        ["1", "На сайті РДА розміщено 37 розпоряджень голови та 12 проектів рішень, створено розділ «Громадське обговорення»"],
        ["6", "-"],
        ["7", "Голову ГО «Сосниця – наш дім» включено до складу районної комісії з питань ТЕБ та НС"],
        ["9", "Члени громадської ради взяли участь в обговоренні проекту Програми «Питна вода Сосниччини» (16.05.2013)"],
        ["10", "немає"],
        ["12", "-"]]), "1/1/2/2")
    inner_body = ("Переслати в область до 15.06.\n\nОлена\n\n---------- Пересылаемое сообщение ----------\n"
                  "От кого: Петренко Іван Миколайович <zastupnyk.sosn@ukr.net>\nКому: olena.sektor.vp@ukr.net\n"
                  "Дата: 12 червня 2013, 16:48:02\nТема: Re: звіт відкритий уряд\n\n"
                  "Олено, погоджено. Таблицю відправляйте з загальної скриньки РДА.\nІ.М. Петренко\n\n"
                  "> Іване Миколайовичу, надсилаю на погодження таблицю по плану заходів.\n")
    bi = "----" + h(name, "bi")[:20].upper()
    inner = multi(["Content-Type: multipart/mixed; boundary=\"%s\"" % bi], bi, [
        leaf(["Content-Type: text/plain; charset=utf-8"], text(inner_body, "utf-8"), "base64"),
        leaf(['Content-Type: application/vnd.ms-excel; name="%s"' % bword(fn, "utf-8"),
              'Content-Disposition: attachment; filename="%s"' % bword(fn, "utf-8")], data, "base64")])
    inner_msg = ("Received: from frv71.fwdcdn.com\n\tby mail.example.gov.ua; %s\n" % rfcdate(t_in + dt.timedelta(seconds=6)) +
                 "From: " + bword("Олена Шевченко", "utf-8") + " <olena.sektor.vp@ukr.net>\n"
                 "To: rda-sosnytsia@example.gov.ua\n"
                 "Subject: " + bword("Fwd: Re: звіт відкритий уряд", "utf-8") + "\n"
                 "Date: " + rfcdate(t_in) + "\n"
                 "Message-Id: <%d.%d@frv71.fwdcdn.com>\n" % (int(h(name, "iid")[:8], 16), int(t_in.timestamp())) +
                 "X-Mailer: FREEMAIL\nMIME-Version: 1.0\n").encode("ascii") + inner
    outer_text = ("Добрий день!\n\nПересилаємо інформацію Сосницької районної державної адміністрації про виконання "
                  "плану заходів «Відкритий уряд» за І півріччя 2013 року (лист сектору з питань внутрішньої політики "
                  "з вкладенням).\n\nЗагальний відділ Сосницької РДА\n")
    b1, b2 = b_outlook(name, 0), b_outlook(name, 1)
    alt = multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b2], b2, [
        leaf(['Content-Type: text/plain;\n\tcharset="windows-1251"'], text(outer_text, "cp1251"), "quoted-printable"),
        leaf(['Content-Type: text/html;\n\tcharset="windows-1251"'], text(word_html(mso_p(outer_text.rstrip("\n"))), "cp1251"), "quoted-printable")])
    fwd = ("Content-Type: message/rfc822\nContent-Disposition: attachment\n\n").encode("ascii") + inner_msg
    body = multi(['Content-Type: multipart/mixed;\n\tboundary="%s"' % b1], b1, [alt, fwd],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 5, "mail.example.gov.ua [10.70.18.2]"),
                "From: \"=?windows-1251?B?%s?=\" <rda-sosnytsia@example.gov.ua>" % base64.b64encode("Сосницька РДА".encode("cp1251")).decode(),
                "To: <%s>" % MAILBOX,
                "Subject: " + bword("FW: Fwd: Re: звіт відкритий уряд", "windows-1251"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 14.0",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: uk"], body)

KEY = {"class": "mixed", "executor": "su-sluzhba-ditei", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird correction quoting the service's earlier report («> », items 1, 6, 7, 9): the new text restates measure 7 and adds 12; the quoted report does not count again.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail("mx02_sluzhba_ditei_correction", KEY)
def _(name):
    t = kyiv(2012, 12, 14, 11, 20, 37)
    earlier = ("Служба у справах дітей облдержадміністрації інформує.\n\n"
               "п. 1 - на сайті служби розміщено банк даних дітей, які потребують влаштування в сімейні форми виховання;\n"
               "п. 6 - 15.11.2012 проведено консультації з громадськістю щодо проекту обласної програми "
               "«Дитинство без сирітства»;\n"
               "п. 7 - до складу координаційної ради включено 2 представників ГО;\n"
               "п. 9 - проект програми обговорено з членами громадської ради.\n\nС. Литвин\n")
    body = ("Шановні колеги!\n\nУточнення до нашого листа від 10.12.2012. У п. 7 помилково зазначено кількість; "
            "слід читати: «До складу обласної координаційної ради з питань захисту прав дітей включено "
            "3 представників громадських організацій (ГО «Надія», ГО «Батьківське серце», Чернігівська обласна "
            "організація Товариства Червоного Хреста)».\n\n"
            "Також доповнюємо по п. 12: ГО «Правозахисна ініціатива» провела громадську антикорупційну експертизу "
            "проекту Порядку влаштування дітей до дитячих будинків сімейного типу, 2 пропозиції враховано.\n\n"
            "-- \nСвітлана Литвин, Служба у справах дітей ОДА\n\n"
            "10.12.2012 15:02, Служба у справах дітей пише:\n" + quote(earlier))
    part = leaf(["Content-Type: text/plain; charset=UTF-8; format=flowed"], text(flow(body), "utf-8"), "8bit")
    return msg([received(name, t, 3, "mail.example.gov.ua [10.70.1.102]"),
                "Message-ID: " + id_tb(name, "example.gov.ua"),
                "Date: " + rfcdate(t),
                "From: " + bword("Служба у справах дітей", "UTF-8") + " <sluzhba-ditei@example.gov.ua>",
                "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121129 Thunderbird/17.0.1",
                "MIME-Version: 1.0",
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("Уточнення: Відкритий уряд - Служба у справах дітей", "UTF-8"),
                "References: " + id_tb(name + "-earlier", "example.gov.ua"),
                "In-Reply-To: " + id_tb(name + "-earlier", "example.gov.ua")], part)

KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A document-management system's mail with no charset label on a windows-1251 8bit body and a raw 8-bit windows-1251 Subject; terse «п.1 …», «п.6 …», «п.7 …», «п.9 …» lines.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 9, "source": "body"}]}
@mail("mx03_chernihiv_no_charset", KEY)
def _(name):
    t = kyiv(2013, 12, 3, 14, 5, 0)
    body = ("Вих. № 01-23/4417 від 03.12.2013\n\nЧернігівська районна державна адміністрація\n"
            "Інформація про виконання Плану заходів (Відкритий уряд), ІІ півріччя 2013 р.\n\n"
            "п.1 - сайт РДА оновлено, запрацював сервіс «Електронна приймальня»;\n"
            "п.6 - проведено 5 консультацій з громадськістю (районний бюджет 2014, тарифи ЖКП, мережа шкіл);\n"
            "п.7 - до складу ради підприємців при РДА введено 2 представників громадських організацій;\n"
            "п.9 - проекти 3 розпоряджень голови РДА обговорено з членами громадської ради.\n\n"
            "Документ створено в системі електронного документообігу. Підпис: О.М. Дорошенко\n")
    return msg([received(name, t, 11, "sed.chernihiv-rda.local [10.70.21.30]"),
                "Date: " + rfcdate(t),
                "From: rda-chernihiv@example.gov.ua",
                "To: uvp@cg.ukrtel.net",
                b"Subject: " + "Вих. 01-23/4417 Інформація (Відкритий уряд)".encode("cp1251"),
                "Message-ID: <sed.%s@chernihiv-rda.local>" % h(name, "id")[:20],
                "X-Mailer: Megapolis.DocNet 6.2",
                "MIME-Version: 1.0"],
               b"Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n" + text(body, "cp1251"))

KEY = {"class": "mixed", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own registered box: Outlook 2010 Word HTML with an inline logo (multipart/related, cid) reporting open door days (11) and a seminar (13) in the body, plus an .rtf (RFC 2231 UTF-8 name) reporting the hot line (5) and the methodological guide (14) — cover and attachment report different measures.",
       "items": [{"measure": 5, "source": "Довідка_гаряча лінія_посібник.rtf"}, {"measure": 11, "source": "body"},
                 {"measure": 13, "source": "body"}, {"measure": 14, "source": "Довідка_гаряча лінія_посібник.rtf"}]}
@mail("mx04_uvp_wordhtml_inline_image_rtf", KEY)
def _(name):
    t = kyiv(2012, 12, 14, 16, 55, 30)
    fn = "Довідка_гаряча лінія_посібник.rtf"
    data = rtf(["Довідка управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
                "Спільно з відділом роботи із зверненнями громадян апарату облдержадміністрації забезпечено роботу "
                "«гарячої лінії» голови облдержадміністрації: у жовтні – листопаді 2012 року опрацьовано 2 318 "
                "дзвінків, щотижневі огляди подаються голові облдержадміністрації.",
                "Розроблено методичний посібник «Консультації з громадськістю: практичні поради для державних "
                "службовців» (тираж 300 примірників), який 10.12.2012 розіслано структурним підрозділам "
                "облдержадміністрації та райдержадміністраціям."])
    plain = ("Інформація управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації "
             "до зведеного звіту.\n\n22.11.2012 проведено День відкритих дверей управління для представників "
             "громадських організацій та регіональних ЗМІ (27 учасників).\n\n05.12.2012 спільно з Чернігівським "
             "центром перепідготовки та підвищення кваліфікації проведено навчальний семінар для заступників "
             "керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю "
             "(34 слухачі).\n\nДовідка щодо інших заходів – у вкладенні.\n\nМ. Кузьменко\n"
             "[логотип]\n")
    cid = "image001.png@01CDDA1B.%s" % h(name, "cid")[:8].upper()
    html_in = (mso_p(plain.split("[логотип]")[0].rstrip("\n")) +
               '<p class=MsoNormal><img width=64 height=64 id="Picture_x0020_1" src="cid:%s" alt="Логотип УВП"><o:p></o:p></p>\n' % cid)
    b1, b2, b3 = b_outlook(name, 0), b_outlook(name, 1), b_outlook(name, 2)
    rel = multi(['Content-Type: multipart/related;\n\ttype="multipart/alternative";\n\tboundary="%s"' % b2], b2, [
        multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b3], b3, [
            leaf(['Content-Type: text/plain;\n\tcharset="utf-8"'], text(plain, "utf-8"), "base64"),
            leaf(['Content-Type: text/html;\n\tcharset="utf-8"'], text(word_html(html_in, cs="utf-8"), "utf-8"), "base64")]),
        leaf(['Content-Type: image/png;\n\tname="image001.png"', "Content-Description: image001.png",
              'Content-Disposition: inline;\n\tfilename="image001.png"; size=%d' % len(png(64, 64, (23, 71, 140))),
              "Content-ID: <%s>" % cid], png(64, 64, (23, 71, 140)), "base64")])
    at = leaf(['Content-Type: application/rtf;\n\tname="%s"' % bword(fn, "utf-8"),
               'Content-Disposition: attachment;\n\t' + rfc2231("filename", fn, "utf-8")], data, "base64")
    body = multi(['Content-Type: multipart/mixed;\n\tboundary="%s"' % b1], b1, [rel, at],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 2, "mail.example.gov.ua [10.70.1.5]"),
                "From: " + bword("Кузьменко Марина", "utf-8") + " <uvp-info@example.gov.ua>",
                "To: <%s>" % MAILBOX,
                "Subject: " + bword("УВП - інформація до звіту (Відкритий уряд)", "utf-8"),
                "Date: " + rfcdate(t), "Message-ID: " + id_outlook(name, "example.gov.ua"),
                "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 14.0",
                "Thread-Index: " + base64.b64encode(bytes.fromhex(h(name, "ti"))[:16]).decode(),
                "Content-Language: uk"], body)

KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Sent at 22:40 on 15.12.2013 by a PC clock set to UTC (Date +0000), i.e. 00:40 on 16.12 in Kyiv — late; a one-line cover on the website (1) plus a .docx (6, 7) and a PDF (10, 12) that report different measures.",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 6, "source": "Консультації_дорадчі органи.docx"},
                 {"measure": 7, "source": "Консультації_дорадчі органи.docx"},
                 {"measure": 10, "source": "Робоча група_експертизи.pdf"},
                 {"measure": 12, "source": "Робоча група_експертизи.pdf"}]}
@mail("mx05_novhorod_utc_late_two_attachments", KEY)
def _(name):
    t = dt.datetime(2013, 12, 15, 22, 40, 12, tzinfo=dt.timezone.utc)
    fn1, fn2 = "Консультації_дорадчі органи.docx", "Робоча група_експертизи.pdf"
    d1 = office("mx05_novhorod_1.docx", html_doc(
        "<p><b>Новгород-Сіверська райдержадміністрація</b></p>"
        "<p>У ІІ півріччі 2013 року проведено 3 консультації з громадськістю: щодо проекту районного бюджету на "
        "2014 рік, щодо схеми руху громадського транспорту, щодо збереження історичного ареалу м. Новгород-Сіверський.</p>"
        "<p>До складу районної ради з питань туризму включено представників ГО «Сіверщина» та "
        "Новгород-Сіверського осередку Спілки краєзнавців.</p>"))
    d2 = office("mx05_novhorod_2.pdf", html_doc(
        "<p><b>Новгород-Сіверська райдержадміністрація</b></p>"
        "<p>Громадській раді при РДА рекомендовано створити робочу групу з питань відкритості та прозорості; "
        "робочу групу утворено 21.10.2013.</p>"
        "<p>ГО «Новгород-Сіверський антикорупційний комітет» провела громадську антикорупційну експертизу проекту "
        "розпорядження про порядок надання земельних ділянок; розроблено заходи з реалізації 3 пропозицій.</p>"))
    body = "Сайт РДА оновлено, решта - у двох файлах. Вибачте, що пізно.\n\nНовгород-Сіверська РДА\n"
    b1 = b_tb(name)
    part1 = leaf(["Content-Type: text/plain; charset=UTF-8; format=flowed"], text(body, "utf-8"), "8bit")
    a1 = leaf(['Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n name="%s"' % bword(fn1, "UTF-8"),
               'Content-Disposition: attachment;\n ' + rfc2231("filename", fn1, "UTF-8", chunk=40).replace("\t", " ")], d1, "base64")
    a2 = leaf(['Content-Type: application/pdf;\n name="%s"' % bword(fn2, "UTF-8"),
               'Content-Disposition: attachment;\n ' + rfc2231("filename", fn2, "UTF-8", chunk=40).replace("\t", " ")], d2, "base64")
    body = multi(['Content-Type: multipart/mixed;\n boundary="%s"' % b1], b1, [part1, a1, a2],
                 preamble="This is a multi-part message in MIME format.")
    return msg([received(name, t, 7, "mail.example.gov.ua [10.70.16.4]"),
                "Message-ID: " + id_tb(name, "example.gov.ua"),
                "Date: " + rfcdate(t, dt.timezone.utc),
                "From: " + bword("Новгород-Сіверська РДА", "UTF-8") + " <rda-novhorod-siverskyi@example.gov.ua>",
                "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.2.0",
                "MIME-Version: 1.0",
                "To: uvp@cg.ukrtel.net",
                "Subject: " + bword("Відкритий уряд - Новгород-Сіверська РДА, ІІ півріччя", "UTF-8")], body)

# =============================================================================================
# checks and output

def attachment_names(m, out):
    for part in m.walk():
        fn = part.get_filename()
        if fn:
            out.add(str(email.header.make_header(email.header.decode_header(fn))))
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                attachment_names(sub, out)
    return out

def period_of(t):
    d = t.astimezone(KYIV).date()
    for n, dl in enumerate([dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)], 1):
        if d <= dl:
            return n, False
        if d <= dl + dt.timedelta(days=3):
            return n, True
    return None, False

def check(name, key, raw):
    errs = []
    pre = name[:2]
    if key["class"] != CLASSES.get(pre):
        errs.append("class %r does not match prefix %r" % (key["class"], pre))
    if key["executor"] not in EXECUTORS:
        errs.append("unknown executor " + key["executor"])
    if key["kind"] not in ("report", "not_report"):
        errs.append("bad kind")
    if key["reason"] not in REASONS:
        errs.append("bad reason")
    if key["kind"] == "not_report" and (key["items"] or not key["reason"]):
        errs.append("not_report must have a reason and no items")
    if key["kind"] == "report" and (not key["items"] or key["reason"]):
        errs.append("report must have items and no reason")
    its = [(i["measure"], i["source"]) for i in key["items"]]
    if its != sorted(its) or len(set(its)) != len(its):
        errs.append("items not sorted/unique")
    if any(m == 16 or not 1 <= m <= 16 for m, _ in its):
        errs.append("bad measure number")
    m = email.message_from_bytes(raw, policy=email.policy.compat32)
    t = email.utils.parsedate_to_datetime(m["Date"])
    p, late = period_of(t)
    if (p, late) != (key["period"], key["late"]):
        errs.append("period/late %r/%r but Date gives %r/%r" % (key["period"], key["late"], p, late))
    rec = m.get_all("Received")[0]
    rt = email.utils.parsedate_to_datetime(rec.rsplit(";", 1)[1].strip())
    if not (0 < (rt - t).total_seconds() < 60) or rt.astimezone(KYIV).date() != t.astimezone(KYIV).date():
        errs.append("Received not a few seconds after Date on the same Kyiv day")
    names = attachment_names(m, set())
    for _, src in its:
        if src != "body" and src not in names:
            errs.append("source %r not among attachments %r" % (src, sorted(names)))
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF")
    return errs

def main():
    os.makedirs(ATT, exist_ok=True)
    os.makedirs(WORK, exist_ok=True)
    only = set(sys.argv[1:])
    bad = 0
    seen = set()
    for name, key, fn in MAILS:
        assert name not in seen, name
        seen.add(name)
        if only and name not in only:
            continue
        raw = fn(name)
        errs = check(name, key, raw)
        for e in errs:
            print("%s: %s" % (name, e)); bad += 1
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("%d mails, %d problems" % (len(MAILS), bad))
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
