#!/usr/bin/env python3
"""make.py — builds the 40 mails of the "weave" corpus and their answer keys.

Python 3 standard library only.  Office attachments were converted once by attachments/build.py
(LibreOffice) and are only read here, so running this script again gives the same bytes.

    python3 make.py           # writes NAME.eml and NAME.expected.json, checks every key
    python3 make.py --stats   # also prints the totals used in README.md

Each mail's KEY literal stands directly above its builder; it was written before the text.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import os
import quopri
import re
import struct
import sys
import zlib
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, 'attachments')
KYIV = ZoneInfo('Europe/Kyiv')
UVP = 'uvp@cg.ukrtel.net'
PLAN_TOML = '/work/main/config/plan.toml'

CLASSES = {'ph': 'placeholder', 'bp': 'bottom_post', 'nr': 'not_report', 'rg': 'ranges',
           'pr': 'prose', 'fn': 'foreign_numbers', 'pa': 'personal_address', 'mx': 'mixed'}
REASONS = {'invitation', 'question', 'thanks', 'announcement', 'promise', 'extension_request'}
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
APPROVED = dt.date(2012, 9, 10)
GRACE = 3

# Executor ids as plan.toml gives them (used when plan.toml cannot be read).
EXECUTOR_IDS = [
    'uvp', 'gromrada', 'zvernennia', 'cppk', 'ogp-coordinator', 'su-osvita', 'su-zdorovia', 'su-kultura',
    'su-sotszakhyst', 'su-simia', 'su-apk', 'su-finansy', 'su-ekonomika', 'su-zhkh', 'su-kapbud',
    'su-ekolohiia', 'su-arkhiv', 'su-mistobuduvannia', 'su-sluzhba-ditei', 'rda-bakhmach',
    'rda-bobrovytsia', 'rda-borzna', 'rda-varva', 'rda-horodnia', 'rda-ichnia', 'rda-kozelets',
    'rda-korop', 'rda-koriukivka', 'rda-kulykivka', 'rda-mena', 'rda-nizhyn', 'rda-novhorod-siverskyi',
    'rda-nosivka', 'rda-pryluky', 'rda-ripky', 'rda-semenivka', 'rda-sosnytsia', 'rda-sribne',
    'rda-talalaivka', 'rda-chernihiv', 'rda-shchors']

# The plan's measures, verbatim (zvit quotes them in its reminders and receipts).
MEASURE = {
    1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
    2: "З метою підвищення прозорості влади, покращення доступу до інформації створити на офіційному сайті облдержадміністрації рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області».",
    6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
    8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
    9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
    10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
    12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
}
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN_TITLE = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"


# ------------------------------------------------------------------ zvit's own texts (quoted by offices)

def reminder_text(deadline, today, executor, missing):
    out = ['Шановні колеги!', '',
           'Нагадуємо, що відповідно до пункту 16 %s інформацію про його виконання необхідно надати до %s '
           'на адресу електронної пошти %s.' % (PLAN_TITLE, deadline, UVP), '',
           'Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:' % (today, executor)]
    for m in missing:
        out += ['', '  %d. %s' % (m, MEASURE[m])]
    out += ['', 'Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу '
                '«Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і '
                'раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, '
                'зазначивши номери пунктів плану.', '',
            'Просимо дотримуватися встановленого терміну.', '',
            'Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.',
            '', 'З повагою', OFFICE]
    return out


def receipt_text(received, subject, executor, period, deadline, recognised, missing):
    out = ['Шановні колеги!', '',
           '%s підтверджує отримання Вашого листа від %s «%s».' % (OFFICE, received, subject), '',
           'Виконавець: %s.' % executor,
           'Звітний період: %d-й (термін подання інформації — %s).' % (period, deadline), '',
           'Розпізнано інформацію щодо таких пунктів плану:']
    for m, ex in recognised:
        out.append('  • пункт %d: %s' % (m, ex))
    out += ['', 'За цей звітний період ще очікується інформація щодо пунктів плану:']
    for m in missing:
        out.append('  %d. %s' % (m, MEASURE[m]))
    out += ['', 'Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s.' % UVP,
            '', 'З повагою', OFFICE]
    return out


# ------------------------------------------------------------------ small deterministic helpers

def h(name, n=8, salt=''):
    return hashlib.sha1((salt + name).encode()).hexdigest()[:n]


def hx(name, n, salt=''):
    s = ''
    i = 0
    while len(s) < n:
        s += hashlib.sha1(('%s|%s|%d' % (salt, name, i)).encode()).hexdigest()
        i += 1
    return s[:n]


def kyiv(s):
    """'2012-12-12 15:47:03' (Kyiv wall time) -> aware datetime."""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=KYIV)


def rfc_date(d):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (days[d.weekday()], d.day, mons[d.month - 1], d.year,
                                                      d.hour, d.minute, d.second, '+' if mins >= 0 else '-',
                                                      abs(mins) // 60, abs(mins) % 60)


def ua_date(d, with_time=False):
    s = '%02d.%02d.%d' % (d.day, d.month, d.year)
    return s + (' %02d:%02d' % (d.hour, d.minute) if with_time else '')


# ------------------------------------------------------------------ encodings

def ew(s, charset='utf-8', mode='B', maxlen=60):
    """RFC 2047 encoded words (split on character boundaries), joined by CRLF-space folding."""
    words, chunk = [], ''
    for ch in s:
        test = chunk + ch
        raw = test.encode(charset)
        size = len(base64.b64encode(raw)) if mode == 'B' else len(_q(raw))
        if size > maxlen and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = test
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if mode == 'B':
            out.append('=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode()))
        else:
            out.append('=?%s?Q?%s?=' % (charset, _q(raw)))
    return '\n '.join(out)


def _q(raw):
    out = ''
    for b in raw:
        c = chr(b)
        if c == ' ':
            out += '_'
        elif c.isalnum() and b < 128:
            out += c
        elif c in '.-!*+/' and b < 128:
            out += c
        else:
            out += '=%02X' % b
    return out


def addr(name, mail, charset='utf-8', mode='B'):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, mail)
    return '%s <%s>' % (ew(name, charset, mode), mail)


def rfc2231(param, value, charset='utf-8', split=None):
    enc = ''.join(c if (c.isalnum() and ord(c) < 128) or c in '.-_' else
                  ''.join('%%%02X' % b for b in c.encode(charset)) for c in value)
    if not split:
        return "%s*=%s''%s" % (param, charset, enc)
    # continuations, never cutting a %XX triplet
    parts, cur = [], ''
    i = 0
    while i < len(enc):
        tok = enc[i:i + 3] if enc[i] == '%' else enc[i]
        if len(cur) + len(tok) > split and cur:
            parts.append(cur)
            cur = ''
        cur += tok
        i += len(tok)
    parts.append(cur)
    out = []
    for n, p in enumerate(parts):
        out.append("%s*%d*=%s%s" % (param, n, ("%s''" % charset) if n == 0 else '', p))
    return ';\n '.join(out)


def plain_quotes(s):
    """For charsets without typographic quotes (koi8-u/koi8-r)."""
    for a, b in (('«', '"'), ('»', '"'), ('„', '"'), ('“', '"'), ('”', '"'), ('’', "'"), ('№', 'N'),
                 ('—', '-'), ('–', '-'), ('•', '*'), ('…', '...')):
        s = s.replace(a, b)
    return s


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def bytes(self):
        return ''.join(x + '\n' for x in self.headers).encode('ascii') + b'\n' + self.body


def encode_body(raw, cte):
    raw = raw.replace(b'\r\n', b'\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    return raw


def text(content, subtype='plain', charset='utf-8', cte='quoted-printable', params='', declared=None,
         extra=(), encode_as=None):
    """declared: the charset written in the header (to mislabel); encode_as: bytes' real charset."""
    if isinstance(content, list):
        content = '\n'.join(content)
    if not content.endswith('\n'):
        content += '\n'
    raw = content.encode(encode_as or charset, 'xmlcharrefreplace' if subtype == 'html' else 'strict')
    cs = declared or charset
    hdrs = ['Content-Type: text/%s;%s\n\tcharset="%s"' % (subtype, params, cs) if cs else
            'Content-Type: text/%s%s' % (subtype, params),
            'Content-Transfer-Encoding: %s' % cte] + list(extra)
    return Part(hdrs, encode_body(raw, cte))


