#!/usr/bin/env python3
"""Build the 'senders' corpus: 24 hand-written progress reports from private mailboxes.

Every mail below was written by hand from the approved plan (shared/seed/plan-uk.txt) and from
config/plan.toml only.  Each mail carries one attribution trap: the office that sent it has to be
recognised from the text, because the From address is never registered in plan.toml.

    python3 make.py           write NAME.eml and NAME.expected.json for all 24 mails (and check them)
    python3 make.py --check   rebuild in memory and compare with the files on disk (exit 1 on drift)

Python 3.11+ standard library only.  Output is byte-identical on every run: Date headers are fixed,
Message-IDs, Thread-Index values and MIME boundaries are derived from SHA-1 of the mail's name.
"""
import base64
import hashlib
import json
import os
import quopri
import sys
import textwrap
import tomllib
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime
from html import escape
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PLAN = os.path.normpath(os.path.join(HERE, "..", "..", "..", "config", "plan.toml"))
MAILBOX = "uvp@cg.ukrtel.net"
PRIVATE_DOMAINS = {"ukr.net", "i.ua", "gmail.com", "mail.ru", "yandex.ua", "meta.ua", "bigmir.net"}
# period -> (first allowed day, last allowed day, UTC offset in hours)
PERIODS = {1: ("2012-11-26", "2012-12-12", 2), 2: ("2013-05-20", "2013-06-11", 3)}
CRLF = b"\r\n"


def body(s):
    """Mail text written indented in this file -> logical text ('\\n' line ends, one final '\\n')."""
    return textwrap.dedent(s).strip("\n") + "\n"


