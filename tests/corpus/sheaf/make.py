#!/usr/bin/env python3
"""Build the «sheaf» corpus: 40 report e-mails to uvp@cg.ukrtel.net with hand-written keys.

    python3 make.py            build every NAME.eml and NAME.expected.json
    python3 make.py --check    check the keys and the built mails (builds nothing)
    python3 make.py --convert  convert attachments/src/* with LibreOffice (only the missing ones)

Python 3 standard library only.  The office attachments were converted once from
attachments/src (HTML for documents, CSV for sheets) and are kept in attachments/, so a
build is byte-for-byte reproducible without LibreOffice.  Each mail's KEY literal stands
directly above its builder; the key was written before the mail's text.
"""
import base64
import binascii
import datetime as dt
import email
import email.policy
import json
import os
import re
import struct
import subprocess
import sys
import zlib
from email.header import decode_header
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATT = HERE / 'attachments'
SRC = ATT / 'src'
MAILBOX = 'uvp@cg.ukrtel.net'

# ---------------------------------------------------------------------------------------
# Plan facts the checks need (from /work/main/config/plan.toml, copied so make.py stands alone)

EXECUTORS = [
    'uvp', 'gromrada', 'zvernennia', 'cppk', 'ogp-coordinator',
    'su-osvita', 'su-zdorovia', 'su-kultura', 'su-sotszakhyst', 'su-simia', 'su-apk', 'su-finansy',
    'su-ekonomika', 'su-zhkh', 'su-kapbud', 'su-ekolohiia', 'su-arkhiv', 'su-mistobuduvannia',
    'su-sluzhba-ditei',
    'rda-bakhmach', 'rda-bobrovytsia', 'rda-borzna', 'rda-varva', 'rda-horodnia', 'rda-ichnia',
    'rda-kozelets', 'rda-korop', 'rda-koriukivka', 'rda-kulykivka', 'rda-mena', 'rda-nizhyn',
    'rda-novhorod-siverskyi', 'rda-nosivka', 'rda-pryluky', 'rda-ripky', 'rda-semenivka',
    'rda-sosnytsia', 'rda-sribne', 'rda-talalaivka', 'rda-chernihiv', 'rda-shchors',
]
REGISTERED = {  # executor id -> registered address
    'uvp': 'uvp-info@example.gov.ua', 'gromrada': 'gromrada@example.gov.ua',
    'zvernennia': 'zvernennia@example.gov.ua', 'cppk': 'cppk@example.gov.ua',
    'ogp-coordinator': 'ogp-coordinator@example.org.ua',
}
for _e in EXECUTORS:
    if _e.startswith('su-'):
        REGISTERED[_e] = _e[3:] + '@example.gov.ua'
    elif _e.startswith('rda-'):
        REGISTERED[_e] = _e + '@example.gov.ua'
APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE_DAYS = 3
CLASSES = {'ph': 'placeholder', 'bp': 'bottom_post', 'nr': 'not_report', 'rg': 'ranges',
           'pr': 'prose', 'fn': 'foreign_numbers', 'pa': 'personal_address', 'mx': 'mixed'}
REASONS = {'invitation', 'question', 'thanks', 'announcement', 'promise', 'extension_request'}

# ---------------------------------------------------------------------------------------
# Kyiv time

try:
    from zoneinfo import ZoneInfo
    try:
        KYIV = ZoneInfo('Europe/Kyiv')
    except Exception:
        KYIV = ZoneInfo('Europe/Kiev')
except Exception:  # pragma: no cover - fallback: EU summer-time rule, +2/+3
    KYIV = None


def _last_sunday(year, month):
    d = dt.date(year, month, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def kyiv_offset(local):
    """UTC offset (timedelta) of a naive Kyiv local time."""
    if KYIV is not None:
        return local.replace(tzinfo=KYIV).utcoffset()
    start = dt.datetime.combine(_last_sunday(local.year, 3), dt.time(3))
    end = dt.datetime.combine(_last_sunday(local.year, 10), dt.time(4))
    return dt.timedelta(hours=3 if start <= local < end else 2)


def to_kyiv(aware):
    if KYIV is not None:
        return aware.astimezone(KYIV)
    utc = aware.astimezone(dt.timezone.utc).replace(tzinfo=None)
    guess = utc + dt.timedelta(hours=2)
    off = kyiv_offset(guess + dt.timedelta(hours=1))
    return (utc + off).replace(tzinfo=dt.timezone(off))


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfc2822(local, offset=None, zone_comment=False):
    """Format a naive Kyiv local time; offset (hours) re-expresses it in another zone."""
    off = kyiv_offset(local)
    if offset is not None:
        target = dt.timedelta(hours=offset)
        local = local - off + target
        off = target
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    s = '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (
        DAYS[local.weekday()], local.day, MONTHS[local.month - 1], local.year,
        local.hour, local.minute, local.second, sign, abs(mins) // 60, abs(mins) % 60)
    if zone_comment:
        s += ' (EEST)' if mins == 180 else ' (EET)' if mins == 120 else ' (UTC)' if mins == 0 else ''
    return s


def period_of(kyiv_date):
    """(period, late) for a Kyiv calendar date, or (None, None)."""
    if kyiv_date < APPROVED:
        return None, None
    for i, d in enumerate(DEADLINES, 1):
        if kyiv_date <= d:
            return i, False
        if kyiv_date <= d + dt.timedelta(days=GRACE_DAYS):
            return i, True
    return None, None

# ---------------------------------------------------------------------------------------
# MIME writing (by hand, so that every client's habits can be imitated byte for byte)

CRLF = '\r\n'


def crlf(text):
    return re.sub(r'\r?\n', '\r\n', text)


FALLBACK = {'«': '"', '»': '"', '„': '"', '“': '"', '”': '"', '—': '-', '–': '-', '’': "'",
            '№': 'N', '…': '...', '•': '*', '\u00a0': ' '}


def fit(text, codec):
    """What a writer in an 8-bit Cyrillic charset really types: no «», —, № where the charset lacks them."""
    out = []
    for ch in text:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FALLBACK[ch])
    return ''.join(out)


def enc_words(text, charset='utf-8', mode='B', maxlen=75):
    """RFC 2047 encoded-words for text, each at most maxlen characters."""
    text = fit(text, charset)
    words, cur = [], ''
    prefix = '=?%s?%s?' % (charset, mode)

    def encoded(s):
        raw = s.encode(charset)
        if mode.upper() == 'B':
            return prefix + base64.b64encode(raw).decode('ascii') + '?='
        out = []
        for b in raw:
            c = chr(b)
            if c == ' ':
                out.append('_')
            elif 33 <= b <= 126 and c not in '=?_"(),.:;<>@[\\]':
                out.append(c)
            else:
                out.append('=%02X' % b)
        return prefix + ''.join(out) + '?='
    for ch in text:
        if len(encoded(cur + ch)) > maxlen and cur:
            words.append(encoded(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(encoded(cur))
    return words


def hdr(name, value, charset=None, mode='B', fold=' '):
    """A header line; non-ASCII values are RFC 2047 encoded in charset."""
    if charset is None or all(ord(c) < 128 for c in value):
        return '%s: %s' % (name, value)
    words = enc_words(value, charset, mode)
    return '%s: %s' % (name, (CRLF + fold).join(words))


def addr(display, address, charset=None, mode='B', quote=True):
    if not display:
        return address
    if charset and any(ord(c) > 127 for c in display):
        # one encoded-word, as most clients write a display name (even past 75 characters)
        return '%s <%s>' % (enc_words(display, charset, mode, maxlen=400)[0], address)
    if quote:
        return '"%s" <%s>' % (display, address)
    return '%s <%s>' % (display, address)


def b64(data):
    return CRLF.join(base64.encodebytes(data).decode('ascii').splitlines())


def qp(data):
    text = binascii.b2a_qp(data.replace(b'\r\n', b'\n'), istext=True, header=False).decode('ascii')
    return crlf(text)


class Part:
    """A MIME entity: headers (list of lines) + encoded body (str, CRLF) or children."""

    def __init__(self, headers, body='', children=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = CRLF.join(self.headers) + CRLF + CRLF
        if self.children is None:
            return out + self.body
        if self.preamble:
            out += self.preamble + CRLF
        for ch in self.children:
            out += CRLF + '--' + self.boundary + CRLF + ch.render()
        out += CRLF + '--' + self.boundary + '--' + CRLF
        return out


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', extra='',
              flowed=False, codec=None, ctype_fmt=None):
    """A text part.  codec: the codec that really encodes the bytes (default: charset)."""
    data = crlf(fit(text, codec or charset)).encode(codec or charset)
    if ctype_fmt:
        ctype = ctype_fmt
    else:
        ctype = 'text/%s; charset="%s"' % (subtype, charset)
        if flowed:
            ctype = 'text/%s; charset=%s; format=flowed' % (subtype, charset)
    if cte == 'quoted-printable':
        body = qp(data)
    elif cte == 'base64':
        body = b64(data)
    else:
        body = data.decode(codec or charset)  # 8bit: kept as text, encoded at the end
    heads = ['Content-Type: ' + ctype, 'Content-Transfer-Encoding: ' + cte]
    if extra:
        heads += extra if isinstance(extra, list) else [extra]
    p = Part(heads, body)
    p.raw_codec = codec or charset
    return p


def file_part(fname, data, ctype, style='2047B', charset='utf-8', disposition='attachment',
              cid=None, fold='\t', extra=None):
    """An attachment.  style: ascii | 2047B | 2047Q | 2231 | 2231cont | 2047name+2231cont."""
    def params(key):
        if style == 'ascii':
            return ['%s="%s"' % (key, fname)]
        if style in ('2047B', '2047Q'):
            words = enc_words(fname, charset, style[-1])
            return ['%s="%s"' % (key, (CRLF + fold).join(words))]
        pct = ''.join(c if (c.isascii() and (c.isalnum() or c in '-_.')) else
                      ''.join('%%%02X' % b for b in c.encode(charset)) for c in fname)
        if style == '2231':
            return ["%s*=%s''%s" % (key, charset, pct)]
        chunks, cur = [], ''
        for tok in re.findall(r'%[0-9A-F]{2}|.', pct):
            if len(cur) + len(tok) > 42:
                chunks.append(cur)
                cur = ''
            cur += tok
        chunks.append(cur)
        return ["%s*%d*=%s" % (key, i, (charset + "''" + c) if i == 0 else c) for i, c in enumerate(chunks)]
    if style == '2047name+2231cont':
        words = enc_words(fname, charset, 'B')
        name_p = ['name="%s"' % (CRLF + fold).join(words)]
        style = '2231cont'
        file_p = params('filename')
    else:
        name_p = params('name')
        file_p = params('filename')
    heads = ['Content-Type: %s;' % ctype + (CRLF + fold) + (';' + CRLF + fold).join(name_p),
             'Content-Transfer-Encoding: base64']
    if cid:
        heads.append('Content-ID: <%s>' % cid)
    heads.append('Content-Disposition: %s;' % disposition + (CRLF + fold) + (';' + CRLF + fold).join(file_p))
    if extra:
        heads += extra
    return Part(heads, b64(data))


def multipart(subtype, children, boundary, extra=None, preamble=None):
    heads = ['Content-Type: multipart/%s;%s\tboundary="%s"' % (subtype, CRLF, boundary)]
    if extra:
        heads[0] = 'Content-Type: multipart/%s;%s;' % (subtype, extra) + CRLF + '\tboundary="%s"' % boundary
    return Part(heads, children=children, boundary=boundary, preamble=preamble)


def rfc822_part(inner_bytes, fname=None):
    heads = ['Content-Type: message/rfc822']
    if fname:
        heads[0] += ';' + CRLF + '\tname="%s"' % fname
    heads += ['Content-Transfer-Encoding: 8bit']
    if fname:
        heads.append('Content-Disposition: attachment;' + CRLF + '\tfilename="%s"' % fname)
    p = Part(heads, inner_bytes.decode('latin-1'))
    p.raw_codec = 'latin-1'
    return p


def _encode_tree(part):
    """Render a tree; 8bit text parts keep their own codec."""
    if part.children is None:
        head = (CRLF.join(part.headers) + CRLF + CRLF).encode('ascii')
        codec = getattr(part, 'raw_codec', 'ascii')
        return head + part.body.encode(codec)
    out = (CRLF.join(part.headers) + CRLF + CRLF).encode('ascii')
    if part.preamble:
        out += (part.preamble + CRLF).encode('ascii')
    for ch in part.children:
        out += (CRLF + '--' + part.boundary + CRLF).encode('ascii') + _encode_tree(ch)
    out += (CRLF + '--' + part.boundary + '--' + CRLF).encode('ascii')
    return out


RELAYS = {
    'example.gov.ua': ('mail.example.gov.ua', '10.21.0.5'),
    'example.org.ua': ('smtp.example.org.ua', '193.108.40.17'),
    'gmail.com': ('mail-wg0-f54.google.com', '74.125.82.54'),
    'ukr.net': ('frv73.fwdcdn.com', '212.42.77.73'),
    'i.ua': ('mx1.i.ua', '91.198.36.14'),
    'meta.ua': ('smtp.meta.ua', '194.0.131.21'),
}


def message(headers, root, local, recv_delay=4, date_offset=None, queue_id='4A1F2C0D31',
            top_received=True):
    """A whole message: a top Received header recv_delay seconds after Date, then headers."""
    sender = next((h for h in headers if h.lower().startswith('from:')), '')
    m = re.search(r'@([\w.-]+)', sender)
    dom = m.group(1).lower() if m else 'example.gov.ua'
    relay = RELAYS.get(dom, ('mail.' + dom, '10.0.0.1'))
    rcv = local + dt.timedelta(seconds=recv_delay)
    lines = []
    if top_received:
        lines.append('Received: from %s (%s [%s])' % (relay[0], relay[0], relay[1]) + CRLF +
                     '\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s' % queue_id + CRLF +
                     '\tfor <%s>; %s' % (MAILBOX, rfc2822(rcv, zone_comment=True)))
    for h in headers:
        if h == '@DATE':
            h = 'Date: ' + rfc2822(local, date_offset)
        lines.append(h)
    lines += root.headers
    root_copy = Part(lines, root.body, root.children, root.boundary, root.preamble)
    if root.children is None:
        root_copy.raw_codec = getattr(root, 'raw_codec', 'ascii')
    return _encode_tree(root_copy)


def inner_message(headers, root):
    """A message without Received (for message/rfc822 parts); headers already complete."""
    lines = list(headers) + root.headers
    root_copy = Part(lines, root.body, root.children, root.boundary, root.preamble)
    if root.children is None:
        root_copy.raw_codec = getattr(root, 'raw_codec', 'ascii')
    return _encode_tree(root_copy)


def _only(part, *headers):
    """The same single part with only the given headers (the rest moved to the message)."""
    p = Part(list(headers), part.body)
    p.raw_codec = getattr(part, 'raw_codec', 'ascii')
    return p


def att(name):
    return (ATT / name).read_bytes()


# Text helpers ---------------------------------------------------------------------------

def html_from_text(text, font='Calibri', size='11.0pt', word=False, charset='utf-8'):
    """A plain text turned into the HTML twin a mail client would send."""
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = []
    for line in text.split('\n'):
        if word:
            paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(line) if line.strip() else '&nbsp;'))
        else:
            paras.append('%s<br>' % esc(line) if line.strip() else '<br>')
    if word:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head><meta http-equiv=Content-Type content="text/html; charset=%s">\n'
                '<meta name=Generator content="Microsoft Word 14 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;'
                'font-size:%s;font-family:"%s","sans-serif";}\n--></style></head>\n'
                '<body lang=UK link=blue vlink=purple><div class=WordSection1>\n%s\n</div></body></html>\n'
                % (charset, size, font, '\n'.join(paras)))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:%s,sans-serif;font-size:%s">\n%s\n</body></html>\n'
            % (charset, font, size, '\n'.join(paras)))


def quote(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.split('\n'))


def png(width, height, rgb_fn):
    """A small deterministic PNG (stdlib only) for inline images."""
    raw = b''
    for y in range(height):
        raw += b'\x00' + b''.join(bytes(rgb_fn(x, y)) for x in range(width))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


# zvit's own texts (from config/templates), as executors quote them -----------------------

PLAN_TITLE = ('Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади '
              'в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»')
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
MEASURE = {
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
}


def reminder_text(executor_name, deadline, today, missing, overdue=False):
    """zvit's reminder (templates/reminder.txt.j2), as it arrives."""
    if overdue:
        head = ('Нагадуємо, що %s минув термін подання інформації про виконання %s (пункт 16 плану).'
                % (deadline, PLAN_TITLE))
    else:
        head = ('Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати '
                'до %s на адресу електронної пошти %s.' % (PLAN_TITLE, deadline, MAILBOX))
    lines = ['Шановні колеги!', '', head, '',
             'Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:' % (today, executor_name)]
    for n in missing:
        lines += ['', '  %d. %s' % (n, MEASURE[n])]
    lines += ['',
              'Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу '
              '«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і '
              'раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, '
              'зазначивши номери пунктів плану.', '',
              'Просимо надати інформацію невідкладно.' if overdue else 'Просимо дотримуватися встановленого терміну.',
              '', 'Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.',
              '', 'З повагою', OFFICE]
    return '\n'.join(lines)