def multipart(subtype, parts, boundary, params='', preamble=None):
    b = boundary
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n'
    for p in parts:
        body += b'\n--' + b.encode() + b'\n' + p.bytes()
    body += b'\n--' + b.encode() + b'--\n'
    return Part(['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, b)], body)


def attachment(data, ctype, filename, style='ascii', charset='utf-8', disposition='attachment',
               extra=(), split=None, name_style=None, cte='base64'):
    """style: ascii | b | q (RFC 2047 in quotes) | 2231 (RFC 2231, split= for continuations)."""
    def quoted(param, st):
        if st == 'ascii':
            return '%s="%s"' % (param, filename)
        if st in ('b', 'q'):
            return '%s="%s"' % (param, ew(filename, charset, st.upper(), maxlen=60))
        return rfc2231(param, filename, charset, split)
    ns = name_style or (style if style != '2231' else 'b')
    hdrs = ['Content-Type: %s;\n\t%s' % (ctype, quoted('name', ns)),
            'Content-Transfer-Encoding: %s' % cte,
            'Content-Disposition: %s;\n\t%s' % (disposition, quoted('filename', style))] + list(extra)
    body = base64.encodebytes(data) if cte == 'base64' else data
    return Part(hdrs, body)


def att(name):
    with open(os.path.join(ATT, name), 'rb') as f:
        return f.read()


MIME = {'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'xls': 'application/vnd.ms-excel', 'doc': 'application/msword', 'rtf': 'application/rtf',
        'pdf': 'application/pdf', 'ods': 'application/vnd.oasis.opendocument.spreadsheet',
        'odt': 'application/vnd.oasis.opendocument.text'}


def message(name, date, frm, subject, body, to=None, client='outlook2010', subj_cs='utf-8', subj_mode='B',
            extra=(), msgid=None, received_from=None, delay=4, cc=None, in_reply_to=None):
    """Top-level headers + body Part.  date: Kyiv wall time string."""
    d = kyiv(date)
    r = d + dt.timedelta(seconds=delay)
    assert r.date() == d.date()
    to = to or UVP
    mid = msgid or '<%s@%s>' % (hx(name, 24), frm.split('@')[-1].rstrip('>'))
    host = received_from or ('mail.' + frm.split('@')[-1].rstrip('>'))
    ip = '198.51.100.%d' % (int(h(name, 4), 16) % 200 + 20)
    subj = subject if all(ord(c) < 128 for c in subject) else ew(subject, subj_cs, subj_mode)
    hdrs = ['Received: from %s (%s [%s])\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
            % (host, host, ip, hx(name, 10, 'q').upper(), UVP, rfc_date(r)),
            'From: %s' % frm, 'To: %s' % to]
    if cc:
        hdrs.append('Cc: %s' % cc)
    hdrs += ['Subject: %s' % subj, 'Date: %s' % rfc_date(d), 'Message-ID: %s' % mid]
    if in_reply_to:
        hdrs += ['In-Reply-To: %s' % in_reply_to, 'References: %s' % in_reply_to]
    hdrs += list(extra)
    hdrs.append('MIME-Version: 1.0')
    raw = ''.join(x + '\n' for x in hdrs).encode('ascii') + body.bytes()
    raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def outlook_ids(name, domain, ver='14.0'):
    a = hx(name, 8, 'o1')
    mid = '<%s01%s$%s$%s$@%s>' % ('0000', hx(name, 6, 'o2'), hx(name, 8, 'o3'), hx(name, 8, 'o4'), domain)
    ti = base64.b64encode(bytes.fromhex(hx(name, 44, 'ti'))).decode()
    mailer = {'14.0': 'Microsoft Outlook 14.0', '12.0': 'Microsoft Office Outlook 12.0',
              '11': 'Microsoft Office Outlook 11', '15.0': 'Microsoft Outlook 15.0'}[ver]
    extra = ['X-Mailer: %s' % mailer, 'Thread-Index: %s' % ti]
    if ver in ('14.0', '15.0'):
        extra.append('Content-Language: uk')
    if ver == '11':
        extra.append('X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157')
    return mid, extra, '----=_NextPart_000_%s_%s.%s' % (hx(name, 4, 'b1').upper(), '01CD' + hx(name, 4, 'b2').upper(),
                                                        hx(name, 8, 'b3').upper())


def tb_boundary(name, k=0):
    return '------------0%s' % ''.join(str(int(c, 16) % 10) for c in hx(name, 23, 'tb%d' % k))


# ------------------------------------------------------------------ HTML helpers

def ent(s):
    return html.escape(s, quote=False)


def html2text(src):
    """Rough text twin of an HTML body, the way mail clients make one."""
    s = re.sub(r'(?is)<!--\[if.*?<!\[endif\]-->', '', src)
    s = re.sub(r'(?is)<(style|head|script)\b.*?</\1>', '', s)
    s = re.sub(r'(?is)<!--.*?-->', '', s)
    s = re.sub(r'(?is)<!\[if !supportLists\]>|<!\[endif\]>', '', s)
    s = re.sub(r'(?is)<br\s*/?>', '\n', s)
    s = re.sub(r'(?is)</(p|div|tr|h\d|li|table|blockquote)>', '\n', s)
    s = re.sub(r'(?is)<(p|div|h\d|table|blockquote)\b[^>]*>', '', s)
    s = re.sub(r'(?is)</t[dh]>', '\t', s)
    s = re.sub(r'(?is)<[^>]+>', '', s)
    s = html.unescape(s).replace('\xa0', ' ')
    lines = [re.sub(r'[ \t]+$', '', re.sub(r'[ ]{2,}', ' ', l)) for l in s.split('\n')]
    out = []
    for l in lines:
        if l.strip() == '' and out and out[-1] == '':
            continue
        out.append(l.strip(' ') if not l.startswith('\t') else l)
    return '\n'.join(out).strip('\n') + '\n'


WORD_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%(cs)s"><meta name=Generator content="Microsoft Word %(wv)s (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Tahoma;
	panose-1:2 11 6 4 3 5 4 4 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:blue;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";}
span.EmailStyle17
	{mso-style-type:personal-%(kind)s;
	font-family:"Calibri","sans-serif";
	color:%(color)s;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri","sans-serif";
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
%(lists)s--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang=UK link=blue vlink=purple><div class=WordSection1>'''

WORD_LISTS = '''/* List Definitions */
@list l0
	{mso-list-id:%d;
	mso-list-type:hybrid;
	mso-list-template-ids:-1404958190 68747279 68747289 68747291 68747279 68747289 68747291 68747279 68747289 68747291;}
@list l0:level1
	{mso-level-text:"%s";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;%s}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
'''


def word_html(body, cs='windows-1251', wv='14', kind='compose', color='windowtext', lists=None):
    """lists: None, 'num' or 'bullet'."""
    lst = ''
    if lists == 'num':
        lst = WORD_LISTS % (1203385612, '%1.', '')
    elif lists == 'bullet':
        lst = WORD_LISTS % (802117385, '\\F0B7', '\n\tfont-family:Symbol;')
    head = WORD_HEAD % {'cs': cs, 'wv': wv, 'kind': kind, 'color': color, 'lists': lst}
    return head + body + '</div></body></html>'


def wp(s='', style=None, raw=False):
    inner = s if raw else ent(s)
    if not s:
        return '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
    st = " style='%s'" % style if style else ''
    return '<p class=MsoNormal%s>%s<o:p></o:p></p>\n' % (st, inner)


def wlist(items, kind='num', raw=False):
    out = []
    n = len(items)
    for i, it in enumerate(items):
        cls = 'MsoListParagraph' if n == 1 else ('MsoListParagraphCxSpFirst' if i == 0 else
                                                  'MsoListParagraphCxSpLast' if i == n - 1 else
                                                  'MsoListParagraphCxSpMiddle')
        if kind == 'num':
            mark = "<span style='mso-list:Ignore'>%d.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>" % (i + 1)
        else:
            mark = "<span style='font-family:Symbol'><span style='mso-list:Ignore'>&middot;<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
        out.append("<p class=%s style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>%s<![endif]>%s<o:p></o:p></p>\n"
                   % (cls, mark, it if raw else ent(it)))
    return ''.join(out)


def outlook_quote_block(lang, frm, sent, to, subject):
    """Outlook 2007/2010 header block above a quoted letter (no '>' marks)."""
    L = {'uk': ('Від:', 'Надіслано:', 'Кому:', 'Тема:'), 'ru': ('От:', 'Отправлено:', 'Кому:', 'Тема:')}[lang]
    return ("<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            "<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>%s</span></b>"
            "<span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'> %s<br><b>%s</b> %s<br><b>%s</b> %s<br>"
            "<b>%s</b> %s<o:p></o:p></span></p></div></div>\n"
            % (L[0], ent(frm), L[1], ent(sent), L[2], ent(to), L[3], ent(subject)))


def outlook_quote_plain(lang, frm, sent, to, subject):
    L = {'uk': ('Від:', 'Надіслано:', 'Кому:', 'Тема:'), 'ru': ('От:', 'Отправлено:', 'Кому:', 'Тема:')}[lang]
    return ['', '%s %s' % (L[0], frm), '%s %s' % (L[1], sent), '%s %s' % (L[2], to), '%s %s' % (L[3], subject), '']


def flowed(lines, width=72, prefix=''):
    """format=flowed text: long lines are soft-broken (trailing space), quoted lines keep their prefix."""
    out = []
    for line in lines:
        pre = prefix
        m = re.match(r'^(>+ ?)', line)
        if m:
            pre, line = prefix + m.group(1), line[len(m.group(1)):]
        if line == '':
            out.append(pre.rstrip() if pre else '')
            continue
        lead = re.match(r'^ *', line).group(0)
        words = line[len(lead):].split(' ')
        words[0] = lead + words[0]
        cur = ''
        for w in words:
            if cur and len(pre) + len(cur) + len(w) + 1 > width:
                out.append(pre + cur + ' ')
                cur = w
            else:
                cur = cur + ' ' + w if cur else w
        out.append(pre + cur)
    return out


def quote(lines, mark='> '):
    return [(mark + l) if l else mark.rstrip() for l in lines]


def png(width, height, draw):
    """A tiny RGB PNG; draw(x, y) -> (r, g, b)."""
    rows = b''.join(b'\x00' + b''.join(bytes(draw(x, y)) for x in range(width)) for y in range(height))
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b''))


MAILS = []


def mail(key, client, parts):
    """Registers a builder under the KEY written above it; client and parts feed README's table."""
    def deco(fn):
        MAILS.append((fn.__name__, key, fn, client, parts))
        return fn
    return deco


# ====================================================================================== helpers for tables

def wtable(rows, widths, border='solid windowtext 1.0pt'):
    """Word-HTML table. rows: list of lists; a cell: str, None (covered by a span) or dict
    {'t': text, 'rs': n, 'cs': n, 'b': bold, 'c': centre, 'raw': html}."""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"]
    for r in rows:
        out.append('<tr>')
        col = 0
        for c in r:
            if c is None:
                col += 1
                continue
            if not isinstance(c, dict):
                c = {'t': c}
            span = c.get('cs', 1)
            w = sum(widths[col:col + span])
            attrs = ' width=%d' % int(w * 96 / 72)
            if c.get('rs'):
                attrs += ' rowspan=%d' % c['rs']
            if c.get('cs'):
                attrs += ' colspan=%d' % c['cs']
            col += span
            t = c.get('raw') if 'raw' in c else ent(c.get('t', ''))
            if t.strip() == '':
                p = '<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            else:
                if c.get('b'):
                    t = '<b>%s</b>' % t
                al = " align=center style='text-align:center'" if c.get('c') else ''
                p = '<p class=MsoNormal%s>%s<o:p></o:p></p>' % (al, t)
            out.append("<td%s valign=top style='width:%.1fpt;border:%s;padding:0cm 5.4pt 0cm 5.4pt'>%s</td>"
                       % (attrs, w, border, p))
        out.append('</tr>\n')
    out.append('</table>\n')
    return ''.join(out)


# ====================================================================================== 1. placeholder

KEY = {"class": "placeholder", "executor": "rda-kozelets", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "Outlook 2010 HTML-only body: the office's stationery is a layout table and the report a Word-HTML "
               "table nested in its cell, with a colspan title row, a row for all 16 measures and rowspans in the "
               "'responsible' column; «х», «—», «+» and an &nbsp; cell stand for nothing, row 16 is the duty.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail(KEY, 'Outlook 2010 (uk)', 'text/html only, windows-1251, QP')
def ph01():
    name = 'ph01'
    C = lambda t: {'t': t, 'c': True}
    rows = [
        [{'t': 'Інформація Козелецької районної державної адміністрації про виконання Плану заходів з підвищення '
               'рівня відкритості та прозорості діяльності виконавчої влади в області станом на 10.12.2012',
          'cs': 4, 'b': True, 'c': True}, None, None, None],
        [{'t': '№ п/п', 'b': True, 'c': True}, {'t': 'Захід (скорочено)', 'b': True, 'c': True},
         {'t': 'Відповідальний', 'b': True, 'c': True}, {'t': 'Стан виконання', 'b': True, 'c': True}],
        [C('1'), 'Інформаційне наповнення офіційних веб-сайтів', 'Сектор інформаційної діяльності апарату РДА',
         'Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог постанови КМУ від 04.01.2002 '
         '№ 3; у листопаді оновлено розділи «Звернення громадян» та «Доступ до публічної інформації».'],
        [C('2'), 'Рубрики на сайті облдержадміністрації', {'t': '—', 'rs': 4, 'c': True}, C('х')],
        [C('3'), 'Веб-ресурс «Чернігівська громада»', None, C('х')],
        [C('4'), 'Інтернет-форум', None, C('х')],
        [C('5'), '«Гаряча лінія» голови ОДА', None, C('х')],
        [C('6'), 'Консультації з громадськістю', {'t': 'Відділ організаційної роботи апарату РДА', 'rs': 2},
         'Проведено 2 консультації з громадськістю у формі громадських слухань: щодо проекту районного бюджету на '
         '2013 рік (29.11.2012) та щодо Програми розвитку культури району (14.11.2012).'],
        [C('7'), 'Залучення ІГС до дорадчо-консультативних органів', None, C('—')],
        [C('8'), 'Колегії структурних підрозділів ОДА', C('—'), C('х')],
        [C('9'), 'Залучення членів громадських рад до обговорення проектів',
         {'t': 'Відділ організаційної роботи апарату РДА', 'rs': 2}, C('+')],
        [C('10'), 'Комісії (робочі групи) з питань відкритості', None, ''],
        [C('11'), 'Дні відкритих дверей УВП', C('—'), C('х')],
        [C('12'), 'Громадські експертизи', 'Юридичний відділ апарату РДА',
         'Проект рішення районної ради «Про районний бюджет на 2013 рік» пройшов громадську антикорупційну '
         'експертизу (ГО «Козелецька ініціатива»), 2 пропозиції враховано.'],
        [C('13'), 'Навчальні семінари', {'t': '—', 'rs': 3, 'c': True}, C('х')],
        [C('14'), 'Методичні посібники', None, C('х')],
        [C('15'), 'Громадське обговорення виконання заходів', None, C('х')],
        [C('16'), 'Надання інформації УВП', 'Апарат РДА', 'Інформацію надано'],
    ]
    inner = (wp(OFFICE) + wp() +
             wp('Козелецька районна державна адміністрація надає інформацію про виконання Плану заходів з '
                'підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках '
                'реалізації Ініціативи «Партнерство „Відкритий уряд“».') + wp() +
             wtable(rows, [34, 150, 120, 230]) + wp() +
             wp('З повагою') +
             wp('Ніна Остапенко', raw=False) +
             wp('головний спеціаліст відділу організаційної роботи апарату Козелецької райдержадміністрації') +
             wp('тел. (04646) 2-17-35'))
    # the office's Outlook stationery: a one-column layout table, letterhead above, the letter in the cell below
    body = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=720 style='width:540.0pt'>\n"
            "<tr><td style='border:none;border-bottom:solid #1F497D 2.25pt;padding:0cm 0cm 6.0pt 0cm'>"
            "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:13.0pt;"
            "font-family:\"Times New Roman\",\"serif\";color:#1F497D'>КОЗЕЛЕЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ"
            "</span></b><br><span style='font-size:9.0pt;color:#1F497D'>вул. Соборності, 16, смт Козелець, 17000, "
            "тел. (04646) 2-10-45</span><o:p></o:p></p></td></tr>\n"
            "<tr><td style='padding:9.0pt 0cm 0cm 0cm'>\n" + inner + "</td></tr>\n</table>\n")
    doc = word_html(body, cs='windows-1251')
    mid, extra, _ = outlook_ids(name, 'example.gov.ua')
    part = text(doc, 'html', 'windows-1251', 'quoted-printable')
    return message(name, '2012-12-12 15:47:21', addr('Козелецька РДА', 'rda-kozelets@example.gov.ua', 'windows-1251'),
                   'Інформація Козелецької РДА - Відкритий уряд', part, msgid=mid, extra=extra,
                   subj_cs='windows-1251')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "placeholder", "executor": "su-finansy", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "xlsx with a title row above the header, a row for every measure («х», «—», «+», «без змін», a bare "
               "«не проводились»), a comment on the «+» cell, a SUM formula, lines broken inside cells, and a hidden "
               "sheet holding last period's answers (not counted).",
       "items": [{"measure": 1, "source": "Відкритий_уряд_І_півр_2013.xlsx"},
                 {"measure": 2, "source": "Відкритий_уряд_І_півр_2013.xlsx"},
                 {"measure": 9, "source": "Відкритий_уряд_І_півр_2013.xlsx"}]}
@mail(KEY, 'Outlook 2007 (uk)', 'alternative plain+html windows-1251 QP; .xlsx (RFC 2047 B, windows-1251)')
def ph02():
    name = 'ph02'
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '12.0')
    html_body = (wp('Добрий день!') + wp() +
                 wp('Направляємо інформацію Головного фінансового управління облдержадміністрації щодо виконання '
                    'Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області '
                    'за І півріччя 2013 року (файл у вкладенні).') + wp() +
                 wp('З повагою,') + wp('Середа Наталія Сергіївна') +
                 wp('заступник начальника відділу організаційно-кадрової роботи') +
                 wp('Головного фінансового управління облдержадміністрації') + wp('тел. 67-45-12'))
    doc = word_html(html_body, cs='windows-1251', wv='12')
    plain = html2text(doc)
    alt = multipart('alternative', [text(plain, 'plain', 'windows-1251'), text(doc, 'html', 'windows-1251')],
                    bnd.replace('_000_', '_001_'))
    fname = 'Відкритий_уряд_І_півр_2013.xlsx'
    body = multipart('mixed', [alt, attachment(att('ph02_finansy.xlsx'), MIME['xlsx'], fname, 'b', 'windows-1251')],
                     bnd, preamble='This is a multi-part message in MIME format.')
    return message(name, '2013-06-14 11:20:08', addr('Середа Наталія', 'finansy@example.gov.ua', 'windows-1251'),
                   'Відкритий уряд - інформація ГФУ за І півріччя', body, msgid=mid, extra=extra,
                   subj_cs='windows-1251')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "placeholder", "executor": "rda-ripky", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "docx whose table has vertically merged 'responsible' cells, a footnote inside a cell, the outgoing "
               "number in the page header and 'Сторінка 1 з 1' in the footer; most rows are «—», «немає», «без змін» "
               "or a bare «не проводились».",
       "items": [{"measure": 1, "source": "Інформація_Ріпкинська_РДА_ІІ_півріччя_2013.docx"},
                 {"measure": 7, "source": "Інформація_Ріпкинська_РДА_ІІ_півріччя_2013.docx"},
                 {"measure": 9, "source": "Інформація_Ріпкинська_РДА_ІІ_півріччя_2013.docx"}]}
@mail(KEY, 'Thunderbird 24', 'text/plain UTF-8 flowed 8bit; .docx (RFC 2231 continuations)')
def ph03():
    name = 'ph03'
    lines = ['Доброго дня.', '',
             'Інформація Ріпкинської РДА про виконання плану заходів «Відкритий уряд» за ІІ півріччя 2013 р. – у вкладенні '
             '(лист № 01-19/1877 від 12.12.2013).', '',
             'З повагою,', 'Оксана Ковтун,', 'відділ організаційної роботи апарату Ріпкинської райдержадміністрації',
             'тел. (04641) 2-11-93']
    fname = 'Інформація_Ріпкинська_РДА_ІІ_півріччя_2013.docx'
    body = multipart('mixed', [
        text(flowed(lines), 'plain', 'UTF-8', '8bit', params=' format=flowed;'),
        attachment(att('ph03_ripky.docx'), MIME['docx'], fname, '2231', 'UTF-8', split=40, name_style='b')],
        tb_boundary(name), preamble='This is a multi-part message in MIME format.')
    return message(name, '2013-12-13 09:05:44', addr('Ріпкинська РДА', 'rda-ripky@example.gov.ua'),
                   'Відкритий уряд – Ріпкинська РДА', body, msgid='<52AAB1F8.4080309@example.gov.ua>',
                   extra=['User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "placeholder", "executor": "gromrada", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "Gmail HTML table with header cells made bold <td>, a row for every measure, «–», «+» and empty "
               "(&nbsp;) cells, a «when» answer on 15; only the web resource (3) and the working group (10) are reports.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail(KEY, 'Gmail', 'alternative plain+html UTF-8 QP')
def ph04():
    name = 'ph04'
    rows = [(1, 'Веб-сайти ОДА, структурних підрозділів, РДА', '–'),
            (2, 'Рубрики на сайті ОДА', '–'),
            (3, 'Веб-ресурс «Чернігівська громада»',
             'Веб-ресурс «Чернігівська громада» запрацював 26.11.2012; наповнення здійснюють члени комітету з '
             'інформаційної політики Громадської ради, за перший тиждень опубліковано 38 матеріалів, '
             'зареєстровано 112 користувачів.'),
            (4, 'Інтернет-форум на базі веб-ресурсу', '+'),
            (5, '«Гаряча лінія» голови ОДА', '–'),
            (6, 'Консультації з громадськістю', '–'),
            (7, 'Дорадчо-консультативні органи', ''),
            (8, 'Колегії структурних підрозділів', '–'),
            (9, 'Обговорення проектів', '–'),
            (10, 'Комісії з питань відкритості та прозорості',
             'Рішенням Громадської ради від 22.11.2012 № 7 утворено робочу групу з питань відкритості та '
             'прозорості діяльності облдержадміністрації (5 осіб), керівник – Рибалко Н.В.'),
            (11, 'Дні відкритих дверей', '–'),
            (12, 'Громадські експертизи', '–'),
            (13, 'Навчальні семінари', '–'),
            (14, 'Методичні посібники', '–'),
            (15, 'Громадське обговорення виконання заходів', 'Планується у січні 2013 р.'),
            (16, 'Інформування УВП', '')]
    td = '<td style="border:1px solid rgb(0,0,0);padding:3px 5px;vertical-align:top">'
    trs = ['<tr>%s<b>№</b></td>%s<b>Захід</b></td>%s<b>Інформація Громадської ради</b></td></tr>' % (td, td, td)]
    for n, what, info in rows:
        trs.append('<tr>%s%d</td>%s%s</td>%s%s</td></tr>' % (td, n, td, ent(what), td, ent(info) if info else '&nbsp;'))
    table = ('<table cellspacing="0" cellpadding="0" border="1" style="border-collapse:collapse;font-family:arial,sans-serif;'
             'font-size:13px"><tbody>%s</tbody></table>' % ''.join(trs))
    html_body = ('<div dir="ltr">Шановні колеги!<div><br></div><div>Громадська рада при облдержадміністрації надає '
                 'інформацію щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності '
                 'виконавчої влади в області (за IV квартал 2012 р.):</div><div><br></div><div>%s</div><div><br></div>'
                 '<div>З повагою,</div><div>Наталія Рибалко,</div><div>секретар Громадської ради при '
                 'облдержадміністрації</div><div>067-463-18-20</div></div>' % table)
    plain = ['Шановні колеги!', '', 'Громадська рада при облдержадміністрації надає інформацію щодо виконання Плану '
             'заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (за IV '
             'квартал 2012 р.):', '', '*№* *Захід* *Інформація Громадської ради*']
    for n, what, info in rows:
        plain.append('%d %s %s' % (n, what, info))
    plain += ['', 'З повагою,', 'Наталія Рибалко,', 'секретар Громадської ради при облдержадміністрації', '067-463-18-20']
    b = '047d7b6d8%s' % hx(name, 19)
    body = multipart('alternative', [text(plain, 'plain', 'UTF-8'), text(html_body + '\n', 'html', 'UTF-8')], b)
    return message(name, '2012-12-14 22:41:37', addr('Громадська рада при ОДА', 'gromrada@example.gov.ua'),
                   'Інформація Громадської ради - Відкритий уряд', body,
                   msgid='<CAJ%s@mail.gmail.com>' % hx(name, 40, 'g'), received_from='mail-la0-f47.google.com')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "placeholder", "executor": "rda-varva", "period": 2, "late": True, "kind": "report",
       "reason": None,
       "note": "ods whose rows for measures the district does not owe are hidden (they hold «х»); the visible rows mix "
               "«-», «немає», «без змін» with real answers; a title row and a 'Додаток' row above the header, a second "
               "sheet of contacts; sent two days after the deadline.",
       "items": [{"measure": 1, "source": "varva_rda_1pivr2013.ods"}, {"measure": 6, "source": "varva_rda_1pivr2013.ods"},
                 {"measure": 12, "source": "varva_rda_1pivr2013.ods"}]}
@mail(KEY, 'Outlook Express 6', 'text/plain windows-1251 QP; .ods (ASCII name)')
def ph05():
    name = 'ph05'
    lines = ['Доброго ранку!', '',
             'Вибачте за затримку - надсилаємо інформацію Варвинської РДА по плану "Відкритий уряд" за І півріччя 2013 р.',
             '', 'Кириченко В.І.', 'відділ організаційної роботи апарату Варвинської райдержадміністрації',
             '(04636) 2-15-48']
    bnd = '----=_NextPart_000_%s_01CE6B2A.%s' % (hx(name, 4).upper(), hx(name, 8, 'x').upper())
    body = multipart('mixed', [text(lines, 'plain', 'windows-1251'),
                               attachment(att('ph05_varva.ods'), MIME['ods'], 'varva_rda_1pivr2013.ods')],
                     bnd, preamble='This is a multi-part message in MIME format.')
    return message(name, '2013-06-17 08:52:13', addr('Варвинська РДА', 'rda-varva@example.gov.ua', 'windows-1251'),
                   'Відкритий уряд Варва', body, subj_cs='windows-1251',
                   msgid='<001201ce6b1f$%s$0200a8c0@orgviddil>' % hx(name, 8, 'm'),
                   extra=['X-Priority: 3', 'X-MSMail-Priority: Normal',
                          'X-Mailer: Microsoft Outlook Express 6.00.2900.5931',
                          'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157'])


# ====================================================================================== 2. bottom_post

def zvit_mid(tag):
    return '<zvit.%s@cg.ukrtel.net>' % hx(tag, 16, 'zvit')


REMINDER_SUBJ = 'Нагадування: інформація про виконання Плану заходів «Відкритий уряд»'


def hardwrap(lines, width=76, mark='> '):
    out = []
    for line in lines:
        if not line:
            out.append(mark.rstrip())
            continue
        indent = re.match(r'^\s*', line).group(0)
        words = line.strip().split(' ')
        cur = indent
        for w in words:
            if cur.strip() and len(mark) + len(cur) + len(w) + 1 > width:
                out.append(mark + cur)
                cur = indent + w
            else:
                cur = cur + (' ' if cur.strip() else '') + w
        out.append(mark + cur)
    return out


KEY = {"class": "bottom_post", "executor": "rda-bakhmach", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "Thunderbird reply that answers between the «>» lines of zvit's reminder, each answer standing under "
               "its quoted item with no number of its own; under item 12 only a bare «Не проводились.».",
       "items": [{"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 10, "source": "body"}]}
@mail(KEY, 'Thunderbird 16', 'text/plain UTF-8 flowed 8bit')
def bp01():
    name = 'bp01'
    rem = reminder_text('15.12.2012', '10.12.2012', 'Бахмацька районна державна адміністрація', [7, 9, 10, 12])
    answers = {
        7: 'До складу районної ради з питань соціального захисту населення та районної координаційної ради з '
           'питань молоді включено 3 представників громадських організацій (розпорядження голови РДА від '
           '16.11.2012 № 512).',
        9: 'Проект районної програми підтримки малого підприємництва на 2013-2014 роки 22.11.2012 обговорено на '
           'засіданні громадської ради при РДА, 4 пропозиції членів ради враховано.',
        10: 'Громадській раді при РДА рекомендовано утворити робочу групу з питань відкритості та прозорості '
            '(лист від 27.11.2012 № 01-09/1633), питання включено до порядку денного засідання ради 20.12.2012.',
        12: 'Не проводились.'}
    out = ['10.12.2012 09:00, uvp@cg.ukrtel.net пише:']
    for line in rem:
        m = re.match(r'^  (\d+)\. ', line)
        out += ['> ' + line] if line else ['>']
        if m:
            out += ['', answers[int(m.group(1))], '']
    out += ['', '-- ', 'Пономаренко Людмила', 'відділ організаційної роботи апарату Бахмацької РДА',
            'тел. (04635) 2-13-02']
    body = text(flowed(out), 'plain', 'UTF-8', '8bit', params=' format=flowed;')
    return message(name, '2012-12-11 14:03:52', addr('Бахмацька РДА', 'rda-bakhmach@example.gov.ua'),
                   'Re: ' + REMINDER_SUBJ, body, msgid='<50C72188.9030702@example.gov.ua>',
                   in_reply_to=zvit_mid('bp01'),
                   extra=['User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "bottom_post", "executor": "su-ekolohiia", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Outlook 2010 (Russian UI) reply typed BELOW the quoted receipt, which sits under an «От:/Отправлено:» "
               "block with no «>»; the receipt quotes items 1, 6, 9, 12 and measure texts, the new text adds 7 and 8 "
               "and only points back for 9 and 12.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}]}
@mail(KEY, 'Outlook 2010 (ru)', 'alternative plain+html windows-1251 QP')
def bp02():
    name = 'bp02'
    rec = receipt_text('07.06.2013', 'Інформація управління екології', 'Управління екології та природних ресурсів '
                       'облдержадміністрації', 2, '15.06.2013',
                       [(1, 'Веб-сторінку управління на офіційному сайті облдержадміністрації оновлено, створено розділ '
                            '«Екологічний паспорт області»…'),
                        (6, 'Проведено громадські слухання щодо проекту Регіональної програми охорони навколишнього '
                            'природного…'),
                        (9, 'Члени Громадської ради при облдержадміністрації взяли участь в обговоренні проекту…'),
                        (12, 'Громадська експертиза діяльності управління у сфері надання дозволів на викиди…')],
                       [2, 7, 8])
    blue = "color:#1F497D"
    new = ['Доповнюємо інформацію управління екології та природних ресурсів облдержадміністрації:',
           '',
           'п. 7 – до складу Громадської ради з питань екології при управлінні включено представника ГО «Зелений '
           'світ Полісся» Мельника А.В. (наказ від 21.05.2013 № 64);',
           'п. 8 – голову комітету з питань екології та природокористування Громадської ради при '
           'облдержадміністрації Ковтуна І.П. введено до складу колегії управління (наказ від 04.06.2013 № 71-од);',
           'пп. 9, 12 – інформацію надано в листі від 07.06.2013.',
           '', 'З повагою,', 'Віталій Дорошенко', 'головний спеціаліст відділу екологічної політики',
           'Управління екології та природних ресурсів облдержадміністрації', 'тел. 67-58-14']
    h_ = wp('', raw=True)
    h_ += outlook_quote_block('ru', 'uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]', '10 июня 2013 г. 11:02',
                              'ekolohiia@example.gov.ua', 'Підтвердження отримання: Інформація управління екології')
    h_ += wp()
    for line in rec:
        h_ += wp(line)
    h_ += wp() + wp()
    for line in new:
        h_ += wp("<span style='%s'>%s</span>" % (blue, ent(line)) if line else '', raw=True)
    doc = word_html(h_, cs='windows-1251', kind='reply', color='#1F497D')
    plain = ['', '', 'От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]', 'Отправлено: 10 июня 2013 г. 11:02',
             'Кому: ekolohiia@example.gov.ua', 'Тема: Підтвердження отримання: Інформація управління екології', '']
    plain += rec + ['', ''] + new
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '14.0')
    extra[-1] = 'Content-Language: ru'
    body = multipart('alternative', [text(plain, 'plain', 'windows-1251'), text(doc, 'html', 'windows-1251')], bnd)
    return message(name, '2013-06-12 16:30:05', addr('Дорошенко Виталий', 'ekolohiia@example.gov.ua', 'koi8-r'),
                   'RE: Підтвердження отримання: Інформація управління екології', body, msgid=mid, extra=extra,
                   subj_cs='windows-1251', in_reply_to=zvit_mid('bp02'))


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "bottom_post", "executor": "rda-horodnia", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Roundcube reply-all to the office's own earlier letter: the old report (items 1 and 6) sits in a "
               "<blockquote type=cite> and the supplement (7, 9, 12) is typed below it, introduced by «(п. 7, 9, 12)».",
       "items": [{"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail(KEY, 'Roundcube 0.8', 'alternative plain+html UTF-8 QP')
def bp03():
    name = 'bp03'
    old = ['Доброго дня!', '',
           'Городнянська райдержадміністрація надає інформацію про виконання Плану заходів «Відкритий уряд» за '
           'І півріччя 2013 р.:',
           'п. 1 – офіційний веб-сайт РДА оновлено, створено розділ «Відкритий уряд», розміщено звіт голови РДА '
           'за 2012 рік;',
           'п. 6 – проведено громадські слухання щодо проекту Програми розвитку освіти району на 2013–2015 роки '
           '(14.05.2013, 56 учасників).', '',
           'Інформація по інших пунктах буде надана додатково.', '', '-- ',
           'Городнянська РДА, відділ організаційної роботи', 'тел. (04645) 2-14-60']
    new = ['Доповнюємо інформацію (п. 7, 9, 12):',
           'п. 7 – до складу районної ради з питань безпеки дорожнього руху включено представника ГО «Автомобілісти '
           'Городнянщини»;',
           'п. 9 – члени громадської ради при РДА залучені до обговорення проекту рішення районної ради «Про '
           'затвердження Програми розвитку освіти району на 2013–2015 роки» (засідання ради 28.05.2013);',
           'п. 12 – громадські експертизи не проводились, звернень від громадських організацій не надходило.']
    sig = ['-- ', 'Городнянська РДА, відділ організаційної роботи', 'тел. (04645) 2-14-60']
    hdr = '05.06.2013 09:14, Городнянська РДА пише:'
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n</head><body '
             'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>%s</p>\n'
             '<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; margin-left:5px">'
             '<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n'
             '<div class="pre" style="margin: 0; padding: 0; font-family: monospace">%s</div>\n</blockquote>\n'
             '<p>%s</p>\n<div>%s</div>\n</body></html>\n'
             % (ent(hdr), '<br />'.join(ent(l) for l in old), '<br />'.join(ent(l) for l in new),
                '<br />'.join(ent(l) for l in sig)))
    plain = [hdr, ''] + quote(old) + [''] + new + [''] + sig
    bnd = '=_%s' % hx(name, 32)
    body = multipart('alternative', [text(plain, 'plain', 'UTF-8', params=' format=flowed;'),
                                     text(html_, 'html', 'UTF-8')], bnd)
    return message(name, '2013-06-11 10:47:29', addr('Городнянська РДА', 'rda-horodnia@example.gov.ua'),
                   'Re: Інформація Городнянської РДА - Відкритий уряд', body,
                   msgid='<%s@example.gov.ua>' % hx(name, 32, 'rc'), in_reply_to='<%s@example.gov.ua>' % hx(name, 32, 'old'),
                   cc='rda-horodnia@example.gov.ua', extra=['User-Agent: Roundcube Webmail/0.8.4'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "bottom_post", "executor": "rda-koriukivka", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "Outlook 2007 reply whose answers are typed in red INSIDE the quoted reminder under each item (no «>», "
               "only an «Від:/Надіслано:» block; the plain twin loses the colour); item 7 has no answer, 9 only "
               "«Виконано.», 12 only «Не було.».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 10, "source": "body"}]}
@mail(KEY, 'Outlook 2007 (uk)', 'alternative plain+html windows-1251 QP')
def bp04():
    name = 'bp04'
    rem = reminder_text('15.12.2013', '09.12.2013', 'Корюківська районна державна адміністрація', [1, 6, 7, 9, 10, 12])
    answers = {
        1: 'Сайт РДА оновлено: додано розділ «Децентралізація», розміщено проект районного бюджету на 2014 рік та '
           'звіт про виконання бюджету за 9 місяців.',
        6: 'Проведено 2 зустрічі з мешканцями сіл Олешня та Сядрине щодо оптимізації мережі шкіл (листопад 2013 р.).',
        9: 'Виконано.',
        10: 'Громадській раді рекомендовано створити робочу групу з питань відкритості та прозорості (лист РДА від '
            '28.11.2013 № 01-12/2540).',
        12: 'Не було.'}
    top = ['Доброго дня. Відповіді – нижче в тексті листа (червоним).', '', 'Ірина Бойко, відділ організаційної '
           'роботи апарату Корюківської РДА, 2-15-77']
    h_ = ''.join(wp("<span style='color:#1F497D'>%s</span>" % ent(l) if l else '', raw=True) for l in top)
    h_ += wp()
    h_ += outlook_quote_block('uk', 'uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]', '9 грудня 2013 р. 9:00',
                              'rda-koriukivka@example.gov.ua', REMINDER_SUBJ)
    h_ += wp()
    plain = top + outlook_quote_plain('uk', 'uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]', '9 грудня 2013 р. 9:00',
                                      'rda-koriukivka@example.gov.ua', REMINDER_SUBJ)
    for line in rem:
        h_ += wp(line)
        plain.append(line)
        m = re.match(r'^  (\d+)\. ', line)
        if m and int(m.group(1)) in answers:
            a = answers[int(m.group(1))]
            h_ += wp("<b><span style='color:red'>%s</span></b>" % ent(a), raw=True)
            plain.append(a)
    doc = word_html(h_, cs='windows-1251', wv='12', kind='reply', color='#1F497D')
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '12.0')
    body = multipart('alternative', [text(plain, 'plain', 'windows-1251'), text(doc, 'html', 'windows-1251')], bnd)
    return message(name, '2013-12-10 11:15:36', addr('Бойко Ірина', 'rda-koriukivka@example.gov.ua', 'windows-1251'),
                   'RE: ' + REMINDER_SUBJ, body, msgid=mid, extra=extra, subj_cs='windows-1251',
                   in_reply_to=zvit_mid('bp04'))


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "bottom_post", "executor": "rda-semenivka", "period": 1, "late": True, "kind": "report",
       "reason": None,
       "note": "The Bat! reply in Russian below a «>»-quoted receipt (which recognised 1 and 6 and still waits for "
               "7, 9, 10, 12); 9 is only «без изменений»; two days after the deadline.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail(KEY, 'The Bat! 5.0', 'text/plain windows-1251 8bit')
def bp05():
    name = 'bp05'
    rec = receipt_text('14.12.2012', 'Інформація Семенівської РДА', 'Семенівська районна державна адміністрація', 1,
                       '15.12.2012',
                       [(1, 'Офіційний веб-сайт райдержадміністрації оновлено, створено розділ «Громадська рада»…'),
                        (6, 'Проведено громадські слухання щодо проекту районного бюджету на 2013 рік…')],
                       [7, 9, 10, 12])
    lines = ['Здравствуйте, uvp.', '', 'Вы писали 14 декабря 2012 г., 16:20:11:', '']
    lines += hardwrap(rec)
    lines += ['', 'Доброе утро.', '', 'Дополняем по пунктам, которые не засчитаны:', '',
              'п. 7 – в состав районного совета по вопросам социальной защиты населения включены 2 представителя',
              'общественных организаций (распоряжение председателя РГА от 03.12.2012 № 488);',
              'п. 9 – без изменений;',
              'п. 10 – при общественном совете при РГА создана рабочая группа по вопросам открытости и',
              'прозрачности (решение совета от 12.12.2012 № 3);',
              'п. 12 – общественные экспертизы не проводились, обращений от общественных организаций не',
              'поступало.', '', '', '-- ', 'С уважением,',
              ' Ольга                          mailto:rda-semenivka@example.gov.ua',
              ' Семеновская РГА, общий отдел, тел. (04659) 2-11-38']
    body = text(lines, 'plain', 'windows-1251', '8bit')
    return message(name, '2012-12-17 09:31:12', addr('Семеновская РГА', 'rda-semenivka@example.gov.ua', 'windows-1251'),
                   'Re: Підтвердження отримання: Інформація Семенівської РДА', body, subj_cs='windows-1251',
                   msgid='<%d.20121217093112@example.gov.ua>' % (int(h(name, 7), 16)),
                   in_reply_to=zvit_mid('bp05'),
                   extra=['X-Mailer: The Bat! (v5.0.36) Professional', 'Reply-To: rda-semenivka@example.gov.ua',
                          'X-Priority: 3 (Normal)'])


# ====================================================================================== 3. not_report

def ics_fold(line):
    raw = line.encode('utf-8')
    out, cur = [], b''
    for ch in line:
        b = ch.encode('utf-8')
        if len(cur) + len(b) > (74 if not out else 73):
            out.append(cur)
            cur = b''
        cur += b
    out.append(cur)
    return b'\r\n '.join(out).decode('utf-8')


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False, "kind": "not_report",
       "reason": "invitation",
       "note": "Invitation to the training seminar of measure 13, naming «п. 13» and carrying a Word-HTML programme "
               "table whose topics are consultations (6) and expert reviews (12), plus a text/calendar .ics.",
       "items": []}
@mail(KEY, 'Outlook 2010 (uk)', 'mixed: alternative plain+html UTF-8 QP; .ics (text/calendar, RFC 2047 Q)')
def nr01():
    name = 'nr01'
    prog = [('10.00–10.30', 'Реєстрація учасників', ''),
            ('10.30–11.30', 'Консультації з громадськістю відповідно до постанови КМУ від 03.11.2010 № 996: практика '
                            'застосування в органах виконавчої влади області', 'Шевчук І.О., УВП облдержадміністрації'),
            ('11.30–12.30', 'Громадська експертиза діяльності органів виконавчої влади та громадська антикорупційна '
                            'експертиза проектів нормативно-правових актів', 'Савчук Г.І., директор Центру'),
            ('12.30–13.30', 'Перерва', ''),
            ('13.30–15.00', 'Практичне заняття: підготовка звіту про результати консультацій з громадськістю',
             'викладачі ЧНТУ'),
            ('15.00–16.00', 'Обговорення, відповіді на запитання, вручення сертифікатів', '')]
    rows = [[{'t': 'Час', 'b': True, 'c': True}, {'t': 'Тема', 'b': True, 'c': True},
             {'t': 'Доповідач', 'b': True, 'c': True}]] + [[{'t': a, 'c': True}, b, c] for a, b, c in prog]
    intro = ['Шановні колеги!', '',
             'Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, '
             'органів місцевого самоврядування, державних установ, підприємств і організацій запрошує заступників '
             'керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з '
             'громадськістю, та спеціалістів, які безпосередньо організовують консультації, на навчальний семінар '
             '«Інструменти політики сприяння розвитку громадянського суспільства» (п. 13 Плану заходів з підвищення '
             'рівня відкритості та прозорості діяльності виконавчої влади в області).', '',
             'Семінар відбудеться 21 лютого 2013 року з 10.00 у приміщенні Центру (м. Чернігів, вул. Кирпоноса, 21, '
             'ауд. 305).', '', 'Програма семінару:']
    outro = ['Просимо до 18 лютого повідомити прізвища учасників за тел. 67-20-44 або на адресу cppk@example.gov.ua. '
             'Запрошення в календар Outlook додається.', '',
             'З повагою,', 'Галина Савчук', 'директор Чернігівського центру перепідготовки та підвищення кваліфікації',
             'тел. (0462) 67-20-44']
    h_ = ''.join(wp(l) for l in intro) + wtable(rows, [70, 300, 150]) + wp() + ''.join(wp(l) for l in outro)
    doc = word_html(h_, cs='utf-8')
    plain = intro + [''] + ['%s\t%s\t%s' % r for r in prog] + [''] + outro
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '14.0')
    ev = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN', 'VERSION:2.0',
          'METHOD:PUBLISH', 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE', 'BEGIN:VTIMEZONE', 'TZID:FLE Standard Time',
          'BEGIN:STANDARD', 'DTSTART:16011028T040000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
          'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010325T030000',
          'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'END:DAYLIGHT',
          'END:VTIMEZONE', 'BEGIN:VEVENT', 'CLASS:PUBLIC', 'CREATED:20130212T113700Z',
          'DESCRIPTION:Навчальний семінар для заступників керівників структурних підрозділів облдержадміністраці'
          'ї\\, відповідальних за організацію консультацій з громадськістю (п. 13 Плану заходів).\\nРеєстрація з '
          '10.00. Прохання підтвердити участь до 18.02.2013 за тел. 67-20-44.\\n',
          'DTEND;TZID="FLE Standard Time":20130221T160000', 'DTSTAMP:20130212T113700Z',
          'DTSTART;TZID="FLE Standard Time":20130221T100000', 'LAST-MODIFIED:20130212T113700Z',
          'LOCATION:м. Чернігів\\, вул. Кирпоноса\\, 21\\, ауд. 305', 'PRIORITY:5', 'SEQUENCE:0',
          'SUMMARY;LANGUAGE=uk:Семінар «Інструменти політики сприяння розвитку громадянського суспільства»',
          'TRANSP:OPAQUE', 'UID:040000008200E00074C5B7101A82E00800000000%s' % hx(name, 48, 'uid').upper(),
          'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'BEGIN:VALARM', 'TRIGGER:-PT1440M',
          'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    ics = '\r\n'.join(ics_fold(l) for l in ev) + '\r\n'
    cal = attachment(ics.encode('utf-8'), 'text/calendar; method=PUBLISH; charset="utf-8"',
                     'Семінар 21.02.2013.ics', 'q', 'utf-8')
    alt = multipart('alternative', [text(plain, 'plain', 'utf-8'), text(doc, 'html', 'utf-8')],
                    bnd.replace('_000_', '_001_'))
    body = multipart('mixed', [alt, cal], bnd)
    return message(name, '2013-02-12 13:40:17', addr('Центр перепідготовки', 'cppk@example.gov.ua'),
                   'Запрошення на семінар 21.02.2013', body, msgid=mid, extra=extra)


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "not_report", "executor": "su-kultura", "period": 2, "late": False, "kind": "not_report",
       "reason": "question",
       "note": "Word-HTML in koi8-u (quotes come out as &laquo; entities) with three questions numbered by mso-list "
               "spans; they name measures 2 and 8 and the premise of one (a committee head has agreed to join the "
               "collegium, the order is being drafted) is no report.",
       "items": []}
@mail(KEY, 'Outlook 2010 (uk)', 'alternative plain+html koi8-u QP (entities in the HTML)')
def nr02():
    name = 'nr02'
    qs = ['Чи потрібно подавати інформацію щодо п. 2 (рубрики «Хід виконання цільових програм», «Виконання місцевих '
          'бюджетів Чернігівської області»), якщо звіти про виконання обласних програм у галузі культури ми надаємо до '
          'Головного управління економіки, а воно розміщує їх на сайті?',
          'Щодо п. 8: голова комітету з гуманітарних питань Громадської ради при облдержадміністрації дав згоду '
          'увійти до складу колегії управління, проект наказу готується. Чи зазначати це у звіті за І півріччя, чи '
          'дочекатися підписання наказу?',
          'Чи можна подати інформацію у вигляді таблиці Excel, як за ІІ півріччя 2012 року, чи потрібен лист за '
          'підписом начальника управління?']
    h_ = (wp('Шановні колеги!') + wp() +
          wp('Під час підготовки інформації управління культури і туризму облдержадміністрації про виконання Плану '
             'заходів «Відкритий уряд» за І півріччя 2013 року виникли такі питання:') + wp() +
          wlist(qs, 'num') + wp() + wp('Заздалегідь дякую за відповідь.') + wp() +
          wp('З повагою,') + wp('Тетяна Гончар') +
          wp('головний спеціаліст відділу інформаційно-аналітичної роботи') +
          wp('Управління культури і туризму облдержадміністрації') + wp('тел. 67-39-02'))
    doc = word_html(h_, cs='koi8-u', lists='num')
    plain = plain_quotes(html2text(doc))
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '14.0')
    body = multipart('alternative', [text(plain, 'plain', 'koi8-u'), text(doc, 'html', 'koi8-u')], bnd)
    return message(name, '2013-05-28 12:05:40', addr('Гончар Тетяна', 'kultura@example.gov.ua', 'koi8-u'),
                   'Питання щодо звіту "Відкритий уряд"', body, msgid=mid, extra=extra, subj_cs='koi8-u')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "not_report", "executor": "rda-korop", "period": 2, "late": False, "kind": "not_report",
       "reason": "extension_request",
       "note": "Plain cover note and a .docx letter on a letterhead made of the page header: it asks for more time and "
               "lists «пункти 1, 6, 7, 9, 10, 12»; the hearings it mentions are still to come.",
       "items": []}
@mail(KEY, 'Outlook 2003 (uk)', 'mixed: text/plain windows-1251 QP; .docx (RFC 2047 B, windows-1251)')
def nr03():
    name = 'nr03'
    lines = ['Доброго дня!', '',
             'Надсилаємо лист Коропської райдержадміністрації щодо продовження терміну подання інформації по плану '
             'заходів «Відкритий уряд». Оригінал надіслано поштою.', '',
             'З повагою,', 'Шкурко Тетяна', 'загальний відділ апарату Коропської РДА', '(04656) 2-14-37']
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '11')
    body = multipart('mixed', [text(lines, 'plain', 'windows-1251'),
                               attachment(att('nr03_korop.docx'), MIME['docx'],
                                          'Лист_Коропська_РДА_продовження_терміну.docx', 'b', 'windows-1251')],
                     bnd, preamble='This is a multi-part message in MIME format.')
    return message(name, '2013-06-13 17:10:33', addr('Коропська РДА', 'rda-korop@example.gov.ua', 'windows-1251'),
                   'Продовження терміну - Коропська РДА', body, msgid=mid, extra=extra, subj_cs='windows-1251')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False, "kind": "not_report",
       "reason": "announcement",
       "note": "Apple Mail note with a two-column PDF announcement of the public discussion of measure 15; the poster "
               "says the notice is on the web resource and 23 organisations have confirmed, which is no report.",
       "items": []}
@mail(KEY, 'Apple Mail 6', 'mixed: text/plain UTF-8 QP; .pdf (RFC 2231)')
def nr04():
    name = 'nr04'
    lines = ['Шановні колеги!', '',
             'Повідомляю, що 28 листопада 2013 року о 14:00 у конференц-залі обласної універсальної наукової бібліотеки '
             'відбудеться громадське обговорення виконання заходів з підвищення рівня відкритості та прозорості '
             'діяльності влади в області у рамках Ініціативи «Партнерство „Відкритий уряд“» (п. 15 Плану). Оголошення '
             'додаю.', '',
             'Прошу поширити оголошення серед громадських рад при структурних підрозділах і райдержадміністраціях та '
             'розмістити його на офіційному сайті облдержадміністрації.', '',
             'З повагою,', 'Максим Гордієнко', 'регіональний координатор Партнерства «Відкритий уряд» у Чернігівській '
             'області', '067 512 40 86', '']
    bnd = 'Apple-Mail=_%s-%s-%s-%s-%s' % (hx(name, 8).upper(), hx(name, 4, 'a').upper(), hx(name, 4, 'b').upper(),
                                          hx(name, 4, 'c').upper(), hx(name, 12, 'd').upper())
    pdf = attachment(att('nr04_ogp.pdf'), 'application/pdf', 'Оголошення_громадське_обговорення.pdf', '2231',
                     'utf-8', disposition='attachment', name_style='2231')
    body = multipart('mixed', [text(lines, 'plain', 'utf-8'), pdf], bnd)
    return message(name, '2013-11-12 10:00:51', addr('Максим Гордієнко', 'ogp-coordinator@example.org.ua'),
                   'Громадське обговорення 28 листопада', body,
                   msgid='<%s-%s@example.org.ua>' % (hx(name, 8, 'm').upper(), hx(name, 12, 'n').upper()),
                   extra=['X-Mailer: Apple Mail (2.1499)'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "not_report", "executor": "su-zdorovia", "period": 1, "late": False, "kind": "not_report",
       "reason": "promise",
       "note": "Promise on the eve of the deadline: the report «пп. 1, 2, 6–9, 12» and a note on consultations in five "
               "districts are ready but await the head's signature; the information will come by 17.12.",
       "items": []}
@mail(KEY, 'Outlook 2010 (uk)', 'alternative plain+html UTF-8 QP')
def nr05():
    name = 'nr05'
    lines = ['Шановні колеги!', '',
             'Інформація управління охорони здоров’я облдержадміністрації про виконання Плану заходів з підвищення '
             'рівня відкритості та прозорості діяльності виконавчої влади в області у 2012 році (пп. 1, 2, 6–9, 12) '
             'підготовлена та перебуває на підписі у начальника управління, який до 15.12.2012 перебуває у відрядженні. '
             'Довідка про консультації з громадськістю щодо оптимізації мережі закладів охорони здоров’я у п’яти '
             'районах також підготовлена і чекає на підпис.', '',
             'Інформацію буде надіслано не пізніше 17.12.2012.', '',
             'З повагою,', 'Лариса Приймак', 'провідний спеціаліст відділу організаційної роботи',
             'Управління охорони здоров’я облдержадміністрації', 'тел. 67-05-88']
    doc = word_html(''.join(wp(l) for l in lines), cs='utf-8')
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '14.0')
    body = multipart('alternative', [text(lines, 'plain', 'utf-8'), text(doc, 'html', 'utf-8')], bnd)
    return message(name, '2012-12-14 17:55:02', addr('Приймак Лариса', 'zdorovia@example.gov.ua'),
                   'Відкритий уряд - УОЗ', body, msgid=mid, extra=extra)


# ====================================================================================== 4. ranges

KEY = {"class": "ranges", "executor": "su-apk", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "HTML-only Word table whose number cells read «1&#8211;2» and «6&nbsp;&#8211; 9» (entities), each "
               "answered as one block, so 6–9 counts 7 and 8 too; «протоколи № 4–6» and «2013–2015» are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail(KEY, 'Outlook 2010 (uk)', 'text/html only, windows-1251, QP')
def rg01():
    name = 'rg01'
    rows = [[{'t': '№ пункту Плану', 'b': True, 'c': True}, {'t': 'Інформація про виконання', 'b': True, 'c': True}],
            [{'raw': '1&#8211;2', 'c': True},
             'На офіційному веб-сайті облдержадміністрації в розділі управління розміщується інформація про стан '
             'галузі, цінову ситуацію на продовольчому ринку, державну підтримку сільгосптоваровиробників; до рубрики '
             '«Хід виконання цільових програм» надано звіт про виконання Програми розвитку сільськогосподарської '
             'дорадчої служби за 9 місяців 2012 року.'],
            [{'raw': '6&nbsp;&#8211; 9', 'c': True},
             'Проведено 3 засідання громадської ради при управлінні (протоколи № 4–6) та консультації з громадськістю '
             'щодо проекту Програми розвитку сільськогосподарської кооперації на 2013–2015 роки; до складу колегії '
             'управління введено голову комітету з питань АПК Громадської ради при облдержадміністрації; члени '
             'громадської ради залучались до обговорення проекту зазначеної Програми.'],
            [{'t': '12', 'c': True},
             'Антикорупційна експертиза проектів наказів управління громадськими організаціями не проводилась, '
             'запитів не надходило.'],
            [{'t': '16', 'c': True}, {'t': '—', 'c': True}]]
    h_ = (wp(OFFICE) + wp() +
          wp('Головне управління агропромислового розвитку облдержадміністрації на Ваш лист від 12.09.2012 '
             '№ 03-08/1507 надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості '
             'діяльності виконавчої влади в області (розпорядження голови облдержадміністрації від 10.09.2012 № 398):')
          + wp() + wtable(rows, [80, 420]) + wp() +
          wp('Заступник начальника головного управління') + wp('В.Г. Ластовецький') + wp() +
          wp('Виконавець: Тарасенко О.М., 67-12-96'))
    doc = word_html(h_, cs='windows-1251')
    mid, extra, _ = outlook_ids(name, 'example.gov.ua', '14.0')
    body = text(doc, 'html', 'windows-1251')
    return message(name, '2012-12-10 10:22:40', addr('Тарасенко Олена', 'apk@example.gov.ua', 'windows-1251'),
                   'Інформація ГУ АПР - Відкритий уряд', body, msgid=mid, extra=extra, subj_cs='windows-1251')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "ranges", "executor": "rda-nizhyn", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Thunderbird HTML with <br> lines and entities (&laquo;, &#8470;, &ndash;): «По пп. 1, 6 &ndash; 9:» "
               "answers 1, 6, 7, 8, 9 in one paragraph (8 is not the district's but the block counts it); «П. 12 – не "
               "проводились.» is bare; a letter number sits beside «П. 10».",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail(KEY, 'Thunderbird 24', 'alternative plain (flowed) + html, UTF-8 8bit')
def rg02():
    name = 'rg02'
    paras = [
        'Управління з питань внутрішньої політики та зв&#8217;язків з громадськістю облдержадміністрації',
        'Ніжинська райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості '
        'та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року.',
        'По пп. 1, 6 &ndash; 9: офіційний веб-сайт райдержадміністрації наповнюється відповідно до вимог '
        'законодавства, у жовтні створено розділ &laquo;Громадське обговорення&raquo;; проведено 2 громадські '
        'слухання (щодо проекту районної програми &laquo;Питна вода&raquo; на 2014&ndash;2020 роки та щодо '
        'реорганізації ЦРЛ); до складу районної координаційної ради з питань АПК включено 2 представники '
        'громадських організацій; члени громадської ради при РДА взяли участь в обговоренні проекту районного '
        'бюджету на 2014 рік.',
        'П. 10 &ndash; громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань '
        'відкритості та прозорості (лист від 22.10.2013 &#8470; 01-08/2766).',
        'П. 12 &ndash; не проводились.',
        'П. 16 &ndash; інформацію надано.',
        'Заступник голови райдержадміністрації<br>\nО.В. Кучер<br>\n<br>\nвик. Руденко Т.П., (04631) 2-16-09']
    html_ = ('<html>\n  <head>\n\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n'
             '  <body bgcolor="#FFFFFF" text="#000000">\n    ' + '<br>\n    <br>\n    '.join(paras) + '<br>\n  </body>\n</html>\n')
    plain = html.unescape(html2text(html_)).split('\n')
    bnd = tb_boundary(name)
    body = multipart('alternative', [text(flowed(plain), 'plain', 'UTF-8', '8bit', params=' format=flowed;'),
                                     text(html_, 'html', 'UTF-8', '8bit')], bnd,
                     preamble='This is a multi-part message in MIME format.')
    return message(name, '2013-12-11 15:12:26', addr('Ніжинська РДА', 'rda-nizhyn@example.gov.ua'),
                   'Відкритий уряд - Ніжинська РДА, ІІ півріччя', body, msgid='<52A8646A.2000102@example.gov.ua>',
                   extra=['User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "ranges", "executor": "gromrada", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "xls (from the Public Council) whose number cells are lists «3, 4, 15» and «7, 9», each answered as one "
               "block; «1–2, 5–6, 8, 11–14 – не стосується» counts nothing; «протоколи № 4, 5, 6», «14 органів» and "
               "«2014–2016» are not measures; the cover line only points at the table.",
       "items": [{"measure": 3, "source": "Gromrada_info_II_2013.xls"}, {"measure": 4, "source": "Gromrada_info_II_2013.xls"},
                 {"measure": 7, "source": "Gromrada_info_II_2013.xls"}, {"measure": 9, "source": "Gromrada_info_II_2013.xls"},
                 {"measure": 10, "source": "Gromrada_info_II_2013.xls"},
                 {"measure": 15, "source": "Gromrada_info_II_2013.xls"}]}
@mail(KEY, 'Thunderbird 17', 'mixed: text/plain koi8-u 8bit; .xls (ASCII name)')
def rg03():
    name = 'rg03'
    lines = ['Шановні колеги!', '',
             'Надсилаємо інформацію Громадської ради при облдержадміністрації щодо пунктів 3, 4, 7, 9, 10, 15 Плану '
             'заходів (таблиця у вкладенні).', '',
             'З повагою,', 'Наталія Рибалко', 'секретар Громадської ради']
    body = multipart('mixed', [text(flowed(lines), 'plain', 'KOI8-U', '8bit', params=' format=flowed;'),
                               attachment(att('rg03_gromrada.xls'), MIME['xls'], 'Gromrada_info_II_2013.xls')],
                     tb_boundary(name), preamble='This is a multi-part message in MIME format.')
    return message(name, '2013-12-14 11:30:02', addr('Громадська рада', 'gromrada@example.gov.ua', 'KOI8-U'),
                   'Інформація Громадської ради за ІІ півріччя 2013', body, subj_cs='KOI8-U',
                   msgid='<52AC2536.1050600@example.gov.ua>',
                   extra=['User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130801 Thunderbird/17.0.8'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "ranges", "executor": "su-zhkh", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "xlsx with one merged answer for «п.п. 1, 6 – 9» (8 counts as part of the block), a cell comment "
               "explaining why, «10–12 – не стосується управління» (nothing), «з 13 по 15 – х», a SUM formula; the "
               "body's «пп. 1, 2, 6–9» only points at the table.",
       "items": [{"measure": 1, "source": "ЖКГ_Відкритий_уряд_І_півріччя.xlsx"},
                 {"measure": 2, "source": "ЖКГ_Відкритий_уряд_І_півріччя.xlsx"},
                 {"measure": 6, "source": "ЖКГ_Відкритий_уряд_І_півріччя.xlsx"},
                 {"measure": 7, "source": "ЖКГ_Відкритий_уряд_І_півріччя.xlsx"},
                 {"measure": 8, "source": "ЖКГ_Відкритий_уряд_І_півріччя.xlsx"},
                 {"measure": 9, "source": "ЖКГ_Відкритий_уряд_І_півріччя.xlsx"}]}
@mail(KEY, 'Outlook 2010 (uk)', 'mixed: alternative plain+html UTF-8 QP; .xlsx (RFC 2047 B, UTF-8)')
def rg04():
    name = 'rg04'
    lines = ['Добрий день!', '',
             'Направляємо інформацію управління житлово-комунального господарства облдержадміністрації щодо пп. 1, 2, '
             '6–9 Плану заходів «Відкритий уряд» за І півріччя 2013 року (таблиця у вкладенні).', '',
             'З повагою,', 'Оксана Коваль', 'відділ житлової політики Управління ЖКГ облдержадміністрації',
             'тел. 67-70-31']
    doc = word_html(''.join(wp(l) for l in lines), cs='utf-8')
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '14.0')
    alt = multipart('alternative', [text(lines, 'plain', 'utf-8'), text(doc, 'html', 'utf-8')],
                    bnd.replace('_000_', '_001_'))
    body = multipart('mixed', [alt, attachment(att('rg04_zhkh.xlsx'), MIME['xlsx'], 'ЖКГ_Відкритий_уряд_І_півріччя.xlsx',
                                               'b', 'utf-8')], bnd)
    return message(name, '2013-06-14 16:05:55', addr('Коваль Оксана', 'zhkh@example.gov.ua'),
                   'Відкритий уряд - УЖКГ', body, msgid=mid, extra=extra)


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "ranges", "executor": "su-osvita", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Two-page PDF whose table runs over the page break (header row repeated, the «6, 9» row split between "
               "pages) with rows «6, 9» and «7 і 8»; the page header's outgoing number «06-09/4412» (also in the body) "
               "is not a range, nor «Сторінка 1 з 2».",
       "items": [{"measure": 1, "source": "Інформація_УОН_ІІ_півр_2013.pdf"},
                 {"measure": 6, "source": "Інформація_УОН_ІІ_півр_2013.pdf"},
                 {"measure": 7, "source": "Інформація_УОН_ІІ_півр_2013.pdf"},
                 {"measure": 8, "source": "Інформація_УОН_ІІ_півр_2013.pdf"},
                 {"measure": 9, "source": "Інформація_УОН_ІІ_півр_2013.pdf"},
                 {"measure": 12, "source": "Інформація_УОН_ІІ_півр_2013.pdf"}]}
@mail(KEY, 'Outlook 2007 (uk)', 'mixed: text/plain windows-1251 QP; .pdf (RFC 2047 Q, windows-1251)')
def rg05():
    name = 'rg05'
    lines = ['Добрий день!', '',
             'Надсилаємо інформацію управління освіти і науки облдержадміністрації про виконання Плану заходів за ІІ '
             'півріччя 2013 року (лист від 10.12.2013 № 06-09/4412) у форматі PDF.', '',
             'Бондар Світлана', 'сектор організаційної роботи', 'тел. 67-22-10']
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '12.0')
    body = multipart('mixed', [text(lines, 'plain', 'windows-1251'),
                               attachment(att('rg05_osvita.pdf'), MIME['pdf'], 'Інформація_УОН_ІІ_півр_2013.pdf', 'q',
                                          'windows-1251')], bnd, preamble='This is a multi-part message in MIME format.')
    return message(name, '2013-12-11 14:30:19', addr('Бондар Світлана', 'osvita@example.gov.ua', 'windows-1251', 'Q'),
                   'Інформація УОН (лист № 06-09/4412)', body, msgid=mid, extra=extra, subj_cs='windows-1251',
                   subj_mode='Q')


# ====================================================================================== 5. prose

KEY = {"class": "prose", "executor": "zvernennia", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "Two-column PDF (text runs down the left column and on into the right) on the head's hot line with no "
               "plan numbers; one paragraph names the site only as where summaries are posted (passing), another "
               "opens a new rubric on the site itself (measure 1).",
       "items": [{"measure": 1, "source": "Гаряча_лінія_інформація.pdf"},
                 {"measure": 5, "source": "Гаряча_лінія_інформація.pdf"}]}
@mail(KEY, 'Outlook 2007 (uk)', 'mixed: alternative plain+html windows-1251 QP; .pdf (RFC 2047 B, windows-1251)')
def pr01():
    name = 'pr01'
    lines = ['Добрий день!', '',
             'Надсилаємо інформацію відділу роботи із зверненнями громадян апарату облдержадміністрації щодо роботи '
             '«гарячої лінії» голови облдержадміністрації (у вкладенні).', '',
             'З повагою,', 'Тамара Мороз', 'начальник відділу роботи із зверненнями громадян апарату облдержадміністрації',
             'тел. 67-50-01']
    doc = word_html(''.join(wp(l) for l in lines), cs='windows-1251', wv='12')
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '12.0')
    alt = multipart('alternative', [text(lines, 'plain', 'windows-1251'), text(doc, 'html', 'windows-1251')],
                    bnd.replace('_000_', '_001_'))
    body = multipart('mixed', [alt, attachment(att('pr01_zvernennia.pdf'), MIME['pdf'], 'Гаряча_лінія_інформація.pdf',
                                               'b', 'windows-1251')], bnd,
                     preamble='This is a multi-part message in MIME format.')
    return message(name, '2012-12-13 11:02:09', addr('Мороз Тамара', 'zvernennia@example.gov.ua', 'windows-1251'),
                   'Гаряча лінія - інформація', body, msgid=mid, extra=extra, subj_cs='windows-1251')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "prose", "executor": "su-sotszakhyst", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "docx in prose under subject headings: a text box beside the first paragraph holds the only word on the "
               "rubric (2), one paragraph covers consultations and council members in the discussion (6 and 9), an "
               "automatically numbered list, a footnote, a passing mention of the site, and a denial naming expert "
               "reviews (12).",
       "items": [{"measure": 1, "source": "Інформація УПСЗН відкритий уряд.docx"},
                 {"measure": 2, "source": "Інформація УПСЗН відкритий уряд.docx"},
                 {"measure": 6, "source": "Інформація УПСЗН відкритий уряд.docx"},
                 {"measure": 8, "source": "Інформація УПСЗН відкритий уряд.docx"},
                 {"measure": 9, "source": "Інформація УПСЗН відкритий уряд.docx"},
                 {"measure": 12, "source": "Інформація УПСЗН відкритий уряд.docx"}]}
@mail(KEY, 'Outlook 2010 (uk)', 'mixed: alternative plain+html UTF-8 QP; .docx (RFC 2047 B, UTF-8)')
def pr02():
    name = 'pr02'
    lines = ['Доброго дня!', '',
             'Надаємо інформацію управління праці та соціального захисту населення облдержадміністрації про виконання '
             'Плану заходів «Відкритий уряд» за І півріччя 2013 року (лист від 12.06.2013 № 05-14/3380) у вкладенні.', '',
             'З повагою,', 'Ірина Стельмах', 'заступник начальника управління праці та соціального захисту населення '
             'облдержадміністрації']
    doc = word_html(''.join(wp(l) for l in lines), cs='utf-8')
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '14.0')
    alt = multipart('alternative', [text(lines, 'plain', 'utf-8'), text(doc, 'html', 'utf-8')],
                    bnd.replace('_000_', '_001_'))
    body = multipart('mixed', [alt, attachment(att('pr02_sotszakhyst.docx'), MIME['docx'],
                                               'Інформація УПСЗН відкритий уряд.docx', 'b', 'utf-8')], bnd)
    return message(name, '2013-06-13 10:18:30', addr('Стельмах Ірина', 'sotszakhyst@example.gov.ua'),
                   'Відкритий уряд - інформація УПСЗН', body, msgid=mid, extra=extra)


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "prose", "executor": "uvp", "period": 2, "late": False, "kind": "report", "reason": None,
       "note": "УВП's own part, from its registered second box to its own mailbox: HTML-only Word-HTML (base64) with "
               "bold subject headings and an mso-list bulleted list, no plan numbers; «Чернігівська громада» appears "
               "only as the forum's base and the guide's home (passing, not 3).",
       "items": [{"measure": 4, "source": "body"}, {"measure": 5, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}]}
@mail(KEY, 'Outlook 2010 (uk)', 'text/html only, UTF-8, base64')
def pr03():
    name = 'pr03'
    B = lambda t: wp('<b>%s</b>' % ent(t), raw=True)
    h_ = (wp('Доброго дня!') + wp() +
          wp('Надаю інформацію щодо заходів, виконавцем яких визначено наше управління, для включення до зведеної '
             'інформації за І півріччя 2013 року.') + wp() +
          B('Інтернет-форум') +
          wp('На базі веб-ресурсу «Чернігівська громада» з 15 березня 2013 року працює Інтернет-форум з обговорення '
             'актуальних питань життєдіяльності області. Зареєстровано 214 учасників, опубліковано 87 тем. Модерацію '
             'здійснюють працівники управління та члени Громадської ради. Створено тематичні розділи:') +
          wlist(['місцеве самоврядування;', 'житлово-комунальне господарство;', 'освіта і охорона здоров’я;',
                 'екологія;', 'співпраця влади та громадськості.'], 'bullet') + wp() +
          B('«Гаряча лінія»') +
          wp('Забезпечено роботу «гарячої лінії» голови облдержадміністрації: у І півріччі спільно з відділом роботи із '
             'зверненнями громадян опрацьовано 1 920 звернень, щотижня готуються аналітичні довідки для голови '
             'облдержадміністрації.') + wp() +
          B('Дні відкритих дверей') +
          wp('16 квітня та 21 травня проведено Дні відкритих дверей управління для представників громадських '
             'організацій, студентів факультету журналістики та редакторів районних газет (взяли участь 46 осіб).') + wp() +
          B('Навчання') +
          wp('21 лютого спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено навчальний '
             'семінар для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за '
             'організацію консультацій з громадськістю (38 учасників).') + wp() +
          B('Методичні посібники') +
          wp('Видано методичний посібник «Консультації з громадськістю: практичні поради для державних службовців» '
             '(тираж 300 прим.), який розіслано структурним підрозділам облдержадміністрації та райдержадміністраціям; '
             'електронна версія – на веб-ресурсі «Чернігівська громада».') + wp() +
          wp('З повагою,') + wp('Ірина Шевчук') +
          wp('головний спеціаліст сектору зв’язків з громадськістю') + wp(OFFICE) + wp('тел. 67-13-05'))
    doc = word_html(h_, cs='utf-8', lists='bullet')
    mid, extra, _ = outlook_ids(name, 'example.gov.ua', '14.0')
    body = text(doc, 'html', 'utf-8', 'base64')
    return message(name, '2013-06-07 15:40:12', addr('Шевчук Ірина', 'uvp-info@example.gov.ua'),
                   'Інформація УВП (власні заходи) за І півріччя 2013', body, msgid=mid, extra=extra)


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "prose", "executor": "cppk", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "RTF (converted from HTML) in prose from the retraining centre: the seminars (13) and methodological "
               "recommendations handed over for the guide and sent out (14); UVP and the Public Council are named only "
               "as co-workers, a December seminar is only planned.",
       "items": [{"measure": 13, "source": "Info_CPPK.rtf"}, {"measure": 14, "source": "Info_CPPK.rtf"}]}
@mail(KEY, 'Thunderbird 16', 'mixed: text/plain UTF-8 8bit; .rtf (ASCII name)')
def pr04():
    name = 'pr04'
    lines = ['Доброго дня!', '', 'Інформація Центру щодо виконання Плану заходів – у додатку (формат RTF).', '',
             'Г.І. Савчук, директор Центру', 'тел. 67-20-44']
    body = multipart('mixed', [text(flowed(lines), 'plain', 'UTF-8', '8bit', params=' format=flowed;'),
                               attachment(att('pr04_cppk.rtf'), MIME['rtf'], 'Info_CPPK.rtf')],
                     tb_boundary(name), preamble='This is a multi-part message in MIME format.')
    return message(name, '2012-12-07 12:12:45', addr('ЦППК', 'cppk@example.gov.ua'), 'Інформація ЦППК', body,
                   msgid='<50C1C14D.6070501@example.gov.ua>',
                   extra=['User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "prose", "executor": "rda-sosnytsia", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Word 97 .doc in prose: meetings with residents and a survey (6), people taken into advisory bodies (7), "
               "the council's openness commission created on the district's recommendation (10), a denial naming the "
               "anti-corruption review (12); the site appears only where the news is published.",
       "items": [{"measure": 6, "source": "Сосницька РДА - інформація.doc"},
                 {"measure": 7, "source": "Сосницька РДА - інформація.doc"},
                 {"measure": 10, "source": "Сосницька РДА - інформація.doc"},
                 {"measure": 12, "source": "Сосницька РДА - інформація.doc"}]}
@mail(KEY, 'Outlook Express 6', 'mixed: text/plain windows-1251 QP; .doc (RFC 2047 B, windows-1251)')
def pr05():
    name = 'pr05'
    lines = ['Надаємо інформацію Сосницької райдержадміністрації щодо виконання Плану заходів "Відкритий уряд" за ІІ '
             'півріччя 2013 року.', '', 'Загальний відділ апарату Сосницької РДА', 'тел. (04655) 2-13-40']
    bnd = '----=_NextPart_000_%s_01CEF4E6.%s' % (hx(name, 4).upper(), hx(name, 8, 'x').upper())
    body = multipart('mixed', [text(lines, 'plain', 'windows-1251'),
                               attachment(att('pr05_sosnytsia.doc'), MIME['doc'], 'Сосницька РДА - інформація.doc', 'b',
                                          'windows-1251')], bnd, preamble='This is a multi-part message in MIME format.')
    return message(name, '2013-12-09 13:27:50', addr('Сосницька РДА', 'rda-sosnytsia@example.gov.ua', 'windows-1251'),
                   'Відкритий уряд', body, subj_cs='windows-1251',
                   msgid='<000d01cef4d5$%s$0a00a8c0@zagviddil>' % hx(name, 8, 'm'),
                   extra=['X-Priority: 3', 'X-MSMail-Priority: Normal',
                          'X-Mailer: Microsoft Outlook Express 6.00.2900.5512',
                          'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512'])


# ====================================================================================== 6. foreign_numbers

KEY = {"class": "foreign_numbers", "executor": "su-simia", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "HTML-only Word-HTML in koi8-u whose four paragraphs are numbered 1.–4. by mso-list spans; the letter's "
               "numbers are not the plan's (its 2. is about consultations, 3. the collegium, 4. expert reviews).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail(KEY, 'Outlook 2010 (uk)', 'text/html only, koi8-u, QP (entities for «», ’)')
def fn01():
    name = 'fn01'
    paras = ['На веб-сторінці управління на офіційному сайті облдержадміністрації оновлено розділи «Молодіжна політика», '
             '«Фізична культура і спорт» та «Оздоровлення дітей»; щотижня розміщуються анонси спортивних заходів.',
             'Проведено 5 консультацій з громадськістю, у тому числі громадське обговорення проекту обласної програми '
             '«Молодь Чернігівщини» на 2013–2017 роки та круглий стіл з представниками молодіжних організацій щодо '
             'працевлаштування випускників.',
             'Наказом управління від 19.02.2013 № 27 до складу колегії управління введено голову комітету з питань '
             'молоді та спорту Громадської ради при облдержадміністрації.',
             'Громадських експертиз діяльності управління не проводилось, запитів від громадських організацій не '
             'надходило.']
    h_ = (wp(OFFICE) + wp() +
          wp('Управління у справах сім’ї, молоді та спорту облдержадміністрації надає інформацію про виконання Плану '
             'заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя '
             '2013 року:') + wp() + wlist(paras, 'num') + wp() +
          wp('Начальник управління<span style=\'mso-tab-count:6\'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
             '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'
             'О.В. Гречко', raw=True) + wp() +
          wp('Вик. Дмитренко А.С., 67-41-18'))
    doc = word_html(h_, cs='koi8-u', lists='num')
    mid, extra, _ = outlook_ids(name, 'example.gov.ua', '14.0')
    body = text(doc, 'html', 'koi8-u')
    return message(name, '2013-06-11 09:40:31', addr('Дмитренко Анна', 'simia@example.gov.ua', 'koi8-u'),
                   'Відкритий уряд - УСМС', body, msgid=mid, extra=extra, subj_cs='koi8-u')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "foreign_numbers", "executor": "rda-chernihiv", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "xlsx with a running «№ з/п» column (1–7) beside the real «№ пункту Плану» column (1, 6, 7, 9, 10, 12, "
               "16): row 2 is measure 6, row 6 is measure 12; lines broken inside cells, empty extra sheets.",
       "items": [{"measure": 1, "source": "Чернігівська_РДА_звіт_грудень_2013.xlsx"},
                 {"measure": 6, "source": "Чернігівська_РДА_звіт_грудень_2013.xlsx"},
                 {"measure": 9, "source": "Чернігівська_РДА_звіт_грудень_2013.xlsx"},
                 {"measure": 12, "source": "Чернігівська_РДА_звіт_грудень_2013.xlsx"}]}
@mail(KEY, 'Thunderbird 24', 'mixed: text/plain UTF-8 flowed 8bit; .xlsx (RFC 2231 continuations)')
def fn02():
    name = 'fn02'
    lines = ['Доброго дня!', '', 'Інформація Чернігівської РДА по плану заходів «Відкритий уряд» за ІІ півріччя 2013 р. '
             '– у вкладенні.', '', 'Литовченко Алла', 'відділ організаційної роботи апарату Чернігівської РДА',
             '(0462) 3-24-51']
    body = multipart('mixed', [text(flowed(lines), 'plain', 'UTF-8', '8bit', params=' format=flowed;'),
                               attachment(att('fn02_chernihiv.xlsx'), MIME['xlsx'],
                                          'Чернігівська_РДА_звіт_грудень_2013.xlsx', '2231', 'UTF-8', split=45,
                                          name_style='b')],
                     tb_boundary(name), preamble='This is a multi-part message in MIME format.')
    return message(name, '2013-12-13 15:15:03', addr('Чернігівська РДА', 'rda-chernihiv@example.gov.ua'),
                   'Відкритий уряд ІІ півріччя - Чернігівська РДА', body, msgid='<52AB0807.3000605@example.gov.ua>',
                   extra=['User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "docx numbered by the office's own quarterly plan with Word's multilevel automatic numbering (1., 1.1., "
               "2.3. exist only in the rendering, not in the text), typed sub-items «а)», «б)», «п. 3.4 плану роботи», "
               "counts (12 об'єктів, 3 слухання) and order numbers.",
       "items": [{"measure": 1, "source": "УКБ_інформація_відкритий_уряд.docx"},
                 {"measure": 2, "source": "УКБ_інформація_відкритий_уряд.docx"},
                 {"measure": 6, "source": "УКБ_інформація_відкритий_уряд.docx"},
                 {"measure": 8, "source": "УКБ_інформація_відкритий_уряд.docx"},
                 {"measure": 9, "source": "УКБ_інформація_відкритий_уряд.docx"},
                 {"measure": 12, "source": "УКБ_інформація_відкритий_уряд.docx"}]}
@mail(KEY, 'Outlook 2003 (uk)', 'mixed: text/plain windows-1251 QP; .docx (RFC 2047 B, windows-1251)')
def fn03():
    name = 'fn03'
    lines = ['Добрий день!', '',
             'Направляємо інформацію управління капітального будівництва облдержадміністрації про виконання Плану '
             'заходів (вих. № 07-11/2291 від 11.12.2012).', '',
             'Гребенюк П.С.', 'тел. 67-66-02']
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '11')
    body = multipart('mixed', [text(lines, 'plain', 'windows-1251'),
                               attachment(att('fn03_kapbud.docx'), MIME['docx'], 'УКБ_інформація_відкритий_уряд.docx',
                                          'b', 'windows-1251')], bnd, preamble='This is a multi-part message in MIME format.')
    return message(name, '2012-12-12 16:44:05', addr('УКБ', 'kapbud@example.gov.ua'),
                   'Інформація УКБ', body, msgid=mid, extra=extra, subj_cs='windows-1251')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "foreign_numbers", "executor": "rda-shchors", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "Outlook Express HTML with one <DIV> per line: a formal letter whose own paragraphs are 1.–4. (each "
               "opening «По пункту N» with the real number), sub-items «1)», «2)», «3)», outgoing and incoming letter "
               "numbers, an order number and counts.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail(KEY, 'Outlook Express 6', 'alternative plain+html (<DIV> per line) windows-1251 QP')
def fn04():
    name = 'fn04'
    lines = ['Щорська районна державна адміністрація', '№ 02-17/2214 від 13.12.2012', 'На № 03-08/1507 від 12.09.2012',
             '', OFFICE, '',
             'Щорська райдержадміністрація на виконання розпорядження голови облдержадміністрації від 10.09.2012 № 398 '
             'повідомляє таке.', '',
             '1. По пункту 1 Плану: офіційний веб-сайт райдержадміністрації переведено на нову платформу, створено '
             'розділи:',
             '   1) «Доступ до публічної інформації»;', '   2) «Громадська рада»;', '   3) «Звернення громадян».',
             '2. По пункту 6: проведено 2 консультації з громадськістю:',
             '   1) 08.10.2012 – громадські слухання щодо проекту Програми розвитку фізичної культури і спорту на '
             '2013–2015 роки (47 учасників);',
             '   2) 21.11.2012 – зустріч голови РДА з мешканцями с. Гуто-Ткачівка щодо газифікації села.',
             '3. По пункту 9: члени громадської ради при РДА (3 особи) взяли участь в обговоренні проекту районного '
             'бюджету на 2013 рік.',
             '4. По пункту 12: протягом звітного періоду надійшло 2 запити щодо проведення громадської антикорупційної '
             'експертизи проектів розпоряджень; експертизу проведено, 1 пропозицію враховано.', '',
             'Голова райдержадміністрації                    В.М. Короленко', '',
             'Вик. Савенко Л.І., (04654) 2-17-61']
    divs = ''.join('<DIV><FONT face=Arial size=2>%s</FONT></DIV>\n' % (ent(l).replace('   ', '&nbsp;&nbsp; ') if l else '&nbsp;')
                   for l in lines)
    html_ = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
             '<META http-equiv=Content-Type content="text/html; charset=windows-1251">\n'
             '<META content="MSHTML 6.00.2900.6266" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n<BODY bgColor=#ffffff>\n'
             + divs + '</BODY></HTML>\n')
    bnd = '----=_NextPart_000_%s_01CDD9E2.%s' % (hx(name, 4).upper(), hx(name, 8, 'x').upper())
    body = multipart('alternative', [text(lines, 'plain', 'windows-1251'), text(html_, 'html', 'windows-1251')], bnd,
                     preamble='This is a multi-part message in MIME format.')
    return message(name, '2012-12-14 10:55:48', addr('Щорська РДА', 'rda-shchors@example.gov.ua', 'windows-1251'),
                   'Інформація Щорської РДА № 02-17/2214', body, subj_cs='windows-1251',
                   msgid='<002301cdd9d1$%s$6400a8c0@oleksandra>' % hx(name, 8, 'm'),
                   extra=['X-Priority: 3', 'X-MSMail-Priority: Normal',
                          'X-Mailer: Microsoft Outlook Express 6.00.2900.5931',
                          'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "odt table with «№ з/п» 1–8 beside «№ пункту плану» (з/п 3 is measure 6, з/п 4 a bare «не проводились» "
               "for 7, з/п 7 a dash for 12), a footnote with protocol numbers; the cover note's «на 1 арк.» counts "
               "sheets.",
       "items": [{"measure": 1, "source": "Містобудування_звіт.odt"}, {"measure": 6, "source": "Містобудування_звіт.odt"},
                 {"measure": 8, "source": "Містобудування_звіт.odt"}, {"measure": 9, "source": "Містобудування_звіт.odt"}]}
@mail(KEY, 'Outlook 2010 (uk)', 'mixed: alternative plain+html UTF-8 QP; .odt (RFC 2047 Q, UTF-8)')
def fn05():
    name = 'fn05'
    lines = ['Доброго дня!', '',
             'Направляємо інформацію управління містобудування та архітектури облдержадміністрації про виконання Плану '
             'заходів за ІІ півріччя 2013 року на 1 арк. (формат OpenOffice).', '',
             'З повагою,', 'Андрій Ярмоленко', 'тел. 67-34-80']
    doc = word_html(''.join(wp(l) for l in lines), cs='utf-8')
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '14.0')
    alt = multipart('alternative', [text(lines, 'plain', 'utf-8'), text(doc, 'html', 'utf-8')],
                    bnd.replace('_000_', '_001_'))
    body = multipart('mixed', [alt, attachment(att('fn05_mistobud.odt'), MIME['odt'], 'Містобудування_звіт.odt', 'q',
                                               'utf-8')], bnd)
    return message(name, '2013-12-06 11:30:22', addr('Ярмоленко Андрій', 'mistobuduvannia@example.gov.ua'),
                   'Відкритий уряд - містобудування', body, msgid=mid, extra=extra)


# ====================================================================================== 7. personal_address

KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 1, "late": False, "kind": "report",
       "reason": None,
       "note": "Gmail <div>-per-line body from a private gmail.com box; the office is named only in the genitive "
               "(«Головного управління економіки облдержадміністрації») while the first line names the addressee УВП.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}
@mail(KEY, 'Gmail', 'alternative plain+html UTF-8 QP')
def pa01():
    name = 'pa01'
    lines = ['Управлінню з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації', '',
             'Доброго вечора! Надсилаю інформацію Головного управління економіки облдержадміністрації щодо виконання '
             'Плану заходів «Відкритий уряд» – з робочої пошти лист не відправляється (сервер не працює з обіду).', '',
             'п. 1 – на веб-сторінці управління оновлено розділи «Інвестиційна діяльність», «Регуляторна політика», '
             'розміщено план діяльності з підготовки проектів регуляторних актів на 2013 рік;',
             'п. 2 – до рубрики «Хід виконання цільових програм» подано інформацію про виконання Програми '
             'соціально-економічного розвитку області за 9 місяців 2012 року;',
             'п. 6 – проведено консультації з громадськістю щодо проекту Програми соціально-економічного розвитку '
             'області на 2013 рік (громадське обговорення 15.10–15.11.2012, публічне представлення 20.11.2012);',
             'п. 9 – до обговорення проекту Програми залучено членів Громадської ради при облдержадміністрації, від '
             'комітету з економічних питань надійшло 11 пропозицій;',
             'п. 12 – громадські антикорупційні експертизи проектів наказів управління не проводились.', '',
             'Офіційний лист буде направлено поштою.', '',
             '--', 'З повагою,', 'Олена Литвиненко,', 'головний спеціаліст відділу стратегічного планування',
             'Головного управління економіки облдержадміністрації', 'тел. (0462) 67-50-31']
    first, rest = lines[0], lines[1:]
    html_ = '<div dir="ltr">%s' % ent(first)
    for l in rest:
        html_ += '<div>%s</div>' % (ent(l) if l else '<br>')
    html_ += '</div>\n'
    bnd = 'e89a8f%s' % hx(name, 22)
    body = multipart('alternative', [text(lines, 'plain', 'UTF-8'), text(html_, 'html', 'UTF-8')], bnd)
    return message(name, '2012-12-13 19:22:14', addr('Олена Литвиненко', 'olena.lytvynenko77@gmail.com'),
                   'Відкритий уряд - ГУ економіки', body, msgid='<CAB%s@mail.gmail.com>' % hx(name, 44, 'g'),
                   received_from='mail-wg0-f51.google.com')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "personal_address", "executor": "rda-mena", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "ukr.net web mail (<br> lines, base64) from a private box; the district is named in the signature "
               "(«апарату Менської райдержадміністрації») and the .doc letter, which is addressed to УВП; rows 9 and "
               "12 are «—» and «не було».",
       "items": [{"measure": 1, "source": "Інформація Менська РДА.doc"}, {"measure": 6, "source": "Інформація Менська РДА.doc"},
                 {"measure": 7, "source": "Інформація Менська РДА.doc"},
                 {"measure": 10, "source": "Інформація Менська РДА.doc"}]}
@mail(KEY, 'ukr.net web mail', 'mixed: alternative plain+html UTF-8 base64; .doc (RFC 2047 B, UTF-8)')
def pa02():
    name = 'pa02'
    lines = ['Доброго вечора!', 'Надсилаю інформацію Менської райдержадміністрації щодо виконання Плану заходів за '
             'І півріччя 2013 року. З робочої пошти не відправляється, вибачте.', '',
             'З повагою, Світлана Марченко,', 'головний спеціаліст відділу організаційної роботи апарату Менської '
             'райдержадміністрації', 'тел. (04644) 2-12-76']
    html_ = '<html><body>%s</body></html>\n' % '<br>'.join(ent(l) for l in lines)
    b1 = '----=_Part_%d_%d.%d' % (int(h(name, 5), 16), int(h(name, 6, 'y'), 16), 1371221313000)
    b2 = '----=_Part_%d_%d.%d' % (int(h(name, 5, 'z'), 16), int(h(name, 6, 'w'), 16), 1371221313001)
    alt = multipart('alternative', [text(lines, 'plain', 'UTF-8', 'base64'), text(html_, 'html', 'UTF-8', 'base64')], b2)
    body = multipart('mixed', [alt, attachment(att('pa02_mena.doc'), MIME['doc'], 'Інформація Менська РДА.doc', 'b',
                                               'UTF-8')], b1)
    return message(name, '2013-06-14 17:48:33', addr('Світлана Марченко', 'svitlana_marchenko@ukr.net'),
                   'Інформація', body, msgid='<%d.%d.%d@frv%d.ukr.net>' % (1371221313, int(h(name, 5), 16), 1, 34),
                   received_from='frv34.ukr.net', extra=['X-Mailer: FREEMAIL.UKR.NET'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": True, "kind": "report",
       "reason": None,
       "note": "i.ua box, Russian surzhyk; the service is named in the signature («службы по делам детей "
               "облгосадминистрации») and the addressee УВП in Russian; the Russian xlsx has a comment and lines "
               "broken in cells; Monday after the deadline.",
       "items": [{"measure": 1, "source": "Отчет_служба_по_делам_детей.xlsx"},
                 {"measure": 6, "source": "Отчет_служба_по_делам_детей.xlsx"},
                 {"measure": 7, "source": "Отчет_служба_по_делам_детей.xlsx"},
                 {"measure": 9, "source": "Отчет_служба_по_делам_детей.xlsx"}]}
@mail(KEY, 'i.ua web mail', 'mixed: alternative plain+html windows-1251 8bit; .xlsx (RFC 2231, windows-1251)')
def pa03():
    name = 'pa03'
    lines = ['Управлению по вопросам внутренней политики и связям с общественностью ОГА', '',
             'Добрый день! Высылаю информацию службы по делам детей облгосадминистрации по плану "Открытое '
             'правительство" за второе полугодие. Извините что с личной почты и с опозданием – у нас с пятницы не '
             'работает интернет.', '',
             'Ведущий специалист службы по делам детей облгосадминистрации', 'Ирина Кот', 'тел. 67-31-09']
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
             + ''.join('<p>%s</p>' % ent(l) for l in lines if l) + '</body></html>\n')
    bnd = '=_i_ua_%s' % hx(name, 20)
    alt = multipart('alternative', [text(lines, 'plain', 'windows-1251', '8bit'),
                                    text(html_, 'html', 'windows-1251', '8bit')], bnd + '_alt')
    body = multipart('mixed', [alt, attachment(att('pa03_ditei.xlsx'), MIME['xlsx'], 'Отчет_служба_по_делам_детей.xlsx',
                                               '2231', 'windows-1251', name_style='2231')], bnd)
    return message(name, '2013-12-16 09:12:40', addr('Ирина Кот', 'irina_kot@i.ua', 'windows-1251'),
                   'Отчет служба по делам детей', body, subj_cs='windows-1251',
                   msgid='<%s.%s@mail.i.ua>' % (hx(name, 12, 'i'), hx(name, 6, 'j')), received_from='mx.i.ua',
                   extra=['X-Mailer: I.UA Mail'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 3, "late": False, "kind": "report",
       "reason": None,
       "note": "The regional coordinator (by consent) writes from a private meta.ua box in koi8-u and names himself "
               "only in the signature; the discussion he reports was held with УВП and the Public Council, and its "
               "topics (web resource, forum, expert reviews) are passing; the protocol is only promised.",
       "items": [{"measure": 15, "source": "body"}]}
@mail(KEY, 'meta.ua web mail', 'alternative plain+html koi8-u 8bit (entities in the HTML)')
def pa04():
    name = 'pa04'
    lines = ['Шановні колеги!', '',
             'Інформую про виконання заходів Плану, щодо яких мене як регіонального координатора визначено '
             'співвиконавцем (за згодою).', '',
             '28 листопада 2013 року в конференц-залі Чернігівської обласної універсальної наукової бібліотеки спільно '
             'з управлінням з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації та '
             'Громадською радою при облдержадміністрації проведено громадське обговорення виконання заходів з '
             'підвищення рівня відкритості та прозорості діяльності влади в області у рамках Ініціативи «Партнерство '
             '„Відкритий уряд“». В обговоренні взяли участь 58 осіб, у т.ч. представники 23 інститутів громадянського '
             'суспільства; обговорено звіт управління, роботу веб-ресурсу «Чернігівська громада» та Інтернет-форуму, '
             'стан проведення громадських експертиз. За результатами підготовлено 17 пропозицій до плану дій на 2014 '
             'рік, які 03.12.2013 передано до управління.', '',
             'Протокол обговорення надішлю окремо після підписання.', '',
             '--', 'Максим Гордієнко', 'регіональний координатор Партнерства «Відкритий уряд» у Чернігівській області',
             'моб. 067 512 40 86']
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-u"></head><body>'
             '<div style="font-family:Tahoma;font-size:12px">%s</div></body></html>\n'
             % '<br>\n'.join(ent(l) for l in lines))
    bnd = '----=_meta_%s' % hx(name, 16)
    body = multipart('alternative', [text(plain_quotes('\n'.join(lines)), 'plain', 'koi8-u', '8bit'),
                                     text(html_, 'html', 'koi8-u', '8bit')], bnd)
    return message(name, '2013-12-05 21:03:27', addr('Максим Гордієнко', 'm.hordiienko@meta.ua', 'koi8-u'),
                   'Громадське обговорення 28.11.2013 - інформація', body, subj_cs='koi8-u',
                   msgid='<%s@webmail.meta.ua>' % hx(name, 20, 'mm'), received_from='smtp.meta.ua',
                   extra=['X-Mailer: webmail.meta.ua'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "personal_address", "executor": "su-arkhiv", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Sent from the culture department's registered box on behalf of the State Archive, which is named in "
               "the body, the signature and the docx (merged 'responsible' cells, outgoing number in the header).",
       "items": [{"measure": 1, "source": "Держархів_інформація_І_півріччя_2013.docx"},
                 {"measure": 6, "source": "Держархів_інформація_І_півріччя_2013.docx"},
                 {"measure": 7, "source": "Держархів_інформація_І_півріччя_2013.docx"},
                 {"measure": 9, "source": "Держархів_інформація_І_півріччя_2013.docx"}]}
@mail(KEY, 'Outlook 2010 (uk)', 'mixed: alternative plain+html windows-1251 QP; .docx (RFC 2047 B, UTF-8)')
def pa05():
    name = 'pa05'
    lines = ['Шановні колеги!', '',
             'У зв’язку з тимчасовою відсутністю доступу до електронної пошти Державного архіву Чернігівської області '
             'надсилаємо інформацію архіву про виконання Плану заходів «Відкритий уряд» за І півріччя 2013 року з '
             'поштової скриньки управління культури і туризму (за домовленістю). Інформація у вкладенні.', '',
             'З повагою,', 'Оксана Гнатюк', 'головний спеціаліст загального відділу', 'Державного архіву Чернігівської '
             'області', 'тел. 67-26-41']
    doc = word_html(''.join(wp(l) for l in lines), cs='windows-1251')
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '14.0')
    alt = multipart('alternative', [text(lines, 'plain', 'windows-1251'), text(doc, 'html', 'windows-1251')],
                    bnd.replace('_000_', '_001_'))
    body = multipart('mixed', [alt, attachment(att('pa05_arkhiv.docx'), MIME['docx'],
                                               'Держархів_інформація_І_півріччя_2013.docx', 'b', 'utf-8')], bnd)
    return message(name, '2013-06-13 14:20:56', addr('Управління культури і туризму', 'kultura@example.gov.ua',
                                                     'windows-1251'),
                   'Інформація Держархіву області (Відкритий уряд)', body, msgid=mid, extra=extra,
                   subj_cs='windows-1251')


# ====================================================================================== 8. mixed

KEY = {"class": "mixed", "executor": "su-zdorovia", "period": 1, "late": True, "kind": "report", "reason": None,
       "note": "Outlook 'forward as attachment': the report of 15.12 that bounced off a mistyped address travels as a "
               "message/rfc822 part with its own xlsx; the outer note only explains; two days after the deadline.",
       "items": [{"measure": 1, "source": "Відкритий_уряд_УОЗ_2012.xlsx"}, {"measure": 2, "source": "Відкритий_уряд_УОЗ_2012.xlsx"},
                 {"measure": 6, "source": "Відкритий_уряд_УОЗ_2012.xlsx"}, {"measure": 8, "source": "Відкритий_уряд_УОЗ_2012.xlsx"},
                 {"measure": 9, "source": "Відкритий_уряд_УОЗ_2012.xlsx"}]}
@mail(KEY, 'Outlook 2010 (uk)', 'mixed: alternative plain+html UTF-8 QP; message/rfc822 [alternative; .xlsx (RFC 2047 B)]')
def mx01():
    name = 'mx01'
    # the letter of Saturday 15.12.2012 that went to a mistyped address
    in_lines = ['Шановні колеги!', '',
                'Надсилаємо інформацію управління охорони здоров’я облдержадміністрації щодо виконання Плану заходів '
                '«Відкритий уряд» у 2012 році (таблиця у вкладенні).', '',
                'З повагою,', 'Лариса Приймак', 'Управління охорони здоров’я облдержадміністрації', 'тел. 67-05-88']
    in_doc = word_html(''.join(wp(l) for l in in_lines), cs='utf-8')
    imid, iextra, ibnd = outlook_ids(name + 'inner', 'example.gov.ua', '14.0')
    in_alt = multipart('alternative', [text(in_lines, 'plain', 'utf-8'), text(in_doc, 'html', 'utf-8')],
                       ibnd.replace('_000_', '_001_'))
    in_body = multipart('mixed', [in_alt, attachment(att('mx01_zdorovia.xlsx'), MIME['xlsx'],
                                                     'Відкритий_уряд_УОЗ_2012.xlsx', 'b', 'utf-8')], ibnd)
    d_in = kyiv('2012-12-15 12:40:11')
    inner_hdrs = ['From: %s' % addr('Приймак Лариса', 'zdorovia@example.gov.ua'), 'To: <uvp@cg.ukrtell.net>',
                  'Subject: %s' % ew('Інформація УОЗ - План Відкритий уряд'), 'Date: %s' % rfc_date(d_in),
                  'Message-ID: %s' % imid] + iextra + ['MIME-Version: 1.0']
    inner = ''.join(x + '\n' for x in inner_hdrs).encode('ascii') + in_body.bytes()
    fwd = Part(['Content-Type: message/rfc822', 'Content-Transfer-Encoding: 7bit', 'Content-Disposition: attachment'],
               inner)
    lines = ['Шановні колеги!', '',
             'Пересилаємо лист управління охорони здоров’я облдержадміністрації від 15.12.2012 з інформацією про '
             'виконання Плану заходів «Відкритий уряд» – він повернувся через помилку в адресі (uvp@cg.ukrtell.net). '
             'Просимо врахувати.', '', 'З повагою,', 'Лариса Приймак', 'тел. 67-05-88']
    doc = word_html(''.join(wp(l) for l in lines), cs='utf-8')
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '14.0')
    alt = multipart('alternative', [text(lines, 'plain', 'utf-8'), text(doc, 'html', 'utf-8')],
                    bnd.replace('_000_', '_001_'))
    body = multipart('mixed', [alt, fwd], bnd)
    return message(name, '2012-12-17 10:05:39', addr('Приймак Лариса', 'zdorovia@example.gov.ua'),
                   'FW: Інформація УОЗ - План Відкритий уряд', body, msgid=mid, extra=extra)


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "mixed", "executor": "rda-bobrovytsia", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Thunderbird HTML correction above an inline forward of the office's own letter of 10.12 (headers in a "
               "moz-email-headers-table, old text in <pre>); only the corrected 9 and the added 10 count, the "
               "forwarded 1, 6, 7, 9, 12 were counted when they came.",
       "items": [{"measure": 9, "source": "body"}, {"measure": 10, "source": "body"}]}
@mail(KEY, 'Thunderbird 24', 'alternative plain (flowed) + html, UTF-8 8bit; inline forward')
def mx02():
    name = 'mx02'
    new = ['Доброго дня!', '',
           'Уточнюємо інформацію Бобровицької райдержадміністрації, надіслану 10.12.2013 (лист нижче):',
           '– у п. 9 помилково вказано проект програми «Шкільний автобус»; правильно: члени громадської ради при РДА '
           'взяли участь в обговоренні проекту районної програми «Здоров’я бобровичан» на 2014–2016 роки (засідання '
           'громадської ради 28.11.2013), 4 пропозиції враховано;',
           '– доповнюємо п. 10: громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань '
           'відкритості та прозорості (лист РДА від 02.12.2013 № 01-11/3018), робочу групу утворено 09.12.2013.', '',
           'З повагою,', 'Кравченко Наталія', 'відділ організаційної роботи апарату Бобровицької РДА', '(04632) 2-12-84']
    old = ['Бобровицька райдержадміністрація надає інформацію про виконання Плану заходів за ІІ півріччя 2013 року:',
           'п. 1 – офіційний веб-сайт РДА оновлено, створено розділ «Громадське обговорення»;',
           'п. 6 – проведено громадські слухання щодо проекту районного бюджету на 2014 рік (29.11.2013);',
           'п. 7 – до складу районної ради з питань безпеки дорожнього руху включено 2 представників ГО;',
           'п. 9 – члени громадської ради при РДА взяли участь в обговоренні проекту програми «Шкільний автобус»;',
           'п. 12 – не проводились.', '', '-- ', 'Кравченко Наталія', 'відділ організаційної роботи апарату Бобровицької РДА']
    subj_old = 'Інформація Бобровицької РДА - Відкритий уряд'
    date_old = 'Tue, 10 Dec 2013 16:05:12 +0200'
    th = '<th nowrap="nowrap" valign="BASELINE" align="RIGHT">%s </th>'
    html_ = ('<html>\n  <head>\n    <meta content="text/html; charset=UTF-8" http-equiv="Content-Type">\n  </head>\n'
             '  <body bgcolor="#FFFFFF" text="#000000">\n    ' + '<br>\n    '.join(ent(l) for l in new) +
             '<br>\n    <div class="moz-forward-container"><br>\n      <br>\n      -------- Оригінальне повідомлення '
             '--------\n      <table class="moz-email-headers-table" border="0" cellpadding="0" cellspacing="0">\n'
             '        <tbody>\n'
             '          <tr>' + th % 'Тема:' + '<td>%s</td></tr>\n' % ent(subj_old) +
             '          <tr>' + th % 'Дата:' + '<td>%s</td></tr>\n' % date_old +
             '          <tr>' + th % 'Від:' + '<td>Бобровицька РДА <a class="moz-txt-link-rfc2396E" '
             'href="mailto:rda-bobrovytsia@example.gov.ua">&lt;rda-bobrovytsia@example.gov.ua&gt;</a></td></tr>\n'
             '          <tr>' + th % 'Кому:' + '<td><a class="moz-txt-link-abbreviated" href="mailto:uvp@cg.ukrtel.net">'
             'uvp@cg.ukrtel.net</a></td></tr>\n        </tbody>\n      </table>\n      <br>\n      <br>\n'
             '      <pre wrap="">%s</pre>\n      <br>\n    </div>\n    <br>\n  </body>\n</html>\n'
             % '\n'.join(ent(l) for l in old))
    plain = new + ['', '', '-------- Оригінальне повідомлення --------', 'Тема: \t' + subj_old, 'Дата: \t' + date_old,
                   'Від: \tБобровицька РДА <rda-bobrovytsia@example.gov.ua>', 'Кому: \tuvp@cg.ukrtel.net', ''] + old
    body = multipart('alternative', [text(flowed(plain), 'plain', 'UTF-8', '8bit', params=' format=flowed;'),
                                     text(html_, 'html', 'UTF-8', '8bit')], tb_boundary(name),
                     preamble='This is a multi-part message in MIME format.')
    return message(name, '2013-12-12 08:47:10', addr('Бобровицька РДА', 'rda-bobrovytsia@example.gov.ua'),
                   'Fwd: ' + subj_old + ' (уточнення)', body, msgid='<52A95B1E.8060904@example.gov.ua>',
                   extra=['User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "mixed", "executor": "su-kultura", "period": 3, "late": False, "kind": "report", "reason": None,
       "note": "Cover note and attachment report different measures: the body adds the collegium (8), which the docx "
               "table (vertically merged executors' cell) leaves as «—»; the docx answers 1, 6, 7, 9 and names expert "
               "reviews in its denial (12).",
       "items": [{"measure": 1, "source": "Культура_ІІ_півріччя_2013.docx"}, {"measure": 6, "source": "Культура_ІІ_півріччя_2013.docx"},
                 {"measure": 7, "source": "Культура_ІІ_півріччя_2013.docx"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "Культура_ІІ_півріччя_2013.docx"},
                 {"measure": 12, "source": "Культура_ІІ_півріччя_2013.docx"}]}
@mail(KEY, 'Outlook 2010 (uk)', 'mixed: alternative plain+html windows-1251 QP; .docx (RFC 2047 B, UTF-8)')
def mx03():
    name = 'mx03'
    lines = ['Шановні колеги!', '',
             'Надсилаємо інформацію управління культури і туризму облдержадміністрації про виконання Плану заходів за ІІ '
             'півріччя 2013 року (додається).', '',
             'Додатково повідомляємо, що наказом управління від 25.11.2013 № 214 до складу колегії управління введено '
             'голову комітету з гуманітарних питань Громадської ради при облдержадміністрації Мироненка П.В.; '
             'відповідні зміни внесено до Положення про управління. У таблиці цей пункт не заповнено, оскільки наказ '
             'підписано вже після її підготовки.', '',
             'З повагою,', 'Тетяна Гончар', 'Управління культури і туризму облдержадміністрації', 'тел. 67-39-02']
    doc = word_html(''.join(wp(l) for l in lines), cs='windows-1251')
    mid, extra, bnd = outlook_ids(name, 'example.gov.ua', '14.0')
    alt = multipart('alternative', [text(lines, 'plain', 'windows-1251'), text(doc, 'html', 'windows-1251')],
                    bnd.replace('_000_', '_001_'))
    body = multipart('mixed', [alt, attachment(att('mx03_kultura.docx'), MIME['docx'], 'Культура_ІІ_півріччя_2013.docx',
                                               'b', 'utf-8')], bnd)
    return message(name, '2013-12-10 12:30:44', addr('Гончар Тетяна', 'kultura@example.gov.ua', 'windows-1251'),
                   'Відкритий уряд - управління культури, ІІ півріччя', body, msgid=mid, extra=extra,
                   subj_cs='windows-1251')


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False, "kind": "report",
       "reason": None,
       "note": "Two attachments with RFC 2231 continued names: a PDF covering letter whose own paragraph reports the "
               "working group (10) beside the duty paragraph (16), and an xlsx table where 10 only says «див. лист» "
               "and 7 is «—».",
       "items": [{"measure": 1, "source": "Додаток_НСРДА.xlsx"}, {"measure": 6, "source": "Додаток_НСРДА.xlsx"},
                 {"measure": 9, "source": "Додаток_НСРДА.xlsx"}, {"measure": 10, "source": "Лист_НСРДА.pdf"},
                 {"measure": 12, "source": "Додаток_НСРДА.xlsx"}]}
@mail(KEY, 'Opera Mail 12', 'mixed: text/plain UTF-8 QP; .pdf and .xlsx (RFC 2231 continuations)')
def mx04():
    name = 'mx04'
    lines = ['Добрий день, надсилаємо лист Новгород-Сіверської райдержадміністрації та додаток до нього щодо '
             'виконання Плану заходів «Відкритий уряд» за І півріччя 2013 року.', '', '--', 'Гаврилюк Світлана',
             'загальний відділ апарату Новгород-Сіверської РДА']
    bnd = '----------%s' % hx(name, 22, 'op')
    body = multipart('mixed', [text(lines, 'plain', 'utf-8', params=' format=flowed; delsp=yes;'),
                               attachment(att('mx04_letter.pdf'), MIME['pdf'], 'Лист_НСРДА.pdf', '2231', 'utf-8',
                                          split=36, name_style='2231'),
                               attachment(att('mx04_table.xlsx'), MIME['xlsx'], 'Додаток_НСРДА.xlsx', '2231', 'utf-8',
                                          split=30, name_style='2231')], bnd)
    return message(name, '2013-06-14 15:50:18', addr('Новгород-Сіверська РДА', 'rda-novhorod-siverskyi@example.gov.ua'),
                   'Відкритий уряд - Новгород-Сіверська РДА', body,
                   msgid='<op.wyq%s@gavryliuk-pc>' % hx(name, 10, 'op'), extra=['User-Agent: Opera Mail/12.15 (Win32)'])


# --------------------------------------------------------------------------------------------------------
KEY = {"class": "mixed", "executor": "rda-ichnia", "period": 1, "late": False, "kind": "report", "reason": None,
       "note": "Word document sent by a CDO script as MHTML (alternative plain + related html with two inline PNGs, a "
               "logo and a site screenshot); the MIME headers say koi8-r but the bytes are windows-1251, as the HTML's "
               "own meta says; bold run-in headings instead of plan numbers.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 12, "source": "body"}]}
@mail(KEY, 'CDO for Windows 2000 (MimeOLE)', 'alternative: plain + related(html, 2×png); labelled koi8-r, bytes windows-1251, QP')
def mx05():
    name = 'mx05'
    paras = [
        ('', OFFICE),
        ('', 'Ічнянська райдержадміністрація надає інформацію про виконання Плану заходів з підвищення рівня '
             'відкритості та прозорості діяльності виконавчої влади в області станом на 05.12.2012.'),
        ('Офіційний веб-сайт.', 'Сайт райдержадміністрації переведено на нову систему управління вмістом; створено '
                                'розділи «Відкритий уряд» та «Консультації з громадськістю» (вигляд розділу – на '
                                'знімку нижче).'),
        ('Консультації з громадськістю.', 'Проведено громадські слухання щодо проекту районного бюджету на 2013 рік '
                                          '(27.11.2012) та опитування мешканців м. Ічня щодо роботи комунального '
                                          'транспорту (208 респондентів).'),
        ('Дорадчі органи.', 'До складу районної ради з питань соціального захисту та координаційної ради з питань '
                            'молоді включено 3 представники громадських організацій.'),
        ('Громадська експертиза.', 'Запитів на проведення громадської антикорупційної експертизи проектів розпоряджень '
                                   'не надходило.'),
    ]
    cid1 = 'image001.png@01CDD3A1.2B3C4D50'
    cid2 = 'image002.png@01CDD3A1.2B3C4D50'
    body_html = ('<p class=MsoNormal><img width=64 height=64 src="cid:%s" alt="Герб"></p>\n' % cid1)
    plain = []
    for i, (head, t) in enumerate(paras):
        if head:
            body_html += "<p class=MsoNormal style='text-indent:35.4pt'><b>%s</b> %s<o:p></o:p></p>\n" % (ent(head), ent(t))
            plain.append('%s %s' % (head, t))
        else:
            body_html += "<p class=MsoNormal>%s<o:p></o:p></p>\n" % ent(t)
            plain.append(t)
        if i == 2:
            body_html += '<p class=MsoNormal align=center style=\'text-align:center\'><img width=360 height=200 src="cid:%s" alt="Знімок розділу сайту"></p>\n' % cid2
            plain.append('[Знімок розділу сайту]')
        plain.append('')
    body_html += ("<p class=MsoNormal>Заступник голови райдержадміністрації<span style='mso-tab-count:4'>"
                  "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Г.М. Задорожна<o:p></o:p></p>\n")
    plain.append('Заступник голови райдержадміністрації    Г.М. Задорожна')
    doc = word_html(body_html, cs='windows-1251', wv='11').replace('(filtered medium)', '')

    def logo(x, y):
        cx, cy = x - 32, y - 32
        if abs(cx) < 24 and -26 < cy < 18 - abs(cx) * 0.3 + 8:
            return (0, 87, 184) if cy < 0 else (255, 215, 0)
        return (255, 255, 255)

    def shot(x, y):
        if y < 28:
            return (32, 74, 135)
        if x < 90:
            return (230, 230, 230) if (y // 18) % 2 else (245, 245, 245)
        if 100 < x < 340 and 40 < y < 52:
            return (40, 40, 40)
        if 100 < x < 350 and y > 64 and (y - 64) % 14 < 6 and x < 350 - ((y * 7) % 60):
            return (150, 150, 150)
        return (255, 255, 255)

    img1 = png(64, 64, logo)
    img2 = png(360, 200, shot)
    related = multipart('related', [
        text(doc, 'html', 'windows-1251', declared='koi8-r'),
        Part(['Content-Type: image/png;\n\tname="image001.png"', 'Content-Transfer-Encoding: base64',
              'Content-ID: <%s>' % cid1, 'Content-Location: image001.png'], base64.encodebytes(img1)),
        Part(['Content-Type: image/png;\n\tname="image002.png"', 'Content-Transfer-Encoding: base64',
              'Content-ID: <%s>' % cid2, 'Content-Location: image002.png'], base64.encodebytes(img2))],
        '----=_NextPart_001_%s' % hx(name, 12, 'r').upper(), params=' type="text/html";')
    alt = multipart('alternative', [text(plain, 'plain', 'windows-1251', declared='koi8-r'), related],
                    '----=_NextPart_000_%s' % hx(name, 12, 'a').upper())
    return message(name, '2012-12-06 11:11:05', 'rda-ichnia@example.gov.ua', 'Інформація Ічнянської РДА (Відкритий уряд)',
                   alt, subj_cs='windows-1251', msgid='<%s@sed.ichnia-rda>' % hx(name, 32, 'cdo').upper(),
                   received_from='sed.ichnia-rda.local',
                   extra=['Content-class: urn:content-classes:message', 'Importance: normal', 'Priority: normal',
                          'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.3790.4913'])


# ====================================================================================== build and check

def load_plan():
    try:
        import tomllib
        with open(PLAN_TOML, 'rb') as f:
            plan = tomllib.load(f)
        return {e['id']: [a.lower() for a in e.get('emails', [])] for e in plan['executor']}
    except (OSError, ImportError):
        return {i: [] for i in EXECUTOR_IDS}


def period_of(d):
    day = d.astimezone(KYIV).date()
    if day < APPROVED:
        return None, None
    for i, dl in enumerate(DEADLINES):
        if day <= dl:
            return i + 1, False
        if day <= dl + dt.timedelta(days=GRACE):
            return i + 1, True
    return None, None


def filenames(msg):
    names = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            names.append(fn)
    return names


def check(name, key, raw, executors):
    errs = []
    cls = CLASSES[name[:2]]
    if key['class'] != cls:
        errs.append('class %s does not match prefix %s' % (key['class'], name[:2]))
    if key['executor'] not in executors:
        errs.append('unknown executor %s' % key['executor'])
    if set(key) != {'class', 'executor', 'period', 'late', 'kind', 'reason', 'note', 'items'}:
        errs.append('key fields %s' % sorted(key))
    if cls == 'not_report':
        if key['kind'] != 'not_report' or key['reason'] not in REASONS or key['items']:
            errs.append('not_report key malformed')
    else:
        if key['kind'] != 'report' or key['reason'] is not None or not key['items']:
            errs.append('report key malformed')
    its = [(i['measure'], i['source']) for i in key['items']]
    if its != sorted(set(its)):
        errs.append('items not sorted/unique: %s' % its)
    for m, s in its:
        if not 1 <= m <= 15:
            errs.append('measure %d out of range' % m)
    if b'\n' in raw.replace(b'\r\n', b''):
        errs.append('bare LF')
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    d = email.utils.parsedate_to_datetime(msg['Date'])
    if not (2012 <= d.astimezone(KYIV).year <= 2013):
        errs.append('date out of 2012-2013')
    p, late = period_of(d)
    if (p, late) != (key['period'], key['late']):
        errs.append('period/late %s/%s but Date gives %s/%s' % (key['period'], key['late'], p, late))
    rec = msg.get_all('Received')[0]
    rd = email.utils.parsedate_to_datetime(rec.split(';')[-1].strip())
    delta = (rd - d).total_seconds()
    if not (0 < delta <= 30) or rd.astimezone(KYIV).date() != d.astimezone(KYIV).date():
        errs.append('Received not a few seconds after Date on the same Kyiv day')
    if msg['To'].addresses[0].addr_spec != UVP:
        errs.append('To is not %s' % UVP)
    names = filenames(msg)
    for m, s in its:
        if s != 'body' and s not in names:
            errs.append('source %r not among attachments %r' % (s, names))
    frm = msg['From'].addresses[0].addr_spec.lower()
    own = executors.get(key['executor'], [])
    registered = {a for v in executors.values() for a in v}
    if cls == 'personal_address':
        if frm in own:
            errs.append('personal_address mail sent from the executor\'s own box')
    elif executors[key['executor']] and frm not in own:
        errs.append('From %s is not a registered address of %s' % (frm, key['executor']))
    if frm not in registered and not frm.split('@')[1] in ('gmail.com', 'ukr.net', 'i.ua', 'meta.ua'):
        errs.append('From %s neither registered nor a private box' % frm)
    for part in msg.walk():
        if part.get_filename() and part.get_content_maintype() != 'image':
            size = len(part.get_payload(decode=True) or b'')
            if size > 60 * 1024:
                errs.append('attachment %s is %d bytes' % (part.get_filename(), size))
    return errs, names, msg


def main():
    executors = load_plan()
    all_errs = []
    rows = []
    seen = set()
    by_measure, by_source, by_period, by_exec, by_client, by_class = {}, {}, {}, {}, {}, {}
    for name, key, fn, client, parts in MAILS:
        raw = fn()
        errs, names, msg = check(name, key, raw, executors)
        if name in seen:
            errs.append('duplicate name')
        seen.add(name)
        all_errs += ['%s: %s' % (name, e) for e in errs]
        with open(os.path.join(HERE, name + '.eml'), 'wb') as f:
            f.write(raw)
        with open(os.path.join(HERE, name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write('\n')
        for i in key['items']:
            by_measure[i['measure']] = by_measure.get(i['measure'], 0) + 1
            src = 'body' if i['source'] == 'body' else os.path.splitext(i['source'])[1].lstrip('.').lower()
            by_source[src] = by_source.get(src, 0) + 1
        pk = '%d%s' % (key['period'], ' late' if key['late'] else '')
        by_period[pk] = by_period.get(pk, 0) + 1
        by_exec[key['executor']] = by_exec.get(key['executor'], 0) + 1
        by_client[client] = by_client.get(client, 0) + 1
        by_class[key['class']] = by_class.get(key['class'], 0) + 1
        groups = {}
        for i in key['items']:
            lab = 'body' if i['source'] == 'body' else os.path.splitext(i['source'])[1].lstrip('.')
            groups.setdefault(lab, []).append(str(i['measure']))
        its = '; '.join('%s %s' % (k, ', '.join(v)) for k, v in groups.items()) or '— (%s)' % key['reason']
        rows.append('| %s | %s | %s | %d%s | %s | %s | %s |' % (
            name, key['class'], key['executor'], key['period'], ' late' if key['late'] else '', parts, its, key['note']))
    if len(MAILS) != 40:
        all_errs.append('%d mails, not 40' % len(MAILS))
    for c in CLASSES.values():
        if by_class.get(c) != 5:
            all_errs.append('class %s has %s mails' % (c, by_class.get(c)))
    missing = [m for m in range(1, 16) if m not in by_measure]
    if missing:
        all_errs.append('measures never reported: %s' % missing)
    if '--stats' in sys.argv:
        print('mails', len(MAILS), 'items', sum(by_measure.values()))
        print('by source', sorted(by_source.items()))
        print('by measure', sorted(by_measure.items()))
        print('by period', sorted(by_period.items()))
        print('executors', len(by_exec), sorted(by_exec.items()))
        print('clients', sorted(by_client.items(), key=lambda x: -x[1]))
        print('\n'.join(rows))
    if all_errs:
        print('\n'.join(all_errs))
        sys.exit(1)
    print('ok: %d mails, %d items' % (len(MAILS), sum(by_measure.values())))


if __name__ == '__main__':
    main()