# --------------------------------------------------------------------------------------------
# The mails.  `body` is the logical text; paragraphs are separated by blank lines.
# `items` are the plan measures the mail's own text reports on (written from reading the text).
# --------------------------------------------------------------------------------------------
MAILS = [
    dict(
        name="01-addressee-nominative",
        executor="su-ekolohiia", period=1, date="2012-11-27 10:42:17",
        lang="uk", charset="utf-8", cte="quoted-printable", client="outlook2007", alt=False,
        from_name="Оксана Лисенко", from_addr="oksana.lysenko72@ukr.net",
        subject="Виконання Плану заходів (Відкритий уряд)",
        items=[1, 9, 12],
        trap="UVP's full name alone on the first line in the nominative; sender only in the signature",
        note="The addressee (the UVP department) stands alone in the nominative on the first line, "
             "and the sending ecology department is named only in the signature.",
        body=body("""
            Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

            Щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області повідомляємо таке.

            Офіційний веб-сайт управління приведено у відповідність до вимог законів України «Про доступ до публічної інформації» та «Про інформацію»: створено розділ «Публічна інформація», оприлюднено систему обліку документів, щотижня оновлюються відомості про стан довкілля в області.

            Проект обласної програми охорони навколишнього природного середовища на 2013-2015 роки обговорено з членами громадської ради при облдержадміністрації на засіданні круглого столу 20 листопада 2012 року. Від громадськості надійшло 7 пропозицій, 5 з них враховано.

            Громадська організація «Зелений світ» провела громадську експертизу діяльності управління щодо видачі дозволів на спеціальне водокористування. Для реалізації 4 експертних пропозицій затверджено план заходів, дві пропозиції вже виконано.

            Начальник управління екології та природних ресурсів облдержадміністрації
            В.І. Мороз
        """),
    ),
    dict(
        name="02-genitive-from",
        executor="rda-sribne", period=1, date="2012-11-29 15:07:44",
        lang="uk", charset="windows-1251", cte="8bit", client="oe6", alt=False,
        from_name="Тетяна", from_addr="t.hordiienko@i.ua",
        subject="інформація",
        items=[1, 7, 10],
        trap="office only in the genitive inside a sentence ('Інформація від Срібнянської райдержадміністрації')",
        note="The district administration appears only once, in the genitive inside the opening "
             "sentence ('Інформація від Срібнянської райдержадміністрації'); the signature is a bare name.",
        body=body("""
            Добрий день!

            Інформація від Срібнянської райдержадміністрації щодо виконання заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади.

            1. Інформаційне наповнення офіційного веб-сайту райдержадміністрації приведено до вимог чинного законодавства: у листопаді створено розділи «Доступ до публічної інформації» та «Регуляторна діяльність», оприлюднено 14 розпоряджень голови райдержадміністрації.

            7. До складу координаційної ради з питань розвитку підприємництва та районної комісії з питань захисту прав дитини включено по два представники громадських організацій району, зокрема членів громадської ради при райдержадміністрації.

            10. Громадській раді при райдержадміністрації рекомендовано створити у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади. Групу у складі п'яти осіб утворено рішенням громадської ради від 22.11.2012.

            З повагою
            Т. Гордієнко
        """),
    ),
    dict(
        name="03-instrumental-prepared-by",
        executor="rda-koriukivka", period=2, date="2013-05-22 11:20:05",
        lang="uk", charset="utf-8", cte="base64", client="thunderbird", alt=False,
        from_name="Наталія Кравчук", from_addr="nataliia.kravchuk@gmail.com",
        subject="Відкритий уряд - І півріччя 2013 р.",
        items=[6, 9],
        trap="office only at the end, inside an instrumental phrase ('Підготовлено відділом ... Корюківської райдержадміністрації')",
        note="The office is named only at the end, in the genitive after an instrumental "
             "('Підготовлено відділом ... апарату Корюківської райдержадміністрації').",
        body=body("""
            Доброго дня.

            Консультації з громадськістю: у І півріччі 2013 року проведено 6 заходів, у тому числі громадські слухання щодо благоустрою районного центру, зустріч з керівниками сільськогосподарських підприємств з питань оренди земель та електронні консультації на веб-сайті щодо графіка прийому громадян.

            Члени громадської ради при райдержадміністрації залучені до обговорення проектів розпоряджень голови райдержадміністрації «Про затвердження районної програми підтримки малого підприємництва на 2013-2014 роки» та «Про організацію оздоровлення дітей влітку 2013 року»; їхні зауваження враховано в остаточних редакціях.

            Підготовлено відділом організаційної роботи та з питань внутрішньої політики апарату Корюківської райдержадміністрації.
            Виконавець: Н. Кравчук
        """),
    ),
    dict(
        name="04-partner-first",
        executor="su-zhkh", period=1, date="2012-12-04 09:15:30",
        lang="uk", charset="utf-8", cte="quoted-printable", client="outlook2010", alt=True,
        from_name="Ігор Савченко", from_addr="savchenko.igor@ukr.net",
        subject="План заходів - Відкритий уряд",
        items=[1, 2, 9],
        trap="another oblast executor named first as a partner ('Спільно з Головним управлінням економіки')",
        note="Another oblast executor, the main economics department, is named first as a partner "
             "('Спільно з Головним управлінням економіки'); the housing and utilities department "
             "appears only in the signature.",
        body=body("""
            Доброго дня!

            Спільно з Головним управлінням економіки облдержадміністрації підготовлено та передано для розміщення в рубриці «Хід виконання цільових програм» офіційного сайту облдержадміністрації звіт про виконання обласної програми реформування і розвитку житлово-комунального господарства за 9 місяців 2012 року.

            На офіційному веб-сайті управління оновлено розділ «Тарифи на житлово-комунальні послуги», оприлюднено порядок доступу до публічної інформації та форму запиту на інформацію.

            Проект регіональної програми «Питна вода Чернігівщини» на 2013-2020 роки обговорено з членами громадської ради при облдержадміністрації на засіданні її комітету з питань житлово-комунального господарства 23 листопада 2012 року; усі три пропозиції враховано.

            Управління житлово-комунального господарства облдержадміністрації
            І.М. Савченко
        """),
    ),
    dict(
        name="05-copy-line-first",
        executor="su-simia", period=2, date="2013-06-03 14:50:12",
        lang="uk", charset="windows-1251", cte="quoted-printable", client="thebat", alt=False,
        from_name="Олена Мельник", from_addr="melnyk_olena@bigmir.net",
        subject="Виконання плану заходів щодо відкритості",
        items=[6, 7, 8],
        trap="'Копія: Управління освіти і науки облдержадміністрації' at the very top",
        note="A copy line naming the oblast education department stands at the very top, before the "
             "addressee and before the sender (family, youth and sports department) in the signature.",
        body=body("""
            Копія: Управління освіти і науки облдержадміністрації

            Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

            Консультації з громадськістю: 16 травня 2013 року проведено засідання круглого столу з питань літнього оздоровлення та відпочинку дітей, у квітні - електронні консультації щодо розвитку дитячо-юнацького спорту в області (надійшло 38 пропозицій).

            До складу обласної ради з питань молодіжної політики, що є дорадчим органом при облдержадміністрації, включено представників чотирьох молодіжних громадських організацій, двоє з них - члени Громадської ради при облдержадміністрації.

            Голову комітету з питань молодіжної політики, фізичної культури і спорту Громадської ради при облдержадміністрації введено до складу колегії управління; відповідні зміни до Положення про управління погоджено.

            Заступник начальника управління у справах сім'ї, молоді та спорту облдержадміністрації
            О.В. Мельник
        """),
    ),
    dict(
        name="06-seminar-organiser",
        executor="rda-kozelets", period=2, date="2013-05-28 10:05:51",
        lang="uk", charset="koi8-u", cte="8bit", client="thunderbird", alt=False,
        from_name="Сергій Бондаренко", from_addr="s.bondarenko@meta.ua",
        subject="Хід виконання заходів щодо відкритості влади",
        items=[6, 12],
        trap="the training centre (ЦППК, an executor) named first as organiser of a seminar",
        note="The retraining centre (ЦППК, itself an executor) is named first as the organiser of a "
             "seminar (measure 13, mentioned in passing); the Kozelets district administration "
             "appears only in the signature.",
        body=body("""
            Шановні колеги!

            Спеціалісти райдержадміністрації, відповідальні за консультації з громадськістю, у лютому 2013 року пройшли навчання на семінарі, організованому Чернігівським центром перепідготовки та підвищення кваліфікації (ЦППК). Після цього в районі проведено 4 консультації з громадськістю: громадські слухання щодо ремонту доріг у селах району, дві зустрічі з керівниками сільських рад та електронні консультації щодо режиму роботи центру надання адміністративних послуг.

            Громадська організація "Правова ініціатива" провела громадську антикорупційну експертизу двох проектів розпоряджень голови райдержадміністрації. Для реалізації експертних пропозицій розроблено план заходів, обидва проекти доопрацьовано.

            Козелецька районна державна адміністрація
            сектор з питань внутрішньої політики та зв'язків з громадськістю
            С. Бондаренко
        """),
    ),
    dict(
        name="07-subject-only",
        executor="rda-talalaivka", period=1, date="2012-12-10 16:33:09",
        lang="uk", charset="utf-8", cte="base64", client="iua", alt=False,
        from_name="Женя Павленко", from_addr="zhenia.pavlenko@i.ua",
        subject="Звіт Талалаївської РДА",
        items=[1, 6, 9],
        trap="office only in the subject line; body never names the district, signed with a name",
        note="The office is named only in the subject ('Звіт Талалаївської РДА'); the body never "
             "names the district and is signed with a name only.",
        body=body("""
            На офіційному веб-сайті райдержадміністрації створено рубрики «Публічна інформація» та «Громадська рада», оновлено відомості про структуру апарату і графік прийому громадян; інформаційне наповнення сайту приведено до вимог чинного законодавства.

            У IV кварталі 2012 року проведено 3 консультації з громадськістю: громадське обговорення питання оптимізації мережі шкіл, громадські слухання щодо тарифів на водопостачання та зустріч з представниками громадських організацій щодо святкування Дня району.

            Члени громадської ради при райдержадміністрації взяли участь в обговоренні проекту розпорядження голови райдержадміністрації «Про районний бюджет на 2013 рік» та проекту програми соціально-економічного розвитку району на 2013 рік.

            Н. Павленко
        """),
    ),
    dict(
        name="08-district-department",
        executor="rda-varva", period=2, date="2013-06-06 08:58:40",
        lang="uk", charset="windows-1251", cte="base64", client="ukrnet", alt=False,
        from_name="Людмила Ярошенко", from_addr="ludmyla.yaroshenko@ukr.net",
        subject="Відкритий уряд",
        items=[1, 7],
        trap="a district culture and tourism department writes and signs (not the oblast culture department)",
        note="The district's culture and tourism department writes and signs, a name close to the "
             "oblast culture department's; the executor is the Varva district administration.",
        body=body("""
            Відділ культури і туризму Варвинської райдержадміністрації повідомляє.

            На офіційному веб-сайті райдержадміністрації відділ веде сторінку «Культура і туризм»: у І півріччі 2013 року на ній оприлюднено план роботи відділу, звіт про використання бюджетних коштів та 12 інформаційних повідомлень.

            До складу ради з питань розвитку культури і туризму при райдержадміністрації, яка є дорадчим органом, включено голову районної громадської організації «Краєзнавче товариство» та двох членів громадської ради при райдержадміністрації.

            Начальник відділу культури і туризму Варвинської райдержадміністрації
            Г.М. Ярошенко
        """),
    ),
    dict(
        name="09-oblast-subunit",
        executor="su-osvita", period=1, date="2012-12-06 13:12:26",
        lang="uk", charset="utf-8", cte="8bit", client="thunderbird", alt=True,
        from_name="Віталій Петрик", from_addr="vitalii.petryk@gmail.com",
        subject="Відкритий уряд: виконання заходів",
        items=[1, 8, 12],
        trap="signed by a division inside the oblast education department",
        note="Signed by a division (general secondary and pre-school education) inside the oblast "
             "education department; the executor is the department itself.",
        body=body("""
            Доброго дня!

            Офіційний веб-сайт управління приведено у відповідність до вимог законодавства: створено розділ «Доступ до публічної інформації», оприлюднено звіт про використання коштів обласного бюджету на освіту за 9 місяців 2012 року, запрацювала електронна форма запиту на інформацію.

            До складу колегії управління введено голову комітету з питань освіти і науки Громадської ради при облдержадміністрації, відповідні зміни до Положення про управління затверджено розпорядженням голови облдержадміністрації.

            Обласна громадська організація «Батьківський контроль» провела громадську експертизу діяльності управління щодо організації зовнішнього незалежного оцінювання. Для реалізації експертних пропозицій розроблено план заходів з 6 пунктів.

            Відділ загальної середньої та дошкільної освіти
            управління освіти і науки облдержадміністрації
            В. Петрик
        """),
    ),
    dict(
        name="10-russian-district",
        executor="rda-horodnia", period=2, date="2013-05-24 12:40:33",
        lang="ru", charset="koi8-u", cte="quoted-printable", client="thebat", alt=False,
        from_name="Алла Ковальчук", from_addr="alla.kovalchuk@mail.ru",
        subject="Открытое правительство - информация",
        items=[6, 10, 12],
        trap="Russian text; sender as 'Городнянская райгосадминистрация'",
        note="Russian text: the sender names itself with the Russian form 'Городнянская "
             "райгосадминистрация' in the opening sentence.",
        body=body("""
            Добрый день!

            Городнянская райгосадминистрация сообщает о ходе выполнения Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти.

            6. В I полугодии 2013 года проведено 5 консультаций с общественностью, в том числе общественные слушания по вопросам благоустройства районного центра и электронные консультации по тарифам на вывоз твердых бытовых отходов.

            10. Общественному совету при райгосадминистрации рекомендовано создать рабочую группу по вопросам открытости и прозрачности деятельности органа власти. Группа в составе пяти человек создана 14 марта 2013 года.

            12. Общественная организация "Гражданский контроль" провела общественную антикоррупционную экспертизу трех проектов распоряжений председателя райгосадминистрации; все предложения экспертов учтены.

            С уважением,
            А. Ковальчук
        """),
    ),
    dict(
        name="11-russian-oblast-unit",
        executor="su-apk", period=1, date="2012-11-26 11:25:02",
        lang="ru", charset="windows-1251", cte="8bit", client="oe6", alt=False,
        from_name="Виктор Гончаренко", from_addr="goncharenko_v@yandex.ua",
        subject="Открытое правительство",
        items=[1, 2, 7],
        trap="Russian text; sender as 'Главное управление агропромышленного развития облгосадминистрации'",
        note="Russian text: the oblast agro-industrial department names itself in Russian "
             "('Главное управление агропромышленного развития облгосадминистрации'); the signature "
             "gives only a position without the department's name.",
        body=body("""
            Главное управление агропромышленного развития облгосадминистрации сообщает.

            1. Официальный веб-сайт управления приведен в соответствие с требованиями законодательства о доступе к публичной информации: создан раздел «Публичная информация», ежемесячно публикуются сведения о ценах на сельскохозяйственную продукцию.

            2. Для рубрики «Ход выполнения целевых программ» официального сайта облгосадминистрации подготовлены и переданы материалы о выполнении областной программы развития сельского хозяйства на 2011-2015 годы за 9 месяцев 2012 года.

            7. В состав областного совета по вопросам развития аграрного рынка, являющегося совещательным органом, включены представители трех общественных организаций фермеров, в том числе два члена Общественного совета при облгосадминистрации.

            Заместитель начальника управления
            В.П. Гончаренко
        """),
    ),
    dict(
        name="12-abbreviations-district",
        executor="rda-pryluky", period=2, date="2013-06-10 15:12:48",
        lang="uk", charset="utf-8", cte="quoted-printable", client="outlook2010", alt=True,
        from_name="Андрій Сидоренко", from_addr="a.sydorenko@yandex.ua",
        subject="інф. по плану ВУ",
        items=[6, 7, 9],
        trap="abbreviations throughout ('Прилуцька РДА', 'ДКО', 'ГР', 'ВП та ЗГ'); a ДЮСШ as partner",
        note="Abbreviations throughout ('Прилуцька РДА', 'ДКО при РДА', 'ГР', 'Сектор ВП та ЗГ'), "
             "with the district children's sports school (ДЮСШ) named as a partner.",
        body=body("""
            Прилуцька РДА інформує щодо виконання плану заходів з відкритості влади.

            Проведено 3 консультації з громадськістю: громадські слухання щодо реконструкції районного стадіону (спільно з районною ДЮСШ), обговорення графіка руху приміських автобусів та зустріч з головами ОСББ.

            До складу ДКО при РДА (координаційна рада з питань розвитку підприємництва, рада з питань фізичної культури і спорту) включено 4 членів ГР при РДА.

            Члени ГР взяли участь в обговоренні проекту розпорядження голови РДА «Про затвердження районної програми розвитку фізичної культури і спорту на 2013-2016 роки»; 2 пропозиції враховано.

            Сектор ВП та ЗГ апарату Прилуцької РДА
            А. Сидоренко
        """),
    ),
    dict(
        name="13-abbreviation-oblast-unit",
        executor="su-zdorovia", period=1, date="2012-12-07 10:30:19",
        lang="uk", charset="windows-1251", cte="quoted-printable", client="outlook2007", alt=True,
        from_name="Лариса Гончар", from_addr="l.honchar@mail.ru",
        subject="Інф. УОЗ ОДА - Відкритий уряд",
        items=[1, 8, 12],
        trap="oblast health department only as 'УОЗ ОДА', never in full",
        note="The oblast health department is referred to only by the abbreviation 'УОЗ ОДА' "
             "(subject, body and signature), never by its full name.",
        body=body("""
            Добрий день!

            На офіційному сайті УОЗ ОДА створено розділ «Доступ до публічної інформації», оприлюднено перелік платних послуг закладів обласного підпорядкування та графік прийому громадян керівництвом управління.

            До складу колегії УОЗ ОДА введено голову комітету з питань охорони здоров'я та соціального захисту ГР при ОДА; зміни до положення про управління підготовлено.

            ГО «Пацієнти Чернігівщини» провела громадську експертизу діяльності УОЗ щодо забезпечення пільгових категорій громадян лікарськими засобами. П'ять експертних пропозицій включено до плану заходів управління на 2013 рік.

            Заступник начальника УОЗ ОДА
            Л.М. Гончар
        """),
    ),
    dict(
        name="14-gmail-forward-registered",
        executor="su-finansy", period=1, date="2012-12-12 17:05:41",
        lang="uk", charset="utf-8", cte="base64", client="gmail", alt=True,
        from_name="Марина Лук'яненко", from_addr="maryna.lukianenko@gmail.com",
        subject="Fwd: Звіт щодо виконання Плану заходів (Відкритий уряд)",
        items=[2, 6],
        trap="Gmail forward; the only clue is the registered address finansy@ in the forward header",
        note="A secretary forwards from Gmail; the office is identifiable by the registered address "
             "finansy@example.gov.ua in the forward header (display name 'Приймальня'), the original "
             "being signed with a position only.",
        body=body("""
            Пересилаю лист управління, з робочої скриньки не відправляється.
            Марина

            ---------- Forwarded message ----------
            From: Приймальня <finansy@example.gov.ua>
            Date: 2012/12/12
            Subject: Звіт щодо виконання Плану заходів (Відкритий уряд)
            To: uvp@cg.ukrtel.net

            Рубрику «Виконання місцевих бюджетів Чернігівської області» на офіційному сайті облдержадміністрації наповнено: розміщено щомісячні звіти про виконання обласного бюджету та зведених бюджетів районів за січень-листопад 2012 року, а також рішення обласної ради про внесення змін до обласного бюджету.

            Проект обласного бюджету на 2013 рік винесено на публічне громадське обговорення: 28 листопада 2012 року проведено громадські слухання за участю представників громадських організацій, на веб-сайті управління відкрито електронні консультації (надійшло 11 пропозицій).

            З повагою,
            заступник начальника управління
        """),
    ),
    dict(
        name="15-yandex-forward-private",
        executor="rda-nosivka", period=2, date="2013-06-05 09:47:22",
        lang="ru+uk", charset="utf-8", cte="base64", client="yandex", alt=False,
        from_name="Светлана Кирий", from_addr="svitlana.kyrii@yandex.ua",
        subject="Fwd: звіт Відкритий уряд",
        items=[1, 9, 10],
        trap="Yandex forward of a mail from another private box; office only in the original's signature",
        note="Forwarded via Yandex by a colleague (Russian note); the original is also from a private "
             "mail.ru box, and the Nosivka district administration is named only in the original's "
             "signature.",
        body=body("""
            Добрый день. Пересылаю по просьбе коллеги, у него не проходит почта на ваш адрес.

            -------- Пересылаемое сообщение --------
            04.06.2013, 17:22, "Іван Шевчук" <ishevchuk1975@mail.ru>:

            Доброго дня!

            1. На офіційному веб-сайті райдержадміністрації у І півріччі 2013 року оприлюднено 37 розпоряджень голови, звіт про виконання районного бюджету за І квартал та оновлено розділ «Звернення громадян»; структуру сайту приведено до вимог чинного законодавства.

            9. Члени громадської ради при райдержадміністрації взяли участь в обговоренні проектів розпоряджень «Про затвердження районної програми розвитку культури на 2013-2015 роки» та «Про благоустрій населених пунктів району».

            10. Громадська рада при райдержадміністрації на виконання нашої рекомендації створила у своєму складі комісію з питань відкритості та прозорості діяльності органу влади (3 особи).

            Головний спеціаліст відділу організаційної роботи апарату Носівської райдержадміністрації
            І.М. Шевчук

            -------- Конец пересылаемого сообщения --------
        """),
    ),
    dict(
        name="16-resend-after-bounce",
        executor="rda-semenivka", period=1, date="2012-12-03 12:10:55",
        lang="uk", charset="windows-1251", cte="8bit", client="thunderbird", alt=False,
        from_name="Олена Ткаченко", from_addr="olena.tkachenko@ukr.net",
        subject="Fwd: Відкритий уряд - інформація",
        items=[1, 6, 12],
        trap="Thunderbird inline forward; registered address rda-semenivka@ only in the forward header",
        note="A resend after a bounce: the only clue is the registered address "
             "rda-semenivka@example.gov.ua in the Thunderbird inline-forward header (the original went "
             "to a mistyped address); all texts are signed with a name only.",
        body=body("""
            Доброго дня! Лист, надісланий з робочої скриньки в п'ятницю, повернувся (помилка в адресі), надсилаю повторно.

            -------- Original Message --------
            Subject: \tВідкритий уряд - інформація
            Date: \tFri, 30 Nov 2012 16:48:03 +0200
            From: \trda-semenivka@example.gov.ua
            To: \tuvp@cg.ukrtel.ua

            Офіційний веб-сайт райдержадміністрації переведено на нову платформу, інформаційне наповнення приведено у відповідність до вимог законодавства: створено розділи «Публічна інформація», «Регуляторна політика», «Громадська рада».

            У жовтні-листопаді 2012 року проведено 2 консультації з громадськістю у формі громадських слухань: щодо проекту районного бюджету на 2013 рік та щодо реорганізації районної лікарні.

            Громадська рада при райдержадміністрації провела громадську експертизу діяльності райдержадміністрації у сфері надання адміністративних послуг; за її результатами розроблено заходи щодо реалізації 3 експертних пропозицій.

            О. Ткаченко
        """),
    ),
    dict(
        name="17-letterhead",
        executor="su-kultura", period=1, date="2012-12-07 16:20:11",
        lang="uk", charset="windows-1251", cte="quoted-printable", client="outlook2003", alt=False,
        from_name="Наталія Литвин", from_addr="n.lytvyn@bigmir.net",
        subject="Лист від 07.12.2012 № 01-14/1843",
        items=[1, 2, 6],
        trap="capital-letter letterhead (oblast administration / culture department) with outgoing number",
        note="A capital-letter letterhead ('ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ / УПРАВЛІННЯ "
             "КУЛЬТУРИ І ТУРИЗМУ') with an outgoing number and date, then the UVP addressee in the "
             "dative; the signature gives only a position and a name.",
        body=body("""
            ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ
            УПРАВЛІННЯ КУЛЬТУРИ І ТУРИЗМУ

            07.12.2012 № 01-14/1843
            На № 05-09/1201 від 14.11.2012

            Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

            Про виконання Плану заходів

            Інформаційне наповнення офіційного веб-сайту управління приведено у відповідність до вимог чинного законодавства: створено розділ «Публічна інформація», оприлюднено реєстр пам'яток культурної спадщини області, оновлено розділ «Туристичні маршрути».

            Для рубрики «Хід виконання цільових програм» офіційного сайту облдержадміністрації надано звіт про виконання обласної програми розвитку туризму на 2011-2015 роки за 9 місяців 2012 року.

            Проведено 2 консультації з громадськістю: засідання круглого столу щодо збереження пам'яток архітектури обласного центру та електронні консультації щодо концепції святкування Дня Незалежності України в 2013 році.

            Начальник управління                                Н.П. Литвин
        """),
    ),
    dict(
        name="18-locative-own-district-guest",
        executor="rda-nizhyn", period=2, date="2013-05-30 11:11:14",
        lang="ru", charset="koi8-u", cte="base64", client="thebat", alt=False,
        from_name="Тамара Гребенюк", from_addr="t.grebeniuk@mail.ru",
        subject="Открытое правительство - отчет",
        items=[6, 7],
        trap="own district only in the locative ('В Нежинском районе'); another district administration named as guest",
        note="Russian text: the sender's own district appears only in the locative ('В Нежинском "
             "районе'), while another district administration (Bobrovytsia) is named in full as a guest.",
        body=body("""
            Добрый день.

            В Нежинском районе в мае 2013 года проведено 3 консультации с общественностью: общественные слушания по вопросам развития сельского зеленого туризма, встреча с фермерами по вопросам аренды земель и электронные консультации относительно графика приема граждан. Слушания посетили в качестве гостей представители Бобровицкой райгосадминистрации, которые знакомились с нашим опытом.

            В состав консультативно-совещательных органов при райгосадминистрации (районный совет предпринимателей, комиссия по вопросам защиты прав ребенка) включены шесть представителей общественных организаций, в том числе четыре члена общественного совета.

            Сектор информационной деятельности и коммуникаций с общественностью
            Т. Гребенюк
        """),
    ),
    dict(
        name="19-long-position-line",
        executor="rda-mena", period=1, date="2012-12-05 14:02:37",
        lang="uk", charset="utf-8", cte="8bit", client="thunderbird", alt=False,
        from_name="Оксана Гриценко", from_addr="o.hrytsenko@meta.ua",
        subject="Відкритий уряд - IV квартал 2012",
        items=[1, 6, 10],
        trap="only a long position line in the signature, containing the UVP name pattern, wrapped by format=flowed",
        note="The only attribution is a long signature position line that contains the UVP's name "
             "pattern ('з питань внутрішньої політики та зв'язків з громадськістю') before 'апарату "
             "Менської районної державної адміністрації'; format=flowed wraps it across lines.",
        body=body("""
            Доброго дня!

            Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог чинного законодавства: у IV кварталі оприлюднено 52 розпорядження голови, проекти регуляторних актів та звіт про роботу зі зверненнями громадян.

            Проведено 4 консультації з громадськістю, зокрема громадські слухання щодо проекту районного бюджету на 2013 рік та публічне обговорення питання утворення центру надання адміністративних послуг.

            Громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності органу влади; рекомендацію направлено листом від 19.11.2012.

            -- 
            З повагою,
            Оксана Гриценко
            Головний спеціаліст сектору з питань внутрішньої політики та зв'язків з громадськістю апарату Менської районної державної адміністрації
            тел. (04644) 2-11-35
        """),
    ),
    dict(
        name="20-reply-above-reminder",
        executor="su-sotszakhyst", period=2, date="2013-06-11 16:45:03",
        lang="uk", charset="utf-8", cte="quoted-printable", client="outlook2003", alt=False,
        from_name="Валентина Руденко", from_addr="v.rudenko@i.ua",
        subject="RE: Нагадування: інформація до 15 червня 2013 року",
        reply_to_id=True,
        items=[1, 6, 9],
        trap="reply above a quoted UVP reminder that lists five oblast departments and their registered addresses",
        note="A reply above a quoted UVP reminder whose header and salutation list five oblast "
             "departments and their registered addresses; the sender is the social protection "
             "department named in the signature above the quote.",
        body=body("""
            Добрий день!

            1. На офіційному веб-сайті управління оновлено розділ «Соціальні гарантії», оприлюднено порядок призначення житлових субсидій, зразки заяв та звіт про виконання запитів на публічну інформацію за І квартал 2013 року.

            6. Проведено консультації з громадськістю щодо проекту регіональної програми зайнятості населення на 2013-2017 роки (засідання круглого столу 16.04.2013) та щодо організації соціального таксі для інвалідів (електронні консультації).

            9. Члени громадської ради при облдержадміністрації взяли участь в обговоренні проекту розпорядження голови облдержадміністрації «Про затвердження Порядку надання матеріальної допомоги малозабезпеченим громадянам»; 3 пропозиції враховано.

            Управління праці та соціального захисту населення облдержадміністрації
            В.О. Руденко

            -----Original Message-----
            From: УВП ОДА [mailto:uvp@cg.ukrtel.net] 
            Sent: Monday, May 20, 2013 9:30 AM
            To: osvita@example.gov.ua; zdorovia@example.gov.ua; sotszakhyst@example.gov.ua; simia@example.gov.ua; sluzhba-ditei@example.gov.ua
            Subject: Нагадування: інформація до 15 червня 2013 року

            Управлінню освіти і науки, управлінню охорони здоров'я, управлінню праці та соціального захисту населення, управлінню у справах сім'ї, молоді та спорту, службі у справах дітей облдержадміністрації

            Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області інформацію про його виконання необхідно надіслати до 15 червня 2013 року на адресу uvp@cg.ukrtel.net.

            Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
        """),
    ),
    dict(
        name="21-public-council-as-subject",
        executor="su-sluzhba-ditei", period=1, date="2012-11-30 10:00:27",
        lang="uk", charset="koi8-u", cte="quoted-printable", client="oe6", alt=False,
        from_name="Ганна Пилипенко", from_addr="hanna.pylypenko@bigmir.net",
        subject="Про виконання заходів щодо відкритості",
        items=[7, 8],
        trap="the Public Council at the oblast administration (an executor) is the grammatical subject of both paragraphs",
        note="The Public Council at the oblast administration (itself an executor) opens both "
             "paragraphs in the nominative; the children's service is named in full only in the "
             "signature.",
        body=body("""
            Громадська рада при облдержадміністрації за нашим зверненням делегувала голову комітету з питань соціальної політики та захисту прав дітей до складу колегії Служби. Відповідні зміни до Положення про Службу затверджено.

            Громадська рада при облдержадміністрації також делегувала трьох своїх членів до складу обласної координаційної ради з питань усиновлення та захисту прав дітей-сиріт, що діє як дорадчий орган при облдержадміністрації.

            Служба у справах дітей облдержадміністрації
            Г. Пилипенко
        """),
    ),
    dict(
        name="22-chernihiv-ambiguity",
        executor="rda-chernihiv", period=2, date="2013-05-21 10:30:48",
        lang="uk", charset="windows-1251", cte="8bit", client="thebat", alt=False,
        from_name="Іван Мороз", from_addr="ivan.moroz@meta.ua",
        subject="Інформація за І півріччя 2013 року",
        items=[1, 9, 12],
        trap="'Чернігівськ-' names the oblast administration and an oblast-wide NGO before the district administration",
        note="'Чернігів-' names several bodies (the oblast administration, an oblast-wide NGO, the "
             "city) besides the sender, the Chernihiv district administration, which is named only "
             "in the signature.",
        body=body("""
            Доброго дня!

            Офіційний веб-сайт райдержадміністрації з квітня 2013 року працює на новій платформі, розробленій за методичними рекомендаціями Чернігівської облдержадміністрації; його наповнення приведено до вимог законодавства про доступ до публічної інформації.

            Члени громадської ради при райдержадміністрації залучені до обговорення проекту розпорядження «Про затвердження районної програми розвитку освіти на 2013-2015 роки»; в обговоренні також взяли участь представники Чернігівської обласної державної адміністрації.

            Громадська організація «Громадський контроль Чернігівщини» провела громадську антикорупційну експертизу проекту розпорядження голови райдержадміністрації про порядок передачі в оренду майна спільної власності територіальних громад; 4 пропозиції враховано в остаточній редакції.

            Чернігівська районна державна адміністрація
            сектор з питань внутрішньої політики, м. Чернігів
            І. Мороз
        """),
    ),
    dict(
        name="23-russian-uvp-like-unit",
        executor="rda-ripky", period=1, date="2012-12-11 09:20:14",
        lang="ru", charset="utf-8", cte="base64", client="yandex", alt=False,
        from_name="Елена Савчук", from_addr="savchuk.e@yandex.ua",
        subject="Отчет по плану мероприятий",
        items=[1, 7, 10],
        trap="Russian signature unit 'Отдел по вопросам внутренней политики и связей с общественностью' resembles the UVP's Russian alias",
        note="Russian text: the signing unit 'Отдел по вопросам внутренней политики и связей с "
             "общественностью' nearly matches the UVP's Russian alias; the executor is the Ripky "
             "district administration named after it.",
        body=body("""
            Добрый день!

            1. Официальный веб-сайт райгосадминистрации приведен в соответствие с требованиями законодательства: созданы разделы «Доступ к публичной информации» и «Общественный совет», размещен отчет об исполнении районного бюджета за 9 месяцев 2012 года.

            7. В состав районной комиссии по вопросам защиты прав ребенка и координационного совета по вопросам развития предпринимательства, которые являются консультативно-совещательными органами, включены представители общественных организаций, в том числе два члена общественного совета при райгосадминистрации.

            10. Общественному совету при райгосадминистрации рекомендовано создать рабочую группу по вопросам открытости и прозрачности деятельности органа власти; группа создана 27 ноября 2012 года.

            Отдел по вопросам внутренней политики и связей с общественностью аппарата Репкинской райгосадминистрации
            Е. Савчук
        """),
    ),
    dict(
        name="24-reused-subject-other-district",
        executor="rda-ichnia", period=2, date="2013-06-07 13:37:29",
        lang="uk", charset="utf-8", cte="8bit", client="ukrnet", alt=True,
        from_name="Марічка Остапенко", from_addr="marichka.ostapenko@ukr.net",
        subject="Re: Звіт Прилуцької РДА за ІІ півріччя 2012 року (зразок)",
        reply_to_id=True,
        items=[1, 6, 12],
        trap="reply keeps a subject naming another district ('Звіт Прилуцької РДА ... (зразок)')",
        note="A reply to a circulated sample keeps the subject 'Звіт Прилуцької РДА ...', naming "
             "another district; the body is the Ichnia district administration's own report, named "
             "in the signature.",
        body=body("""
            Доброго дня! Надсилаємо інформацію за зразком, який ви розсилали.

            1. На офіційному веб-сайті райдержадміністрації створено розділ «Відкритий уряд», де розміщено план заходів; оновлено контактні дані структурних підрозділів, інформаційне наповнення сайту приведено до вимог законодавства.

            6. У І півріччі 2013 року проведено 5 консультацій з громадськістю, зокрема громадські слухання щодо проекту генерального плану районного центру та зустрічі з мешканцями сіл щодо оптимізації мережі фельдшерсько-акушерських пунктів.

            12. Громадська рада при райдержадміністрації провела громадську експертизу діяльності райдержадміністрації у сфері земельних відносин; для реалізації 6 експертних пропозицій розроблено план заходів.

            Ічнянська районна державна адміністрація
            відділ організаційної роботи
            М. Остапенко
        """),
    ),
]