def receipt_text(received, subject, executor_name, period, deadline, recognised, missing, not_applicable=()):
    """zvit's receipt (templates/receipt.txt.j2), as it arrives."""
    lines = ['Шановні колеги!', '',
             '%s підтверджує отримання Вашого листа від %s «%s».' % (OFFICE, received, subject), '',
             'Виконавець: %s.' % executor_name,
             'Звітний період: %d-й (термін подання інформації — %s).' % (period, deadline), '']
    if recognised:
        lines.append('Розпізнано інформацію щодо таких пунктів плану:')
        for n, ex in recognised:
            lines.append('  • пункт %d: %s' % (n, ex))
    else:
        lines.append('Інформації, яку можна віднести до пунктів плану, у листі не виявлено.')
    if not_applicable:
        lines.append('Зазначено, що не стосуються Вашої установи, пункти: %s.' % ', '.join(map(str, not_applicable)))
    lines.append('')
    lines.append('За цей звітний період ще очікується інформація щодо пунктів плану:')
    for n in missing:
        lines.append('  %d. %s' % (n, MEASURE[n]))
    lines += ['', 'Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s.' % MAILBOX,
              '', 'З повагою', OFFICE]
    return '\n'.join(lines)


# Registry -------------------------------------------------------------------------------

MAILS = []


def mail(key):
    def deco(fn):
        MAILS.append((fn.__name__, key, fn))
        return fn
    return deco


def T(y, mo, d, h, mi, s):
    return dt.datetime(y, mo, d, h, mi, s)


UVP = OFFICE

# =======================================================================================
# 1. ph — placeholders

KEY = {"class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A 16-row table that quotes the plan's wording in every row: 7 is «—», 9 a bare «не проводились», the rest «х»; row 12's denial names its object and counts, row 16 never does.",
       "items": [{"measure": 1, "source": "Бахмацька РДА ВУ.xls"},
                 {"measure": 6, "source": "Бахмацька РДА ВУ.xls"},
                 {"measure": 10, "source": "Бахмацька РДА ВУ.xls"},
                 {"measure": 12, "source": "Бахмацька РДА ВУ.xls"}]}


@mail(KEY)
def ph01_bakhmach():
    local = T(2012, 12, 12, 15, 42, 5)
    text = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Бахмацька районна державна адміністрація на виконання розпорядження голови облдержадміністрації від 10.09.2012 № 412 надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» станом на 10.12.2012 (додається).

Додаток: на 2 арк. в 1 прим.

Заступник голови райдержадміністрації                    О.В. Гармаш

Виконавець: Ліщина Т.М., (04635) 2-14-37

--
З повагою,
Ліщина Тетяна Миколаївна
головний спеціаліст відділу організаційної роботи та взаємодії з громадськістю апарату Бахмацької районної державної адміністрації
16500, Чернігівська обл., м. Бахмач, вул. Соборності, 42
тел./факс (04635) 2-14-37

КОНФІДЕНЦІЙНІСТЬ: Цей лист та будь-які додані до нього файли призначені виключно для особи або організації, якій вони адресовані, і можуть містити інформацію з обмеженим доступом. Якщо Ви отримали цей лист помилково, просимо негайно повідомити відправника та знищити лист і всі його копії. Будь-яке несанкціоноване використання, розголошення, поширення чи копіювання цього повідомлення заборонено.
"""
    root = multipart('mixed', [
        text_part(text, charset='windows-1251'),
        file_part('Бахмацька РДА ВУ.xls', att('ph01_bakhmach.xls'), 'application/vnd.ms-excel',
                  style='2047B', charset='windows-1251'),
    ], '----=_NextPart_000_0017_01CDD878.3B6A4F20')
    return message([
        'From: ' + addr('Бахмацька РДА', 'rda-bakhmach@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Інформація щодо виконання плану заходів (Відкритий уряд)', 'windows-1251'),
        '@DATE',
        'Message-ID: <001601cdd867$9a0a6e10$2b02a8c0@orgviddil>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Office Outlook 11',
        'Thread-Index: Ac3YZ5kqWm0v1cD8QkuB3l7h2mS9Pw==',
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157',
    ], root, local, queue_id='7C3E21A0B5')


KEY = {"class": "placeholder", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The sheet answers 2 and 9 among «+», «без змін», «—» and a bare «не проводились», then adds a «Довідково» block on budget transparency (collegium meetings, 127 «консультацій» to local councils, appeals via the hot line, publications on the site) that reports on no measure.",
       "items": [{"measure": 2, "source": "Додаток до листа_ВУ_І півріччя 2013.xlsx"},
                 {"measure": 9, "source": "Додаток до листа_ВУ_І півріччя 2013.xlsx"}]}


@mail(KEY)
def ph02_finansy():
    local = T(2013, 6, 11, 11, 20, 17)
    text = """Добрий день!

Головне фінансове управління облдержадміністрації на лист управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації від 20.05.2013 № 03-14/911 надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року (додаток на 1 арк.).

Довідково до додатку включено інформацію про заходи щодо забезпечення прозорості бюджетного процесу, підготовлену за зверненням обласної ради від 15.05.2013.

Оригінал листа за підписом заступника начальника управління Мельник Л.П. направлено поштою.

З повагою,
Кравець Наталія Олексіївна
начальник відділу доходів та фінансування бюджетного управління
Головного фінансового управління Чернігівської облдержадміністрації
тел. (0462) 67-40-18, факс (0462) 67-40-02
14000, м. Чернігів, вул. Шевченка, 7

________________________________________
Інформація, що міститься в цьому повідомленні, є службовою і призначена лише для адресата. Якщо Ви не є адресатом, Вам забороняється використовувати, копіювати, поширювати цю інформацію або вчиняти будь-які дії на її підставі. Якщо Ви отримали це повідомлення помилково, будь ласка, повідомте про це відправника та видаліть повідомлення.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
"""
    alt = multipart('alternative', [
        text_part(text, charset='windows-1251'),
        text_part(html_from_text(text, word=True, charset='windows-1251'), 'html', 'windows-1251'),
    ], '----=_NextPart_001_0032_01CE6690.4B1C9A70')
    root = multipart('mixed', [
        alt,
        file_part('Додаток до листа_ВУ_І півріччя 2013.xlsx', att('ph02_finansy.xlsx'),
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                  style='2047Q', charset='windows-1251'),
    ], '----=_NextPart_000_0031_01CE6690.4B1C9A70')
    return message([
        'From: ' + addr('Кравець Наталія Олексіївна', 'finansy@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Інформація ГФУ щодо плану Відкритий уряд (до листа від 20.05.2013 № 03-14/911)', 'windows-1251'),
        '@DATE',
        'Message-ID: <003001ce6677$4b1c9a70$e155cf50$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 14.0',
        'Thread-Index: Ac5md0sVQ0m2Fh0bS8WqG4c2UoCkzw==',
        'Content-Language: uk',
    ], root, local, queue_id='B91D0E3F22')


KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "A plain-text table in the body answers 6 and 9; 1 is «+», 7 «без змін», 10 «-», 12 a bare «не проводились»; the long account of the district civil-society programme that follows is no report on the plan.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail(KEY)
def ph03_ripky():
    local = T(2013, 12, 10, 9, 5, 12)
    text = """Доброго дня!

Ріпкинська райдержадміністрація надсилає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року, а також інформацію щодо виконання районної Програми сприяння розвитку громадянського суспільства на 2012-2015 роки (на запит управління від 25.11.2013).

I. Інформація про виконання Плану заходів (Відкритий уряд)

 Пункт |  Стан виконання
-------+---------------------------------------------------------------
   1   |  +
-------+---------------------------------------------------------------
   6   |  Проведено громадське обговорення проекту Програми
       |  соціально-економічного та культурного розвитку району на
       |  2014 рік: зустрічі з мешканцями 6 сільських рад
       |  (26.11-04.12.2013), понад 300 учасників; звіт про
       |  результати обговорення розміщено на сайті РДА.
-------+---------------------------------------------------------------
   7   |  без змін
-------+---------------------------------------------------------------
   9   |  Члени громадської ради при РДА взяли участь в обговоренні
       |  проекту районного бюджету на 2014 рік на засіданні ради
       |  05.12.2013, подано 4 пропозиції.
-------+---------------------------------------------------------------
  10   |  -
-------+---------------------------------------------------------------
  12   |  не проводились
-------+---------------------------------------------------------------

II. Інформація щодо виконання районної Програми сприяння розвитку громадянського суспільства на 2012-2015 роки

За ІІ півріччя 2013 року проведено засідання Координаційної ради з питань розвитку громадянського суспільства при райдержадміністрації (18.09.2013), на якому розглянуто підсумки районного конкурсу проектів громадських організацій. За результатами конкурсу профінансовано 4 проекти на загальну суму 24,0 тис. грн (облаштування дитячого майданчика у с. Грабів, ремонт сільського клубу у с. Малий Листвен, видання збірки «Ріпкинщина літературна», проведення фестивалю «Дніпровські зорі»).

Відзначено День місцевого самоврядування, проведено урочисті збори з нагоди Дня працівників сільського господарства, районний фестиваль самодіяльної творчості ветеранів. Представникам громадських організацій надано 12 консультацій з питань державної реєстрації та оформлення документів на конкурс. Станом на 01.12.2013 в районі зареєстровано 46 громадських організацій (за ІІ півріччя - 3 нових).

Висвітлення діяльності громадських організацій здійснюється в районній газеті «Колгоспна правда» та на сайті РДА (28 матеріалів).

--
З повагою
Сергієнко Олена Василівна
головний спеціаліст відділу організаційної роботи та інформаційної діяльності апарату Ріпкинської райдержадміністрації
т. (04641) 2-13-95
"""
    root = text_part(text, charset='koi8-u', cte='8bit')
    return message([
        'Date: ' + rfc2822(local),
        'From: ' + addr('Ріпкинська РДА', 'rda-ripky@example.gov.ua', 'koi8-u'),
        'X-Mailer: The Bat! (v4.2.44.2) Professional',
        'Reply-To: ' + addr('Ріпкинська РДА', 'rda-ripky@example.gov.ua', 'koi8-u'),
        'Organization: ' + enc_words('Ріпкинська райдержадміністрація', 'koi8-u', 'B', 400)[0],
        'Message-ID: <1826443512.20131210090512@example.gov.ua>',
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'Ріпки - відкритий уряд ІІ півріччя', 'koi8-u'),
        'MIME-Version: 1.0',
    ], root, local, queue_id='2E6B0C4A19')


KEY = {"class": "placeholder", "executor": "su-kultura", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "A late .docx whose first section is a 16-row table with responsible person, term, funding and note columns: 2 and 6 are «—» (6 with a promise in the note), 9 empty, 12 a bare «Не проводились», the rest «х … не належить до компетенції»; its second section reports on the Year of cultural heritage, not on the plan.",
       "items": [{"measure": 1, "source": "Інформація_управління_культури_ВУ_ІІ_півріччя_2013.docx"},
                 {"measure": 7, "source": "Інформація_управління_культури_ВУ_ІІ_півріччя_2013.docx"},
                 {"measure": 8, "source": "Інформація_управління_культури_ВУ_ІІ_півріччя_2013.docx"}]}


@mail(KEY)
def ph04_kultura():
    local = T(2013, 12, 17, 16, 48, 31)
    text = """Шановні колеги!

Направляємо інформацію управління культури і туризму облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року та про виконання заходів з відзначення Року культурної спадщини Чернігівщини.

Вибачте за затримку – у зв'язку з підготовкою до колегії управління.

Додаток: на 4 арк.

З повагою
Отрощенко Людмила Вікторівна
провідний спеціаліст відділу культурно-освітньої роботи та мистецтв
управління культури і туризму Чернігівської обласної державної адміністрації
14000, м. Чернігів, вул. Гетьмана Полуботка, 4
тел. (0462) 67-45-12

