#!/usr/bin/env python3
"""Generator of the "trial" corpus: 40 report e-mails to uvp@cg.ukrtel.net and their keys.

Python 3 standard library only.  Office attachments are produced once with
LibreOffice (soffice --headless --convert-to ...) from HTML written here and are kept
in attachments/; on later runs the stored files are reused, so the .eml files come out
byte-identical.  Every header date, Message-ID and MIME boundary is fixed below.
Every answer key is a literal written by hand next to its mail (KEY=...).
"""
import base64, hashlib, json, os, quopri, shutil, subprocess, sys, tempfile, datetime, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, 'attachments')
MAILBOX = 'uvp@cg.ukrtel.net'
UVP_NAME = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

PLAN = {
    1: 'З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.',
    2: 'З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».',
    3: 'З метою налагодження діалогу з громадськістю, забезпечення прозорості та відкритості влади забезпечити створення та підтримку роботи веб-ресурсу «Чернігівська громада».',
    4: 'Створити на базі веб-ресурсу «Чернігівська громада» Інтернет-форум з обговорення актуальних питань життєдіяльності області, співпраці влади та громадськості.',
    5: 'Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.',
    6: 'Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».',
    7: 'Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.',
    8: 'Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.',
    9: 'Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».',
    10: 'Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.',
    11: 'Організувати проведення «Днів відкритих дверей» для ознайомлення представників громадськості та ЗМІ з роботою управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації.',
    12: 'Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.',
    13: 'Провести навчальні семінари щодо використання інструментів політики сприяння розвитку громадянського суспільства для заступників керівників структурних підрозділів, відповідальних за організацію консультацій з громадськістю, та для спеціалістів, які безпосередньо організовують консультації з громадськістю.',
    14: 'Розробити та поширити методичні посібники для державних службовців щодо використання інструментів політики сприяння розвитку громадянського суспільства.',
    15: 'Забезпечити організацію громадського обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».',
    16: 'Надати інформацію про виконання плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації на адресу електронної пошти (uvp@cg.ukrtel.net).',
}

# ----------------------------------------------------------------------------------------
# header helpers

def enc_words(s, cs='utf-8', mode='B', chunk=None):
    """RFC 2047 encoded words, folded."""
    if all(ord(c) < 128 for c in s):
        return s
    if chunk is None:
        chunk = 14 if cs.lower() == 'utf-8' else 28
    words = []
    for i in range(0, len(s), chunk):
        b = s[i:i + chunk].encode(cs)
        if mode == 'B':
            words.append('=?%s?B?%s?=' % (cs, base64.b64encode(b).decode()))
        else:
            q = ''
            for byte in b:
                ch = chr(byte)
                if byte == 32:
                    q += '_'
                elif byte < 128 and (ch.isalnum() or ch in '!*+-/'):
                    q += ch
                else:
                    q += '=%02X' % byte
            words.append('=?%s?Q?%s?=' % (cs, q))
    return '\n '.join(words)


def addr(name, email, cs='utf-8', mode='B'):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email)
    # display names go out as one encoded word, as mail clients write them
    return '%s <%s>' % (enc_words(name, cs, mode, chunk=len(name)), email)


WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(stamp, tz, plus_seconds=0):
    """stamp 'YYYY-MM-DD HH:MM:SS' local time in zone tz ('+0200')."""
    d = datetime.datetime.strptime(stamp, '%Y-%m-%d %H:%M:%S') + datetime.timedelta(seconds=plus_seconds)
    return '%s, %d %s %d %02d:%02d:%02d %s' % (WD[d.weekday()], d.day, MO[d.month - 1], d.year,
                                               d.hour, d.minute, d.second, tz)


def seed_hex(*parts, n=16):
    return hashlib.sha1('|'.join(str(p) for p in parts).encode()).hexdigest()[:n].upper()


def boundary(style, name, i=0):
    h = seed_hex(name, 'b', i, n=24)
    if style == 'outlook':
        return '----=_NextPart_%s_%s_%s.%s' % (h[0:3], h[3:7], h[7:15], h[15:23])
    if style == 'tb':
        return '------------%s' % ''.join(str(int(c, 16) % 10) for c in h)
    if style == 'gmail':
        return h.lower()[:28]
    if style == 'bat':
        return '----------%s' % h[:12]
    if style == 'web':
        return '--=_%s' % h[:20].lower()
    return '=_%s' % h


# ----------------------------------------------------------------------------------------
# MIME parts (built as text with LF; CRLF is applied to the whole message at the end)

def text(body, subtype='plain', cs='utf-8', cte='quoted-printable', label=None, flowed=False,
         extra=(), ct_extra=''):
    """A text part.  label: charset written in the header (None = same as cs; '' = no charset)."""
    if cs.lower().startswith('koi8'):
        # what 8-bit clients do with characters koi8 lacks
        for a, b in (('«', '"'), ('»', '"'), ('„', '"'), ('“', '"'), ('”', '"'), ('—', '-'), ('–', '-'),
                     ('’', "'"), ('•', '*'), ('…', '...'), ('№', 'N')):
            body = body.replace(a, b)
    raw = body.encode(cs)
    lab = cs if label is None else label
    ct = 'text/%s' % subtype
    if lab:
        ct += '; charset=%s' % (lab if subtype != 'html' or True else lab)
    if flowed:
        ct += '; format=flowed'
    ct += ct_extra
    if cte == 'quoted-printable':
        enc = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        enc = base64.encodebytes(raw.replace(b'\n', b'\r\n')).decode('ascii')
    else:
        enc = raw.decode('latin-1')
    h = ['Content-Type: %s' % ct, 'Content-Transfer-Encoding: %s' % cte] + list(extra)
    return '\n'.join(h) + '\n\n' + enc.rstrip('\n') + '\n'


def fname_params(filename, style, cs='utf-8'):
    if all(ord(c) < 128 for c in filename):
        return '"%s"' % filename, None
    if style == '2047':
        return '"%s"' % enc_words(filename, cs, 'B', chunk=40), None
    if style == '2231':
        q = ''.join(c if (c.isascii() and (c.isalnum() or c in '.-_')) else ''.join('%%%02X' % b for b in c.encode(cs)) for c in filename)
        return None, "%s''%s" % (cs, q)
    if style == 'raw':
        return '"%s"' % filename.encode(cs).decode('latin-1'), None
    raise ValueError(style)


def binpart(data, ctype, filename, style='2047', cs='utf-8', disp='attachment', cid=None, extra=()):
    q, star = fname_params(filename, style, cs)
    if star:
        ct = '%s;\n name*=%s' % (ctype, star)
        cd = '%s;\n filename*=%s' % (disp, star)
    else:
        ct = '%s;\n name=%s' % (ctype, q)
        cd = '%s;\n filename=%s' % (disp, q)
    h = ['Content-Type: %s' % ct, 'Content-Transfer-Encoding: base64']
    if cid:
        h.append('Content-ID: <%s>' % cid)
    h.append('Content-Disposition: %s' % cd)
    h += list(extra)
    enc = base64.encodebytes(data).decode('ascii')
    return '\n'.join(h) + '\n\n' + enc


def multi(subtype, parts, bnd, ct_extra='', preamble='This is a multi-part message in MIME format.\n'):
    out = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, ct_extra, bnd), '']
    if preamble:
        out.append(preamble)
    for p in parts:
        out.append('--' + bnd)
        out.append(p.rstrip('\n'))
    out.append('--' + bnd + '--')
    return '\n'.join(out) + '\n'


def rfc822(msg, filename=None):
    h = ['Content-Type: message/rfc822' + (';\n name="%s"' % filename if filename else '')]
    if filename:
        h.append('Content-Disposition: attachment;\n filename="%s"' % filename)
    h.append('Content-Transfer-Encoding: 8bit')
    return '\n'.join(h) + '\n\n' + msg


def message(name, date, tz, frm, to, subject, body, subj_cs='utf-8', subj_mode='B', mailer=None,
            cc=None, extra=(), relay=None, msgid=None, in_reply_to=None, delay=7, inner=False,
            mime_version=True):
    """Whole message text. date: local 'YYYY-MM-DD HH:MM:SS' in zone tz."""
    dom = frm.rsplit('@', 1)[1].rstrip('>')
    if msgid is None:
        msgid = '<%s.%s@%s>' % (date.replace('-', '').replace(' ', '').replace(':', ''), seed_hex(name, 'mid', n=10), dom)
    h = []
    if not inner:
        qid = seed_hex(name, 'qid', n=10)
        relay = relay or ('mail.' + dom, '10.%d.%d.%d' % (int(seed_hex(name, 1, n=2), 16) % 200 + 10, int(seed_hex(name, 2, n=2), 16), int(seed_hex(name, 3, n=2), 16)))
        h.append('Return-Path: <%s>' % frm.rsplit('<', 1)[-1].rstrip('>'))
        h.append('Received: from %s (%s [%s])\n\tby mail.cg.ukrtel.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                 % (relay[0], relay[0], relay[1], qid, MAILBOX, rfcdate(date, tz, delay)))
    h.append('Message-ID: %s' % msgid)
    h.append('Date: %s' % rfcdate(date, tz))
    h.append('From: %s' % frm)
    h.append('To: %s' % to)
    if cc:
        h.append('Cc: %s' % cc)
    h.append('Subject: %s' % enc_words(subject, subj_cs, subj_mode))
    if in_reply_to:
        h.append('In-Reply-To: %s' % in_reply_to)
        h.append('References: %s' % in_reply_to)
    if mime_version:
        h.append('MIME-Version: 1.0')
    if mailer:
        h.append(mailer)
    h += list(extra)
    return '\n'.join(h) + '\n' + body


MAILERS = {
    'ol2003': 'X-Mailer: Microsoft Office Outlook 11\nX-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157',
    'ol2007': 'X-Mailer: Microsoft Office Outlook 12.0\nThread-Index: Ac3YUkq7Hn0x2dTvR1m4b2QZ8vQk3w==\nContent-Language: uk',
    'ol2010': 'X-Mailer: Microsoft Outlook 14.0\nThread-Index: Ac5mVx1O0b8bTq2JSbWy6Qq1t7n0Vw==\nContent-Language: ru',
    'oe': 'X-Priority: 3\nX-MSMail-Priority: Normal\nX-Mailer: Microsoft Outlook Express 6.00.2900.5931\nX-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157',
    'tb': 'User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1',
    'tb2': 'User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1',
    'bat': 'X-Mailer: The Bat! (v4.2.10.5) Home\nReply-To: %s',
    'ukrnet': 'X-Mailer: FREEMAIL (ukr.net)\nX-Originating-IP: [93.72.114.8]',
    'iua': 'X-Mailer: i.ua web mail\nX-Originating-IP: 46.119.25.181',
    'meta': 'X-Mailer: META.UA Mail',
    'gmail': 'X-Google-Sender-Auth: pZ1cGkq8w3v0x7Dm2TgqfD7hY0E',
    'rc': 'User-Agent: Roundcube Webmail/0.8.4',
}


def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n').encode('latin-1')


def quote(t, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in t.split('\n'))


# ----------------------------------------------------------------------------------------
# the office's own mail, as executors quote it (rendered from the two templates by hand)

def reminder(executor, deadline, today, missing, overdue=False):
    t = 'Шановні колеги!\n\n'
    if overdue:
        t += ('Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення рівня '
              'відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи '
              '«Партнерство „Відкритий уряд“» (пункт 16 плану).\n\n' % deadline)
    else:
        t += ('Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості '
              'діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» '
              'інформацію про його виконання необхідно надати до %s на адресу електронної пошти %s.\n\n' % (deadline, MAILBOX))
    t += 'Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:\n' % (today, executor)
    for m in missing:
        t += '\n  %d. %s\n' % (m, PLAN[m])
    t += ('\nДля зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація '
          'про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати '
          'інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.\n\n')
    t += 'Просимо надати інформацію невідкладно.' if overdue else 'Просимо дотримуватися встановленого терміну.'
    t += ('\n\nЦе повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.'
          '\n\nЗ повагою\n' + UVP_NAME)
    return t


def receipt(executor, received, subject, period, deadline, recognised, missing, late=False):
    t = ('Шановні колеги!\n\nУправління з питань внутрішньої політики та зв\'язків з громадськістю '
         'облдержадміністрації підтверджує отримання Вашого листа від %s «%s».\n\n' % (received, subject))
    t += 'Виконавець: %s.\nЗвітний період: %d-й (термін подання інформації — %s).\n' % (executor, period, deadline)
    if late:
        t += 'Лист надійшов після встановленого терміну; інформацію враховано як подану із запізненням.\n'
    t += '\nРозпізнано інформацію щодо таких пунктів плану:\n'
    for n, ex in recognised:
        t += '  • пункт %d: %s\n' % (n, ex)
    if missing:
        t += '\nЗа цей звітний період ще очікується інформація щодо пунктів плану:\n'
        for m in missing:
            t += '  %d. %s\n' % (m, PLAN[m])
    else:
        t += ('\nІнформацію щодо всіх пунктів плану, виконавцем яких визначено Вашу установу, за цей період '
              'отримано. Дякуємо за співпрацю.\n')
    t += ('\nЦе повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s.'
          '\n\nЗ повагою\n%s' % (MAILBOX, UVP_NAME))
    return t


# ----------------------------------------------------------------------------------------
# attachments: HTML written here -> LibreOffice -> attachments/ (converted once, then reused)

FILTERS = {
    'docx': ('HTML (StarWriter)', 'docx:MS Word 2007 XML'),
    'doc': ('HTML (StarWriter)', 'doc:MS Word 97'),
    'odt': ('HTML (StarWriter)', 'odt:writer8'),
    'rtf': ('HTML (StarWriter)', 'rtf:Rich Text Format'),
    'pdf': ('HTML (StarWriter)', 'pdf:writer_pdf_Export'),
    'xlsx': ('HTML (StarCalc)', 'xlsx:Calc MS Excel 2007 XML'),
    'xls': ('HTML (StarCalc)', 'xls:MS Excel 97'),
    'ods': ('HTML (StarCalc)', 'ods:calc8'),
}
CTYPES = {
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'doc': 'application/msword',
    'odt': 'application/vnd.oasis.opendocument.text',
    'rtf': 'application/rtf',
    'pdf': 'application/pdf',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'xls': 'application/vnd.ms-excel',
    'ods': 'application/vnd.oasis.opendocument.spreadsheet',
}


def office(key, ext, html):
    """Return bytes of attachments/<key>.<ext>, converting html with soffice if not stored yet."""
    path = os.path.join(ATT, '%s.%s' % (key, ext))
    if not os.path.exists(path):
        os.makedirs(ATT, exist_ok=True)
        tmp = tempfile.mkdtemp()
        try:
            src = os.path.join(tmp, 'src.html')
            with open(src, 'w', encoding='utf-8') as f:
                f.write(html)
            infilter, conv = FILTERS[ext]
            subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://%s/profile' % tmp,
                            '--infilter=%s' % infilter, '--convert-to', conv, '--outdir', tmp, src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copyfile(os.path.join(tmp, 'src.%s' % ext), path)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    with open(path, 'rb') as f:
        return f.read()


def doc_html(body, font='Times New Roman', size='14pt'):
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>body{font-family:"%s";font-size:%s} td,th{font-family:"%s";font-size:12pt;vertical-align:top}'
            '</style></head><body>%s</body></html>' % (font, size, font, body))


