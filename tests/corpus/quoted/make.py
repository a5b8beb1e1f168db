#!/usr/bin/env python3
"""Generate the `quoted` corpus: bottom-posted and interleaved replies to the reminder.

Run: python3 make.py   (standard library only; no office documents in this corpus)
Every mail is written by hand below; its answer key is written beside it, not derived.
"""
import base64, json, os, quopri, re, textwrap
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
UVP = "uvp@cg.ukrtel.net"
UVP_NAME = "Управління внутрішньої політики ОДА"
EET, EEST = timezone(timedelta(hours=2)), timezone(timedelta(hours=3))

# ---------------------------------------------------------------- the reminder
RDA_ITEMS = [
    (1, "Забезпечити приведення до вимог чинного законодавства інформаційного наповнення та функціонування офіційних Інтернет-сайтів."),
    (6, "Налагодити на регулярній основі проведення консультацій з громадськістю згідно з постановою КМУ від 03.11.2010 № 996."),
    (7, "Залучати до роботи дорадчо-консультативних органів представників інститутів громадянського суспільства, зокрема членів громадських рад."),
    (9, "Залучати членів громадських рад до громадського обговорення проектів розпоряджень, цільових програм, рішень."),
    (10, "Рекомендувати громадським радам створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади."),
    (12, "Сприяти проведенню громадських експертиз діяльності органів виконавчої влади та громадських антикорупційних експертиз проектів нормативно-правових актів."),
]
SU_ITEMS = [
    RDA_ITEMS[0],
    (2, "Забезпечити наповнення рубрик «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області» на офіційному сайті облдержадміністрації."),
    RDA_ITEMS[1], RDA_ITEMS[2],
    (8, "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації до складу колегій структурних підрозділів."),
    RDA_ITEMS[3], RDA_ITEMS[5],
]
REM = {  # period -> (reminder datetime, deadline words, Message-ID)
    1: (datetime(2012, 12, 10, 9, 15, 7, tzinfo=EET), "15 грудня 2012 року", "<000c01cdd6b1$4a3e2f10$debe8d30$@cg.ukrtel.net>"),
    2: (datetime(2013, 6, 10, 9, 40, 12, tzinfo=EEST), "15 червня 2013 року", "<001a01ce65a7$91c0b4e0$b5421ea0$@cg.ukrtel.net>"),
}

def rem_subject(period):
    return "Нагадування: інформація про виконання Плану заходів (Відкритий уряд) до " + ("15.12.2012" if period == 1 else "15.06.2013")

def reminder(kind, period):
    items = RDA_ITEMS if kind == "rda" else SU_ITEMS
    nums = ", ".join(str(n) for n, _ in items)
    lines = ["Шановні колеги!", "",
             "Нагадуємо, що до %s необхідно надіслати на адресу uvp@cg.ukrtel.net "
             "інформацію про виконання пунктів %s Плану заходів з підвищення рівня "
             "відкритості та прозорості діяльності виконавчої влади в області у рамках "
             "реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого "
             "заступником голови облдержадміністрації 10 вересня 2012 року:" % (REM[period][1], nums), ""]
    for n, t in items:
        lines.append("%d. %s" % (n, t))
    lines += ["", "Інформацію просимо надати стисло, по кожному пункту окремо.", "",
              "З повагою,", "управління з питань внутрішньої політики",
              "та зв'язків з громадськістю облдержадміністрації", "тел. (0462) 67-50-31"]
    return lines

# ---------------------------------------------------------------- text helpers
def hardwrap(lines, width=72):
    out = []
    for l in lines:
        out += textwrap.wrap(l, width, break_long_words=False, break_on_hyphens=False) or [""]
    return out

def quote(lines, prefix="> "):
    return [(prefix + l) if l else prefix.rstrip() for l in lines]

def flowed(lines, width=72):
    """Encode lines as RFC 3676 format=flowed (soft breaks end in a space)."""
    out = []
    for l in lines:
        m = re.match(r"^(>+ ?)", l)
        q = m.group(1) if m else ""
        body = l[len(q):].rstrip()
        segs = textwrap.wrap(body, width - len(q), break_long_words=False, break_on_hyphens=False) or [""]
        for i, s in enumerate(segs):
            out.append(q + s + (" " if i < len(segs) - 1 else ""))
    return out

# ---------------------------------------------------------------- MIME by hand
def h(s, charset="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def addr(name, a, charset="utf-8"):
    return formataddr((name, a), charset=charset) if name else a

def body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)

def leaf(ctype, text, charset, cte, params=""):
    return ("Content-Type: %s; charset=%s%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, charset, params, cte)
            + body(text, charset.strip('"'), cte))

def alternative(boundary, plain, html):
    return ('Content-Type: multipart/alternative;\n\tboundary="%s"\n\n' % boundary
            + "This is a multi-part message in MIME format.\n\n"
            + "--%s\n%s\n--%s\n%s\n--%s--\n" % (boundary, plain.rstrip("\n"), boundary, html.rstrip("\n"), boundary))

def message(headers, content, charset="utf-8"):
    """headers: list of (name, value) already encoded; content: a leaf or multipart with its own C-T."""
    out = "".join("%s: %s\n" % kv for kv in headers) + "MIME-Version: 1.0\n" + content
    if not out.endswith("\n"):
        out += "\n"
    return out.encode(charset if charset else "utf-8")

MAILS = []      # (name, raw bytes, key, new_text)

def add(name, raw, key, new_text):
    MAILS.append((name, raw, key, new_text))

def key(executor, period, items, note):
    return {"class": "bottom_post", "executor": executor, "period": period, "late": False,
            "kind": "report", "reason": None, "note": note,
            "items": [{"measure": n, "source": "body"} for n in sorted(items)]}

def reply_headers(period, frm, to, subject, date, msgid, extra, charset="utf-8", refs_extra=""):
    rid = REM[period][2]
    hs = [("Message-ID", msgid), ("Date", format_datetime(date)), ("From", frm), ("To", to),
          ("Subject", h(subject, charset)), ("In-Reply-To", refs_extra.split()[-1] if refs_extra else rid),
          ("References", (rid + " " + refs_extra).strip() if refs_extra else rid)]
    return hs + extra

def koi8_safe(s):
    for a, b in (("«", '"'), ("»", '"'), ("„", '"'), ("“", '"'), ("”", '"'), ("’", "'"), ("—", "-"), ("–", "-"), ("№", "N")):
        s = s.replace(a, b)
    return s