Це повідомлення та вкладення до нього можуть містити службову інформацію. Якщо Ви отримали його помилково, повідомте відправника та видаліть повідомлення.
"""
    alt = multipart('alternative', [
        text_part(text, charset='windows-1251'),
        text_part(html_from_text(text, word=True, size='12.0pt', font='Times New Roman', charset='windows-1251'),
                  'html', 'windows-1251'),
    ], '----=_NextPart_001_00A4_01CEFB5E.6D0F2A10')
    root = multipart('mixed', [
        alt,
        file_part('Інформація_управління_культури_ВУ_ІІ_півріччя_2013.docx', att('ph04_kultura.docx'),
                  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  style='2231cont', charset='utf-8'),
    ], '----=_NextPart_000_00A3_01CEFB5E.6D0F2A10')
    return message([
        'From: ' + addr('Управління культури і туризму ОДА', 'kultura@example.gov.ua', 'windows-1251'),
        'To: ' + addr('УВП ОДА', 'uvp@cg.ukrtel.net', 'windows-1251'),
        hdr('Subject', 'Інформація управління культури (Відкритий уряд, ІІ півріччя 2013)', 'windows-1251'),
        '@DATE',
        'Message-ID: <00a201cefb4d$6d0f2a10$472e7e30$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Office Outlook 12.0',
        'Thread-Index: Ac77TWzP0q3yA4XbT8i0v9k2mRw1dA==',
        'Content-Language: uk',
    ], root, local, queue_id='9F0A7B3C6E')


KEY = {"class": "placeholder", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The council filled УВП's 16-row template: 3 and 4 are answered, 10 is a bare «+», 15 only a promise, every other row «х» or «—»; the council's own quarterly activity (sessions, consultations to NGOs, coverage on the site) follows and reports on no measure.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}]}


@mail(KEY)
def ph05_gromrada():
    local = T(2013, 4, 5, 19, 10, 44)
    rows = [('1', 'Приведення офіційних сайтів до вимог законодавства', 'х'),
            ('2', 'Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»', 'х'),
            ('3', 'Веб-ресурс «Чернігівська громада»',
             'Веб-ресурс «Чернігівська громада» (gromada.cn.ua) працює з грудня 2012 року; модерування здійснюють члени комісії з питань інформаційної політики ради, за І квартал 2013 року розміщено 86 матеріалів інститутів громадянського суспільства.'),
            ('4', 'Інтернет-форум на базі веб-ресурсу',
             'Інтернет-форум на базі ресурсу відкрито 15.02.2013: створено 9 тематичних розділів (ЖКГ, освіта, екологія, дороги тощо), зареєстровано 143 користувачі, відкрито 57 тем.'),
            ('5', '«Гаряча лінія» голови ОДА', 'х'),
            ('6', 'Консультації з громадськістю', '—'),
            ('7', 'Залучення ІГС до дорадчо-консультативних органів', 'х'),
            ('8', 'Голови комітетів ГР у складі колегій', 'х'),
            ('9', 'Участь членів громадських рад в обговоренні проектів', 'х'),
            ('10', 'Комісії з питань відкритості та прозорості', '+'),
            ('11', '«Дні відкритих дверей»', 'х'),
            ('12', 'Громадські експертизи', 'х'),
            ('13', 'Навчальні семінари', 'х'),
            ('14', 'Методичні посібники', 'х'),
            ('15', 'Громадське обговорення виконання заходів плану',
             'Буде організовано спільно з УВП у IV кварталі 2013 року.'),
            ('16', 'Інформація на uvp@cg.ukrtel.net', '—')]
    intro = ('Шановні колеги!\n\nГромадська рада при облдержадміністрації надсилає інформацію щодо виконання пунктів '
             'Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області, де рада '
             'визначена співвиконавцем (за формою, надісланою управлінням), а також коротку інформацію про діяльність ради '
             'у І кварталі 2013 року.')
    outro = ('Діяльність ради у І кварталі 2013 року\n\n'
             'Проведено 3 засідання Громадської ради (17.01, 21.02, 28.03.2013) та 11 засідань комітетів; розглянуто 14 питань, '
             'зокрема щодо стану автомобільних доріг області, тарифів на житлово-комунальні послуги, підготовки до '
             'оздоровчої кампанії. Членами ради проведено 2 прийоми громадян, надано 5 консультацій ініціативним групам '
             'щодо реєстрації громадських організацій. Засідання ради висвітлюються на сайті облдержадміністрації та '
             'на сторінці ради у соціальній мережі.\n\n'
             'З повагою,\nсекретар Громадської ради при Чернігівській облдержадміністрації\nНечай Алла Миколаївна\n'
             'тел. 050 417 22 86')
    plain = intro + '\n\n'
    for n, what, st in rows:
        plain += '%s. %s — %s\n' % (n, what, st)
    plain += '\n' + outro + '\n'
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    trs = ''.join('<tr><td style="border:1px solid #999;padding:3px;text-align:center">%s</td>'
                  '<td style="border:1px solid #999;padding:3px">%s</td>'
                  '<td style="border:1px solid #999;padding:3px">%s</td></tr>\n' % (n, esc(w), esc(s))
                  for n, w, s in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">\n'
            '<div>%s</div><br>\n<table style="border-collapse:collapse;font-family:Helvetica;font-size:12px">\n'
            '<tr><th style="border:1px solid #999">№</th><th style="border:1px solid #999">Захід</th>'
            '<th style="border:1px solid #999">Виконання</th></tr>\n%s</table><br>\n<div>%s</div>\n</body></html>\n'
            % (esc(intro).replace('\n', '<br>'), trs, esc(outro).replace('\n', '<br>')))
    root = multipart('alternative', [
        text_part(plain, charset='utf-8', ctype_fmt='text/plain; charset=utf-8'),
        text_part(html, 'html', 'utf-8', ctype_fmt='text/html; charset=utf-8'),
    ], 'Apple-Mail=_8E0A61F2-3C4B-4D7A-9B1E-5F2C7A0D1E36')
    return message([
        'From: ' + addr('Громадська рада при ОДА', 'gromrada@example.gov.ua', 'utf-8', 'Q'),
        'Content-Type: multipart/alternative; boundary="Apple-Mail=_8E0A61F2-3C4B-4D7A-9B1E-5F2C7A0D1E36"',
        hdr('Subject', 'Громадська рада: інформація щодо пп. плану ВУ + діяльність ради І кв.', 'utf-8', 'Q'),
        '@DATE',
        'Message-Id: <4B7C2E1A-90D3-4F6B-8A25-C1E3D7F09B42@example.gov.ua>',
        'To: uvp@cg.ukrtel.net',
        'Mime-Version: 1.0 (Mac OS X Mail 6.3 \\(1503\\))',
        'X-Mailer: Apple Mail (2.1503)',
    ], Part([], children=root.children, boundary=root.boundary), local, queue_id='C40E2D9A17')
# =======================================================================================
# 2. bp — bottom posts and interleaved answers

def interleave(quoted, answers):
    """Segments [('q', text), ('a', text), …]: answers put under the quoted «  n. …» lines."""
    segs, cur = [], []
    for line in quoted.split('\n'):
        cur.append(line)
        m = re.match(r'\s+(\d+)\. ', line)
        if m and int(m.group(1)) in answers:
            segs.append(('q', '\n'.join(cur)))
            segs.append(('a', answers[int(m.group(1))]))
            cur = []
    if cur:
        segs.append(('q', '\n'.join(cur)))
    return segs


def segs_plain(segs, mark='> '):
    out = []
    for kind, text in segs:
        if kind == 'q':
            out.append(quote(text, mark))
        else:
            out.append('\n' + text + '\n')
    return '\n'.join(out)


def segs_html(segs, cite_attr='type="cite"', style=''):
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n')
    out = []
    for kind, text in segs:
        if kind == 'q':
            out.append('<blockquote %s%s>%s</blockquote>' % (cite_attr, style, esc(text)))
        else:
            out.append('<div>%s</div>' % esc(text))
    return '\n'.join(out)


KEY = {"class": "bottom_post", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird answers typed between the quoted lines of zvit's reminder, which itself quotes the plan's wording of all six owed measures: 7 gets a bare «Не проводилось.», 9 a promise, 12 a denial that names expert reviews and counts.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def bp01_kozelets():
    local = T(2012, 12, 13, 10, 31, 26)
    rem = reminder_text('Козелецька районна державна адміністрація', '15.12.2012', '10.12.2012',
                        [1, 6, 7, 9, 10, 12])
    answers = {
        1: 'Офіційний веб-сайт Козелецької РДА переведено на нову платформу у жовтні 2012 р., розділи приведено у відповідність до постанови КМУ № 3 та Закону України «Про доступ до публічної інформації», створено розділ «Відкритий уряд».',
        6: '18.10.2012 проведено громадські слухання щодо проекту Програми розвитку туризму в Козелецькому районі на 2013-2015 роки (46 учасників); 22.11.2012 - консультації у формі «круглого столу» з питань реформування первинної медичної допомоги.',
        7: 'Не проводилось.',
        9: 'Інформацію буде надано додатково після засідання громадської ради 20.12.',
        10: 'На засіданні громадської ради при РДА 29.11.2012 на виконання рекомендації райдержадміністрації утворено робочу групу з питань відкритості та прозорості у складі 5 осіб.',
        12: 'Громадські експертизи діяльності РДА та антикорупційні експертизи проектів розпоряджень інститутами громадянського суспільства не проводились, звернень щодо їх проведення не надходило.',
    }
    body = ('Добрий день!\nВідповідаємо по пунктах нижче.\n\n10.12.2012 09:00, uvp@cg.ukrtel.net пише:\n'
            + segs_plain(interleave(rem, answers)) +
            '\n\n-- \nЗ повагою,\nМирошниченко Ірина Петрівна\nголовний спеціаліст відділу з питань організаційної роботи\n'
            'апарату Козелецької районної державної адміністрації\nтел. (04646) 2-12-71\n')
    root = text_part(body, charset='UTF-8', cte='8bit', flowed=True)
    return message([
        'Message-ID: <50C99187.8040207@example.gov.ua>',
        '@DATE',
        'From: ' + addr('Мирошниченко Ірина', 'rda-kozelets@example.gov.ua', 'UTF-8'),
        'User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1',
        'MIME-Version: 1.0',
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'Re: Нагадування: інформація про виконання плану заходів «Відкритий уряд»', 'UTF-8'),
        'References: <zvit.reminder.20121210.rda-kozelets@cg.ukrtel.net>',
        'In-Reply-To: <zvit.reminder.20121210.rda-kozelets@cg.ukrtel.net>',
    ], root, local, queue_id='5D1E9C2B07')


KEY = {"class": "bottom_post", "executor": "su-zhkh", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook (Russian UI) reply typed below an «Исходное сообщение» block with no «>»: the quoted receipt names points 1 and 6 and lists 2, 7, 8, 9, 12 as missing; only the supplement under it counts (8, 12), «п. 2 – не стосується» does not, and a long bilingual disclaimer follows.",
       "items": [{"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def bp02_zhkh():
    local = T(2013, 6, 7, 14, 12, 3)
    rec = receipt_text('31.05.2013 16:05', 'Інформація управління ЖКГ (Відкритий уряд)',
                       "Управління житлово-комунального господарства облдержадміністрації", 2, '15.06.2013',
                       [(1, 'На сторінці управління на офіційному веб-сайті облдержадміністрації оновлено розділи «Тарифи» та «Реформування ЖКГ»…'),
                        (6, 'Проведено консультації з громадськістю щодо проекту Регіональної програми реформування і розвитку житлово-комунального господарства…')],
                       [2, 7, 8, 9, 12])
    text = ('\n\n-----Исходное сообщение-----\nОт: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net] \n'
            'Отправлено: 5 июня 2013 г. 10:02\nКому: zhkh@example.gov.ua\n'
            'Тема: Підтвердження отримання: Інформація управління ЖКГ (Відкритий уряд)\n\n' + rec +
            '\n\n\nДоповнюємо інформацію управління житлово-комунального господарства облдержадміністрації (лист від 31.05.2013 № 04-11/902):\n\n'
            'Щодо п. 8. Наказом управління від 20.05.2013 № 61 до складу колегії управління введено голову комітету з питань житлово-комунального господарства та енергозбереження Громадської ради при облдержадміністрації Савчука О.І. (за згодою); відповідні зміни до Положення про управління внесено.\n\n'
            'Щодо п. 12. Громадська антикорупційна експертиза проекту розпорядження голови облдержадміністрації «Про затвердження Порядку відшкодування різниці в тарифах на теплову енергію» проведена ГО «Центр захисту прав споживачів житлово-комунальних послуг» (висновок від 16.04.2013); з 3 пропозицій 2 враховано, проект доопрацьовано.\n\n'
            'Щодо п. 2 – не стосується (рубрики ведуться головним управлінням економіки та фінансовим управлінням).\n\n'
            'З повагою,\nКовтун Наталія Петрівна\nголовний спеціаліст відділу реформування та розвитку ЖКГ\n'
            'управління житлово-комунального господарства Чернігівської обласної державної адміністрації\n'
            'тел. (0462) 67-22-41\n\n'
            'Інформація, що міститься в цьому повідомленні, призначена виключно для адресата і може містити '
            'відомості, які становлять службову інформацію. Якщо Ви отримали це повідомлення помилково, просимо '
            'повідомити відправника та видалити його.\n'
            'Информация, содержащаяся в этом сообщении, предназначена исключительно для адресата. Если Вы '
            'получили это сообщение по ошибке, просим сообщить отправителю и удалить его.\n')
    alt = multipart('alternative', [
        text_part(text, charset='windows-1251'),
        text_part(html_from_text(text, word=True, charset='windows-1251'), 'html', 'windows-1251'),
    ], '----=_NextPart_000_0041_01CE6391.7A2B5C60')
    return message([
        'From: ' + addr('Ковтун Наталія', 'zhkh@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        'References: <zvit.receipt.20130605.su-zhkh@cg.ukrtel.net>',
        'In-Reply-To: <zvit.receipt.20130605.su-zhkh@cg.ukrtel.net>',
        hdr('Subject', 'RE: Підтвердження отримання: Інформація управління ЖКГ (Відкритий уряд)', 'windows-1251'),
        '@DATE',
        'Message-ID: <004001ce6380$7a2b5c60$6e821520$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 14.0',
        'Thread-Index: AQHOYfG0m7c2kLqAXkKzT0dHqk3ZpZkvRk8w',
        'Content-Language: ru',
    ], alt, local, queue_id='0AE35B7C41')


KEY = {"class": "bottom_post", "executor": "uvp", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An iPhone reply interleaved in the blockquote of zvit's reminder to УВП itself: short answers under quoted items 3, 4, 10, 11, 13, 14 count; under 5 only a referral to the appeals department, under 15 only «У IV кварталі».",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}]}


@mail(KEY)
def bp03_uvp():
    local = T(2013, 6, 13, 19, 40, 52)
    rem = reminder_text(OFFICE, '15.06.2013', '13.06.2013', [3, 4, 5, 10, 11, 13, 14, 15])
    answers = {
        3: 'Ресурс працює, наповнюється щодня, за півріччя 212 публікацій ІГС.',
        4: 'Форум запущено 15.02, модерують члени ГР, 143 користувачі.',
        5: 'Див. інформацію відділу звернень.',
        10: 'Рекомендації направлено всім ГР при РДА листом від 12.02.2013 № 03-14/266, робочі групи створено у 9 районах.',
        11: '18.04 День відкритих дверей для студентів ЧНУ та журналістів, 27 учасників.',
        13: 'Разом з ЦППК 20.02 проведено семінар для заступників керівників структурних підрозділів, 31 учасник.',
        14: 'Додатковий тираж посібника (300 прим.) видано у січні, розіслано до РДА і міськрад.',
        15: 'У IV кварталі.',
    }
    segs = interleave(rem, answers)
    top = 'Світлано Олександрівно, відповідаю по пунктах, з телефону. Таблицю доповню завтра.'
    sig = 'П. Гуменюк\n\nНадіслано з iPhone'
    head = '13.06.2013 о 9:00 uvp@cg.ukrtel.net написав(ла):'
    plain = top + '\n\n' + sig + '\n\n' + head + '\n\n' + segs_plain(segs) + '\n'
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div>%s</div><div><br></div><div>П. Гуменюк<br><br>Надіслано з iPhone</div>'
            '<div><br>%s<br><br></div>\n%s\n</body></html>\n' % (top, head, segs_html(segs)))
    root = multipart('alternative', [
        text_part(plain, charset='utf-8', ctype_fmt='text/plain;\r\n\tcharset=utf-8'),
        text_part(html, 'html', 'utf-8', ctype_fmt='text/html;\r\n\tcharset=utf-8'),
    ], 'Apple-Mail-0F3A5C7E-1B2D-4E6F-8A9C-0D1E2F3A4B5C')
    return message([
        'References: <zvit.reminder.20130613.uvp@cg.ukrtel.net>',
        'From: ' + addr('Петро Гуменюк', 'uvp-info@example.gov.ua', 'utf-8'),
        'Content-Type: multipart/alternative;\r\n\tboundary=Apple-Mail-0F3A5C7E-1B2D-4E6F-8A9C-0D1E2F3A4B5C',
        'X-Mailer: iPhone Mail (10B329)',
        'In-Reply-To: <zvit.reminder.20130613.uvp@cg.ukrtel.net>',
        'Message-Id: <9C1F7A3E-2D4B-4A68-B0E5-71D3C8F2A6B9@example.gov.ua>',
        '@DATE',
        'To: "uvp@cg.ukrtel.net" <uvp@cg.ukrtel.net>',
        'Content-Transfer-Encoding: 7bit',
        'Mime-Version: 1.0 (1.0)',
        hdr('Subject', 'Re: Нагадування: інформація про виконання плану заходів «Відкритий уряд»', 'utf-8'),
    ], Part([], children=root.children, boundary=root.boundary), local, queue_id='E2B7093D5A')


KEY = {"class": "bottom_post", "executor": "rda-nosivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express supplement typed below the «>» quote of the district's own letter of 05.12 (which reported 1, 6 and 9): only the new lines count — 7, and 10 answered with what was not done and why; «п. 12 – не проводились» is bare.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail(KEY)
def bp04_nosivka():
    local = T(2013, 12, 12, 11, 7, 40)
    earlier = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Носівська районна державна адміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року.

п. 1 - офіційний веб-сайт РДА функціонує відповідно до вимог законодавства, у вересні 2013 р. оновлено розділи «Регуляторна діяльність» та «Доступ до публічної інформації».

п. 6 - проведено громадські слухання щодо проекту районного бюджету на 2014 рік (29.11.2013, 57 учасників) та публічне обговорення проекту Програми розвитку фізичної культури і спорту (24.10.2013).

п. 9 - проект Програми соціально-економічного розвитку району на 2014 рік обговорено з членами громадської ради 28.11.2013, враховано 6 пропозицій.

Крім того, у ІІ півріччі проведено 2 засідання колегії райдержадміністрації, 14 виїзних прийомів громадян, районне свято «Носівщина хлібосольна».

Заступник голови райдержадміністрації   В.І. Дорошенко

Виконавець Бабенко О.М., 2-11-38"""
    text = ('\n----- Original Message ----- \nFrom: "Носівська РДА" <rda-nosivka@example.gov.ua>\n'
            'To: <uvp@cg.ukrtel.net>\nSent: Thursday, December 05, 2013 3:12 PM\n'
            'Subject: Інформація Носівської РДА (ВУ)\n\n\n' + quote(earlier) + '\n\n'
            'Доповнення до інформації (п. 7, 10, 12):\n\n'
            'п. 7 - до складу районної комісії з питань захисту прав дитини та координаційної ради з питань розвитку підприємництва включено представників ГО «Носівська громада» та районної спілки підприємців (розпорядження голови РДА від 18.10.2013 № 312).\n\n'
            'п. 10 - громадська рада при РДА рекомендацію розглянула, утворення робочої групи з питань відкритості відкладено до переобрання складу ради (лютий 2014 року).\n\n'
            'п. 12 - не проводились.\n\n'
            'Бабенко Олена Миколаївна\nвідділ організаційної роботи апарату Носівської РДА\n2-11-38\n')
    root = text_part(text, charset='windows-1251')
    return message([
        'Message-ID: <000c01cef71b$3e8b2a60$0b01a8c0@orgviddil2>',
        'From: ' + addr('Носівська РДА', 'rda-nosivka@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        'References: <001e01cef1ad$52c08f40$0b01a8c0@orgviddil2>',
        hdr('Subject', 'Re: Інформація Носівської РДА (ВУ) - доповнення', 'windows-1251'),
        '@DATE',
        'MIME-Version: 1.0',
        'X-Priority: 3',
        'X-MSMail-Priority: Normal',
        'X-Mailer: Microsoft Outlook Express 6.00.2900.5931',
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157',
    ], root, local, queue_id='71C0A5E8D3')


KEY = {"class": "bottom_post", "executor": "su-ekolohiia", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "A late Roundcube reply interleaved in the blockquote of zvit's overdue reminder: 1, 2 (sent for the rubric), 6 (hearing on an environmental assessment) and 8 count; 7 and 9 are «—», 12 «Не стосується».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}]}


@mail(KEY)
def bp05_ekolohiia():
    local = T(2012, 12, 17, 9, 48, 14)
    rem = reminder_text('Управління екології та природних ресурсів облдержадміністрації', '15.12.2012',
                        '16.12.2012', [1, 2, 6, 7, 8, 9, 12], overdue=True)
    answers = {
        1: 'Сторінка управління на сайті ОДА наповнюється; у листопаді оновлено розділи «Екологічний паспорт області» та «Дозвільні процедури».',
        2: 'Інформацію про хід виконання Програми охорони навколишнього природного середовища на 2012-2016 роки за 9 місяців направлено 26.11.2012 для розміщення в рубриці «Хід виконання цільових програм».',
        6: 'Громадські слухання щодо оцінки впливу на навколишнє середовище реконструкції очисних споруд м. Ніжина проведено 08.11.2012 спільно з Ніжинською міською радою (63 учасники).',
        7: '—',
        8: 'Голова комітету з питань екології та природокористування Громадської ради Шевчук Д.Ю. введений до складу колегії управління (наказ від 02.10.2012 № 118).',
        9: '—',
        12: 'Не стосується.',
    }
    segs = interleave(rem, answers)
    top = 'Добрий день! Вибачте за затримку — були на виїзній перевірці. Відповіді нижче, під кожним пунктом.'
    head = '16.12.2012 08:00, uvp@cg.ukrtel.net написав:'
    sig = ('-- \nЛеонова Вікторія Іванівна\nпровідний спеціаліст відділу екологічної політики\n'
           'управління екології та природних ресурсів облдержадміністрації\nтел. (0462) 67-58-30')
    plain = top + '\n\n' + head + '\n' + segs_plain(segs) + '\n\n' + sig + '\n'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>%s</p>\n<p>%s</p>\n%s\n'
            '<div class="pre" style="margin: 0; padding: 0; font-family: monospace">%s</div>\n</body></html>\n'
            % (top, head, segs_html(segs, style=' style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0"'),
               sig.replace('\n', '<br />')))
    root = multipart('alternative', [
        text_part(plain, charset='UTF-8', ctype_fmt='text/plain; charset=UTF-8; format=flowed'),
        text_part(html, 'html', 'UTF-8', ctype_fmt='text/html; charset=UTF-8'),
    ], '=_5d0c3e17a9b24f6e81c0f2d4a6b8e1c3')
    return message([
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative;\r\n boundary="=_5d0c3e17a9b24f6e81c0f2d4a6b8e1c3"',
        '@DATE',
        'From: ' + addr('Леонова Вікторія', 'ekolohiia@example.gov.ua', 'UTF-8', 'Q'),
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'Re: Нагадування: термін подання інформації минув', 'UTF-8', 'Q'),
        'In-Reply-To: <zvit.reminder.20121216.su-ekolohiia@cg.ukrtel.net>',
        'Message-ID: <7b2e4c91d05f38a6e1f4c2a9d8b3e7f0@example.gov.ua>',
        'X-Sender: ekolohiia@example.gov.ua',
        'User-Agent: Roundcube Webmail/0.8.4',
    ], Part([], children=root.children, boundary=root.boundary), local, queue_id='3B8F61D2C4')
