#!/usr/bin/env python3
"""Generator of the fresh corpus (tests/corpus/fresh): 64 mails in eight classes, each with the
result a careful clerk at УВП would record. Deterministic: fixed headers, boundaries from the
message name, normalised documents. Usage: make.py [NAME-PREFIX ...]"""
import datetime as dt, random, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *  # noqa

PLAN = os.path.join(HERE, "..", "..", "..", "config", "plan.toml")
UVP = "uvp@cg.ukrtel.net"
TO_UVP = addr("УВП облдержадміністрації", UVP)
TB = ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3")
OL = ("X-Mailer", "Microsoft Outlook 14.0")
OL07 = ("X-Mailer", "Microsoft Office Outlook 12.0")
TBAT = ("X-Mailer", "The Bat! (v4.2.10) Professional")

# ---- which office writes which slot: a seeded draw, least-used first (see README) --------
SLOTS = {
    'placeholder': 'rda su rda su rda su rda su',
    'bottom': 'su rda su rda su rda su rda',
    'notreport': 'rda su special rda su rda su special',
    'ranges': 'rda su rda su rda su special rda',
    'prose': 'su rda special su rda special su rda',
    'foreign': 'rda su rda su rda su rda su',
    'personal': 'su rda su rda su rda su rda',
    'mixed': 'rda su rda su any rda su any',
}


def draw():
    ids = re.findall(r'^id\s*=\s*"([^"]+)"', open(PLAN, encoding="utf-8").read(), re.M)
    ids = [i for i in ids if i not in ('su', 'rda')]
    G = {'rda': [i for i in ids if i.startswith('rda-')], 'su': [i for i in ids if i.startswith('su-')],
         'special': ['uvp', 'gromrada', 'zvernennia', 'cppk']}
    G['any'] = G['rda'] + G['su'] + G['special']
    rng = random.Random(20261203)
    used = {i: 0 for i in ids}
    out = {}
    for cls, s in SLOTS.items():
        for n, g in enumerate(s.split(), 1):
            cand = G[g]
            m = min(used[c] for c in cand)
            pick = rng.choice(sorted(c for c in cand if used[c] == m))
            used[pick] += 1
            out["%s-%02d" % (cls, n)] = pick
    return out


DRAW = draw()
CASES = []
CLASSNAME = {'placeholder': 'placeholder', 'bottom': 'bottom_post', 'notreport': 'not_report',
             'ranges': 'ranges', 'prose': 'prose', 'foreign': 'foreign_numbers',
             'personal': 'personal_address', 'mixed': 'mixed'}


def case(name, executor, period, items, note, late=False, reason=None):
    """Decorator: the function returns (eml bytes, receive time)."""
    def deco(fn):
        slot = "-".join(name.split("-")[:2])
        assert DRAW[slot] == executor, (name, DRAW[slot], executor)
        CASES.append((name, executor, period, late, items, note, reason, fn))
        return fn
    return deco


def K(y, mo, d, H, M, S=0, utc=False):
    if utc:
        return dt.datetime(y, mo, d, H, M, S, tzinfo=dt.timezone.utc)
    return dt.datetime(y, mo, d, H, M, S, tzinfo=KYIV)


def ex_addr(eid):
    if eid == "uvp":
        return "uvp-info@example.gov.ua"
    if eid.startswith("su-"):
        return eid[3:] + "@example.gov.ua"
    if eid.startswith("rda-"):
        return eid + "@example.gov.ua"
    return eid + "@example.gov.ua"