TB_UA = "10.12.2012 09:15, %s пише:" % UVP_NAME

# ---------------------------------------------------------------- q01: Thunderbird (UA), flowed, answer below
def q01():
    new = """Добрий день!

Надсилаємо інформацію Бахмацької райдержадміністрації про виконання Плану заходів.

1. Розділи офіційного сайту райдержадміністрації (bahmach-rda.gov.ua) приведено у відповідність до вимог Закону України «Про доступ до публічної інформації», протягом листопада розміщено 46 інформаційних матеріалів та 14 розпоряджень голови РДА.
6. Проведено 3 консультації з громадськістю у формі публічних обговорень: щодо проекту районного бюджету на 2013 рік (28.11.2012, 41 учасник), щодо тарифів на вивезення побутових відходів у м. Бахмач (15.11.2012) та щодо районної програми розвитку фізичної культури (06.12.2012).
7. До складу координаційної ради з питань соціального захисту інвалідів включено двох членів громадської ради (розпорядження голови РДА № 412 від 22.11.2012).
9. Члени громадської ради при РДА взяли участь в обговоренні проекту Програми соціально-економічного розвитку району на 2013 рік, надано 5 пропозицій, 3 з них враховано.
10. На засіданні громадської ради 30.10.2012 створено комісію з питань відкритості та прозорості у складі 5 осіб, голова комісії — Шевчук О.П.
12. Громадські та антикорупційні експертизи у звітному періоді не проводились, запитів від інститутів громадянського суспільства не надходило.

-- 
Головний спеціаліст відділу організаційної роботи
та інформаційної діяльності апарату Бахмацької РДА
Литвиненко Т.М., тел. (04635) 2-13-47"""
    lines = [TB_UA] + quote(reminder("rda", 1)) + [""] + new.split("\n")
    text = "\n".join(flowed(lines)) + "\n"
    hs = reply_headers(1, addr("Бахмацька РДА", "rda-bakhmach@example.gov.ua"), addr(UVP_NAME, UVP),
                       "Re: " + rem_subject(1), datetime(2012, 12, 11, 10, 42, 18, tzinfo=EET),
                       "<50C6F2B2.7090307@example.gov.ua>",
                       [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1")])
    raw = message(hs, leaf("text/plain", text, "UTF-8", "8bit", "; format=flowed"))
    add("q01-thunderbird-below", raw, key("rda-bakhmach", 1, [1, 6, 7, 9, 10, 12],
        "Thunderbird reply (format=flowed) with the whole reminder quoted with '> ' and the district's numbered answers below it; measure 12 answered 'не проводились' still counts."), new)

# ---------------------------------------------------------------- q02: Thunderbird (UA), interleaved, windows-1251
def q02():
    answers = {
        1: "На сайті РДА (borzna-rda.gov.ua) створено розділ «Публічна інформація», оновлено сторінки структурних підрозділів, щотижня розміщуються анонси заходів.",
        6: "20.11.2012 у селі Шаповалівка проведено публічне громадське обговорення щодо реорганізації сільської амбулаторії (присутні 63 жителі), 04.12.2012 — електронну консультацію з проекту районної програми «Питна вода» на 2013 рік.",
        7: "Введено 2 представників громадських організацій (районна організація ветеранів, ГО «Борзнянська ініціатива») до складу районної комісії з питань захисту прав споживачів.",
        9: "Проект розпорядження про районний бюджет на 2013 рік надіслано членам громадської ради, отримано письмові зауваження від трьох членів ради.",
        10: None,
        12: "Протягом звітного періоду громадських експертиз не проводилось.",
    }
    q = reminder("rda", 1)
    lines = [TB_UA]
    lines += quote(hardwrap(q[:4]))
    for n, t in RDA_ITEMS:
        lines += quote(hardwrap(["%d. %s" % (n, t)]))
        if answers[n]:
            lines += [""] + hardwrap([answers[n]]) + [""]
    lines += quote(hardwrap(q[4 + len(RDA_ITEMS):]))
    sig = ["", "З повагою,", "завідувач сектору з питань внутрішньої політики", "Борзнянської райдержадміністрації", "О.В. Кравченко"]
    lines += sig
    text = "\n".join(lines) + "\n"
    new = "\n".join(a for a in answers.values() if a)
    hs = reply_headers(1, addr("Борзнянська РДА", "rda-borzna@example.gov.ua", "windows-1251"), addr(UVP_NAME, UVP, "windows-1251"),
                       "Re: " + rem_subject(1), datetime(2012, 12, 12, 15, 7, 44, tzinfo=EET),
                       "<50C88D10.4000809@example.gov.ua>",
                       [("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2")], "windows-1251")
    raw = message(hs, leaf("text/plain", text, "windows-1251", "8bit"), "windows-1251")
    add("q02-thunderbird-interleaved", raw, key("rda-borzna", 1, [1, 6, 7, 9, 12],
        "Thunderbird reply in windows-1251 with unprefixed answers typed under each quoted '> ' item; quoted item 10 has no answer after it, and item 12 answered 'не проводилось' counts."), new)

# ---------------------------------------------------------------- q03: Thunderbird (RU UI), Russian answer below
def q03():
    new = """Добрый день.
Направляем информацию Варвинской райгосадминистрации по пунктам Плана.

По п.1 - официальный сайт райгосадминистрации переведен на новую платформу, раздел «Доступ к публичной информации» ведется в соответствии с требованиями закона, за ноябрь размещено 38 материалов.
По п.6 - 23.11.2012 проведены общественные слушания по проекту программы развития малого предпринимательства на 2013-2014 годы, участвовали 27 человек, из них 9 предпринимателей.
По п.7 - председатель общественного совета Гринь В.И. включен в состав районной комиссии по вопросам техногенно-экологической безопасности и чрезвычайных ситуаций.
По п.9 - проект распоряжения «О районной программе поддержки многодетных семей» рассмотрен на заседании общественного совета 05.12.2012, замечаний не поступило.

С уважением,
Бондаренко И.С.
отдел организационной работы аппарата Варвинской РГА
(04636) 2-14-09"""
    lines = ["10.12.2012 09:15, %s пишет:" % UVP_NAME] + quote(hardwrap(reminder("rda", 1))) + [""] + hardwrap(new.split("\n"))
    text = "\n".join(lines) + "\n"
    hs = reply_headers(1, addr("Варвинская РГА", "rda-varva@example.gov.ua"), UVP,
                       "Re: " + rem_subject(1), datetime(2012, 12, 13, 11, 3, 51, tzinfo=EET),
                       "<50C99A3F.1060703@example.gov.ua>",
                       [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1"),
                        ("X-Accept-Language", "ru-RU")])
    raw = message(hs, leaf("text/plain", text, "UTF-8", "8bit"))
    add("q03-thunderbird-ru-below", raw, key("rda-varva", 1, [1, 6, 7, 9],
        "Thunderbird with a Russian UI ('пишет:'), hard-wrapped quote of the Ukrainian reminder and a Russian answer below it by 'По п.N'; quoted items 10 and 12 get no answer."), new)

# ---------------------------------------------------------------- q04: Outlook 2010 (UA), header block, answer below, HTML+plain
OL_UA_HDR = ["Від: %s [mailto:%s] " % (UVP_NAME, UVP), "Надіслано: 10 грудня 2012 р. 9:15",
             "Кому: %s", "Тема: " + rem_subject(1)]

def ol_html(intro_html, hdr, orig, answer_paras, color="#1F497D"):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    hdr_html = "<br>\n".join("<b>%s:</b>%s" % (esc(l.split(":", 1)[0]), esc(l.split(":", 1)[1])) for l in hdr)
    o = "\n".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(l) if l else "&nbsp;") for l in orig)
    a = "\n".join("<p class=MsoNormal><span style='color:%s'>%s<o:p></o:p></span></p>" % (color, esc(l) if l else "&nbsp;") for l in answer_paras)
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta name=Generator content=\"Microsoft Word 14 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;margin-bottom:.0001pt;font-size:12.0pt;font-family:\"Times New Roman\",\"serif\";}--></style></head>\n"
            "<body lang=UK link=blue vlink=purple><div class=WordSection1>\n" + intro_html +
            "<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            "<p class=MsoNormal><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>" + hdr_html +
            "<o:p></o:p></span></p></div></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + o +
            "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + a + "\n</div></body></html>\n")