# =======================================================================================
# 3. nr — not reports

KEY = {"class": "not_report", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Questions about points 10 and 6 whose premises (no council yet, consultations held by village councils) state facts without reporting; the long signature and disclaimer carry the office's name.",
       "items": []}


@mail(KEY)
def nr01_horodnia():
    local = T(2012, 11, 22, 13, 15, 8)
    text = """Шановні колеги!

Городнянська районна державна адміністрація просить роз'яснити декілька питань щодо підготовки інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».

1. Чи потрібно подавати інформацію щодо п. 10 Плану, якщо громадська рада при райдержадміністрації ще не сформована (установчі збори призначено на 14.12.2012)?

2. Чи включати до інформації по п. 6 консультації з громадськістю, які проводять сільські ради (у жовтні - листопаді їх було 5), чи лише ті, що проводить райдержадміністрація?

3. Інформацію подавати за формою таблиці (як у минулому році по Програмі сприяння розвитку громадянського суспільства) чи в довільній формі? І чи потрібен скан-копія листа з підписом, чи достатньо електронного листа?

Будемо вдячні за відповідь до 30.11.2012.

З повагою
Тищенко Галина Іванівна
начальник відділу організаційної роботи та інформаційної діяльності апарату Городнянської районної державної адміністрації
15100, м. Городня, вул. Шевченка, 15
тел. (04645) 2-15-64, факс (04645) 2-17-01

----------------------------------------------------------------------
Цей електронний лист та вкладення до нього є конфіденційними і призначені для використання виключно адресатом. Якщо Ви не є адресатом цього листа, будь-яке його використання, копіювання або розповсюдження заборонено. Якщо Ви отримали цей лист помилково, повідомте, будь ласка, відправника і видаліть лист з Вашої системи.
----------------------------------------------------------------------
"""
    root = text_part(text, charset='windows-1251', cte='base64')
    return message([
        'From: ' + addr('Городнянська РДА', 'rda-horodnia@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Питання щодо інформації по плану ВУ', 'windows-1251'),
        '@DATE',
        'Message-ID: <000301cdc8a5$12f3b6e0$38db24a0$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Office Outlook 12.0',
        'Thread-Index: Ac3IpRLmRk2x6Zx1Sj6YyB1oGq0a8A==',
        'Content-Language: uk',
    ], root, local, queue_id='D6A91E0F34')


def ics_fold(text):
    out = []
    for line in text.split('\n'):
        b = line.encode('utf-8')
        first = True
        while b:
            lim = 75 if first else 74
            cut = min(lim, len(b))
            while cut < len(b) and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(('' if first else ' ') + b[:cut].decode('utf-8'))
            b = b[cut:]
            first = False
        if not line:
            out.append('')
    return '\r\n'.join(out)


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "An Outlook meeting request (text/calendar and invite.ics) to the seminar that is itself measure 13's subject: it names point 13 and the audience of deputy heads, but the seminar is still to come.",
       "items": []}


@mail(KEY)
def nr02_cppk():
    local = T(2013, 2, 5, 10, 0, 21)
    text = """Шановні колеги!

На виконання п. 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» Чернігівський центр перепідготовки та підвищення кваліфікації запрошує 20 лютого 2013 року о 10:00 на навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства: організація консультацій з громадськістю» для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю.

Місце проведення: м. Чернігів, вул. Шевченка, 16, ауд. 302.
Тривалість: 10:00 – 16:30 (8 навчальних годин).

Просимо до 15.02.2013 поінформувати структурні підрозділи облдержадміністрації та надати список учасників (ПІБ, посада, телефон) на адресу cppk@example.gov.ua.

З повагою,
Сидоренко Марина Олегівна
заступник директора з навчальної роботи
Чернігівського центру перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій
тел. (0462) 67-52-14
"""
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:FLE Standard Time
BEGIN:STANDARD
DTSTART:16010101T040000
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Сидоренко Марина Олегівна:MAILTO:cppk@example.gov.ua
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net
DESCRIPTION;LANGUAGE=uk-UA:Навчальний семінар для заступників керівників структурних підрозділів облдержадміністрації\\, відповідальних за організацію консультацій з громадськістю (п. 13 Плану заходів «Відкритий уряд»). Список учасників - до 15.02.2013.\\n
SUMMARY;LANGUAGE=uk-UA:Семінар: інструменти політики сприяння розвитку громадянського суспільства
DTSTART;TZID=FLE Standard Time:20130220T100000
DTEND;TZID=FLE Standard Time:20130220T163000
UID:040000008200E00074C5B7101A82E00800000000D0A6C5B48503CE01000000000000000010000000A3F1C2B4D5E6F708192A3B4C5D6E7F80
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20130205T080021Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=uk-UA:ЦППК\\, м. Чернігів\\, вул. Шевченка\\, 16\\, ауд. 302
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    ics_bytes = ics_fold(ics.rstrip('\n')).encode('utf-8') + b'\r\n'
    cal = Part(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
                'Content-Transfer-Encoding: base64'], b64(ics_bytes))
    alt = multipart('alternative', [
        text_part(text, charset='utf-8'),
        text_part(html_from_text(text, word=True), 'html', 'utf-8'),
        cal,
    ], '_000_A1B2C3D4E5F60718293A4B5C6D7E8F90mailexamplegovua_')
    root = multipart('mixed', [
        alt,
        file_part('invite.ics', ics_bytes, 'application/ics', style='ascii'),
    ], '_002_A1B2C3D4E5F60718293A4B5C6D7E8F90mailexamplegovua_')
    return message([
        'From: ' + addr('Сидоренко Марина Олегівна', 'cppk@example.gov.ua', 'utf-8'),
        'To: "uvp@cg.ukrtel.net" <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Семінар 20.02.2013: інструменти політики сприяння розвитку громадянського суспільства', 'utf-8'),
        'Thread-Topic: ' + ' '.join(enc_words('Семінар 20.02.2013', 'utf-8')),
        'Thread-Index: Ac4Dhb2bUvOeTnQ7R5iXy0k2r1Ccpw==',
        '@DATE',
        'Message-ID: <A1B2C3D4E5F60718293A4B5C6D7E8F90@mail.example.gov.ua>',
        'Accept-Language: uk-UA, ru-RU, en-US',
        'Content-Language: uk-UA',
        'X-MS-Has-Attach: yes',
        'X-MS-TNEF-Correlator:',
        'MIME-Version: 1.0',
    ], root, local, queue_id='8E2C4F61A0')


KEY = {"class": "not_report", "executor": "su-osvita", "period": 3, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "A request for more time that lists the points still to be answered and explains the workload (collegium, olympiads, consultations for schools) in the plan's own words without reporting on any point.",
       "items": []}


@mail(KEY)
def nr03_osvita():
    local = T(2013, 12, 13, 16, 20, 33)
    text = """Шановна Світлано Олександрівно!

Управління освіти і науки облдержадміністрації просить продовжити термін подання інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року до 20 грудня 2013 року.

Затримка пов'язана з тим, що в управлінні до 18.12.2013 триває планова перевірка Державної фінансової інспекції, 18 грудня відбудеться засідання колегії управління за підсумками року, а працівники відділу, відповідального за підготовку інформації, задіяні в проведенні ІІ етапу Всеукраїнських учнівських олімпіад та консультаціях для шкіл щодо підготовки до зовнішнього незалежного оцінювання.

Інформацію щодо пунктів 1, 6, 7, 8, 9, 12 буде надано в повному обсязі.

З повагою
заступник начальника управління освіти і науки облдержадміністрації
Ю.В. Марченко
тел. (0462) 67-51-09
"""
    root = text_part(text, charset='utf-8', cte='base64',
                     ctype_fmt='text/plain; charset=utf-8')
    return message([
        'Date: ' + rfc2822(local),
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'Про продовження терміну подання інформації (Відкритий уряд)', 'utf-8'),
        'From: ' + addr('Управління освіти і науки', 'osvita@example.gov.ua', 'utf-8'),
        'Organization: ' + enc_words('Управління освіти і науки ОДА', 'utf-8', 'B', 400)[0],
        'Content-Type: text/plain; charset=utf-8',
        'MIME-Version: 1.0',
        'Message-ID: <op.w7ybd3kp0t3lq2@osvita-pc5>',
        'User-Agent: Opera Mail/12.16 (Win32)',
    ], _only(root, 'Content-Transfer-Encoding: base64'), local, queue_id='F13D7A2B08')


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "The coordinator announces the public discussion of the plan's implementation (measure 15's very subject) with an agenda numbered 1–4 that mentions points 6, 7 and 9; nothing has happened yet.",
       "items": []}


@mail(KEY)
def nr04_coordinator():
    local = T(2013, 11, 20, 12, 40, 9)
    text = """Шановні колеги!

Повідомляю, що 28 листопада 2013 року о 14:00 у великій залі облдержадміністрації (м. Чернігів, вул. Шевченка, 7) відбудеться громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», яке організовується спільно з управлінням з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації та Громадською радою.

Орієнтовний порядок денний:
1. Про стан виконання Плану заходів у 2013 році (доповідач - управління з питань внутрішньої політики).
2. Досвід райдержадміністрацій щодо проведення консультацій з громадськістю та залучення громадських рад до обговорення проектів рішень (пп. 6, 7, 9 Плану) - 3 виступи до 7 хв.
3. Пропозиції інститутів громадянського суспільства до плану дій на 2014 рік.
4. Різне.

Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада», участь уже підтвердили представники 23 громадських організацій. Прохання поширити інформацію серед структурних підрозділів та райдержадміністрацій.

-- 
З повагою,
Олександр Мартинюк
регіональний координатор Партнерства «Відкритий уряд» у Чернігівській області
моб. 067 462 18 05
"""
    root = text_part(text, charset='KOI8-U', cte='8bit', flowed=True)
    return message([
        'Message-ID: <528C9129.6010405@example.org.ua>',
        '@DATE',
        'From: ' + addr('Олександр Мартинюк', 'ogp-coordinator@example.org.ua', 'KOI8-U'),
        'User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:24.0) Gecko/20100101 Thunderbird/24.1.0',
        'MIME-Version: 1.0',
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'Громадське обговорення виконання плану ВУ - 28.11.2013', 'KOI8-U'),
    ], root, local, queue_id='6A4D2E9B71')


KEY = {"class": "not_report", "executor": "su-kapbud", "period": 2, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "A one-screen phone note: the information on pp. 1, 6, 7, 8, 9, 12 is ready and «на підписі», it will be sent on 18–19 June — a promise, not a report.",
       "items": []}


@mail(KEY)
def nr05_kapbud():
    local = T(2013, 6, 14, 17, 30, 46)
    text = """Доброго дня!
Інформацію управління капітального будівництва щодо виконання плану заходів «Відкритий уряд» (пп. 1, 6, 7, 8, 9, 12) підготовлено, вона знаходиться на підписі у начальника управління, який перебуває у відрядженні до 18.06. Надішлемо 18-19 червня. Вибачте за затримку.

Сахно В., УКБ ОДА, 067 731 44 20

Відправлено з мого Samsung Galaxy
"""
    root = text_part(text, charset='UTF-8', cte='8bit', ctype_fmt='text/plain; charset=UTF-8')
    return message([
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=UTF-8',
        'User-Agent: K-9 Mail for Android',
        'Subject: ' + ' '.join(enc_words('Відкритий уряд - УКБ', 'UTF-8')),
        'From: ' + addr('Сахно Валентина', 'kapbud@example.gov.ua', 'UTF-8'),
        '@DATE',
        'To: uvp@cg.ukrtel.net',
        'Message-ID: <7f3c1e8a-4b2d-4c6f-9e1a-2d3b4c5e6f70@email.android.com>',
    ], _only(root, 'Content-Transfer-Encoding: 8bit'), local, queue_id='A7E0C3B592')
# =======================================================================================
# 4. rg — ranges and lists of measure numbers

KEY = {"class": "ranges", "executor": "rda-mena", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The plan-number cell holds «6–7, 9» for one joint answer (council sessions, drafts discussed, members put on a commission), «10, 12» and «2, 8» only carry dashes; «2013-2020» in a programme name is no range.",
       "items": [{"measure": 1, "source": "Мена_ВУ_1пів2013.xls"},
                 {"measure": 6, "source": "Мена_ВУ_1пів2013.xls"},
                 {"measure": 7, "source": "Мена_ВУ_1пів2013.xls"},
                 {"measure": 9, "source": "Мена_ВУ_1пів2013.xls"}]}


@mail(KEY)
def rg01_mena():
    local = T(2013, 6, 12, 15, 3, 38)
    text = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Менська районна державна адміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року (додається на 1 арк.).

З повагою
Мазур Людмила Іванівна
завідувач сектору взаємодії з громадськістю відділу організаційної роботи
апарату Менської районної державної адміністрації
15600, м. Мена, вул. Сіверський шлях, 1
тел. (04644) 2-14-50
"""
    root = multipart('mixed', [
        text_part(text, charset='windows-1251'),
        file_part('Мена_ВУ_1пів2013.xls', att('rg01_mena.xls'), 'application/vnd.ms-excel',
                  style='2047B', charset='windows-1251'),
    ], '----=_NextPart_000_0009_01CE6770.2C4D1E80')
    return message([
        'From: ' + addr('Менська РДА', 'rda-mena@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Мена - інформація ВУ І півріччя 2013', 'windows-1251'),
        '@DATE',
        'Message-ID: <000801ce6757$2c4d1e80$0a01a8c0@mazur>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Office Outlook 11',
        'Thread-Index: Ac5nVyxN4R2vZ0m1SjyBtqg5hPj7aQ==',
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157',
    ], root, local, queue_id='4C9B2E7A13')


KEY = {"class": "ranges", "executor": "su-apk", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "«По пп. 6–9, 12» introduces one block that counts for all five; «П. 1 – постійно» only repeats the plan's term; the anti-corruption plan's own «п. 1.2, 2.3, 3.1, 4.4» and «з 1 по 15 листопада» are not measures.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def rg02_apk():
    local = T(2013, 11, 29, 10, 22, 50)
    text = """Шановні колеги!

Головне управління агропромислового розвитку облдержадміністрації на виконання доручення облдержадміністрації від 05.11.2013 № 01-12/4710 надає інформацію про виконання заходів за ІІ півріччя 2013 року.

I. Щодо Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»