# --------------------------------------------------------------------------------------------
# Client profiles
# --------------------------------------------------------------------------------------------
CLIENTS = {
    "outlook2003": "Outlook 2003",
    "outlook2007": "Outlook 2007",
    "outlook2010": "Outlook 2010",
    "oe6": "Outlook Express 6",
    "thunderbird": "Thunderbird 17",
    "thebat": "The Bat! 4",
    "gmail": "Gmail (web)",
    "yandex": "Yandex.Mail (web)",
    "ukrnet": "ukr.net (web)",
    "iua": "i.ua (web)",
}
WRAP = {"oe6": (76, False), "thebat": (76, False), "thunderbird": (72, True)}  # 8bit only


def sha(m):
    return hashlib.sha1(m["name"].encode("utf-8"))


def when(m):
    off = PERIODS[m["period"]][2]
    return datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=timezone(timedelta(hours=off)))


def ew(text, charset, enc="B", label=None, header_name=None):
    """RFC 2047 encoded words via email.header (ASCII text is left alone)."""
    if all(ord(c) < 128 for c in text):
        return text
    cs = Charset(charset)
    cs.header_encoding = BASE64 if enc == "B" else QP
    out = Header(text, cs, header_name=header_name).encode(linesep="\n", maxlinelen=76)
    out = out.replace("?b?", "?B?").replace("?q?", "?Q?")
    if label:
        out = out.replace("=?%s?" % cs.get_output_charset(), "=?%s?" % label)
    return out