def q(txt, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in txt.split("\n"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_p(txt):
    return "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in txt.split("\n\n"))


def table_html(rows, head=True, border=1, cls=None):
    out = '<table border="%d" cellspacing="0" cellpadding="4"%s>' % (border, ' class="%s"' % cls if cls else "")
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out += "<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>"
    return out + "</table>"


REM = {
    "rda": "Шановні колеги!\n\nНагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня "
           "відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
           "«Партнерство „Відкритий уряд“» до {dl} необхідно надати інформацію про виконання пунктів "
           "1, 6, 7, 9, 10, 12 Плану на адресу uvp@cg.ukrtel.net.\n\nЗ повагою,\nУВП облдержадміністрації",
    "su": "Шановні колеги!\n\nНагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня "
          "відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
          "«Партнерство „Відкритий уряд“» до {dl} необхідно надати інформацію про виконання пунктів "
          "1, 2, 6, 7, 8, 9, 12 Плану на адресу uvp@cg.ukrtel.net.\n\nЗ повагою,\nУВП облдержадміністрації",
}
DL = {1: "15 грудня 2012 року", 2: "15 червня 2013 року", 3: "15 грудня 2013 року"}


def reminder(group, period):
    return REM[group].format(dl=DL[period])


# Short row titles of the plan's measures, as offices copy them into their tables.
T = {1: "Приведення інформаційного наповнення офіційних веб-сайтів у відповідність до вимог чинного законодавства",
     2: "Створення рубрик «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»",
     3: "Створення та підтримка веб-ресурсу «Чернігівська громада»",
     4: "Інтернет-форум на базі веб-ресурсу «Чернігівська громада»",
     5: "Робота «гарячої лінії» голови облдержадміністрації",
     6: "Проведення консультацій з громадськістю згідно з постановою КМУ від 03.11.2010 № 996",
     7: "Залучення представників інститутів громадянського суспільства до роботи дорадчо-консультативних органів",
     8: "Введення голів комітетів Громадської ради до складу колегій структурних підрозділів",
     9: "Залучення членів громадських рад до громадського обговорення проектів розпоряджень, цільових програм, рішень",
     10: "Створення у складі громадських рад комісій (робочих груп) з питань відкритості та прозорості",
     11: "Проведення «Днів відкритих дверей»",
     12: "Сприяння проведенню громадських експертиз та антикорупційних експертиз",
     13: "Навчальні семінари щодо інструментів політики сприяння розвитку громадянського суспільства",
     14: "Методичні посібники для державних службовців",
     15: "Громадське обговорення виконання заходів Плану",
     16: "Надання інформації про виконання Плану УВП облдержадміністрації"}

# ==========================================================================================
# 1. placeholder
# ==========================================================================================

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
XLS = "application/vnd.ms-excel"
DOC = "application/msword"
PDF = "application/pdf"


@case("placeholder-01-horodnia-xlsx-16-rows-mixed-dashes", "rda-horodnia", 1, [(1, "F"), (6, "F"), (12, "F")],
      "District administration's xlsx with all 16 measures; rows 1, 6, 12 carry text, the others '—', '-', 'х', empty, 'не проводилось' or 'н/д'.")
def _():
    F = "Городня_інформація_ВУ_грудень.xlsx"
    st = {1: "Офіційний веб-сайт райдержадміністрації оновлено, створено розділ «Доступ до публічної інформації», щотижня розміщуються новини",
          2: "—", 3: "-", 4: "-", 5: "х", 6: "Проведено 4 консультації з громадськістю (публічне громадське обговорення проекту програми соціально-економічного розвитку району на 2013 рік, електронні консультації)",
          7: "не проводилось", 8: "", 9: "н/д", 10: "—", 11: "х", 12: "Сприяли проведенню громадської експертизи діяльності відділу освіти райдержадміністрації; пропозиції громадської ради враховано",
          13: "", 14: "", 15: "-", 16: "-"}
    rows = [["№ з/п", "Найменування заходу", "Інформація про виконання"]] + [[str(i), T[i], st[i]] for i in range(1, 17)]
    data = calc("xlsx", rows)
    m = multipart("mixed", [text("Добрий день!\n\nНадсилаємо інформацію Городнянської райдержадміністрації про виконання Плану заходів (у вкладенні).\n\nЗ повагою,\nзагальний відділ апарату Городнянської РДА\n"),
                            attachment(data, XLSX, F, "2231")], "placeholder-01", style="tb")
    return message("placeholder-01", addr("Городнянська РДА", ex_addr("rda-horodnia")), TO_UVP,
                   "Інформація на виконання Плану заходів (Відкритий уряд)", K(2012, 12, 11, 10, 14), m, [TB])


@case("placeholder-02-apk-docx-ne-bulo-vidsutni-0", "su-apk", 2, [(1, "F"), (2, "F"), (8, "F"), (9, "F")],
      "Agro department's docx table with a status column: 1, 2, 8, 9 done; other rows say 'не було', 'відсутні', '0' or 'Х'.")
def _():
    F = "Інформація ГУАПР до плану ВУ.docx"
    rows = [["Пункт Плану", "Захід", "Стан виконання", "Примітка"],
            ["1", T[1], "Виконано. На сайті управління оновлено 14 розділів, розміщено звіти про використання бюджетних коштів", ""],
            ["2", T[2], "Виконано. Матеріали щодо ходу виконання Програми розвитку агропромислового комплексу області розміщено в рубриці «Хід виконання цільових програм»", ""],
            ["6", T[6], "не було", "0"],
            ["7", T[7], "відсутні", ""],
            ["8", T[8], "Виконано. Голову комітету з питань агропромислового розвитку Громадської ради введено до складу колегії (наказ від 22.01.2013 № 9)", ""],
            ["9", T[9], "Проект Програми підтримки фермерства винесено на громадське обговорення за участю членів громадської ради", ""],
            ["12", T[12], "Х", "Х"]]
    html = "<p align=center><b>ІНФОРМАЦІЯ<br>Головного управління агропромислового розвитку облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області</b></p>" + table_html(rows)
    data = writer("docx", html)
    m = multipart("mixed", [text("Інформація до плану «Відкритий уряд» у вкладенні.\n\nСектор організаційної роботи\nГУ агропромислового розвитку\n", cte="base64"),
                            attachment(data, DOCX, F, "2231")], "placeholder-02", style="outlook")
    return message("placeholder-02", addr("Головне управління агропромислового розвитку", ex_addr("su-apk")), TO_UVP,
                   "Інформація ГУАПР", K(2013, 6, 10, 15, 2), m, [OL])


@case("placeholder-03-koriukivka-outlook-html-table", "rda-koriukivka", 3, [(6, "body"), (7, "body"), (10, "body")],
      "Outlook HTML body with a six-row table; 6, 7, 10 filled, 1 and 9 '-', 12 'н/д'.")
def _():
    rows = [["№ пункту", "Зміст", "Виконання"],
            ["1", "Наповнення офіційного веб-сайту", "-"],
            ["6", "Консультації з громадськістю", "Проведено громадське обговорення проекту районного бюджету на 2014 рік (публічні слухання 12.11.2013, 37 учасників)"],
            ["7", "Дорадчо-консультативні органи", "До складу районної ради з питань безпечної життєдіяльності включено двох представників громадських організацій"],
            ["9", "Обговорення проектів розпоряджень", "-"],
            ["10", "Комісія з питань відкритості", "Громадською радою при райдержадміністрації утворено робочу групу з питань відкритості та прозорості (протокол від 03.10.2013 № 4)"],
            ["12", "Громадські експертизи", "н/д"]]
    plain = "Доброго дня!\n\nІнформація Корюківської райдержадміністрації:\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\nЗ повагою\nВідділ організаційної роботи апарату Корюківської РДА\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><style>p.MsoNormal{margin:0cm}</style></head><body lang=UK>'
            '<p class=MsoNormal>Доброго дня!</p><p class=MsoNormal>Інформація Корюківської райдержадміністрації:</p>'
            + table_html(rows, cls="MsoTableGrid") + '<p class=MsoNormal>З повагою<br>Відділ організаційної роботи апарату Корюківської РДА</p></body></html>')
    m = multipart("alternative", [text(plain, charset="windows-1251"), text(html, "html", charset="windows-1251")], "placeholder-03", style="outlook")
    return message("placeholder-03", addr("Корюківська РДА", ex_addr("rda-koriukivka"), "windows-1251"), TO_UVP,
                   "ІНФОРМАЦІЯ ДО ПЛАНУ ЗАХОДІВ", K(2013, 12, 6, 11, 40), m, [OL], nl=b"\r\n", subj_charset="windows-1251")


@case("placeholder-04-kapbud-ods-latin-x-and-zero-counts", "su-kapbud", 1, [(1, "F"), (12, "F")],
      "Capital construction department's ods: a count column and a text column; rows 1 and 12 filled, the rest Latin 'X', '—' and count 0.")
def _():
    F = "kapbud_vidkrytyi_uriad_2012.ods"
    rows = [["№ п/п (Плану)", "Назва заходу", "Кількість заходів", "Що зроблено"],
            ["1", T[1], "1", "На веб-сторінці управління на сайті ОДА розміщено інформацію про об'єкти будівництва, що фінансуються з бюджету"],
            ["2", T[2], "0", "X"],
            ["6", T[6], "0", "X"],
            ["7", T[7], "0", "—"],
            ["8", T[8], "0", "X"],
            ["9", T[9], "0", "—"],
            ["12", T[12], "2", "Проведено громадську антикорупційну експертизу двох проектів наказів управління за участю ГО «Антикорупційний комітет»"]]
    data = calc("ods", rows)
    m = multipart("mixed", [text("Надсилаємо інформацію. Кузьменко О.П., 67-41-09\n", cte="8bit"),
                            attachment(data, ODS, F, "ascii")], "placeholder-04")
    return message("placeholder-04", addr("Kapbud", ex_addr("su-kapbud")), UVP,
                   "vidkrytyi uriad", K(2012, 11, 28, 9, 5), m, [("X-Mailer", "Evolution 3.4.4")])


@case("placeholder-05-mena-plain-terse-lines", "rda-mena", 2, [(1, "body"), (6, "body")],
      "Terse plain body, one line per owed measure: 1 and 6 have text, 7 '-', 9 'не проводилось', 10 empty, 12 'х'.")
def _():
    b = ("Менська РДА. Інформація до плану заходів (Відкритий уряд) за І півріччя 2013 р.\n\n"
         "п.1 - на сайті РДА оновлено розділи \"Регуляторна діяльність\" та \"Звернення громадян\"\n"
         "п.6 - проведено 2 консультації (обговорення проекту програми розвитку культури, зустріч з громадськістю)\n"
         "п.7 - -\n"
         "п.9 - не проводилось\n"
         "п.10 -\n"
         "п.12 - х\n\n"
         "Кравченко\n")
    return message("placeholder-05", addr("", ex_addr("rda-mena")), UVP, "план заходів",
                   K(2013, 4, 22, 16, 31), text(b, cte="8bit"), [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")])


@case("placeholder-06-kultura-xls-caps-ne-provodylys", "su-kultura", 3, [(6, "F"), (7, "F"), (8, "F"), (9, "F")],
      "Culture department's xls with a CAPS title; 6–9 filled, 1, 2, 12 say 'не проводились', 'відсутні', 'не було'.")
def _():
    F = "ВИКОНАННЯ ПЛАНУ ВІДКРИТИЙ УРЯД культура.xls"
    rows = [["ІНФОРМАЦІЯ УПРАВЛІННЯ КУЛЬТУРИ І ТУРИЗМУ ОБЛДЕРЖАДМІНІСТРАЦІЇ"], ["ПРО ВИКОНАННЯ ПЛАНУ ЗАХОДІВ (ІІ ПІВРІЧЧЯ 2013 РОКУ)"], [],
            ["№", "ЗАХІД", "ВИКОНАННЯ"],
            ["1", T[1], "не проводились"],
            ["2", T[2], "відсутні"],
            ["6", T[6], "Проведено консультації з громадськістю щодо проекту Програми розвитку культури і туризму на 2014-2016 роки (3 засідання круглого столу)"],
            ["7", T[7], "До складу науково-методичної ради управління включено 3 представників громадських організацій"],
            ["8", T[8], "Голову комітету з гуманітарних питань Громадської ради введено до складу колегії управління"],
            ["9", T[9], "Проект розпорядження про відзначення Дня працівників культури обговорено з членами громадської ради"],
            ["12", T[12], "не було"]]
    data = calc("xls", rows)
    m = multipart("mixed", [text("ДОБРИЙ ДЕНЬ! НАДСИЛАЄМО ІНФОРМАЦІЮ ДО ПЛАНУ. УПРАВЛІННЯ КУЛЬТУРИ І ТУРИЗМУ\n", charset="windows-1251", cte="quoted-printable"),
                            attachment(data, XLS, F, "2047")], "placeholder-06", style="outlook")
    return message("placeholder-06", addr("Управління культури", ex_addr("su-kultura")), TO_UVP,
                   "ВИКОНАННЯ ПЛАНУ", K(2013, 11, 29, 12, 20), m, [OL07])


@case("placeholder-07-borzna-odt-ru-net", "rda-borzna", 1, [(1, "F"), (9, "F"), (12, "F")],
      "Russian-language odt table from a district: 1, 9, 12 filled; 6 'нет', 7 'не проводилось', 10 '–'.")
def _():
    F = "Борзна_информация.odt"
    rows = [["№ п/п", "Мероприятие", "Информация о выполнении"],
            ["1", "Наполнение официального веб-сайта", "Сайт райгосадминистрации приведён в соответствие с требованиями Закона Украины «О доступе к публичной информации», ежедневно обновляется лента новостей"],
            ["6", "Консультации с общественностью", "нет"],
            ["7", "Совещательные органы", "не проводилось"],
            ["9", "Обсуждение проектов распоряжений", "Проект распоряжения о районной программе «Питьевая вода» обсуждён с членами общественного совета 14.11.2012"],
            ["10", "Комиссия по вопросам открытости", "–"],
            ["12", "Общественные экспертизы", "Проведена общественная экспертиза деятельности управления социальной защиты населения райгосадминистрации"]]
    data = writer("odt", "<p><b>Информация Борзнянской райгосадминистрации о выполнении Плана мероприятий</b></p>" + table_html(rows))
    m = multipart("mixed", [text("Добрый день. Информация во вложении.\n-- \nОрготдел Борзнянской РГА\n", flowed=True, cte="8bit"),
                            attachment(data, ODT, F, "2231")], "placeholder-07", style="tb")
    return message("placeholder-07", addr("Борзнянская РГА", ex_addr("rda-borzna")), UVP,
                   "Информация по плану Открытое правительство", K(2012, 12, 3, 8, 55), m, [TB])


@case("placeholder-08-sotszakhyst-xlsx-tak-ni", "su-sotszakhyst", 2, [(2, "F"), (6, "F"), (7, "F")],
      "Social protection department's xlsx with a 'Виконано (так/ні)' column: rows answered 'ні' with an empty description are placeholders; 2, 6, 7 are reported.")
def _():
    F = "sotszakhyst_VU_2013_1.xlsx"
    rows = [["Пункт", "Виконано (так/ні)", "Опис виконання"],
            ["1", "ні", ""],
            ["2", "так", "У рубриці «Виконання місцевих бюджетів» розміщено інформацію про видатки на соціальний захист за І квартал 2013 року"],
            ["6", "так", "Консультації з громадськістю щодо проекту обласної програми підтримки ветеранів (2 засідання, 41 учасник)"],
            ["7", "так", "Представники громадських організацій інвалідів залучені до координаційної ради з питань соціального захисту"],
            ["8", "ні", "-"],
            ["9", "ні", ""],
            ["12", "ні", "—"]]
    data = calc("xlsx", rows)
    m = multipart("mixed", [text("Добрий день!\nІнформація за І півріччя у вкладенні.\nВідділ організаційно-аналітичної роботи УПСЗН\n"),
                            attachment(data, XLSX, F, "ascii")], "placeholder-08", style="tb")
    return message("placeholder-08", addr("УПСЗН облдержадміністрації", ex_addr("su-sotszakhyst")), TO_UVP,
                   "звіт відкритий уряд І півріччя", K(2013, 6, 7, 14, 48), m, [TB])

# ==========================================================================================
# 2. bottom_post
# ==========================================================================================

@case("bottom-01-osvita-thunderbird-uk-below", "su-osvita", 2, [(1, "body"), (6, "body"), (8, "body")],
      "Thunderbird (Ukrainian locale) reply written under the quoted reminder that lists 1, 2, 6, 7, 8, 9, 12; the new text reports 1, 6, 8.")
def _():
    b = ("03.06.2013 09:12, УВП облдержадміністрації пише:\n" + q(reminder("su", 2)) + "\n\n"
         "Доброго дня!\n\nПо п. 1 - на сайті управління освіти і науки створено розділ «Громадське обговорення», наповнення здійснюється щотижня.\n"
         "По п. 6 - у квітні проведено консультації з громадськістю щодо мережі загальноосвітніх навчальних закладів (4 зустрічі в районах).\n"
         "По п. 8 - голову комітету з питань освіти Громадської ради введено до складу колегії управління.\n\n"
         "-- \nЛисенко Н.В., управління освіти і науки\n")
    return message("bottom-01", addr("Лисенко Наталія", ex_addr("su-osvita")), TO_UVP,
                   "Re: Нагадування: інформація до 15 червня 2013 року", K(2013, 6, 4, 10, 3),
                   text(b, flowed=True, cte="8bit"), [TB, ("In-Reply-To", "<rem-2013-06@cg.ukrtel.net>")])


@case("bottom-02-korop-outlook-ru-below-header", "rda-korop", 1, [(7, "body"), (10, "body")],
      "Outlook (Russian UI) reply typed below the '-----Original Message-----' block with От/Отправлено/Кому/Тема; reports 7 and 10 in Ukrainian.")
def _():
    quoted = ("-----Original Message-----\nFrom: УВП облдержадміністрації [mailto:uvp@cg.ukrtel.net]\n"
              "Sent: Monday, December 03, 2012 9:00 AM\nTo: rda-korop@example.gov.ua\nSubject: Нагадування\n\n" + reminder("rda", 1))
    quoted = quoted.replace("From:", "От:").replace("Sent:", "Отправлено:").replace("To:", "Кому:").replace("Subject:", "Тема:")
    new = ("Коропська райдержадміністрація інформує:\n\n"
           "пункт 7 – до складу громадської ради з питань протидії корупції при РДА включено 3 представники громадських організацій;\n"
           "пункт 10 – громадській раді рекомендовано створити робочу групу з питань відкритості та прозорості, відповідний лист направлено 19.11.2012.\n\n"
           "Головний спеціаліст апарату РДА Гончар С.М.\n")
    b = quoted + "\n\n" + new
    html = ('<html><body><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            + html_p(quoted) + '</div>' + html_p(new) + '</body></html>')
    m = multipart("alternative", [text(b, charset="windows-1251"), text(html, "html", charset="windows-1251")], "bottom-02", style="outlook")
    return message("bottom-02", addr("Коропська РДА", ex_addr("rda-korop"), "windows-1251"), TO_UVP,
                   "RE: Нагадування", K(2012, 12, 5, 13, 7), m, [OL, ("Thread-Index", "Ac3TaW8fz0v5ZrPcQwuFm6Nn9F1bSA==")],
                   nl=b"\r\n", subj_charset="windows-1251")


@case("bottom-03-ekolohiia-gmail-reply-below-quote", "su-ekolohiia", 3, [(6, "body"), (9, "body"), (12, "body")],
      "Gmail HTML reply written below the gmail_quote block of the reminder; items 6, 9, 12 in the new text.")
def _():
    rem = reminder("su", 3)
    new_plain = ("Надаємо інформацію управління екології:\n"
                 "6. Проведено громадські слухання щодо оцінки впливу на довкілля полігону ТПВ (с. Масани, 24.10.2013).\n"
                 "9. Проект Програми охорони навколишнього природного середовища на 2014-2015 рр. обговорено із членами громадської ради.\n"
                 "12. Громадська організація «Зелений світ» провела громадську експертизу діяльності управління; пропозиції включено до плану роботи.\n\n"
                 "Тетяна Мельник\nуправління екології та природних ресурсів\n")
    plain = "28 листопада 2013 р. 09:00 УВП облдержадміністрації <uvp@cg.ukrtel.net> пише:\n\n" + q(rem) + "\n\n" + new_plain
    html = ('<div dir="ltr"><div class="gmail_extra"><br><div class="gmail_quote">28 листопада 2013 р. 09:00 УВП облдержадміністрації <span dir="ltr">&lt;<a href="mailto:uvp@cg.ukrtel.net">uvp@cg.ukrtel.net</a>&gt;</span> пише:<br>'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + esc(rem).replace("\n", "<br>") + '</blockquote></div><br>'
            + "".join("<div>%s</div>" % esc(l) for l in new_plain.split("\n")) + '</div></div>')
    m = multipart("alternative", [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")], "bottom-03", style="gmail")
    return message("bottom-03", addr("Управління екології", ex_addr("su-ekolohiia")), UVP,
                   "Re: Нагадування про надання інформації", K(2013, 11, 29, 15, 22), m, [], mid_domain="mail.gmail.com")


@case("bottom-04-sosnytsia-tb-ru-between-two-quotes", "rda-sosnytsia", 2, [(1, "body"), (12, "body")],
      "Thunderbird (Russian locale) reply whose new text sits between two quoted blocks of the reminder; the text reports 1 and 12, the second quote names other measures.")
def _():
    rem1 = ("Шановні колеги!\n\nНагадуємо, що до 15 червня 2013 року необхідно надати інформацію про виконання пунктів "
            "1, 6, 7, 9, 10, 12 Плану заходів.")
    rem2 = "Звертаємо увагу на пункти 6 та 9: зазначайте кількість проведених консультацій.\n\nЗ повагою,\nУВП облдержадміністрації"
    b = ("05.06.2013 10:00, УВП облдержадміністрації пишет:\n" + q(rem1) + "\n\n"
         "Сосницька РДА: по п.1 - на офіційному веб-сайті райдержадміністрації розміщено звіти голови РДА та проекти рішень; "
         "по п.12 - проведено антикорупційну експертизу 5 проектів розпоряджень голови райдержадміністрації. Інші пункти - окремо.\n\n"
         + q(rem2) + "\n\n--\nВ.Ткач\n")
    return message("bottom-04", addr("Сосницька РДА", ex_addr("rda-sosnytsia")), TO_UVP,
                   "Re: Нагадування", K(2013, 6, 6, 8, 44), text(b, cte="quoted-printable", flowed=True),
                   [("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")])


@case("bottom-05-zhkh-metaua-unprefixed-quote", "su-zhkh", 1, [(2, "body"), (7, "body")],
      "meta.ua web-mail reply under an unprefixed '--- Исходное сообщение ---' block; new text reports 2 and 7.")
def _():
    b = ("--- Исходное сообщение ---\nОт кого: \"УВП облдержадміністрації\" <uvp@cg.ukrtel.net>\nКому: zhkh@example.gov.ua\n"
         "Дата: 30 ноября 2012, 09:00:12\nТема: Нагадування\n\n" + reminder("su", 1) + "\n\n\n"
         "Інформація управління ЖКГ:\n"
         "- в рубриці «Хід виконання цільових програм» розміщено звіт про виконання програми «Питна вода Чернігівщини» (п.2)\n"
         "- представників ОСББ включено до складу координаційної ради з питань реформування ЖКГ (п.7)\n\n"
         "Сектор загальної роботи управління ЖКГ\n")
    return message("bottom-05", addr("Управління ЖКГ", ex_addr("su-zhkh")), UVP, "Re: Нагадування",
                   K(2012, 12, 4, 11, 16), text(b, charset="utf-8", cte="base64"), [("X-Mailer", "meta.ua webmail")])


@case("bottom-06-kozelets-android-interleaved", "rda-kozelets", 3, [(6, "body"), (9, "body"), (10, "body")],
      "Android reply interleaved with the quoted reminder lines: answers under '> 6', '> 9', '> 10'; '> 1', '> 7', '> 12' left without an answer.")
def _():
    b = ("> Просимо надати інформацію за пунктами:\n> 1 - наповнення веб-сайту\n\n> 6 - консультації з громадськістю\n"
         "Провели 3 консультації, в т.ч. публічне обговорення проекту бюджету району на 2014 р.\n\n"
         "> 7 - дорадчо-консультативні органи\n> 9 - обговорення проектів розпоряджень\n"
         "Члени громадської ради брали участь в обговоренні проекту програми розвитку малого підприємництва\n\n"
         "> 10 - комісія з питань відкритості\nстворена 12.09.2013\n\n> 12 - експертизи\n\n"
         "Козелецька РДА, Шевчук\nНадіслано з мого Android\n")
    return message("bottom-06", addr("Козелецька РДА", ex_addr("rda-kozelets")), UVP, "Re: Інформація до 15.12.2013",
                   K(2013, 12, 10, 19, 2), text(b, cte="8bit"), [("X-Mailer", "Android Mail")])


@case("bottom-07-sluzhba-ditei-ukrnet-below", "su-sluzhba-ditei", 2, [(1, "body"), (9, "body")],
      "ukr.net web-mail answer under the unprefixed '--- Оригінальне повідомлення ---' block (Від кого/Дата); new text reports 1 and 9 without numbers.")
def _():
    b = ("--- Оригінальне повідомлення ---\nВід кого: \"УВП облдержадміністрації\" <uvp@cg.ukrtel.net>\nДата: 3 червня 2013, 09:00:03\n\n"
         + reminder("su", 2) + "\n\n\n"
         "Служба у справах дітей облдержадміністрації повідомляє: на офіційній веб-сторінці служби оновлено інформацію про порядок усиновлення та "
         "розміщено контакти телефону довіри; проект обласної програми оздоровлення дітей на 2013 рік пройшов громадське обговорення за участю членів громадської ради.\n\n"
         "Головний спеціаліст Коваль І.\n")
    return message("bottom-07", addr("Служба у справах дітей", ex_addr("su-sluzhba-ditei")), UVP,
                   "Re: Нагадування про звіт", K(2013, 6, 11, 12, 30), text(b, cte="quoted-printable"),
                   [("X-Mailer", "ukr.net webmail")])


@case("bottom-08-nosivka-iua-surzhyk", "rda-nosivka", 1, [(6, "body"), (7, "body"), (12, "body")],
      "i.ua reply below a '>'-without-space quote, in surzhyk; reports 6, 7, 12.")
def _():
    b = ("Вы писали 3 декабря 2012, 09:00:\n" + q(reminder("rda", 1), ">") + "\n\n"
         "Добрий день, отправляєм інфу по Носівці.\n"
         "пункт 6 - провели дві консультації з громадськістю по бюджету та по благоустрою.\n"
         "пункт 7 - у склад ради з питань безпечної життєдіяльності ввели 2 чол. від громадських організацій.\n"
         "пункт 12 - громадська експертиза по відділу культури зроблена, пропозиції учтені.\n"
         "остальне ще в роботі.\nНосівська РДА\n")
    return message("bottom-08", addr("rda nosivka", ex_addr("rda-nosivka")), UVP, "Re: Нагадування",
                   K(2012, 12, 7, 16, 52), text(b, charset="windows-1251", cte="quoted-printable"), [("X-Mailer", "i.ua webmail")])

# ==========================================================================================
# 3. not_report
# ==========================================================================================

@case("notreport-01-kulykivka-question-p8", "rda-kulykivka", 2, [],
      "A district asks whether it must report on measure 8, which names only structural units, and on 1, 6-7; no progress reported.", reason="question")
def _():
    b = ("Доброго дня!\n\nПросимо роз'яснити: чи потрібно райдержадміністрації подавати інформацію по п. 8 Плану (введення голів комітетів "
         "Громадської ради до складу колегій), якщо в плані виконавцями зазначені лише структурні підрозділи? І чи подавати по пп. 1, 6-7 "
         "окремою таблицею чи можна текстом у листі?\n\nДякуємо.\nЗагальний відділ Куликівської РДА, тел. (04643) 2-13-41\n")
    return message("notreport-01", addr("Куликівська РДА", ex_addr("rda-kulykivka")), TO_UVP, "Питання щодо звіту",
                   K(2013, 5, 28, 9, 47), text(b), [TB])


@case("notreport-02-ekonomika-outlook-calendar-request", "su-ekonomika", 1, [],
      "Outlook meeting request (text/calendar METHOD:REQUEST) for a working meeting on measures 6 and 9; an invitation, not a report.", reason="invitation")
def _():
    desc = ("Запрошуємо на робочу нараду щодо організації консультацій з громадськістю (пп. 6, 9 Плану заходів) та підготовки проекту "
            "Програми соціально-економічного розвитку області на 2013 рік. Місце: каб. 412, вул. Шевченка, 7.")
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
           "ORGANIZER;CN=Головне управління економіки:mailto:ekonomika@example.gov.ua\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=УВП:mailto:uvp@cg.ukrtel.net\r\n"
           "DESCRIPTION;LANGUAGE=uk-UA:" + desc.replace(",", "\\,").replace(";", "\\;") + "\r\n"
           "SUMMARY;LANGUAGE=uk-UA:Нарада: консультації з громадськістю (пп. 6\\, 9 Плану)\r\n"
           "DTSTART;TZID=FLE Standard Time:20121120T100000\r\nDTEND;TZID=FLE Standard Time:20121120T113000\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000A0C1B2F3\r\nDTSTAMP:20121114T083000Z\r\nLOCATION;LANGUAGE=uk-UA:каб. 412\r\n"
           "SEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    cal = text(ics, "calendar", cte="base64")
    cal.headers[0] = ("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST')
    m = multipart("alternative", [text("Коли: 20 листопада 2012 р. 10:00-11:30 (GMT+02:00) Гельсінкі, Київ\nДе: каб. 412\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n"),
                                  text("<html><body><p>Коли: 20 листопада 2012 р. 10:00-11:30</p><p>" + esc(desc) + "</p></body></html>", "html"),
                                  cal], "notreport-02", style="outlook")
    return message("notreport-02", addr("Головне управління економіки", ex_addr("su-ekonomika")), TO_UVP,
                   "Нарада: консультації з громадськістю (пп. 6, 9 Плану)", K(2012, 11, 14, 10, 30), m, [OL])


@case("notreport-03-uvp-announcement-open-door", "uvp", 3, [],
      "УВП's own executor address announces the schedule of Open Door Days and a public discussion of the plan (measures 11, 15) to come; no progress reported.", reason="announcement")
def _():
    b = ("Колеги, до відома.\n\nГрафік проведення «Днів відкритих дверей» (п. 11 Плану) на ІV квартал 2013 року: 17 жовтня, 21 листопада, 19 грудня, "
         "початок о 10:00, каб. 205. Громадське обговорення виконання Плану (п. 15) заплановано на 12 грудня.\n\n"
         "Просимо поширити інформацію серед громадських організацій.\n\nСектор зв'язків з громадськістю УВП\n")
    return message("notreport-03", addr("УВП – сектор зв'язків з громадськістю", "uvp-info@example.gov.ua"), TO_UVP,
                   "Графік Днів відкритих дверей", K(2013, 10, 2, 14, 5), text(b), [TB])


@case("notreport-04-semenivka-thanks-guides", "rda-semenivka", 1, [],
      "A district thanks УВП for the methodological guides (measure 14) and promises to use them for measures 6 and 9.", reason="thanks")
def _():
    b = ("Шановна Олено Петрівно!\n\nСеменівська райдержадміністрація щиро дякує за надіслані методичні посібники щодо інструментів політики "
         "сприяння розвитку громадянського суспільства (п. 14 Плану). Посібники передано до відділів райдержадміністрації та будуть "
         "використані при організації консультацій з громадськістю (пп. 6, 9).\n\nЗ повагою\nзаступник голови РДА О. Бондар\n")
    return message("notreport-04", addr("Семенівська РДА", ex_addr("rda-semenivka")), TO_UVP, "Подяка",
                   K(2012, 12, 11, 11, 0), text(b, charset="windows-1251", cte="base64"), [OL07])


@case("notreport-05-simia-extension-pp-6-9", "su-simia", 2, [],
      "Youth department asks for more time for measures 6-9 because of staff changes; an extension request.", reason="extension_request")
def _():
    b = ("Добрий день!\n\nУ зв'язку з кадровими змінами в управлінні просимо продовжити термін подання інформації щодо виконання пп. 6–9 "
         "Плану заходів до 21.06.2013. Інформацію по пп. 1, 2, 12 надамо вчасно.\n\nЗ повагою,\nзаступник начальника управління С. Руденко\n")
    return message("notreport-05", addr("Управління у справах сім'ї, молоді та спорту", ex_addr("su-simia")), TO_UVP,
                   "Про продовження терміну", K(2013, 6, 12, 9, 15), text(b), [OL])


@case("notreport-06-shchors-receipt-will-send", "rda-shchors", 2, [],
      "A district confirms receipt of the reminder and promises the information on 1, 6, 7, 9, 10, 12 by 14 June.", reason="promised_later")
def _():
    b = ("Лист отримано. Інформацію по пунктах 1, 6, 7, 9, 10, 12 надамо до 14.06.2013.\n\nЩорська РДА\n\n"
         "-----Оригінальне повідомлення-----\nВід: УВП облдержадміністрації [mailto:uvp@cg.ukrtel.net]\nНадіслано: 3 червня 2013 р. 9:00\n"
         "Кому: rda-shchors@example.gov.ua\nТема: Нагадування\n\n" + reminder("rda", 2) + "\n")
    return message("notreport-06", addr("Щорська РДА", ex_addr("rda-shchors")), TO_UVP, "RE: Нагадування",
                   K(2013, 6, 3, 11, 26), text(b, charset="windows-1251"), [OL], nl=b"\r\n")


@case("notreport-07-finansy-new-contact-person", "su-finansy", 3, [],
      "Finance department announces a new contact person for measures 1 and 2 with phone numbers; an announcement.", reason="announcement")
def _():
    b = ("Шановні колеги!\n\nІнформуємо, що з 01.09.2013 відповідальною особою за підготовку інформації щодо виконання пп. 1, 2 Плану заходів "
         "є головний спеціаліст відділу бюджетної політики Гриценко Марина Олегівна, тел. (0462) 67-52-18, моб. 067-461-22-09.\n"
         "Прохання надалі направляти нагадування також на її адресу.\n\nГоловне фінансове управління облдержадміністрації\n")
    return message("notreport-07", addr("Головне фінансове управління", ex_addr("su-finansy")), TO_UVP,
                   "Зміна контактної особи", K(2013, 9, 5, 10, 10), text(b), [TB])


@case("notreport-08-zvernennia-ics-attachment", "zvernennia", 3, [],
      "Citizens'-appeals department invites to a meeting on the hot line (measure 5) with an .ics file attached; an invitation.", reason="invitation")
def _():
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nUID:8d1c5a1e-7b1f-4a55-9b0b-5d1a7c0f2e11\r\nDTSTAMP:20131104T090000Z\r\n"
           "DTSTART:20131112T080000Z\r\nDTEND:20131112T090000Z\r\nSUMMARY:Робоча зустріч щодо «гарячої лінії» (п. 5 Плану)\r\n"
           "ORGANIZER:mailto:zvernennia@example.gov.ua\r\nATTENDEE;RSVP=TRUE:mailto:uvp@cg.ukrtel.net\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    m = multipart("mixed", [text("Запрошуємо на робочу зустріч 12.11.2013 о 10:00 щодо роботи «гарячої лінії» голови ОДА (п. 5 Плану). "
                                 "Запрошення у вкладенні, просимо підтвердити участь.\n\nВідділ роботи із зверненнями громадян\n"),
                            attachment(ics.encode(), "application/ics", "invite.ics", "ascii")], "notreport-08", style="tb")
    return message("notreport-08", addr("Відділ роботи із зверненнями громадян", ex_addr("zvernennia")), TO_UVP,
                   "Запрошення: робоча зустріч 12.11.2013", K(2013, 11, 4, 11, 0), m, [TB])

# ==========================================================================================
# 4. ranges
# ==========================================================================================

@case("ranges-01-pryluky-xlsx-range-cells", "rda-pryluky", 1, [(1, "F"), (6, "F"), (7, "F"), (9, "F"), (10, "F"), (12, "F")],
      "District xlsx with two rows whose number cells read '1, 6–7' and '9-10, 12', each one block of text.")
def _():
    F = "Прилуцька РДА - інформація.xlsx"
    rows = [["Пункти Плану", "Інформація про виконання"],
            ["1, 6–7", "Офіційний веб-сайт РДА наповнюється відповідно до вимог законодавства; проведено 5 консультацій з громадськістю; представники громадських організацій входять до складу 4 дорадчих органів РДА"],
            ["9-10, 12", "Члени громадської ради залучались до обговорення 7 проектів розпоряджень; громадською радою утворено робочу групу з питань відкритості; проведено громадську експертизу діяльності відділу освіти"]]
    data = calc("xlsx", rows)
    m = multipart("mixed", [text("Інформація у вкладенні.\nПрилуцька райдержадміністрація\n"), attachment(data, XLSX, F, "2231")], "ranges-01", style="tb")
    return message("ranges-01", addr("Прилуцька РДА", ex_addr("rda-pryluky")), UVP, "Інформація про виконання плану",
                   K(2012, 12, 12, 9, 33), m, [TB])


@case("ranges-02-arkhiv-pp-6-9-12", "su-arkhiv", 2, [(1, "body"), (6, "body"), (7, "body"), (8, "body"), (9, "body"), (12, "body")],
      "State archive: 'п. 1' alone and 'пп. 6-9, 12' as one block.")
def _():
    b = ("Державний архів Чернігівської області на виконання Плану заходів інформує.\n\n"
         "П. 1. На веб-сайті Держархіву оновлено розділи «Довідник фондів» та «Публічна інформація».\n\n"
         "Пп. 6-9, 12. Проведено консультації з громадськістю щодо проекту Програми розвитку архівної справи; голова комітету "
         "Громадської ради з гуманітарних питань є членом колегії архіву, представники краєзнавчих товариств входять до експертно-перевірної "
         "комісії; проекти наказів обговорювались з громадською радою; громадська експертиза діяльності архіву проведена ГО «Сіверщина».\n\n"
         "Директор Держархіву області                   Р. Ю. Коваленко\n")
    return message("ranges-02", addr("Держархів області", ex_addr("su-arkhiv")), TO_UVP, "До плану заходів «Відкритий уряд»",
                   K(2013, 6, 5, 14, 0), text(b), [OL07])


@case("ranges-03-ripky-pp-1-6-9-spaced-dash", "rda-ripky", 3, [(1, "body"), (6, "body"), (7, "body"), (8, "body"), (9, "body")],
      "District writes 'п.п. 1, 6 – 9' over one paragraph; by the range rule 8 counts too, though districts do not owe it.")
def _():
    b = ("Ріпкинська районна державна адміністрація на виконання п.п. 1, 6 – 9 Плану заходів повідомляє, що протягом ІІ півріччя 2013 року "
         "забезпечено наповнення офіційного веб-сайту, проведено 6 консультацій з громадськістю, представники громадськості включені до "
         "дорадчих органів, члени громадської ради брали участь в обговоренні проектів розпоряджень голови РДА.\n\n"
         "Інформація по п. 10, 12 буде надана додатково.\n\nЗаступник голови райдержадміністрації В. Ярмоленко\n")
    return message("ranges-03", addr("Ріпкинська РДА", ex_addr("rda-ripky")), TO_UVP, "Інформація",
                   K(2013, 12, 9, 10, 18), text(b, cte="base64"), [OL])


@case("ranges-04-zdorovia-z-6-po-9", "su-zdorovia", 1, [(1, "body"), (6, "body"), (7, "body"), (8, "body"), (9, "body")],
      "Health department: 'По пункту 1' and 'З 6 по 9 пункти' as one block.")
def _():
    b = ("Управління охорони здоров'я облдержадміністрації надає інформацію.\n\n"
         "По пункту 1: на сайті управління розміщено перелік закладів охорони здоров'я та порядок отримання безоплатної допомоги.\n\n"
         "З 6 по 9 пункти: проведено консультації з громадськістю щодо реформування первинної медико-санітарної допомоги, до громадської ради "
         "при управлінні залучено представників пацієнтських організацій, голову комітету з соціальних питань введено до колегії, проект "
         "Програми «Здоров'я» обговорено з членами громадської ради.\n\nНачальник відділу кадрів та юридичного забезпечення\n")
    return message("ranges-04", addr("Управління охорони здоров'я", ex_addr("su-zdorovia")), TO_UVP, "Інформація УОЗ",
                   K(2012, 11, 30, 16, 5), text(b), [TB])


@case("ranges-05-bakhmach-punkty-7-i-9", "rda-bakhmach", 2, [(7, "body"), (9, "body"), (12, "body")],
      "District: 'Щодо пунктів 7 і 9' in one paragraph and 'пункт 12' in another.")
def _():
    b = ("Бахмацька райдержадміністрація повідомляє.\n\nЩодо пунктів 7 і 9 Плану: представники громадських організацій входять до складу "
         "колегії та 3 дорадчих органів РДА; члени громадської ради брали участь в обговоренні проекту розпорядження про затвердження "
         "районної програми розвитку освіти.\n\nПункт 12 – громадська рада провела експертизу діяльності сектору містобудування РДА, "
         "за її результатами затверджено план заходів.\n\nГоловний спеціаліст відділу організаційної роботи Н.Мороз\n")
    return message("ranges-05", addr("Бахмацька РДА", ex_addr("rda-bakhmach")), UVP, "план заходів відкритий уряд",
                   K(2013, 5, 15, 13, 13), text(b, charset="koi8-u", cte="quoted-printable"), [TBAT])


@case("ranges-06-mistobuduvannia-docx-6-7-8-and-word", "su-mistobuduvannia", 3, [(1, "F"), (6, "F"), (7, "F"), (8, "F")],
      "Architecture department's docx: a section headed 'Пункт перший' and another headed 'Пункти 6,7,8'.")
def _():
    F = "Містобудування_ВУ.docx"
    html = ("<p><b>ІНФОРМАЦІЯ управління містобудування та архітектури облдержадміністрації</b></p>"
            "<p><b>Пункт перший.</b> На сторінці управління на офіційному сайті облдержадміністрації розміщено містобудівну документацію "
            "та проекти генеральних планів населених пунктів.</p>"
            "<p><b>Пункти 6,7,8.</b> Проведено громадські слухання щодо проекту генерального плану м. Остер; представники Спілки архітекторів "
            "включені до складу містобудівної ради; голова комітету Громадської ради з питань регіонального розвитку входить до колегії управління.</p>"
            "<p>Начальник управління — головний архітектор області</p>")
    data = writer("docx", html)
    m = multipart("mixed", [text("Добрий день, інформація у вкладенні.\n"), attachment(data, DOCX, F, "both")], "ranges-06", style="outlook")
    return message("ranges-06", addr("Управління містобудування та архітектури", ex_addr("su-mistobuduvannia")), TO_UVP,
                   "Інформація", K(2013, 12, 2, 9, 58), m, [OL])


@case("ranges-07-cppk-roman-xiii", "cppk", 2, [(13, "body")],
      "Retraining centre writes the measure in Roman numerals ('п. XIII Плану'); the seminars were held in February 2013, before the measure's end date.")
def _():
    b = ("На виконання п. XIII Плану заходів Чернігівський центр перепідготовки та підвищення кваліфікації інформує, що 12–14 лютого та "
         "26 лютого 2013 року проведено навчальні семінари «Інструменти політики сприяння розвитку громадянського суспільства» для "
         "заступників керівників структурних підрозділів облдержадміністрації та спеціалістів, відповідальних за консультації з громадськістю "
         "(навчено 64 особи).\n\nДиректор центру\n")
    return message("ranges-07", addr("Центр перепідготовки", ex_addr("cppk")), TO_UVP, "п. XIII Плану",
                   K(2013, 3, 4, 10, 40), text(b), [OL07])


@case("ranges-08-varva-ru-p6-p7-pp9-10", "rda-varva", 1, [(1, "body"), (6, "body"), (7, "body"), (9, "body"), (10, "body")],
      "Russian-language district letter: 'По п.1', 'п.6-п.7' and 'пп.9,10' blocks.")
def _():
    b = ("Варвинская райгосадминистрация сообщает.\n\nПо п.1 – официальный веб-сайт РГА приведён в соответствие с требованиями законодательства.\n"
         "По п.6-п.7 – проведены консультации с общественностью по проекту бюджета района, представители общественности включены в состав "
         "совещательных органов.\nПо пп.9,10 – члены общественного совета участвуют в обсуждении проектов распоряжений; при общественном "
         "совете создана рабочая группа по вопросам открытости и прозрачности.\n\nАппарат Варвинской РГА\n")
    return message("ranges-08", addr("Варвинская РГА", ex_addr("rda-varva")), TO_UVP, "Информация по плану мероприятий",
                   K(2012, 12, 10, 15, 45), text(b, charset="windows-1251", cte="8bit"), [TBAT])

# ==========================================================================================
# 5. prose
# ==========================================================================================

@case("prose-01-ekolohiia-pdf-letter", "su-ekolohiia", 2, [(1, "F"), (6, "F"), (8, "F"), (12, "F")],
      "PDF letter (text layer) in officialese, four paragraphs in plan order: website, consultations, collegium, public expertise.")
def _():
    F = "Лист_екологія_06_2013.pdf"
    html = ("<p align=right>Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>"
            "<p>Управління екології та природних ресурсів облдержадміністрації, розглянувши лист щодо надання інформації, повідомляє наступне.</p>"
            "<p>Інформаційне наповнення веб-сторінки управління, розміщеної на офіційному сайті облдержадміністрації, здійснюється відповідно до вимог "
            "законів України «Про доступ до публічної інформації» та «Про інформацію»; своєчасно оприлюднюються проекти наказів, звіти та екологічні паспорти.</p>"
            "<p>Протягом звітного періоду управлінням організовано та проведено громадські обговорення щодо регіональної доповіді про стан "
            "навколишнього природного середовища та проекту обласної програми поводження з відходами, у яких взяли участь представники екологічних організацій.</p>"
            "<p>До складу колегії управління введено голову постійного комітету Громадської ради з питань екології, до Положення про управління внесено відповідні зміни.</p>"
            "<p>Громадською організацією «Екоклуб» проведено громадську антикорупційну експертизу проекту Порядку видачі дозволів на спеціальне "
            "використання природних ресурсів; зауваження враховано.</p>"
            "<p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; В.І. Дорошенко</p>")
    data = writer("pdf", html)
    m = multipart("mixed", [text("Направляємо лист управління екології (pdf).\n"), attachment(data, PDF, F, "2231")], "prose-01", style="outlook")
    return message("prose-01", addr("Управління екології", ex_addr("su-ekolohiia")), TO_UVP, "лист",
                   K(2013, 6, 13, 17, 2), m, [OL])


@case("prose-02-ichnia-docx-narrative", "rda-ichnia", 1, [(1, "F"), (6, "F"), (10, "F")],
      "District docx narrative without numbers: website, consultations on the budget, working group on openness in the public council.")
def _():
    F = "Ічнянська РДА_інформація.docx"
    html = ("<p align=center><b>Інформація Ічнянської районної державної адміністрації про хід виконання плану заходів</b></p>"
            "<p>Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог чинного законодавства, щоденно розміщуються новини, "
            "розпорядження голови, оголошення про конкурси на зайняття вакантних посад.</p>"
            "<p>Райдержадміністрацією у вересні – листопаді проведено публічні консультації з громадськістю з питань проекту районного бюджету, "
            "тарифів на житлово-комунальні послуги та оптимізації мережі шкіл; пропозиції громадян узагальнено.</p>"
            "<p>За рекомендацією райдержадміністрації громадська рада утворила у своєму складі робочу групу з питань відкритості та прозорості "
            "діяльності органу влади, до якої увійшли 5 членів ради.</p>"
            "<p>Керівник апарату райдержадміністрації</p>")
    data = writer("docx", html)
    m = multipart("mixed", [text("Інформація Ічнянської РДА у вкладенні\n"), attachment(data, DOCX, F, "2231")], "prose-02", style="tb")
    return message("prose-02", addr("Ічнянська РДА", ex_addr("rda-ichnia")), UVP, "інформація",
                   K(2012, 12, 6, 12, 12), m, [TB])


@case("prose-03-gromrada-html-community-forum", "gromrada", 1, [(3, "body"), (4, "body"), (15, "body")],
      "Public council's HTML-only body: the 'Чернігівська громада' web resource, its forum, and a public discussion of the plan's implementation.")
def _():
    html = ("<html><body><p>Шановні колеги!</p>"
            "<p>Громадська рада при облдержадміністрації інформує про свою участь у виконанні Плану заходів.</p>"
            "<p><b>Веб-ресурс «Чернігівська громада».</b> Ресурс запрацював у жовтні 2012 року, на ньому розміщуються рішення громадської ради, "
            "анонси засідань комітетів та матеріали громадських організацій області.</p>"
            "<p>На його базі відкрито Інтернет-форум, де вже створено 14 тем для обговорення питань життєдіяльності області та співпраці влади і громадськості.</p>"
            "<p>27 листопада на засіданні громадської ради за участі представників облдержадміністрації відбулося громадське обговорення "
            "стану виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області.</p>"
            "<p>Секретаріат Громадської ради</p></body></html>")
    return message("prose-03", addr("Громадська рада при ОДА", ex_addr("gromrada")), TO_UVP, "Інформація Громадської ради",
                   K(2012, 12, 4, 18, 20), text(html, "html", cte="quoted-printable"), [("X-Mailer", "Roundcube Webmail/0.8.4")])


@case("prose-04-zhkh-odt-two-in-one-heading", "su-zhkh", 3, [(7, "F"), (9, "F"), (12, "F")],
      "Housing department's odt: one paragraph covers advisory bodies and discussion of draft programmes (7 and 9); a heading 'Громадська експертиза' names 12.")
def _():
    F = "ЖКГ_інформація_грудень_2013.odt"
    html = ("<p><b>Інформація управління житлово-комунального господарства облдержадміністрації</b></p>"
            "<p><b>Взаємодія з громадськими радами</b></p>"
            "<p>Представники громадської ради при облдержадміністрації та асоціації ОСББ входять до складу громадської ради з питань реформування "
            "житлово-комунального господарства при управлінні; разом з ними обговорено проект регіональної програми модернізації систем теплопостачання "
            "та проект розпорядження про встановлення тарифів.</p>"
            "<p><b>Громадська експертиза</b></p>"
            "<p>Громадською організацією «Житло і право» проведено експертизу діяльності управління щодо контролю за якістю послуг; за її "
            "пропозиціями розроблено заходи, які виконуються.</p>")
    data = writer("odt", html)
    m = multipart("mixed", [text("Інформація до плану (odt).\nУправління ЖКГ\n"), attachment(data, ODT, F, "2231")], "prose-04", style="tb")
    return message("prose-04", addr("Управління ЖКГ", ex_addr("su-zhkh")), TO_UVP, "Інформація УЖКГ",
                   K(2013, 12, 11, 11, 11), m, [TB])


@case("prose-05-sribne-plain-terse", "rda-sribne", 2, [(1, "body"), (7, "body"), (12, "body")],
      "Terse plain body, three unnumbered lines: website, advisory bodies, anti-corruption expertise.")
def _():
    b = ("Срібнянська РДА.\n"
         "Сайт РДА наповнюється, оновлено розділ публічної інформації.\n"
         "До дорадчо-консультативних органів РДА включено 4 представників громадських організацій.\n"
         "Проведено громадську антикорупційну експертизу проекту розпорядження про порядок надання адмінпослуг.\n"
         "Бойко\n")
    return message("prose-05", addr("", ex_addr("rda-sribne")), UVP, "", K(2013, 4, 3, 8, 20),
                   text(b, cte="8bit"), [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")])


@case("prose-06-uvp-html-own-activities", "uvp", 1, [(5, "body"), (11, "body"), (13, "body"), (14, "body")],
      "УВП's own executor address reports its activities without numbers: hot line, open door days, training seminars, methodological guide.")
def _():
    html = ("<html><body><p>Інформація управління з питань внутрішньої політики та зв'язків з громадськістю про виконання Плану за IV квартал 2012 р.</p>"
            "<ul><li>Забезпечено роботу «гарячої лінії» голови облдержадміністрації спільно з відділом роботи із зверненнями громадян: опрацьовано 312 звернень.</li>"
            "<li>Проведено два «Дні відкритих дверей» для представників громадськості та журналістів (18 жовтня, 22 листопада).</li>"
            "<li>Спільно з обласним центром перепідготовки проведено навчальний семінар для заступників керівників структурних підрозділів щодо організації консультацій з громадськістю.</li>"
            "<li>Розроблено та розіслано методичний посібник «Інструменти сприяння розвитку громадянського суспільства» (300 примірників).</li></ul>"
            "<p>Сектор аналітики УВП</p></body></html>")
    return message("prose-06", addr("УВП (сектор аналітики)", "uvp-info@example.gov.ua"), TO_UVP, "Звіт УВП за IV квартал",
                   K(2012, 12, 13, 16, 40), text(html, "html", cte="base64"), [TB])


@case("prose-07-kapbud-doc-budget-rubric", "su-kapbud", 3, [(2, "F"), (6, "F"), (8, "F")],
      "Capital construction department's Word 97 letter: the budget/programme rubric, consultations, and the collegium, in plan order.")
def _():
    F = "kapbud_inform_12_2013.doc"
    html = ("<p>Управління капітального будівництва облдержадміністрації повідомляє.</p>"
            "<p>У рубриці «Хід виконання цільових програм» на офіційному сайті облдержадміністрації щокварталу розміщується інформація про хід "
            "будівництва об'єктів обласної програми розвитку соціальної інфраструктури.</p>"
            "<p>Проведено консультації з громадськістю щодо переліку об'єктів будівництва на 2014 рік (громадські слухання 15.10.2013).</p>"
            "<p>Наказом управління до складу колегії введено голову комітету Громадської ради з питань будівництва.</p>")
    data = writer("doc", html)
    m = multipart("mixed", [text("Інформація.\n", cte="7bit" if False else "quoted-printable"), attachment(data, DOC, F, "ascii")], "prose-07")
    return message("prose-07", addr("", ex_addr("su-kapbud")), UVP, "Інформація УКБ", K(2013, 12, 5, 10, 0), m,
                   [("X-Mailer", "Evolution 3.4.4")])


@case("prose-08-nizhyn-pdf-ru", "rda-nizhyn", 3, [(6, "F"), (7, "F"), (9, "F"), (10, "F")],
      "Russian-language PDF letter from a district: consultations, advisory bodies, discussion of draft orders, openness commission.")
def _():
    F = "Nizhyn_RGA_OU.pdf"
    html = ("<p>Нежинская районная государственная администрация сообщает о ходе выполнения Плана мероприятий.</p>"
            "<p>Во втором полугодии 2013 года проведены консультации с общественностью по проекту программы социально-экономического развития района на 2014 год.</p>"
            "<p>Представители общественных организаций включены в состав совещательных органов при райгосадминистрации (координационный совет по делам молодёжи, совет предпринимателей).</p>"
            "<p>Члены общественного совета привлекались к обсуждению проектов распоряжений председателя райгосадминистрации.</p>"
            "<p>При общественном совете создана комиссия по вопросам открытости и прозрачности деятельности органа власти.</p>"
            "<p>Заместитель председателя РГА</p>")
    data = writer("pdf", html)
    m = multipart("mixed", [text("Направляем информацию.\n", charset="koi8-r", cte="8bit"), attachment(data, PDF, F, "ascii")], "prose-08", style="tb")
    return message("prose-08", addr("Ніжинська РДА", ex_addr("rda-nizhyn")), TO_UVP, "Информация",
                   K(2013, 11, 27, 14, 25), m, [TB])

# ==========================================================================================
# 6. foreign_numbers
# ==========================================================================================

@case("foreign-01-novhorod-own-1-2-3", "rda-novhorod-siverskyi", 1, [(6, "body"), (9, "body"), (12, "body")],
      "District letter numbered 1., 2., 3. by itself; the paragraphs are about consultations, discussion of draft orders and public expertise (6, 9, 12).")
def _():
    b = ("Новгород-Сіверська райдержадміністрація інформує про виконання Плану заходів:\n\n"
         "1. Проведено 3 консультації з громадськістю (обговорення проекту бюджету, громадські слухання щодо тарифів, засідання круглого столу з підприємцями).\n\n"
         "2. Члени громадської ради при райдержадміністрації залучені до обговорення 4 проектів розпоряджень голови РДА та районної програми «Турбота».\n\n"
         "3. Громадська рада провела громадську експертизу діяльності відділу з питань надзвичайних ситуацій, за пропозиціями затверджено заходи.\n\n"
         "Тел. для довідок: 2-12-35\n")
    return message("foreign-01", addr("Новгород-Сіверська РДА", ex_addr("rda-novhorod-siverskyi")), TO_UVP, "Інформація про виконання плану",
                   K(2012, 12, 10, 10, 10), text(b), [OL07])


@case("foreign-02-osvita-docx-own-plan-column", "su-osvita", 3, [(1, "F"), (7, "F"), (9, "F")],
      "Education department's docx: its own plan numbers '1.1', '2.3', '3.2' in the first column and the oblast plan's number (1, 7, 9) in a column headed 'пункт Плану ОДА'.")
def _():
    F = "osvita_vidkrytyi_uriad_II_pivr.docx"
    rows = [["№ заходу плану управління", "Пункт Плану ОДА", "Стан виконання"],
            ["1.1", "1", "На сайті управління розміщено інформацію про зовнішнє незалежне оцінювання та вступну кампанію 2013 року"],
            ["2.3", "7", "Представники батьківських громадських організацій включені до складу громадської колегії при управлінні"],
            ["3.2", "9", "Проект регіональної програми «Освіта Чернігівщини 2014-2016» обговорено з членами громадської ради"]]
    data = writer("docx", "<p>Інформація управління освіти і науки облдержадміністрації</p>" + table_html(rows))
    m = multipart("mixed", [text("Інформація у вкладенні.\nУправління освіти і науки\n"), attachment(data, DOCX, F, "ascii")], "foreign-02", style="outlook")
    return message("foreign-02", addr("Управління освіти і науки", ex_addr("su-osvita")), TO_UVP, "інформація до плану",
                   K(2013, 12, 4, 9, 0), m, [OL])


@case("foreign-03-bobrovytsia-subitems-in-p6", "rda-bobrovytsia", 2, [(6, "body"), (10, "body")],
      "District writes 'По п. 6 Плану:' with sub-items 1), 2), 3) and then 'По п. 10:'; the sub-item numbers are no measures.")
def _():
    b = ("Бобровицька РДА інформує.\n\nПо п. 6 Плану проведено консультації з громадськістю:\n"
         "1) громадське обговорення проекту районної програми розвитку фізичної культури (25 учасників);\n"
         "2) електронні консультації щодо проекту розпорядження про благоустрій;\n"
         "3) зустріч з головами сільських рад та громадськими активістами.\n\n"
         "По п. 10: громадська рада при РДА утворила робочу групу з питань відкритості та прозорості (рішення від 14.02.2013 № 2).\n\n"
         "Загальний відділ апарату РДА\n")
    return message("foreign-03", addr("Бобровицька РДА", ex_addr("rda-bobrovytsia")), TO_UVP, "До плану",
                   K(2013, 3, 20, 11, 5), text(b), [TB])


@case("foreign-04-arkhiv-a-b-and-decree-numbers", "su-arkhiv", 3, [(6, "body"), (8, "body")],
      "State archive: paragraphs 'а)' and 'б)', a decree 'від 29.07.2013 № 412', resolution № 996 and a phone; the text reports consultations (6) and the collegium (8).")
def _():
    b = ("Державний архів області повідомляє:\n\n"
         "а) відповідно до постанови КМУ від 03.11.2010 № 996 проведено консультації з громадськістю щодо проекту Програми збереження "
         "документів Національного архівного фонду на 2014-2018 роки (2 засідання);\n\n"
         "б) розпорядженням голови облдержадміністрації від 29.07.2013 № 412 затверджено новий склад колегії Держархіву, до якого введено "
         "голову комітету Громадської ради з гуманітарних питань.\n\n"
         "Виконавець: Петренко Л.М., тел. 4-27-15, каб. 7\n")
    return message("foreign-04", addr("Держархів області", ex_addr("su-arkhiv")), TO_UVP, "Інформація Держархіву",
                   K(2013, 8, 14, 10, 45), text(b, cte="base64"), [OL07])


@case("foreign-05-talalaivka-xlsx-zp-and-plan-column", "rda-talalaivka", 3, [(1, "F"), (6, "F"), (7, "F"), (12, "F")],
      "District xlsx with a '№ з/п' column 1–4 next to a 'Пункт плану' column 1, 6, 7, 12; and a count column.")
def _():
    F = "Талалаївка_інф_грудень2013.xlsx"
    rows = [["№ з/п", "Пункт плану", "Кількість", "Виконання"],
            ["1", "1", "52", "На сайті РДА розміщено 52 новини та всі розпорядження голови, що підлягають оприлюдненню"],
            ["2", "6", "3", "Проведено 3 консультації з громадськістю"],
            ["3", "7", "2", "Двох представників ГО включено до складу адміністративної комісії"],
            ["4", "12", "1", "Проведено громадську експертизу діяльності відділу освіти РДА"]]
    data = calc("xlsx", rows)
    m = multipart("mixed", [text("Інформація Талалаївської РДА\n"), attachment(data, XLSX, F, "2231")], "foreign-05", style="tb")
    return message("foreign-05", addr("Талалаївська РДА", ex_addr("rda-talalaivka")), TO_UVP, "Інформація",
                   K(2013, 12, 12, 13, 30), m, [TB])


@case("foreign-06-finansy-counts-own-numbering", "su-finansy", 1, [(2, "body"), (6, "body"), (9, "body")],
      "Finance department's body numbered 1., 2., 3. with counts (2, 14, 3) and a budget decision number; the paragraphs are about the budget rubric, consultations and discussion of drafts (2, 6, 9).")
def _():
    b = ("Головне фінансове управління облдержадміністрації повідомляє:\n\n"
         "1. В рубриці «Виконання місцевих бюджетів Чернігівської області» щомісячно оприлюднюється інформація про виконання обласного бюджету "
         "(рішення обласної ради від 23.12.2011 № 12-9/VI).\n"
         "2. Проведено 2 консультації з громадськістю щодо проекту обласного бюджету на 2013 рік, в яких взяли участь 14 представників громадськості.\n"
         "3. Члени громадської ради залучені до обговорення 3 проектів розпоряджень голови облдержадміністрації з бюджетних питань.\n\n"
         "Заступник начальника управління\n")
    return message("foreign-06", addr("Головне фінансове управління", ex_addr("su-finansy")), TO_UVP, "Інформація ГФУ",
                   K(2012, 12, 7, 15, 15), text(b), [OL])


@case("foreign-07-chernihiv-pdf-letter-number-roman-sections", "rda-chernihiv", 2, [(7, "F"), (10, "F")],
      "District PDF 'Додаток до листа від 07.06.2013 № 01-12/1345' with sections I. and II. about advisory bodies and the openness working group (7, 10).")
def _():
    F = "Додаток_01-12_1345.pdf"
    html = ("<p align=right>Додаток до листа райдержадміністрації від 07.06.2013 № 01-12/1345</p>"
            "<p><b>I.</b> Представники громадських організацій району (8 осіб) включені до складу дорадчо-консультативних органів, утворених при "
            "райдержадміністрації, зокрема до ради з питань сім'ї та координаційної ради з питань розвитку підприємництва.</p>"
            "<p><b>II.</b> Громадською радою при райдержадміністрації на виконання рекомендації утворено комісію з питань відкритості та "
            "прозорості діяльності органу влади у складі 5 осіб.</p>")
    data = writer("pdf", html)
    m = multipart("mixed", [text("Надсилаємо лист з додатком.\nЧернігівська РДА\n"), attachment(data, PDF, F, "2231")], "foreign-07", style="outlook")
    return message("foreign-07", addr("Чернігівська РДА", ex_addr("rda-chernihiv")), TO_UVP, "лист № 01-12/1345",
                   K(2013, 6, 7, 16, 0), m, [OL])


@case("foreign-08-simia-html-order-point-phone", "su-simia", 3, [(1, "body"), (12, "body")],
      "Youth department's HTML body cites 'п. 3 розпорядження № 234', a phone and its own '1.'/'2.'; the text is about the website and a public expertise (1, 12).")
def _():
    html = ("<html><body><p>На виконання п. 3 розпорядження голови облдержадміністрації від 15.04.2013 № 234 та Плану заходів повідомляємо:</p>"
            "<p>1. Веб-сторінку управління на офіційному сайті облдержадміністрації переведено на новий формат, розміщено перелік молодіжних "
            "громадських організацій та звіти про виконання програм.</p>"
            "<p>2. ГО «Молода Чернігівщина» провела громадську експертизу діяльності управління щодо оздоровлення дітей; експертні пропозиції "
            "враховано в наказі управління.</p>"
            "<p>Контактний телефон: (0462) 67-50-12</p></body></html>")
    m = multipart("alternative", [text("На виконання п. 3 розпорядження голови облдержадміністрації від 15.04.2013 № 234 та Плану заходів повідомляємо:\n\n"
                                       "1. Веб-сторінку управління на офіційному сайті облдержадміністрації переведено на новий формат, розміщено перелік молодіжних громадських організацій та звіти про виконання програм.\n\n"
                                       "2. ГО «Молода Чернігівщина» провела громадську експертизу діяльності управління щодо оздоровлення дітей; експертні пропозиції враховано в наказі управління.\n\n"
                                       "Контактний телефон: (0462) 67-50-12\n"), text(html, "html")], "foreign-08", style="tb")
    return message("foreign-08", addr("Управління у справах сім'ї, молоді та спорту", ex_addr("su-simia")), TO_UVP,
                   "Інформація", K(2013, 10, 21, 9, 20), m, [TB])

# ==========================================================================================
# 7. personal_address
# ==========================================================================================

@case("personal-01-gmail-zdorovia-genitive", "su-zdorovia", 1, [(6, "body"), (9, "body")],
      "Specialist of the health department writes from gmail.com; greeting names УВП (the addressee), the signature names the department in the genitive.")
def _():
    b = ("Шановні колеги з управління з питань внутрішньої політики та зв'язків з громадськістю!\n\n"
         "Надсилаю інформацію по пп. 6, 9: проведено консультації з громадськістю щодо оптимізації мережі ФАПів (4 зустрічі в районах); "
         "проект Програми розвитку первинної медичної допомоги обговорено з членами громадської ради.\n\n"
         "З повагою,\nОксана Гребенюк,\nголовний спеціаліст відділу кадрів управління охорони здоров'я облдержадміністрації\n")
    m = multipart("alternative", [text(b), text("<div dir=\"ltr\">" + html_p(b) + "</div>", "html")], "personal-01", style="gmail")
    return message("personal-01", addr("Oksana Hrebeniuk", "o.hrebeniuk@gmail.com"), UVP, "інформація УОЗ",
                   K(2012, 12, 12, 21, 5), m, [], mid_domain="mail.gmail.com")


@case("personal-02-ukrnet-borzna-ru", "rda-borzna", 2, [(1, "body"), (10, "body")],
      "Russian-language mail from ukr.net signed 'главный специалист аппарата Борзнянской райгосадминистрации'; 1 and 10.")
def _():
    b = ("Добрый день!\n\nПо п.1 – на сайте РГА обновлены разделы «Новости» и «Публичная информация».\n"
         "По п.10 – общественному совету рекомендовано создать рабочую группу по вопросам открытости, группа создана 11.03.2013.\n\n"
         "С уважением, Л. Сидоренко\nглавный специалист аппарата Борзнянской райгосадминистрации\n")
    return message("personal-02", addr("Людмила Сидоренко", "lsydorenko@ukr.net"), UVP, "информация по плану",
                   K(2013, 6, 10, 20, 40), text(b, charset="windows-1251", cte="quoted-printable"), [("X-Mailer", "ukr.net webmail")],
                   mid_domain="ukr.net")


@case("personal-03-iua-sluzhba-ditei-latin-i", "su-sluzhba-ditei", 3, [(7, "body"), (12, "body")],
      "i.ua sender types Latin 'i' for 'і' throughout; signature 'Служби у справах дiтей облдержадмiнiстрацiї'; 7 and 12.")
def _():
    b = ("Добрий день!\n\nIнформацiя по плану: представники благодiйних органiзацiй включенi до складу координацiйної ради з питань "
         "захисту прав дiтей (п.7); громадська органiзацiя провела громадську експертизу дiяльностi служби щодо усиновлення (п.12).\n\n"
         "Головний спецiалiст Служби у справах дiтей облдержадмiнiстрацiї\nI. Савчук\n")
    return message("personal-03", addr("Iрина Савчук", "savchuk_ira@i.ua"), UVP, "iнформацiя",
                   K(2013, 10, 30, 17, 55), text(b, cte="8bit"), [("X-Mailer", "i.ua webmail")], mid_domain="i.ua")


@case("personal-04-metaua-nizhyn-docx", "rda-nizhyn", 1, [(6, "F"), (7, "F"), (9, "F")],
      "meta.ua sender attaches a docx; the signature says 'від Ніжинської райдержадміністрації', the greeting names УВП.")
def _():
    F = "Ніжин_ВУ.docx"
    rows = [["№", "Виконання"], ["6", "Проведено 5 консультацій з громадськістю"],
            ["7", "Представники громадськості входять до 6 дорадчих органів РДА"],
            ["9", "Проекти 3 розпоряджень обговорено з членами громадської ради"]]
    data = writer("docx", table_html(rows))
    m = multipart("mixed", [text("Управлінню з питань внутрішньої політики облдержадміністрації.\n\nВ додатку інформація від Ніжинської райдержадміністрації. "
                                 "Надсилаю з особистої пошти, бо службова не працює.\n\nВ. Остапенко\n"),
                            attachment(data, DOCX, F, "2231")], "personal-04")
    return message("personal-04", addr("Віктор Остапенко", "ostapenko.v@meta.ua"), UVP, "Ніжин",
                   K(2012, 12, 14, 18, 3), m, [("X-Mailer", "meta.ua webmail")], mid_domain="meta.ua")


@case("personal-05-yahoo-ekonomika-addressee-dative", "su-ekonomika", 2, [(2, "body"), (8, "body")],
      "yahoo.com sender; letter addressed 'Управлінню з питань внутрішньої політики та зв'язків з громадськістю', signed by a head of division 'Головного управління економіки'; 2 and 8.")
def _():
    b = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
         "Головне управління економіки інформує: в рубриці «Хід виконання цільових програм» розміщено звіт про виконання Програми "
         "соціально-економічного розвитку області за 2012 рік; голову комітету з економічних питань Громадської ради введено до складу "
         "колегії управління.\n\n"
         "Начальник відділу стратегічного планування\nГоловного управління економіки облдержадміністрації\nД. Литвин\n")
    return message("personal-05", addr("Dmytro Lytvyn", "d_lytvyn@yahoo.com"), UVP, "Інформація",
                   K(2013, 2, 26, 22, 14), text(b, cte="quoted-printable"), [("X-Mailer", "YahooMailWebService/0.8.133")],
                   mid_domain="web.mail.yahoo.com")


@case("personal-06-gmail-mena-typos", "rda-mena", 3, [(1, "body"), (12, "body")],
      "gmail.com sender with typos and no capital letters; 'менської рда' only in the signature; 1 and 12.")
def _():
    b = ("доброго дня\nпо пункту 1 сайт рда обновлено розділ про доступ до публічної інформаціі\n"
         "по пункту 12 проведена громадська експертиза діяльнсті відділу культури, пропозиціі враховані\n\n"
         "з повагою Тарас, загальний відділ менської рда\n\nSent from my iPhone\n")
    return message("personal-06", addr("Taras K", "taras.kmena@gmail.com"), UVP, "звіт",
                   K(2013, 12, 13, 7, 45), text(b, cte="quoted-printable"), [("X-Mailer", "iPhone Mail (10B329)")], mid_domain="gmail.com")


@case("personal-07-ukrnet-mistobuduvannia-ru-addressee", "su-mistobuduvannia", 1, [(6, "body"), (7, "body")],
      "ukr.net sender writing in Russian; greeting 'Управление по вопросам внутренней политики' is the addressee; signed 'Управление градостроительства и архитектуры'; 6 and 7.")
def _():
    b = ("Уважаемые коллеги из Управления по вопросам внутренней политики и связей с общественностью!\n\n"
         "Сообщаем: проведены общественные слушания по проекту схемы планировки территории области (п.6), в состав градостроительного "
         "совета включены представители общественных организаций архитекторов (п.7).\n\n"
         "С уважением,\nведущий специалист\nУправление градостроительства и архитектуры ОГА\nН.Ю. Кравец\n")
    return message("personal-07", addr("Наталья Кравец", "kravets_n@ukr.net"), UVP, "Информация",
                   K(2012, 11, 22, 19, 30), text(b, charset="koi8-r", cte="base64"), [("X-Mailer", "ukr.net webmail")], mid_domain="ukr.net")


@case("personal-08-iua-shchors-third-party", "rda-shchors", 2, [(9, "body"), (10, "body")],
      "i.ua sender signs for 'сектору ... Щорської районної державної адміністрації'; mentions a copy sent to the economy department (a third office); 9 and 10.")
def _():
    b = ("Добрий вечір!\n\nВиконання пп. 9, 10: члени громадської ради брали участь в обговоренні проекту програми розвитку малого "
         "підприємництва (копію програми направлено також до Головного управління економіки облдержадміністрації); громадська рада утворила "
         "робочу групу з питань відкритості та прозорості.\n\n"
         "Завідувач сектору з питань внутрішньої політики Щорської районної державної адміністрації\nА. Ничипоренко\n")
    return message("personal-08", addr("", "nychyporenko_a@i.ua"), UVP, "пп. 9, 10",
                   K(2013, 5, 30, 20, 12), text(b), [("X-Mailer", "i.ua webmail")], mid_domain="i.ua")

# ==========================================================================================
# 8. mixed
# ==========================================================================================

@case("mixed-01-bobrovytsia-secretary-forward-cp1251", "rda-bobrovytsia", 1, [(6, "body"), (7, "body")],
      "The district's reception forwards inline (windows-1251, QP) a note the head of the organisational department wrote to it; 6 and 7.")
def _():
    b = ("Пересилаю на прохання Мельника В.П.\nПриймальня Бобровицької РДА\n\n"
         "-------- Пересылаемое сообщение --------\nОт: Мельник Віктор <v.melnyk.bobr@ukr.net>\nДата: 05.12.2012 16:40\n"
         "Тема: для УВП\nКому: rda-bobrovytsia@example.gov.ua\n\n"
         "Прошу переслати в УВП облдержадміністрації:\n"
         "п. 6 – протягом IV кварталу проведено 2 консультації з громадськістю (проект бюджету, реформування медицини);\n"
         "п. 7 – представники громадськості включені до складу ради з питань розвитку підприємництва.\n"
         "В. Мельник, начальник організаційного відділу\n")
    return message("mixed-01", addr("Приймальня Бобровицької РДА", ex_addr("rda-bobrovytsia"), "windows-1251"), TO_UVP,
                   "Fwd: для УВП", K(2012, 12, 6, 8, 30), text(b, charset="windows-1251", cte="quoted-printable", flowed=True), [TB],
                   subj_charset="windows-1251")


@case("mixed-02-apk-koi8u-base64", "su-apk", 2, [(1, "body"), (9, "body")],
      "Agro department's plain body in koi8-u, base64, subject in koi8-u encoded words; 1 and 9.")
def _():
    b = ("Головне управління агропромислового розвитку повідомляє:\n"
         "пункт 1 — на веб-сторінці управління оприлюднено звіти про використання коштів державної підтримки;\n"
         "пункт 9 — проект Програми розвитку сільських територій обговорено з членами громадської ради (засідання 14.05.2013).\n")
    return message("mixed-02", addr("ГУ АПР", ex_addr("su-apk"), "koi8-u"), UVP, "Інформація ГУАПР",
                   K(2013, 5, 20, 10, 50), text(b, charset="koi8-u", cte="base64"), [TBAT], subj_charset="koi8-u")


@case("mixed-03-bakhmach-late-grace-cp1251-8bit", "rda-bakhmach", 2, [(6, "body"), (10, "body"), (12, "body")],
      "Report received 17.06.2013, two days after the second deadline (grace window): period 2, late; windows-1251 8bit body; 6, 10, 12.", late=True)
def _():
    b = ("Вибачте за затримку.\n\nБахмацька РДА за І півріччя 2013 року:\n"
         "6 – проведено консультації з громадськістю щодо проекту програми «Питна вода» (громадські слухання 22.05.2013);\n"
         "10 – при громадській раді утворено комісію з питань відкритості та прозорості діяльності органу влади;\n"
         "12 – громадська антикорупційна експертиза проекту розпорядження про порядок оренди майна.\n\nН. Мороз\n")
    return message("mixed-03", addr("Бахмацька РДА", ex_addr("rda-bakhmach"), "windows-1251"), UVP, "Інформація (із запізненням)",
                   K(2013, 6, 17, 9, 12), text(b, charset="windows-1251", cte="8bit"), [OL07], subj_charset="windows-1251")


@case("mixed-04-sotszakhyst-cover-pdf-and-ods", "su-sotszakhyst", 3, [(1, "SZ.ods"), (7, "SZ.ods"), (8, "SZ.ods")],
      "Two attachments: a PDF cover letter (no report content) and the ods with the report rows 1, 7, 8; 2, 6, 9, 12 say '-'.")
def _():
    F1, F2 = "Супровідний_лист.pdf", "Додаток_УПСЗН_ВУ.ods"
    cover = writer("pdf", "<p>Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>"
                          "<p>На виконання пункту 16 Плану заходів надсилаємо інформацію управління праці та соціального захисту населення облдержадміністрації (додається).</p>"
                          "<p>Додаток: на 1 арк.</p><p>Начальник управління</p>")
    rows = [["№", "Захід", "Виконання"],
            ["1", T[1], "На сайті управління оновлено розділ «Соціальні послуги», розміщено довідник пільг"],
            ["2", T[2], "-"], ["6", T[6], "-"],
            ["7", T[7], "Громадські організації ветеранів включені до координаційної ради у справах осіб з обмеженими можливостями"],
            ["8", T[8], "Голову комітету Громадської ради із соціальних питань введено до складу колегії управління"],
            ["9", T[9], "-"], ["12", T[12], "-"]]
    ods = calc("ods", rows)
    m = multipart("mixed", [text("Добрий день! Надсилаємо супровідний лист та додаток.\n"),
                            attachment(cover, PDF, F1, "2231"), attachment(ods, ODS, F2, "2231")], "mixed-04", style="tb")
    return message("mixed-04", addr("УПСЗН", ex_addr("su-sotszakhyst")), TO_UVP, "Інформація УПСЗН (ІІ півріччя)",
                   K(2013, 11, 26, 11, 20), m, [TB])


@case("mixed-05-semenivka-doc-late-last-grace", "rda-semenivka", 3, [(1, "F"), (9, "F"), (12, "F")],
      "Word 97 .doc sent at 23:40 Kyiv time on 18.12.2013, the last day of the third grace window: period 3, late; 1, 9, 12.", late=True)
def _():
    F = "Семенівка_ВУ_грудень.doc"
    rows = [["Пункт", "Виконання"],
            ["1", "Веб-сайт РДА наповнюється відповідно до вимог законодавства"],
            ["9", "Члени громадської ради обговорили проект розпорядження про районний бюджет розвитку"],
            ["12", "Проведено громадську експертизу діяльності відділу земельних ресурсів"]]
    data = writer("doc", "<p>Інформація Семенівської райдержадміністрації</p>" + table_html(rows))
    m = multipart("mixed", [text("Інформація Семенівської РДА (із запізненням, вибачте).\n", charset="windows-1251"),
                            attachment(data, DOC, F, "2231-1251")], "mixed-05", style="outlook")
    return message("mixed-05", addr("Семенівська РДА", ex_addr("rda-semenivka")), TO_UVP, "Інформація",
                   K(2013, 12, 18, 23, 40), m, [OL])


@case("mixed-06-horodnia-html-only-conflicting-charset", "rda-horodnia", 2, [(7, "body"), (9, "body")],
      "HTML-only body in windows-1251 (header label right) whose <meta> claims utf-8; 7 and 9.")
def _():
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            "<p>Городнянська райдержадміністрація інформує:</p>"
            "<p>п. 7 – представників громадських організацій залучено до роботи комісії з питань захисту прав споживачів;</p>"
            "<p>п. 9 – члени громадської ради взяли участь в обговоренні проекту районної цільової програми «Молодь району».</p>"
            "<p>Апарат Городнянської РДА</p></body></html>")
    return message("mixed-06", addr("Городнянська РДА", ex_addr("rda-horodnia"), "windows-1251"), UVP, "Інформація",
                   K(2013, 2, 14, 14, 14), text(html, "html", charset="windows-1251", cte="base64"), [OL07],
                   subj_charset="windows-1251")


@case("mixed-07-kultura-docx-and-xlsx-split", "su-kultura", 2, [(2, "KD.docx"), (6, "KD.docx"), (9, "KX.xlsx"), (12, "KX.xlsx")],
      "Two real attachments split the report: the docx covers 2 and 6, the xlsx 9 and 12.")
def _():
    F1, F2 = "Культура_текст.docx", "Культура_таблиця.xlsx"
    d = writer("docx", "<p><b>Пункт 2.</b> В рубриці «Хід виконання цільових програм» розміщено звіт про виконання Програми розвитку культури.</p>"
                       "<p><b>Пункт 6.</b> Проведено консультації з громадськістю щодо концепції розвитку туризму (2 круглі столи).</p>")
    x = calc("xlsx", [["Пункт", "Інформація"], ["9", "Проект розпорядження про обласний фестиваль обговорено з членами громадської ради"],
                      ["12", "Громадська експертиза діяльності обласного художнього музею проведена ГО «Культурна ініціатива»"]])
    m = multipart("mixed", [text("Інформація у двох файлах.\nУправління культури і туризму\n"),
                            attachment(d, DOCX, F1, "2231"), attachment(x, XLSX, F2, "2231")], "mixed-07", style="outlook")
    return message("mixed-07", addr("Управління культури і туризму", ex_addr("su-kultura")), TO_UVP, "Інформація управління культури",
                   K(2013, 6, 3, 12, 3), m, [OL])


@case("mixed-08-cppk-outlook-html-only-crlf", "cppk", 1, [(13, "body")],
      "Retraining centre's Outlook Word-HTML-only body (windows-1251, CRLF): a training seminar already held in November 2012 (13).")
def _():
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<style>p.MsoNormal{margin:0cm;font-size:12.0pt}</style></head><body lang=UK><div class=WordSection1>'
            "<p class=MsoNormal>Шановні колеги!</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Чернігівський центр перепідготовки та підвищення кваліфікації повідомляє, що 20–21 листопада 2012 року проведено "
            "навчальний семінар для спеціалістів структурних підрозділів облдержадміністрації та райдержадміністрацій, які організовують консультації "
            "з громадськістю (28 слухачів, видано сертифікати).</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Заступник директора центру</p></div></body></html>")
    return message("mixed-08", addr("ЦППК", ex_addr("cppk"), "windows-1251"), TO_UVP, "Семінар", K(2012, 11, 23, 10, 10),
                   text(html, "html", charset="windows-1251", cte="quoted-printable"), [OL07], nl=b"\r\n", subj_charset="windows-1251")


# ==========================================================================================

def main(argv):
    names = [c[0] for c in CASES]
    assert len(set(names)) == len(names)
    for name, executor, period, late, items, note, reason, fn in CASES:
        if argv and not any(name.startswith(a) for a in argv):
            continue
        ATTACHED.clear()
        eml, rec = fn()
        p, lt = period_of(rec)
        assert (p, lt) == (period, late), (name, p, lt, period, late)
        res = []
        for meas, src in items:
            if src == "F":
                assert len(ATTACHED) == 1, name
                src = ATTACHED[0]
            elif src != "body":
                src = [a for a in ATTACHED if a.endswith(src.split(".")[-1]) and a not in ("",)][0] \
                    if len([a for a in ATTACHED if a.endswith(src.split(".")[-1])]) == 1 else src
            res.append({"measure": meas, "source": src})
        res.sort(key=lambda d: (d["measure"], d["source"]))
        cls = CLASSNAME[name.split("-")[0]]
        exp = {"class": cls, "executor": executor, "items": res,
               "kind": "not_report" if cls == "not_report" else "report", "late": late, "note": note,
               "period": period, "reason": reason}
        write_case(name, eml, exp)
        print(name)


if __name__ == "__main__":
    main(sys.argv[1:])
