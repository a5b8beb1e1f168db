#!/usr/bin/env python3
"""Build the «thumb» corpus: 40 hurried phone/web-mail reports with hand-written keys.
Python 3 standard library only. Attachments in attachments/ were converted once with soffice
from attachments/src/ and are reused as they are."""
import zlib, base64, datetime, email, email.policy, json, os, quopri, re, sys, zoneinfo
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, 'attachments')
KYIV = zoneinfo.ZoneInfo('Europe/Kyiv')
UVP = 'uvp@cg.ukrtel.net'
DEADLINES = [datetime.date(2012, 12, 15), datetime.date(2013, 6, 15), datetime.date(2013, 12, 15)]
CLASSES = {'ph': 'placeholder', 'bp': 'bottom_post', 'nr': 'not_report', 'rg': 'ranges',
           'pr': 'prose', 'fn': 'foreign_numbers', 'pa': 'personal_address', 'mx': 'mixed'}


def load_plan():
    txt = open('/work/main/config/plan.toml', encoding='utf-8').read()
    execs = {}
    for block in txt.split('[[executor]]')[1:]:
        block = block.split('[[')[0]
        i = re.search(r'^id\s*=\s*"([^"]+)"', block, re.M).group(1)
        em = re.search(r'^emails\s*=\s*\[(.*?)\]', block, re.M)
        execs[i] = re.findall(r'"([^"]+)"', em.group(1)) if em else []
    measures = {}
    for block in txt.split('[[measure]]')[1:]:
        n = int(re.search(r'^number\s*=\s*(\d+)', block, re.M).group(1))
        measures[n] = re.search(r'^text\s*=\s*"(.*)"\s*$', block, re.M).group(1)
    return execs, measures


EXECS, MTEXT = load_plan()
EXEC_NAME = {
    'rda-kozelets': 'Козелецька районна державна адміністрація',
    'su-kultura': "Управління культури і туризму облдержадміністрації",
    'rda-horodnia': 'Городнянська районна державна адміністрація',
    'su-ekolohiia': 'Управління екології та природних ресурсів облдержадміністрації',
    'zvernennia': 'Відділ роботи із зверненнями громадян апарату облдержадміністрації',
}
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

# ---------------------------------------------------------------- MIME helpers

def ew(s, charset='utf-8', mode='B'):
    """RFC 2047 encoded words, split on character boundaries."""
    if all(ord(c) < 128 for c in s):
        return s
    out, cur = [], ''
    for ch in s:
        if len((cur + ch).encode(charset)) > 42:
            out.append(cur); cur = ''
        cur += ch
    out.append(cur)
    words = []
    for w in out:
        b = w.encode(charset)
        if mode == 'B':
            words.append('=?%s?B?%s?=' % (charset.upper() if charset == 'utf-8' else charset, base64.b64encode(b).decode()))
        else:
            q = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ('_' if c == 32 else '=%02X' % c) for c in b)
            words.append('=?%s?Q?%s?=' % (charset, q))
    return '\r\n '.join(words)


def addr(name, address, charset='utf-8', mode='B'):
    return '%s <%s>' % (ew(name, charset, mode), address) if name else address


def crlf(b):
    return re.sub(rb'\r?\n', b'\r\n', b)


def encode(data, cte):
    if cte == 'base64':
        s = base64.b64encode(data)
        return b'\r\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + b'\r\n'
    if cte == 'quoted-printable':
        return crlf(quopri.encodestring(crlf(data))) + b'\r\n'
    return crlf(data) + (b'' if data.endswith(b'\n') else b'\r\n')


class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def bytes(self):
        h = ''.join('%s: %s\r\n' % kv for kv in self.headers)
        return h.encode('ascii') + b'\r\n' + self.body


def text(s, charset='utf-8', cte='quoted-printable', sub='plain', label=None, extra=()):
    data = s.replace('\n', '\r\n').encode(charset)
    params = '; format=flowed' if False else ''
    return Part([('Content-Type', 'text/%s; charset="%s"%s' % (sub, label or charset, params)),
                 ('Content-Transfer-Encoding', cte)] + list(extra), encode(data, cte))


def html(s, charset='utf-8', cte='quoted-printable', label=None):
    return text(s, charset, cte, 'html', label)


_bn = [0]


def multi(sub, parts, extra=''):
    _bn[0] += 1
    b = '----=_Part_%d_%08d.thumb' % (_bn[0], 1358 * _bn[0] + 7)
    body = b'This is a multi-part message in MIME format.\r\n' if sub == 'mixed' else b''
    for p in parts:
        body += b'\r\n--' + b.encode() + b'\r\n' + p.bytes()
    body += b'\r\n--' + b.encode() + b'--\r\n'
    return Part([('Content-Type', 'multipart/%s;%s\r\n boundary="%s"' % (sub, extra, b))], body)


def rfc2231(name, charset='utf-8', chunk=30):
    enc = ''.join(c if re.match(r'[A-Za-z0-9._-]', c) else ''.join('%%%02X' % x for x in c.encode(charset)) for c in name)
    pieces, cur = [], ''
    for tok in re.findall(r'%[0-9A-F]{2}|.', enc):
        if len(cur) + len(tok) > chunk:
            pieces.append(cur); cur = ''
        cur += tok
    pieces.append(cur)
    if len(pieces) == 1:
        return "filename*=%s''%s" % (charset, pieces[0])
    return ';\r\n '.join(("filename*%d*=%s''%s" % (i, charset, p)) if i == 0 else ('filename*%d*=%s' % (i, p)) for i, p in enumerate(pieces))


def att(disk, name, ctype, style='ascii', cte='base64', data=None, disp='attachment', cid=None):
    if data is None:
        data = open(os.path.join(ATT, disk), 'rb').read()
    if style == 'ascii':
        ct, cd = '%s; name="%s"' % (ctype, name), '%s; filename="%s"' % (disp, name)
    elif style in ('B', 'Q'):
        cs = 'utf-8' if style == 'B' else 'windows-1251'
        e = ew(name, cs, style).replace('\r\n ', '')
        ct, cd = '%s;\r\n name="%s"' % (ctype, e), '%s;\r\n filename="%s"' % (disp, e)
    else:  # rfc2231 with continuations
        ct, cd = '%s;\r\n name="%s"' % (ctype, ew(name).replace('\r\n ', '')), '%s;\r\n %s' % (disp, rfc2231(name))
    hs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte), ('Content-Disposition', cd)]
    if cid:
        hs.append(('Content-ID', '<%s>' % cid))
    return Part(hs, encode(data, cte))


def rfc822(inner_bytes):
    return Part([('Content-Type', 'message/rfc822'), ('Content-Disposition', 'attachment')], inner_bytes)


def fmt_date(local):
    dt = datetime.datetime.strptime(local, '%Y-%m-%d %H:%M:%S').replace(tzinfo=KYIV)
    return email.utils.format_datetime(dt), dt