def hdr_charset_label(m):
    c = m["charset"]
    if m["client"] in ("thunderbird", "gmail", "ukrnet", "iua") and c == "utf-8":
        return "UTF-8"
    if m["client"] == "thebat" and c == "windows-1251":
        return "Windows-1251"
    return c


def message_id(m):
    h = sha(m).hexdigest()
    d = m["from_addr"].split("@")[1]
    ts = int(when(m).timestamp())
    c = m["client"]
    yr = "01cd" if m["period"] == 1 else "01ce"
    if c.startswith("outlook"):
        return "<000%s%s%s$%s$%s@%s>" % (h[0], yr, h[1:5], h[5:13], h[13:21], d)
    if c == "oe6":
        return "<%s%s%s$%s$0201a8c0@user>" % (h[:4], yr, h[4:8], h[8:16])
    if c == "thunderbird":
        return "<%08X.%07d@%s>" % (ts, int(h[:8], 16) % 10**7, d)
    if c == "thebat":
        return "<%d.%s@%s>" % (int(h[:8], 16) % 10**9, when(m).strftime("%Y%m%d%H%M%S"), d)
    if c == "gmail":
        tok = base64.b64encode(sha(m).digest() + hashlib.sha1(h.encode()).digest()[:11]).decode()
        return "<CA%s@mail.gmail.com>" % tok.replace("/", "_")
    if c == "yandex":
        return "<%d%d@web%dh.yandex.ru>" % (int(h[:5], 16), ts, int(h[5:7], 16) % 30 + 1)
    return "<%d.%s@%s>" % (ts, h[:12], d)  # ukr.net, i.ua