def q04():
    new = """Відповідаємо на Ваш лист щодо виконання Плану заходів.

1. Офіційний веб-сайт управління освіти і науки (osvita.cg.gov.ua) функціонує відповідно до вимог постанови КМУ від 04.01.2002 № 3, у листопаді оновлено розділи «Нормативна база» та «Звернення громадян».
2. До рубрики «Хід виконання цільових програм» подано інформацію про виконання обласної програми «Шкільний автобус» за 9 місяців 2012 року.
6. 16.11.2012 проведено круглий стіл з батьківською громадськістю щодо оптимізації мережі загальноосвітніх навчальних закладів, участь взяли 54 особи.
7. До складу конкурсної комісії з відбору методичної літератури включено представника ГО «Асоціація педагогів Чернігівщини».
8. Голову комітету з питань освіти Громадської ради при облдержадміністрації Мельника С.В. введено до складу колегії управління (наказ № 581 від 01.11.2012).
9. Проект регіональної програми розвитку позашкільної освіти оприлюднено для обговорення, від членів громадської ради отримано 7 зауважень.
12. Пропозиції за результатами громадської експертизи діяльності управління, проведеної ГО «Громадський контроль», розглянуто на нараді 29.11.2012, затверджено план заходів з їх реалізації.

Заступник начальника управління
Л.П. Сидоренко"""
    hdr = [l % "osvita@example.gov.ua" if "%s" in l else l for l in OL_UA_HDR]
    orig = reminder("su", 1)
    plain = "\n".join(["", hdr[0]] + hdr[1:] + [""] + orig + [""] + new.split("\n")) + "\n"
    html = ol_html("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n", hdr, orig, new.split("\n"))
    content = alternative("----=_NextPart_000_0031_01CDD7C1.6A0E8E20",
                          leaf("text/plain", plain, '"windows-1251"', "quoted-printable"),
                          leaf("text/html", html, '"windows-1251"', "quoted-printable"))
    hs = reply_headers(1, addr("Управління освіти і науки", "osvita@example.gov.ua", "windows-1251"), addr(UVP_NAME, UVP, "windows-1251"),
                       "RE: " + rem_subject(1), datetime(2012, 12, 11, 16, 28, 3, tzinfo=EET),
                       "<003201cdd7b0$a6f1c3e0$f4d54ba0$@example.gov.ua>",
                       [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AQHN1rFKSz1pGQ5YS0Kz8nRfBv0kHw=="),
                        ("Content-Language", "uk")], "windows-1251")
    raw = message(hs, content)
    add("q04-outlook2010-ua-below", raw, key("su-osvita", 1, [1, 2, 6, 7, 8, 9, 12],
        "Outlook 2010 (Ukrainian UI) HTML+plain reply typed under an unquoted 'Від:/Надіслано:/Кому:/Тема:' header block and the full reminder text, so the reminder's numbered list is not marked by '>' at all."), new)

# ---------------------------------------------------------------- q05: Outlook 2007 (RU UI), indented original, koi8-u
def q05():
    new = """1. Сайт управління культури і туризму (kultura.cg.gov.ua) наповнюється згідно з вимогами законодавства, у грудні розміщено афішу обласних заходів та звіт про використання бюджетних коштів за 10 місяців.
2. -
6. У листопаді проведено 2 консультації: обговорення проекту обласної програми розвитку туризму на 2013-2015 роки (21.11.2012, 33 учасники) та зустріч з представниками творчих спілок щодо мережі клубних закладів (07.12.2012).
7. До складу науково-методичної ради з питань охорони культурної спадщини введено трьох представників громадських організацій.
8. Голова комітету з гуманітарних питань Громадської ради при ОДА бере участь у засіданнях колегії управління, зміни до положення про колегію затверджено наказом N 217 від 14.11.2012.
9. Проекти розпоряджень управлінням у звітному періоді не розроблялись, обговорення з членами громадських рад не проводилось.

Додатково по п. 10: громадській раді при управлінні рекомендовано створити робочу групу з питань відкритості та прозорості діяльності управління (лист N 01-14/1876 від 03.12.2012).

Начальник відділу кадрової та організаційної роботи
управління культури і туризму облдержадміністрації
В.М. Ткач"""
    hdr = ["-----Исходное сообщение-----", "От: %s [mailto:%s] " % (UVP_NAME, UVP),
           "Отправлено: 10 декабря 2012 г. 9:15", "Кому: kultura@example.gov.ua", "Тема: " + rem_subject(1)]
    orig = ["\t" + l if l else "" for l in [koi8_safe(x) for x in hdr + [""] + reminder("su", 1)]]
    text = "\n".join([""] + orig + ["", ""] + new.split("\n")) + "\n"
    hs = reply_headers(1, addr("Управління культури і туризму", "kultura@example.gov.ua", "koi8-u"), UVP,
                       "RE: " + koi8_safe(rem_subject(1)), datetime(2012, 12, 12, 9, 51, 26, tzinfo=EET),
                       "<000901cdd83f$1d8e3b60$58aab220$@example.gov.ua>",
                       [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "Ac3WsUqaw1h1bQjvR3OoJ7mB6ZXs8Q=="),
                        ("Content-Language", "ru")], "koi8-u")
    raw = message(hs, leaf("text/plain", text, '"koi8-u"', "quoted-printable"))
    add("q05-outlook2007-ru-indented", raw, key("su-kultura", 1, [1, 6, 7, 8, 9, 10],
        "Outlook 2007 with a Russian UI in koi8-u: the original is tab-indented under '-----Исходное сообщение-----' and the Ukrainian answer follows; item 2 is a dash placeholder, 12 is skipped, and measure 10 (not in the reminder) is answered."), new)