def message(frm, subject, date, root, to=UVP, mailer=None, extra=(), mid_host='mail.example', received=True, secs=4):
    dh, dt = fmt_date(date)
    hs = []
    if received:
        rdt = dt + datetime.timedelta(seconds=secs)
        hs.append(('Received', 'from %s (unknown [10.12.%d.%d])\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %X;\r\n\t%s'
                   % (mid_host, dt.minute + 1, dt.second + 10, zlib.crc32(subject.encode()) % 0xFFFFFFF,
                      email.utils.format_datetime(rdt))))
    mid = '<%s.%d@%s>' % (dt.strftime('%Y%m%d%H%M%S'), zlib.crc32((frm + date).encode()) % 100000, mid_host)
    hs += [('From', frm), ('To', to), ('Subject', subject), ('Date', dh), ('Message-ID', mid), ('MIME-Version', '1.0')]
    if mailer:
        hs.append(mailer)
    hs += list(extra)
    return ''.join('%s: %s\r\n' % kv for kv in hs).encode('ascii') + root.bytes()


def reminder(executor, deadline, today, missing, overdue=False, quote='> '):
    lines = ['Шановні колеги!', '']
    if overdue:
        lines.append('Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану).' % deadline)
    else:
        lines.append('Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до %s на адресу електронної пошти %s.' % (deadline, UVP))
    lines += ['', 'Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:' % (today, executor), '']
    items = [['  %d. %s' % (m, MTEXT[m]), ''] for m in missing]
    tail = ['Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.',
            '', 'Просимо надати інформацію невідкладно.' if overdue else 'Просимо дотримуватися встановленого терміну.', '',
            'Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.', '',
            'З повагою', OFFICE]
    return lines, items, tail


def q(lines, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in lines)


def receipt(executor, received, subject, period, deadline, recognised, missing):
    out = ['Шановні колеги!', '',
           "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує отримання Вашого листа від %s «%s»." % (received, subject),
           '', 'Виконавець: %s.' % executor, 'Звітний період: %d-й (термін подання інформації — %s).' % (period, deadline), '',
           'Розпізнано інформацію щодо таких пунктів плану:']
    out += ['  • пункт %d: %s' % r for r in recognised]
    out += ['', 'За цей звітний період ще очікується інформація щодо пунктів плану:']
    out += ['  %d. %s' % (m, MTEXT[m]) for m in missing]
    out += ['', 'Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s.' % UVP, '',
            'З повагою', OFFICE]
    return out


MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, dict(key), fn))
        return fn
    return deco

IPHONE = ('X-Mailer', 'iPhone Mail (10B329)')
IPAD = ('X-Mailer', 'iPad Mail (10B329)')
ANDROID_GMAIL = ('X-Mailer', 'Gmail for Android')
SIG_IPHONE = '\n\nНадіслано з мого iPhone'

# ============================================================ 1. placeholder

KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Phone-typed list «1 - …» with a row per measure; 7, 9, 10, 12 carry «х», «немає», «+», a bare «не проводились».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}
@mail('ph01', KEY)
def _():
    b = ('добрий день\nріпкинська рда по плану відкритий уряд:\n'
         '1 - сайт рда оновлюється щотижня, за листопад розміщено 14 матеріалів, додали розділ «Звернення громадян»\n'
         '6 - 28.11 провели опитування жителів смт Ріпки щодо тарифів на воду (96 анкет)\n'
         '7 - х\n9 - немає\n10 - +\n12 - не проводились\n16 - надаємо\n\nз повагою Оксана\n\nНадіслано з мого смартфона Samsung Galaxy')
    h = '<div dir="ltr">' + b.replace('\n', '<br>') + '</div>'
    root = multi('alternative', [text(b, cte='base64'), html(h, cte='base64')])
    return message(addr('Ріпкинська РДА', 'rda-ripky@example.gov.ua'), ew('звіт відкритий уряд ріпки'),
                   '2012-12-14 16:42:10', root, mailer=ANDROID_GMAIL)


KEY = {"class": "placeholder", "executor": "su-zhkh", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "iPad one-liner; the .xlsx has a row per measure with «—», «без змін», «х» beside three real answers.",
       "items": [{"measure": 1, "source": "звіт ВУ 1 півр.xlsx"}, {"measure": 2, "source": "звіт ВУ 1 півр.xlsx"},
                 {"measure": 9, "source": "звіт ВУ 1 півр.xlsx"}]}
@mail('ph02', KEY)
def _():
    root = multi('mixed', [text('Доброго дня, у вкладенні\n\nНадіслано з iPad'),
                           att('zhkh.xlsx', 'звіт ВУ 1 півр.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '2231')])
    return message(addr('Управління ЖКГ', 'zhkh@example.gov.ua'), ew('Re: відкритий уряд'), '2013-06-13 10:05:33', root, mailer=IPAD)


KEY = {"class": "placeholder", "executor": "rda-semenivka", "period": 3, "late": True, "kind": "report",
       "reason": None, "note": "Late «див. вкладення» from an iPhone; the .doc table has «Без змін (див. …)», «-», a bare «не проводились», «—»; row 12 denies public reviews by name.",
       "items": [{"measure": 6, "source": "Семенівка ВУ 2 півр 2013.doc"}, {"measure": 12, "source": "Семенівка ВУ 2 півр 2013.doc"}]}
@mail('ph03', KEY)
def _():
    root = multi('mixed', [text('звіт за 2 півріччя див. вкладення' + SIG_IPHONE),
                           att('semenivka.doc', 'Семенівка ВУ 2 півр 2013.doc', 'application/msword', '2231')])
    return message(addr('Семенівська РДА', 'rda-semenivka@example.gov.ua'), ew('ВУ Семенівка'), '2013-12-16 09:14:50', root, mailer=IPHONE)


KEY = {"class": "placeholder", "executor": "su-osvita", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Roundcube HTML-only table in koi8-u with empty cells, «&nbsp;», «немає», «+» and a bare «не проводились»; only row 1 says something.",
       "items": [{"measure": 1, "source": "body"}]}
@mail('ph04', KEY)
def _():
    rows = [('1', 'на сайті управління створено розділ "Публічна інформація", новини оновлюються 2 рази на тиждень'),
            ('2', '+'), ('6', ''), ('7', '&nbsp;'), ('8', 'немає'), ('9', '+'), ('12', 'не проводились')]
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-u"></head><body>'
         '<p>Надсилаємо інформацію управління освіти і науки по плану Відкритий уряд</p>'
         '<table border="1"><tr><td>п.</td><td>виконання</td></tr>'
         + ''.join('<tr><td>%s</td><td>%s</td></tr>' % r for r in rows) +
         '</table><p>--<br>Сектор інформаційної роботи</p></body></html>')
    return message(addr('osvita', 'osvita@example.gov.ua'), 'vidkrytyi uriad osvita', '2012-12-12 15:20:00',
                   html(h, 'koi8-u'), mailer=('User-Agent', 'Roundcube Webmail/0.8.4'))


KEY = {"class": "placeholder", "executor": "rda-talalaivka", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "All-caps one-line body; the .ods rows 1, 7, 9, 12 are «—», «немає», «-», «не було».",
       "items": [{"measure": 6, "source": "talalaivka_VU.ods"}, {"measure": 10, "source": "talalaivka_VU.ods"}]}
@mail('ph05', KEY)
def _():
    root = multi('mixed', [text('ЗВІТ ТАЛАЛАЇВСЬКА РДА ВІДКРИТИЙ УРЯД В ДОДАТКУ', 'windows-1251', '8bit'),
                           att('talalaivka.ods', 'talalaivka_VU.ods', 'application/vnd.oasis.opendocument.spreadsheet')])
    return message(addr('Талалаївська РДА', 'rda-talalaivka@example.gov.ua', 'windows-1251'), ew('ВІДКРИТИЙ УРЯД', 'windows-1251'),
                   '2013-06-14 17:55:02', root, mailer=('User-Agent', 'Opera Mail/12.15 (Win32)'))


# ============================================================ 2. bottom_post

KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": True, "kind": "report",
       "reason": None, "note": "Answers typed between the «>» lines of zvit's overdue reminder; under 9 and 12 only «не проводились» / «не було».",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}]}