def thread_index(m):
    return base64.b64encode(b"\x01" + sha(m).digest()[:21]).decode()


def boundary(m, n=0):
    h = hashlib.sha1(("%s/%d" % (m["name"], n)).encode()).hexdigest()
    c = m["client"]
    if c.startswith("outlook") or c == "oe6":
        return "----=_NextPart_000_%s_%s.%s" % (h[:4].upper(), h[4:12].upper(), h[12:20].upper())
    if c == "thunderbird":
        return "------------%s" % "".join(str(int(x, 16) % 10) for x in h[:24])
    if c == "thebat":
        return "----------%s" % h[:14].upper()
    if c == "gmail":
        return "047d7b%s" % h[:22]
    return "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:14], 16), int(when(m).timestamp()))


# --------------------------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------------------------
def wire_text(m):
    """The text exactly as it will decode from the plain part (8bit mails are wrapped)."""
    text = m["body"]
    if m["cte"] != "8bit" or m["client"] not in WRAP:
        return text
    width, flowed = WRAP[m["client"]]
    out = []
    for line in text.split("\n")[:-1]:
        if len(line) <= width:
            out.append(line)
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False,
                              break_on_hyphens=False, expand_tabs=False)
        if flowed:
            out.extend(p + " " for p in parts[:-1])
            out.append(parts[-1])
        else:
            out.extend(parts)
    return "\n".join(out) + "\n"