По пп. 6–9, 12 Плану повідомляємо: головним управлінням 15.10.2013 проведено консультації з громадськістю у формі публічного обговорення проекту Програми розвитку сільськогосподарської дорадчої діяльності в області на 2014–2016 роки (27 учасників, з них 11 – представники фермерських об'єднань); представники Асоціації фермерів та приватних землевласників області і голова комітету з питань агропромислового комплексу Громадської ради при облдержадміністрації Литвак М.С. входять до складу колегії та дорадчої ради при головному управлінні; проект зазначеної Програми до винесення на колегію розглянуто на засіданні комітету Громадської ради 22.10.2013. Громадських експертиз у звітному періоді не проводилось, запитів від громадських організацій не надходило.

П. 1 – постійно.

II. Щодо Плану заходів щодо запобігання і протидії корупції в органах виконавчої влади області на 2013 рік

п. 1.2. Юридичним сектором проведено антикорупційну експертизу 18 проектів наказів головного управління; корупціогенних чинників не виявлено.
п. 2.3. Забезпечено прозорість процедур державних закупівель: інформація про 9 процедур оприлюднена на веб-порталі Уповноваженого органу з питань закупівель.
п. 3.1. Розглянуто 34 звернення громадян, з них 2 – щодо можливих порушень при передачі земель в оренду; факти не підтвердились.
п. 4.4. З 1 по 15 листопада проведено навчання працівників головного управління з питань декларування доходів та дотримання антикорупційних обмежень (46 осіб).

З повагою
Грищенко Валентина Миколаївна
начальник відділу організаційно-кадрової роботи
Головного управління агропромислового розвитку
Чернігівської обласної державної адміністрації
тел. (0462) 67-62-35, 67-62-30 (факс)
www.agro.cn.ua

Повідомлення може містити службову інформацію. Якщо Ви не є адресатом, просимо повідомити відправника і видалити лист.
"""
    alt = multipart('alternative', [
        text_part(text, charset='utf-8', cte='base64'),
        text_part(html_from_text(text, word=True), 'html', 'utf-8', cte='base64'),
    ], '----=_NextPart_000_0112_01CEECEA.B5F0A3C0')
    return message([
        'From: ' + addr('Грищенко Валентина Миколаївна', 'apk@example.gov.ua', 'utf-8'),
        'To: <uvp@cg.ukrtel.net>',
        'Cc: ' + addr('Литвак М.С.', 'lytvak.ms@ukr.net', 'utf-8'),
        hdr('Subject', 'ГУАПР: інформація за ІІ півріччя 2013 (Відкритий уряд, антикорупційний план)', 'utf-8'),
        '@DATE',
        'Message-ID: <011101ceecd9$b5f0a3c0$21d1eb40$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 14.0',
        'Thread-Index: Ac7s2bXw8hY5Ee2nQXaPvK1jLm3S8w==',
        'Content-Language: uk',
    ], alt, local, queue_id='2F7A0D9E61')


KEY = {"class": "ranges", "executor": "rda-talalaivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A Russian .doc answering «По пунктам 1 и 6» and «По пунктам 7 и 9» as blocks, «10, 12 — не касается», then a reference section on citizens' appeals that mentions the hot line and «консультации» without reporting on them; the cover note lists points only to hand the file over.",
       "items": [{"measure": 1, "source": "Информация Талалаевка.doc"},
                 {"measure": 6, "source": "Информация Талалаевка.doc"},
                 {"measure": 7, "source": "Информация Талалаевка.doc"},
                 {"measure": 9, "source": "Информация Талалаевка.doc"}]}


@mail(KEY)
def rg03_talalaivka():
    local = T(2012, 12, 14, 16, 55, 2)
    text = """Добрый день!

Талалаевская райгосадминистрация направляет информацию о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области (Открытое правительство) по пунктам 1, 6, 7, 9 (во вложении).

Исполнитель: Гаврилюк Светлана Николаевна, отдел организационной работы аппарата Талалаевской РГА, тел. (04634) 2-13-48
"""
    root = multipart('mixed', [
        text_part(text, charset='koi8-r'),
        file_part('Информация Талалаевка.doc', att('rg03_talalaivka.doc'), 'application/msword',
                  style='2047Q', charset='koi8-r'),
    ], '----=_NextPart_000_0005_01CDDA2E.7F3B9C00')
    return message([
        'Message-ID: <000801cdda1d$7f3b9c00$6401a8c0@gavryliuk>',
        'From: ' + addr('Талалаевская РГА', 'rda-talalaivka@example.gov.ua', 'koi8-r'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Информация Открытое правительство', 'koi8-r'),
        '@DATE',
        'MIME-Version: 1.0',
        'X-Priority: 3',
        'X-MSMail-Priority: Normal',
        'X-Mailer: Microsoft Outlook Express 6.00.2900.5512',
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512',
    ], root, local, queue_id='93D1B4F0A8')


KEY = {"class": "ranges", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A quarterly .docx whose plan section opens with «п.п. 1, 6 – 9.» for one block (counting 1, 6, 7, 8, 9), answers «п. 12» with a denial that names the review, and «п. 2 — без змін»; «1–2 кварталів», «2013-2016» and «№ 996» elsewhere are not measures, and the cover note's «п.п. 1, 6-9, 12» only hands the file over.",
       "items": [{"measure": 1, "source": "Інформація_УПСЗН_червень 2013.docx"},
                 {"measure": 6, "source": "Інформація_УПСЗН_червень 2013.docx"},
                 {"measure": 7, "source": "Інформація_УПСЗН_червень 2013.docx"},
                 {"measure": 8, "source": "Інформація_УПСЗН_червень 2013.docx"},
                 {"measure": 9, "source": "Інформація_УПСЗН_червень 2013.docx"},
                 {"measure": 12, "source": "Інформація_УПСЗН_червень 2013.docx"}]}


@mail(KEY)
def rg04_sotszakhyst():
    local = T(2013, 6, 14, 12, 44, 19)
    text = """Добрий день!

Надсилаємо інформацію управління праці та соціального захисту населення облдержадміністрації про виконання заходів за І півріччя 2013 року, у т.ч. щодо п.п. 1, 6-9, 12 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (розділ 2 додатку).

Додаток: на 3 арк.

З повагою,
Пилипенко Оксана
відділ організаційної роботи та контролю
управління праці та соціального захисту населення
Чернігівської облдержадміністрації
тел. (0462) 67-35-71
"""
    alt = multipart('alternative', [
        text_part(text, charset='windows-1251'),
        text_part(html_from_text(text, word=True, charset='windows-1251'), 'html', 'windows-1251'),
    ], '----=_NextPart_001_0057_01CE68FA.0E1B7D30')
    root = multipart('mixed', [
        alt,
        file_part('Інформація_УПСЗН_червень 2013.docx', att('rg04_sotszakhyst.docx'),
                  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  style='2047B', charset='utf-8'),
    ], '----=_NextPart_000_0056_01CE68FA.0E1B7D30')
    return message([
        'From: ' + addr('Пилипенко Оксана', 'sotszakhyst@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'інформація УПСЗН (Відкритий уряд) І півріччя', 'windows-1251'),
        '@DATE',
        'Message-ID: <005501ce68e9$0e1b7d30$2a527790$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Office Outlook 12.0',
        'Thread-Index: Ac5o6Q4Gm1Y0bVxQQxG1N0vC8pR2Ig==',
        'Content-Language: uk',
    ], root, local, queue_id='58E0A1C3D7')


KEY = {"class": "ranges", "executor": "rda-sosnytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The .ods answers «7 і 9» as one block and 6 alone; «1» is «без змін», «10, 12» a bare «не проводились»; the cover's «з 6 по 9» only points to the table, and the reference rows are counts.",
       "items": [{"measure": 6, "source": "Сосниця_відкритий уряд_ІІ пів 2013.ods"},
                 {"measure": 7, "source": "Сосниця_відкритий уряд_ІІ пів 2013.ods"},
                 {"measure": 9, "source": "Сосниця_відкритий уряд_ІІ пів 2013.ods"}]}


@mail(KEY)
def rg05_sosnytsia():
    local = T(2013, 12, 9, 14, 30, 11)
    text = """Доброго дня!

Сосницька РДА надсилає інформацію щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року. Інформацію щодо пунктів з 6 по 9 та інших пунктів Плану див. у таблиці (файл у форматі LibreOffice, якщо не відкриється - повідомте, перешлемо в Excel).

-- 
Коваль Наталія Іванівна
головний спеціаліст відділу організаційної роботи
апарату Сосницької районної державної адміністрації
тел. (04655) 2-13-92
"""
    root = multipart('mixed', [
        text_part(text, charset='UTF-8', cte='8bit', flowed=True),
        file_part('Сосниця_відкритий уряд_ІІ пів 2013.ods', att('rg05_sosnytsia.ods'),
                  'application/vnd.oasis.opendocument.spreadsheet', style='2047name+2231cont',
                  charset='UTF-8', fold=' '),
    ], '------------070305080905020708040206', preamble='This is a multi-part message in MIME format.')
    return message([
        'Message-ID: <52A5B7A3.3040800@example.gov.ua>',
        '@DATE',
        'From: ' + addr('Сосницька РДА', 'rda-sosnytsia@example.gov.ua', 'UTF-8'),
        'User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1',
        'MIME-Version: 1.0',
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'Сосниця - Відкритий уряд ІІ півріччя 2013', 'UTF-8'),
    ], root, local, queue_id='0D5E8B2A96')
# =======================================================================================
# 5. pr — prose without plan numbers

KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's whole quarterly report as a PDF: among elections, media monitoring, NGO registration consultations and council sessions only four paragraphs report on the plan (web resource, Open Door Day, seminar, guide); the forum is only planned and the hot line is left to the appeals department in the cover note.",
       "items": [{"measure": 3, "source": "Інформація УВП IV кв 2012.pdf"},
                 {"measure": 11, "source": "Інформація УВП IV кв 2012.pdf"},
                 {"measure": 13, "source": "Інформація УВП IV кв 2012.pdf"},
                 {"measure": 14, "source": "Інформація УВП IV кв 2012.pdf"}]}


@mail(KEY)
def pr01_uvp():
    local = T(2012, 12, 14, 17, 20, 27)
    text = """Колеги, добрий вечір.

Для узагальнення надсилаю інформацію про роботу управління у IV кварталі 2012 року (PDF, як погоджено з начальником управління), у тому числі щодо заходів Плану «Відкритий уряд», виконавцем яких визначено управління. Щодо «гарячої лінії» голови облдержадміністрації інформацію надасть відділ роботи із зверненнями громадян.

Гуменюк Петро Васильович
заступник начальника управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації
тел. (0462) 67-50-33
"""
    alt = multipart('alternative', [
        text_part(text, charset='windows-1251'),
        text_part(html_from_text(text, word=True, charset='windows-1251'), 'html', 'windows-1251'),
    ], '----=_NextPart_001_0020_01CDDA38.91A0E4B0')
    root = multipart('mixed', [
        alt,
        file_part('Інформація УВП IV кв 2012.pdf', att('pr01_uvp.pdf'), 'application/pdf',
                  style='2047B', charset='windows-1251'),
    ], '----=_NextPart_000_001F_01CDDA38.91A0E4B0')
    return message([
        'From: ' + addr('Гуменюк Петро', 'uvp-info@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Інформація УВП за IV квартал 2012 року', 'windows-1251'),
        '@DATE',
        'Message-ID: <001e01cdda27$91a0e4b0$b4e2ae10$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 14.0',
        'Thread-Index: Ac3aJ5GIq1Y2mVZ+QaiW5rBm7X2SzQ==',
        'Content-Language: uk',
    ], root, local, queue_id='C7F1A2E049')


KEY = {"class": "prose", "executor": "rda-korop", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A district half-year report in .docx with subject headings instead of numbers: one paragraph covers both 7 (members put on a commission) and 9 (members in a draft's discussion); the site appears again only as where reports and sessions were published, and collegium meetings and the hot line only in other sections.",
       "items": [{"measure": 1, "source": "Короп_інформація_І пів 2013.docx"},
                 {"measure": 6, "source": "Короп_інформація_І пів 2013.docx"},
                 {"measure": 7, "source": "Короп_інформація_І пів 2013.docx"},
                 {"measure": 9, "source": "Короп_інформація_І пів 2013.docx"}]}


@mail(KEY)
def pr02_korop():
    local = T(2013, 6, 10, 9, 40, 55)
    text = """Доброго дня!

Направляємо інформацію Коропської районної державної адміністрації про роботу у І півріччі 2013 року, в тому числі з питань відкритості та прозорості діяльності.

З повагою
Бабич Тетяна Володимирівна
керівник апарату Коропської районної державної адміністрації
тел./факс (04656) 2-13-09
"""
    root = multipart('mixed', [
        text_part(text, charset='windows-1251', cte='base64'),
        file_part('Короп_інформація_І пів 2013.docx', att('pr02_korop.docx'),
                  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  style='2047B', charset='windows-1251'),
    ], '----=_NextPart_000_0014_01CE65B8.1A2F3E40')
    return message([
        'From: ' + addr('Коропська РДА', 'rda-korop@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Короп - інформація', 'windows-1251'),
        '@DATE',
        'Message-ID: <001301ce65a7$1a2f3e40$4e8dbac0$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Office Outlook 12.0',
        'Thread-Index: Ac5lpxoB7k3W1dQVR1m4mHqLx0U9nA==',
        'Content-Language: uk',
    ], root, local, queue_id='6B2D9F0E85')


KEY = {"class": "prose", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The archive's nine-month report in .rtf: the site brought in line and a committee head put on the collegium count; the expert-review commission's «експертиза цінності документів», consultations to researchers, appeals and seminars for archivists do not.",
       "items": [{"measure": 1, "source": "arkhiv_vidkrytist_9mis2013.rtf"},
                 {"measure": 8, "source": "arkhiv_vidkrytist_9mis2013.rtf"}]}


@mail(KEY)
def pr03_arkhiv():
    local = T(2013, 10, 8, 11, 11, 36)
    text = """Доброго дня!

Державний архів Чернігівської області надсилає інформацію про основні напрями роботи за 9 місяців 2013 року, у тому числі щодо відкритості діяльності установи (файл у форматі RTF).

З повагою
Лукаш Ірина
сектор організаційної роботи Держархіву області
тел. (0462) 77-48-93
"""
    root = multipart('mixed', [
        text_part(text, charset='windows-1251', cte='8bit'),
        file_part('arkhiv_vidkrytist_9mis2013.rtf', att('pr03_arkhiv.rtf'), 'application/rtf',
                  style='ascii'),
    ], '----------1A3F0E2B9C4D1E7')
    return message([
        'Date: ' + rfc2822(local),
        'From: ' + addr('Держархів області', 'arkhiv@example.gov.ua', 'windows-1251'),
        'X-Mailer: The Bat! (v3.99.3) Professional',
        'Reply-To: ' + addr('Держархів області', 'arkhiv@example.gov.ua', 'windows-1251'),
        'Message-ID: <1915620834.20131008111136@example.gov.ua>',
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'Держархів - інформація за 9 місяців', 'windows-1251'),
        'MIME-Version: 1.0',
    ], root, local, queue_id='E4A07C1B3D')


KEY = {"class": "prose", "executor": "rda-pryluky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only Word mail: two prose paragraphs report 10 (commission on openness set up) and 12 (an NGO's public anti-corruption review); the anti-corruption programme section that follows has the legal department's own anti-corruption expertise and a working group on corruption, neither of which is measure 12 or 10.",
       "items": [{"measure": 10, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def pr04_pryluky():
    local = T(2012, 12, 11, 16, 5, 43)
    paras = [
        ('b', 'Про виконання заходів щодо відкритості та прозорості діяльності райдержадміністрації'),
        ('p', 'Прилуцька районна державна адміністрація інформує про роботу, проведену у ІІ півріччі 2012 року щодо підвищення рівня відкритості та прозорості діяльності органів виконавчої влади району.'),
        ('p', 'За рекомендацією райдержадміністрації на засіданні громадської ради при райдержадміністрації 22 листопада 2012 року утворено комісію з питань відкритості та прозорості діяльності органів влади у складі 7 осіб (голова комісії – Кириленко П.С.). Комісія затвердила план роботи на 2013 рік.'),
        ('p', 'Громадською організацією «Прилуцька ініціатива» проведено громадську антикорупційну експертизу проекту розпорядження голови райдержадміністрації «Про затвердження Порядку надання в оренду майна спільної власності територіальних громад району»; із 5 пропозицій експертів враховано 4, проект розпорядження доопрацьовано та прийнято 30.10.2012.'),
        ('b', 'Про виконання районної програми запобігання і протидії корупції на 2012 рік'),
        ('p', 'Юридичним відділом апарату райдержадміністрації проведено антикорупційну експертизу 37 проектів розпоряджень голови райдержадміністрації, корупціогенних факторів не виявлено. Проведено 2 засідання робочої групи з питань протидії корупції при райдержадміністрації (17.09.2012, 26.11.2012).'),
        ('p', 'З метою забезпечення прозорості процедур закупівель інформація про проведені торги розміщується на веб-порталі Уповноваженого органу з питань закупівель. Працівникам апарату та структурних підрозділів надано консультації щодо заповнення декларацій про майно, доходи, витрати і зобов’язання фінансового характеру за 2012 рік.'),
        ('p', 'Прийом громадян з питань, пов’язаних з можливими проявами корупції, здійснюється щопонеділка заступником голови райдержадміністрації; звернень за ІІ півріччя не надходило.'),
        ('p', ''),
        ('p', 'Перший заступник голови райдержадміністрації                    О.М. Кучер'),
        ('s', 'Виконавець: Демиденко Л.А., сектор взаємодії з громадськістю, (04637) 3-11-82'),
    ]
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    body = []
    for kind, t in paras:
        if kind == 'b':
            body.append('<p class=MsoNormal align=center style=\'text-align:center\'><b><span lang=UK '
                        'style=\'font-size:14.0pt;font-family:"Times New Roman","serif"\'>%s<o:p></o:p></span></b></p>' % esc(t))
        elif kind == 's':
            body.append('<p class=MsoNormal><span lang=UK style=\'font-size:10.0pt;font-family:"Times New Roman","serif"\'>%s<o:p></o:p></span></p>' % esc(t))
        else:
            body.append('<p class=MsoNormal style=\'text-align:justify;text-indent:35.45pt\'><span lang=UK '
                        'style=\'font-size:14.0pt;font-family:"Times New Roman","serif"\'>%s<o:p></o:p></span></p>'
                        % (esc(t).replace('  ', ' &nbsp;') if t else '&nbsp;'))
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)">\n<style>\n<!--\n'
            ' /* Font Definitions */\n @font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            ' /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri","sans-serif";}\n-->\n</style>\n</head>\n'
            '<body lang=RU link=blue vlink=purple>\n<div class=Section1>\n%s\n</div>\n</body>\n</html>\n' % '\n'.join(body))
    root = text_part(html, 'html', 'windows-1251')
    return message([
        'From: ' + addr('Прилуцька РДА', 'rda-pryluky@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Прилуцька РДА - відкритість і прозорість, антикорупційна програма', 'windows-1251'),
        '@DATE',
        'Message-ID: <000f01cdd7c1$2b9a6f30$82cf4d90$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Office Outlook 12.0',
        'Thread-Index: Ac3XwSuVp0mC1eWqS2ib7F5h8c2Jkw==',
        'Content-Language: uk',
    ], root, local, queue_id='1A6C3E8F27')


KEY = {"class": "prose", "executor": "zvernennia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The appeals department's ten-month review in .doc: only the paragraph on the head's «гаряча лінія» reports on the plan; the deputy heads' direct phone lines, the e-reception and the monthly summaries published on the site do not, and the cover note only names the hot line as a topic.",
       "items": [{"measure": 5, "source": "Інформація відділу звернень_10 міс 2013.doc"}]}


@mail(KEY)
def pr05_zvernennia():
    local = T(2013, 12, 4, 15, 33, 18)
    text = """Добрий день!

Надсилаємо інформацію відділу роботи із зверненнями громадян апарату облдержадміністрації про стан роботи із зверненнями громадян за 10 місяців 2013 року (у т.ч. щодо роботи «гарячої лінії» голови облдержадміністрації) - для узагальнення інформації про виконання плану заходів «Відкритий уряд».

З повагою
Овсієнко Ніна Василівна
завідувач відділу роботи із зверненнями громадян апарату облдержадміністрації
тел. (0462) 67-50-01
"""
    root = multipart('mixed', [
        text_part(text, charset='koi8-u'),
        file_part('Інформація відділу звернень_10 міс 2013.doc', att('pr05_zvernennia.doc'),
                  'application/msword', style='2231', charset='windows-1251'),
    ], '----------0C8E4A21D7F3B95')
    return message([
        'Date: ' + rfc2822(local),
        'From: ' + addr('Відділ звернень ОДА', 'zvernennia@example.gov.ua', 'koi8-u'),
        'X-Mailer: The Bat! (v4.0.24) Professional',
        'Reply-To: ' + addr('Відділ звернень ОДА', 'zvernennia@example.gov.ua', 'koi8-u'),
        'Message-ID: <731204588.20131204153318@example.gov.ua>',
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'звернення громадян - 10 місяців 2013', 'koi8-u'),
        'MIME-Version: 1.0',
    ], root, local, queue_id='85B3F0D6A2')
# =======================================================================================
# 6. fn — numbers that are not the plan's

KEY = {"class": "foreign_numbers", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The sheet's «№ з/п» column (1–7) runs beside the real «№ пункту Плану» column (1, 6, 7, 9, 10, 12, 16), so row 2 is point 6 and row 5 is point 10; the cover note numbers its enclosures 1–2 and promises the second.",
       "items": [{"measure": 1, "source": "Варва_план ВУ.xls"},
                 {"measure": 6, "source": "Варва_план ВУ.xls"},
                 {"measure": 9, "source": "Варва_план ВУ.xls"},
                 {"measure": 10, "source": "Варва_план ВУ.xls"}]}


@mail(KEY)
def fn01_varva():
    local = T(2012, 12, 7, 11, 25, 6)
    text = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Варвинська районна державна адміністрація на виконання розпорядження голови облдержадміністрації від 10.09.2012 № 412 направляє:
1. Інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (додаток 1, на 2 арк.).
2. Звіт про роботу громадської ради при райдержадміністрації за 2012 рік (додаток 2) - буде направлено окремим листом після засідання ради 20.12.2012.

Вих. № 01-23/1032 від 07.12.2012

Керівник апарату райдержадміністрації                  С.П. Борисенко

Мацюк Лариса Володимирівна, (04636) 2-15-03
"""
    root = multipart('mixed', [
        text_part(text, charset='windows-1251'),
        file_part('Варва_план ВУ.xls', att('fn01_varva.xls'), 'application/vnd.ms-excel',
                  style='2047B', charset='windows-1251'),
    ], '----=_NextPart_000_000B_01CDD464.5E2A1B90')
    return message([
        'From: ' + addr('Варвинська РДА', 'rda-varva@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Варва - план ВУ (вих. 01-23/1032)', 'windows-1251'),
        '@DATE',
        'Message-ID: <000a01cdd453$5e2a1b90$1e01a8c0@matsiuk>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Office Outlook 11',
        'Thread-Index: Ac3UU14qGb3VX1M0Rb+7dxK8qQ9wAQ==',
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157',
    ], root, local, queue_id='DB2E5A7C10')


KEY = {"class": "foreign_numbers", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A letter numbered 1.–4. whose paragraph 1 is measure 2 (the programmes rubric), 2 is measure 6 and 3 is measure 8; then «47 програм», «1) 2) 3) а) б)», «розділу 2.3», a letter number and «Пункти 7, 9, 12 – заходи не проводились», a bare placeholder list.",
       "items": [{"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 8, "source": "body"}]}


@mail(KEY)
def fn02_ekonomika():
    local = T(2013, 6, 5, 10, 50, 24)
    text = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Головне управління економіки облдержадміністрації на Ваш лист від 20.05.2013 № 03-14/911 щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» повідомляє.

1. На офіційному веб-сайті облдержадміністрації в рубриці «Хід виконання цільових програм» щокварталу розміщується зведена інформація про виконання 47 обласних цільових програм; за І квартал 2013 року інформацію оновлено 26.04.2013, за 2012 рік - 28.02.2013.

2. Проведено електронні консультації з громадськістю щодо проекту Стратегії розвитку Чернігівської області на період до 2020 року (01.03-15.04.2013; надійшло 63 пропозиції, з них враховано 41) та 3 публічні обговорення проекту у містах Ніжин, Прилуки, Новгород-Сіверський (16, 18 та 23 квітня 2013 року).

3. Голова комітету з питань економічного розвитку Громадської ради при облдержадміністрації Лук'яненко В.П. (за згодою) входить до складу колегії головного управління; у І півріччі 2013 року взяв участь у 2 засіданнях колегії.

4. Довідково про виконання Програми економічного і соціального розвитку області на 2013 рік за січень - квітень:
   1) індекс промислової продукції - 102,3 %;
   2) обсяг інвестицій в основний капітал - 612,4 млн грн;
   3) за заходами розділу 2.3 «Розвиток підприємництва»:
      а) проведено 4 ярмарки вакансій та 2 бізнес-форуми;
      б) регіональним фондом підтримки підприємництва надано 126 консультацій суб'єктам малого підприємництва.