@mail('bp01', KEY)
def _():
    head, items, tail = reminder(EXEC_NAME['rda-kozelets'], '15.12.2012', '16.12.2012', [6, 7, 9, 12], overdue=True)
    ans = {0: 'провели 2 консультації: громадські слухання по бюджету району на 2013 рік (12.12) і круглий стіл з підприємцями',
           1: 'включили двох членів громради до складу координаційної ради з питань АПК',
           2: 'не проводились', 3: 'не було'}
    body = '16 груд. 2012 р. 09:00 <uvp@cg.ukrtel.net> пише:\n\n' + q(head) + '\n'
    for i, it in enumerate(items):
        body += q(it[:1]) + '\n' + ans[i] + '\n>\n'
    body += q(tail) + '\n\nвибачте що пізно, світла не було\nНадіслано з мобільного'
    return message(addr('Козелецька РДА', 'rda-kozelets@example.gov.ua'),
                   ew('Re: Нагадування: інформація про виконання Плану заходів'), '2012-12-17 11:03:27',
                   text(body), mailer=ANDROID_GMAIL)


KEY = {"class": "bottom_post", "executor": "su-kultura", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Outlook 2007 (ru) «см ниже» on top, zvit's receipt quoted without «>» under «От:/Отправлено:», the answers typed after its signature.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail('bp02', KEY)
def _():
    rc = receipt(EXEC_NAME['su-kultura'], '07.06.2013 11:40', 'Інформація відкритий уряд', 2, '15.06.2013',
                 [(1, 'на сайті управління оновлено розділ «Афіша»…'), (6, 'проведено 2 засідання круглого столу…')], [7, 9, 12])
    body = ('см ниже\n\n________________________________________\n'
            'От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]\nОтправлено: 10 июня 2013 г. 16:05\n'
            'Кому: kultura@example.gov.ua\nТема: Підтвердження отримання: Інформація відкритий уряд\n\n'
            + '\n'.join(rc) +
            '\n\nп7 - в склад худож.-експертної ради управління включено 2 представників ГО «Сіверські барви» (наказ №64)\n'
            'п9 - проект програми розвитку культури і туризму на 2014-2016 обговорено з членами громради 22.05.2013\n'
            'п12 - не було\n\nИрина, упр. культури')
    return message(addr('Управління культури', 'kultura@example.gov.ua', 'windows-1251'),
                   ew('RE: Підтвердження отримання: Інформація відкритий уряд', 'windows-1251'), '2013-06-11 14:22:40',
                   text(body, 'windows-1251'), mailer=('X-Mailer', 'Microsoft Office Outlook 12.0'))


KEY = {"class": "bottom_post", "executor": "rda-horodnia", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "Web-mail HTML (windows-1251) with answers between blockquoted items of the reminder; «-», «х» and «не стосується» under 7, 9, 12.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail('bp03', KEY)
def _():
    head, items, tail = reminder(EXEC_NAME['rda-horodnia'], '15.12.2013', '12.12.2013', [1, 6, 7, 9, 10, 12])
    ans = ['сайт рда наповнюється, оновлено розділ «Регуляторна політика» та «Звернення громадян»',
           'проведено опитування населення щодо якості адмінпослуг (210 анкет)', '-', 'х',
           'рекомендацію створити комісію з питань відкритості направлено громадській раді (лист від 12.11.2013 № 01-15/1840), комісію утворено',
           'не стосується']
    bq = lambda ls: '<blockquote type="cite">' + '<br>'.join(l for l in ls if l) + '</blockquote>'
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
    h += '<div>12.12.2013 09:00, uvp@cg.ukrtel.net пише:</div>' + bq(head)
    for i, it in enumerate(items):
        h += bq(it) + '<div>' + ans[i] + '</div>'
    h += bq(tail) + '<div><br>Городнянська РДА, сектор інформації</div></body></html>'
    return message(addr('Городнянська РДА', 'rda-horodnia@example.gov.ua', 'windows-1251', 'Q'),
                   ew('Re: Нагадування', 'windows-1251', 'Q'), '2013-12-13 12:40:11',
                   html(h, 'windows-1251'), mailer=('User-Agent', 'Roundcube Webmail/0.9.5'))


KEY = {"class": "bottom_post", "executor": "su-ekolohiia", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "K-9 Mail reply below a «>»-quoted receipt that itself lists recognised and missing measures.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail('bp04', KEY)
def _():
    rc = receipt(EXEC_NAME['su-ekolohiia'], '06.12.2012 15:10', 'ВУ екологія', 1, '15.12.2012',
                 [(1, 'сайт управління оновлено…'), (6, 'проведено громадські слухання…'), (7, 'до складу…'), (9, 'проект програми…')], [2, 8, 12])
    body = ('"uvp@cg.ukrtel.net" <uvp@cg.ukrtel.net> wrote:\n\n' + q(rc) + '\n\n'
            'по 2 - інформацію про виконання програми охорони навколишнього природного середовища направлено для розміщення в рубриці «Хід виконання цільових програм»\n'
            'по 8: голову комітету з екологічних питань Громадської ради Коваля О.П. введено до складу колегії управління (наказ від 05.11.2012 №117)\n'
            'по 12 - антикорупційна експертиза проекту Порядку видачі дозволів на спецводокористування проведена ГО «Зелений Чернігів», 2 зауваження враховано\n'
            '--\nSent from my Android phone with K-9 Mail. Please excuse my brevity.')
    return message(addr('', 'ekolohiia@example.gov.ua'), ew('Re: Підтвердження отримання: ВУ екологія'), '2012-12-10 10:31:05',
                   text(body, cte='8bit'), mailer=('User-Agent', 'K-9 Mail for Android'))


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Android Gmail (ru locale) reply below the «>»-quoted reminder for measure 5; plain and HTML twins.",
       "items": [{"measure": 5, "source": "body"}]}
@mail('bp05', KEY)
def _():
    head, items, tail = reminder(EXEC_NAME['zvernennia'], '15.06.2013', '13.06.2013', [5])
    quoted = head + sum(items, []) + tail
    ans = 'по гарячій лінії голови ОДА за півріччя надійшло 1 214 дзвінків, 96% розглянуто, щотижневі узагальнення подаються голові облдержадміністрації'
    b = '13 июня 2013 г., 9:02 пользователь <uvp@cg.ukrtel.net> написал:\n\n' + q(quoted) + '\n\n' + ans + '\n\nОтправлено с мобильного'
    h = ('<div>13 июня 2013 г., 9:02 пользователь &lt;uvp@cg.ukrtel.net&gt; написал:<br><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
         + '<br>'.join(quoted) + '</blockquote></div><div>' + ans + '</div><div><br>Отправлено с мобильного</div>')
    root = multi('alternative', [text(b, cte='base64'), html(h, cte='base64')])
    return message(addr('Відділ звернень', 'zvernennia@example.gov.ua'), ew('Re: Нагадування'), '2013-06-14 08:47:19', root, mailer=ANDROID_GMAIL)


# ============================================================ 3. not_report

KEY = {"class": "not_report", "executor": "rda-nosivka", "period": 3, "late": False, "kind": "not_report",
       "reason": "question", "note": "iPhone question about measure 10 whose premise (no council yet) is no report.", "items": []}
@mail('nr01', KEY)
def _():
    b = 'доброго дня. чи потрібно подавати інфу по п.10 якщо громадської ради при рда ще нема?? дякую' + SIG_IPHONE
    return message(addr('Носівська РДА', 'rda-nosivka@example.gov.ua'), ew('питання'), '2013-12-09 10:27:41', text(b), mailer=IPHONE)


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False, "kind": "not_report",
       "reason": "invitation", "note": "Invitation with a text/calendar .ics to a seminar worded like measure 13.", "items": []}
@mail('nr02', KEY)
def _():
    b = ('Шановні колеги!\n\nЗапрошуємо заступників керівників структурних підрозділів та спеціалістів, відповідальних за консультації з громадськістю, '
         'на навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства», який відбудеться 20 лютого 2013 р. о 10:00 (ауд. 204).\n'
         'Просимо підтвердити участь до 15.02.2013.\n\nЧернігівський центр перепідготовки та підвищення кваліфікації')
    ics = ('BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n'
           'BEGIN:VEVENT\r\nDTSTART:20130220T080000Z\r\nDTEND:20130220T120000Z\r\nLOCATION:ЦППК\\, ауд. 204\r\n'
           'SUMMARY:Семінар: інструменти сприяння розвитку громадянського суспільства\r\nUID:cppk-20130220-seminar\r\n'
           'ORGANIZER:mailto:cppk@example.gov.ua\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n').encode('utf-8')
    cal = att(None, 'invite.ics', 'text/calendar; method=REQUEST; charset="utf-8"', data=ics)
    root = multi('mixed', [text(b), cal])
    return message(addr('ЦППК', 'cppk@example.gov.ua'), ew('Запрошення на семінар 20.02.2013'), '2013-02-08 11:00:12', root,
                   mailer=('X-Mailer', 'Microsoft Outlook 14.0'))


KEY = {"class": "not_report", "executor": "su-finansy", "period": 3, "late": False, "kind": "not_report",
       "reason": "extension_request", "note": "Android one-liner asking for more time; names measure 2's subject and a paper awaiting signature.", "items": []}
@mail('nr03', KEY)
def _():
    b = ('добрий день, просимо продовжити термін подання по відкритому уряду до 20.12 — інформація по п2 (рубрика по місцевих бюджетах) '
         'на підписі у начальника. вибачте\n\nОтправлено с мобильного')
    return message(addr('', 'finansy@example.gov.ua'), ew('термін'), '2013-12-13 18:10:44', text(b, cte='base64'), mailer=ANDROID_GMAIL)


KEY = {"class": "not_report", "executor": "gromrada", "period": 2, "late": False, "kind": "not_report",
       "reason": "announcement", "note": "All-caps announcement of a coming measure-15 discussion; its notice on the web resource is no item.", "items": []}
@mail('nr04', KEY)
def _():
    b = ('УВАГА! 20 ТРАВНЯ О 15.00 В МАЛІЙ ЗАЛІ ОДА — ГРОМАДСЬКЕ ОБГОВОРЕННЯ ВИКОНАННЯ ПЛАНУ ЗАХОДІВ «ВІДКРИТИЙ УРЯД»\n'
         'оголошення вже на веб-ресурсі «Чернігівська громада», участь підтвердили 19 організацій. приходьте!! 👍\n\nНадіслано з Android')
    return message(addr('Громадська рада', 'gromrada@example.gov.ua'), ew('ОБГОВОРЕННЯ 20.05!!!'), '2013-05-14 13:13:13', text(b, cte='base64'), mailer=ANDROID_GMAIL)


KEY = {"class": "not_report", "executor": "rda-novhorod-siverskyi", "period": 1, "late": False, "kind": "not_report",
       "reason": "promise", "note": "Evening iPhone promise naming pp. 1, 6, 7, 9, 12 as prepared or to be written.", "items": []}
@mail('nr05', KEY)
def _():
    b = 'звіт буде завтра зранку, в рда світла нема з обіду 😞 по п.1, 6, 7 вже підготували, 9 і 12 допишемо' + SIG_IPHONE
    return message(addr('Новгород-Сіверська РДА', 'rda-novhorod-siverskyi@example.gov.ua'), ew('відкритий уряд'), '2012-12-14 19:20:30', text(b), mailer=IPHONE)


# ============================================================ 4. ranges

KEY = {"class": "ranges", "executor": "rda-mena", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Latin transliteration from a phone: «pp 6-9, 12» answered as one block (8 counted though not owed), years nearby.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail('rg01', KEY)
def _():
    b = ('Dobryi den!\nMens\'ka RDA, info po vykonanniu planu "Vidkrytyi uriad":\n'
         'pp 6-9, 12 - protiahom IV kv. 2012 provedeno 3 konsultatsii z gromadskistiu (opytuvannia shchodo taryfiv, 2 gromadski sluhannia), '
         'chleny gromadskoi rady vkliucheni do skladu koordynatsiinykh rad ta braly uchast\' v obgovorenni proektu biudzhetu na 2013 r., '
         'antykoruptsiina ekspertyza proektu rishennia pro mistsevi podatky provedena GO "Mena-Info"\n'
         'p1 - sajt RDA onovleno, dodano rozdil "Publichna informatsiia"\n\n'
         'vybachte za translit, na telefoni nema ukr klaviatury\n\nSent from my HTC')
    return message(addr('Menska RDA', 'rda-mena@example.gov.ua'), 'info VU Mena', '2012-12-13 21:05:51', text(b, 'us-ascii', '7bit'), mailer=ANDROID_GMAIL)


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "iPad note «1 арк.» (a count); the .xlsx number cells «1–2» and «6–9» each hold one block of text.",
       "items": [{"measure": 1, "source": "ВУ_соцзахист_червень.xlsx"}, {"measure": 2, "source": "ВУ_соцзахист_червень.xlsx"},
                 {"measure": 6, "source": "ВУ_соцзахист_червень.xlsx"}, {"measure": 7, "source": "ВУ_соцзахист_червень.xlsx"},
                 {"measure": 8, "source": "ВУ_соцзахист_червень.xlsx"}, {"measure": 9, "source": "ВУ_соцзахист_червень.xlsx"}]}
@mail('rg02', KEY)
def _():
    root = multi('mixed', [text('надсилаємо, 1 арк.\n\nНадіслано з iPad'),
                           att('sotszakhyst.xlsx', 'ВУ_соцзахист_червень.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'B')])
    return message(addr('УПСЗН ОДА', 'sotszakhyst@example.gov.ua'), ew('ВУ червень'), '2013-06-12 09:33:20', root, mailer=IPAD)


KEY = {"class": "ranges", "executor": "rda-borzna", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "«з 6 по 9» one block next to a date span «з 01.07 по 30.11»; «п 10» answered, «п. 12 - не було».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail('rg03', KEY)
def _():
    b = ('Борзнянська РДА, інформація за 2 півріччя 2013\n'
         'п.1 – на сайті РДА створено розділ «Громадська рада», оновлено розділ «Регуляторна політика»\n'
         'з 6 по 9 – з 01.07 по 30.11 проведено 4 консультації (2 громадські слухання, 2 опитування), члени громадської ради залучені до складу колегії РДА '
         'та до обговорення 3 проектів розпоряджень голови РДА\n'
         'п 10 – на засіданні громадської ради 15.10.2013 створено робочу групу з питань прозорості, 5 осіб\n'
         'п. 12 - не було\n\nНадіслано з Samsung Mobile')
    return message(addr('', 'rda-borzna@example.gov.ua'), ew('ВУ Борзна 2 пів'), '2013-12-14 22:47:03', text(b), mailer=ANDROID_GMAIL)


KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 2, "late": True, "kind": "report",
       "reason": None, "note": "Late surzhyk in koi8-u: «по пунктам 1 и 6», «пункти 7 і 9», a document «N145 від 03.06.2013», «12 - нет».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail('rg04', KEY)
def _():
    b = ('по пунктам 1 и 6 - сайт обновляется регулярно, проведены 2 публичные консультации (по тарифам и по бюджету)\n'
         'пункти 7 і 9 - члени громради беруть участь у роботі дорадчих органів, обговорено 3 проекти розпоряджень (N145 від 03.06.2013 і ін.)\n'
         '12 - нет\nсорри что поздно\n\nОтправлено с мобильного')
    return message(addr('Прилуцька РДА', 'rda-pryluky@example.gov.ua', 'koi8-u'), ew('прилуки ВУ', 'koi8-u'), '2013-06-17 08:15:30',
                   text(b, 'koi8-u', 'base64'), mailer=ANDROID_GMAIL)


KEY = {"class": "ranges", "executor": "su-apk", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "«див. вкладення» from an iPhone; the .doc number cell «1–2, 6–9» answers six measures in one text, plus rows 12 and 16.",
       "items": [{"measure": 1, "source": "info APK.doc"}, {"measure": 2, "source": "info APK.doc"}, {"measure": 6, "source": "info APK.doc"},
                 {"measure": 7, "source": "info APK.doc"}, {"measure": 8, "source": "info APK.doc"}, {"measure": 9, "source": "info APK.doc"},
                 {"measure": 12, "source": "info APK.doc"}]}
@mail('rg05', KEY)
def _():
    root = multi('mixed', [text('див. вкладення' + SIG_IPHONE), att('apk.doc', 'info APK.doc', 'application/msword')])
    return message(addr('ГУ АПР', 'apk@example.gov.ua'), ew('Fwd: інформація відкритий уряд'), '2012-12-14 16:01:00', root, mailer=IPHONE)


# ============================================================ 5. prose

KEY = {"class": "prose", "executor": "su-zdorovia", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Formal PDF letter without plan numbers; a passing «розміщено на офіційному сайті» sits inside the hearings paragraph.",
       "items": [{"measure": 1, "source": "Лист УОЗ 2671.pdf"}, {"measure": 6, "source": "Лист УОЗ 2671.pdf"}, {"measure": 8, "source": "Лист УОЗ 2671.pdf"}]}
@mail('pr01', KEY)
def _():
    root = multi('mixed', [text('лист УОЗ у вкладенні, оригінал поштою' + SIG_IPHONE),
                           att('zdorovia.pdf', 'Лист УОЗ 2671.pdf', 'application/pdf', '2231')])
    return message(addr('УОЗ', 'zdorovia@example.gov.ua'), ew('лист 05-12/2671'), '2013-06-10 11:22:11', root, mailer=IPHONE)


KEY = {"class": "prose", "executor": "rda-bobrovytsia", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Late-evening phone prose without numbers or capitals, one line per activity.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail('pr02', KEY)
def _():
    b = ('бобровицька рда. коротко по відкритому уряду\n'
         'сайт рда приведено у відповідність до закону про доступ до публічної інформації, тепер є всі розділи, наповнюєм щодня\n'
         'провели 2 громадських слухання (бюджет 2013, генплан Бобровиці) і опитування молоді\n'
         'члени громадської ради включені до складу комісії з питань евакуації та до ради з питань підприємництва\n'
         'антикорупційна експертиза проекту рішення про місцеві податки проведена ГО «Бобровицька ініціатива», пропозиції враховані\n'
         'звіт набрала з телефону бо комп не працює, пробачте помилкии')
    return message(addr('', 'rda-bobrovytsia@example.gov.ua'), ew('бобровиця'), '2012-12-15 23:40:12', text(b, cte='8bit'), mailer=ANDROID_GMAIL)


KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "УВП's own registered box sends its part as .docx prose, one paragraph per measure, none numbered.",
       "items": [{"measure": 3, "source": "UVP_chastyna.docx"}, {"measure": 4, "source": "UVP_chastyna.docx"}, {"measure": 11, "source": "UVP_chastyna.docx"},
                 {"measure": 13, "source": "UVP_chastyna.docx"}, {"measure": 14, "source": "UVP_chastyna.docx"}]}
@mail('pr03', KEY)
def _():
    root = multi('mixed', [text('Наталю, наша частина для зведеної, у вкладенні' + SIG_IPHONE),
                           att('uvp.docx', 'UVP_chastyna.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')])
    return message(addr('Сектор УВП', 'uvp-info@example.gov.ua'), ew('для зведеної'), '2012-12-07 17:30:00', root, mailer=IPHONE)


KEY = {"class": "prose", "executor": "ogp-coordinator", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "Coordinator's .odt on the public discussion (15); passing mentions of the web resource and last year's seminars.",
       "items": [{"measure": 15, "source": "obhovorennia_28_11.odt"}]}
@mail('pr04', KEY)
def _():
    root = multi('mixed', [text('інформація щодо обговорення 28.11 у вкладенні\n\nНадіслано з Android'),
                           att('ogp.odt', 'obhovorennia_28_11.odt', 'application/vnd.oasis.opendocument.text')])
    return message(addr('Координатор ВУ', 'ogp-coordinator@example.org.ua'), ew('обговорення 28.11'), '2013-11-29 20:05:00', root, mailer=ANDROID_GMAIL)


KEY = {"class": "prose", "executor": "rda-varva", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Russian koi8-r note «в аттаче»; the .rtf (RFC 2047 Q name) is Russian prose without numbers.",
       "items": [{"measure": 6, "source": "Варва інфо.rtf"}, {"measure": 9, "source": "Варва інфо.rtf"}, {"measure": 10, "source": "Варва інфо.rtf"}]}
@mail('pr05', KEY)
def _():
    root = multi('mixed', [text('в аттаче информация по открытому правительству\n\nОтправлено с мобильного', 'koi8-r', '8bit'),
                           att('varva.rtf', 'Варва інфо.rtf', 'application/rtf', 'Q')])
    return message(addr('Варвинская РГА', 'rda-varva@example.gov.ua', 'koi8-r'), ew('открытое правительство', 'koi8-r'), '2013-06-14 12:00:44', root, mailer=ANDROID_GMAIL)


# ============================================================ 6. foreign_numbers

KEY = {"class": "foreign_numbers", "executor": "rda-korop", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "The letter's own «1. 2. 3.» numbering: its «2.» is consultations (6) and «3.» discussion of a programme (9).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail('fn01', KEY)
def _():
    b = ('Коропська РДА інформує:\n'
         '1. На офіційному веб-сайті РДА оновлено розділ «Доступ до публічної інформації», розміщено 12 проектів розпоряджень.\n'
         '2. Проведено консультації з громадськістю: 2 громадських слухання (27.10, 15.11) щодо проекту бюджету на 2013 рік.\n'
         '3. Члени громадської ради залучені до обговорення проекту районної програми розвитку освіти на 2013–2015 рр.' + SIG_IPHONE)
    return message(addr('Коропська РДА', 'rda-korop@example.gov.ua'), ew('інформація'), '2012-12-11 13:14:15', text(b), mailer=IPHONE)


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "The .xlsx has a running «№ з/п» 1–5 beside the real «Пункт плану» column (1, 6, 7, 9, 12); row 7 is «-».",
       "items": [{"measure": 1, "source": "UKB_vidkr_uriad.xlsx"}, {"measure": 6, "source": "UKB_vidkr_uriad.xlsx"},
                 {"measure": 9, "source": "UKB_vidkr_uriad.xlsx"}, {"measure": 12, "source": "UKB_vidkr_uriad.xlsx"}]}
@mail('fn02', KEY)
def _():
    root = multi('mixed', [text('в додатку інфа УКБ по ВУ\n\nНадіслано з Samsung Mobile', cte='base64'),
                           att('kapbud.xlsx', 'UKB_vidkr_uriad.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])
    return message(addr('УКБ', 'kapbud@example.gov.ua'), ew('ВУ'), '2013-06-13 15:45:00', root, mailer=ANDROID_GMAIL)


KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "The office's own plan items «п.2.3 і 3.1», sub-items «1) 2) 3)», an order «№214» and counts; measures only by their subjects.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}]}
@mail('fn03', KEY)
def _():
    b = ("Інфо від управління у справах сім'ї, молоді та спорту\n(за нашим планом роботи п.2.3 і 3.1):\n"
         '1) 14.10 та 21.11 проведено консультації з громадськістю щодо проекту програми «Молодь Чернігівщини» на 2014-2018 рр. – 2 круглі столи, 64 учасники\n'
         '2) до складу молодіжної ради при управлінні (дорадчий орган) включено 3 представників ГО, наказ №214 від 01.10.2013\n'
         '3) голова комітету з гуманітарних питань Громадської ради введений до складу колегії управління, положення про управління змінено\n\nОтправлено с мобильного')
    h = '<div>' + b.replace('\n', '<br>') + '</div>'
    return message(addr('УСМС', 'simia@example.gov.ua'), ew('ВУ 2 півріччя'), '2013-12-12 10:10:10',
                   multi('alternative', [text(b, cte='base64'), html(h, cte='base64')]), mailer=ANDROID_GMAIL)


KEY = {"class": "foreign_numbers", "executor": "rda-ichnia", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Sub-items «1) 2) 3)» and «а) б)» under real «п.6:»/«п.12:», an outgoing «№ 02-17/214», an order «№118», «інші пункти - без змін».",
       "items": [{"measure": 6, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail('fn04', KEY)
def _():
    b = ('Ічнянська РДА, вих. № 02-17/214 від 14.06.2013\n'
         'п.6: 1) опитування щодо роботи ЦНАП (120 осіб); 2) громадські слухання з питання будівництва сміттєсортувальної лінії; 3) зустріч голови РДА з мешканцями с. Дружба\n'
         'п.12: а) громадська експертиза діяльності відділу культури РДА (ГО «Ічня-Громада»); б) план заходів за її пропозиціями затверджено розпорядженням №118\n'
         'інші пункти - без змін' + SIG_IPHONE)
    return message(addr('Ічнянська РДА', 'rda-ichnia@example.gov.ua'), ew('вих. 02-17/214'), '2013-06-15 18:30:00', text(b), mailer=IPHONE)


KEY = {"class": "foreign_numbers", "executor": "su-arkhiv", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "PDF letter «№ 01-09/1245» with its own «1.–4.» paragraphs; «4.» names п. 16, which never counts.",
       "items": [{"measure": 1, "source": "Держархів_1245.pdf"}, {"measure": 6, "source": "Держархів_1245.pdf"}, {"measure": 7, "source": "Держархів_1245.pdf"}]}
@mail('fn05', KEY)
def _():
    root = multi('mixed', [text('надсилаю лист держархіву 01-09/1245, оригінал завтра нарочним' + SIG_IPHONE),
                           att('arkhiv.pdf', 'Держархів_1245.pdf', 'application/pdf', 'B')])
    return message(addr('Держархів', 'arkhiv@example.gov.ua'), ew('01-09/1245'), '2012-12-14 09:50:00', root, mailer=IPHONE)


# ============================================================ 7. personal_address

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Gmail on an iPhone at night; the office only in the genitive in body and signature, addressed to «Управлінню з питань внутрішньої політики».",
       "items": [{"measure": 2, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}
@mail('pa01', KEY)
def _():
    b = ('Добрий вечір! Управлінню з питань внутрішньої політики — інформація Головного управління економіки облдержадміністрації (з дому, бо службова пошта не працює):\n'
         'п2 - рубрика «Хід виконання цільових програм» оновлюється щомісяця, розміщено звіти по 11 програмах\n'
         'п 6 - проведено консультації з громадськістю щодо проекту Програми соц-економ розвитку на 2014 рік (3 засідання фокус-груп)\n'
         'п9 - члени громадської ради взяли участь в обговоренні проекту розпорядження про регіональну програму підтримки підприємництва\n'
         'п 12 - не було\n\nОлена Ковальчук, гол. спеціаліст відділу стратегічного планування головного управління економіки ОДА' + SIG_IPHONE)
    return message(addr('Олена Ковальчук', 'olena.kovalchuk83@gmail.com'), ew('ВУ економіка'), '2013-06-14 21:12:00', text(b), mailer=IPHONE, mid_host='mail.gmail.com')


KEY = {"class": "personal_address", "executor": "rda-shchors", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "ukr.net box; the district named only in the signature «Щорської райдержадміністрації»; the .xls rows 6, 9, 10, 12 are placeholders.",
       "items": [{"measure": 1, "source": "zvit.xls"}, {"measure": 7, "source": "zvit.xls"}]}
@mail('pa02', KEY)
def _():
    b = 'Для управління з питань внутрішньої політики. звіт по відкритому уряду у файлі\n--\nорг. відділ Щорської райдержадміністрації'
    root = multi('mixed', [text(b, 'windows-1251', 'base64'), att('shchors.xls', 'zvit.xls', 'application/vnd.ms-excel')])
    return message(addr('оргвідділ', 'shchors.orgviddil@ukr.net', 'windows-1251'), ew('звіт', 'windows-1251'), '2013-12-13 16:00:40', root,
                   mailer=('X-Mailer', 'FREEMAIL.UKR.NET'), mid_host='freemail.ukr.net')


KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Sent from another office's registered box (kapbud); the real office in the body; «п.12 – громадська експертиза не проводилась» names its subject.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail('pa03', KEY)
def _():
    b = ('Надсилаємо з пошти УКБ, бо в нас інтернет не працює. Інформація управління містобудування та архітектури ОДА до управління внутрішньої політики:\n'
         'п.1 – на сторінці управління на сайті ОДА розміщено генеральні плани 14 населених пунктів, оновлено розділ «Містобудівна документація»\n'
         'п.9 – проекти генпланів смт Козелець і м. Мена обговорено з членами громадської ради\n'
         'п.12 – громадська експертиза не проводилась\n\nТ.Лисенко, упр. містобудування та архітектури' + SIG_IPHONE)
    return message(addr('УКБ', 'kapbud@example.gov.ua'), ew('від містобудування'), '2012-12-13 14:02:22', text(b), mailer=IPHONE)


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "i.ua box, Russian «инфо от службы по делам детей ОДА», Ukrainian signature in the genitive; «п.9 - нет».",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}]}
@mail('pa04', KEY)
def _():
    b = ('Управлению по вопросам внутренней политики\nинфо от службы по делам детей ОДА по плану открытое правительство\n'
         'п.6 - проведены консультации с общественностью по проекту областной программы оздоровления детей, 2 встречи с родителями\n'
         'п.7 - в состав Координационного совета по вопросам защиты прав детей включены 2 представителя общественных организаций\n'
         'п.9 - нет\n\nНаталья, служба у справах дітей облдержадміністрації')
    return message(addr('natali', 'natali.sd@i.ua'), ew('инфо', 'windows-1251'), '2013-06-11 12:12:12', text(b, 'windows-1251', 'quoted-printable'),
                   mailer=('X-Mailer', 'I.UA Mail'), mid_host='mail.i.ua')


KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 3, "late": True, "kind": "report",
       "reason": None, "note": "Late, meta.ua box; the body only points («п.п.1,6,10 у вкладенні»); a text-less photo beside the .docx.",
       "items": [{"measure": 1, "source": "zvit kulykivka.docx"}, {"measure": 6, "source": "zvit kulykivka.docx"}, {"measure": 10, "source": "zvit kulykivka.docx"}]}
@mail('pa05', KEY)
def _():
    b = 'від Куликівської РДА звіт, п.п.1,6,10 у вкладенні + фото підписаного листа'
    root = multi('mixed', [text(b), att('kulykivka.docx', 'zvit kulykivka.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
                           att('photo_paper.png', 'IMG_2291.PNG', 'image/png')])
    return message(addr('', 'kulykivka.info@meta.ua'), ew('звіт куликівка'), '2013-12-18 10:40:00', root, mailer=('X-Mailer', 'META.UA Mail'), mid_host='meta.ua')


# ============================================================ 8. mixed

KEY = {"class": "mixed", "executor": "rda-nizhyn", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "«забула файл» four minutes later, with the empty first letter forwarded inline; the .xlsx answers, its 12 is «—».",
       "items": [{"measure": 1, "source": "Ніжин_ВУ.xlsx"}, {"measure": 6, "source": "Ніжин_ВУ.xlsx"},
                 {"measure": 7, "source": "Ніжин_ВУ.xlsx"}, {"measure": 9, "source": "Ніжин_ВУ.xlsx"}]}
@mail('mx01', KEY)
def _():
    b = ('забула файл((( ось\n\n---------- Forwarded message ----------\nFrom: Ніжинська РДА <rda-nizhyn@example.gov.ua>\n'
         'Date: 14 груд. 2012 р. 15:03\nSubject: звіт відкритий уряд\nTo: uvp@cg.ukrtel.net\n\nдобрий день, звіт ніжинської рда у вкладенні')
    root = multi('mixed', [text(b, cte='base64'),
                           att('nizhyn.xlsx', 'Ніжин_ВУ.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'B')])
    return message(addr('Ніжинська РДА', 'rda-nizhyn@example.gov.ua'), ew('Fwd: звіт відкритий уряд'), '2012-12-14 15:07:40', root, mailer=ANDROID_GMAIL)


KEY = {"class": "mixed", "executor": "rda-sosnytsia", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "message/rfc822 forward of a clerk's ukr.net mail to the district box; the report is the .doc inside it.",
       "items": [{"measure": 1, "source": "Сосниця_ВУ_2013.doc"}, {"measure": 6, "source": "Сосниця_ВУ_2013.doc"},
                 {"measure": 9, "source": "Сосниця_ВУ_2013.doc"}, {"measure": 12, "source": "Сосниця_ВУ_2013.doc"}]}
@mail('mx02', KEY)
def _():
    inner_root = multi('mixed', [text('надсилаю на загальну пошту, перешліть в УВП будь ласка\nСвітлана', cte='base64'),
                                 att('sosnytsia.doc', 'Сосниця_ВУ_2013.doc', 'application/msword', '2231')])
    inner = message(addr('Світлана', 'svitlana.sosn@ukr.net'), ew('звіт ВУ'), '2013-06-13 17:48:02', inner_root,
                    to='rda-sosnytsia@example.gov.ua', received=False, mid_host='freemail.ukr.net')
    root = multi('mixed', [text('пересилаю звіт сосницької рда, з особистої пошти не дійшов' + SIG_IPHONE), rfc822(inner)])
    return message(addr('Сосницька РДА', 'rda-sosnytsia@example.gov.ua'), ew('Fwd: звіт ВУ'), '2013-06-14 11:11:11', root, mailer=IPHONE)


KEY = {"class": "mixed", "executor": "rda-chernihiv", "period": 3, "late": False, "kind": "report",
       "reason": None, "note": "A correction on top of its own «>»-quoted earlier report: only the new п.7 counts.",
       "items": [{"measure": 7, "source": "body"}]}
@mail('mx03', KEY)
def _():
    old = ['Чернігівська РДА, інфо за 2 півріччя:', 'п.1 – сайт РДА оновлено, розміщено 37 новин', 'п.6 – проведено 3 громадські слухання',
           'п.7 – не проводились', 'п.9 – члени громадської ради залучені до обговорення проекту бюджету району на 2014 рік', 'п.12 – не було']
    b = ('виправлення до нашого звіту: по п.7 помилково вказали «не проводились» — насправді 2 представники ГО «Чернігівщина молода» включені '
         'до складу ради з питань молодіжної політики при РДА (розпорядження №412 від 14.11.2013)\n\n'
         '6 груд. 2013 р. 16:20 користувач Чернігівська РДА <rda-chernihiv@example.gov.ua> написав:\n' + q(old))
    return message(addr('Чернігівська РДА', 'rda-chernihiv@example.gov.ua'), ew('Re: інфо ВУ 2 півріччя (виправлення)'), '2013-12-10 09:05:00',
                   text(b), mailer=ANDROID_GMAIL)


KEY = {"class": "mixed", "executor": "rda-bakhmach", "period": 1, "late": False, "kind": "report",
       "reason": None, "note": "Cover note answers п.10, the .ods answers 1, 6, 7 (9 «+», 12 «не передбачено»), a text-less photo beside.",
       "items": [{"measure": 1, "source": "bakhmach.ods"}, {"measure": 6, "source": "bakhmach.ods"}, {"measure": 7, "source": "bakhmach.ods"},
                 {"measure": 10, "source": "body"}]}
@mail('mx04', KEY)
def _():
    b = ('п.10 — громадській раді при РДА рекомендовано створити комісію з питань відкритості, комісію створено 04.12.2012 (5 осіб)\n'
         'решта в табличці, фото листа з підписом теж\n\nНадіслано з мого смартфона')
    root = multi('mixed', [text(b, cte='base64'), att('bakhmach.ods', 'bakhmach.ods', 'application/vnd.oasis.opendocument.spreadsheet'),
                           att('photo_paper.png', 'IMG_20121215_132611.png', 'image/png')])
    return message(addr('Бахмацька РДА', 'rda-bakhmach@example.gov.ua'), ew('ВУ бахмач'), '2012-12-15 13:30:30', root, mailer=ANDROID_GMAIL)


KEY = {"class": "mixed", "executor": "rda-koriukivka", "period": 2, "late": False, "kind": "report",
       "reason": None, "note": "Outlook Word HTML with an inline logo (multipart/related); the HTML part is labelled koi8-r but holds windows-1251 (its meta says so).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail('mx05', KEY)
def _():
    lines = ['Корюківська РДА. Інформація щодо виконання Плану заходів «Відкритий уряд» за І півріччя 2013 р.',
             '1. Офіційний веб-сайт РДА: оновлено розділ «Регуляторна політика», створено підрозділ «Відкритий уряд».',
             '6. Консультації з громадськістю: 2 громадські слухання щодо проекту програми благоустрою.',
             '9. Члени громадської ради взяли участь в обговоренні проектів розпоряджень голови РДА (4 проекти).',
             '12. Громадська антикорупційна експертиза проекту рішення районної ради про оренду майна проведена ГО «Корюківщина», пропозиції враховано.',
             '', 'З повагою, загальний відділ Корюківської райдержадміністрації']
    plain = '\n'.join(lines)
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
         '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><meta name="Generator" content="Microsoft Word 14 (filtered medium)">'
         '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri","sans-serif"}</style></head><body lang="UK"><div class="WordSection1">'
         + ''.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (l or '&nbsp;') for l in lines) +
         '<p class="MsoNormal"><img width="24" height="24" id="Picture_x0020_1" src="cid:image001.png@01CE6849.4A2B3C10"></p></div></body></html>')
    rel = multi('related', [html(h, 'windows-1251', label='koi8-r'),
                            att('logo.png', 'image001.png', 'image/png', disp='inline', cid='image001.png@01CE6849.4A2B3C10')], ' type="multipart/alternative";')
    root = multi('alternative', [text(plain, 'windows-1251'), rel])
    return message(addr('Корюківська РДА', 'rda-koriukivka@example.gov.ua', 'windows-1251'), ew('Відкритий уряд, І півріччя', 'windows-1251'),
                   '2013-06-13 16:16:16', root, mailer=('X-Mailer', 'Microsoft Outlook 14.0'),
                   extra=[('Thread-Index', 'Ac5oSUorKzwQm1mZT3ifqbSIdoX7pQ=='), ('Content-Language', 'uk')])


# ---------------------------------------------------------------- checks and output

def filenames(msg):
    out = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            out.append(str(make_header(decode_header(fn))) if '=?' in fn else fn)
        if part.get_content_type() == 'message/rfc822':
            for sub in part.get_payload():
                out += filenames(sub)
    return out


def period_of(d):
    for i, dl in enumerate(DEADLINES, 1):
        if d <= dl:
            return i, False
        if d <= dl + datetime.timedelta(days=3):
            return i, True
    return None, None


def check(name, key, raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert key['class'] == CLASSES[name[:2]], name
    assert key['executor'] in EXECS, (name, key['executor'])
    dt = email.utils.parsedate_to_datetime(msg['Date']).astimezone(KYIV)
    assert datetime.date(2012, 9, 10) <= dt.date(), name
    p, late = period_of(dt.date())
    assert (p, late) == (key['period'], key['late']), (name, p, late)
    rcv = email.utils.parsedate_to_datetime(str(msg['Received']).split(';')[-1].strip()).astimezone(KYIV)
    assert rcv.date() == dt.date() and 0 < (rcv - dt).total_seconds() < 60, name
    frm = email.utils.parseaddr(str(msg['From']))[1].lower()
    if name[:2] != 'pa':
        assert frm in EXECS[key['executor']], (name, frm)
    else:
        assert frm not in EXECS[key['executor']], name
    assert str(msg['To']) == UVP
    items = [(i['measure'], i['source']) for i in key['items']]
    assert items == sorted(set(items)), name
    assert all(1 <= m <= 15 for m, _ in items), name
    names = filenames(msg)
    for _, s in items:
        assert s == 'body' or s in names, (name, s, names)
    if key['kind'] == 'not_report':
        assert not items and key['reason'] in ('invitation', 'question', 'thanks', 'announcement', 'promise', 'extension_request')
    else:
        assert key['kind'] == 'report' and key['reason'] is None and items, name
    for fn in os.listdir(ATT):
        if os.path.isfile(os.path.join(ATT, fn)):
            assert os.path.getsize(os.path.join(ATT, fn)) < 60000, fn
    return names


def main():
    assert len(MAILS) == 40 and len({n for n, _, _ in MAILS}) == 40
    seen = set()
    for name, key, fn in MAILS:
        raw = fn()
        assert b'\n' not in raw.replace(b'\r\n', b''), name
        check(name, key, raw)
        seen |= {i['measure'] for i in key['items']}
        open(os.path.join(HERE, name + '.eml'), 'wb').write(raw)
        with open(os.path.join(HERE, name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write('\n')
    assert seen == set(range(1, 16)), sorted(set(range(1, 16)) - seen)
    print('built %d mails' % len(MAILS))


if __name__ == '__main__':
    main()