def html_text(m):
    """HTML alternative with the same text, in the client's style."""
    paras = [p.split("\n") for p in m["body"].rstrip("\n").split("\n\n")]
    cs = hdr_charset_label(m)
    c = m["client"]
    if c.startswith("outlook"):
        gen = {"outlook2007": "12", "outlook2010": "14"}.get(c, "12")
        blocks = []
        for p in paras:
            blocks.append("".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % escape(l, False)
                                  for l in p))
        mid = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n".join(blocks)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
                'xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word %s (filtered medium)">'
                '<style><!--\np.MsoNormal {margin:0cm; margin-bottom:.0001pt; '
                'font-size:11.0pt; font-family:"Calibri","sans-serif";}\n--></style></head>\n'
                '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n%s'
                '</div></body></html>\n') % (cs, gen, mid)
    if c == "thunderbird":
        inner = "<br>\n<br>\n".join("<br>\n".join(escape(l, False) for l in p) for p in paras)
        return ('<html>\n  <head>\n    <meta content="text/html; charset=%s"\n'
                '      http-equiv="Content-Type">\n  </head>\n'
                '  <body bgcolor="#FFFFFF" text="#000000">\n%s<br>\n  </body>\n</html>\n') % (cs, inner)
    if c == "gmail":
        inner = "<br><br>".join("<br>".join(escape(l, False) for l in p) for p in paras)
        return '<div dir="ltr">%s<br></div>\n' % inner
    inner = "\n".join("<p>%s</p>" % "<br>".join(escape(l, False) for l in p) for p in paras)
    return "<html><body>\n%s\n</body></html>\n" % inner