# ---------------------------------------------------------------- q06: Outlook 2003 '-----Original Message-----', answer below
def q06():
    new = """Шановні колеги!
Ічнянська райдержадміністрація інформує.

п.1. Офіційний веб-сайт райдержадміністрації працює в штатному режимі, забезпечено оприлюднення проектів регуляторних актів та звітів про виконання бюджету; за листопад сайт відвідали 4 218 користувачів.
п.6. 27 листопада в приміщенні районного будинку культури відбулися громадські слухання щодо проекту районної програми розвитку освіти на 2013-2016 роки (48 учасників, протокол оприлюднено на сайті).
п.7. Інформацію буде надано додатково після затвердження оновленого складу районної ради з питань безпечної життєдіяльності населення.
п.9. До обговорення проекту розпорядження голови РДА «Про затвердження Положення про відділ культури і туризму» залучено 4 членів громадської ради.
п.10. Громадській раді при РДА направлено рекомендацію (лист № 02-18/2411 від 19.11.2012) щодо утворення у її складі комісії з питань відкритості; комісію утворено 06.12.2012.

Керуючий справами апарату РДА                    Г.І. Коваль"""
    hdr = ["-----Original Message-----", "From: %s [mailto:%s] " % (UVP_NAME, UVP),
           "Sent: Monday, December 10, 2012 9:15 AM", "To: rda-ichnia@example.gov.ua", "Subject: " + rem_subject(1)]
    text = "\n".join(["", ""] + hdr + [""] + reminder("rda", 1) + ["", ""] + new.split("\n")) + "\n"
    hs = reply_headers(1, addr("Ichnia RDA", "rda-ichnia@example.gov.ua"), UVP,
                       "RE: " + rem_subject(1), datetime(2012, 12, 13, 14, 17, 9, tzinfo=EET),
                       "<002d01cdd93a$6e2c0c40$0a01a8c0@ICHNIA-ORG>",
                       [("X-Mailer", "Microsoft Office Outlook 11"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
                        ("Thread-Index", "Ac3WsUqaw1h1bQjvR3OoJ7mB6ZXs8QCB5c3A")], "windows-1251")
    raw = message(hs, leaf("text/plain", text, '"windows-1251"', "quoted-printable"))
    add("q06-outlook2003-original-message", raw, key("rda-ichnia", 1, [1, 6, 9, 10],
        "Outlook 2003 with an English '-----Original Message-----' block and the reminder unprefixed above the answer; item 7 is only promised ('буде надано додатково') and item 12 is left out."), new)

# ---------------------------------------------------------------- q07: Outlook 2003 RU '-----Исходное сообщение-----', interleaved 'Ответ:'
def q07():
    answers = {
        1: "Ответ: на сайте Козелецкой РГА размещены все распоряжения председателя за IV квартал, создан подраздел «Общественный совет», ответственный - сектор информационных технологий.",
        6: "Ответ: 14.11.2012 проведены консультации с общественностью по вопросу благоустройства пгт Козелец (опрос 112 жителей), 30.11.2012 - круглый стол по проекту районного бюджета на 2013 год.",
        7: "Ответ: в состав районного совета по вопросам развития предпринимательства введены 2 представителя общественных организаций (распоряжение № 388 от 16.11.2012).",
        12: "Ответ: по инициативе ОО «Козелецкий гражданский форум» проведена общественная экспертиза деятельности отдела по вопросам ведения государственного реестра избирателей, предложения рассмотрены 03.12.2012.",
    }
    out = ["Ответы - в тексте письма ниже.", "", "Кравец Н.А.", "Козелецкая райгосадминистрация", "", "",
           "-----Исходное сообщение-----", "От: %s [mailto:%s] " % (UVP_NAME, UVP),
           "Отправлено: 10 декабря 2012 г. 9:15", "Кому: rda-kozelets@example.gov.ua", "Тема: " + rem_subject(1), ""]
    q = reminder("rda", 1)
    out += q[:4]
    for n, t in RDA_ITEMS:
        out.append("%d. %s" % (n, t))
        if n in answers:
            out += [answers[n], ""]
    out += q[4 + len(RDA_ITEMS):]
    text = "\n".join(out) + "\n"
    new = out[0] + "\n" + "\n".join(answers.values())
    hs = reply_headers(1, addr("Козелецкая РГА", "rda-kozelets@example.gov.ua", "windows-1251"), UVP,
                       "RE: " + rem_subject(1), datetime(2012, 12, 14, 10, 5, 33, tzinfo=EET),
                       "<000301cdd9df$8b1c4e20$a154ea60$@example.gov.ua>",
                       [("X-Mailer", "Microsoft Office Outlook 11"), ("Thread-Index", "Ac3WsUqaw1h1bQjvR3OoJ7mB6ZXs8QCYj2kw")], "windows-1251")
    raw = message(hs, leaf("text/plain", text, '"windows-1251"', "base64"))
    add("q07-outlook2003-ru-interleaved", raw, key("rda-kozelets", 1, [1, 6, 7, 12],
        "Russian answers typed as 'Ответ:' lines between the unprefixed items of the reminder under '-----Исходное сообщение-----' (base64 windows-1251); items 9 and 10 have no answer and the one-line top text reports nothing."), new)

# ---------------------------------------------------------------- q08: ukr.net web mail, private address, answer below
def q08():
    new = """Відповідаємо по пунктах:
1 - сайт райдержадміністрації зараз переноситься на новий хостинг, інформація буде надана додатково.
6 - 22.11.2012 проведено громадське обговорення проекту Програми відзначення 70-ї річниці визволення Коропщини, взяли участь 36 осіб, у т.ч. представники 5 громадських організацій.
7 - представників громадської ради (Олійник П.С., Дяченко М.І.) введено до складу районної комісії з питань погашення заборгованості із заробітної плати.
9 - членів громадської ради залучено до обговорення проекту розпорядження про організацію харчування учнів у 2013 році (обговорення 04.12.2012).
10 - х
12 - х

Гончар Наталія,
відділ організаційної роботи апарату Коропської районної державної адміністрації
тел. (04656) 2-15-63"""
    hdr = ["", "", "--- Оригінальне повідомлення ---", "Від кого: \"%s\" <%s>" % (UVP_NAME, UVP),
           "Кому: koropska.orgviddil@ukr.net", "Дата: 10 грудня 2012, 09:15:07", ""]
    text = "\n".join(new.split("\n")[:0] + hdr + quote(reminder("rda", 1)) + ["", ""] + new.split("\n")) + "\n"
    hs = reply_headers(1, addr("Наталія Гончар", "koropska.orgviddil@ukr.net"), UVP,
                       "Re: " + rem_subject(1), datetime(2012, 12, 11, 13, 40, 11, tzinfo=EET),
                       "<1355226011.284913720.q0v8k2lw@frv37.ukr.net>",
                       [("X-Mailer", "FREEMAIL.UKR.NET"), ("X-Originating-IP", "[195.88.72.14]")])
    raw = message(hs, leaf("text/plain", text, "utf-8", "base64"))
    add("q08-ukrnet-private", raw, key("rda-korop", 1, [6, 7, 9],
        "ukr.net web mail from a private address, recognisable only by the signature (Коропська РДА); the answer sits below the '> ' quote, item 1 is only promised and items 10 and 12 are 'х' placeholders."), new)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def paras_html(lines):
    return "<br>\n".join(esc(l) for l in lines)

# ---------------------------------------------------------------- q09: gmail, private, reply to own earlier partial answer (two levels)
def q09():
    earlier = """Доброго дня!
Менська РДА надає інформацію:
1. На офіційному сайті РДА оновлено розділ «Регуляторна політика», розміщено план діяльності з підготовки проектів регуляторних актів на 2013 рік.
6. 29.11.2012 відбулися громадські слухання щодо встановлення тарифів на послуги водопостачання в м. Мена, 58 учасників.
7. Голову ГО «Менське козацтво» включено до складу районної комісії з питань охорони культурної спадщини.
9. Членів громадської ради ознайомлено з проектом районної програми розвитку дорожнього господарства, пропозиції приймаються до 20.12.2012.
По пунктах 10 і 12 інформацію надамо додатково.

Ірина Савченко, Менська РДА"""
    new = """Добрий день!
Доповнюємо інформацію Менської райдержадміністрації, надіслану 11.12.2012 (див. нижче).

10. Громадська рада при Менській РДА на засіданні 12.12.2012 утворила робочу групу з питань відкритості та прозорості діяльності райдержадміністрації у складі 4 осіб (протокол № 9).
12. Громадську антикорупційну експертизу проекту розпорядження «Про порядок надання матеріальної допомоги малозабезпеченим громадянам» проведено ГО «Правозахисна ініціатива Менщини», усі 3 зауваження враховано в остаточній редакції.

--
Ірина Савченко
провідний спеціаліст загального відділу апарату
Менської районної державної адміністрації"""
    a1 = "пн, 10 груд. 2012 о 09:15 <%s> пише:" % UVP
    a2 = "вт, 11 груд. 2012 о 16:20 Ірина Савченко <savchenko.iryna.mena@gmail.com> пише:"
    rem = hardwrap(reminder("rda", 1))
    plain_lines = new.split("\n") + ["", a2] + quote(hardwrap(earlier.split("\n")) + ["", a1] + quote(rem))
    plain_lines = [l.replace(">>", ">>").replace("> >", ">>") for l in plain_lines]
    plain = "\n".join(plain_lines) + "\n"
    bq = '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
    html = ('<div dir="ltr">' + paras_html(new.split("\n")) + '</div><div class="gmail_extra"><br><br>'
            '<div class="gmail_quote">' + esc(a2) + '<br>' + bq + '<div dir="ltr">' + paras_html(earlier.split("\n")) +
            '</div><div class="gmail_extra"><br><br><div class="gmail_quote">' + esc(a1) + '<br>' + bq +
            paras_html(reminder("rda", 1)) + '</blockquote></div></div></blockquote></div></div>\n')
    content = alternative("047d7b6d8a2e0b4c2e04d0c7a1f3",
                          leaf("text/plain", plain, "UTF-8", "quoted-printable"),
                          leaf("text/html", html, "UTF-8", "quoted-printable"))
    hs = reply_headers(1, addr("Ірина Савченко", "savchenko.iryna.mena@gmail.com"), UVP,
                       "Re: " + rem_subject(1), datetime(2012, 12, 13, 8, 57, 40, tzinfo=EET),
                       "<CAF3mK2sYp0tP4Zb8oQ3vH1Xg9ZrDn5uW-Lq7sE2aJc1bR8nN4Q@mail.gmail.com>",
                       [], refs_extra="<CAF3mK2tHq6vW9p2LzX1oE7jR4dYc8mN0sU5bG3aK-fT2wPzV7A@mail.gmail.com>")
    raw = message(hs, content)
    add("q09-gmail-two-levels", raw, key("rda-mena", 1, [10, 12],
        "Gmail reply from a private address to the office's own earlier partial answer: the new text adds only items 10 and 12, while the earlier answer (1, 6, 7, 9) is quoted at '>' and the reminder at '>>', so neither counts."), new + "\n" + earlier)

# ---------------------------------------------------------------- q10: i.ua, private, koi8-u, short answers below
def q10():
    new = koi8_safe("""Носівська РДА, інформація до Плану заходів:

1 - на сайті РДА (nosivka-rda.gov.ua) створено рубрику "Відкритий уряд", розміщено розпорядження про затвердження плану заходів району та звіт за 11 місяців про роботу зі зверненнями громадян
6 - -
7 - 3 члени громадської ради увійшли до складу робочої групи з питань легалізації зайнятості населення (розпорядження голови РДА N 301 від 09.11.2012)
9 - х
10 - громадська рада при райдержадміністрації 23.11.2012 створила комісію з питань відкритості та прозорості (голова - Руденко В.О., 3 члени)

Прокопенко О., сектор з питань внутрішньої політики Носівської райдержадміністрації""")
    att = "10.12.2012 09:15:07, \"%s\" <%s> пише:" % (UVP_NAME, UVP)
    text = "\n".join([att] + quote(hardwrap(koi8_safe("\n".join(reminder("rda", 1))).split("\n"))) + ["", ""] + new.split("\n")) + "\n"
    hs = reply_headers(1, addr("Олег Прокопенко", "prokop_nosivka@i.ua", "koi8-u"), UVP,
                       "Re: " + koi8_safe(rem_subject(1)), datetime(2012, 12, 12, 17, 22, 5, tzinfo=EET),
                       "<1355325725.51c4a9e2b7f30@mbox.i.ua>",
                       [("X-Mailer", "I.UA Mail"), ("X-Originating-IP", "[91.204.83.17]")], "koi8-u")
    raw = message(hs, leaf("text/plain", text, "koi8-u", "8bit"), "koi8-u")
    add("q10-iua-koi8u", raw, key("rda-nosivka", 1, [1, 7, 10],
        "i.ua web mail from a private address in koi8-u (typographic quotes flattened), short 'N - text' answers below the '> ' quote; items 6 ('-') and 9 ('х') are placeholders."), new)

# ---------------------------------------------------------------- q11: meta.ua, private, answer below
def q11():
    new = """Добрий день. Відповідаємо на Ваш лист від 10.12.2012.

По пункту 1. На офіційному сайті Ріпкинської райдержадміністрації щомісяця оприлюднюються звіти про роботу зі зверненнями громадян, у листопаді розміщено 12 проектів розпоряджень для ознайомлення.
По пункту 6. Консультації з громадськістю проведено у формі зустрічей голови РДА з трудовими колективами ТОВ «Ріпкинський сирзавод» (19.11.2012) та Ріпкинської ЦРЛ (05.12.2012), всього взяли участь понад 150 осіб.
По пункту 9. Громадська рада при райдержадміністрації розглянула проект районної програми «Молодь Ріпкинщини» на 2013-2017 роки і підтримала його з двома доповненнями.
По пункту 12. Громадські експертизи не проводились.

З повагою
Марченко Людмила Іванівна,
провідний спеціаліст відділу організаційної роботи апарату Ріпкинської РДА"""
    att = "10 грудня 2012 09:15:07 uvp@cg.ukrtel.net написав(ла):"
    text = "\n".join([att] + quote(hardwrap(reminder("rda", 1), 76)) + ["", "", ""] + new.split("\n")) + "\n"
    hs = reply_headers(1, addr("Людмила Марченко", "marchenko_ripky@meta.ua"), UVP,
                       "Re: " + rem_subject(1), datetime(2012, 12, 13, 16, 48, 22, tzinfo=EET),
                       "<50c9eb3e.7f2a.1b5d@mail.meta.ua>",
                       [("X-Mailer", "META.UA Mail"), ("X-Sender-IP", "194.44.157.30")])
    raw = message(hs, leaf("text/plain", text, "utf-8", "quoted-printable"))
    add("q11-metaua-private", raw, key("rda-ripky", 1, [1, 6, 9, 12],
        "meta.ua web mail from a private address, answer 'По пункту N.' below the '> ' quote with the office named in the text and signature; item 12 answered 'не проводились' counts, items 7 and 10 are skipped."), new)

# ---------------------------------------------------------------- q12: Thunderbird HTML-only, <blockquote type="cite">
def q12():
    paras = ["Шановні колеги!",
             "Семенівська районна державна адміністрація надає інформацію про виконання пунктів Плану заходів.",
             "1. Інформаційне наповнення офіційного сайту РДА відповідає вимогам законодавства: у розділі «Доступ до публічної інформації» розміщено систему обліку публічної інформації та звіт про розгляд запитів (за 11 місяців надійшло 17 запитів).",
             "6. 21.11.2012 проведено засідання «круглого столу» з питань розвитку сільського зеленого туризму в районі, 08.12.2012 – громадське обговорення проекту районного бюджету на 2013 рік (39 учасників).",
             "7. До складу районної ради з питань реформування системи охорони здоров'я введено голову громадської ради Петренка М.А.",
             "9. Проект розпорядження «Про затвердження районної програми профілактики злочинності» надсилався членам громадської ради, отримано 2 пропозиції.",
             "10. Громадська рада при РДА утворила комісію з питань відкритості та прозорості діяльності органу влади (рішення від 26.10.2012 № 4).",
             "Дякуємо за проведений 27.11.2012 семінар для відповідальних працівників райдержадміністрацій.",
             "З повагою,<br>заступник керівника апарату РДА<br>Т.Г. Бойко"]
    rem = reminder("rda", 1)
    html = ('<html>\n  <head>\n    <meta content="text/html; charset=UTF-8" http-equiv="Content-Type">\n  </head>\n'
            '  <body bgcolor="#FFFFFF" text="#000000">\n'
            '    <div class="moz-cite-prefix">10.12.2012 09:15, %s пише:<br>\n    </div>\n'
            '    <blockquote cite="mid:%s" type="cite">\n      <pre wrap="">%s\n</pre>\n    </blockquote>\n    <br>\n'
            % (esc(UVP_NAME), REM[1][2].strip("<>"), esc("\n".join(rem))) +
            "".join("    %s<br>\n    <br>\n" % (p if "<br>" in p else esc(p)) for p in paras) +
            "  </body>\n</html>\n")
    hs = reply_headers(1, addr("Семенівська РДА", "rda-semenivka@example.gov.ua"), addr(UVP_NAME, UVP),
                       "Re: " + rem_subject(1), datetime(2012, 12, 12, 11, 30, 56, tzinfo=EET),
                       "<50C85E48.2030507@example.gov.ua>",
                       [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:17.0) Gecko/20121128 Thunderbird/17.0.1")])
    raw = message(hs, leaf("text/html", html, "UTF-8", "8bit"))
    add("q12-thunderbird-html-blockquote", raw, key("rda-semenivka", 1, [1, 6, 7, 9, 10],
        "HTML-only Thunderbird reply: the reminder is inside <blockquote type=\"cite\"><pre> and the answer follows as paragraphs; item 12 is skipped and the thanks for a seminar is no report on measure 13."), "\n".join(paras))

# ---------------------------------------------------------------- q13: Outlook 2010 HTML-only (UA), period 2
def q13():
    new = """Управління житлово-комунального господарства облдержадміністрації інформує про виконання Плану заходів за І півріччя 2013 року.

1. На веб-сторінці управління в розділі «Тарифи» оприлюднено розрахунки тарифів на теплову енергію для 14 підприємств області, сторінку оновлено 23 рази.
2. До рубрики «Хід виконання цільових програм» направлено звіт про виконання обласної програми реформування і розвитку житлово-комунального господарства за 2012 рік (лист № 05-09/774 від 17.04.2013).
6. Проведено публічні обговорення проекту Регіональної програми енергоефективності житлового фонду (15.03.2013, 44 учасники) та зустріч з головами ОСББ м. Чернігова щодо капітального ремонту ліфтів (22.05.2013).
7. х
8. Зміни до положення про колегію управління будуть внесені після затвердження нового складу Громадської ради.
9. Члени комітету з питань ЖКГ Громадської ради брали участь в обговоренні проекту розпорядження «Про підготовку житлово-комунального господарства області до роботи в осінньо-зимовий період 2013/2014 років».
12. Експертні пропозиції ГО «Чернігівська спілка споживачів» щодо прозорості формування тарифів розглянуто на нараді 04.06.2013, за результатами доручено підприємствам оприлюднювати структуру тарифів.

В.о. начальника управління
С.М. Гордієнко"""
    hdr = ["Від: %s [mailto:%s] " % (UVP_NAME, UVP), "Надіслано: 10 червня 2013 р. 9:40",
           "Кому: zhkh@example.gov.ua", "Тема: " + rem_subject(2)]
    html = ol_html("", hdr, reminder("su", 2), new.split("\n"))
    hs = reply_headers(2, addr("Управління ЖКГ", "zhkh@example.gov.ua", "windows-1251"), UVP,
                       "RE: " + rem_subject(2), datetime(2013, 6, 13, 15, 2, 47, tzinfo=EEST),
                       "<00a201ce683d$4fe8a5b0$efb9f110$@example.gov.ua>",
                       [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AQHOZaeRgz0cE5YbS9O1mvQ0fM3eNg=="),
                        ("Content-Language", "uk")], "windows-1251")
    raw = message(hs, leaf("text/html", html, '"windows-1251"', "quoted-printable"))
    add("q13-outlook2010-html-only", raw, key("su-zhkh", 2, [1, 2, 6, 9, 12],
        "HTML-only Outlook 2010 reply for period 2: the reminder sits below an Outlook border-top header div without any quote marks and the answers follow it; 7 is an 'х' placeholder and 8 is only a promise."), new)

# ---------------------------------------------------------------- q14: Thunderbird, format=flowed, koi8-u, interleaved, period 2
def q14():
    answers = {
        1: None,
        2: "-",
        6: "Консультації проведено у формі громадських слухань щодо оцінки впливу на довкілля реконструкції очисних споруд м. Ніжина (16.04.2013, 52 учасники) та електронного обговорення проекту Переліку природоохоронних заходів на 2013 рік.",
        7: "До складу обласної комісії з питань поводження з небезпечними відходами включено представника ГО \"Зелений світ Чернігівщини\" (наказ N 48 від 12.03.2013).",
        8: "Голову комітету з екологічних питань Громадської ради Лисенка А.Ф. введено до складу колегії управління, відповідні зміни до Положення про управління погоджено.",
        9: "Обговорення з членами громадських рад у І півріччі не проводилось.",
        12: "На пропозицію ГО \"Екологічна варта\" проведено громадську експертизу видачі дозволів на спецводокористування, рекомендації враховано у порядку розгляду документів.",
    }
    q = [koi8_safe(l) for l in reminder("su", 2)]
    lines = ["10.06.2013 09:40, %s пише:" % UVP_NAME] + quote(q[:4])
    for n, t in SU_ITEMS:
        lines += quote([koi8_safe("%d. %s" % (n, t))])
        if answers[n]:
            lines += ["", answers[n], ""]
    lines += quote(q[4 + len(SU_ITEMS):])
    lines += ["", "-- ", "З повагою,", "Кузьменко Олена, головний спеціаліст", "управління екології та природних ресурсів Чернігівської ОДА"]
    text = "\n".join(flowed(lines)) + "\n"
    hs = reply_headers(2, addr("Управління екології", "ekolohiia@example.gov.ua", "koi8-u"), UVP,
                       "Re: " + koi8_safe(rem_subject(2)), datetime(2013, 6, 12, 10, 14, 2, tzinfo=EEST),
                       "<51B81F2A.6020104@example.gov.ua>",
                       [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")], "koi8-u")
    raw = message(hs, leaf("text/plain", text, "KOI8-U", "8bit", "; format=flowed"), "koi8-u")
    add("q14-thunderbird-flowed-koi8u-interleaved", raw, key("su-ekolohiia", 2, [6, 7, 8, 9, 12],
        "Period-2 Thunderbird reply in koi8-u format=flowed with answers interleaved between quoted items (quoted lines soft-wrapped); item 1 is unanswered, 2 is a dash, and 9 answered 'не проводилось' counts."), "\n".join(a for a in answers.values() if a and a != "-"))

# ---------------------------------------------------------------- q15: The Bat!, top-posted AND answered at the bottom
def q15():
    top = """Доброго дня, Управління.

Відповідаємо на Ваш лист. По пункту 1: офіційний сайт Сосницької РДА (sosn-rda.gov.ua) у листопаді перевірено на відповідність Закону «Про доступ до публічної інформації», доопрацьовано розділи «Звернення громадян» та «Вакансії».
Інформацію по інших пунктах див. нижче."""
    bottom = """6. Проведено громадське обговорення проекту схеми санітарного очищення смт Сосниця (17.11.2012, 31 учасник) та засідання громадської ради з питань соціально-економічного розвитку району (30.11.2012).
7. Двох членів громадської ради введено до складу районної міжвідомчої ради з питань сім'ї, гендерної рівності та протидії торгівлі людьми.
9. Проект районної програми «Турбота» на 2013 рік обговорено на розширеному засіданні громадської ради 03.12.2012.

-- 
З повагою,
 Мірошниченко Віра                          mailto:rda-sosnytsia@example.gov.ua
 Сосницька райдержадміністрація, відділ організаційної роботи"""
    lines = top.split("\n") + ["", "Ви писали 10 грудня 2012 р., 9:15:07:", ""] + quote(hardwrap(reminder("rda", 1), 70)) + [""] + bottom.split("\n")
    text = "\n".join(hardwrap(lines, 76)) + "\n"
    hs = reply_headers(1, addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua", "windows-1251"), addr(UVP_NAME, UVP, "windows-1251"),
                       "Re: " + rem_subject(1), datetime(2012, 12, 12, 12, 44, 30, tzinfo=EET),
                       "<1867203516.20121212124430@example.gov.ua>",
                       [("X-Mailer", "The Bat! (v4.0.24) Professional"), ("Reply-To", addr("Сосницька РДА", "rda-sosnytsia@example.gov.ua", "windows-1251")),
                        ("X-Priority", "3 (Normal)")], "windows-1251")
    raw = message(hs, leaf("text/plain", text, "windows-1251", "8bit"), "windows-1251")
    add("q15-thebat-top-and-bottom", raw, key("rda-sosnytsia", 1, [1, 6, 7, 9],
        "The Bat! reply that answers item 1 at the top ('див. нижче') and items 6, 7, 9 below the '> ' quoted reminder, so both ends of the mail carry report text around the quote."), top + "\n" + bottom)

# ---------------------------------------------------------------- q16: Outlook 2007 (UA), HTML with blockquote, answer below
def q16():
    new = """1. Сайт управління праці та соціального захисту населення оновлено: додано калькулятор розрахунку житлової субсидії, розділ «Державні соціальні стандарти» та графік особистого прийому керівництва.
6. 20.11.2012 проведено консультації з громадськими організаціями інвалідів щодо проекту обласної програми «Безбар'єрне середовище», 11.12.2012 – зустріч з профспілками щодо стану виплати заробітної плати.
7. До складу обласної ради у справах ветеранів включено трьох представників громадських організацій ветеранів.
8. Голову комітету з соціальних питань Громадської ради до складу колегії управління не вводили, засідань колегії у IV кварталі не проводилось.
9. Проект Порядку надання одноразової адресної допомоги малозабезпеченим сім'ям направлено членам Громадської ради для обговорення, отримано 6 пропозицій.
12. Громадська організація «Чернігівський правозахисний центр» провела антикорупційну експертизу проекту наказу управління про порядок оздоровлення дітей пільгових категорій, висновок розглянуто, зауважень не виявлено.

Начальник відділу організаційної роботи
Н.В. Захарченко, 67-82-15"""
    hdr = ["Від: %s [mailto:%s] " % (UVP_NAME, UVP), "Надіслано: 10 грудня 2012 р. 9:15",
           "Кому: sotszakhyst@example.gov.ua", "Тема: " + rem_subject(1)]
    rem = reminder("su", 1)
    plain = "\n".join(["", "", "_____________________________________________"] + hdr + [""] + rem + ["", ""] + new.split("\n")) + "\n"
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
            "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\"></head>\n<body lang=UK>\n<div class=Section1>\n"
            "<p class=MsoNormal>&nbsp;</p>\n<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\"'>" +
            "<br>\n".join("<b>%s:</b>%s" % (esc(l.split(':', 1)[0]), esc(l.split(':', 1)[1])) for l in hdr) +
            "</span></b></p>\n</div>\n<blockquote style='margin-left:30.0pt;margin-right:0cm'>\n" +
            "".join("<p class=MsoNormal>%s</p>\n" % (esc(l) if l else "&nbsp;") for l in rem) +
            "</blockquote>\n<p class=MsoNormal>&nbsp;</p>\n" +
            "".join("<p class=MsoNormal><span style='color:navy'>%s</span></p>\n" % (esc(l) if l else "&nbsp;") for l in new.split("\n")) +
            "</div>\n</body></html>\n")
    content = alternative("----=_NextPart_000_0012_01CDD8A4.3B2F4C70",
                          leaf("text/plain", plain, '"utf-8"', "quoted-printable"),
                          leaf("text/html", html, '"utf-8"', "quoted-printable"))
    hs = reply_headers(1, addr("Управління праці та соцзахисту", "sotszakhyst@example.gov.ua"), addr(UVP_NAME, UVP),
                       "RE: " + rem_subject(1), datetime(2012, 12, 11, 17, 55, 14, tzinfo=EET),
                       "<001301cdd7bb$c9d6e2f0$5d84a8d0$@example.gov.ua>",
                       [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "Ac3WsUqaw1h1bQjvR3OoJ7mB6ZXs8QAfXq5g"),
                        ("Content-Language", "uk")])
    raw = message(hs, content)
    add("q16-outlook2007-html-blockquote", raw, key("su-sotszakhyst", 1, [1, 6, 7, 8, 9, 12],
        "Outlook 2007 HTML+plain reply with the reminder in an indented <blockquote> (and unmarked in the plain part) and the answer below; item 8 answered as not done counts, item 2 is skipped."), new)

# ---------------------------------------------------------------- main
def sentences(t):
    for s in re.split(r"(?<=[.!?;])\s+|\n", t):
        s = re.sub(r"^\s*(п\.\s*\d+\.|По п\.\d+|По пункту \d+\.|\d+\s*[.-]|Ответ:)\s*", "", s.strip()).strip(" -–—")
        if len(s) >= 25:
            yield s.lower()

def main():
    for f in (q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15, q16):
        f()
    seen = {}
    for name, raw, k, new in MAILS:
        for s in sentences(new):
            assert seen.setdefault(s, name) == name, "shared sentence: %s / %s: %s" % (seen[s], name, s)
    import email
    from email import policy
    execs = set()
    for name, raw, k, new in MAILS:
        assert k["executor"] not in execs, k["executor"]
        execs.add(k["executor"])
        m = email.message_from_bytes(raw, policy=policy.default)
        for p in m.walk():
            if p.get_content_maintype() == "text":
                p.get_content()          # must decode
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(len(MAILS), "mails written")

if __name__ == "__main__":
    main()