def table(rows, head=None, border=1):
    out = ['<table border="%d" cellspacing="0" cellpadding="4">' % border]
    if head:
        out.append('<tr>' + ''.join('<th>%s</th>' % c for c in head) + '</tr>')
    for r in rows:
        out.append('<tr>' + ''.join('<td>%s</td>' % c for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def png(w=24, h=24, rgb=(30, 80, 160)):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ========================================================================================
# 1. placeholder
# ========================================================================================

@mail
def ph01():
    name = 'ph01-bakhmach-xls-all16'
    KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Outlook cover note plus an .xls copying all 16 plan rows; only rows 1, 6 and 9 carry text, the rest hold 'х', '—', 'немає', an empty cell or a bare 'Заходи не проводились'.",
           "items": [{"measure": 1, "source": "Інформація ВУ Бахмач.xls"},
                     {"measure": 6, "source": "Інформація ВУ Бахмач.xls"},
                     {"measure": 9, "source": "Інформація ВУ Бахмач.xls"}]}
    fill = {
        1: 'Офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог Закону України «Про доступ до публічної інформації». У листопаді створено розділ «Публічна інформація», де розміщено систему обліку документів та звіти про розгляд запитів.',
        2: 'х', 3: 'х', 4: 'х', 5: 'х',
        6: 'Проведено 2 консультації з громадськістю у формі публічного громадського обговорення: щодо проекту районного бюджету на 2013 рік (23.11.2012) та щодо програми соціально-економічного розвитку району (07.12.2012).',
        7: '—', 8: 'х',
        9: 'Члени громадської ради при райдержадміністрації (Гончаренко В.П., Литвин О.М.) взяли участь в обговоренні проекту розпорядження голови РДА «Про затвердження районної програми підтримки сім\'ї на 2013 рік».',
        10: 'Заходи не проводились', 11: 'х', 12: 'немає', 13: 'х', 14: 'х', 15: 'х', 16: '',
    }
    rows = [[str(n), PLAN[n], fill[n]] for n in range(1, 17)]
    html = doc_html('<p align="center"><b>Інформація Бахмацької районної державної адміністрації про виконання Плану заходів '
                    'з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області станом на 10.12.2012</b></p>'
                    + table(rows, ['№ п/п', 'Зміст заходу', 'Інформація про виконання']))
    xls = office(name, 'xls', html)
    body = ('Добрий день!\n\nНадсилаємо інформацію Бахмацької райдержадміністрації про виконання плану заходів '
            '"Відкритий уряд" (файл додається).\n\nЗ повагою,\nзаступник керівника апарату РДА\nО.В. Кривошея\n'
            'тел. (04635) 2-14-37\n')
    b = boundary('outlook', name)
    root = multi('mixed', [text(body, cs='windows-1251'),
                           binpart(xls, CTYPES['xls'], 'Інформація ВУ Бахмач.xls', style='2047', cs='windows-1251')], b)
    eml = message(name, '2012-12-12 11:42:09', '+0200',
                  addr('Бахмацька РДА', 'rda-bakhmach@example.gov.ua', 'windows-1251'), MAILBOX,
                  'інформація ВУ', root, subj_cs='windows-1251', mailer=MAILERS['ol2003'])
    return name, eml, KEY


@mail
def ph02():
    name = 'ph02-kultura-html-table'
    KEY = {"class": "placeholder", "executor": "su-kultura", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": "Thunderbird HTML table in the body (with a plain-text twin) over the unit's eight measures; rows 2, 8, 12 and 16 are '—', an empty cell, 'Не було' and '-'.",
           "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                     {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}
    fill = {
        1: 'На сайті управління оновлено розділи «Нормативна база», «Конкурси», «Звернення громадян»; розміщено 46 інформаційних повідомлень. Забезпечено оприлюднення проектів наказів, що підлягають обговоренню.',
        2: '—',
        6: 'Проведено консультації з громадськістю щодо Концепції розвитку туризму в області до 2020 року (круглий стіл 14.03.2013, 37 учасників, у т.ч. представники 9 громадських організацій) та електронні консультації щодо переліку об\'єктів культурної спадщини місцевого значення.',
        7: 'До складу ради з питань охорони культурної спадщини при управлінні включено голову ГО «Сіверянська спадщина» Мельника Ю.О. та члена Громадської ради при ОДА Ковальову Т.І.',
        8: '',
        9: 'Проект обласної програми розвитку культури на 2013-2016 роки розглянуто на засіданні комітету з гуманітарних питань Громадської ради при ОДА 16.04.2013, пропозиції комітету враховано.',
        12: 'Не було',
        16: '-',
    }
    order = [1, 2, 6, 7, 8, 9, 12, 16]
    trs = ''.join('<tr><td valign="top">%d</td><td valign="top">%s</td><td valign="top">%s</td></tr>\n' % (n, PLAN[n], fill[n]) for n in order)
    html = ('<html>\n  <head>\n    <meta content="text/html; charset=UTF-8" http-equiv="Content-Type">\n  </head>\n'
            '  <body bgcolor="#FFFFFF" text="#000000">\n    Шановні колеги!<br>\n    <br>\n'
            '    Управління культури і туризму облдержадміністрації надає інформацію про виконання Плану заходів за І півріччя 2013 року:<br>\n'
            '    <br>\n    <table border="1" cellpadding="2" cellspacing="2" width="100%">\n      <tbody>\n'
            '<tr><td valign="top"><b>№</b></td><td valign="top"><b>Захід</b></td><td valign="top"><b>Стан виконання</b></td></tr>\n'
            + trs + '      </tbody>\n    </table>\n    <br>\n    --<br>\n    Ірина Савчук,<br>\n'
            '    головний спеціаліст відділу культурно-освітньої роботи<br>\n    Управління культури і туризму облдержадміністрації<br>\n'
            '    тел. 67-44-12\n  </body>\n</html>\n')
    plain = ('Шановні колеги!\n\nУправління культури і туризму облдержадміністрації надає інформацію про виконання Плану '
             'заходів за І півріччя 2013 року:\n\n*№* \t*Захід* \t*Стан виконання*\n'
             + ''.join('%d \t%s \t%s\n' % (n, PLAN[n], fill[n]) for n in order)
             + '\n\n--\nІрина Савчук,\nголовний спеціаліст відділу культурно-освітньої роботи\n'
               'Управління культури і туризму облдержадміністрації\nтел. 67-44-12\n')
    b = boundary('tb', name)
    root = multi('alternative', [text(plain, cs='UTF-8', cte='8bit', flowed=True), text(html, 'html', cs='UTF-8', cte='8bit')], b)
    eml = message(name, '2013-06-11 15:07:44', '+0300', addr('Ірина Савчук', 'kultura@example.gov.ua'), MAILBOX,
                  'Відкритий уряд - інформація управління культури', root, mailer=MAILERS['tb'])
    return name, eml, KEY


@mail
def ph03():
    name = 'ph03-semenivka-docx-negation'
    KEY = {"class": "placeholder", "executor": "rda-semenivka", "period": 3, "late": False, "kind": "report",
           "reason": None,
           "note": "Terse body, .docx table over the district's seven measures: rows 7, 10 and 16 are 'немає', 'х' and '-', but row 12 is a negation that names its subject ('громадських експертиз не проводилось') and so counts.",
           "items": [{"measure": 1, "source": "Семенівка_ВУ_грудень.docx"},
                     {"measure": 6, "source": "Семенівка_ВУ_грудень.docx"},
                     {"measure": 9, "source": "Семенівка_ВУ_грудень.docx"},
                     {"measure": 12, "source": "Семенівка_ВУ_грудень.docx"}]}
    fill = {
        1: 'Сайт РДА функціонує, інформація оновлюється щоденно. У ІІ півріччі розміщено 212 новин, 38 розпоряджень голови РДА, оголошення про конкурси та вакансії.',
        6: 'Проведено публічні громадські обговорення проекту районного бюджету на 2014 рік (29.11.2013) та звіту голови РДА за 9 місяців (15.10.2013).',
        7: 'немає',
        9: 'Члени громадської ради брали участь в обговоренні проекту Програми розвитку освіти району на 2014-2016 роки.',
        10: 'х',
        12: 'Громадських експертиз у звітному періоді не проводилось, запитів від інститутів громадянського суспільства не надходило.',
        16: '-',
    }
    rows = [[str(n), PLAN[n], fill[n]] for n in [1, 6, 7, 9, 10, 12, 16]]
    html = doc_html('<p align="right">Додаток<br>до листа РДА від 10.12.2013 № 02-08/2417</p>'
                    '<p align="center"><b>ІНФОРМАЦІЯ<br>про виконання Плану заходів з підвищення рівня відкритості та прозорості '
                    'діяльності виконавчої влади в Семенівському районі за ІІ півріччя 2013 року</b></p>'
                    + table(rows, ['№', 'Найменування заходу', 'Стан виконання'])
                    + '<p>Начальник відділу організаційної роботи&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Н.М. Бабич</p>')
    docx = office(name, 'docx', html)
    body = 'Інформація про виконання плану "Відкритий уряд" в додатку.\n\nСеменівська РДА\n'
    b = boundary('outlook', name)
    root = multi('mixed', [text(body, cs='koi8-u', cte='quoted-printable'),
                           binpart(docx, CTYPES['docx'], 'Семенівка_ВУ_грудень.docx', style='2231')], b)
    eml = message(name, '2013-12-10 16:21:03', '+0200', addr('Семенівська РДА', 'rda-semenivka@example.gov.ua', 'koi8-u'),
                  MAILBOX, 'Відкритий уряд', root, subj_cs='koi8-u', mailer=MAILERS['oe'])
    return name, eml, KEY


@mail
def ph04():
    name = 'ph04-zhkh-tabbed-body'
    KEY = {"class": "placeholder", "executor": "su-zhkh", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Table pasted from Excel into an 8-bit windows-1251 plain body as tab-separated rows; rows 6, 8, 9, 12 and 16 are '-', 'х', 'Заходи не проводились', '—' and empty.",
           "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 7, "source": "body"}]}
    fill = {
        1: 'Інформація на веб-сторінці управління на сайті ОДА оновлюється щотижнево, розміщено тарифи на житлово-комунальні послуги по підприємствах області',
        2: 'До рубрики "Хід виконання цільових програм" передано звіт про виконання обласної програми реформування і розвитку ЖКГ за 9 місяців 2012 року',
        6: '-',
        7: 'До складу робочої групи з питань реформування ЖКГ при управлінні включено представника ГО "Спілка споживачів комунальних послуг" Дорошенка С.А.',
        8: 'х',
        9: 'Заходи не проводились',
        12: '—',
        16: '',
    }
    lines = ['№\tЗахід\tВиконання']
    for n in [1, 2, 6, 7, 8, 9, 12, 16]:
        lines.append('%d\t%s\t%s' % (n, PLAN[n], fill[n]))
    body = ('Добрий день\n\nінформація управління ЖКГ по плану заходів "Відкритий уряд"\n\n' + '\n'.join(lines)
            + '\n\n\nВиконавець Тищенко Л.Г. 676-412\n')
    root = text(body, cs='windows-1251', cte='8bit')
    eml = message(name, '2012-12-14 09:58:30', '+0200', addr('Тищенко Людмила', 'zhkh@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'Відкритий уряд ЖКГ', root, subj_cs='windows-1251', mailer=MAILERS['oe'])
    return name, eml, KEY


@mail
def ph05():
    name = 'ph05-korop-xlsx-notapplicable'
    KEY = {"class": "placeholder", "executor": "rda-korop", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": "Outlook HTML cover plus .xlsx with all 16 rows: measures not owed by districts say 'не стосується', owed ones hold '—', an empty cell or 'х' except rows 1, 6 and 10.",
           "items": [{"measure": 1, "source": "Звіт_Короп_ВУ_2013.xlsx"},
                     {"measure": 6, "source": "Звіт_Короп_ВУ_2013.xlsx"},
                     {"measure": 10, "source": "Звіт_Короп_ВУ_2013.xlsx"}]}
    na = 'не стосується'
    fill = {n: na for n in range(1, 17)}
    fill.update({
        1: 'Забезпечено функціонування офіційного веб-сайту РДА, оприлюднюються розпорядження голови РДА, проекти регуляторних актів, звіти про використання бюджетних коштів.',
        6: 'Проведено 3 консультації з громадськістю (громадські слухання щодо тарифів на вивезення ТПВ, обговорення районної програми "Питна вода" та звіту голови РДА).',
        7: '—', 9: '', 12: 'х', 16: '—',
        10: 'Громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості (лист РДА від 21.02.2013 № 01-12/388); питання включено до порядку денного засідання ГР.',
    })
    rows = [[str(n), PLAN[n], fill[n], ''] for n in range(1, 17)]
    html = doc_html('<table border="1"><tr><td colspan="4"><b>Інформація Коропської РДА щодо виконання Плану заходів '
                    '"Відкритий уряд" за І півріччя 2013 р.</b></td></tr>'
                    '<tr><th>№ з/п</th><th>Захід</th><th>Стан виконання</th><th>Примітка</th></tr>'
                    + ''.join('<tr>' + ''.join('<td>%s</td>' % c for c in r) + '</tr>' for r in rows) + '</table>')
    xlsx = office(name, 'xlsx', html)
    plain = ('Доброго дня!\r\n\r\nНа виконання пункту 16 плану заходів надсилаємо інформацію Коропської райдержадміністрації.\r\n\r\n'
             'З повагою\r\nЛ. Пархоменко\r\nзагальний відділ апарату Коропської РДА\r\n').replace('\r\n', '\n')
    html_body = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                 '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
                 '<meta name=Generator content="Microsoft Word 12 (filtered medium)"><style><!--\n'
                 'p.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri","sans-serif";}\n--></style></head>'
                 '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n'
                 '<p class=MsoNormal>Доброго дня!<o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
                 '<p class=MsoNormal>На виконання пункту 16 плану заходів надсилаємо інформацію Коропської райдержадміністрації.<o:p></o:p></p>\n'
                 '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal>З повагою<o:p></o:p></p>\n'
                 '<p class=MsoNormal>Л. Пархоменко<o:p></o:p></p>\n<p class=MsoNormal>загальний відділ апарату Коропської РДА<o:p></o:p></p>\n'
                 '</div></body></html>')
    alt = multi('alternative', [text(plain, cs='windows-1251'), text(html_body, 'html', cs='windows-1251')],
                boundary('outlook', name, 1), preamble='')
    root = multi('mixed', [alt, binpart(xlsx, CTYPES['xlsx'], 'Звіт_Короп_ВУ_2013.xlsx', style='2047', cs='windows-1251')],
                 boundary('outlook', name, 0))
    eml = message(name, '2013-06-14 10:33:51', '+0300', addr('Коропська РДА', 'rda-korop@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'Інформація щодо виконання плану заходів "Відкритий уряд"', root, subj_cs='windows-1251',
                  mailer=MAILERS['ol2007'])
    return name, eml, KEY

# ========================================================================================
# 2. bottom_post
# ========================================================================================

@mail
def bp01():
    name = 'bp01-nosivka-below-reminder'
    KEY = {"class": "bottom_post", "executor": "rda-nosivka", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Thunderbird reply written under the fully quoted reminder (which lists measures 1, 6, 7, 9, 10, 12 with their texts); the answer gives 1, 6, 7 and a negative on 12 by number, nothing on 9 and 10.",
           "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                     {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}
    rem = reminder('Носівська районна державна адміністрація', '15.12.2012', '10.12.2012', [1, 6, 7, 9, 10, 12])
    body = ('10.12.2012 9:00, uvp@cg.ukrtel.net пишет:\n' + quote(rem) + '\n\n'
            'Добрий день.\n'
            'По п.1 - сайт РДА працює, оновлено розділ "Доступ до публічної інформації", розміщено порядок подання запитів.\n'
            'п.6 - 28.11.2012 проведено консультації з громадськістю щодо проекту програми соціально-економічного розвитку району на 2013 рік, 41 учасник.\n'
            'п.7 - до складу координаційної ради з питань розвитку підприємництва при РДА введено 2 представників ГО "Носівське товариство підприємців".\n'
            'п.12 - громадських експертиз не проводилось.\n'
            'Решту інформації надамо до 14.12.\n\n'
            '-- \nКравченко Наталія\nвідділ організаційної роботи Носівської РДА\n')
    root = text(body, cs='UTF-8', cte='8bit', flowed=True)
    eml = message(name, '2012-12-13 14:12:55', '+0200', addr('Наталія Кравченко', 'rda-nosivka@example.gov.ua'), MAILBOX,
                  'Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»', root,
                  mailer=MAILERS['tb'], in_reply_to='<20121210090000.R1-nosivka@cg.ukrtel.net>')
    return name, eml, KEY


@mail
def bp02():
    name = 'bp02-osvita-interleaved-late'
    KEY = {"class": "bottom_post", "executor": "su-osvita", "period": 2, "late": True, "kind": "report",
           "reason": None,
           "note": "Answers interleaved under the quoted items of an overdue reminder, two days after the June deadline; items 2, 7 and 12 are left unanswered, item 8 is answered with what was not done.",
           "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                     {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}
    rem = reminder('Управління освіти і науки облдержадміністрації', '15.06.2013', '16.06.2013', [1, 2, 6, 7, 8, 9, 12], overdue=True)
    # answers typed under the quoted items 1, 6, 8, 9
    ans = {
        1: 'Сайт управління (osvita.cg.gov.ua) працює в штатному режимі. У травні проведено аудит розділу "Публічна інформація", доповнено переліком наборів даних.',
        6: 'Проведено консультації з громадськістю щодо мережі закладів освіти області (5 зустрічей у районах, квітень-травень) та онлайн-опитування батьків щодо зовнішнього незалежного оцінювання (1230 респондентів).',
        8: 'Голову комітету з питань освіти Громадської ради до складу колегії поки не введено: зміни до Положення про управління перебувають на погодженні в юридичному відділі апарату ОДА.',
        9: 'Проект програми "Обдарована молодь" обговорено з членами Громадської ради на засіданні 23.04.2013.',
    }
    head = rem.split('\n\n  1. ')[0]
    tail = rem.split(PLAN[12])[1]
    out = quote(head) + '\n>\n'
    for m in [1, 2, 6, 7, 8, 9, 12]:
        out += quote('  %d. %s' % (m, PLAN[m])) + '\n'
        if m in ans:
            out += '\n' + ans[m] + '\n\n'
        else:
            out += '>\n'
    out += quote(tail.lstrip('\n'))
    body = ('-----Original Message-----\nFrom: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]\nSent: Sunday, June 16, 2013 8:00 AM\n'
            'To: osvita@example.gov.ua\nSubject: Нагадування: минув термін подання інформації (Відкритий уряд)\n\n'
            + out + '\n\n\nВибачте за затримку, відповіді вписала в текст.\nО.Л. Шевчук, відділ загальної середньої освіти\n'
            'Управління освіти і науки ОДА\n')
    root = text(body, cs='windows-1251', cte='quoted-printable')
    eml = message(name, '2013-06-17 12:44:02', '+0300', addr('Шевчук Олена', 'osvita@example.gov.ua', 'windows-1251'), MAILBOX,
                  'RE: Нагадування: минув термін подання інформації (Відкритий уряд)', root, subj_cs='windows-1251',
                  mailer=MAILERS['ol2007'], in_reply_to='<20130616080000.R2-osvita@cg.ukrtel.net>')
    return name, eml, KEY


@mail
def bp03():
    name = 'bp03-ripky-below-receipt-ru-outlook'
    KEY = {"class": "bottom_post", "executor": "rda-ripky", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": "Outlook with a Russian interface: the quoted receipt (listing recognised items 1, 6, 9 and still-missing 7, 10, 12) comes first under '-----Исходное сообщение-----', the supplement is written below it.",
           "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}
    rc = receipt('Ріпкинська районна державна адміністрація', '29.05.2013 10:14', 'Інформація Ріпкинської РДА', 2,
                 '15.06.2013', [(1, 'Офіційний веб-сайт райдержадміністрації функціонує, розміщено 15 розпоряджень…'),
                                (6, 'проведено громадське обговорення проекту Програми розвитку малого підприємництва…'),
                                (9, 'члени громадської ради взяли участь в обговоренні проекту рішення…')], [7, 10, 12])
    body = ('-----Исходное сообщение-----\nОт: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]\n'
            'Отправлено: 29 мая 2013 г. 10:20\nКому: rda-ripky@example.gov.ua\nТема: Підтвердження отримання: Інформація Ріпкинської РДА\n\n'
            + rc + '\n\n\n'
            'Доповнюємо інформацію Ріпкинської РДА:\n\n'
            'п. 7 — до складу громадської ради з питань безпеки дорожнього руху при РДА включено голову ГО "Ріпкинщина — наш дім" Бондаря М.В.; '
            'представники ветеранської організації входять до складу комісії з питань захисту прав дітей.\n'
            'п. 10 — на засіданні громадської ради 04.06.2013 створено робочу групу з питань відкритості та прозорості діяльності РДА у складі 5 осіб (голова — Сидоренко Л.П.).\n'
            'п. 12 — громадські експертизи діяльності РДА у І півріччі не проводились.\n\n'
            'Головний спеціаліст\nвідділу організаційної роботи апарату РДА\nЮ.С. Ващенко\n')
    root = text(body, cs='windows-1251', cte='quoted-printable')
    eml = message(name, '2013-06-05 09:17:26', '+0300', addr('Ващенко Юлия', 'rda-ripky@example.gov.ua', 'windows-1251'), MAILBOX,
                  'RE: Підтвердження отримання: Інформація Ріпкинської РДА', root, subj_cs='windows-1251',
                  mailer=MAILERS['ol2010'], in_reply_to='<20130529102000.C2-ripky@cg.ukrtel.net>')
    return name, eml, KEY


@mail
def bp04():
    name = 'bp04-apk-webmail-blockquote'
    KEY = {"class": "bottom_post", "executor": "su-apk", "period": 3, "late": False, "kind": "report",
           "reason": None,
           "note": "Roundcube HTML reply under a <blockquote type=cite> holding the reminder for items 2, 8, 12; the answers below name 2 and 8 by number and 12 only as 'запитів на проведення громадської експертизи не надходило'.",
           "items": [{"measure": 2, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}
    rem = reminder('Головне управління агропромислового розвитку облдержадміністрації', '15.12.2013', '09.12.2013', [2, 8, 12])
    ans = ['2 - у рубриці «Хід виконання цільових програм» на сайті ОДА розміщено звіт про виконання Програми розвитку '
           'сільськогосподарської дорадчої діяльності за 9 місяців 2013 р.',
           '8 - голову комітету з питань аграрної політики Громадської ради Павленка І.Д. введено до складу колегії '
           'управління (наказ від 02.09.2013 № 112), участь у засіданні колегії 26.09.2013 брав.',
           'Запитів на проведення громадської експертизи діяльності управління не надходило.']
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>09.12.2013 09:00, uvp@cg.ukrtel.net написал:</p>\n'
            '<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">\n'
            + '<br />\n'.join(l.replace('&', '&amp;') for l in rem.split('\n')) + '\n</blockquote>\n'
            '<p>Добрий день!</p>\n<p>' + '</p>\n<p>'.join(ans) + '</p>\n'
            '<p>З повагою, Ковтун Т.М., відділ аналізу та прогнозування<br />Головне управління агропромислового розвитку ОДА</p>\n'
            '</body></html>\n')
    plain = ('09.12.2013 09:00, uvp@cg.ukrtel.net написал:\n' + quote(rem) + '\n\nДобрий день!\n\n' + '\n\n'.join(ans)
             + '\n\nЗ повагою, Ковтун Т.М., відділ аналізу та прогнозування\nГоловне управління агропромислового розвитку ОДА\n')
    b = boundary('web', name)
    root = multi('alternative', [text(plain, cs='UTF-8', cte='quoted-printable', flowed=True),
                                 text(html, 'html', cs='UTF-8', cte='quoted-printable')], b, preamble='')
    eml = message(name, '2013-12-13 11:02:47', '+0200', addr('Ковтун Тетяна', 'apk@example.gov.ua'), MAILBOX,
                  'Re: Нагадування: інформація про виконання Плану заходів «Відкритий уряд»', root,
                  mailer=MAILERS['rc'], in_reply_to='<20131209090000.R3-apk@cg.ukrtel.net>')
    return name, eml, KEY


@mail
def bp05():
    name = 'bp05-talalaivka-interleaved-ru-late'
    KEY = {"class": "bottom_post", "executor": "rda-talalaivka", "period": 1, "late": True, "kind": "report",
           "reason": None,
           "note": "Russian answers in koi8-u text typed between the quoted lines of an overdue reminder, two days after the December deadline; item 7 is skipped, item 10 reports a recommendation sent, item 12 answers 'общественных экспертиз не проводилось'.",
           "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
                     {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}
    rem = reminder('Талалаївська районна державна адміністрація', '15.12.2012', '16.12.2012', [1, 6, 7, 9, 10, 12], overdue=True)
    ans = {
        1: 'Сайт райгосадминистрации обновляется еженедельно, в декабре добавлен раздел "Громадська рада".',
        6: 'Проведены консультации с общественностью по проекту районного бюджета на 2013 год (собрание актива 11.12.2012).',
        9: 'Члены общественного совета при РГА участвовали в обсуждении проекта распоряжения "О подготовке к зиме объектов социальной сферы".',
        10: 'Общественному совету рекомендовано создать рабочую группу по вопросам открытости (письмо РГА от 30.11.2012), вопрос будет рассмотрен на ближайшем заседании.',
        12: 'Общественных экспертиз не проводилось.',
    }
    head = rem.split('\n\n  1. ')[0]
    tail = rem.split(PLAN[12])[1]
    out = quote(head, '>') + '\n>\n'
    for m in [1, 6, 7, 9, 10, 12]:
        out += quote('  %d. %s' % (m, PLAN[m]), '>') + '\n'
        if m in ans:
            out += ans[m] + '\n'
        out += '>\n'
    out += quote(tail.lstrip('\n'), '>')
    body = ('Здравствуйте, uvp.\n\nВы писали 16 декабря 2012 г., 8:00:00:\n\n' + out +
            '\n\n\n-- \nС уважением,\n Светлана Мирошниченко, сектор информационной деятельности Талалаевской РГА\n')
    root = text(body, cs='koi8-u', cte='8bit')
    eml = message(name, '2012-12-17 16:48:13', '+0200', addr('Светлана Мирошниченко', 'rda-talalaivka@example.gov.ua', 'koi8-r'),
                  MAILBOX, 'Re: Нагадування: минув термін подання інформації (Відкритий уряд)', root, subj_cs='koi8-u',
                  mailer=MAILERS['bat'] % 'rda-talalaivka@example.gov.ua', in_reply_to='<20121216080000.R1-talalaivka@cg.ukrtel.net>')
    return name, eml, KEY

# ========================================================================================
# 3. not_report
# ========================================================================================

@mail
def nr01():
    name = 'nr01-borzna-question'
    KEY = {"class": "not_report", "executor": "rda-borzna", "period": 1, "late": False, "kind": "not_report",
           "reason": "question",
           "note": "A district clerk asks whether items 2 and 8 apply to districts and in what form to report items 6, 7 and 9; measure numbers and subjects appear only inside questions.",
           "items": []}
    body = ('Доброго дня!\n\n'
            'Просимо роз\'яснити, чи потрібно райдержадміністраціям подавати інформацію по пунктах 2 та 8 Плану заходів, '
            'адже там виконавцями зазначено лише структурні підрозділи облдержадміністрації?\n\n'
            'І ще: по пунктах 6, 7, 9 інформацію подавати наростаючим підсумком з вересня чи тільки за останній квартал? '
            'Чи обов\'язково у формі таблиці, чи можна довільно листом? Чи треба вказувати кількість учасників консультацій '
            'з громадськістю та перелік громадських організацій?\n\n'
            'Дякую.\n\nМарина Гордієнко\nБорзнянська РДА, відділ організаційної роботи\n(04653) 2-19-05\n')
    root = text(body, cs='windows-1251', cte='quoted-printable')
    eml = message(name, '2012-11-20 10:05:17', '+0200', addr('Борзнянська РДА', 'rda-borzna@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'питання щодо плану Відкритий уряд', root, subj_cs='windows-1251', mailer=MAILERS['ol2003'])
    return name, eml, KEY


@mail
def nr02():
    name = 'nr02-gromrada-ics-invitation'
    KEY = {"class": "not_report", "executor": "gromrada", "period": 3, "late": False, "kind": "not_report",
           "reason": "invitation",
           "note": "Outlook meeting request (text/calendar METHOD:REQUEST plus an HTML/plain invitation) from the Public Council to a public discussion of how the plan is carried out (measure 15), to be held later; nothing has been done yet.",
           "items": []}
    desc = ('Шановні колеги!\n\nГромадська рада при облдержадміністрації запрошує представників управління з питань '
            'внутрішньої політики та зв\'язків з громадськістю взяти участь у громадському обговоренні виконання '
            'заходів з підвищення рівня відкритості та прозорості діяльності влади в області (пункт 15 Плану заходів).\n\n'
            'Порядок денний:\n1. Про хід виконання пунктів 1, 6, 9 та 12 Плану структурними підрозділами та райдержадміністраціями.\n'
            '2. Про роботу веб-ресурсу «Чернігівська громада» та Інтернет-форуму.\n3. Різне.\n\n'
            'Місце: м. Чернігів, вул. Шевченка, 7, мала зала (2 поверх).\nПочаток о 14.00.\n\n'
            'Просимо підтвердити участь.\n\nСекретар Громадської ради\nА.В. Лисенко\n')
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body>'
            + ''.join('<p>%s</p>' % (p.replace('\n', '<br>')) for p in desc.split('\n\n')) + '</body></html>')
    def ics_esc(s):
        return s.replace('\\', '\\\\').replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n')
    def fold(line):
        b = line.encode('utf-8')
        out, cur = [], b''
        for ch in line:
            e = ch.encode('utf-8')
            if len(cur) + len(e) > 73:
                out.append(cur)
                cur = b''
            cur += e
        out.append(cur)
        return b'\r\n '.join(out)
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:REQUEST',
             'BEGIN:VTIMEZONE', 'TZID:FLE Standard Time', 'BEGIN:STANDARD', 'DTSTART:16011028T040000',
             'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:16010325T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0200',
             'TZOFFSETTO:+0300', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
             'ORGANIZER;CN="Громадська рада при ОДА":MAILTO:gromrada@example.gov.ua',
             'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net',
             'DESCRIPTION;LANGUAGE=uk-UA:' + ics_esc(desc),
             'UID:040000008200E00074C5B7101A82E0080000000090D41F8E63D4CE01000000000000000010000000A4C2E81D5B0F5C4C9E0C8B5E3F2A7D11',
             'SUMMARY;LANGUAGE=uk-UA:Громадське обговорення виконання Плану заходів «Відкритий уряд»',
             'DTSTART;TZID="FLE Standard Time":20131029T140000', 'DTEND;TZID="FLE Standard Time":20131029T160000',
             'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20131018T071512Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
             'LOCATION;LANGUAGE=uk-UA:м. Чернігів\\, вул. Шевченка\\, 7\\, мала зала', 'BEGIN:VALARM', 'TRIGGER:-PT15M',
             'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    ics = b'\r\n'.join(fold(l) for l in lines) + b'\r\n'
    cal = ('Content-Type: text/calendar; charset="utf-8"; method=REQUEST\nContent-Transfer-Encoding: base64\n\n'
           + base64.encodebytes(ics).decode())
    alt = multi('alternative', [text(desc, cs='utf-8', cte='base64'), text(html, 'html', cs='utf-8', cte='base64'), cal],
                boundary('outlook', name, 1), preamble='')
    root = multi('mixed', [alt, binpart(ics, 'application/ics', 'invite.ics')], boundary('outlook', name, 0))
    eml = message(name, '2013-10-18 10:15:12', '+0300', addr('Громадська рада при ОДА', 'gromrada@example.gov.ua'),
                  MAILBOX, 'Громадське обговорення виконання Плану заходів «Відкритий уряд»', root,
                  mailer=MAILERS['ol2010'])
    return name, eml, KEY


@mail
def nr03():
    name = 'nr03-kozelets-extension'
    KEY = {"class": "not_report", "executor": "rda-kozelets", "period": 2, "late": False, "kind": "not_report",
           "reason": "extension_request",
           "note": "Official letter (Word HTML body) asking to move the June deadline for items 1, 6, 7, 9, 10 and 12 because the responsible officer is on leave; it lists the measures with their subjects but reports nothing.",
           "items": []}
    paras = ['Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації',
             'Щодо продовження терміну',
             'Козелецька районна державна адміністрація просить продовжити до 21 червня 2013 року термін подання інформації '
             'про виконання пунктів 1, 6, 7, 9, 10, 12 Плану заходів з підвищення рівня відкритості та прозорості діяльності '
             'виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого '
             '10 вересня 2012 року.',
             'Продовження терміну пов\'язане з перебуванням у щорічній відпустці головного спеціаліста відділу організаційної '
             'роботи, відповідального за узагальнення інформації щодо консультацій з громадськістю, роботи громадської ради '
             'та громадських експертиз, а також з проведенням 18 червня засідання громадської ради, результати якого буде '
             'враховано у звіті.',
             'Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.І. Головко',
             '<span style="font-size:9.0pt">Ткач 2-17-44</span>']
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)"><style><!--\n/* Font Definitions */\n'
            '@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:14.0pt; font-family:"Times New Roman","serif";}\n'
            '@page WordSection1 {size:612.0pt 792.0pt; margin:2.0cm 42.5pt 2.0cm 3.0cm;}\ndiv.WordSection1 {page:WordSection1;}\n'
            '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--></head>'
            '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n'
            '<p class=MsoNormal style=\'margin-left:240.0pt\'>' + paras[0] + '<o:p></o:p></p>\n'
            '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal><i>' + paras[1] + '</i><o:p></o:p></p>\n'
            '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
            + ''.join('<p class=MsoNormal style=\'text-align:justify;text-indent:35.4pt\'>%s<o:p></o:p></p>\n' % p for p in paras[2:4])
            + '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal><b>' + paras[4] + '</b><o:p></o:p></p>\n'
            '<p class=MsoNormal>' + paras[5] + '<o:p></o:p></p>\n</div></body></html>')
    plain = ('\t\t\t\tУправління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації\n\n'
             'Щодо продовження терміну\n\n' + paras[2] + '\n\n' + paras[3] + '\n\nЗаступник голови райдержадміністрації\t\tВ.І. Головко\n\nТкач 2-17-44\n')
    root = multi('alternative', [text(plain, cs='windows-1251'), text(html, 'html', cs='windows-1251')],
                 boundary('outlook', name), preamble='')
    eml = message(name, '2013-06-13 15:40:22', '+0300', addr('Козелецька РДА', 'rda-kozelets@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'Про продовження терміну', root, subj_cs='windows-1251', mailer=MAILERS['ol2007'])
    return name, eml, KEY


@mail
def nr04():
    name = 'nr04-finansy-promise'
    KEY = {"class": "not_report", "executor": "su-finansy", "period": 3, "late": False, "kind": "not_report",
           "reason": "promise",
           "note": "Short note promising the information on items 2, 8 and 12 after the collegium of 17.12.2013 and describing what will be reported; future tense only.",
           "items": []}
    body = ('Шановні колеги,\n\nінформацію Головного фінансового управління щодо виконання пунктів 2, 8 та 12 Плану заходів '
            'надамо після засідання колегії 17 грудня, на якому буде розглянуто питання введення голови бюджетного комітету '
            'Громадської ради до складу колегії та результати антикорупційної експертизи проекту Порядку використання коштів '
            'резервного фонду. Звіт про виконання обласного бюджету за 11 місяців буде розміщено в рубриці «Виконання місцевих '
            'бюджетів Чернігівської області» до 20 грудня.\n\nЗ повагою\nН. Остапенко\nвідділ бюджетної політики ГФУ\n')
    root = text(body, cs='utf-8', cte='base64')
    eml = message(name, '2013-12-13 17:55:40', '+0200', addr('Остапенко Наталія', 'finansy@example.gov.ua'), MAILBOX,
                  'Відкритий уряд', root, mailer=MAILERS['tb2'])
    return name, eml, KEY


@mail
def nr05():
    name = 'nr05-sosnytsia-thanks-quoting-receipt'
    KEY = {"class": "not_report", "executor": "rda-sosnytsia", "period": 2, "late": False, "kind": "not_report",
           "reason": "thanks",
           "note": "Two-line thanks for the receipt, top-posted over the full quoted receipt, which itself lists recognised items with excerpts and the plan texts of the items still expected.",
           "items": []}
    rc = receipt('Сосницька районна державна адміністрація', '07.06.2013 11:32', 'Звіт Сосницької РДА - Відкритий уряд', 2,
                 '15.06.2013', [(1, 'забезпечено функціонування офіційного веб-сайту Сосницької райдержадміністрації…'),
                                (6, 'проведено 4 консультації з громадськістю, у тому числі громадські слухання…'),
                                (7, 'до складу колегії РДА включено голову громадської ради…'),
                                (9, 'проект районної програми «Питна вода» обговорено з членами громадської ради…'),
                                (10, 'у складі громадської ради створено робочу групу з питань відкритості…'),
                                (12, 'громадських експертиз не проводилось…')], [])
    body = ('Дякуємо, підтвердження отримали.\n\nЗ повагою, Олена Гузь\nСосницька РДА\n\n'
            '07.06.2013 11:40 пользователь uvp@cg.ukrtel.net написал:\n' + quote(rc) + '\n')
    root = text(body, cs='windows-1251', cte='quoted-printable')
    eml = message(name, '2013-06-07 13:06:19', '+0300', addr('Сосницька РДА', 'rda-sosnytsia@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'Re: Підтвердження отримання: Звіт Сосницької РДА - Відкритий уряд', root, subj_cs='windows-1251',
                  mailer=MAILERS['tb'], in_reply_to='<20130607114000.C2-sosnytsia@cg.ukrtel.net>')
    return name, eml, KEY

# ========================================================================================
# 4. ranges
# ========================================================================================

@mail
def rg01():
    name = 'rg01-ekonomika-xlsx-range-cells'
    KEY = {"class": "ranges", "executor": "su-ekonomika", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Spreadsheet whose number cells merge plan rows: '1–2, 6–9' answered as one block, '12' on its own, '3–5, 10, 11, 13–15' marked 'не стосується' and '16' with '-'.",
           "items": [{"measure": 1, "source": "ГУЕ_відкритий_уряд.xlsx"},
                     {"measure": 2, "source": "ГУЕ_відкритий_уряд.xlsx"},
                     {"measure": 6, "source": "ГУЕ_відкритий_уряд.xlsx"},
                     {"measure": 7, "source": "ГУЕ_відкритий_уряд.xlsx"},
                     {"measure": 8, "source": "ГУЕ_відкритий_уряд.xlsx"},
                     {"measure": 9, "source": "ГУЕ_відкритий_уряд.xlsx"},
                     {"measure": 12, "source": "ГУЕ_відкритий_уряд.xlsx"}]}
    rows = [
        ['1–2, 6–9', 'Забезпечення відкритості діяльності управління, консультації з громадськістю, участь громадськості в роботі колегії та дорадчих органів',
         'На веб-сторінці управління на сайті ОДА розміщуються звіти про виконання Програми соціально-економічного розвитку області; '
         'у рубриці «Хід виконання цільових програм» опубліковано звіт за 9 місяців 2012 р. Проект Програми соціально-економічного '
         'розвитку області на 2013 рік винесено на публічне громадське обговорення (27.11.2012) з участю членів Громадської ради; '
         'голову комітету з питань економічного розвитку Громадської ради Рябоконя О.В. введено до складу колегії управління, '
         'представники 3 громадських організацій включені до складу регіональної ради підприємців.'],
        ['3–5, 10, 11, 13–15', '', 'не стосується'],
        ['12', 'Громадська експертиза', 'ГО «Центр економічних ініціатив» проведено громадську антикорупційну експертизу проекту '
         'розпорядження «Про регіональну програму розвитку малого підприємництва на 2013-2014 роки»; 2 пропозиції враховано.'],
        ['16', 'Інформування УВП', '-'],
    ]
    html = doc_html('<table border="1"><tr><td colspan="3"><b>Головне управління економіки облдержадміністрації. Інформація про '
                    'виконання Плану заходів «Відкритий уряд» станом на 01.12.2012</b></td></tr>'
                    '<tr><th>№ пункту плану</th><th>Зміст</th><th>Виконання</th></tr>'
                    + ''.join('<tr>' + ''.join('<td>%s</td>' % c for c in r) + '</tr>' for r in rows) + '</table>')
    xlsx = office(name, 'xlsx', html)
    body = 'Інформація ГУЕ ОДА у вкладенні.\n\nКоваленко С.М.\n'
    root = multi('mixed', [text(body, cs='UTF-8', cte='8bit', flowed=True),
                           binpart(xlsx, CTYPES['xlsx'], 'ГУЕ_відкритий_уряд.xlsx', style='2231')], boundary('tb', name))
    eml = message(name, '2012-12-05 12:30:00', '+0200', addr('Коваленко Світлана', 'ekonomika@example.gov.ua'), MAILBOX,
                  'Відкритий уряд - ГУЕ', root, mailer=MAILERS['tb'])
    return name, eml, KEY


@mail
def rg02():
    name = 'rg02-chernihiv-pp-list-body'
    KEY = {"class": "ranges", "executor": "rda-chernihiv", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": "Official letter in the body with 'п.п. 1, 6 – 9' answered as one paragraph (so 8 counts though districts do not owe it) and 'п. 10' on its own; 'п. 16' is only the covering sentence.",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 6, "source": "body"},
                     {"measure": 7, "source": "body"},
                     {"measure": 8, "source": "body"},
                     {"measure": 9, "source": "body"},
                     {"measure": 10, "source": "body"}]}
    body = ('Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації\n\n'
            'На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в '
            'області Чернігівська районна державна адміністрація повідомляє.\n\n'
            'П.п. 1, 6 – 9. Протягом І півріччя 2013 року на офіційному веб-сайті райдержадміністрації систематично '
            'оприлюднювалися проекти розпоряджень голови РДА, що стосуються прав та обов\'язків громадян. Проведено 5 '
            'консультацій з громадськістю, зокрема публічне обговорення проекту районної програми розвитку фізичної культури і '
            'спорту, в якому взяли участь члени громадської ради при РДА. Голова громадської ради Шаповал І.М. входить до '
            'складу колегії райдержадміністрації, представники громадських організацій — до складу районної комісії з питань '
            'техногенно-екологічної безпеки.\n\n'
            'П. 10. Громадською радою при РДА 12.03.2013 утворено комісію з питань відкритості та прозорості діяльності '
            'райдержадміністрації у складі 4 осіб.\n\n'
            'Керівник апарату райдержадміністрації\t\t\tГ.П. Марченко\n\nЛевченко 66-12-03\n')
    root = text(body, cs='windows-1251', cte='quoted-printable')
    eml = message(name, '2013-06-12 14:51:30', '+0300', addr('Чернігівська РДА', 'rda-chernihiv@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'Інформація Чернігівської РДА (Відкритий уряд)', root, subj_cs='windows-1251', mailer=MAILERS['ol2003'])
    return name, eml, KEY


@mail
def rg03():
    name = 'rg03-mena-doc-z-po'
    KEY = {"class": "ranges", "executor": "rda-mena", "period": 3, "late": False, "kind": "report",
           "reason": None,
           "note": "Word 97 .doc letter: 'Заходи, передбачені пунктами з 6 по 9 Плану' answered as one block, then 'пункти 10 і 12' in words; the body only says a letter is attached.",
           "items": [{"measure": 6, "source": "лист_Мена_ВУ.doc"},
                     {"measure": 7, "source": "лист_Мена_ВУ.doc"},
                     {"measure": 8, "source": "лист_Мена_ВУ.doc"},
                     {"measure": 9, "source": "лист_Мена_ВУ.doc"},
                     {"measure": 10, "source": "лист_Мена_ВУ.doc"},
                     {"measure": 12, "source": "лист_Мена_ВУ.doc"}]}
    html = doc_html('<p align="center"><b>МЕНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b></p>'
                    '<p>09.12.2013 № 01-21/3118</p>'
                    '<p style="margin-left:50%">Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації</p>'
                    '<p style="text-indent:1.25cm">Менська районна державна адміністрація інформує про виконання Плану заходів з підвищення '
                    'рівня відкритості та прозорості діяльності виконавчої влади в області у ІІ півріччі 2013 року.</p>'
                    '<p style="text-indent:1.25cm">Заходи, передбачені пунктами з 6 по 9 Плану, виконуються у повному обсязі. Проведено 3 '
                    'консультації з громадськістю (громадські слухання щодо районного бюджету на 2014 рік, обговорення програми '
                    '«Молодь Менщини», зустріч з підприємцями району). Члени громадської ради залучаються до роботи колегії РДА та '
                    'координаційних рад, беруть участь в обговоренні проектів розпоряджень голови райдержадміністрації.</p>'
                    '<p style="text-indent:1.25cm">Щодо пунктів 10 і 12: у складі громадської ради працює комісія з питань відкритості '
                    'та прозорості (створена 14.05.2013), яка у вересні розглянула стан оприлюднення публічної інформації; громадські '
                    'антикорупційні експертизи у звітному періоді не проводилися, оскільки звернень від інститутів громадянського '
                    'суспільства не надходило.</p>'
                    '<p>Заступник голови&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.М. Руденко</p>')
    doc = office(name, 'doc', html)
    body = 'Добрий день! Направляємо лист Менської РДА.\n'
    root = multi('mixed', [text(body, cs='windows-1251', cte='8bit'),
                           binpart(doc, CTYPES['doc'], 'лист_Мена_ВУ.doc', style='2047', cs='windows-1251')], boundary('bat', name))
    eml = message(name, '2013-12-09 15:26:44', '+0200', addr('Менська РДА', 'rda-mena@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'лист', root, subj_cs='windows-1251', mailer=MAILERS['bat'] % 'rda-mena@example.gov.ua')
    return name, eml, KEY


@mail
def rg04():
    name = 'rg04-ekolohiia-punkty-i'
    KEY = {"class": "ranges", "executor": "su-ekolohiia", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Plain body: 'пункти 7 і 9' answered together, 'п. 1' alone, 'пп. 2, 8 – не стосується' (no item) and 'п. 12' with work done.",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 7, "source": "body"},
                     {"measure": 9, "source": "body"},
                     {"measure": 12, "source": "body"}]}
    body = ('Інформація управління екології та природних ресурсів облдержадміністрації щодо виконання Плану заходів '
            '«Відкритий уряд»\n\n'
            'П. 1. Оновлено веб-сторінку управління: розміщено регіональну доповідь про стан навколишнього природного '
            'середовища за 2011 рік, перелік дозвільних документів.\n\n'
            'Пункти 7 і 9. Представники ГО «Зелений світ — Чернігів» та члени Громадської ради при ОДА входять до складу '
            'громадської екологічної ради при управлінні; на її засіданні 20.11.2012 обговорено проект Програми охорони '
            'навколишнього природного середовища на 2013-2017 роки.\n\n'
            'Пп. 2, 8 – не стосується.\n\n'
            'П. 12. Громадською організацією «Екоправо-Чернігів» проведено громадську експертизу діяльності управління щодо '
            'видачі дозволів на спеціальне водокористування; за її результатами затверджено план заходів (наказ від '
            '06.12.2012 № 87).\n\nНачальник відділу Т.В. Стеценко\n')
    root = text(body, cs='UTF-8', cte='quoted-printable')
    eml = message(name, '2012-12-11 10:20:15', '+0200', addr('Стеценко Тетяна', 'ekolohiia@example.gov.ua'), MAILBOX,
                  'Відкритий уряд_екологія', root, mailer=MAILERS['ol2007'])
    return name, eml, KEY


@mail
def rg05():
    name = 'rg05-ichnia-ru-wordhtml-ranges-dates'
    KEY = {"class": "ranges", "executor": "rda-ichnia", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": "Russian Word-generated HTML body: 'пп. 1, 6-7' and 'п.п. 9,10' answered as blocks, with date ranges ('с 01.01 по 31.05.2013', 'с 6 по 9 июня') that are not measure numbers.",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 6, "source": "body"},
                     {"measure": 7, "source": "body"},
                     {"measure": 9, "source": "body"},
                     {"measure": 10, "source": "body"}]}
    paras = ['Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации',
             'Ичнянская районная государственная администрация сообщает о выполнении Плана мероприятий за период с 01.01 по 31.05.2013.',
             '<b>Пп. 1, 6-7.</b> Официальный сайт РГА работает в соответствии с требованиями законодательства, ежемесячно '
             'обновляется раздел «Публичная информация». Проведено 4 консультации с общественностью, в т.ч. публичное обсуждение '
             'проекта программы развития туризма в районе. Представители общественных организаций включены в состав '
             'совещательного совета по делам ветеранов при РГА.',
             '<b>П.п. 9,10.</b> Члены общественного совета приняли участие в обсуждении проектов распоряжений председателя РГА '
             'о районной программе «Здоровье» и о благоустройстве населённых пунктов. На заседании общественного совета '
             '19.04.2013 по рекомендации РГА образована рабочая группа по вопросам открытости и прозрачности.',
             'С 6 по 9 июня в районе пройдут Дни Ичнянщины, в рамках которых запланирована встреча руководства района с общественностью.',
             'Заместитель председателя РГА&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;А.Н. Левченко']
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=koi8-r">'
            '<meta name=Generator content="Microsoft Word 11 (filtered medium)"><style>\n<!--\n'
            ' p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:12.0pt;\n\tfont-family:"Times New Roman";}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:Arial;\n\tcolor:windowtext;}\n-->\n</style></head>'
            '<body lang=RU link=blue vlink=purple><div class=Section1>\n'
            + ''.join('<p class=MsoNormal style=\'text-indent:35.4pt\'><font size=3 face="Times New Roman"><span style=\'font-size:12.0pt\'>'
                      '%s<o:p></o:p></span></font></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n' % p for p in paras)
            + '</div></body></html>')
    import re
    plain = '\n\n'.join(re.sub('<[^>]+>', '', p).replace('&nbsp;', ' ') for p in paras) + '\n'
    root = multi('alternative', [text(plain, cs='koi8-r'), text(html, 'html', cs='koi8-r')], boundary('outlook', name), preamble='')
    eml = message(name, '2013-06-03 08:49:51', '+0300', addr('Ичнянская РГА', 'rda-ichnia@example.gov.ua', 'koi8-r'), MAILBOX,
                  'Информация Ичнянской РГА - Открытое правительство', root, subj_cs='koi8-r', mailer=MAILERS['ol2003'])
    return name, eml, KEY

# ========================================================================================
# 5. prose
# ========================================================================================

@mail
def pr01():
    name = 'pr01-horodnia-pdf-prose'
    KEY = {"class": "prose", "executor": "rda-horodnia", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "PDF (text layer) letter with no measure numbers: one paragraph covers consultations and council members discussing a draft programme (6 and 9), others cover the site, the openness commission and the absence of expert reviews.",
           "items": [{"measure": 1, "source": "Інформація_Городня.pdf"},
                     {"measure": 6, "source": "Інформація_Городня.pdf"},
                     {"measure": 9, "source": "Інформація_Городня.pdf"},
                     {"measure": 10, "source": "Інформація_Городня.pdf"},
                     {"measure": 12, "source": "Інформація_Городня.pdf"}]}
    html = doc_html('<p align="center"><b>Інформація<br>Городнянської районної державної адміністрації про виконання заходів '
                    'з підвищення рівня відкритості та прозорості діяльності виконавчої влади</b></p>'
                    '<p style="text-indent:1.25cm">Офіційний веб-сайт Городнянської райдержадміністрації приведено у відповідність до '
                    'вимог законодавства: створено розділи «Доступ до публічної інформації», «Регуляторна діяльність», «Громадська '
                    'рада», забезпечено щотижневе оновлення новин та оприлюднення розпоряджень голови райдержадміністрації.</p>'
                    '<p style="text-indent:1.25cm">Консультації з громадськістю проводяться відповідно до орієнтовного плану на 2012 рік. '
                    'У жовтні – грудні проведено публічні обговорення проекту Програми розвитку агропромислового комплексу району '
                    'та проекту районного бюджету на 2013 рік, до участі в яких залучено членів громадської ради при '
                    'райдержадміністрації; їх пропозиції (6) враховано при доопрацюванні проектів.</p>'
                    '<p style="text-indent:1.25cm">На пропозицію райдержадміністрації громадська рада 16 листопада створила у своєму '
                    'складі комісію з питань відкритості та прозорості діяльності органу влади.</p>'
                    '<p style="text-indent:1.25cm">Запитів на проведення громадської експертизи діяльності райдержадміністрації '
                    'протягом звітного періоду не надходило.</p>'
                    '<p>Керівник апарату&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;С.В. Примак</p>')
    pdf = office(name, 'pdf', html)
    body = 'Добрий день. Інформація у вкладенні.\n\n--\nГороднянська РДА\n'
    root = multi('mixed', [text(body, cs='UTF-8', cte='8bit', flowed=True),
                           binpart(pdf, CTYPES['pdf'], 'Інформація_Городня.pdf', style='2047')], boundary('tb', name))
    eml = message(name, '2012-12-07 09:12:45', '+0200', addr('Городнянська РДА', 'rda-horodnia@example.gov.ua'), MAILBOX,
                  'Інформація про виконання плану', root, mailer=MAILERS['tb'])
    return name, eml, KEY


@mail
def pr02():
    name = 'pr02-zdorovia-docx-headings'
    KEY = {"class": "prose", "executor": "su-zdorovia", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": ".docx with subject headings instead of numbers (site, the budget/programme sections, consultations, collegium); the consultations paragraph also says its results were 'розміщено на сайті', which is no separate report.",
           "items": [{"measure": 1, "source": "Відкритий уряд_УОЗ.docx"},
                     {"measure": 2, "source": "Відкритий уряд_УОЗ.docx"},
                     {"measure": 6, "source": "Відкритий уряд_УОЗ.docx"},
                     {"measure": 8, "source": "Відкритий уряд_УОЗ.docx"}]}
    html = doc_html('<p align="center"><b>Інформація управління охорони здоров\'я облдержадміністрації<br>про виконання Плану заходів '
                    'з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області<br>(І півріччя 2013 року)</b></p>'
                    '<h3>Офіційний сайт управління</h3>'
                    '<p>Сайт управління переведено на нову платформу, забезпечено оприлюднення інформації про заклади охорони здоров\'я '
                    'області, порядок безоплатного забезпечення ліками окремих категорій громадян, вакансії та звіти про '
                    'використання бюджетних коштів.</p>'
                    '<h3>Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»</h3>'
                    '<p>Для відповідних рубрик на сайті облдержадміністрації щокварталу подається інформація про виконання обласних '
                    'програм «Здоров\'я нації», «Цукровий діабет», програми боротьби з онкологічними захворюваннями.</p>'
                    '<h3>Консультації з громадськістю</h3>'
                    '<p>Проведено консультації з громадськістю щодо оптимізації мережі закладів первинної медико-санітарної допомоги '
                    '(6 зустрічей у районах області, 412 учасників). Звіт про результати консультацій розміщено на сайті управління.</p>'
                    '<h3>Участь представників Громадської ради в роботі колегії</h3>'
                    '<p>Голову комітету з питань охорони здоров\'я та соціального захисту Громадської ради при облдержадміністрації '
                    'Юрченка П.В. введено до складу колегії управління; відповідні зміни внесено до Положення про управління.</p>')
    docx = office(name, 'docx', html)
    plain = 'Шановні колеги! Надсилаємо інформацію управління охорони здоров\'я.\n\nЗ повагою,\nГрищенко А.С.\n'
    root = multi('mixed', [text(plain, cs='windows-1251'),
                           binpart(docx, CTYPES['docx'], 'Відкритий уряд_УОЗ.docx', style='2047', cs='windows-1251')],
                 boundary('outlook', name))
    eml = message(name, '2013-06-10 16:02:33', '+0300', addr('Грищенко Анна', 'zdorovia@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'інформація', root, subj_cs='windows-1251', mailer=MAILERS['ol2007'])
    return name, eml, KEY


@mail
def pr03():
    name = 'pr03-pryluky-odt-passing-site'
    KEY = {"class": "prose", "executor": "rda-pryluky", "period": 3, "late": False, "kind": "report",
           "reason": None,
           "note": ".odt of three paragraphs without numbers: consultations (whose results were 'оприлюднено на сайті РДА', a passing mention, not measure 1), public-council members in advisory bodies, and an anti-corruption review by an NGO.",
           "items": [{"measure": 6, "source": "Прилуки_ВУ_2013.odt"},
                     {"measure": 7, "source": "Прилуки_ВУ_2013.odt"},
                     {"measure": 12, "source": "Прилуки_ВУ_2013.odt"}]}
    html = doc_html('<p align="center"><b>Інформація Прилуцької районної державної адміністрації щодо підвищення рівня відкритості '
                    'та прозорості діяльності (ІІ півріччя 2013 року)</b></p>'
                    '<p style="text-indent:1.25cm">У звітному періоді райдержадміністрацією проведено громадські слухання щодо '
                    'проекту Програми соціально-економічного розвитку району на 2014 рік та електронні консультації щодо '
                    'встановлення тарифів на послуги з водопостачання в с. Ладан. Результати обговорень оприлюднено на сайті РДА '
                    'та в районній газеті «Вісник Прилуччини».</p>'
                    '<p style="text-indent:1.25cm">Представники громадських організацій «Прилуцька громада», «Рада ветеранів» та '
                    'члени громадської ради включені до складу районної ради з питань безпеки дорожнього руху та комісії з питань '
                    'надзвичайних ситуацій.</p>'
                    '<p style="text-indent:1.25cm">Громадською організацією «Антикорупційний комітет Прилуччини» проведено громадську '
                    'антикорупційну експертизу проекту розпорядження голови РДА про порядок надання матеріальної допомоги; '
                    'зауваження організації враховано.</p>')
    odt = office(name, 'odt', html)
    body = ('Доброго дня, надсилаю інформацію нашої РДА.\n\nз пов. Марина\n\n\n'
            '--\nМарина Лещенко, відділ організаційної роботи\nПрилуцька райдержадміністрація\n')
    root = multi('mixed', [text(body, cs='UTF-8', cte='8bit', flowed=True),
                           binpart(odt, CTYPES['odt'], 'Прилуки_ВУ_2013.odt', style='2231')], boundary('tb', name))
    eml = message(name, '2013-12-12 10:44:18', '+0200', addr('Марина Лещенко', 'rda-pryluky@example.gov.ua'), MAILBOX,
                  'Відкритий уряд ІІ півріччя', root, mailer=MAILERS['tb2'])
    return name, eml, KEY


@mail
def pr04():
    name = 'pr04-arkhiv-html-body'
    KEY = {"class": "prose", "executor": "su-arkhiv", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Outlook HTML body in quoted-printable UTF-8, three paragraphs of prose under bold subject headings, no measure numbers: site, public discussion of a draft programme with the Public Council, an anti-corruption review.",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 9, "source": "body"},
                     {"measure": 12, "source": "body"}]}
    paras = [('Веб-сайт архіву', 'На офіційному веб-сайті Державного архіву області розміщено електронні описи 14 фондів, '
              'графік роботи читального залу, перелік платних послуг та порядок доступу до публічної інформації.'),
             ('Обговорення проектів', 'Проект обласної Програми розвитку архівної справи на 2013-2016 роки обговорено на засіданні '
              'комітету з гуманітарних питань Громадської ради при облдержадміністрації 31 жовтня 2012 року; висловлені '
              'членами ради пропозиції щодо оцифрування метричних книг враховано.'),
             ('Громадська експертиза', 'Громадською організацією «Сіверський історичний клуб» проведено антикорупційну експертизу '
              'проекту наказу про порядок надання архівних довідок, за її результатами скорочено перелік документів, '
              'що подаються заявниками.')]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div><font face="Arial" size="2">Управління з питань внутрішньої політики та зв\'язків з громадськістю ОДА</font></div><br>'
            '<div><font face="Arial" size="2">Державний архів Чернігівської області надає інформацію щодо підвищення рівня відкритості '
            'та прозорості діяльності.</font></div><br>'
            + ''.join('<div><font face="Arial" size="2"><b>%s.</b> %s</font></div><br>' % p for p in paras)
            + '<div><font face="Arial" size="2">Заступник директора Держархіву області &nbsp; Л.М. Литвиненко</font></div></body></html>')
    plain = ('Управління з питань внутрішньої політики та зв\'язків з громадськістю ОДА\n\nДержавний архів Чернігівської області '
             'надає інформацію щодо підвищення рівня відкритості та прозорості діяльності.\n\n'
             + ''.join('%s. %s\n\n' % p for p in paras) + 'Заступник директора Держархіву області   Л.М. Литвиненко\n')
    root = multi('alternative', [text(plain, cs='utf-8'), text(html, 'html', cs='utf-8')], boundary('outlook', name), preamble='')
    eml = message(name, '2012-11-30 11:27:05', '+0200', addr('Держархів області', 'arkhiv@example.gov.ua'), MAILBOX,
                  'Держархів - відкритий уряд', root, mailer=MAILERS['ol2007'])
    return name, eml, KEY


@mail
def pr05():
    name = 'pr05-uvp-own-plain-plans'
    KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "The coordinating office's own sector reports from its registered box in plain prose: the web resource, the hot line, open door days, seminars and the methodological guide; the forum paragraph only announces a launch in February (a plan).",
           "items": [{"measure": 3, "source": "body"},
                     {"measure": 5, "source": "body"},
                     {"measure": 11, "source": "body"},
                     {"measure": 13, "source": "body"},
                     {"measure": 14, "source": "body"}]}
    body = ('Інформація сектору взаємодії з громадськими організаціями УВП до зведеного звіту за 2012 рік\n\n'
            'Веб-ресурс «Чернігівська громада» (gromada.cg.gov.ua) запущено 1 листопада 2012 року спільно з Громадською '
            'радою при облдержадміністрації; на ньому зареєстровано 64 громадські організації, розміщено 120 матеріалів.\n\n'
            'Інтернет-форум на базі ресурсу планується запустити у лютому 2013 року, після погодження його правил '
            'з Громадською радою.\n\n'
            '«Гаряча лінія» голови облдержадміністрації працює щопонеділка з 10 до 12 години, у IV кварталі надійшло 318 '
            'дзвінків, 41 з них взято на контроль.\n\n'
            'Проведено два Дні відкритих дверей управління (24 жовтня та 28 листопада) для представників громадських '
            'організацій, студентів та журналістів обласних ЗМІ.\n\n'
            'Разом з Чернігівським центром перепідготовки та підвищення кваліфікації проведено навчальний семінар для '
            'заступників керівників структурних підрозділів та спеціалістів, відповідальних за консультації з громадськістю '
            '(5-6 грудня, 47 слухачів).\n\n'
            'Підготовлено та розіслано до структурних підрозділів і райдержадміністрацій методичний посібник «Інструменти '
            'співпраці органів влади з громадськістю» (тираж 150 примірників).\n\n'
            'Гнатенко В.В.\n')
    root = text(body, cs='UTF-8', cte='8bit')
    eml = message(name, '2012-12-14 15:33:20', '+0200', addr('Гнатенко Вікторія', 'uvp-info@example.gov.ua'), MAILBOX,
                  'до зведеного звіту', root, mailer=MAILERS['tb'])
    return name, eml, KEY

# ========================================================================================
# 6. foreign_numbers
# ========================================================================================

@mail
def fn01():
    name = 'fn01-bobrovytsia-own-paragraphs'
    KEY = {"class": "foreign_numbers", "executor": "rda-bobrovytsia", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Plain windows-1251 letter numbered 1.–4. by its own order (1 = consultations, 2 = advisory bodies, 3 = expert review, 4 = site), with an order number, a date and counts; the measures are known only from the subjects.",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 6, "source": "body"},
                     {"measure": 7, "source": "body"},
                     {"measure": 12, "source": "body"}]}
    body = ('Управління з питань внутрішньої політики\nта зв\'язків з громадськістю облдержадміністрації\n\n'
            'Бобровицька райдержадміністрація на Ваш лист від 01.11.2012 № 04-11/1870 інформує:\n\n'
            '1. Розпорядженням голови райдержадміністрації від 12.10.2012 № 245 затверджено орієнтовний план проведення '
            'консультацій з громадськістю на 2013 рік. У IV кварталі проведено 2 публічні обговорення: щодо реорганізації '
            'Бобровицької ЦРЛ та щодо проекту районного бюджету.\n\n'
            '2. До складу 3 дорадчих органів при райдержадміністрації (рада підприємців, комісія з питань захисту прав '
            'дитини, координаційна рада з питань молоді) включено 9 представників громадських організацій.\n\n'
            '3. ГО «Громадський контроль Бобровиччини» проведено громадську експертизу діяльності відділу з питань '
            'надання адміністративних послуг; за результатами видано розпорядження від 30.11.2012 № 281 про заходи щодо '
            'реалізації пропозицій.\n\n'
            '4. Офіційний сайт райдержадміністрації перевірено на відповідність вимогам постанови КМУ від 04.01.2002 № 3, '
            'усунено 5 зауважень.\n\n'
            'Голова райдержадміністрації\t\t\tМ.І. Дубовик\n\nПетрук 2-11-56\n')
    root = text(body, cs='windows-1251', cte='quoted-printable')
    eml = message(name, '2012-12-10 13:08:39', '+0200', addr('Бобровицька РДА', 'rda-bobrovytsia@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'на № 04-11/1870 від 01.11.2012', root, subj_cs='windows-1251', mailer=MAILERS['oe'])
    return name, eml, KEY


@mail
def fn02():
    name = 'fn02-sotszakhyst-docx-own-plan'
    KEY = {"class": "foreign_numbers", "executor": "su-sotszakhyst", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": ".docx report against the unit's own implementation plan numbered 1.1, 1.2, 2.1, 2.2, 2.3, 3.1; none of those is a plan number, row 2.2 (advisory bodies) is '—'.",
           "items": [{"measure": 1, "source": "Звіт УПСЗН (відкритий уряд).docx"},
                     {"measure": 2, "source": "Звіт УПСЗН (відкритий уряд).docx"},
                     {"measure": 6, "source": "Звіт УПСЗН (відкритий уряд).docx"},
                     {"measure": 8, "source": "Звіт УПСЗН (відкритий уряд).docx"},
                     {"measure": 12, "source": "Звіт УПСЗН (відкритий уряд).docx"}]}
    rows = [
        ['1.1.', 'Забезпечити оновлення інформації на офіційному сайті управління', 'Сайт управління оновлюється щоденно; у березні '
         'розміщено розділ «Соціальні стандарти», калькулятор субсидій, перелік документів для призначення допомог.'],
        ['1.2.', 'Подавати інформацію для рубрики «Хід виконання цільових програм» на сайті ОДА', 'Подано звіти про виконання '
         'обласної програми «Турбота» та програми підтримки осіб з обмеженими фізичними можливостями за 2012 рік.'],
        ['2.1.', 'Проводити консультації з громадськістю', 'Проведено 2 консультації: круглий стіл щодо надання соціальних '
         'послуг вдома (12.02.2013, 24 учасники) та електронне обговорення проекту Порядку оздоровлення дітей пільгових категорій.'],
        ['2.2.', 'Залучати представників громадськості до дорадчих органів', '—'],
        ['2.3.', 'Ввести голову комітету Громадської ради до складу колегії', 'Голову комітету з питань соціальної політики '
         'Громадської ради Шевченко О.А. введено до складу колегії управління (наказ від 15.01.2013 № 6-к).'],
        ['3.1.', 'Сприяти проведенню громадських експертиз', 'Обласною організацією ветеранів проведено громадську експертизу '
         'діяльності управління з питань забезпечення ветеранів санаторно-курортним лікуванням; розроблено план заходів з 4 пунктів.'],
    ]
    html = doc_html('<p align="center"><b>ЗВІТ<br>про виконання Плану заходів управління праці та соціального захисту населення '
                    'облдержадміністрації щодо реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року</b></p>'
                    + table(rows, ['№ з/п', 'Захід', 'Стан виконання']) +
                    '<p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В.Г. Бойко</p>')
    docx = office(name, 'docx', html)
    body = ('Добрий день!\n\nНа виконання п. 16 Плану заходів надсилаємо звіт управління праці та соціального захисту '
            'населення облдержадміністрації.\n\n--\nГоловний спеціаліст Бойко Ірина\n')
    root = multi('mixed', [text(body, cs='utf-8', cte='quoted-printable'),
                           binpart(docx, CTYPES['docx'], 'Звіт УПСЗН (відкритий уряд).docx', style='2047')],
                 boundary('outlook', name))
    eml = message(name, '2013-06-07 14:18:22', '+0300', addr('Бойко Ірина', 'sotszakhyst@example.gov.ua'), MAILBOX,
                  'Звіт УПСЗН', root, mailer=MAILERS['ol2010'])
    return name, eml, KEY


@mail
def fn03():
    name = 'fn03-kulykivka-subitems'
    KEY = {"class": "foreign_numbers", "executor": "rda-kulykivka", "period": 3, "late": False, "kind": "report",
           "reason": None,
           "note": "Body answering 'Пункт 1', 'Пункт 6' and 'Пункт 9' with sub-items '1)', '2)', '3)' and 'а)', 'б)' inside them; the sub-item numbers are not measures.",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 6, "source": "body"},
                     {"measure": 9, "source": "body"}]}
    body = ('Інформація Куликівської райдержадміністрації за ІІ півріччя 2013 року\n\n'
            'Пункт 1: на сайті РДА створено підрозділ «Громадське обговорення», розміщуються проекти розпоряджень.\n\n'
            'Пункт 6:\n'
            '1) 10.07.2013 — громадські слухання щодо проекту детального плану території смт Куликівка;\n'
            '2) 24.09.2013 — засідання «круглого столу» з питань підготовки до опалювального сезону;\n'
            '3) 26.11.2013 — публічне обговорення проекту районного бюджету на 2014 рік.\n'
            'Всього участь взяли 118 осіб.\n\n'
            'Пункт 9:\n'
            'а) члени громадської ради взяли участь в обговоренні проекту Програми розвитку фізичної культури на 2014-2018 роки;\n'
            'б) проект розпорядження «Про організацію харчування учнів» розглянуто на засіданні громадської ради 15.10.2013.\n\n'
            'Виконавець: Діденко О.П., тел. 2-13-45\n')
    root = text(body, cs='UTF-8', cte='base64')
    eml = message(name, '2013-12-06 11:51:09', '+0200', addr('Куликівська РДА', 'rda-kulykivka@example.gov.ua'), MAILBOX,
                  'Відкритий уряд', root, mailer=MAILERS['tb2'])
    return name, eml, KEY


@mail
def fn04():
    name = 'fn04-kapbud-terse-numbers'
    KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Terse two-line note crowded with dates, counts, a year range and a protocol number around 'По п.6' and 'По п.9'.",
           "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}
    body = ('По п.6 проведено 3 консультації (12.11, 26.11 та 04.12.2012), взяли участь 27 осіб.\n'
            'По п.9 - проект Програми будівництва та реконструкції доріг на 2013-2015 рр. обговорено на засіданні ГР 14.11.2012 '
            '(протокол № 7), 2 пропозиції враховано.\n\n'
            'Марчук, УКБ, 77-10-12\n')
    root = text(body, cs='windows-1251', cte='8bit')
    eml = message(name, '2012-12-13 16:30:04', '+0200', addr('Марчук', 'kapbud@example.gov.ua', 'windows-1251'), MAILBOX,
                  'УКБ', root, subj_cs='windows-1251', mailer=MAILERS['oe'])
    return name, eml, KEY


@mail
def fn05():
    name = 'fn05-shchors-wordhtml-outgoing-no'
    KEY = {"class": "foreign_numbers", "executor": "rda-shchors", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": "Word HTML letter with an outgoing number, a reference to the administration's letter number, a Cabinet resolution number and its own paragraphs 1.–3. (consultations, expert review, site) that do not match the plan's numbering.",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 6, "source": "body"},
                     {"measure": 12, "source": "body"}]}
    paras = ['№ 01-15/1234 від 10.06.2013',
             'На виконання листа облдержадміністрації від 20.05.2013 № 06-12/456 Щорська районна державна адміністрація '
             'повідомляє про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади.',
             '1. Відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996 проведено 4 консультації з '
             'громадськістю, у тому числі громадське обговорення проекту Програми економічного і соціального розвитку '
             'району та зустріч з головами 12 сільських рад.',
             '2. Громадською організацією «Щорсівська ініціатива» проведено громадську антикорупційну експертизу проекту '
             'розпорядження голови РДА «Про затвердження Порядку використання коштів районного фонду охорони навколишнього '
             'природного середовища»; 3 пропозиції враховано.',
             '3. Офіційний веб-сайт райдержадміністрації доповнено розділом «Звернення громадян», оприлюднюються звіти про '
             'роботу зі зверненнями за кожен квартал.',
             'Голова райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;П.П. Корж']
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:14.0pt; font-family:"Times New Roman","serif";}\n'
            'p.MsoListParagraph {mso-style-priority:34; margin-left:36.0pt; font-size:14.0pt;}\n--></style></head>'
            '<body lang=UK><div class=WordSection1>\n'
            '<p class=MsoNormal><u>' + paras[0] + '</u><o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
            '<p class=MsoNormal style=\'text-align:justify;text-indent:35.4pt\'>' + paras[1] + '<o:p></o:p></p>\n'
            + ''.join('<p class=MsoListParagraph style=\'text-align:justify;text-indent:-18.0pt;mso-list:l0 level1 lfo1\'>'
                      '<![if !supportLists]><span>%s<span style=\'font:7.0pt "Times New Roman"\'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>'
                      '%s<o:p></o:p></p>\n' % (p.split(' ', 1)[0], p.split(' ', 1)[1]) for p in paras[2:5])
            + '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal><b>' + paras[5] + '</b><o:p></o:p></p>\n</div></body></html>')
    plain = paras[0] + '\n\n' + '\n\n'.join(paras[1:5]) + '\n\nГолова райдержадміністрації          П.П. Корж\n'
    root = multi('alternative', [text(plain, cs='windows-1251'), text(html, 'html', cs='windows-1251')],
                 boundary('outlook', name), preamble='')
    eml = message(name, '2013-06-10 11:15:40', '+0300', addr('Щорська РДА', 'rda-shchors@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'вих. № 01-15/1234 від 10.06.2013', root, subj_cs='windows-1251', mailer=MAILERS['ol2010'])
    return name, eml, KEY

# ========================================================================================
# 7. personal_address
# ========================================================================================

@mail
def pa01():
    name = 'pa01-nizhyn-gmail'
    KEY = {"class": "personal_address", "executor": "rda-nizhyn", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Gmail from a private address; the letter is addressed to the head of УВП by name and the office appears only in the genitive in the signature ('апарату Ніжинської райдержадміністрації').",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 6, "source": "body"},
                     {"measure": 7, "source": "body"}]}
    body = ('Начальнику управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації\n'
            'Прокопенку В.М.\n\n'
            'Доброго дня!\n\n'
            'Надсилаю інформацію щодо виконання Плану заходів "Відкритий уряд" (наша пошта не працює другий день).\n\n'
            'п. 1 - офіційний сайт РДА оновлено, розміщено звіт голови РДА за 9 місяців та розділ "Громадська рада";\n'
            'п. 6 - проведено громадське обговорення проекту районної програми "Шкільний автобус" (22.11.2012, 35 учасників);\n'
            'п. 7 - до складу районної ради з питань ветеранів включено голову районної організації ветеранів та 2 членів '
            'громадської ради.\n\n'
            'З повагою,\nОксана Литвин\nголовний спеціаліст відділу організаційної роботи та зв\'язків з громадськістю '
            'апарату Ніжинської райдержадміністрації\nтел. (04631) 3-15-27\n')
    html = ('<div dir="ltr">' + '<br>'.join(l.replace('"', '&quot;') for l in body.rstrip('\n').split('\n')) + '</div>\n')
    root = multi('alternative', [text(body, cs='UTF-8', cte='base64'), text(html, 'html', cs='UTF-8', cte='base64')],
                 boundary('gmail', name), preamble='')
    eml = message(name, '2012-12-12 17:22:40', '+0200', addr('Оксана Литвин', 'oksana.lytvyn.nzh@gmail.com'), MAILBOX,
                  'інформація Відкритий уряд', root, mailer=MAILERS['gmail'],
                  relay=('mail-wg0-f44.google.com', '74.125.82.44'),
                  msgid='<CAJx5Q+1hVv8kY2n0oR4pCkF7WqT8xL3mQzK9dA1sE_xHg2Bq4w@mail.gmail.com>')
    return name, eml, KEY


@mail
def pa02():
    name = 'pa02-varva-ukrnet-ru-docx'
    KEY = {"class": "personal_address", "executor": "rda-varva", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": "ukr.net private box, Russian cover note; the .docx names no office, the signature says 'сектор по вопросам внутренней политики Варвинской РГА'.",
           "items": [{"measure": 6, "source": "Информация ОУ.docx"},
                     {"measure": 9, "source": "Информация ОУ.docx"},
                     {"measure": 12, "source": "Информация ОУ.docx"}]}
    html = doc_html('<p align="center"><b>Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості '
                    'діяльності виконавчої влади в області (І півріччя 2013 року)</b></p>'
                    '<p>6. Проведено консультації з громадськістю щодо проекту Програми розвитку освіти району та щодо '
                    'облаштування сміттєзвалища в смт Варва (громадські слухання 18.04.2013, 56 учасників).</p>'
                    '<p>9. Члени громадської ради брали участь в обговоренні проекту розпорядження про районну програму '
                    '«Молодь Варвинщини» на 2013-2017 роки.</p>'
                    '<p>12. Громадські експертизи діяльності райдержадміністрації не проводились.</p>')
    docx = office(name, 'docx', html)
    body = ('Добрый день!\n\nВысылаю информацию по плану мероприятий "Открытое правительство".\n\n'
            'С уважением,\nЕ. Федоренко\nсектор по вопросам внутренней политики Варвинской РГА\n\n\n'
            '--- \nОтправлено с ukr.net\n')
    root = multi('mixed', [text(body, cs='windows-1251', cte='base64'),
                           binpart(docx, CTYPES['docx'], 'Информация ОУ.docx', style='2047', cs='windows-1251')],
                 boundary('web', name))
    eml = message(name, '2013-06-06 13:41:02', '+0300', addr('Елена Федоренко', 'fedorenko_olena@ukr.net', 'windows-1251'),
                  MAILBOX, 'Открытое правительство', root, subj_cs='windows-1251', mailer=MAILERS['ukrnet'],
                  relay=('frv34.fwdcdn.com', '212.42.77.34'))
    return name, eml, KEY


@mail
def pa03():
    name = 'pa03-sluzhba-ditei-iua-html'
    KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": False, "kind": "report",
           "reason": None,
           "note": "i.ua HTML-only mail from a private box, opening with the addressee 'Управлінню внутрішньої політики ОДА'; the office is named only in the signature ('Служби у справах дітей облдержадміністрації').",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 6, "source": "body"},
                     {"measure": 9, "source": "body"}]}
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<p>Управлінню внутрішньої політики ОДА</p>'
            '<p>Шановні колеги! Повідомляємо про виконання плану заходів:</p>'
            '<ul><li>п.1 — на сайті служби розміщено інформацію про порядок усиновлення, оновлено реєстр дитячих будинків сімейного типу;</li>'
            '<li>п.6 — 08.10.2013 проведено круглий стіл «Сімейні форми виховання: проблеми та перспективи» за участю '
            'громадських організацій та прийомних батьків;</li>'
            '<li>п.9 — проект обласної програми оздоровлення та відпочинку дітей на 2014 рік направлено членам Громадської ради '
            'для обговорення, отримано 5 пропозицій.</li></ul>'
            '<p>З повагою,<br>Тетяна Мисник<br>провідний спеціаліст відділу опіки та піклування<br>'
            'Служби у справах дітей облдержадміністрації</p>'
            '<br><hr><font size="1">Бесплатная почта I.UA</font></body></html>')
    root = text(html, 'html', cs='utf-8', cte='base64')
    eml = message(name, '2013-11-28 19:05:33', '+0200', addr('Тетяна Мисник', 'mysnyk_t@i.ua'), MAILBOX,
                  'план заходів', root, mailer=MAILERS['iua'], relay=('mx2.i.ua', '91.198.36.14'))
    return name, eml, KEY


@mail
def pa04():
    name = 'pa04-novhorod-siverskyi-meta'
    KEY = {"class": "personal_address", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": "meta.ua private box; the body names УВП as addressee and the district's public council in the locative, the signature names the office in the genitive ('Новгород-Сіверської РДА').",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 7, "source": "body"},
                     {"measure": 10, "source": "body"}]}
    body = ('Для управління з питань внутрішньої політики та зв\'язків з громадськістю ОДА\n\n'
            'Інформація за І півріччя 2013 р.\n\n'
            'П.1. На сайті РДА розміщено паспорти бюджетних програм, оновлено довідник телефонів посадових осіб.\n'
            'П.7. Голова громадської ради при Новгород-Сіверській РДА Мальцев Г.І. включений до складу районної '
            'координаційної ради з питань розвитку туризму.\n'
            'П.10. 14.03.2013 на засіданні громадської ради за рекомендацією РДА утворено комісію з питань відкритості '
            'та прозорості (3 особи).\n\n'
            'Інші пункти будуть надіслані пізніше.\n\n'
            'Головний спеціаліст відділу організаційної роботи апарату\nНовгород-Сіверської РДА\nГалина Ярошенко\n')
    root = text(body, cs='windows-1251', cte='quoted-printable')
    eml = message(name, '2013-05-31 08:56:14', '+0300', addr('Галина Ярошенко', 'yaroshenko_galya@meta.ua', 'windows-1251'),
                  MAILBOX, 'Новгород-Сіверська', root, subj_cs='windows-1251', mailer=MAILERS['meta'],
                  relay=('smtp.meta.ua', '194.0.131.17'))
    return name, eml, KEY


@mail
def pa05():
    name = 'pa05-mistobuduvannia-borrowed-kapbud'
    KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Sent from the registered box of the capital-construction unit (kapbud@) on behalf of the town-planning unit, which says so in the first line and signs; the box owner is not the executor.",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 6, "source": "body"},
                     {"measure": 9, "source": "body"}]}
    body = ('Добрий день!\n\nНадсилаємо з пошти управління капітального будівництва, оскільки наша скринька тимчасово не працює.\n\n'
            'Інформація управління містобудування та архітектури облдержадміністрації:\n\n'
            '1. На веб-сторінці управління розміщено інформацію про містобудівну документацію населених пунктів області та '
            'порядок видачі містобудівних умов і обмежень.\n'
            '6. Проведено громадські слухання щодо проекту генерального плану смт Гончарівське (25.10.2012).\n'
            '9. Проект регіональної програми розроблення містобудівної документації на 2013-2015 роки обговорено з членами '
            'Громадської ради при ОДА.\n\n'
            'Начальник відділу містобудування та архітектури\nуправління містобудування та архітектури ОДА\nО.Ю. Тарасенко\n')
    root = text(body, cs='windows-1251', cte='quoted-printable')
    eml = message(name, '2012-12-11 15:14:50', '+0200', addr('Управління капбудівництва', 'kapbud@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'від управління містобудування', root, subj_cs='windows-1251', mailer=MAILERS['ol2003'])
    return name, eml, KEY

# ========================================================================================
# 8. mixed
# ========================================================================================

@mail
def mx01():
    name = 'mx01-koriukivka-rfc822-forward'
    KEY = {"class": "mixed", "executor": "rda-koriukivka", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "The district's secretary forwards, as an attached message/rfc822, a specialist's mail from a private ukr.net box; the report is the .docx inside the forwarded message.",
           "items": [{"measure": 1, "source": "Корюківка_ВУ.docx"},
                     {"measure": 6, "source": "Корюківка_ВУ.docx"},
                     {"measure": 7, "source": "Корюківка_ВУ.docx"},
                     {"measure": 9, "source": "Корюківка_ВУ.docx"},
                     {"measure": 12, "source": "Корюківка_ВУ.docx"}]}
    html = doc_html('<p align="center"><b>Інформація Корюківської районної державної адміністрації щодо виконання Плану заходів '
                    '«Відкритий уряд» (станом на 01.12.2012)</b></p>'
                    + table([['1', 'Сайт РДА відповідає вимогам законодавства, у листопаді створено розділ «Громадська рада» та '
                              'сторінку для електронних консультацій.'],
                             ['6', 'Проведено 3 консультації з громадськістю: обговорення проекту бюджету на 2013 рік, програми '
                              'розвитку лісової галузі, звіту голови РДА.'],
                             ['7', 'Представників ГО «Корюківщина» включено до складу координаційної ради з питань малого '
                              'і середнього підприємництва.'],
                             ['9', 'Члени громадської ради долучені до обговорення проекту розпорядження про затвердження '
                              'районної програми розвитку фізичної культури.'],
                             ['12', 'Громадська експертиза діяльності відділу освіти РДА (ініціатор — ГО «Батьківський контроль») '
                              'триває з 15.11.2012; план заходів за її результатами буде розроблено після її завершення.'
                              ' Проект розпорядження про місцеві податки пройшов громадську антикорупційну експертизу, зауважень немає.']],
                            ['№ пункту', 'Виконання']))
    docx = office(name, 'docx', html)
    inner_body = ('Доброго дня, Валентино Іванівно!\n\nВідправляю інформацію по "Відкритому уряду", перешліть, будь ласка, '
                  'в область на uvp@cg.ukrtel.net, бо з мого ящика в них не доходить.\n\nДякую, Світлана\n')
    inner_root = multi('mixed', [text(inner_body, cs='windows-1251', cte='base64'),
                                 binpart(docx, CTYPES['docx'], 'Корюківка_ВУ.docx', style='2047', cs='windows-1251')],
                       boundary('web', name, 1))
    inner = message(name + '-inner', '2012-12-10 08:41:19', '+0200', addr('Світлана Кулик', 'svetlana.kulyk77@ukr.net', 'windows-1251'),
                    'rda-koriukivka@example.gov.ua', 'відкритий уряд', inner_root, subj_cs='windows-1251',
                    mailer=MAILERS['ukrnet'], inner=True)
    outer_body = ('Пересилаємо інформацію Корюківської райдержадміністрації про виконання Плану заходів (вкладений лист).\n\n'
                  'Загальний відділ апарату Корюківської РДА\nВ.І. Рак\n')
    root = multi('mixed', [text(outer_body, cs='windows-1251', cte='quoted-printable'),
                           rfc822(inner)], boundary('outlook', name))
    eml = message(name, '2012-12-10 09:30:02', '+0200', addr('Корюківська РДА', 'rda-koriukivka@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'FW: відкритий уряд', root, subj_cs='windows-1251', mailer=MAILERS['ol2003'])
    return name, eml, KEY


@mail
def mx02():
    name = 'mx02-bakhmach-correction'
    KEY = {"class": "mixed", "executor": "rda-bakhmach", "period": 1, "late": False, "kind": "report",
           "reason": None,
           "note": "Correction to the district's own report of 12.12.2012: item 9 to be read anew and item 12 added; 'решта без змін' reports nothing further.",
           "items": [{"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
    body = ('Шановні колеги!\n\n'
            'У доповнення та уточнення до інформації Бахмацької райдержадміністрації, надісланої 12.12.2012, просимо '
            'пункт 9 читати в такій редакції:\n'
            '"Члени громадської ради при райдержадміністрації взяли участь в обговоренні проектів розпоряджень голови РДА '
            '«Про затвердження районної програми підтримки сім\'ї на 2013 рік» та «Про районну програму оздоровлення дітей», '
            'пропозиції громадської ради враховано".\n\n'
            'Також доповнюємо інформацію по пункту 12: ГО «Бахмацький правозахисний центр» проведено громадську '
            'антикорупційну експертизу проекту Порядку надання одноразової матеріальної допомоги, висновок розглянуто на '
            'нараді у заступника голови РДА 13.12.2012.\n\n'
            'Решта без змін.\n\nО.В. Кривошея\n')
    root = text(body, cs='windows-1251', cte='quoted-printable')
    eml = message(name, '2012-12-14 08:55:37', '+0200', addr('Бахмацька РДА', 'rda-bakhmach@example.gov.ua', 'windows-1251'),
                  MAILBOX, 'уточнення до інформації ВУ', root, subj_cs='windows-1251', mailer=MAILERS['ol2003'])
    return name, eml, KEY


@mail
def mx03():
    name = 'mx03-osvita-unlabelled-cp1251-rtf'
    KEY = {"class": "mixed", "executor": "su-osvita", "period": 3, "late": False, "kind": "report",
           "reason": None,
           "note": "Cover letter whose plain body is raw 8-bit windows-1251 with no charset label; it adds item 8 itself, and the .rtf attachment carries items 1, 6, 7, 9 and 12 by number.",
           "items": [{"measure": 1, "source": "Інформація_освіта_ВУ.rtf"}, {"measure": 6, "source": "Інформація_освіта_ВУ.rtf"},
                     {"measure": 7, "source": "Інформація_освіта_ВУ.rtf"}, {"measure": 8, "source": "body"},
                     {"measure": 9, "source": "Інформація_освіта_ВУ.rtf"}, {"measure": 12, "source": "Інформація_освіта_ВУ.rtf"}]}
    html = doc_html('<p align="center"><b>Інформація управління освіти і науки облдержадміністрації про виконання Плану заходів '
                    '(ІІ півріччя 2013 року)</b></p>'
                    '<p>1. Сайт управління переведено на домен osvita.cg.gov.ua, розміщено інформацію про мережу навчальних закладів '
                    'та результати ЗНО-2013.</p>'
                    '<p>6. Проведено консультації з громадськістю щодо проекту Концепції розвитку інклюзивної освіти в області '
                    '(засідання «круглого столу» 17.10.2013).</p>'
                    '<p>7. До складу атестаційної комісії управління включено 2 представників громадських організацій.</p>'
                    '<p>9. Проект обласної програми «Інформатизація освіти» обговорено з членами Громадської ради при ОДА 05.11.2013.</p>'
                    '<p>12. Громадська організація «Освітній простір» провела громадську експертизу діяльності управління у сфері '
                    'ліцензування; за її пропозиціями спрощено процедуру подання документів.</p>')
    rtf = office(name, 'rtf', html)
    body = ('Управління з питань внутрішньої політики та зв\'язків з громадськістю ОДА\n\n'
            'На виконання п. 16 Плану заходів надаємо інформацію управління освіти і науки облдержадміністрації (додається).\n'
            'Крім того, повідомляємо, що голова комітету з питань освіти і науки Громадської ради Ничипоренко Л.В. з вересня '
            'введений до складу колегії управління (наказ від 11.09.2013 № 301).\n\n'
            'Начальник управління\t\t\tВ.О. Гончар\n')
    tp = ('Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n' + body.encode('windows-1251').decode('latin-1'))
    root = multi('mixed', [tp, binpart(rtf, 'application/msword', 'Інформація_освіта_ВУ.rtf', style='raw', cs='windows-1251')],
                 boundary('bat', name))
    eml = message(name, '2013-12-11 12:02:17', '+0200', 'osvita@example.gov.ua', MAILBOX,
                  'Інформація управління освіти', root, subj_cs='windows-1251',
                  mailer='X-Mailer: Microsoft Outlook Express 5.50.4807.1700')
    return name, eml, KEY


@mail
def mx04():
    name = 'mx04-sribne-wordhtml-inline-images'
    KEY = {"class": "mixed", "executor": "rda-sribne", "period": 2, "late": False, "kind": "report",
           "reason": None,
           "note": "Outlook multipart/related: Word HTML body with an inline emblem and photo (cid: images) and an HTML table; rows 7 and 10 hold '—' and 'х', the images are no sources.",
           "items": [{"measure": 1, "source": "body"},
                     {"measure": 6, "source": "body"},
                     {"measure": 9, "source": "body"},
                     {"measure": 12, "source": "body"}]}
    fill = [(1, 'Функціонує офіційний веб-сайт РДА; у квітні проведено його модернізацію, додано версію для людей з вадами зору.'),
            (6, 'Проведено 2 консультації з громадськістю: громадські слухання щодо звіту голови РДА за 2012 рік (фото додається) '
                'та обговорення проекту програми «Безпечне село».'),
            (7, '—'),
            (9, 'Члени громадської ради взяли участь в обговоренні проекту розпорядження голови РДА про заходи з благоустрою.'),
            (10, 'х'),
            (12, 'ГО «Срібнянщина громадська» провела громадську експертизу діяльності РДА щодо надання адміністративних послуг, '
                 'розроблено план з 6 заходів для реалізації пропозицій.')]
    trs = ''.join('<tr><td width=40 valign=top style=\'border:solid windowtext 1.0pt;padding:0cm 5.4pt\'><p class=MsoNormal>%d<o:p></o:p></p></td>'
                  '<td valign=top style=\'border:solid windowtext 1.0pt;padding:0cm 5.4pt\'><p class=MsoNormal>%s<o:p></o:p></p></td></tr>\n' % r
                  for r in fill)
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!--\n'
            'p.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri","sans-serif";}\n'
            '--></style></head><body lang=UK><div class=WordSection1>\n'
            '<p class=MsoNormal align=center style=\'text-align:center\'><img width=24 height=24 id="Рисунок_x0020_1" '
            'src="cid:image001.png@01CE5F2A.3B8C4D10" alt="Герб"><o:p></o:p></p>\n'
            '<p class=MsoNormal align=center style=\'text-align:center\'><b>СРІБНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ</b><o:p></o:p></p>\n'
            '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
            '<p class=MsoNormal>Інформація про виконання Плану заходів «Відкритий уряд» за І півріччя 2013 року<o:p></o:p></p>\n'
            '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse;border:none\'>\n'
            + trs + '</table>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
            '<p class=MsoNormal><img width=24 height=24 id="Рисунок_x0020_2" src="cid:image002.png@01CE5F2A.3B8C4D10"><o:p></o:p></p>\n'
            '<p class=MsoNormal>З повагою<o:p></o:p></p>\n<p class=MsoNormal>Руслана Петренко, сектор з питань внутрішньої політики<o:p></o:p></p>\n'
            '</div></body></html>')
    plain = ('СРІБНЯНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ\n\nІнформація про виконання Плану заходів «Відкритий уряд» за І півріччя 2013 року\n\n'
             + ''.join('%d\n\n%s\n\n' % r for r in fill) + '[cid:image002.png@01CE5F2A.3B8C4D10]\n\nЗ повагою\n'
             'Руслана Петренко, сектор з питань внутрішньої політики\n')
    alt = multi('alternative', [text(plain, cs='utf-8', cte='quoted-printable'), text(html, 'html', cs='utf-8', cte='quoted-printable')],
                boundary('outlook', name, 1), preamble='')
    rel = multi('related', [alt,
                            binpart(png(24, 24, (200, 160, 20)), 'image/png', 'image001.png', disp='inline', cid='image001.png@01CE5F2A.3B8C4D10'),
                            binpart(png(24, 24, (90, 120, 90)), 'image/png', 'image002.png', disp='inline', cid='image002.png@01CE5F2A.3B8C4D10')],
                boundary('outlook', name, 0), ct_extra='\n type="multipart/alternative";')
    eml = message(name, '2013-06-13 10:09:26', '+0300', addr('Срібнянська РДА', 'rda-sribne@example.gov.ua'), MAILBOX,
                  'Відкритий уряд - Срібне', rel, mailer=MAILERS['ol2010'])
    return name, eml, KEY


@mail
def mx05():
    name = 'mx05-gromrada-late-utc'
    KEY = {"class": "mixed", "executor": "gromrada", "period": 3, "late": True, "kind": "report",
           "reason": None,
           "note": "Public Council report sent at 21:50 UTC on 18 December 2013 (23:50 in Kyiv, last day of the grace window): the web resource and the public discussion of the plan's execution; the forum is only mentioned inside the discussion paragraph.",
           "items": [{"measure": 3, "source": "body"}, {"measure": 15, "source": "body"}]}
    body = ('Шановні колеги!\n\n'
            'Вибачте за затримку. Громадська рада при облдержадміністрації інформує.\n\n'
            'Веб-ресурс «Чернігівська громада» працює, модератори від Громадської ради щотижня розміщують анонси засідань '
            'комітетів та протоколи; з липня додано розділ «Громадські ініціативи».\n\n'
            '29 жовтня 2013 року Громадська рада провела громадське обговорення виконання заходів з підвищення рівня '
            'відкритості та прозорості діяльності влади в області за участю 52 представників інститутів громадянського '
            'суспільства; обговорення тривало також на Інтернет-форумі ресурсу, рекомендації направлено голові '
            'облдержадміністрації.\n\n'
            'Секретар Громадської ради\nА.В. Лисенко\n')
    root = text(body, cs='UTF-8', cte='quoted-printable')
    eml = message(name, '2013-12-18 21:50:04', '+0000', addr('Громадська рада при ОДА', 'gromrada@example.gov.ua'), MAILBOX,
                  'інформація Громадської ради', root, mailer=MAILERS['tb2'], delay=3)
    return name, eml, KEY


# ----------------------------------------------------------------------------------------

def main():
    os.chdir(HERE)
    names = set()
    total = 0
    for fn in MAILS:
        name, eml, key = fn()
        assert name not in names, name
        names.add(name)
        assert name[:2] == {'placeholder': 'ph', 'bottom_post': 'bp', 'not_report': 'nr', 'ranges': 'rg', 'prose': 'pr',
                            'foreign_numbers': 'fn', 'personal_address': 'pa', 'mixed': 'mx'}[key['class']], name
        ms = [(i['measure'], i['source']) for i in key['items']]
        assert ms == sorted(ms) and len(set(ms)) == len(ms), name
        total += len(ms)
        with open(name + '.eml', 'wb') as f:
            f.write(crlf(eml))
        with open(name + '.expected.json', 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write('\n')
    print('%d mails, %d items' % (len(MAILS), total))


if __name__ == '__main__':
    main()