def wrap_html_8bit(html, width=76):
    out = []
    for line in html.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def qp_encode(text, charset, limit=76):
    """Quoted-printable as mail clients write it: soft breaks fall between characters, never
    inside a multi-byte UTF-8 sequence; a space or tab ending a line is encoded."""
    out = []
    for line in text.split("\n")[:-1]:
        toks = []
        for i, ch in enumerate(line):
            b = ch.encode(charset)
            last = i == len(line) - 1
            if len(b) == 1 and (33 <= b[0] <= 126 and b[0] != 61 or b[0] in (9, 32) and not last):
                toks.append(ch)
            else:
                toks.append("".join("=%02X" % x for x in b))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > limit - 1:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    data = ("\r\n".join(out) + "\r\n").encode("ascii")
    assert quopri.decodestring(data).replace(CRLF, b"\n") == text.encode(charset)
    return data


def encode_body(text, charset, cte):
    raw = text.encode(charset)  # strict: fails if the charset cannot carry the text
    if cte == "8bit":
        return raw.replace(b"\n", CRLF)
    if cte == "quoted-printable":
        return qp_encode(text, charset)
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", CRLF)).replace(b"\n", CRLF)
    raise ValueError(cte)


def ctype(m, sub):
    cs = hdr_charset_label(m)
    c = m["client"]
    flowed = "; format=flowed" if (c == "thunderbird" and sub == "plain" and m["cte"] == "8bit") else ""
    if c.startswith("outlook") or c == "oe6":
        return 'text/%s;\n\tcharset="%s"%s' % (sub, cs, flowed)
    return "text/%s; charset=%s%s" % (sub, cs, flowed)