Пункти 7, 9, 12 Плану - заходи не проводились.

Заступник начальника головного управління                    О.Г. Семенко

Виконавець: Руденко Ірина Сергіївна, 67-44-26
"""
    alt = multipart('alternative', [
        text_part(text, charset='windows-1251'),
        text_part(html_from_text(text, word=True, size='12.0pt', font='Times New Roman', charset='windows-1251'),
                  'html', 'windows-1251'),
    ], '----=_NextPart_000_0027_01CE61D6.9C3F4A20')
    return message([
        'From: ' + addr('Руденко Ірина', 'ekonomika@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'На лист від 20.05.2013 № 03-14/911', 'windows-1251'),
        '@DATE',
        'Message-ID: <002601ce61c5$9c3f4a20$d4bdde60$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 14.0',
        'Thread-Index: Ac5hxZwx1g8mO4eZTuq2B9YcXj0Kjw==',
        'Content-Language: uk',
    ], alt, local, queue_id='47C2E9B1F5')


KEY = {"class": "foreign_numbers", "executor": "rda-shchors", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The district reports on its own plan numbered 1.1–3.2, so 1.1 is measure 1, 2.1 is 6, 2.2 is 7 and 2.3 is 12, while 1.2 (press), 3.1 (a journalism contest) and 3.2 (appeals) are no measures; order numbers and counts abound.",
       "items": [{"measure": 1, "source": "Щорс_районний план_ВУ_ІІ пів.docx"},
                 {"measure": 6, "source": "Щорс_районний план_ВУ_ІІ пів.docx"},
                 {"measure": 7, "source": "Щорс_районний план_ВУ_ІІ пів.docx"},
                 {"measure": 12, "source": "Щорс_районний план_ВУ_ІІ пів.docx"}]}


@mail(KEY)
def fn03_shchors():
    local = T(2013, 12, 12, 14, 2, 45)
    text = """Доброго дня!

Щорська райдержадміністрація надсилає інформацію про виконання районного плану заходів з підвищення рівня відкритості та прозорості діяльності органів виконавчої влади, затвердженого на виконання обласного Плану заходів «Відкритий уряд», за ІІ півріччя 2013 року.

З повагою
Кисіль Олександр Петрович
керівник апарату Щорської районної державної адміністрації
тел. (04654) 2-12-40
"""
    alt = multipart('alternative', [
        text_part(text, charset='utf-8'),
        text_part(html_from_text(text, word=True), 'html', 'utf-8'),
    ], '----=_NextPart_001_0088_01CEF74C.2E1A9D50')
    root = multipart('mixed', [
        alt,
        file_part('Щорс_районний план_ВУ_ІІ пів.docx', att('fn03_shchors.docx'),
                  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  style='2047B', charset='utf-8'),
    ], '----=_NextPart_000_0087_01CEF74C.2E1A9D50')
    return message([
        'From: ' + addr('Щорська РДА', 'rda-shchors@example.gov.ua', 'utf-8'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Щорс - районний план ВУ, ІІ півріччя 2013', 'utf-8'),
        '@DATE',
        'Message-ID: <008601cef73b$2e1a9d50$8a4fd7f0$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 14.0',
        'Thread-Index: Ac73Oy4WqG5kT2NrQ5O1yB3c8mV7xw==',
        'Content-Language: uk',
    ], root, local, queue_id='9A1F6C3E82')


KEY = {"class": "foreign_numbers", "executor": "cppk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A CDO-script letter whose PDF reports the three seminars of measure 13 amid an order «№ 47-од», an outgoing «№ 214/01-08», a «№ з/п» table 1–3, programme «6.1» and counts; the body's «пункту 13» only hands the file over and its enclosure list 1–2 counts papers.",
       "items": [{"measure": 13, "source": "cppk_p13_2012.pdf"}]}


@mail(KEY)
def fn04_cppk():
    local = T(2012, 11, 30, 9, 30, 12)
    text = """Вих. № 214/01-08 від 30.11.2012

Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій надсилає інформацію щодо виконання пункту 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“».

Додатки:
1. Інформація на 2 арк.
2. Програма семінару на 1 арк.

Директор Центру М.І. Короленко

---
Лист сформовано автоматично системою електронного документообігу Центру. Відповідь просимо надсилати на адресу cppk@example.gov.ua.
"""
    root = multipart('mixed', [
        text_part(text, charset='utf-8', cte='base64'),
        file_part('cppk_p13_2012.pdf', att('fn04_cppk.pdf'), 'application/pdf', style='ascii', fold=' '),
    ], '----=_NextPart_000_0001_01CDCEE4.A7B2C510')
    return message([
        'Thread-Topic: ' + enc_words('Інформація щодо п. 13 Плану', 'utf-8', 'B', 400)[0],
        'From: ' + addr('ЦППК', 'cppk@example.gov.ua', 'utf-8'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Інформація щодо п. 13 Плану (вих. № 214/01-08)', 'utf-8'),
        '@DATE',
        'Message-ID: <A7B2C510D1E24F6B8C3D@cppk-docflow>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft CDO for Windows 2000',
        'Content-Class: urn:content-classes:message',
        'Importance: normal',
        'Priority: normal',
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17609',
    ], root, local, date_offset=0, queue_id='03E8D4B7C6')


KEY = {"class": "foreign_numbers", "executor": "rda-semenivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "An .xlsx with «№ з/п» 1–6 beside «Пункт Плану» 1, 6, 7, 9, 10, 12 and order numbers «№ 45», «№ 71», «№ 112» in the answers: 6, 7, 12 count; 1 is «—», 9 «без змін», 10 a bare «+»; the cover lists the points only to hand the file over.",
       "items": [{"measure": 6, "source": "Семенівка ВУ І пів 2013.xlsx"},
                 {"measure": 7, "source": "Семенівка ВУ І пів 2013.xlsx"},
                 {"measure": 12, "source": "Семенівка ВУ І пів 2013.xlsx"}]}


@mail(KEY)
def fn05_semenivka():
    local = T(2013, 6, 13, 16, 16, 29)
    text = """Семенівська РДА.
Інформація за І півріччя 2013 року (план ВУ, пункти 1, 6, 7, 9, 10, 12) у вкладенні.

Прокопенко Н.Г., керівник апарату
тел. (04659) 2-12-31
"""
    root = multipart('mixed', [
        text_part(text, charset='UTF-8', ctype_fmt='text/plain; charset=UTF-8; format=flowed'),
        file_part('Семенівка ВУ І пів 2013.xlsx', att('fn05_semenivka.xlsx'),
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                  style='2047name+2231cont', charset='UTF-8', fold=' '),
    ], '=_0b7e2c41d8f5a39e6c12d4f7a8b0e3c5')
    return message([
        'MIME-Version: 1.0',
        '@DATE',
        'From: rda-semenivka@example.gov.ua',
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'Семенівка ВУ', 'UTF-8', 'Q'),
        'Message-ID: <e41c7b20a9d358f1c6e2b4a0d7f9c813@example.gov.ua>',
        'X-Sender: rda-semenivka@example.gov.ua',
        'User-Agent: Roundcube Webmail/0.9.0',
    ], root, local, queue_id='B5D28E0A4F')
# =======================================================================================
# 7. pa — private boxes and borrowed boxes

KEY = {"class": "personal_address", "executor": "su-mistobuduvannia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from a specialist's gmail.com box late in the evening; the office is named only in the signature and the .odt (which opens with the addressee УВП); the consultation paragraph mentions a collegium meeting in passing, which is not measure 8.",
       "items": [{"measure": 1, "source": "Інформація УМА ВУ.odt"},
                 {"measure": 6, "source": "Інформація УМА ВУ.odt"},
                 {"measure": 9, "source": "Інформація УМА ВУ.odt"}]}


@mail(KEY)
def pa01_mistobuduvannia():
    local = T(2013, 5, 28, 21, 14, 7)
    text = """Доброго вечора!

Надсилаю з особистої пошти, бо службова не працює з п'ятниці (провайдер обіцяє відновити до кінця тижня).
Інформація управління містобудування та архітектури облдержадміністрації щодо плану заходів «Відкритий уряд» - у вкладенні. Оригінал з підписом передамо нарочним.

