#!/usr/bin/env python3
"""Generator of the "replies" test corpus for zvit.

Writes NAME.eml and NAME.expected.json for 30 progress-report mails into the
folder of this script.  Deterministic: every Date, Received, Message-ID and MIME
boundary is fixed or derived from the mail's name; nothing depends on the clock
or on randomness.  Run:  python3 make.py
"""
import hashlib
import html
import json
import textwrap
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
UVP = "uvp@cg.ukrtel.net"

# ---------------------------------------------------------------------------
# The plan's measures (verbatim from plan-uk.txt), used in the quoted reminders.
# ---------------------------------------------------------------------------
MEASURE = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    2: "З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».",
    5: "Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
    13: "Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації з громадськістю.",
}

REMINDER_SUBJECT = "Нагадування про надання інформації щодо виконання плану заходів «Відкритий уряд»"


def reminder(period, measures):
    """The oblast office's reminder, split as (head, [one line per measure], tail)."""
    deadline, asof = {1: ("15 грудня 2012 року", "03.12.2012"),
                      2: ("15 червня 2013 року", "03.06.2013")}[period]
    head = (
        "Шановні колеги!\n\n"
        "Управління з питань внутрішньої політики та зв'язків з громадськістю "
        "облдержадміністрації нагадує, що відповідно до пункту 16 Плану заходів з "
        "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області "
        "у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про "
        f"виконання плану необхідно надати до {deadline} на адресу електронної пошти "
        "uvp@cg.ukrtel.net.\n\n"
        f"Станом на {asof} від Вас не надійшла інформація щодо виконання таких заходів плану:"
    )
    lines = [f"{m}. {MEASURE[m]}" for m in measures]
    tail = (
        "Просимо надати інформацію у встановлений термін.\n\n"
        "З повагою\n"
        "сектор взаємодії з інститутами громадянського суспільства\n"
        "управління з питань внутрішньої політики\n"
        "та зв'язків з громадськістю облдержадміністрації\n"
        "тел. (0462) 67-50-25"
    )
    return head, lines, tail


def reminder_text(period, measures):
    head, lines, tail = reminder(period, measures)
    return head + "\n\n" + "\n".join(lines) + "\n\n" + tail


# ---------------------------------------------------------------------------
# Mail clients
# ---------------------------------------------------------------------------
def h(name, salt=""):
    return hashlib.sha1((name + "|" + salt).encode()).hexdigest()


def hnum(name, salt, mod):
    return int(h(name, salt)[:8], 16) % mod