# --------------------------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------------------------
def headers(m, top_ctype):
    c = m["client"]
    h = sha(m).hexdigest()
    label = hdr_charset_label(m)
    hcs = m["charset"]
    enc = "Q" if c == "thebat" else "B"
    name_part = ew(m["from_name"], hcs, enc, label)
    if name_part == m["from_name"]:
        name_part = '"%s"' % name_part
    frm = "%s <%s>" % (name_part, m["from_addr"])
    if len("From: " + frm) > 78:
        frm = "%s\n <%s>" % (name_part, m["from_addr"])
    subj = ew(m["subject"], hcs, enc, label, header_name="Subject")
    date = format_datetime(when(m))
    mid = message_id(m)
    reply = []
    if m.get("reply_to_id"):
        parent = "<%s.%s@cg.ukrtel.net>" % (h[20:32], h[32:40])
        reply = [("In-Reply-To", parent), ("References", parent)]
    mime = [("MIME-Version", "1.0"), ("Content-Type", top_ctype)]
    cte = [] if m["alt"] else [("Content-Transfer-Encoding", m["cte"])]
    to = "<%s>" % MAILBOX if c.startswith("outlook") or c == "oe6" else MAILBOX
    if c.startswith("outlook"):
        mailer = {"outlook2003": "Microsoft Office Outlook 11",
                  "outlook2007": "Microsoft Office Outlook 12.0",
                  "outlook2010": "Microsoft Outlook 14.0"}[c]
        extra = [("X-Mailer", mailer)]
        if c == "outlook2003":
            extra.append(("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5931"))
        extra.append(("Thread-Index", thread_index(m)))
        if c != "outlook2003":
            extra.append(("Content-Language", "uk"))
        return ([("From", frm), ("To", to), ("Subject", subj)] + reply +
                [("Date", date), ("Message-ID", mid)] + mime + cte + extra)
    if c == "oe6":
        return ([("Message-ID", mid), ("From", frm), ("To", to), ("Subject", subj)] + reply +
                [("Date", date)] + mime +
                [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                 ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
                 ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")] + cte)
    if c == "thunderbird":
        ua = ("Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121106 Thunderbird/17.0"
              if m["period"] == 1 else
              "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")
        return ([("Message-ID", mid), ("Date", date), ("From", frm), ("User-Agent", ua),
                 ("MIME-Version", "1.0"), ("To", to), ("Subject", subj)] + reply +
                [("Content-Type", top_ctype)] + cte)
    if c == "thebat":
        return ([("Date", date), ("From", frm), ("X-Mailer", "The Bat! (v4.0.24) Professional"),
                 ("X-Priority", "3 (Normal)"), ("Message-ID", mid), ("To", to),
                 ("Subject", subj)] + reply + mime + cte)
    if c == "gmail":
        return ([("MIME-Version", "1.0"), ("Date", date), ("Message-ID", mid), ("Subject", subj),
                 ("From", frm), ("To", to)] + reply + [("Content-Type", top_ctype)] + cte)
    if c == "yandex":
        return ([("From", frm), ("To", to), ("Subject", subj)] + reply +
                [("MIME-Version", "1.0"), ("Message-Id", mid),
                 ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), ("Date", date)] + cte +
                [("Content-Type", top_ctype)])
    # ukr.net, i.ua web mail
    return ([("Date", date), ("From", frm), ("To", to), ("Subject", subj)] + reply +
            [("Message-ID", mid)] + mime + cte)


def fold(name, value):
    lines = value.split("\n")
    return "\r\n".join([name + ": " + lines[0]] + [l if l[:1] in " \t" else " " + l
                                                   for l in lines[1:]])


def build(m):
    plain = wire_text(m)
    if not m["alt"]:
        hs = headers(m, ctype(m, "plain"))
        head = "\r\n".join(fold(n, v) for n, v in hs).encode("ascii")
        return head + CRLF + CRLF + encode_body(plain, m["charset"], m["cte"])
    b = boundary(m)
    html = html_text(m)
    if m["cte"] == "8bit":
        html = wrap_html_8bit(html)
    top = 'multipart/alternative;\n\tboundary="%s"' % b
    if m["client"] == "gmail":
        top = 'multipart/alternative; boundary="%s"' % b
    elif m["client"] in ("ukrnet", "thunderbird"):
        top = 'multipart/alternative;\n boundary="%s"' % b
    hs = headers(m, top)
    head = "\r\n".join(fold(n, v) for n, v in hs).encode("ascii")
    out = [head, CRLF, CRLF]
    if m["client"] != "gmail":
        out += [b"This is a multi-part message in MIME format.", CRLF, CRLF]
    for sub, text in (("plain", plain), ("html", html)):
        part_h = [("Content-Type", ctype(m, sub)), ("Content-Transfer-Encoding", m["cte"])]
        out += [("--" + b).encode("ascii"), CRLF,
                "\r\n".join(fold(n, v) for n, v in part_h).encode("ascii"), CRLF, CRLF,
                encode_body(text, m["charset"], m["cte"]), CRLF]
    out += [("--" + b + "--").encode("ascii"), CRLF]
    return b"".join(out)


def key(m):
    return {
        "class": "personal_address",
        "executor": m["executor"],
        "period": m["period"],
        "late": False,
        "kind": "report",
        "reason": None,
        "note": m["note"],
        "items": [{"measure": n, "source": "body"} for n in sorted(m["items"])],
    }


def key_bytes(m):
    return (json.dumps(key(m), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------
class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "title"):
            self.skip += 1
        if tag in ("p", "br", "div"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def words(s):
    return " ".join(s.split())


def check(m, data, plan):
    name = m["name"]
    fail = lambda why: sys.exit("%s: %s" % (name, why))
    execs = {e["id"]: e for e in plan["executor"]}
    registered = {a.lower() for e in plan["executor"] for a in e.get("emails", [])}
    measures = {x["number"]: x for x in plan["measure"]}
    # plan.toml: executor exists, is in group su/rda, owes every listed measure
    e = execs.get(m["executor"]) or fail("unknown executor %s" % m["executor"])
    if not set(e.get("groups", [])) & {"su", "rda"}:
        fail("executor is neither su nor rda")
    if not m["items"] or m["items"] != sorted(set(m["items"])):
        fail("items must be sorted and unique")
    period_start = {1: "2012-09-10", 2: "2012-12-16"}[m["period"]]
    for n in m["items"]:
        x = measures.get(n) or fail("no measure %d" % n)
        if not ({m["executor"]} | set(e.get("groups", []))) & set(x["executors"]):
            fail("measure %d not owed by %s" % (n, m["executor"]))
        if x.get("owed") is False or m["executor"] in x.get("by_consent", []):
            fail("measure %d is not owed" % n)
        if "until" in x and str(x["until"]) < period_start:
            fail("measure %d expired before period %d" % (n, m["period"]))
    # the parsed message
    msg = message_from_bytes(data, policy=policy.default)
    frm = msg["From"].addresses
    if len(frm) != 1:
        fail("From must hold one address")
    addr = frm[0].addr_spec.lower()
    if addr in registered or addr == MAILBOX:
        fail("From address %s is registered" % addr)
    if addr.split("@")[1] not in PRIVATE_DOMAINS:
        fail("From %s is not a private mailbox" % addr)
    if frm[0].display_name != m["from_name"]:
        fail("From display name decodes to %r" % frm[0].display_name)
    if [a.addr_spec for a in msg["To"].addresses] != [MAILBOX]:
        fail("To must be %s" % MAILBOX)
    if str(msg["Subject"]) != m["subject"]:
        fail("Subject decodes to %r" % str(msg["Subject"]))
    dt = msg["Date"].datetime
    lo, hi, off = PERIODS[m["period"]]
    if not (lo <= dt.strftime("%Y-%m-%d") <= hi) or dt.utcoffset() != timedelta(hours=off):
        fail("Date %s outside period %d window" % (msg["Date"], m["period"]))
    if msg.defects:
        fail("defects: %r" % msg.defects)
    leaves = [p for p in msg.walk() if not p.is_multipart()]
    want = ["text/plain", "text/html"] if m["alt"] else ["text/plain"]
    if [p.get_content_type() for p in leaves] != want:
        fail("structure %r" % [p.get_content_type() for p in leaves])
    if m["alt"] and msg.get_content_type() != "multipart/alternative":
        fail("top type %s" % msg.get_content_type())
    for p in leaves:
        if p.get_content_disposition() or p.get_filename():
            fail("attachment-like part")
        if p.get_content_charset() != m["charset"]:
            fail("charset %s" % p.get_content_charset())
        if p["Content-Transfer-Encoding"] != m["cte"]:
            fail("CTE %s" % p["Content-Transfer-Encoding"])
        if p.defects:
            fail("part defects: %r" % p.defects)
    plain = leaves[0].get_content().replace("\r\n", "\n")
    if plain != wire_text(m):
        fail("plain text does not decode to the intended text")
    if m["alt"]:
        t = _Text()
        t.feed(leaves[1].get_content())
        if words("".join(t.out)) != words(m["body"]):
            fail("HTML text differs from the plain text")
    # raw form: line lengths, ASCII outside 8bit bodies
    for line in data.split(CRLF):
        if len(line) > 998:
            fail("line over 998 octets")
        if b"\n" in line or b"\r" in line:
            fail("bare CR or LF")
    head = data.split(CRLF + CRLF, 1)[0]
    head.decode("ascii")
    if m["cte"] != "8bit":
        data.decode("ascii")


def build_all():
    out = {}
    for m in MAILS:
        out[m["name"] + ".eml"] = build(m)
        out[m["name"] + ".expected.json"] = key_bytes(m)
    return out


def main():
    with open(PLAN, "rb") as f:
        plan = tomllib.load(f)
    names = [m["name"] for m in MAILS]
    assert len(MAILS) == 24 and len(set(names)) == 24, "need 24 uniquely named mails"
    assert len({m["executor"] for m in MAILS}) == 24, "need 24 different executors"
    files = build_all()
    assert files == build_all(), "build is not deterministic"
    ids = set()
    for m in MAILS:
        data = files[m["name"] + ".eml"]
        check(m, data, plan)
        mid = message_from_bytes(data, policy=policy.default)["Message-ID"]
        assert mid not in ids, "duplicate Message-ID " + mid
        ids.add(mid)
    if "--check" in sys.argv[1:]:
        bad = []
        for fn, data in sorted(files.items()):
            p = os.path.join(HERE, fn)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                bad.append(fn)
        if bad:
            sys.exit("differs from disk: " + ", ".join(bad))
        print("ok: %d mails match make.py" % len(MAILS))
        return
    for fn in os.listdir(HERE):  # drop stale outputs of earlier runs
        if (fn.endswith(".eml") or fn.endswith(".expected.json")) and fn not in files:
            os.remove(os.path.join(HERE, fn))
    for fn, data in sorted(files.items()):
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
    print("wrote %d mails and keys, all checks passed" % len(MAILS))


if __name__ == "__main__":
    main()