--
З повагою,
Дерев'янко Оксана Сергіївна
провідний спеціаліст відділу містобудівного кадастру
управління містобудування та архітектури Чернігівської облдержадміністрації
тел. (0462) 67-31-08
"""
    html = ('<div dir="ltr">' + ''.join('<div>%s</div>' % (l.replace('&', '&amp;').replace('<', '&lt;') or '<br>')
                                        for l in text.split('\n')[:-1]) + '</div>\n')
    alt = multipart('alternative', [
        text_part(text, charset='UTF-8', ctype_fmt='text/plain; charset=UTF-8'),
        text_part(html, 'html', 'UTF-8', ctype_fmt='text/html; charset=UTF-8'),
    ], '047d7b6d8a4e1c2d9f04ddcd1a7b')
    root = multipart('mixed', [
        alt,
        file_part('Інформація УМА ВУ.odt', att('pa01_mistobuduvannia.odt'),
                  'application/vnd.oasis.opendocument.text', style='2047B', charset='UTF-8', fold=' ',
                  extra=['X-Attachment-Id: f_hgq2k9x10']),
    ], '047d7b6d8a4e1c2da104ddcd1a7d')
    root.headers = ['Content-Type: multipart/mixed; boundary=047d7b6d8a4e1c2da104ddcd1a7d']
    alt.headers = ['Content-Type: multipart/alternative; boundary=047d7b6d8a4e1c2d9f04ddcd1a7b']
    return message([
        'MIME-Version: 1.0',
        'X-Received: by 10.180.36.212 with SMTP id s20mr1712093wij.37.1369764847313; Tue, 28 May 2013 11:14:07 -0700 (PDT)',
        '@DATE',
        'Message-ID: <CAGv3kPq8nWm2x-Yt7ZsUe0d4Jr1fQ6LcXb9A5oTkH2sDwEiR3g@mail.gmail.com>',
        'Subject: ' + ' '.join(enc_words('Інформація УМА - Відкритий уряд', 'UTF-8')),
        'From: ' + addr("Оксана Дерев'янко", 'oksana.derevianko78@gmail.com', 'UTF-8'),
        'To: uvp@cg.ukrtel.net',
    ], root, local, queue_id='F08A3D6C21')


KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "From a ukr.net box; the district is named only in the heading and the signature (genitive); each answer stands under the plan's quoted wording of its point: 1, 6, 7 count, 9 «Не проводилось.», 10 «—», 12 «Не було.» do not.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}]}


@mail(KEY)
def pa02_kulykivka():
    local = T(2012, 12, 14, 13, 37, 50)
    ans = {1: 'Офіційний веб-сайт райдержадміністрації у листопаді 2012 року приведено у відповідність до вимог постанови КМУ від 04.01.2002 № 3: створено розділи «Доступ до публічної інформації» та «Громадська рада», розміщено розпорядження голови райдержадміністрації за 2012 рік.',
           6: 'Проведено громадське обговорення проекту районного бюджету на 2013 рік (07.12.2012, 39 учасників) та консультації з громадськістю щодо проекту районної програми «Питна вода» (круглий стіл 15.11.2012).',
           7: 'До складу районної координаційної ради з питань безпеки дорожнього руху та районної комісії з питань захисту прав дитини включено по одному представнику громадської ради при райдержадміністрації.',
           9: 'Не проводилось.', 10: '—', 12: 'Не було.'}
    lines = ["Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації", '',
             'Інформація Куликівської районної державної адміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» станом на 13.12.2012', '']
    for n in (1, 6, 7, 9, 10, 12):
        lines += ['%d. %s' % (n, MEASURE[n]), ans[n], '']
    lines += ['Головний спеціаліст відділу організаційної роботи апарату Куликівської райдержадміністрації', 'Л.М. Сидоренко', '',
              "P.S. Надсилаю з особистої скриньки, бо службова переповнена і не відправляє вкладення. Оригінал передамо фельд'єгерською поштою."]
    text = '\n'.join(lines) + '\n'
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    html = '<html><body>' + ''.join(('<p>%s</p>' % esc(l)) if l else '<br>' for l in lines) + '</body></html>'
    root = multipart('alternative', [
        text_part(text, charset='utf-8', cte='base64', ctype_fmt='text/plain; charset="utf-8"'),
        text_part(html, 'html', 'utf-8', cte='base64', ctype_fmt='text/html; charset="utf-8"'),
    ], '----FREEMAIL-1355485070-0036-2138')
    return message([
        'From: ' + addr('Лариса', 'kulyk_orgviddil@ukr.net', 'utf-8'),
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'інформація Відкритий уряд', 'utf-8'),
        '@DATE',
        'Message-Id: <1355485070.519283000.kq2d0s1v@frv73.fwdcdn.com>',
        'X-Mailer: FREEMAIL',
        'X-Originating-Ip: [194.44.172.18]',
        'MIME-Version: 1.0',
    ], root, local, queue_id='27D9A4E1C8')


KEY = {"class": "personal_address", "executor": "gromrada", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The council's head writes from i.ua at night in HTML (windows-1251, 8bit) to УВП's head; 15 (the discussion held) and 4 (the forum working) count, the web resource is named only as the forum's home, the council's sessions report on no measure.",
       "items": [{"measure": 4, "source": "body"}, {"measure": 15, "source": "body"}]}


@mail(KEY)
def pa03_gromrada():
    local = T(2013, 12, 2, 22, 40, 31)
    paras = [
        'Шановна Світлано Олександрівно!',
        'Від імені Громадської ради при облдержадміністрації інформую управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації про виконання пунктів Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області, співвиконавцем яких визначено раду.',
        'Громадське обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області проведено 28 листопада 2013 року у великій залі облдержадміністрації спільно з управлінням та регіональним координатором Партнерства «Відкритий уряд»; взяли участь 64 особи, у тому числі представники 23 інститутів громадянського суспільства. Резолюцію з 11 пропозицій направлено голові облдержадміністрації.',
        'Інтернет-форум на веб-ресурсі «Чернігівська громада» працює: за ІІ півріччя створено 37 нових тем, найактивніші обговорення стосувались тарифів на тепло та стану доріг; модерування здійснює комісія ради з питань інформаційної політики.',
        'Окремо повідомляю, що за ІІ півріччя рада провела 6 засідань, розглянула 19 питань і підготувала 7 звернень до облдержадміністрації.',
        'Пишу з особистої пошти, оскільки службова скринька ради тимчасово недоступна.',
        'З повагою<br>Бережний Віктор Андрійович<br>голова Громадської ради при Чернігівській облдержадміністрації<br>моб. 050 314 77 02',
    ]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            '<body><div style="font-family:Arial;font-size:13px">' +
            ''.join('<p>%s</p>' % p for p in paras) +
            '</div><br><br>--<br><a href="http://www.i.ua/">Перша українська поштова служба - I.UA</a></body></html>\n')
    root = text_part(html, 'html', 'windows-1251', cte='8bit')
    return message([
        'Date: ' + rfc2822(local),
        'From: ' + addr('Бережний Віктор', 'v.berezhnyi@i.ua', 'windows-1251'),
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'Громадська рада - інформація по плану ВУ', 'windows-1251'),
        'Message-ID: <1386016831.4a7c0e2b5d9f1@i.ua>',
        'X-Mailer: I.UA Mail',
        'MIME-Version: 1.0',
    ], root, local, queue_id='C2B6E08F39')


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the registered box of another executor (the family, youth and sports department), which the cover names too; the report is the children's service's own: 1, 7, 12 count, 6 is bare, 8 «не стосується», 9 «—».",
       "items": [{"measure": 1, "source": "ССД_ВУ_ІІ пів 2013.xls"},
                 {"measure": 7, "source": "ССД_ВУ_ІІ пів 2013.xls"},
                 {"measure": 12, "source": "ССД_ВУ_ІІ пів 2013.xls"}]}


@mail(KEY)
def pa04_sluzhba_ditei():
    local = T(2013, 12, 11, 15, 0, 41)
    text = """Шановні колеги!

Надсилаємо інформацію служби у справах дітей облдержадміністрації щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року.

Лист надсилається з поштової скриньки управління у справах сім'ї, молоді та спорту облдержадміністрації у зв'язку з технічною несправністю скриньки служби.

Начальник служби у справах дітей облдержадміністрації                 Т.В. Гордієнко

Виконавець: Куценко А.О., (0462) 67-38-14
"""
    root = multipart('mixed', [
        text_part(text, charset='windows-1251'),
        file_part('ССД_ВУ_ІІ пів 2013.xls', att('pa04_sluzhba_ditei.xls'), 'application/vnd.ms-excel',
                  style='2047Q', charset='windows-1251'),
    ], '----=_NextPart_000_0044_01CEF693.8D1C2B70')
    return message([
        'From: ' + addr("Управління сім'ї, молоді та спорту", 'simia@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Служба у справах дітей - інформація ВУ', 'windows-1251'),
        '@DATE',
        'Message-ID: <004301cef682$8d1c2b70$1401a8c0@simia-sec>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Office Outlook 11',
        'Thread-Index: Ac72go0b5YQ2kRm3Tc+F0nWzqLk4XQ==',
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157',
    ], root, local, queue_id='6E0B3A9D54')


KEY = {"class": "personal_address", "executor": "su-zdorovia", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "A late Russian letter from a meta.ua box, the office named in the body («управления здравоохранения облгосадминистрации») and addressed to УВП by its Russian name; 6, 8 and the denial on anti-corruption reviews (12) count, the department's own «горячая линия» on medicines is not the head's hot line.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def pa05_zdorovia():
    local = T(2013, 6, 17, 8, 55, 20)
    text = """Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации

Информация управления здравоохранения облгосадминистрации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области в рамках реализации Инициативы «Партнерство «Открытое правительство» за I полугодие 2013 года.

Проведены общественные слушания по проекту региональной программы развития первичной медико-санитарной помощи на основе семейной медицины на 2013-2016 годы (14.03.2013, 57 участников) и электронные консультации с общественностью на официальном сайте облгосадминистрации (01.04-30.04.2013, поступило 22 предложения, учтено 9).

В состав коллегии управления введен председатель комитета по вопросам здравоохранения и социальной политики Общественного совета при облгосадминистрации Ткаченко Н.И. (по согласию), соответствующие изменения внесены в Положение об управлении (приказ от 22.02.2013 № 134).

Общественные антикоррупционные экспертизы проектов приказов управления в отчетном периоде не проводились, запросов от институтов гражданского общества не поступало.

Кроме того, по телефону «горячей линии» управления здравоохранения по вопросам лекарственного обеспечения за полугодие принято 412 звонков, по всем даны разъяснения.

С уважением,
Бондаренко Ирина Петровна
главный специалист отдела кадровой работы и делопроизводства
управления здравоохранения Черниговской облгосадминистрации
тел. (0462) 67-36-20