CLIENTS = {
    "tb_2012": {"hdr": [("User-Agent", "Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1")],
                "quote": "gt", "html": "tb"},
    "tb_2013": {"hdr": [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")],
                "quote": "gt", "html": "tb"},
    "outlook12": {"hdr": [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Content-Language", "uk")],
                  "quote": "none", "html": "outlook"},
    "outlook11": {"hdr": [("X-Mailer", "Microsoft Office Outlook 11"),
                          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
                  "quote": "none", "html": "outlook"},
    "outlook14": {"hdr": [("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "uk")],
                  "quote": "none", "html": "outlook"},
    "oe6": {"hdr": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                    ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                    ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
            "quote": "gt", "html": "outlook"},
    "thebat4": {"hdr": [("X-Mailer", "The Bat! (v4.2.44.2) Professional"), ("Organization", "")],
                "quote": "gt", "html": "tb"},
    "thebat5": {"hdr": [("X-Mailer", "The Bat! (v5.0.36) Professional")], "quote": "gt", "html": "tb"},
    "gmail": {"hdr": [], "quote": "gt", "html": "gmail"},
    "yandex": {"hdr": [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")], "quote": "gt", "html": "yandex"},
    "mailru": {"hdr": [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Priority", "3 (Normal)")],
               "quote": "gt", "html": "yandex"},
    "ukrnet": {"hdr": [("X-Mailer", "freemail.ukr.net")], "quote": "gt", "html": "yandex"},
    "iua": {"hdr": [("X-Mailer", "I.UA Mail")], "quote": "gt", "html": "yandex"},
}


def message_id(client, name, dt, domain):
    x = h(name, "mid")
    stamp = int(dt.timestamp())
    if client.startswith("tb"):
        return f"<{x[:8].upper()}.{int(x[8:14], 16) % 10000000:07d}@{domain}>"
    if client.startswith("outlook"):
        return f"<00{x[:2]}01cd{x[2:6]}${x[6:14]}${x[14:22]}@{domain}>"
    if client == "oe6":
        return f"<00{x[:2]}01cd{x[2:6]}${x[6:14]}$0a00a8c0@{x[14:20]}>"
    if client.startswith("thebat"):
        return f"<{int(x[:8], 16) % 10**10:010d}.{dt.strftime('%Y%m%d%H%M%S')}@{domain}>"
    if client == "gmail":
        return f"<CA+{x[:10]}w{x[10:30]}mQ{x[30:38]}@mail.gmail.com>"
    if client == "yandex":
        return f"<{int(x[:6], 16)}{stamp}@web{int(x[6:8], 16) % 30}h.yandex.ru>"
    if client == "mailru":
        return f"<{stamp}.{int(x[:8], 16)}@f{int(x[8:10], 16)}.mail.ru>"
    if client == "ukrnet":
        return f"<{stamp}.{int(x[:8], 16)}.{x[8:16]}@frv{int(x[16:18], 16) % 60}.ukr.net>"
    if client == "iua":
        return f"<{stamp}.{int(x[:5], 16)}.{x[5:11]}@i.ua>"
    raise ValueError(client)


def boundary(client, name):
    x = h(name, "boundary")
    if client.startswith("outlook") or client == "oe6":
        return f"----=_NextPart_000_00{x[:2].upper()}_01CD{x[2:6].upper()}.{x[6:14].upper()}"
    if client == "gmail":
        return "047d7b" + x[:22]
    if client == "yandex":
        return f"----==--bound.{int(x[:6], 16)}.web{int(x[6:8], 16) % 30}h.yandex.ru"
    if client == "mailru":
        return f"----ALT--{x[:16].upper()}{int(x[16:24], 16)}"
    if client == "ukrnet":
        return f"----NEXT-PART-{x[:24]}"
    return "------------" + x[:24].upper()


RELAY = {
    "example.gov.ua": ("mail.example.gov.ua", "192.0.2.25"),
    "example.org.ua": ("mail.example.org.ua", "192.0.2.26"),
    "gmail.com": ("mail-bk0-f45.google.com", "203.0.113.45"),
    "ukr.net": ("frv{n}.ukr.net", "203.0.113.71"),
    "i.ua": ("mx{n}.i.ua", "203.0.113.90"),
    "mail.ru": ("f{n}.mail.ru", "203.0.113.120"),
    "yandex.ua": ("forward{n}.mail.yandex.net", "203.0.113.160"),
}


# ---------------------------------------------------------------------------
# Rendering of a body made of segments:
#   ("text", s)  the writer's own new text (paragraphs separated by blank lines)
#   ("quote", s) quoted text of an earlier mail (">"-marked or not, by client)
#   ("attr", s)  attribution / separator line(s) of the mail client
#   ("hdr", s)   Outlook header block ("Від: ... Тема: ...")
# ---------------------------------------------------------------------------
KOI8_FIX = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "–": "-", "—": "-",
                          "№": "N", "’": "'", "…": "..."})


def wrap_lines(text, width, prefix=""):
    out = []
    for line in text.split("\n"):
        if width and len(prefix + line) > width:
            for piece in textwrap.wrap(line, width=width - len(prefix), break_long_words=False,
                                       break_on_hyphens=False):
                out.append(prefix + piece)
        else:
            out.append((prefix + line).rstrip() if prefix else line)
    return "\n".join(out)


def render_plain(segs, quote_style, width):
    out = []
    for i, (kind, txt) in enumerate(segs):
        if kind == "quote":
            if quote_style == "gt":
                block = wrap_lines(txt, width, "> ")
            elif quote_style == "gtgt":
                block = wrap_lines(txt, width, "> ")
            else:
                block = txt
        elif kind in ("attr", "hdr"):
            block = txt
        else:
            block = wrap_lines(txt, width)
        out.append(block)
        nxt = segs[i + 1][0] if i + 1 < len(segs) else None
        out.append("\n" if kind == "attr" else "\n\n")
    return "".join(out).rstrip("\n") + "\n"


def esc(s):
    return html.escape(s, quote=False)


def html_paras(txt, style):
    paras = txt.split("\n\n")
    if style == "outlook":
        return "\n".join("<p class=MsoNormal>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "<o:p></o:p></p>"
                         for p in paras)
    if style == "gmail":
        return "<div><br></div>".join("<div>" + "<br>".join(esc(l) for l in p.split("\n")) + "</div>"
                                      for p in paras)
    return "\n".join("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>" for p in paras)


def render_html(segs, style, quote_style, charset):
    body = []
    for kind, txt in segs:
        if kind == "text":
            body.append(html_paras(txt, style))
        elif kind == "attr":
            cls = ' class="gmail_quote"' if style == "gmail" else ' class="moz-cite-prefix"' if style == "tb" else ""
            body.append(f"<div{cls}>" + "<br>".join(esc(l) for l in txt.strip("\n").split("\n")) + "</div>")
        elif kind == "hdr":
            rows = []
            for line in txt.split("\n"):
                if ":" in line and not line.startswith("-----"):
                    k, v = line.split(":", 1)
                    rows.append(f"<b>{esc(k)}:</b>{esc(v)}")
                else:
                    rows.append(esc(line))
            body.append('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                        '<p class=MsoNormal>' + "<br>\n".join(rows) + "<o:p></o:p></p></div>")
        elif kind == "quote":
            inner = html_paras(txt, style)
            if quote_style == "none":
                body.append(inner)
            elif style == "gmail":
                body.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                            'border-left:1px #ccc solid;padding-left:1ex">' + inner + "</blockquote>")
            else:
                body.append('<blockquote type="cite">' + inner + "</blockquote>")
    content = "\n".join(body)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                f'<meta http-equiv=Content-Type content="text/html; charset={charset}">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:12.0pt;font-family:"Times New Roman"} --></style>\n'
                '</head>\n<body lang=UK>\n<div class=WordSection1>\n' + content + "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        return '<div dir="ltr">' + content + "</div>\n"
    return ("<html><head>\n"
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            "</head><body>\n" + content + "\n</body></html>\n")


def text_part(text, subtype, charset, cte):
    cs = Charset(charset)
    cs.header_encoding = BASE64
    cs.body_encoding = {"quoted-printable": QP, "base64": BASE64, "8bit": None}[cte]
    return MIMEText(text, subtype, cs)


def subject_header(subject, cs):
    """ASCII prefixes such as 'Re: ' stay unencoded, as mail clients write them."""
    words = subject.split(" ")
    i = 0
    while i < len(words) - 1 and words[i].isascii():
        i += 1
    hdr = Header(header_name="Subject")
    if i:
        hdr.append(" ".join(words[:i]), "us-ascii")
    hdr.append(" ".join(words[i:]), cs)
    return hdr


def build(m):
    name, client = m["name"], CLIENTS[m["client"]]
    charset, cte = m["charset"], m["cte"]
    segs = m["body"]
    if charset == "koi8-u":
        segs = [(k, t.translate(KOI8_FIX)) for k, t in segs]
    plain = render_plain(segs, client["quote"], m.get("wrap"))
    if m.get("multipart"):
        msg = MIMEMultipart("alternative", boundary=boundary(m["client"], name))
        for part in (text_part(plain, "plain", charset, cte),
                     text_part(render_html(segs, client["html"], client["quote"], charset), "html", charset, cte)):
            del part["MIME-Version"]
            msg.attach(part)
    else:
        msg = text_part(plain, "plain", charset, cte)

    dt = m["date"]
    sender_name, sender_addr = m["from"]
    domain = sender_addr.split("@", 1)[1]
    subject = m["subject"].translate(KOI8_FIX) if charset == "koi8-u" else m["subject"]
    hcs = Charset(charset)
    hcs.header_encoding = BASE64 if hnum(name, "hq", 2) else QP
    if charset == "koi8-u":
        sender_name = sender_name.translate(KOI8_FIX)

    relay, ip = RELAY[domain]
    relay = relay.format(n=hnum(name, "relay", 40) + 1)
    recv = dt + timedelta(seconds=3 + hnum(name, "delay", 50))
    qid = h(name, "qid")[:10].upper()
    headers = [
        ("Return-Path", f"<{sender_addr}>"),
        ("Received", f"from {relay} ({relay} [{ip}]) by mx.cg.ukrtel.net (Postfix) with ESMTP id {qid} "
                     f"for <{UVP}>; {format_datetime(recv)}"),
        ("Date", format_datetime(dt)),
        ("From", formataddr((sender_name, sender_addr), charset=hcs) if sender_name else sender_addr),
        ("To", m.get("to", UVP)),
        ("Subject", subject_header(subject, hcs)),
        ("Message-ID", message_id(m["client"], name, dt, domain)),
    ]
    if m.get("in_reply_to"):
        headers += [("In-Reply-To", m["in_reply_to"]), ("References", m["in_reply_to"])]
    headers += client["hdr"]
    mime_headers = list(msg.items())
    for k in set(k for k, _ in mime_headers):
        del msg[k]
    for k, v in headers:
        if v != "":
            msg[k] = v
    for k, v in mime_headers:
        msg[k] = v
    return msg


KYIV_WINTER = timezone(timedelta(hours=2))
KYIV_SUMMER = timezone(timedelta(hours=3))


def d12(day, hh, mm):          # December 2012, Kyiv winter time
    return datetime(2012, 12, day, hh, mm, 0, tzinfo=KYIV_WINTER)


def d(y, mo, day, hh, mm):
    tz = KYIV_SUMMER if (y, mo) >= (2013, 4) else KYIV_WINTER
    return datetime(y, mo, day, hh, mm, 0, tzinfo=tz)


def irt(executor, period):
    return f"<reminder.{executor}.{'20121203' if period == 1 else '20130603'}@cg.ukrtel.net>"


RE_SUBJ = "Re: " + REMINDER_SUBJECT
TB_ATTR_P1 = "03.12.2012 10:15, УВП пише:"
TB_ATTR_P2 = "03.06.2013 10:15, УВП пише:"

MAILS = []


def mail(**kw):
    MAILS.append(kw)


# ===========================================================================
# Class 1: bottom_post -- replies below / between the quoted reminder
# ===========================================================================

mail(name="bp01_korop_tb_below_quote", cls="bottom_post", executor="rda-korop", period=1,
     client="tb_2012", charset="utf-8", cte="8bit", wrap=72,
     date=d12(6, 14, 32), from_=("Коропська РДА", "rda-korop@example.gov.ua"),
     subject=RE_SUBJ, in_reply_to=irt("rda-korop", 1),
     note="A district administration answers a reminder below the '>'-quoted reminder (Thunderbird), numbering its answers 6, 9 and 12 as in the reminder.",
     items=[6, 9, 12],
     body=[("attr", TB_ATTR_P1),
           ("quote", reminder_text(1, [6, 9, 12])),
           ("text", """Доброго дня!

Коропська районна державна адміністрація надає інформацію щодо виконання пунктів, зазначених у нагадуванні.

6. Протягом вересня – листопада 2012 року райдержадміністрацією проведено консультації з громадськістю у формі публічних громадських обговорень з питань проекту Програми соціально-економічного розвитку району на 2013 рік (22.11.2012) та розвитку мережі закладів первинної медико-санітарної допомоги (08.10.2012). Орієнтовний план проведення консультацій з громадськістю на 2013 рік затверджено та оприлюднено.

9. Члени громадської ради при райдержадміністрації залучалися до обговорення проектів розпоряджень голови райдержадміністрації «Про затвердження районної програми підтримки малого підприємництва на 2013-2014 роки» та «Про районну програму «Питна вода» на 2013-2020 роки». Зауваження та пропозиції членів громадської ради враховано в остаточних редакціях документів.

12. Громадською радою при райдержадміністрації проведено громадську експертизу діяльності райдержадміністрації у сфері надання адміністративних послуг, райдержадміністрація надала для цього всі необхідні матеріали. Розпорядженням голови райдержадміністрації від 27.11.2012 № 318 затверджено план заходів щодо реалізації пропозицій, висловлених за результатами експертизи.

-- 
Заступник голови райдержадміністрації        В.І. Мороз
Виконавець: Ткаченко Н.М., (04658) 2-15-43""")])

mail(name="bp02_ekolohiia_outlook_uk_block", cls="bottom_post", executor="su-ekolohiia", period=1,
     client="outlook12", charset="windows-1251", cte="quoted-printable", multipart=True,
     date=d12(7, 9, 48), from_=("Управління екології", "ekolohiia@example.gov.ua"),
     subject="RE: " + REMINDER_SUBJECT, in_reply_to=irt("su-ekolohiia", 1),
     note="An oblast department writes its prose answer below an unmarked Outlook 'Original Message' block (Ukrainian labels); it reports on the website, the target-programme rubric and the collegium, and says consultations and discussions were not held.",
     items=[1, 2, 8],
     body=[("hdr", """-----Original Message-----
Від: УВП [mailto:uvp@cg.ukrtel.net] 
Відправлено: 3 грудня 2012 р. 10:15
Кому: ekolohiia@example.gov.ua
Тема: """ + REMINDER_SUBJECT),
           ("quote", reminder_text(1, [1, 2, 6, 8, 9])),
           ("text", """Добрий день!

На Ваше нагадування повідомляємо.

Інформаційне наповнення сторінки управління екології та природних ресурсів на офіційному веб-сайті облдержадміністрації приведено у відповідність до вимог законів України «Про доступ до публічної інформації» та «Про інформацію»: оновлено розділи «Нормативна база», «Дозвільна діяльність», «Стан довкілля», розміщено систему обліку публічної інформації та порядок подання запитів на інформацію.

У рубриці «Хід виконання цільових програм» на офіційному сайті облдержадміністрації розміщено інформацію про виконання Регіональної програми охорони навколишнього природного середовища Чернігівської області за 9 місяців 2012 року; інформація оновлюватиметься щокварталу.

Наказом управління від 19.11.2012 № 87 до складу колегії управління введено голову комітету з питань екології та природокористування Громадської ради при облдержадміністрації (за його згодою), відповідні зміни внесено до Положення про управління екології та природних ресурсів облдержадміністрації.

Консультації з громадськістю та обговорення проектів документів за участю членів громадської ради управлінням у звітному періоді не проводились, їх заплановано на І квартал 2013 року.

З повагою
начальник управління                                  О.П. Литвин

Виконавець: Бондар І.В., 67-44-10""")])

mail(name="bp03_sribne_outlook_ru_block", cls="bottom_post", executor="rda-sribne", period=1,
     client="outlook11", charset="windows-1251", cte="quoted-printable",
     date=d12(10, 11, 20), from_=("Срібнянська РДА", "rda-sribne@example.gov.ua"),
     subject="RE: " + REMINDER_SUBJECT, in_reply_to=irt("rda-sribne", 1),
     note="A district administration answers below an unmarked Russian-language Outlook header block, covering only items 1, 7 and 10 of the six quoted and promising the rest later.",
     items=[1, 7, 10],
     body=[("hdr", """-----Original Message-----
От: УВП [mailto:uvp@cg.ukrtel.net] 
Отправлено: 3 декабря 2012 г. 10:15
Кому: rda-sribne@example.gov.ua
Тема: """ + REMINDER_SUBJECT),
           ("quote", reminder_text(1, [1, 6, 7, 9, 10, 12])),
           ("text", """Срібнянська райдержадміністрація інформує.

Пункт 1. На офіційному веб-сайті райдержадміністрації створено розділ «Доступ до публічної інформації», в якому розміщено систему обліку публічної інформації, порядок складення та подання запитів, форми запитів; регулярно оновлюються розділи «Новини», «Регуляторна діяльність», «Оголошення».

Пункт 7. До складу дорадчо-консультативних органів при райдержадміністрації (координаційна рада з питань розвитку підприємництва, рада з питань безпечної життєдіяльності населення, координаційна рада у справах молоді) включено 9 представників громадських організацій району, у тому числі 4 членів громадської ради при райдержадміністрації.

Пункт 10. Громадській раді при райдержадміністрації рекомендовано створити у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади. На засіданні громадської ради 21.11.2012 таку робочу групу утворено у складі 5 осіб.

Інформацію щодо інших пунктів буде надано додатково.

Керуючий справами апарату райдержадміністрації       С.М. Кравець""")])

_h, _l, _t = reminder(1, [6, 7, 9, 12])
mail(name="bp04_nizhyn_thebat_interleaved", cls="bottom_post", executor="rda-nizhyn", period=1,
     client="thebat4", charset="koi8-u", cte="8bit", wrap=76,
     date=d12(11, 15, 5), from_=("Ніжинська РДА", "rda-nizhyn@example.gov.ua"),
     subject=RE_SUBJ, in_reply_to=irt("rda-nizhyn", 1),
     note="A district administration (The Bat!, KOI8-U) answers interleaved under the quoted measures without repeating numbers: real answers under 6 and 7, nothing under 9, and 'no expert reviews were held' under 12. (Measures answered by number with \"nothing was done\" count as answered: see README.)",
     items=[6, 7, 12],
     body=[("text", "Здравствуйте, УВП."),
           ("attr", "Вы писали 3 декабря 2012 г., 10:15:15:\n"),
           ("quote", _h + "\n\n" + _l[0]),
           ("text", "Ніжинською райдержадміністрацією у IV кварталі 2012 року проведено 4 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2013 рік (29.11.2012), круглий стіл з питань розвитку сільського зеленого туризму (16.10.2012), електронні консультації щодо проекту районної програми охорони навколишнього природного середовища на 2013-2015 роки та зустріч з представниками громадських організацій ветеранів (02.11.2012). Звіти про результати консультацій розміщено на офіційному сайті райдержадміністрації."),
           ("quote", _l[1]),
           ("text", "До складу районної координаційної ради з питань протидії туберкульозу та ВІЛ/СНІДу та районної ради підприємців включено представників 6 громадських організацій, з них 3 є членами громадської ради при райдержадміністрації."),
           ("quote", _l[2] + "\n" + _l[3]),
           ("text", "Громадські експертизи у звітному періоді не проводились, запитів від інститутів громадянського суспільства не надходило."),
           ("quote", _t),
           ("text", """-- 
З повагою,
 відділ організаційної роботи Ніжинської райдержадміністрації
 mailto:rda-nizhyn@example.gov.ua""")])

mail(name="bp05_zdorovia_gmail_partial", cls="bottom_post", executor="su-zdorovia", period=2,
     client="gmail", charset="utf-8", cte="base64", multipart=True, wrap=78,
     date=d(2013, 6, 5, 16, 47), from_=("Управління охорони здоров'я ОДА", "zdorovia@example.gov.ua"),
     subject=RE_SUBJ, in_reply_to=irt("su-zdorovia", 2),
     note="An oblast department answers without greeting or numbers below a Gmail-quoted reminder listing seven measures, reporting in prose only consultations and the Public Council's discussion of a draft programme.",
     items=[6, 9],
     body=[("attr", "пн, 3 черв. 2013 р. о 10:15 УВП <uvp@cg.ukrtel.net> пише:"),
           ("quote", reminder_text(2, [1, 2, 6, 7, 8, 9, 12])),
           ("text", """У квітні – травні 2013 року управлінням охорони здоров'я проведено консультації з громадськістю щодо реформування системи надання первинної медико-санітарної допомоги в області: публічне громадське обговорення за участю громадських організацій пацієнтів та медичної громадськості (14.05.2013) та електронні консультації на офіційному веб-сайті облдержадміністрації. Звіт про результати консультацій оприлюднено.

Проект Програми розвитку первинної медико-санітарної допомоги на засадах сімейної медицини в Чернігівській області на 2013-2016 роки направлявся членам Громадської ради при облдержадміністрації для обговорення; 7 пропозицій, наданих комітетом з питань охорони здоров'я Громадської ради, враховано в доопрацьованому проекті.

Щодо інших пунктів інформацію буде надано до 14.06.2013.

--
Сектор інформаційно-аналітичної роботи
Управління охорони здоров'я облдержадміністрації""")])

mail(name="bp06_osvita_secretary_fwd", cls="bottom_post", executor="su-osvita", period=1,
     client="gmail", charset="utf-8", cte="quoted-printable", multipart=True, wrap=78,
     date=d12(7, 12, 5), from_=("Управління освіти і науки", "osvita@example.gov.ua"),
     subject="Fwd: звіт відкритий уряд",
     note="A secretary forwards from the department's registered address (Gmail 'Forwarded message') the report its division wrote, numbered 1, 7, 8 and 9.",
     items=[1, 7, 8, 9],
     body=[("text", """Доброго дня!

Пересилаю інформацію управління освіти і науки облдержадміністрації щодо виконання плану заходів «Відкритий уряд», підготовлену відділом організаційно-аналітичної роботи.

З повагою,
Оксана, секретар приймальні
управління освіти і науки облдержадміністрації"""),
           ("attr", """---------- Forwarded message ----------
From: Гончаренко Людмила Василівна <l.honcharenko.osvita@ukr.net>
Date: 2012/12/6
Subject: звіт відкритий уряд
To: osvita@example.gov.ua
"""),
           ("text", """Інформація
управління освіти і науки облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»

1. На веб-сайті управління освіти і науки оновлено розділи «Публічна інформація», «Звернення громадян», «Нормативні документи», розміщено звіт про розгляд запитів на публічну інформацію за ІІІ квартал 2012 року. Забезпечено щоденне оновлення новин.

7. До складу ради з питань розвитку позашкільної освіти та громадської ради з питань освіти при управлінні включено представників 5 громадських організацій, зокрема 2 членів Громадської ради при облдержадміністрації.

8. Відповідно до наказу управління від 01.11.2012 № 512 голову комітету з питань освіти, науки та молодіжної політики Громадської ради при облдержадміністрації введено до складу колегії управління освіти і науки. Зміни до Положення про управління освіти і науки облдержадміністрації підготовлено та подано на погодження.

9. Проект регіональної програми «Обдаровані діти» на 2013-2017 роки оприлюднено на сайті управління та направлено до Громадської ради при облдержадміністрації; у громадському обговоренні проекту 27.11.2012 взяли участь 15 осіб, з них 6 — члени громадських рад.

Заступник начальника управління                 Л.В. Гончаренко""")])

_rip = reminder_text(2, [1, 6, 7, 9, 10, 12])
mail(name="bp07_ripky_secretary_fwd_nested", cls="bottom_post", executor="rda-ripky", period=2,
     client="yandex", charset="utf-8", cte="base64", multipart=True,
     date=d(2013, 6, 10, 9, 30), from_=("Ріпкинська РДА", "rda-ripky@example.gov.ua"),
     subject="Fwd: Re: " + REMINDER_SUBJECT,
     note="The district's general office forwards ('Пересылаемое сообщение') the answer its organisational division wrote below the quoted reminder; the division reports on items 1, 10 and 12 only.",
     items=[1, 10, 12],
     body=[("text", """Доброго дня.
Пересилаємо відповідь відділу організаційної роботи на нагадування управління.

Загальний відділ апарату Ріпкинської райдержадміністрації"""),
           ("attr", """-------- Пересылаемое сообщение  --------
07.06.2013, 16:40, "Відділ організаційної роботи" <orgviddil.ripky@ukr.net>:
"""),
           ("attr", "03.06.2013, 10:15, \"УВП\" <uvp@cg.ukrtel.net>:"),
           ("quote", _rip),
           ("text", """Інформація Ріпкинської райдержадміністрації:

п. 1 – у травні 2013 року запрацювала оновлена версія офіційного веб-сайту райдержадміністрації; створено розділ «Громадська рада», де розміщуються плани роботи та протоколи засідань громадської ради; щотижня оновлюються розділи «Новини» та «Оголошення», оприлюднюються розпорядження голови райдержадміністрації.

п. 10 – за рекомендацією райдержадміністрації громадська рада утворила у своєму складі комісію з питань відкритості та прозорості діяльності органу влади (рішення громадської ради від 14.02.2013 № 3).

п. 12 – комісією громадської ради проведено громадську експертизу діяльності райдержадміністрації щодо розгляду звернень громадян; за результатами експертизи розпорядженням голови райдержадміністрації від 16.05.2013 № 142 затверджено заходи з реалізації експертних пропозицій.

Начальник відділу організаційної роботи
Г.А. Дорошенко"""),
           ("attr", "-------- Завершение пересылаемого сообщения --------")])

mail(name="bp08_cppk_tb_prose", cls="bottom_post", executor="cppk", period=1,
     client="tb_2012", charset="windows-1251", cte="8bit", wrap=72,
     date=d12(10, 10, 2), from_=("ЦППК", "cppk@example.gov.ua"),
     subject=RE_SUBJ, in_reply_to=irt("cppk", 1),
     note="The retraining centre answers below the quoted one-item reminder without greeting or numbers, describing the two training seminars it held.",
     items=[13],
     body=[("attr", TB_ATTR_P1),
           ("quote", reminder_text(1, [13])),
           ("text", """Чернігівським центром перепідготовки та підвищення кваліфікації 26–27 листопада 2012 року проведено навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства: консультації з громадськістю, громадська експертиза, громадські ради» для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю (навчалися 24 особи), а 5–6 грудня 2012 року — для спеціалістів структурних підрозділів облдержадміністрації та райдержадміністрацій, які безпосередньо організовують консультації (31 особа). До проведення занять залучалися фахівці управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації та члени Громадської ради.

Наступний семінар для спеціалістів райдержадміністрацій заплановано на лютий 2013 року.

-- 
Директор центру                        Г.М. Савченко""")])

mail(name="bp09_zvernennia_outlook_uk_fromblock", cls="bottom_post", executor="zvernennia", period=2,
     client="outlook14", charset="utf-8", cte="quoted-printable", multipart=True,
     date=d(2013, 6, 4, 11, 40), from_=("Відділ звернень громадян", "zvernennia@example.gov.ua"),
     subject="RE: " + REMINDER_SUBJECT, in_reply_to=irt("zvernennia", 2),
     note="The citizens' appeals division answers below an unmarked Outlook 2010 'Від:/Надіслано:' block, reporting on the head's hot line (item 5).",
     items=[5],
     body=[("hdr", """Від: УВП [mailto:uvp@cg.ukrtel.net] 
Надіслано: 3 червня 2013 р. 10:15
Кому: zvernennia@example.gov.ua
Тема: """ + REMINDER_SUBJECT),
           ("quote", reminder_text(2, [5])),
           ("text", """Шановні колеги!

Інформуємо про виконання пункту 5 плану заходів.

Протягом січня – травня 2013 року на «гарячу лінію» голови облдержадміністрації надійшло 1 874 звернення громадян, з них 1 612 розглянуто по суті, 262 перебувають на контролі. Щоп'ятниці з 10.00 до 12.00 проводиться телефонна «пряма лінія» голови облдержадміністрації. Щомісячні узагальнені відомості про роботу «гарячої лінії» доповідаються голові облдержадміністрації та розміщуються на офіційному веб-сайті облдержадміністрації в розділі «Звернення громадян».

З 1 березня 2013 року телефон «гарячої лінії» (0462) 67-50-00 працює цілодобово, у неробочий час – в режимі автовідповідача.

З повагою
начальник відділу роботи із зверненнями громадян
апарату облдержадміністрації                                      Т.В. Кириленко""")])

mail(name="bp10_kultura_tb_partial", cls="bottom_post", executor="su-kultura", period=2,
     client="tb_2013", charset="utf-8", cte="8bit", wrap=72,
     date=d(2013, 6, 6, 13, 10), from_=("Управління культури і туризму", "kultura@example.gov.ua"),
     subject=RE_SUBJ, in_reply_to=irt("su-kultura", 2),
     note="An oblast department answers below the quoted reminder on items 7 and 12 and says items 6 and 9 will follow later.",
     items=[7, 12],
     body=[("attr", TB_ATTR_P2),
           ("quote", reminder_text(2, [6, 7, 9, 12])),
           ("text", """Добрий день!

Управління культури і туризму облдержадміністрації інформує:

п. 7 — до складу Ради з питань охорони культурної спадщини при управлінні культури і туризму включено представників 4 громадських організацій (обласна організація Національної спілки краєзнавців, обласне товариство охорони пам'яток історії та культури та ін.), у тому числі 2 членів Громадської ради при облдержадміністрації (наказ управління від 18.03.2013 № 64).

п. 12 — громадською організацією «Центр громадського моніторингу» проведено громадську антикорупційну експертизу проекту наказу управління «Про затвердження Порядку проведення конкурсу на заміщення посад керівників закладів культури обласної комунальної власності»; 3 з 5 зауважень враховано, проект доопрацьовано.

Щодо пп. 6 та 9 інформацію буде надано додатково до 12.06.2013.

З повагою
Віра Сергієнко
головний спеціаліст відділу культурно-освітньої роботи
управління культури і туризму облдержадміністрації""")])

_h, _l, _t = reminder(1, [1, 6, 9, 10])
mail(name="bp11_borzna_gmail_interleaved", cls="bottom_post", executor="rda-borzna", period=1,
     client="gmail", charset="utf-8", cte="quoted-printable", multipart=True, wrap=78,
     date=d12(12, 8, 55), from_=("Борзнянська РДА", "rda-borzna@example.gov.ua"),
     subject=RE_SUBJ, in_reply_to=irt("rda-borzna", 1),
     note="A district administration answers interleaved between the Gmail-quoted measures with 'До п. N:' notes on 1, 6 and 10, leaving 9 unanswered.",
     items=[1, 6, 10],
     body=[("attr", "пн, 3 груд. 2012 р. о 10:15 УВП <uvp@cg.ukrtel.net> пише:"),
           ("quote", _h + "\n\n" + _l[0]),
           ("text", "До п. 1: на офіційному веб-сайті Борзнянської райдержадміністрації створено розділ «Публічна інформація», в якому оприлюднюються проекти рішень та розпорядження голови райдержадміністрації (з 01.10.2012 – 146 документів), звіти про виконання бюджету району; на головній сторінці розміщено банер «Відкритий уряд»."),
           ("quote", _l[1]),
           ("text", "До п. 6: проведено консультації з громадськістю у формі громадських слухань щодо проекту Програми економічного і соціального розвитку району на 2013 рік (20.11.2012, 38 учасників) та зустрічі з громадськістю в 12 сільських радах з питань благоустрою населених пунктів."),
           ("quote", _l[2] + "\n" + _l[3]),
           ("text", "До п. 10: громадській раді при райдержадміністрації листом від 24.10.2012 № 01-14/1987 рекомендовано утворити робочу групу з питань відкритості та прозорості; питання включено до порядку денного засідання громадської ради 13.12.2012."),
           ("quote", _t),
           ("text", """Відділ організаційної роботи апарату
Борзнянської райдержадміністрації""")])

mail(name="bp12_mistobud_thebat_ru", cls="bottom_post", executor="su-mistobuduvannia", period=2,
     client="thebat5", charset="windows-1251", cte="8bit", wrap=76,
     date=d(2013, 6, 7, 10, 30), from_=("Управление градостроительства", "mistobuduvannia@example.gov.ua"),
     subject=RE_SUBJ, in_reply_to=irt("su-mistobuduvannia", 2),
     note="An oblast department answers in Russian below a The Bat!-quoted reminder, on items 2 and 9 only, saying nothing changed on the others.",
     items=[2, 9],
     body=[("text", "Здравствуйте, УВП."),
           ("attr", "Вы писали 3 июня 2013 г., 10:15:16:\n"),
           ("quote", reminder_text(2, [1, 2, 6, 7, 8, 9, 12])),
           ("text", """Сообщаем по п. 2: в рубрике «Хід виконання цільових програм» на официальном сайте облгосадминистрации размещена информация о ходе выполнения Программы обеспечения градостроительной документацией населенных пунктов Черниговской области за 2012 год и I квартал 2013 года.

По п. 9: проект Программы обеспечения градостроительной документацией на 2013–2015 годы обсуждался с участием членов Общественного совета при облгосадминистрации на заседании комитета по вопросам ЖКХ и строительства 23.04.2013, предложения членов совета учтены.

По остальным пунктам изменений по сравнению с предыдущим отчетом нет.

-- 
С уважением,
 Андрей Гончар
 Управление градостроительства и архитектуры облгосадминистрации
 mailto:mistobuduvannia@example.gov.ua""")])

# ===========================================================================
# Class 2: ranges -- measures named by lists and ranges
# ===========================================================================

mail(name="r01_sotszakhyst_roman", cls="ranges", executor="su-sotszakhyst", period=1,
     client="outlook12", charset="windows-1251", cte="quoted-printable", multipart=True,
     date=datetime(2012, 11, 28, 15, 20, tzinfo=KYIV_WINTER), from_=("Управління соцзахисту", "sotszakhyst@example.gov.ua"),
     subject="Інформація про виконання плану заходів (Відкритий уряд)",
     note="An oblast department reports under its own Roman-numbered sections on 'пп. 1-2', 'пп. 6-9' (with sub-items 1)–4), one per measure) and 'п. 12'.",
     items=[1, 2, 6, 7, 8, 9, 12],
     body=[("text", """Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Управління праці та соціального захисту населення облдержадміністрації на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого 10.09.2012, інформує.

I. Щодо пп. 1-2.
На офіційному веб-сайті управління приведено у відповідність до вимог законодавства розділи «Публічна інформація» та «Соціальний захист», розміщено 46 роз'яснень з питань призначення житлових субсидій та державних соціальних допомог. До рубрики «Хід виконання цільових програм» офіційного сайту облдержадміністрації подано та розміщено інформацію про виконання обласної комплексної програми соціальної підтримки малозахищених верств населення на 2011–2015 роки за 9 місяців 2012 р.

II. Щодо пп. 6-9.
1) Проведено консультації з громадськістю щодо проекту Програми соціальної підтримки ветеранів війни на 2013–2017 роки (круглий стіл 18.10.2012, 27 учасників).
2) До складу обласної координаційної ради з питань соціального захисту інвалідів та ради ветеранів при управлінні включено представників 7 громадських організацій, серед них 3 члени Громадської ради при облдержадміністрації.
3) Наказом управління від 12.10.2012 № 45/2-13 до складу колегії управління введено голову комітету з питань соціальної політики Громадської ради (за згодою); зміни до Положення про управління затверджено розпорядженням голови облдержадміністрації від 02.11.2012 № 511.
4) Проекти розпоряджень голови облдержадміністрації з питань оздоровлення дітей пільгових категорій та надання матеріальної допомоги надсилалися Громадській раді для обговорення; 15 пропозицій членів громадських рад розглянуто, 9 з них враховано.

III. Щодо п. 12.
Громадською організацією «Спілка ветеранів Афганістану» проведено громадську антикорупційну експертизу проекту наказу управління «Про порядок надання одноразової матеріальної допомоги», отримано висновок, рекомендації експертів враховано при доопрацюванні проекту.

Начальник управління                                В.В. Марченко""")])

mail(name="r02_apk_subitems_letters", cls="ranges", executor="su-apk", period=2,
     client="thebat5", charset="koi8-u", cte="quoted-printable", wrap=76,
     date=d(2013, 5, 20, 10, 10), from_=("ГУ АПР", "apk@example.gov.ua"),
     subject="Інформація ГУ АПР щодо плану «Відкритий уряд»",
     note="An oblast department announces 'п.п. 1, 6 – 8' and gives one paragraph per measure, with lettered sub-items а)–в) inside the consultations paragraph.",
     items=[1, 6, 7, 8],
     body=[("text", """Головне управління агропромислового розвитку облдержадміністрації надає інформацію про виконання п.п. 1, 6 – 8 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».

По п. 1. Веб-сайт головного управління переведено на нову платформу; створено розділи «Доступ до публічної інформації», «Державна підтримка АПК», «Ціни на агропродовольчому ринку». За січень – квітень 2013 р. на сайті розміщено 212 інформаційних матеріалів.

По п. 6. Консультації з громадськістю проведено у таких формах:
а) громадське обговорення проекту обласної програми розвитку молочного скотарства на 2013–2015 роки (лютий – березень 2013 р., надійшло 19 пропозицій);
б) засідання «круглого столу» з представниками аграрних громадських організацій та фермерських господарств щодо підготовки до весняно-польових робіт (14.02.2013, 40 учасників);
в) електронні консультації щодо порядку надання часткової компенсації вартості сільськогосподарської техніки вітчизняного виробництва.

По п. 7. До складу координаційної ради з питань розвитку фермерства та сільськогосподарської дорадчої діяльності включено 3 представників громадських організацій — членів Громадської ради при облдержадміністрації.

По п. 8. Голову комітету з питань АПК і земельних відносин Громадської ради при облдержадміністрації введено до складу колегії головного управління (наказ від 15.01.2013 № 9); відповідні зміни до Положення про головне управління затверджено розпорядженням голови облдержадміністрації від 05.02.2013 № 61.

Заступник начальника головного управління            М.І. Шевчук
тел. 67-35-12""")])

mail(name="r03_bobrovytsia_own_numbering", cls="ranges", executor="rda-bobrovytsia", period=1,
     client="thebat4", charset="koi8-u", cte="8bit", wrap=76,
     date=d12(4, 16, 40), from_=("Бобровицька РДА", "rda-bobrovytsia@example.gov.ua"),
     subject="Про виконання плану заходів",
     note="A district administration lists 'пунктів 1, 6—7, 10' and then reports under its own paragraph numbers 1.–3., which do not match the measure numbers.",
     items=[1, 6, 7, 10],
     body=[("text", """Управління з питань внутрішньої політики
та зв'язків з громадськістю облдержадміністрації

Бобровицька районна державна адміністрація інформує про виконання пунктів 1, 6—7, 10 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

1. Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог постанови Кабінету Міністрів України від 04.01.2002 № 3 «Про Порядок оприлюднення у мережі Інтернет інформації про діяльність органів виконавчої влади»: створено розділи «Публічна інформація», «Регуляторна політика», «Громадська рада»; інформація оновлюється щоденно.

2. Щодо пунктів 6—7. У 2012 р. проведено 9 консультацій з громадськістю (громадські слухання, засідання «круглих столів», телефонні «гарячі лінії» керівництва райдержадміністрації), останні — щодо проекту районного бюджету на 2013 рік (23.11.2012) та стану підготовки житлового фонду до зими (05.11.2012). До складу районної ради з питань безпечної життєдіяльності населення та координаційної ради з питань сім'ї, гендерної рівності та протидії торгівлі людьми включено 8 представників громадських організацій, у тому числі членів громадської ради.

3. Щодо пункту 10. Громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань відкритості та прозорості діяльності органу влади; на засіданні громадської ради 28.11.2012 робочу групу утворено у складі 5 осіб.

Голова райдержадміністрації                      О.М. Ковальчук""")])

mail(name="r04_uvp_ranges_z_po", cls="ranges", executor="uvp", period=1,
     client="tb_2012", charset="utf-8", cte="8bit", wrap=72,
     date=d12(7, 17, 5), from_=("УВП, сектор інформаційної політики", "uvp-info@example.gov.ua"),
     subject="Інформація УВП про виконання плану заходів станом на 07.12.2012",
     note="The oblast office's own division reports on its measures grouped as 'Пп. 3-5', 'Пункти 10 і 11' and 'З 13 по 15'.",
     items=[3, 4, 5, 10, 11, 13, 14, 15],
     body=[("text", """Інформація
управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (станом на 07.12.2012)

Пп. 3-5.
Веб-ресурс «Чернігівська громада» створено спільно з Громадською радою при облдержадміністрації та запущено в тестовому режимі 01.11.2012; на ньому розміщуються новини громадських організацій, анонси консультацій з громадськістю, матеріали засідань громадських рад. Розпочато створення Інтернет-форуму на базі веб-ресурсу: технічне завдання погоджено з Громадською радою 22.11.2012, відкриття форуму заплановано на I квартал 2013 року. Спільно з відділом роботи із зверненнями громадян апарату облдержадміністрації забезпечено роботу «гарячої лінії» голови облдержадміністрації: у жовтні – листопаді 2012 р. надійшло 611 дзвінків, щотижня узагальнена інформація доповідається голові облдержадміністрації.

Пункти 10 і 11.
Громадським радам при райдержадміністраціях та структурних підрозділах облдержадміністрації направлено рекомендації (лист від 15.10.2012 № 03-17/1544) щодо утворення комісій (робочих груп) з питань відкритості та прозорості; станом на 01.12.2012 такі комісії утворено в 14 громадських радах. 16.11.2012 проведено «День відкритих дверей» управління для представників громадських організацій та регіональних ЗМІ (взяли участь 23 особи).

З 13 по 15.
Спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено 2 навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства (26–27.11.2012 та 5–6.12.2012). Розроблено методичний посібник «Консультації з громадськістю: практичні поради для державних службовців» (тираж 300 прим.), посібник розіслано до структурних підрозділів облдержадміністрації та райдержадміністрацій. Громадське обговорення виконання Плану заходів проведено 28.11.2012 на засіданні Громадської ради при облдержадміністрації за участю регіонального координатора «Партнерства „Відкритий уряд“».

-- 
Сектор інформаційної політики УВП
тел. (0462) 67-50-31""")])

mail(name="r05_kozelets_compact_lists", cls="ranges", executor="rda-kozelets", period=2,
     client="oe6", charset="windows-1251", cte="quoted-printable",
     date=d(2013, 6, 3, 14, 25), from_=("Козелецька РДА", "rda-kozelets@example.gov.ua"),
     subject="Відкритий уряд - інформація Козелецької РДА",
     note="A district administration groups its report under 'п.1,7,12:' and '№№ 6, 9:' with one dash item per measure; 'п. 3 розпорядження' and document numbers are not plan measures.",
     items=[1, 6, 7, 9, 12],
     body=[("text", """Добрий день!

Козелецька райдержадміністрація надсилає інформацію про виконання плану заходів «Відкритий уряд» за І півріччя 2013 р.

п.1,7,12:
- офіційний веб-сайт райдержадміністрації наповнюється відповідно до розпорядження голови райдержадміністрації від 14.01.2013 № 5 «Про організацію роботи офіційного веб-сайту» (п. 3 розпорядження покладає відповідальність за наповнення розділів на керівників структурних підрозділів); у січні – травні 2013 р. на сайті розміщено 318 матеріалів, створено розділ «Відкритий уряд»;
- до складу районної координаційної ради з питань розвитку підприємництва включено 4 представників громадських організацій, у тому числі 2 членів громадської ради при райдержадміністрації;
- громадською радою при райдержадміністрації проведено громадську експертизу діяльності управління праці та соціального захисту населення райдержадміністрації щодо призначення субсидій, розроблено та затверджено заходи з реалізації пропозицій експертів (розпорядження від 22.04.2013 № 117).

№№ 6, 9:
- проведено 5 консультацій з громадськістю (громадські слухання щодо звіту про виконання районного бюджету за 2012 р., «круглі столи» з питань охорони здоров'я та молодіжної політики, зустріч з підприємцями 12.03.2013);
- члени громадської ради залучалися до обговорення проектів розпоряджень голови райдержадміністрації та районної програми «Молодь Козелеччини» на 2013–2017 роки, затвердженої рішенням сесії районної ради від 22.03.2013 № 12 (в обговоренні 21.03.2013 взяли участь 15 осіб).

З повагою
відділ організаційної роботи та внутрішньої політики апарату райдержадміністрації
Бондаренко О.І. (04646) 2-12-34""")])

mail(name="r06_finansy_zakhody_punkty", cls="ranges", executor="su-finansy", period=1,
     client="tb_2012", charset="koi8-u", cte="8bit", wrap=72,
     date=datetime(2012, 11, 30, 11, 0, tzinfo=KYIV_WINTER), from_=("Головне фінансове управління", "finansy@example.gov.ua"),
     subject="Інформація ГФУ - Відкритий уряд",
     note="An oblast department reports under 'Заходи 1–2 плану' and 'Пункти 6 і 9'; the law number and the Budget Code article are not measures.",
     items=[1, 2, 6, 9],
     body=[("text", """Шановні колеги!

Головне фінансове управління облдержадміністрації повідомляє про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.

Заходи 1–2 плану. Офіційний веб-сайт головного фінансового управління відповідає вимогам Закону України від 13.01.2011 № 2939-VI «Про доступ до публічної інформації»; відповідно до ст. 28 Бюджетного кодексу України на ньому оприлюднюються рішення про обласний бюджет та звіти про його виконання. На офіційному сайті облдержадміністрації створено рубрику «Виконання місцевих бюджетів Чернігівської області», в якій щомісяця розміщується інформація про виконання зведеного бюджету області (останнє оновлення — дані за 10 місяців 2012 р.).

Пункти 6 і 9. 20.11.2012 проведено публічне громадське обговорення проекту обласного бюджету на 2013 рік за участю громадських організацій та ЗМІ. Проект рішення обласної ради «Про обласний бюджет на 2013 рік» направлено членам Громадської ради при облдержадміністрації; її пропозиції (зокрема щодо збільшення видатків на програму «Питна вода») розглянуто на засіданні постійної комісії обласної ради з питань бюджету 27.11.2012.

Заступник начальника головного фінансового управління      Н.О. Руденко""")])

mail(name="r07_ichnia_subitems", cls="ranges", executor="rda-ichnia", period=2,
     client="outlook11", charset="windows-1251", cte="quoted-printable", multipart=True,
     date=d(2013, 5, 28, 9, 45), from_=("Ічнянська РДА", "rda-ichnia@example.gov.ua"),
     subject="Інформація Ічнянської РДА про виконання плану заходів",
     note="A district administration reports on 'пункту 6' (sub-items а), б)), 'пп. 9-10' (sub-items 1), 2) then the commission) and 'п. 12'.",
     items=[6, 9, 10, 12],
     body=[("text", """Шановні колеги!

Ічнянська райдержадміністрація на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області інформує.

Щодо пункту 6 плану. За січень – травень 2013 р. проведено консультації з громадськістю:
а) громадські слухання щодо звіту про виконання Програми соціально-економічного розвитку району за 2012 рік (05.02.2013);
б) «круглий стіл» з питань розвитку сільського зеленого туризму на Ічнянщині (19.04.2013), участь взяли 15 осіб.
Звіти про результати консультацій розміщено на веб-сайті райдержадміністрації.

Щодо пп. 9-10. Членів громадської ради при райдержадміністрації залучено до громадського обговорення:
1) проекту розпорядження голови райдержадміністрації «Про заходи щодо благоустрою населених пунктів району у 2013 році»;
2) проекту районної програми «Чисте довкілля Ічнянщини» на 2013–2015 роки.
На засіданні громадської ради 12.03.2013 за рекомендацією райдержадміністрації утворено комісію з питань відкритості та прозорості діяльності органу влади, головою комісії обрано члена громадської ради П.І. Лисенка.

Щодо п. 12. Громадською організацією «Ічнянський правозахисний центр» проведено громадську експертизу діяльності відділу освіти райдержадміністрації; за її результатами розпорядженням голови райдержадміністрації від 29.04.2013 № 98 затверджено заходи щодо реалізації пропозицій.

Перший заступник голови райдержадміністрації         І.В. Гребінь""")])

mail(name="r08_kapbud_ranges_nothing_done", cls="ranges", executor="su-kapbud", period=2,
     client="gmail", charset="utf-8", cte="base64", multipart=True, wrap=78,
     date=d(2013, 6, 11, 12, 15), from_=("Управління капітального будівництва", "kapbud@example.gov.ua"),
     subject="інформація УКБ Відкритий уряд І півріччя 2013",
     note="An oblast department reports on 'п.п.1,2' and 'пп. 7–9' (sub-items 1)–3), one per measure) and states nothing was done on items 6 and 12. (Measures answered by number with \"nothing was done\" count as answered: see README.)",
     items=[1, 2, 6, 7, 8, 9, 12],
     body=[("text", """Інформація управління капітального будівництва облдержадміністрації щодо виконання плану заходів «Відкритий уряд» за січень – червень 2013 року

п.п.1,2 — на сторінці управління на офіційному веб-сайті облдержадміністрації оновлено розділи «Об'єкти будівництва», «Державні закупівлі», розміщено звіти про використання коштів державного фонду регіонального розвитку; у рубриці «Хід виконання цільових програм» розміщено інформацію про виконання обласної програми будівництва (придбання) доступного житла за 2012 рік та I квартал 2013 року.

пп. 7–9:
1) до складу робочої групи з питань контролю за якістю будівництва соціальних об'єктів при управлінні залучено 2 представників громадських організацій, членів Громадської ради при облдержадміністрації;
2) голову комітету з питань будівництва та інфраструктури Громадської ради (за згодою) введено до складу колегії управління, зміни до Положення про управління капітального будівництва облдержадміністрації затверджено розпорядженням голови облдержадміністрації від 15.02.2013 № 74;
3) проект обласної програми будівництва (придбання) доступного житла на 2013–2017 роки обговорено за участю членів Громадської ради на засіданні її профільного комітету 26.03.2013.

По пунктах 6 та 12 заходи у звітному періоді не проводились.

--
Начальник управління   П.С. Остапенко""")])

# ===========================================================================
# Class 3: personal_address -- sent from a private mailbox
# ===========================================================================

mail(name="p01_zdorovia_gmail_sig", cls="personal_address", executor="su-zdorovia", period=1,
     client="gmail", charset="utf-8", cte="quoted-printable", multipart=True, wrap=78,
     date=d12(6, 17, 22), from_=("Наталія Мороз", "natalia.moroz.med@gmail.com"),
     subject="інформація Відкритий уряд (охорона здоров'я)",
     note="A specialist of the oblast health department sends the department's report from her Gmail address; the office is named in the oblique case in the signature.",
     items=[1, 7],
     body=[("text", """Доброго дня!

Надсилаю інформацію про виконання плану заходів «Відкритий уряд». З робочої пошти сьогодні не відправляється, тому з особистої.

Сайт управління: оновлено розділ «Публічна інформація», розміщено перелік платних послуг закладів охорони здоров'я обласної комунальної власності, графіки прийому громадян керівництвом управління та головними лікарями обласних закладів; новини оновлюються щоденно.

До складу обласної координаційної ради з питань протидії ВІЛ-інфекції/СНІДу та туберкульозу включено представників 3 громадських організацій, а також члена Громадської ради при облдержадміністрації.

-- 
З повагою,
Наталія Мороз
головний спеціаліст відділу організації медичної допомоги
управління охорони здоров'я облдержадміністрації
тел. (0462) 67-52-18""")])

mail(name="p02_bakhmach_ukrnet", cls="personal_address", executor="rda-bakhmach", period=2,
     client="ukrnet", charset="windows-1251", cte="base64", multipart=True,
     date=d(2013, 6, 4, 10, 5), from_=("Лідія Шаповал", "lidiia.shapoval@ukr.net"),
     subject="Бахмач - Відкритий уряд",
     note="A clerk of the Bakhmach district administration sends its report from a private ukr.net box; the district is named as 'Бахмацька РДА' in the text.",
     items=[6, 9],
     body=[("text", """Добрий день, шановні колеги!

Бахмацька РДА надає інформацію про виконання плану заходів «Відкритий уряд» за І півріччя 2013 року. Надсилаю з власної скриньки, бо офіційна пошта не працює після грози.

Консультації з громадськістю: проведено громадські слухання щодо проекту Програми розвитку малого і середнього підприємництва у Бахмацькому районі на 2013-2014 роки (18.02.2013) та засідання «круглого столу» з питань реформування первинної медичної допомоги (25.04.2013).

Члени громадської ради при райдержадміністрації брали участь в обговоренні проектів розпоряджень голови райдержадміністрації з питань благоустрою та організації оздоровлення дітей влітку 2013 року; 6 пропозицій громадської ради враховано.

Лідія Шаповал
відділ організаційної роботи апарату РДА""")])

mail(name="p03_simia_iua_dative_addressee", cls="personal_address", executor="su-simia", period=1,
     client="iua", charset="koi8-u", cte="8bit", wrap=76,
     date=d12(5, 12, 30), from_=("Ольга Кравченко", "olha_kravchenko@i.ua"),
     subject="Інформація управління у справах сім'ї, молоді та спорту",
     note="The family, youth and sports department reports from an i.ua address; the letter opens with the addressee in the dative ('Управлінню внутрішньої політики'), and the sender's office is named in the heading and signature.",
     items=[6, 7, 9],
     body=[("text", """Управлінню внутрішньої політики облдержадміністрації

Інформація управління у справах сім'ї, молоді та спорту облдержадміністрації про виконання плану заходів у рамках Ініціативи «Партнерство „Відкритий уряд“»

Управлінням у справах сім'ї, молоді та спорту 25 жовтня 2012 року проведено консультації з громадськістю у формі публічного громадського обговорення проекту обласної програми «Молодь Чернігівщини» на 2013–2017 роки за участю молодіжних громадських організацій та органів студентського самоврядування. Члени Громадської ради при облдержадміністрації отримали для опрацювання проект програми та проект розпорядження голови облдержадміністрації про її схвалення; 11 їхніх пропозицій враховано.

До складу обласної ради з питань молодіжної політики при управлінні включено 6 представників молодіжних громадських організацій, у тому числі 2 членів Громадської ради при облдержадміністрації.

Ольга Кравченко,
головний спеціаліст відділу з питань молодіжної політики
управління у справах сім'ї, молоді та спорту ОДА
т. 67-46-03""")])

mail(name="p04_pryluky_mailru_ru", cls="personal_address", executor="rda-pryluky", period=1,
     client="mailru", charset="utf-8", cte="base64", multipart=True,
     date=d12(10, 9, 15), from_=("Ирина Бойко", "irina.boyko72@mail.ru"),
     subject="Информация Прилукской РГА",
     note="A clerk of the Pryluky district administration reports in Russian from a mail.ru address; the district appears in the genitive in the text and signature.",
     items=[1, 10],
     body=[("text", """Здравствуйте!

Направляем информацию Прилукской районной государственной администрации о выполнении плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области.

Официальный веб-сайт райгосадминистрации приведен в соответствие с требованиями законодательства: созданы разделы «Публичная информация», «Общественный совет», «Регуляторная деятельность», размещены формы запросов на информацию; информация обновляется ежедневно.

По рекомендации райгосадминистрации общественный совет при райгосадминистрации создал в своем составе рабочую группу по вопросам открытости и прозрачности деятельности органа власти (решение от 16.11.2012 № 4), в состав группы вошли 5 человек.

С уважением,
Ирина Бойко,
главный специалист общего отдела аппарата
Прилукской райгосадминистрации""")])

mail(name="p05_sluzhba_ditei_yandex", cls="personal_address", executor="su-sluzhba-ditei", period=2,
     client="yandex", charset="utf-8", cte="quoted-printable", wrap=None,
     date=d(2013, 6, 5, 15, 40), from_=("Тетяна Литвиненко", "t.lytvynenko@yandex.ua"),
     subject="Відкритий уряд — служба у справах дітей",
     note="The children's service reports from a yandex.ua address; the office is named only in the text, and its own paragraph numbers 1.–3. correspond to measures 1, 9 and 12.",
     items=[1, 9, 12],
     body=[("text", """Добрий день!

Служба у справах дітей облдержадміністрації повідомляє про виконання плану заходів «Відкритий уряд» за І півріччя 2013 року.

1. Веб-сторінку служби на офіційному сайті облдержадміністрації оновлено: розміщено інформацію про порядок усиновлення, створення прийомних сімей та дитячих будинків сімейного типу, звіт про роботу служби за 2012 рік.

2. Проект обласної програми «Захист прав дітей» на 2013–2017 роки обговорено за участю членів Громадської ради при облдержадміністрації на засіданні її комітету з гуманітарних питань (19.02.2013); враховано 4 пропозиції.

3. Громадською організацією «Ліга захисту прав дитини» проведено громадську експертизу діяльності служби щодо влаштування дітей-сиріт до сімейних форм виховання; розроблено план заходів з реалізації експертних пропозицій, затверджений наказом служби від 17.05.2013 № 21.

Тетяна Литвиненко,
провідний спеціаліст""")])

mail(name="p06_talalaivka_gmail_tb", cls="personal_address", executor="rda-talalaivka", period=2,
     client="tb_2013", charset="windows-1251", cte="8bit", wrap=72,
     date=d(2013, 5, 30, 13, 50), from_=("Віктор Лук'яненко", "v.lukianenko.tal@gmail.com"),
     subject="інформація Талалаївської РДА",
     note="A sector head of the Talalaivka district administration reports from Gmail via Thunderbird; the greeting names the oblast office as addressee, the text names the district in the genitive.",
     items=[6, 7, 10],
     body=[("text", """Шановні колеги з управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації!

Надсилаємо інформацію Талалаївської райдержадміністрації щодо виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади.

Упродовж січня – травня 2013 року райдержадміністрацією проведено 4 консультації з громадськістю, зокрема громадське обговорення проекту Програми розвитку освіти Талалаївського району на 2013–2015 роки та громадські слухання щодо стану доріг районного значення.

До складу районної координаційної ради з питань сприяння розвитку громадянського суспільства включено 7 представників громадських організацій, з них 4 — члени громадської ради при райдержадміністрації.

На виконання рекомендації райдержадміністрації громадська рада 21.02.2013 утворила робочу групу з питань відкритості та прозорості діяльності органу влади у складі 3 осіб.

З повагою,
Віктор Лук'яненко
завідувач сектору з питань внутрішньої політики
Талалаївська РДА""")])

mail(name="p07_arkhiv_ukrnet_oe", cls="personal_address", executor="su-arkhiv", period=1,
     client="oe6", charset="windows-1251", cte="quoted-printable",
     date=datetime(2012, 11, 27, 14, 10, tzinfo=KYIV_WINTER), from_=("Ганна Семенюк", "hanna.semeniuk@ukr.net"),
     subject="Держархів - Відкритий уряд",
     note="A specialist of the State Archive of the oblast reports from a private ukr.net box with Outlook Express; the archive is named in the text.",
     items=[1, 2, 8],
     body=[("text", """Добрий день!

Державний архів Чернігівської області надсилає інформацію про виконання плану заходів «Відкритий уряд».

На веб-сайті Держархіву області створено розділ «Доступ до публічної інформації», розміщено довідник фондів архіву, порядок користування документами в читальному залі, перелік платних послуг; запроваджено попередній запис до читального залу через сайт.

До рубрики «Хід виконання цільових програм» на офіційному сайті облдержадміністрації подано та розміщено інформацію про виконання Програми розвитку архівної справи в Чернігівській області на 2011–2015 роки за 9 місяців 2012 року.

Голову комітету з гуманітарних питань Громадської ради при облдержадміністрації включено до складу колегії Державного архіву області (наказ від 05.11.2012 № 58); зміни до Положення про Державний архів Чернігівської області перебувають на погодженні.

З повагою
Ганна Семенюк,
головний спеціаліст відділу організації та координації архівної справи
(надсилаю з особистої пошти)""")])

mail(name="p08_semenivka_iua_oblique_sig", cls="personal_address", executor="rda-semenivka", period=2,
     client="iua", charset="koi8-u", cte="quoted-printable", wrap=None,
     date=d(2013, 6, 10, 8, 50), from_=("Олександр Гуденко", "gudenko_o@i.ua"),
     subject="Про виконання плану заходів",
     note="A specialist of the Semenivka district administration reports from i.ua; the letter is addressed (dative) to the oblast office and the district is named only in the genitive in the signature.",
     items=[1, 6, 9, 12],
     body=[("text", """Управлінню з питань внутрішньої політики
та зв'язків з громадськістю облдержадміністрації

Про виконання плану заходів

На виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» повідомляємо.

Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог чинного законодавства; у І півріччі 2013 року на ньому розміщено 27 розпоряджень голови райдержадміністрації, звіти про виконання районного бюджету, оголошення про конкурси на заміщення вакантних посад.

У квітні 2013 року проведено консультації з громадськістю щодо проекту Програми зайнятості населення району на 2013 рік (громадське обговорення на сайті та зустріч з представниками громадських організацій 16.04.2013, 15 осіб).

Члени громадської ради залучалися до обговорення проекту розпорядження голови райдержадміністрації «Про затвердження районної програми оздоровлення та відпочинку дітей на 2013 рік».

Громадською радою при райдержадміністрації проведено громадську антикорупційну експертизу проекту розпорядження голови райдержадміністрації щодо порядку надання в оренду майна спільної власності територіальних громад району; пропозиції експертизи враховано.

З повагою
головний спеціаліст відділу організаційної роботи та з питань внутрішньої політики апарату Семенівської райдержадміністрації
Олександр Гуденко""")])

mail(name="p09_ekonomika_yandex_other_office", cls="personal_address", executor="su-ekonomika", period=1,
     client="yandex", charset="utf-8", cte="quoted-printable", multipart=True,
     date=d12(3, 16, 5), from_=("Андрій Костенко", "a.kostenko.econ@yandex.ua"),
     subject="Відкритий уряд - ГУ економіки",
     note="The economy department reports from yandex.ua; it mentions working together with the finance department, but the sender (text and signature) is the economy department.",
     items=[2, 6, 9],
     body=[("text", """Шановні колеги!

Головне управління економіки облдержадміністрації інформує про виконання плану заходів «Відкритий уряд».

Спільно з Головним фінансовим управлінням облдержадміністрації підготовлено матеріали для рубрики «Хід виконання цільових програм» на офіційному сайті облдержадміністрації: розміщено зведену інформацію про стан виконання 34 регіональних цільових програм за 9 місяців 2012 року.

Проект Програми економічного і соціального розвитку Чернігівської області на 2013 рік пройшов громадське обговорення: 08.11.2012 проведено публічне громадське обговорення (48 учасників), до 20.11.2012 тривали електронні консультації на офіційному сайті облдержадміністрації. Проект Програми окремо розглянуто на засіданні комітету з питань економічного розвитку Громадської ради при облдержадміністрації, 9 пропозицій членів Громадської ради враховано.

--
Андрій Костенко,
провідний спеціаліст відділу регіонального розвитку
Головного управління економіки облдержадміністрації""")])

mail(name="p10_horodnia_gmail_uvp_letter", cls="personal_address", executor="rda-horodnia", period=1,
     client="gmail", charset="utf-8", cte="base64", multipart=True, wrap=78,
     date=d12(11, 11, 35), from_=("Юрій Сидоренко", "yurii.sydorenko.hor@gmail.com"),
     subject="Городня - інформація",
     note="A specialist of the Horodnia district administration reports from Gmail in answer to a letter of the oblast office; consultations are stated as not held.",
     items=[7, 10, 12],
     body=[("text", """Добрий день!

На виконання листа управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації від 05.11.2012 № 03-17/1702 надсилаю інформацію Городнянської районної державної адміністрації.

До складу ради з питань розвитку підприємництва при райдержадміністрації та районної комісії з питань захисту прав дитини включено 5 представників громадських організацій, з них 3 — члени громадської ради при райдержадміністрації.

Громадській раді при райдержадміністрації рекомендовано утворити комісію з питань відкритості та прозорості діяльності органу влади; 22.11.2012 комісію утворено, до її складу увійшли 4 члени громадської ради.

Громадська рада провела громадську експертизу діяльності сектору містобудування та архітектури райдержадміністрації щодо видачі дозвільних документів; за результатами експертизи райдержадміністрацією затверджено план заходів з реалізації пропозицій (розпорядження від 03.12.2012 № 402).

Консультації з громадськістю у IV кварталі 2012 року не проводились.

Юрій Сидоренко
спеціаліст І категорії сектору з питань внутрішньої політики, зв'язків з громадськістю та засобами масової інформації
Городнянська РДА""")])


# ---------------------------------------------------------------------------
def main():
    names = set()
    for m in MAILS:
        m["from"] = m.pop("from_")
        assert m["name"] not in names, m["name"]
        names.add(m["name"])
        msg = build(m)
        (HERE / f"{m['name']}.eml").write_bytes(msg.as_bytes())
        expected = {
            "class": m["cls"], "executor": m["executor"], "period": m["period"], "late": False,
            "kind": "report", "reason": None, "note": m["note"],
            "items": [{"measure": n, "source": "body"} for n in sorted(m["items"])],
        }
        (HERE / f"{m['name']}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(MAILS)} messages to {HERE}")


if __name__ == "__main__":
    main()