Извините, что с личной почты и с опозданием - служебная почта не работает с пятницы.
"""
    root = text_part(text, charset='windows-1251', cte='base64')
    return message([
        'From: ' + addr('Ирина Бондаренко', 'ira.bondarenko61@meta.ua', 'windows-1251'),
        'To: uvp@cg.ukrtel.net',
        hdr('Subject', 'информация упр. здравоохранения (Открытое правительство)', 'windows-1251'),
        '@DATE',
        'Message-ID: <51bea4c0.3f1e2a7b.meta@meta.ua>',
        'X-Mailer: META.UA Mail',
        'MIME-Version: 1.0',
    ], root, local, queue_id='40F7C1E9B3')
# =======================================================================================
# 8. mx — mixed

KEY = {"class": "mixed", "executor": "rda-ichnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The district re-sends as message/rfc822 its letter of 12.12 that bounced from a mistyped address, so the forwarded .doc (a whole quarterly report with the plan in one section) counts whole; the new cover adds point 12, the collegium, appeals and the ЦНАП open day in the .doc are no measures.",
       "items": [{"measure": 1, "source": "Ічнянська РДА_ВУ_IV кв.doc"},
                 {"measure": 6, "source": "Ічнянська РДА_ВУ_IV кв.doc"},
                 {"measure": 10, "source": "Ічнянська РДА_ВУ_IV кв.doc"},
                 {"measure": 12, "source": "body"}]}


@mail(KEY)
def mx01_ichnia():
    local = T(2012, 12, 14, 9, 5, 33)
    inner_text = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Надаємо інформацію про роботу Ічнянської районної державної адміністрації у IV кварталі 2012 року, у т.ч. щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (розділ 3).

Додаток: на 2 арк.

Виконавець: Кравченко Олена Петрівна, (04633) 2-18-56
"""
    inner_root = multipart('mixed', [
        text_part(inner_text, charset='windows-1251'),
        file_part('Ічнянська РДА_ВУ_IV кв.doc', att('mx01_ichnia.doc'), 'application/msword',
                  style='2047B', charset='windows-1251'),
    ], '----=_NextPart_000_0012_01CDD884.6F0E2A10')
    inner = inner_message([
        'Message-ID: <001101cdd873$6f0e2a10$3201a8c0@kravchenko>',
        'From: ' + addr('Ічнянська РДА', 'rda-ichnia@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.ua>',
        hdr('Subject', 'Інформація Ічнянської РДА (Відкритий уряд)', 'windows-1251'),
        'Date: ' + rfc2822(T(2012, 12, 12, 14, 27, 50)),
        'MIME-Version: 1.0',
        'X-Priority: 3',
        'X-MSMail-Priority: Normal',
        'X-Mailer: Microsoft Outlook Express 6.00.2900.5931',
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157',
    ], inner_root)
    text = """Добрий день!

Пересилаємо повторно наш лист від 12.12.2012 - він повернувся з помилкою доставки (в адресі було вказано uvp@cg.ukrtel.ua). Вибачте.

Додатково до п. 12: звернень інститутів громадянського суспільства щодо проведення громадської антикорупційної експертизи проектів розпоряджень голови райдержадміністрації не надходило, експертизи не проводились.

Кравченко О.П., відділ організаційної роботи апарату Ічнянської РДА, 2-18-56
"""
    root = multipart('mixed', [
        text_part(text, charset='windows-1251'),
        rfc822_part(inner, 'Informatsiia Ichnianskoi RDA.eml'),
    ], '----=_NextPart_000_0021_01CDD9E6.9B4D7C80')
    return message([
        'Message-ID: <002001cdd9d5$9b4d7c80$3201a8c0@kravchenko>',
        'From: ' + addr('Ічнянська РДА', 'rda-ichnia@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Fw: Інформація Ічнянської РДА (Відкритий уряд)', 'windows-1251'),
        '@DATE',
        'MIME-Version: 1.0',
        'X-Priority: 3',
        'X-MSMail-Priority: Normal',
        'X-Mailer: Microsoft Outlook Express 6.00.2900.5931',
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157',
    ], root, local, queue_id='A3C8E1F057')


KEY = {"class": "mixed", "executor": "uvp", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The cover note itself reports measure 15, while the attached work-plan table mixes the civil-society programme's rows with three plan rows (5, 10, 11); its own row for point 15 only says «Див. супровідний лист», and the fundraising training row is no seminar of measure 13.",
       "items": [{"measure": 5, "source": "УВП_звіт_ІІ пів 2013.xlsx"},
                 {"measure": 10, "source": "УВП_звіт_ІІ пів 2013.xlsx"},
                 {"measure": 11, "source": "УВП_звіт_ІІ пів 2013.xlsx"},
                 {"measure": 15, "source": "body"}]}


@mail(KEY)
def mx02_uvp():
    local = T(2013, 12, 13, 18, 2, 14)
    text = """Колеги, для узагальнення.

Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації повідомляє, що 28 листопада 2013 року спільно з Громадською радою при облдержадміністрації та регіональним координатором Партнерства «Відкритий уряд» проведено громадське обговорення виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (64 учасники, у т.ч. представники 23 інститутів громадянського суспільства). Резолюцію обговорення оприлюднено на веб-ресурсі «Чернігівська громада», 11 пропозицій враховано при підготовці проекту плану дій на 2014 рік.

Інформація щодо інших пунктів Плану, виконавцем яких визначено управління, - у звіті про виконання плану роботи управління за ІІ півріччя (додається).

П. Гуменюк
заступник начальника управління
тел. (0462) 67-50-33
"""
    alt = multipart('alternative', [
        text_part(text, charset='utf-8'),
        text_part(html_from_text(text, word=True), 'html', 'utf-8'),
    ], '----=_NextPart_001_00C1_01CEF83A.5D7E1B20')
    root = multipart('mixed', [
        alt,
        file_part('УВП_звіт_ІІ пів 2013.xlsx', att('mx02_uvp.xlsx'),
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                  style='2047B', charset='utf-8'),
    ], '----=_NextPart_000_00C0_01CEF83A.5D7E1B20')
    return message([
        'From: ' + addr('Гуменюк Петро', 'uvp-info@example.gov.ua', 'utf-8'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'УВП - обговорення виконання плану ВУ; звіт за ІІ півріччя', 'utf-8'),
        '@DATE',
        'Message-ID: <00bf01cef829$5d7e1b20$187b5160$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 14.0',
        'Thread-Index: Ac74KV1+2d9GQWf3QdSuNn0yT4Xk9g==',
        'Content-Language: uk',
    ], root, local, queue_id='5F2B8D0E93')


KEY = {"class": "mixed", "executor": "rda-borzna", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "A correction typed above the Outlook-quoted earlier report of 07.06: it restates point 9 with the right date and adds point 12; the quoted letter (1, 6, 7, 9) was counted when it came.",
       "items": [{"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@mail(KEY)
def mx03_borzna():
    local = T(2013, 6, 14, 11, 48, 57)
    earlier = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

Борзнянська районна державна адміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року.

п. 1. Офіційний веб-сайт райдержадміністрації функціонує відповідно до вимог законодавства, у травні 2013 року оновлено розділ «Громадська рада».
п. 6. Проведено громадське обговорення проекту районної програми розвитку фізичної культури і спорту на 2013-2017 роки (18.04.2013, 31 учасник).
п. 7. Двох членів громадської ради включено до складу районної комісії з питань евакуації.
п. 9. Проект розпорядження голови райдержадміністрації «Про затвердження районної програми розвитку фізичної культури і спорту на 2013-2017 роки» обговорено з членами громадської ради на засіданні 23.04.2013.
п. 10, 12 - не проводились.

Вих. № 01-14/982 від 07.06.2013

Заступник голови райдержадміністрації          М.В. Гайдай"""
    text = ("Уточнення до інформації Борзнянської РДА від 07.06.2013 № 01-14/982.\n\n"
            "У п. 9 помилково зазначено дату засідання громадської ради, слід читати: «Проект розпорядження голови райдержадміністрації «Про затвердження районної програми розвитку фізичної культури і спорту на 2013-2017 роки» обговорено з членами громадської ради на засіданні 23.05.2013 (а не 23.04.2013), пропозиції ради враховано».\n\n"
            "Також доповнюємо інформацію по п. 12: громадська організація «Борзнянський правозахисний центр» провела громадську антикорупційну експертизу проекту розпорядження «Про затвердження Порядку використання коштів районного фонду охорони навколишнього природного середовища» (висновок від 29.05.2013), пропозиції розглянуто на нараді у заступника голови райдержадміністрації, 3 з 4 враховано.\n\n"
            "З повагою\nГайдай Марина Віталіївна\nзаступник голови Борзнянської райдержадміністрації\nтел. (04653) 2-14-07\n\n"
            "-----Оригінальне повідомлення-----\nВід: Борзнянська РДА [mailto:rda-borzna@example.gov.ua] \n"
            "Надіслано: 7 червня 2013 р. 15:20\nКому: uvp@cg.ukrtel.net\nТема: Інформація Борзнянської РДА (Відкритий уряд)\n\n"
            + earlier + '\n')
    alt = multipart('alternative', [
        text_part(text, charset='windows-1251'),
        text_part(html_from_text(text, word=True, charset='windows-1251'), 'html', 'windows-1251'),
    ], '----=_NextPart_000_0070_01CE68F1.C6A2E3D0')
    return message([
        'From: ' + addr('Борзнянська РДА', 'rda-borzna@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        'References: <004a01ce6380$2b7f0e10$825d2a30$@example.gov.ua>',
        hdr('Subject', 'Уточнення: Інформація Борзнянської РДА (Відкритий уряд)', 'windows-1251'),
        '@DATE',
        'Message-ID: <006f01ce68e0$c6a2e3d0$53e8ab70$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Outlook 14.0',
        'Thread-Index: AQJq4NbE3m6T0a3yF2kV1lJkV2qzQZc1Xq2g',
        'Content-Language: uk',
    ], alt, local, queue_id='8C0D5B2F16')


KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Word HTML with an inline coat of arms and an inline photo reports 1, 6, 7 in the body; the attached PDF is the district's anti-corruption plan report (the legal sector's anti-corruption expertise, a working group, procurement, training) and reports on no measure.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}]}


@mail(KEY)
def mx04_novhorod():
    local = T(2013, 12, 5, 13, 25, 48)
    paras = [
        "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
        '',
        'Новгород-Сіверська районна державна адміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року.',
        'Офіційний веб-сайт. У жовтні 2013 року на офіційному веб-сайті райдержадміністрації оновлено розділи «Регуляторна політика» та «Публічна інформація», запроваджено версію сайту для людей з вадами зору.',
        'Консультації з громадськістю. 21.11.2013 проведено громадські слухання щодо проекту Програми соціально-економічного та культурного розвитку району на 2014 рік (74 учасники, фото нижче).',
        'Дорадчі органи. До складу районної координаційної ради з питань національно-патріотичного виховання та районної ради з питань туризму включено 3 представників громадських організацій («Сіверщина», «Спадщина», районна організація ветеранів України).',
        'Окремо надсилаємо звіт про виконання районного плану заходів щодо запобігання і протидії корупції на 2013 рік (додається).',
        '',
        'З повагою',
        'Ярмоленко Віктор Григорович',
        'керівник апарату Новгород-Сіверської районної державної адміністрації',
        'тел. (04658) 2-13-68',
    ]
    plain = '[герб]\nНовгород-Сіверська районна державна адміністрація\n\n' + '\n'.join(paras[:6]) + '\n[фото]\n' + '\n'.join(paras[6:]) + '\n'
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    P = lambda t: ('<p class=MsoNormal style=\'text-align:justify\'><span lang=UK style=\'font-size:12.0pt;'
                   'font-family:"Times New Roman","serif"\'>%s<o:p></o:p></span></p>' % (esc(t) if t else '&nbsp;'))
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
            '<meta name=Generator content="Microsoft Word 12 (filtered medium)">\n'
            '<style><!--\np.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri","sans-serif";}\n--></style>\n'
            '</head><body lang=UK link=blue vlink=purple><div class=Section1>\n'
            '<p class=MsoNormal align=center style=\'text-align:center\'><span lang=UK><img width=48 height=64 id="Picture_x0020_1" '
            'src="cid:image001.png@01CEF1B2.4E7A3C10" alt="gerb"><o:p></o:p></span></p>\n'
            '<p class=MsoNormal align=center style=\'text-align:center\'><b><span lang=UK style=\'font-size:13.0pt\'>'
            'Новгород-Сіверська районна державна адміністрація<o:p></o:p></span></b></p>\n' +
            '\n'.join(P(t) for t in paras[:6]) +
            '\n<p class=MsoNormal><span lang=UK><img width=160 height=120 id="Picture_x0020_2" '
            'src="cid:image002.png@01CEF1B2.4E7A3C10" alt="sluhannia"><o:p></o:p></span></p>\n' +
            '\n'.join(P(t) for t in paras[6:]) + '\n</div></body></html>\n')
    gerb = png(48, 64, lambda x, y: (20, 60, 170) if y < 32 else (240, 200, 30))
    photo = png(160, 120, lambda x, y: (90 + y // 2, 120 + y // 3, 200 - y // 2) if y < 60 else
                  ((150, 110, 70) if (x // 20 + y // 20) % 3 else (60, 90, 40)))
    related = multipart('related', [
        text_part(html, 'html', 'windows-1251'),
        file_part('image001.png', gerb, 'image/png', style='ascii', disposition='inline',
                  cid='image001.png@01CEF1B2.4E7A3C10'),
        file_part('image002.png', photo, 'image/png', style='ascii', disposition='inline',
                  cid='image002.png@01CEF1B2.4E7A3C10'),
    ], '----=_NextPart_002_0035_01CEF1C3.4E7A3C10', extra='\r\n\ttype="text/html"')
    alt = multipart('alternative', [
        text_part(plain, charset='windows-1251'),
        related,
    ], '----=_NextPart_001_0034_01CEF1C3.4E7A3C10')
    root = multipart('mixed', [
        alt,
        file_part('Звіт_антикорупційна програма_2013.pdf', att('mx04_novhorod.pdf'), 'application/pdf',
                  style='2047B', charset='windows-1251'),
    ], '----=_NextPart_000_0033_01CEF1C3.4E7A3C10')
    return message([
        'From: ' + addr('Новгород-Сіверська РДА', 'rda-novhorod-siverskyi@example.gov.ua', 'windows-1251'),
        'To: <uvp@cg.ukrtel.net>',
        hdr('Subject', 'Новгород-Сіверська РДА - Відкритий уряд ІІ півріччя 2013', 'windows-1251'),
        '@DATE',
        'Message-ID: <003201cef1b2$4e7a3c10$eb6eb430$@example.gov.ua>',
        'MIME-Version: 1.0',
        'X-Mailer: Microsoft Office Outlook 12.0',
        'Thread-Index: Ac7xsk5ySx0v3V9GTRybKmDPVE8b6g==',
        'Content-Language: uk',
    ], root, local, queue_id='D19A6F4C28')


def mislabel_q(text, label, codec):
    """An encoded-word whose label is wrong: bytes in codec, labelled as label (Outlook Express on a Western setting)."""
    out = []
    for b in text.encode(codec):
        c = chr(b)
        out.append('_' if c == ' ' else c if (33 <= b <= 126 and c not in '=?_"(),.:;<>@[\\]') else '=%02X' % b)
    s = ''.join(out)
    chunks = [s[i:i + 45] for i in range(0, len(s), 45)]
    fixed = []
    for ch in chunks:  # do not split an =XX escape
        if fixed and fixed[-1].endswith(('=', '=0', '=1', '=2', '=3', '=4', '=5', '=6', '=7', '=8', '=9',
                                         '=A', '=B', '=C', '=D', '=E', '=F')):
            cut = fixed[-1].rfind('=')
            ch = fixed[-1][cut:] + ch
            fixed[-1] = fixed[-1][:cut]
        fixed.append(ch)
    return '\r\n '.join('=?%s?Q?%s?=' % (label, c) for c in fixed if c)


KEY = {"class": "mixed", "executor": "su-simia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express labels the windows-1251 body and subject iso-8859-1; the body itself reports 8, the first attachment 1, 7, 9 (2 «х», 6 «—», 12 bare), the second is the Year of youth initiatives report (a youth «форум», a youth council, job «консультацій») with no measure.",
       "items": [{"measure": 1, "source": "dodatok1_VU.xls"},
                 {"measure": 7, "source": "dodatok1_VU.xls"},
                 {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "dodatok1_VU.xls"}]}


@mail(KEY)
def mx05_simia():
    local = T(2012, 10, 25, 15, 5, 39)
    text = """Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації

На Ваш лист від 12.10.2012 № 03-14/1820 надсилаємо інформацію управління у справах сім'ї, молоді та спорту облдержадміністрації щодо виконання Плану заходів «Відкритий уряд» (додаток 1) та звіт про проведення заходів обласного Року молодіжних ініціатив (додаток 2).

Окремо щодо п. 8: голову комітету з питань молодіжної політики, фізичної культури та спорту Громадської ради при облдержадміністрації Руденка А.В. (за згодою) введено до складу колегії управління наказом від 19.10.2012 № 181, зміни до Положення про управління підготовлено.

Начальник управління                     А.В. Демченко

Виконавець Примак Д.О. 67-29-51
"""
    root = multipart('mixed', [
        text_part(text, charset='iso-8859-1', codec='windows-1251'),
        file_part('dodatok1_VU.xls', att('mx05_simia.xls'), 'application/vnd.ms-excel', style='ascii'),
        file_part('dodatok2_Rik_molodi.doc', att('mx05_simia.doc'), 'application/msword', style='ascii'),
    ], '----=_NextPart_000_0007_01CDB2C4.1E5F3A70')
    return message([
        'Message-ID: <000601cdb2b3$1e5f3a70$0f01a8c0@prymak>',
        'From: "Prymak D." <simia@example.gov.ua>',
        'To: <uvp@cg.ukrtel.net>',
        'Subject: ' + mislabel_q('Інформація управління сім\'ї, молоді та спорту (ВУ)', 'iso-8859-1', 'windows-1251'),
        '@DATE',
        'MIME-Version: 1.0',
        'X-Priority: 3',
        'X-MSMail-Priority: Normal',
        'X-Mailer: Microsoft Outlook Express 6.00.2900.5512',
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512',
    ], root, local, queue_id='B06E2D8A71')

# =======================================================================================
# Attachments: converted once from attachments/src with LibreOffice, then kept.

CONVERT = {  # source -> converted file kept in attachments/
    'ph01_bakhmach.csv': 'ph01_bakhmach.xls',
    'ph02_finansy.csv': 'ph02_finansy.xlsx',
    'ph04_kultura.html': 'ph04_kultura.docx',
    'rg01_mena.csv': 'rg01_mena.xls',
    'rg03_talalaivka.html': 'rg03_talalaivka.doc',
    'rg04_sotszakhyst.html': 'rg04_sotszakhyst.docx',
    'rg05_sosnytsia.csv': 'rg05_sosnytsia.ods',
    'pr01_uvp.html': 'pr01_uvp.pdf',
    'pr02_korop.html': 'pr02_korop.docx',
    'pr03_arkhiv.html': 'pr03_arkhiv.rtf',
    'pr05_zvernennia.html': 'pr05_zvernennia.doc',
    'fn01_varva.csv': 'fn01_varva.xls',
    'fn03_shchors.html': 'fn03_shchors.docx',
    'fn04_cppk.html': 'fn04_cppk.pdf',
    'fn05_semenivka.csv': 'fn05_semenivka.xlsx',
    'pa01_mistobuduvannia.html': 'pa01_mistobuduvannia.odt',
    'pa04_sluzhba_ditei.csv': 'pa04_sluzhba_ditei.xls',
    'mx01_ichnia.html': 'mx01_ichnia.doc',
    'mx02_uvp.csv': 'mx02_uvp.xlsx',
    'mx04_novhorod.html': 'mx04_novhorod.pdf',
    'mx05_simia_xls.csv': 'mx05_simia.xls',
    'mx05_simia_doc.html': 'mx05_simia.doc',
}
FILTERS = {
    'xls': 'xls:MS Excel 97', 'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'ods': 'ods:calc8',
    'doc': 'doc:MS Word 97', 'docx': 'docx:MS Word 2007 XML', 'odt': 'odt:writer8',
    'rtf': 'rtf:Rich Text Format', 'pdf': 'pdf:writer_pdf_Export',
}


def convert(force=False):
    work = Path('/tmp/sheaf-work')
    work.mkdir(exist_ok=True)
    for src, out in CONVERT.items():
        target = ATT / out
        if target.exists() and not force:
            continue
        ext = out.rsplit('.', 1)[1]
        infilter = 'CSV:59,34,76,1' if src.endswith('.csv') else 'HTML (StarWriter)'
        tmp = work / 'conv'
        tmp.mkdir(exist_ok=True)
        stem_src = tmp / (out.rsplit('.', 1)[0] + '.' + src.rsplit('.', 1)[1])
        stem_src.write_bytes((SRC / src).read_bytes())
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://%s/lo' % work,
                        '--infilter=' + infilter, '--convert-to', FILTERS[ext], '--outdir', str(tmp),
                        str(stem_src)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        (tmp / out).replace(target)
        print('converted', src, '->', out, target.stat().st_size, 'bytes')


# =======================================================================================
# Build and check

def build():
    names = set()
    for name, key, fn in MAILS:
        data = fn()
        (HERE / (name + '.eml')).write_bytes(data)
        (HERE / (name + '.expected.json')).write_text(
            json.dumps(key, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
        names.add(name)
    print('built %d mails' % len(names))


def _filenames(msg):
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            if '=?' in fn:
                fn = ''.join(b.decode(c or 'ascii') if isinstance(b, bytes) else b for b, c in decode_header(fn))
            names.append(fn)
        if part.get_content_type() == 'message/rfc822':
            for sub in part.get_payload():
                names += _filenames(sub)
    return names


def check():
    errors = []
    seen_measures = set()
    counts = {}
    if len(MAILS) != 40:
        errors.append('expected 40 mails, have %d' % len(MAILS))
    for name, key, fn in MAILS:
        e = lambda msg: errors.append('%s: %s' % (name, msg))
        pre = name[:2]
        counts[pre] = counts.get(pre, 0) + 1
        if key.get('class') != CLASSES.get(pre):
            e('class %r does not match prefix %r' % (key.get('class'), pre))
        if key.get('executor') not in EXECUTORS:
            e('unknown executor %r' % key.get('executor'))
        if set(key) != {'class', 'executor', 'period', 'late', 'kind', 'reason', 'note', 'items'}:
            e('key fields %s' % sorted(key))
        items = key.get('items', [])
        if key.get('kind') == 'not_report':
            if key.get('reason') not in REASONS:
                e('reason %r' % key.get('reason'))
            if items:
                e('not_report with items')
        else:
            if key.get('kind') != 'report' or key.get('reason') is not None:
                e('kind/reason %r/%r' % (key.get('kind'), key.get('reason')))
            if not items:
                e('report without items')
        sk = [(i['measure'], i['source']) for i in items]
        if sk != sorted(sk) or len(set(sk)) != len(sk):
            e('items not sorted by (measure, source) or not unique')
        for i in items:
            if set(i) != {'measure', 'source'} or not (1 <= i['measure'] <= 15):
                e('bad item %r' % i)
            seen_measures.add(i['measure'])
        if not key.get('note'):
            e('no note')
        path = HERE / (name + '.eml')
        if not path.exists():
            e('no .eml built')
            continue
        raw = path.read_bytes()
        if re.search(rb'(?<!\r)\n', raw):
            e('bare LF in .eml')
        jpath = HERE / (name + '.expected.json')
        if not jpath.exists() or json.loads(jpath.read_text(encoding='utf-8')) != key:
            e('.expected.json missing or differs from KEY')
        if raw != fn():
            e('.eml differs from a fresh build')
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'Received'):
            if msg[h] is None:
                e('missing header ' + h)
        if MAILBOX not in (msg['To'] or ''):
            e('To is not the mailbox')
        date = email.utils.parsedate_to_datetime(str(msg['Date']))
        kd = to_kyiv(date)
        per, late = period_of(kd.date())
        if (per, late) != (key.get('period'), key.get('late')):
            e('period/late %r/%r but Date gives %r/%r' % (key.get('period'), key.get('late'), per, late))
        rcv = raw.split(b'\r\n\r\n', 1)[0].decode('ascii', 'replace')
        first = re.match(r'Received:(.*?)\r\n(?=\S)', rcv, re.S)
        if not rcv.startswith('Received:') or not first:
            e('Received is not the top header')
        else:
            rdate = email.utils.parsedate_to_datetime(first.group(1).rsplit(';', 1)[1].strip())
            delta = (rdate - date).total_seconds()
            if not (0 < delta <= 60) or to_kyiv(rdate).date() != kd.date():
                e('Received %s not a few seconds after Date on the same Kyiv day' % rdate)
        sender = (msg['From'].addresses[0].addr_spec or '').lower()
        if sender.endswith(('example.gov.ua', 'example.org.ua')) and sender not in REGISTERED.values():
            e('sender %s is not a registered address' % sender)
        files = _filenames(msg)
        for i in items:
            if i['source'] != 'body' and i['source'] not in files:
                e('source %r not among attachments %r' % (i['source'], files))
        for part in msg.walk():
            if part.get_filename() and len(part.get_payload(decode=True) or b'') > 60 * 1024:
                e('attachment over 60 KB')
            declared = str(part.get('Content-Type', '')).lower()
            if declared.startswith('multipart') and not part.is_multipart():
                e('a multipart that does not parse: %s' % declared[:60])
            if part.get_content_maintype() == 'text' and not part.get_filename():
                try:
                    part.get_payload(decode=True).decode(part.get_content_charset() or 'ascii')
                except (UnicodeDecodeError, LookupError) as x:
                    e('text part does not decode: %s' % x)
    plan_toml = Path('/work/main/config/plan.toml')
    if plan_toml.exists():  # cross-check the copied ids and addresses when the plan is at hand
        try:
            import tomllib
            plan = tomllib.loads(plan_toml.read_text(encoding='utf-8'))
            ids = {x['id']: [a.lower() for a in x.get('emails', [])] for x in plan['executor']}
            for name, key, _ in MAILS:
                if key['executor'] not in ids:
                    errors.append('%s: executor %r not in plan.toml' % (name, key['executor']))
            for ex, a in REGISTERED.items():
                if a not in ids.get(ex, []):
                    errors.append('registered address %s of %s not in plan.toml' % (a, ex))
        except ImportError:
            pass
    missing = set(range(1, 16)) - seen_measures
    if missing:
        errors.append('measures never keyed: %s' % sorted(missing))
    for pre in CLASSES:
        if counts.get(pre, 0) != 5:
            errors.append('class %s has %d mails' % (pre, counts.get(pre, 0)))
    for err in errors:
        print('ERROR', err)
    n_items = sum(len(k['items']) for _, k, _ in MAILS)
    print('%d mails, %d items, %d errors' % (len(MAILS), n_items, len(errors)))
    return not errors


if __name__ == '__main__':
    if '--convert' in sys.argv:
        convert(force='--force' in sys.argv)
    elif '--check' in sys.argv:
        sys.exit(0 if check() else 1)
    else:
        build()
