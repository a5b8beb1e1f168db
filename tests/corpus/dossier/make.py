#!/usr/bin/env python3
"""make.py - builds the "dossier" test corpus for zvit (40 report e-mails + answer keys).

Python 3 standard library only; LibreOffice (soffice) converts the office attachments once.
Every message is assembled by hand: header order, charset labels, transfer encodings,
file-name styles, boundaries and Message-IDs (derived from the mail's name with SHA-1),
CRLF line ends.  Office attachments are written here as HTML (documents) or CSV (sheets),
converted once, kept in attachments/ and reused, so a rerun gives byte-identical .eml files.

Each KEY below was written by hand before the text of its mail; this script only checks the
keys (class prefix, items sorted and unique, period/late against the Date header read in
Europe/Kyiv, every source present in the mail) and writes them out as NAME.expected.json.
"""
import base64
import email
import email.policy
import email.utils
import hashlib
import html
import json
import os
import quopri
import shutil
import struct
import subprocess
import sys
import zlib
from datetime import datetime, timedelta, timezone, date
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(OUT, 'attachments')
WORK = '/tmp/dossier-work'
KYIV = ZoneInfo('Europe/Kyiv')
MAILBOX = 'uvp@cg.ukrtel.net'
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"

# The plan's measures, verbatim (plan-uk.txt), for letters that quote them.
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

CLASSES = {'ph': 'placeholder', 'bp': 'bottom_post', 'nr': 'not_report', 'rg': 'ranges',
           'pr': 'prose', 'fn': 'foreign_numbers', 'pa': 'personal_address', 'mx': 'mixed'}

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


# ---------------------------------------------------------------- determinism helpers

def sha(name, *parts):
    return hashlib.sha1(('dossier/' + name + '/' + '/'.join(map(str, parts))).encode('utf-8')).hexdigest()


def num(name, tag, lo, hi):
    return lo + int(sha(name, tag)[:8], 16) % (hi - lo + 1)


def kyiv(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=KYIV)


def rfc_date(dt, tz=None):
    return email.utils.format_datetime(dt.astimezone(tz or KYIV))


def tzname(dt):
    return 'EEST' if dt.astimezone(KYIV).utcoffset() == timedelta(hours=3) else 'EET'


# Boundaries and Message-IDs in each client's own style, derived from the mail's name.

def bnd(name, style, n=0):
    x = sha(name, 'boundary', n)
    up = x.upper()
    if style == 'outlook':      # Outlook 2003/2007/2010, Outlook Express
        return '----=_NextPart_%03d_%s_%s.%s' % (n, up[:4], up[4:12], up[12:20])
    if style == 'tb':           # Thunderbird
        return '------------' + ''.join(str(int(c, 16) % 10) for c in x[:24])
    if style == 'bat':          # The Bat!
        return '----------' + up[:16]
    if style == 'gmail':
        return '047d7b' + x[:22]
    if style == 'eudora':
        return '=====================_%d==_' % (int(x[:8], 16) % 900000000 + 100000000)
    if style == 'roundcube':
        return '=_' + x[:32]
    if style == 'opera':
        alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
        return '----------' + ''.join(alpha[int(x[i:i + 2], 16) % 62] for i in range(0, 40, 2))
    if style == 'webmail':
        return '--' + x[:8] + '-' + x[8:12] + '-' + x[12:24]
    raise ValueError(style)


def msgid(name, style, domain, dt=None):
    x = sha(name, 'message-id')
    if style == 'outlook':
        return '<%s$%s$%s$@%s>' % ('0000' + x[:8], x[8:16], x[16:24], domain)
    if style == 'oe':
        return '<%s$%s$%s@%s>' % ('00' + x[:6] + '01cd', x[6:14], x[14:22], domain)
    if style == 'tb':
        return '<%s.%s@%s>' % (x[:8].upper(), '%07d' % (int(x[8:14], 16) % 10000000), domain)
    if style == 'bat':
        return '<%d.%s@%s>' % (int(x[:8], 16) % 900000000 + 100000000, dt.strftime('%Y%m%d%H%M%S'), domain)
    if style == 'gmail':
        return '<CA%s+%s=%s@mail.gmail.com>' % (x[:10].upper(), x[10:22], x[22:34])
    if style == 'eudora':
        return '<7.1.0.9.2.%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), x[:8], domain)
    if style == 'roundcube':
        return '<%s@%s>' % (x[:32], domain)
    if style == 'opera':
        return '<op.w%s@%s>' % (x[:12], domain)
    if style == 'webmail':
        return '<%d.%d.%s@%s>' % (int(dt.timestamp()), int(x[:7], 16), x[7:15], domain)
    raise ValueError(style)


def thread_index(name):
    raw = hashlib.sha1(('ti/' + name).encode()).digest() + b'\x01\x02\x03'
    return base64.b64encode(b'\x01\xcd' + raw[:20]).decode()


# ---------------------------------------------------------------- encodings

def b64lines(data):
    s = base64.b64encode(data).decode('ascii')
    return ('\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n').encode('ascii')


def qp(data):
    return quopri.encodestring(data, quotetabs=False)


def enc_body(data, cte):
    if cte == 'base64':
        return b64lines(data)
    if cte == 'quoted-printable':
        out = qp(data)
        return out if out.endswith(b'\n') else out + b'\n'
    return data if data.endswith(b'\n') else data + b'\n'


def ew_b(text, cs):
    """RFC 2047 B encoded words, each at most 75 characters, folded."""
    words, cur = [], ''
    for ch in text:
        t = cur + ch
        if len('=?%s?B?%s?=' % (cs, base64.b64encode(t.encode(cs)).decode())) > 75:
            words.append(cur)
            cur = ch
        else:
            cur = t
    words.append(cur)
    return '\n '.join('=?%s?B?%s?=' % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words)


def _q(ch, cs):
    if ch == ' ':
        return '_'
    if ch.isascii() and (ch.isalnum() or ch in '!*+-/'):
        return ch
    return ''.join('=%02X' % b for b in ch.encode(cs))


def ew_q(text, cs):
    words, cur = [], ''
    for ch in text:
        t = cur + _q(ch, cs)
        if len('=?%s?Q?%s?=' % (cs, t)) > 75:
            words.append(cur)
            cur = _q(ch, cs)
        else:
            cur = t
    words.append(cur)
    return '\n '.join('=?%s?Q?%s?=' % (cs, w) for w in words)


def rfc2231(param, text, cs='UTF-8', chunk=None):
    enc = ''.join(c if (c.isascii() and (c.isalnum() or c in '-._')) else
                  ''.join('%%%02X' % b for b in c.encode(cs)) for c in text)
    if not chunk:
        return "%s*=%s''%s" % (param, cs, enc)
    pieces, i = [], 0
    while i < len(enc):
        j = min(i + chunk, len(enc))
        while j < len(enc) and '%' in enc[j - 2:j]:
            j -= 1
        pieces.append(enc[i:j])
        i = j
    out = ["%s*0*=%s''%s" % (param, cs, pieces[0])]
    out += ['%s*%d*=%s' % (param, k, p) for k, p in enumerate(pieces[1:], 1)]
    return ';\n '.join(out)


def addr(display, address, cs=None, style='b'):
    if not display:
        return address
    if cs is None:
        return '"%s" <%s>' % (display, address)
    e = ew_b(display, cs) if style == 'b' else ew_q(display, cs)
    return '%s <%s>' % (e, address)


def flow(text, width=72):
    """format=flowed: soft-wrap long lines with a trailing space; quoted lines keep their prefix."""
    out = []
    for line in text.split('\n'):
        if line == '-- ':
            out.append(line)
            continue
        prefix = ''
        while line.startswith('>'):
            prefix += '>'
            line = line[1:]
            if line.startswith(' '):
                line = line[1:]
        if prefix:
            prefix += ' '
        if len(prefix + line) <= width:
            out.append((prefix + line).rstrip() if not line.endswith(' ') else prefix + line.rstrip())
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(prefix + cur + w) > width:
                out.append(prefix + cur)
                cur = ''
            cur += w + ' '
        out.append(prefix + cur.rstrip())
    return '\n'.join(out)


# ---------------------------------------------------------------- MIME assembly

def hdr_bytes(headers):
    out = b''
    for n, v in headers:
        if isinstance(v, str):
            v = v.encode('ascii')
        out += n.encode('ascii') + b': ' + v + b'\n'
    return out


def part(headers, body):
    return hdr_bytes(headers) + b'\n' + body


def text(t, cs, cte, subtype='plain', params='', extra=(), ct_quote=True):
    data = t.encode(cs)
    if cs is None:
        raise ValueError
    ct = 'text/%s; charset=%s%s' % (subtype, ('"%s"' % cs) if ct_quote else cs, params)
    hs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + list(extra)
    return part(hs, enc_body(data, cte))


def multipart(subtype, boundary, parts, params='', preamble=b'', extra=(), quote=True):
    ct = 'multipart/%s;%s\n\tboundary=%s' % (subtype, params, ('"%s"' % boundary) if quote else boundary)
    body = preamble
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + p + b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    return part([('Content-Type', ct)] + list(extra), body)


def attachment(data, ctype, name_param, fn_param, cte='base64', extra=(), disp='attachment'):
    """name_param / fn_param: the already encoded parameter text, e.g. 'name="x.doc"'."""
    hs = [('Content-Type', '%s;\n\t%s' % (ctype, name_param) if name_param else ctype),
          ('Content-Transfer-Encoding', cte)]
    hs += [('Content-Disposition', '%s;\n\t%s' % (disp, fn_param) if fn_param else disp)]
    hs += list(extra)
    return part(hs, enc_body(data, cte))


def message(pre, body_part, post=()):
    """pre: headers before the part's own Content-* headers; post: after them."""
    head, _, body = body_part.partition(b'\n\n')
    out = hdr_bytes(pre) + head + b'\n' + hdr_bytes(post) + b'\n' + body
    assert b'\r' not in out
    return out.replace(b'\n', b'\r\n')


def received(name, dt, client_ip, relay, helo=None, local=None):
    """Two Received lines, newest first: the oblast relay a few seconds after Date."""
    s1 = num(name, 'r1', 1, 3)
    s2 = s1 + num(name, 'r2', 2, 7)
    t1 = dt + timedelta(seconds=s1)
    t2 = dt + timedelta(seconds=s2)
    qid = sha(name, 'qid')[:10].upper()
    relay_ip = '193.%d.%d.%d' % (num(name, 'a', 16, 250), num(name, 'b', 1, 250), num(name, 'c', 2, 250))
    top = ('from %s (%s [%s])\n\tby mail.cg.ukrtel.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s (%s)'
           % (relay, relay, relay_ip, qid, MAILBOX, rfc_date(t2), tzname(t2)))
    low = ('from %s ([%s])\n\tby %s with %s; %s'
           % (helo or 'pc', client_ip, relay, local or 'ESMTPA', rfc_date(t1)))
    return [('Received', top), ('Received', low)]


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- Word / Outlook HTML

WORD_STYLE = """<style><!--
/* Font Definitions */
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:Tahoma;
\tpanose-1:2 11 6 4 3 5 4 4 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tmargin-bottom:.0001pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri","sans-serif";
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:blue;
\ttext-decoration:underline;}
a:visited, span.MsoHyperlinkFollowed
\t{mso-style-priority:99;
\tcolor:purple;
\ttext-decoration:underline;}
p.MsoAcetate, li.MsoAcetate, div.MsoAcetate
\t{mso-style-priority:99;
\tmso-style-link:"Balloon Text Char";
\tmargin:0cm;
\tmargin-bottom:.0001pt;
\tfont-size:8.0pt;
\tfont-family:"Tahoma","sans-serif";}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri","sans-serif";
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-family:"Calibri","sans-serif";
\tmso-fareast-language:EN-US;}
@page %(sec)s
\t{size:612.0pt 792.0pt;
\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.%(sec)s
\t{page:%(sec)s;}
--></style>"""


def word_html(inner, ver=14, cs='windows-1251', lang='UK'):
    sec = 'WordSection1' if ver >= 14 else 'Section1'
    gen = {11: 'Microsoft Word 11 (filtered medium)', 12: 'Microsoft Word 12 (filtered medium)',
           14: 'Microsoft Word 14 (filtered medium)'}[ver]
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head>' + ('<meta http-equiv=Content-Type content="text/html; charset=%s">' % cs if cs else '') +
            '<meta name=Generator content="%s">' % gen + (WORD_STYLE % {'sec': sec}) +
            '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->'
            '<!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
            '</o:shapelayout></xml><![endif]--></head>')
    return (head + '<body lang=%s link=blue vlink=purple><div class=%s>' % (lang, sec) + inner +
            '</div></body></html>\n')


def word_paras(t, lang='UK'):
    out = []
    for line in t.split('\n'):
        if line.strip() == '':
            out.append('<p class=MsoNormal><span lang=%s><o:p>&nbsp;</o:p></span></p>' % lang)
        else:
            out.append('<p class=MsoNormal><span lang=%s>%s<o:p></o:p></span></p>' % (lang, esc(line)))
    return '\n'.join(out)


def outlook_header_block(frm, sent, to, subj, lang='uk', cc=None):
    lab = {'uk': ('Від:', 'Надіслано:', 'Кому:', 'Копія:', 'Тема:'),
           'ru': ('От:', 'Отправлено:', 'Кому:', 'Копия:', 'Тема:')}[lang]
    rows = [(lab[0], frm), (lab[1], sent), (lab[2], to)]
    if cc:
        rows.append((lab[3], cc))
    rows.append((lab[4], subj))
    return rows


def outlook_quote_html(rows, quoted_text, lang='UK'):
    hdr = '<br>\n'.join('<b>%s</b> %s' % (esc(k), esc(v)) for k, v in rows)
    return ("<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            "<p class=MsoNormal><span style='font-size:10.0pt;font-family:\"Tahoma\",\"sans-serif\"'>%s"
            "<o:p></o:p></span></p></div></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n%s"
            % (hdr, word_paras(quoted_text, lang)))


def oe_html(t, cs='windows-1251'):
    divs = []
    for line in t.split('\n'):
        divs.append('<DIV><FONT face=Arial size=2>%s</FONT></DIV>' % (esc(line) if line.strip() else '&nbsp;'))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META http-equiv=Content-Type content="text/html; charset=%s">\n'
            '<META content="MSHTML 6.00.2900.6266" name=GENERATOR>\n<STYLE></STYLE>\n</HEAD>\n'
            '<BODY bgColor=#ffffff>\n%s</BODY></HTML>\n' % (cs, '\n'.join(divs)))


# ---------------------------------------------------------------- office attachments

MANIFEST = os.path.join(ATT, 'SOURCES.json')


def _manifest():
    if os.path.exists(MANIFEST):
        with open(MANIFEST, encoding='utf-8') as f:
            return json.load(f)
    return {}


def convert(outname, src_text, src_ext, target, filt, infilter, base=None):
    """Convert once: attachments/<outname> is kept and reused while its source is unchanged."""
    os.makedirs(ATT, exist_ok=True)
    dest = os.path.join(ATT, outname)
    digest = hashlib.sha1((target + filt + src_text).encode('utf-8')).hexdigest()
    man = _manifest()
    if os.path.exists(dest) and man.get(outname) == digest:
        with open(dest, 'rb') as f:
            return f.read()
    tmp = os.path.join(WORK, 'conv', outname)
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    base = base or 'document'
    src = os.path.join(tmp, base + '.' + src_ext)
    with open(src, 'w', encoding='utf-8') as f:
        f.write(src_text)
    cmd = ['soffice', '--headless', '-env:UserInstallation=file://%s/lo' % WORK,
           '--infilter=' + infilter, '--convert-to', '%s:%s' % (target, filt), '--outdir', tmp, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    res = os.path.join(tmp, base + '.' + target)
    shutil.copyfile(res, dest)
    man[outname] = digest
    with open(MANIFEST, 'w', encoding='utf-8') as f:
        json.dump(man, f, ensure_ascii=False, indent=1, sort_keys=True)
    with open(dest, 'rb') as f:
        return f.read()


DOC_FILTERS = {'doc': 'MS Word 97', 'docx': 'MS Word 2007 XML', 'odt': 'writer8',
               'rtf': 'Rich Text Format', 'pdf': 'writer_pdf_Export'}
SHEET_FILTERS = {'xls': 'MS Excel 97', 'xlsx': 'Calc MS Excel 2007 XML', 'ods': 'calc8'}


def document(outname, body_html, title='Документ'):
    ext = outname.rsplit('.', 1)[1]
    src = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<title>%s</title><style>body{font-family:"Times New Roman",serif;font-size:13pt} '
           'p{margin:0 0 4pt 0} td,th{vertical-align:top;font-size:11pt;border:1px solid #000;padding:2pt} '
           'table{border-collapse:collapse}</style></head><body>\n%s\n</body></html>\n' % (esc(title), body_html))
    return convert(outname, src, 'html', ext, DOC_FILTERS[ext], 'HTML (StarWriter)')


def sheet(outname, rows, sheetname='Аркуш1'):
    ext = outname.rsplit('.', 1)[1]
    lines = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(x in c for x in ';"\n') or c != c.strip():
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        lines.append(';'.join(cells))
    src = '\n'.join(lines) + '\n'
    return convert(outname, src, 'csv', ext, SHEET_FILTERS[ext], 'CSV:59,34,76,1', base=sheetname)


def letterhead(*lines):
    return '\n'.join('<p align="center"><b>%s</b></p>' % esc(l) for l in lines)


def paras(t):
    out = []
    for block in t.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>'.join(esc(l) for l in block.split('\n')) + '</p>')
    return '\n'.join(out)


def table(rows, header=True, widths=None):
    out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%">']
    for i, r in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        cells = []
        for j, c in enumerate(r):
            w = ' width="%d%%"' % widths[j] if widths and i == 0 else ''
            cells.append('<%s%s>%s</%s>' % (tag, w, esc(str(c)).replace('\n', '<br>'), tag))
        out.append('<tr>' + ''.join(cells) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def png_logo(w=40, h=48):
    """A tiny hand-made PNG (a blue-and-yellow shield) for Word HTML mail with an inline image."""
    raw = b''
    for y in range(h):
        row = b'\x00'
        for x in range(w):
            inside = (x - w / 2) ** 2 / (w / 2) ** 2 + max(0, y - h * 0.55) ** 2 / (h * 0.45) ** 2 <= 1 and y > 2
            if not inside:
                row += b'\xff\xff\xff'
            elif y < h * 0.5:
                row += b'\x1f\x4e\xa8'
            else:
                row += b'\xf5\xc8\x1b'
        raw += row

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


# ---------------------------------------------------------------- zvit's own mail, as quoted

def zvit_reminder(deadline, today, executor, missing, partial=False, overdue=False):
    if overdue:
        first = ('Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення '
                 'рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації '
                 'Ініціативи «Партнерство „Відкритий уряд“» (пункт 16 плану).' % deadline)
    else:
        first = ('Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та '
                 'прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство '
                 '„Відкритий уряд“» інформацію про його виконання необхідно надати до %s на адресу електронної '
                 'пошти %s.' % (deadline, MAILBOX))
    if partial:
        second = ('Вашу інформацію отримано, проте станом на %s за звітний період не вдалося зарахувати '
                  'відомості щодо пунктів, наведених нижче.' % today)
    else:
        second = ('Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:'
                  % (today, executor))
    return first, second, [(m, M[m]) for m in missing]


REMINDER_TAIL = [
    'Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація '
    'про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати '
    'інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.',
]


def reminder_lines(deadline, today, executor, missing, partial=False, overdue=False):
    first, second, items = zvit_reminder(deadline, today, executor, missing, partial, overdue)
    out = ['Шановні колеги!', '', first, '', second]
    for m, t in items:
        out += ['', '  %d. %s' % (m, t)]
    out += [''] + REMINDER_TAIL + ['', 'Просимо надати інформацію невідкладно.' if overdue else
                                   'Просимо дотримуватися встановленого терміну.', '',
                                   'Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, '
                                   'просимо вважати його недійсним.', '', 'З повагою', OFFICE]
    return out


def receipt_lines(received, subject, executor, period, deadline, recognised, missing, late=False,
                  not_applicable=None):
    out = ['Шановні колеги!', '',
           '%s підтверджує отримання Вашого листа від %s «%s».' % (OFFICE, received, subject), '',
           'Виконавець: %s.' % executor,
           'Звітний період: %d-й (термін подання інформації — %s).' % (period, deadline)]
    if late:
        out.append('Лист надійшов після встановленого терміну; інформацію враховано як подану із запізненням.')
    out.append('')
    if recognised:
        out.append('Розпізнано інформацію щодо таких пунктів плану:')
        out += ['  • пункт %d: %s' % (m, ex) for m, ex in recognised]
    else:
        out.append('Інформації, яку можна віднести до пунктів плану, у листі не виявлено.')
    if not_applicable:
        out.append('Зазначено, що не стосуються Вашої установи, пункти: %s.' % ', '.join(map(str, not_applicable)))
    out.append('')
    if missing:
        out.append('За цей звітний період ще очікується інформація щодо пунктів плану:')
        out += ['  %d. %s' % (m, M[m]) for m in missing]
    else:
        out.append('Інформацію щодо всіх пунктів плану, виконавцем яких визначено Вашу установу, за цей період '
                   'отримано. Дякуємо за співпрацю.')
    out += ['', 'Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу '
            '%s.' % MAILBOX, '', 'З повагою', OFFICE]
    return out


# ---------------------------------------------------------------- client header sets

XMAILER = {11: 'Microsoft Office Outlook, Build 11.0.5510', 12: 'Microsoft Office Outlook 12.0',
           14: 'Microsoft Outlook 14.0'}


def outlook_headers(name, ver, dt, frm, subj, to=MAILBOX, relay='mail.example.gov.ua', extra=(),
                    lang='uk', domain='example.gov.ua', cc=None):
    pre = received(name, dt, '10.%d.%d.%d' % (num(name, 'i1', 0, 9), num(name, 'i2', 0, 254),
                                                num(name, 'i3', 2, 254)), relay, helo=sha(name, 'h')[:6].upper())
    pre += [('From', frm), ('To', to)]
    if cc:
        pre.append(('Cc', cc))
    pre += [('Subject', subj), ('Date', rfc_date(dt)), ('Message-ID', msgid(name, 'outlook', domain))]
    pre += list(extra) + [('MIME-Version', '1.0')]
    post = [('X-Mailer', XMAILER[ver]), ('Thread-Index', thread_index(name))]
    if ver >= 12:
        post.append(('Content-Language', lang))
    if ver <= 12:
        post.append(('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.5931'))
    return pre, post


def tb_headers(name, dt, frm, subj, to=MAILBOX, relay='mail.example.gov.ua', extra=(),
               domain='example.gov.ua', ua='Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130107 Thunderbird/17.0.2'):
    pre = received(name, dt, '10.%d.%d.%d' % (num(name, 'i1', 0, 9), num(name, 'i2', 0, 254),
                                                num(name, 'i3', 2, 254)), relay, helo='[10.0.0.%d]' % num(name, 'i4', 2, 200))
    pre += [('Message-ID', msgid(name, 'tb', domain)), ('Date', rfc_date(dt)), ('From', frm),
            ('User-Agent', ua), ('MIME-Version', '1.0'), ('To', to)]
    pre += list(extra) + [('Subject', subj)]
    return pre, []


def bat_headers(name, dt, frm, subj, to=MAILBOX, relay='mail.example.gov.ua', extra=(), domain='example.gov.ua'):
    pre = received(name, dt, '10.%d.%d.%d' % (num(name, 'i1', 0, 9), num(name, 'i2', 0, 254),
                                                num(name, 'i3', 2, 254)), relay, helo='user-pc')
    pre += [('Date', rfc_date(dt)), ('From', frm), ('X-Mailer', 'The Bat! (v3.99.3) Professional'),
            ('Reply-To', frm), ('X-Priority', '3 (Normal)'), ('Message-ID', msgid(name, 'bat', domain, dt)),
            ('To', to)] + list(extra) + [('Subject', subj), ('MIME-Version', '1.0')]
    return pre, []


def oe_headers(name, dt, frm, subj, to=MAILBOX, relay='mail.example.gov.ua', extra=(), domain='example.gov.ua'):
    pre = received(name, dt, '10.%d.%d.%d' % (num(name, 'i1', 0, 9), num(name, 'i2', 0, 254),
                                                num(name, 'i3', 2, 254)), relay, helo=sha(name, 'h')[:5].upper())
    pre += [('Message-ID', msgid(name, 'oe', domain)), ('From', frm), ('To', to)] + list(extra)
    pre += [('Subject', subj), ('Date', rfc_date(dt)), ('MIME-Version', '1.0')]
    post = [('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'),
            ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931'),
            ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.6157')]
    return pre, post


def eudora_headers(name, dt, frm, subj, to=MAILBOX, relay='mail.example.gov.ua', domain='example.gov.ua'):
    pre = received(name, dt, '10.%d.%d.%d' % (num(name, 'i1', 0, 9), num(name, 'i2', 0, 254),
                                                num(name, 'i3', 2, 254)), relay, helo='eudora')
    pre += [('Message-Id', msgid(name, 'eudora', domain, dt)),
            ('X-Mailer', 'QUALCOMM Windows Eudora Version 7.1.0.9'), ('Date', rfc_date(dt)), ('To', to),
            ('From', frm), ('Subject', subj), ('Mime-Version', '1.0')]
    return pre, []


def opera_headers(name, dt, frm, subj, to=MAILBOX, relay='mail.example.gov.ua', domain='pc-sektor'):
    pre = received(name, dt, '10.%d.%d.%d' % (num(name, 'i1', 0, 9), num(name, 'i2', 0, 254),
                                                num(name, 'i3', 2, 254)), relay, helo='pc-sektor')
    pre += [('To', to), ('Subject', subj), ('Date', rfc_date(dt)), ('From', frm), ('MIME-Version', '1.0')]
    post = [('Message-ID', msgid(name, 'opera', domain)), ('User-Agent', 'Opera Mail/12.12 (Win32)')]
    return pre, post


# ================================================================= 1. placeholder (ph)

KEY = {"class": "placeholder", "executor": "su-ekolohiia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 cover note plus an .xls with a row for every owed measure; only rows 1, 6 and 9 have content, the rest carry «—», «х», an empty cell, and row 16 only cites the covering letter.",
       "items": [{"measure": 1, "source": "Відкритий уряд_екологія_IV кв.xls"},
                 {"measure": 6, "source": "Відкритий уряд_екологія_IV кв.xls"},
                 {"measure": 9, "source": "Відкритий уряд_екологія_IV кв.xls"}]}


@mail('ph01', KEY)
def _ph01(name='ph01'):
    dt = kyiv('2012-12-12 11:07:43')
    fname = 'Відкритий уряд_екологія_IV кв.xls'
    rows = [
        ['Інформація Управління екології та природних ресурсів облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (станом на 10.12.2012)', '', '', ''],
        ['', '', '', ''],
        ['№ пункту плану', 'Зміст заходу (скорочено)', 'Відповідальний', 'Інформація про виконання'],
        ['1', 'Інформаційне наповнення та функціонування офіційних веб-сайтів', 'відділ екологічної політики', 'На веб-сторінці управління на офіційному сайті облдержадміністрації у жовтні-листопаді 2012 р. оновлено розділи «Нормативна база», «Регуляторна діяльність», «Звернення громадян»; щотижня розміщується інформація про стан довкілля області. Всього за IV квартал розміщено 46 інформаційних матеріалів.'],
        ['2', 'Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»', '—', '—'],
        ['6', 'Консультації з громадськістю', 'відділ екологічної політики', '17 жовтня 2012 р. проведено публічне громадське обговорення проекту Регіональної програми охорони навколишнього природного середовища на 2013–2017 роки (взяли участь 38 осіб, надійшло 11 пропозицій, 7 з них враховано).'],
        ['7', 'Залучення представників ІГС до дорадчо-консультативних органів', '', 'х'],
        ['8', 'Голови комітетів Громадської ради у складі колегій', '', '—'],
        ['9', 'Залучення членів громадських рад до обговорення проектів', 'відділ екологічної політики', 'До обговорення проекту зазначеної Програми залучено членів Громадської ради при облдержадміністрації Кравченка І. С. та Мельник О. В.; їх пропозиції щодо моніторингу якості води р. Десна враховано в остаточній редакції.'],
        ['12', 'Громадські експертизи', '', ''],
        ['16', 'Надання інформації УВП', 'загальний відділ', 'Інформацію надано листом від 11.12.2012 № 05-09/2214'],
    ]
    data = sheet('ph01.xls', rows)
    body = ('Добрий день!\n\n'
            'Управління екології та природних ресурсів облдержадміністрації надсилає інформацію про виконання '
            'Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області '
            '(лист від 11.12.2012 № 05-09/2214, таблиця у вкладенні).\n'
            'Оригінал листа направлено поштою.\n\n'
            'З повагою,\n'
            'Наталія Литвиненко\n'
            'головний спеціаліст відділу екологічної політики\n'
            'Управління екології та природних ресурсів облдержадміністрації\n'
            'тел. (0462) 67-51-38\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(word_html(word_paras(body), 12), 'windows-1251', 'quoted-printable', 'html')])
    att = attachment(data, 'application/vnd.ms-excel', 'name="%s"' % ew_b(fname, 'windows-1251'),
                     'filename="%s"' % ew_b(fname, 'windows-1251'))
    top = multipart('mixed', bnd(name, 'outlook', 0), [alt, att],
                    preamble=b'This is a multi-part message in MIME format.\n\n')
    pre, post = outlook_headers(name, 12, dt, addr('Литвиненко Наталія', 'ekolohiia@example.gov.ua', 'windows-1251'),
                                ew_b('інформація Відкритий уряд (екологія)', 'windows-1251'))
    return message(pre, top, post)


KEY = {"class": "placeholder", "executor": "rda-koriukivka", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird mail with a .docx letter whose table has a row for all 16 measures; only 1, 6, 7 and 10 carry content, the others «-», «немає», a bare «Не проводились», and row 16 «Інформацію надано».",
       "items": [{"measure": 1, "source": "Інформація_Корюківська РДА_червень 2013.docx"},
                 {"measure": 6, "source": "Інформація_Корюківська РДА_червень 2013.docx"},
                 {"measure": 7, "source": "Інформація_Корюківська РДА_червень 2013.docx"},
                 {"measure": 10, "source": "Інформація_Корюківська РДА_червень 2013.docx"}]}


@mail('ph02', KEY)
def _ph02(name='ph02'):
    dt = kyiv('2013-06-13 15:22:09')
    fname = 'Інформація_Корюківська РДА_червень 2013.docx'
    short = {1: 'Приведення офіційних Інтернет-сайтів до вимог законодавства', 2: 'Рубрики на сайті ОДА',
             3: 'Веб-ресурс «Чернігівська громада»', 4: 'Інтернет-форум', 5: '«Гаряча лінія» голови ОДА',
             6: 'Консультації з громадськістю', 7: 'Залучення ІГС до дорадчо-консультативних органів',
             8: 'Голови комітетів Громадської ради у складі колегій', 9: 'Залучення членів громадських рад до обговорення проектів',
             10: 'Робоча група з питань відкритості при громадській раді', 11: 'Дні відкритих дверей УВП',
             12: 'Громадські експертизи', 13: 'Навчальні семінари', 14: 'Методичні посібники',
             15: 'Громадське обговорення виконання Плану', 16: 'Надання інформації УВП'}
    term = {1: 'Постійно', 2: 'Постійно', 3: 'IV кв. 2012', 4: 'I кв. 2013', 5: 'Постійно', 6: 'Постійно',
            7: 'Постійно', 8: 'Постійно', 9: 'Постійно', 10: 'Постійно', 11: 'Постійно', 12: 'Постійно',
            13: 'до 01.03.2013', 14: 'до 01.01.2013', 15: 'Щорічно', 16: '15.12.2012, 15.06.2013, 15.12.2013'}
    info = {
        1: 'Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог Закону України «Про доступ до публічної інформації»: створено розділ «Доступ до публічної інформації», розміщено систему обліку публічної інформації, щомісяця оновлюється розділ «Нормативні документи» (за I півріччя розміщено 64 розпорядження голови РДА).',
        6: 'У I півріччі 2013 року проведено 4 консультації з громадськістю у формі громадських слухань та зустрічей з мешканцями: щодо проекту програми соціально-економічного розвитку району (15.02.2013), щодо благоустрою населених пунктів (21.03.2013), щодо оптимізації мережі загальноосвітніх шкіл (18.04.2013) та щодо тарифів на вивезення твердих побутових відходів (23.05.2013).',
        7: 'До складу районної комісії з питань техногенно-екологічної безпеки і надзвичайних ситуацій та районної ради з питань безпечної життєдіяльності населення включено двох членів громадської ради при райдержадміністрації (розпорядження від 11.03.2013 № 82).',
        9: 'Не проводились',
        10: 'Громадській раді при райдержадміністрації рекомендовано створити робочу групу з питань відкритості та прозорості діяльності органу влади (лист від 14.01.2013 № 01-14/57); робочу групу у складі 5 осіб утворено рішенням громадської ради від 06.02.2013.',
        12: 'немає',
        16: 'Інформацію надано',
    }
    rows = [['№ з/п', 'Захід Плану', 'Термін', 'Стан виконання']]
    for m in range(1, 17):
        rows.append([str(m), short[m], term[m], info.get(m, '-')])
    bodyhtml = (letterhead('УКРАЇНА', 'КОРЮКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ', 'ЧЕРНІГІВСЬКОЇ ОБЛАСТІ') +
                '<p align="center">вул. Шевченка, 62, м. Корюківка, 15300, тел. 2-13-40</p>'
                '<p>12.06.2013 № 01-14/1105</p>'
                '<p align="right">Управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>облдержадміністрації</p>'
                '<p align="center"><b>Інформація<br>про виконання Плану заходів з підвищення рівня відкритості та прозорості '
                'діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» '
                'станом на 10.06.2013</b></p>' + table(rows, widths=[6, 30, 14, 50]) +
                '<p>&nbsp;</p><p>Заступник голови райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;В. М. Кириченко</p>'
                '<p><small>Сидоренко 2-11-87</small></p>')
    data = document('ph02.docx', bodyhtml, 'Інформація Корюківської РДА')
    body = flow('Добрий день!\n\n'
                'Направляємо інформацію Корюківської райдержадміністрації щодо виконання Плану заходів з підвищення '
                'рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи '
                '«Партнерство „Відкритий уряд“» за I півріччя 2013 року (лист від 12.06.2013 № 01-14/1105).\n\n'
                '-- \n'
                'з повагою, Віта Сидоренко\n'
                'загальний відділ апарату Корюківської райдержадміністрації\n'
                'тел. (04657) 2-11-87\n')
    att = attachment(data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'name="%s"' % ew_b(fname, 'UTF-8'), rfc2231('filename', fname, 'UTF-8', chunk=40))
    top = multipart('mixed', bnd(name, 'tb'), [text(body, 'UTF-8', '8bit', params='; format=flowed', ct_quote=False), att],
                    preamble=b'This is a multi-part message in MIME format.\n', quote=False)
    pre, post = tb_headers(name, dt, addr('Віта Сидоренко', 'rda-koriukivka@example.gov.ua', 'UTF-8'),
                           ew_b('Відкритий уряд - Корюківська РДА, І півріччя 2013', 'UTF-8'))
    return message(pre, top, post)


KEY = {"class": "placeholder", "executor": "su-finansy", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 plain+HTML twin (Word markup, windows-1251 base64) with a table of the owed measures: 1, 2 and 8 answered; «—», «+», a bare «Не проводились» and «Не стосується» elsewhere.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 8, "source": "body"}]}


@mail('ph03', KEY)
def _ph03(name='ph03'):
    dt = kyiv('2013-06-11 09:48:31')
    rows = [
        ('1', 'Інформаційне наповнення офіційних веб-сайтів',
         'На веб-сторінці Головного фінансового управління щомісяця оновлюється інформація про виконання обласного бюджету; розділ «Публічна інформація» доповнено переліком наборів даних, що перебувають у володінні управління.'),
        ('2', 'Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»',
         'На офіційному сайті облдержадміністрації в рубриці «Виконання місцевих бюджетів Чернігівської області» щомісяця (до 15 числа) розміщуються дані про виконання зведеного бюджету області; станом на 01.06.2013 розміщено 5 звітів та пояснювальні записки до них.'),
        ('6', 'Консультації з громадськістю', '—'),
        ('7', 'Залучення ІГС до дорадчо-консультативних органів', '+'),
        ('8', 'Голови комітетів Громадської ради у складі колегій',
         'Голову комітету з питань бюджету та фінансів Громадської ради при облдержадміністрації Литвина С. П. наказом від 22.02.2013 № 31 введено до складу колегії Головного фінансового управління; 26.04.2013 він узяв участь у засіданні колегії.'),
        ('9', 'Залучення членів громадських рад до обговорення проектів', 'Не проводились'),
        ('12', 'Громадські експертизи', 'Не стосується'),
    ]
    intro = ('Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації',
             'Головне фінансове управління облдержадміністрації на виконання пункту 16 Плану заходів з підвищення '
             'рівня відкритості та прозорості діяльності виконавчої влади в області надає інформацію станом на 10.06.2013:')
    sig = ['З повагою',
           'Олександр Дмитрук',
           'начальник відділу організаційно-кадрової роботи',
           'Головного фінансового управління облдержадміністрації',
           'тел. (0462) 67-22-35']
    plain = intro[0] + '\n\n' + intro[1] + '\n\n№ п/п\tЗахід\tІнформація\n'
    plain += ''.join('%s\t%s\t%s\n' % r for r in rows)
    plain += '\n' + '\n'.join(sig) + '\n'
    cell = "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><span lang=UK style='font-size:10.0pt'>%s<o:p></o:p></span></p></td>"
    trs = ["<tr>" + ''.join(cell % ('<b>%s</b>' % esc(h)) for h in ('№ п/п', 'Захід', 'Інформація')) + "</tr>"]
    for r in rows:
        trs.append("<tr>" + ''.join(cell % esc(c) for c in r) + "</tr>")
    inner = (word_paras(intro[0]) + '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n' + word_paras(intro[1]) +
             "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
             "style='border-collapse:collapse;border:none'>\n" + '\n'.join(trs) + "\n</table>\n"
             "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + word_paras('\n'.join(sig)))
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(plain, 'windows-1251', 'base64'),
        text(word_html(inner, 14), 'windows-1251', 'base64', 'html')])
    pre, post = outlook_headers(name, 14, dt, addr('Дмитрук Олександр', 'finansy@example.gov.ua', 'windows-1251'),
                                ew_b('Інформація ГФУ щодо Плану заходів (Відкритий уряд)', 'windows-1251'))
    return message(pre, alt, post)


KEY = {"class": "placeholder", "executor": "rda-sosnytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Opera Mail with an .ods of the district's owed measures: 6 and 12 reported, 9 answered with a reasoned denial naming the discussion of draft orders; «х», «-», an empty cell and «+» (row 16) say nothing.",
       "items": [{"measure": 6, "source": "sosnytsia_vidkr_uriad_2013.ods"},
                 {"measure": 9, "source": "sosnytsia_vidkr_uriad_2013.ods"},
                 {"measure": 12, "source": "sosnytsia_vidkr_uriad_2013.ods"}]}


@mail('ph04', KEY)
def _ph04(name='ph04'):
    dt = kyiv('2013-12-10 16:05:12')
    fname = 'sosnytsia_vidkr_uriad_2013.ods'
    rows = [
        ['Сосницька районна державна адміністрація', '', ''],
        ['Інформація про виконання Плану заходів «Відкритий уряд» за II півріччя 2013 року', '', ''],
        ['Пункт', 'Захід', 'Виконання'],
        ['1', 'Офіційний веб-сайт', 'х'],
        ['6', 'Консультації з громадськістю', 'Проведено консультації з громадськістю щодо проекту районного бюджету на 2014 рік (громадські слухання 27.11.2013, 52 учасники) та щодо реорганізації мережі закладів культури району (засідання «круглого столу» 18.09.2013, 23 учасники).'],
        ['7', 'Дорадчо-консультативні органи', ''],
        ['9', 'Обговорення проектів розпоряджень за участю членів громадської ради', 'Громадське обговорення проектів розпоряджень голови райдержадміністрації у II півріччі не проводилось, оскільки проекти регуляторного характеру не розроблялись.'],
        ['10', 'Робоча група з питань відкритості', '-'],
        ['12', 'Громадські експертизи', 'Громадською організацією «Сосницька ініціатива» проведено громадську експертизу діяльності відділу освіти райдержадміністрації; на виконання експертних пропозицій розпорядженням від 04.11.2013 № 211 затверджено план заходів (6 заходів), 4 з них виконано.'],
        ['16', 'Інформація до УВП', '+'],
    ]
    data = sheet('ph04.ods', rows, 'Лист1')
    body = flow('Шановні колеги!\n\n'
                'Надсилаємо таблицю з інформацією Сосницької РДА за II півріччя 2013 р.\n\n'
                'Лесик Тетяна,\n'
                'сектор з питань внутрішньої політики, зв\'язків із засобами масової інформації та громадськістю\n'
                'апарату Сосницької районної державної адміністрації\n'
                'т. (04655) 2-14-56\n')
    b = bnd(name, 'opera')
    att = attachment(data, 'application/vnd.oasis.opendocument.spreadsheet', 'name=%s' % fname,
                     'filename=%s' % fname)
    top = multipart('mixed', b, [text(body, 'utf-8', '8bit', params='; format=flowed; delsp=yes', ct_quote=False), att],
                    quote=False)
    pre, post = opera_headers(name, dt, addr('Сосницька РДА', 'rda-sosnytsia@example.gov.ua', 'utf-8', 'q'),
                              ew_q('Відкритий уряд Сосниця', 'utf-8'))
    return message(pre, top, post)


KEY = {"class": "placeholder", "executor": "cppk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! koi8-u plain text with a table pasted from Word, a row for all 16 measures: only 13 (seminars) and 14 (methodical materials handed out) carry content, all others «-».",
       "items": [{"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}]}


@mail('ph05', KEY)
def _ph05(name='ph05'):
    dt = kyiv('2012-12-07 14:31:55')
    info = {
        13: ('20-21 листопада 2012 р. на базi Центру проведено навчальний семiнар "Консультацiї з громадськiстю: '
             'органiзацiя та проведення" для заступникiв керiвникiв структурних пiдроздiлiв облдержадмiнiстрацiї, '
             'вiдповiдальних за органiзацiю консультацiй (27 слухачiв); 4 грудня 2012 р. - семiнар для спецiалiстiв, '
             'якi безпосередньо органiзовують консультацiї з громадськiстю (31 слухач). Другий цикл навчання - у лютому 2013 р.'),
        14: ('Слухачам обох семiнарiв видано методичнi матерiали "Iнструменти полiтики сприяння розвитку '
             'громадянського суспiльства", пiдготовленi викладачами Центру спiльно з УВП (60 прим.), '
             'електронну версiю розмiщено на сторiнцi Центру.'),
    }
    lines = []
    for m in range(1, 17):
        lines.append('%-4s| %s' % (str(m) + '.', info.get(m, '-')))
    body = ('Добрий день!\n\n'
            'Iнформацiя Чернiгiвського центру перепiдготовки та пiдвищення квалiфiкацiї працiвникiв органiв '
            'державної влади, органiв мiсцевого самоврядування, державних установ, пiдприємств i органiзацiй '
            'щодо виконання Плану заходiв з пiдвищення рiвня вiдкритостi та прозоростi дiяльностi виконавчої '
            'влади в областi (станом на 05.12.2012):\n\n'
            'N   | Iнформацiя про виконання\n'
            '----+------------------------------------------------------------\n' +
            '\n'.join(lines) + '\n\n'
            '-- \n'
            'З повагою,\n'
            ' Галина Савенко, методист навчально-методичного вiддiлу\n'
            ' Чернiгiвського центру перепiдготовки та пiдвищення квалiфiкацiї\n'
            ' тел. (0462) 65-18-04\n')
    body = body.replace('i', 'і').replace('I', 'І')   # the lines above were typed with Latin i/I: make them the Ukrainian letters
    pre, post = bat_headers(name, dt, addr('Центр ПК', 'cppk@example.gov.ua', 'koi8-u'),
                            ew_b('Інформація ЦППК по плану Відкритий уряд', 'koi8-u'))
    return message(pre, text(body, 'koi8-u', '8bit', ct_quote=False), post)


# ================================================================= 2. bottom_post (bp)

def quote_gt(lines):
    return '\n'.join('>' if l == '' else '> ' + l for l in lines)


def zvit_mid(tag):
    return '<zvit.%s@cg.ukrtel.net>' % hashlib.sha1(('zvit/' + tag).encode()).hexdigest()[:20]


KEY = {"class": "bottom_post", "executor": "rda-horodnia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply interleaved with the quoted reminder: an answer under quoted item 6, a denial under quoted item 9 (draft orders not put to discussion), a bare «-» under 12; the quoted measure texts themselves count for nothing.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail('bp01', KEY)
def _bp01(name='bp01'):
    dt = kyiv('2013-06-10 10:14:02')
    rem = reminder_lines('15.06.2013', '05.06.2013', 'Городнянська районна державна адміністрація', [6, 9, 12])
    answers = {
        6: ('У I півріччі проведено консультації з громадськістю у формі електронних консультацій на '
            'веб-сайті РДА (проект Програми розвитку малого підприємництва на 2013-2014 роки, з 11.03 по '
            '10.04.2013, 19 пропозицій) та публічного громадського обговорення проекту районної програми '
            '«Питна вода» (23.05.2013, 34 учасники).'),
        9: ('Проекти розпоряджень голови райдержадміністрації на громадське обговорення у I півріччі не '
            'виносились, тому члени громадської ради до нього не залучались.'),
        12: '-',
    }
    out = ['05.06.2013 16:00, Управління з питань внутрішньої політики пише:']
    block = []
    for l in rem:
        block.append(l)
        s = l.strip()
        for m, a in answers.items():
            if s.startswith('%d. ' % m):
                out.append(quote_gt(block))
                out.append('')
                out.append(a)
                out.append('')
                block = []
    out.append(quote_gt(block))
    out += ['', 'З повагою,', '-- ', 'Оксана Гребінь',
            'відділ організаційної роботи та взаємодії з органами місцевого самоврядування',
            'апарату Городнянської районної державної адміністрації', 'тел. (04645) 2-14-73', '']
    body = flow('\n'.join(out))
    ref = zvit_mid('reminder/2013-06-05/rda-horodnia')
    pre, post = tb_headers(name, dt, addr('Оксана Гребінь', 'rda-horodnia@example.gov.ua', 'UTF-8'),
                           'Re: ' + ew_b('Нагадування про подання інформації (План заходів «Відкритий уряд»)', 'UTF-8'),
                           extra=[('References', ref), ('In-Reply-To', ref)],
                           ua='Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6')
    return message(pre, text(body, 'UTF-8', '8bit', params='; format=flowed', ct_quote=False), post)


KEY = {"class": "bottom_post", "executor": "su-zdorovia", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 plain text, Ukrainian header block with no «>», new text typed below the quoted receipt (whose excerpts for 1 and 6 must not count); adds 7 and 8, «не стосується» for 2 and a promise for 9 and 12; sent two days after the deadline.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}]}


@mail('bp02', KEY)
def _bp02(name='bp02'):
    dt = kyiv('2012-12-17 12:20:45')
    rsubj = 'інформація УОЗ по Відкритому уряду'
    rec = receipt_lines('14.12.2012', rsubj, "Управління охорони здоров'я облдержадміністрації", 1, '15.12.2012',
                        [(1, 'На веб-сторінці управління на офіційному сайті облдержадміністрації розміщено оновлений перелік…'),
                         (6, '29.11.2012 проведено консультацію з громадськістю щодо проекту Програми «Здоров’я…')],
                        [2, 7, 8, 9, 12])
    quoted = ['', '', '-----Оригінальне повідомлення-----',
              'Від: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] ',
              'Надіслано: 14 грудня 2012 р. 17:02',
              'Кому: zdorovia@example.gov.ua',
              'Тема: Підтвердження отримання: ' + rsubj, ''] + rec
    new = ['', '',
           "Доповнюємо інформацію управління охорони здоров'я облдержадміністрації за IV квартал 2012 року:",
           '',
           'по п. 7 – до складу обласної координаційної ради з питань протидії туберкульозу та ВІЛ-інфекції/СНІДу '
           'включено трьох представників громадських організацій (Чернігівське обласне відділення ВБО '
           '«Всеукраїнська мережа ЛЖВ», ГО «Рух за здоров\'я», ГО «Матері Чернігівщини»), розпорядження голови '
           'облдержадміністрації від 29.11.2012 № 512;',
           'по п. 8 – наказом управління від 12.12.2012 № 1104 до складу колегії управління введено голову комітету '
           'з питань охорони здоров\'я та соціальної політики Громадської ради при облдержадміністрації Ярошенко Л. М.;',
           'по п. 2 – не стосується;',
           'по пп. 9, 12 – інформацію буде надано додатково до 20.12.2012.',
           '',
           'Вибачте за затримку з відповіддю.',
           '',
           'І. О. Марченко',
           'провідний спеціаліст відділу кадрів та юридичного забезпечення',
           "Управління охорони здоров'я облдержадміністрації",
           'тел. 67-30-12', '']
    body = '\n'.join(quoted + new)
    pre, post = outlook_headers(name, 11, dt, addr('Марченко Ірина', 'zdorovia@example.gov.ua', 'windows-1251'),
                                'RE: ' + ew_b('Підтвердження отримання: ' + rsubj, 'windows-1251'))
    return message(pre, text(body, 'windows-1251', 'quoted-printable'), post)


KEY = {"class": "bottom_post", "executor": "rda-bakhmach", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian Outlook 2007 plain+HTML twin; the answer in Russian sits below the «Исходное сообщение» header block and the whole quoted reminder; 1 and 10 answered, «не касается» for 12, a promise for 6, 7, 9.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 10, "source": "body"}]}


@mail('bp03', KEY)
def _bp03(name='bp03'):
    dt = kyiv('2013-12-12 15:40:20')
    subj = 'Нагадування про подання інформації (План заходів «Відкритий уряд»)'
    rem = reminder_lines('15.12.2013', '10.12.2013', 'Бахмацька районна державна адміністрація', [1, 6, 7, 9, 10, 12])
    rows = outlook_header_block('Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net]',
                                '10 декабря 2013 г. 9:00', 'rda-bakhmach@example.gov.ua', subj, lang='ru')
    answer = ['Информация Бахмацкой райгосадминистрации за II полугодие 2013 года:', '',
              'По п. 1 – на официальном веб-сайте райгосадминистрации обновлён раздел «Публичная информация», '
              'размещено 214 информационных материалов, в т.ч. 37 проектов распоряжений; обеспечено '
              'функционирование электронной приёмной.',
              'По п. 10 – рабочая группа по вопросам открытости и прозрачности деятельности органа власти создана '
              'в составе общественного совета при райгосадминистрации 17.09.2013 (решение общественного совета № 4), '
              'в неё вошли 4 человека.',
              'По п. 12 – не касается.',
              'По пп. 6, 7, 9 – информация будет предоставлена дополнительно.', '',
              'С уважением,', 'Сергей Руденко',
              'главный специалист отдела организационной работы аппарата',
              'Бахмацкой районной государственной администрации', 'тел. (04635) 2-11-09']
    plain = ('\n-----Исходное сообщение-----\n' + '\n'.join('%s %s' % r for r in rows) + '\n\n' +
             '\n'.join(rem) + '\n\n' + '\n'.join(answer) + '\n')
    inner = ('<p class=MsoNormal><span lang=RU><o:p>&nbsp;</o:p></span></p>\n' +
             outlook_quote_html(rows, '\n'.join(rem)) +
             '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n' + word_paras('\n'.join(answer), 'RU'))
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(plain, 'windows-1251', 'quoted-printable'),
        text(word_html(inner, 12), 'windows-1251', 'quoted-printable', 'html')])
    pre, post = outlook_headers(name, 12, dt, addr('Руденко Сергей', 'rda-bakhmach@example.gov.ua', 'windows-1251'),
                                'RE: ' + ew_b(subj, 'windows-1251'), lang='ru')
    return message(pre, alt, post)


KEY = {"class": "bottom_post", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube plain+HTML reply, answers placed between <blockquote> pieces of the quoted reminder (and «>» in the plain twin), one under item 3 and one under item 4; Date header in UTC.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 4, "source": "body"}]}


@mail('bp04', KEY)
def _bp04(name='bp04'):
    dt = kyiv('2013-03-14 19:22:40')
    subj = 'Нагадування про подання інформації (План заходів «Відкритий уряд»)'
    rem = reminder_lines('15.06.2013', '12.03.2013', 'Громадська рада при облдержадміністрації', [3, 4])
    answers = {
        3: ('Веб-ресурс «Чернігівська громада» працює з 20 грудня 2012 року (gromada.example.org.ua), його '
            'адмініструє секретаріат Громадської ради. За I квартал розміщено 57 матеріалів, зареєстровано '
            '312 користувачів, щотижня публікуються анонси засідань комітетів.'),
        4: ('Форум на базі ресурсу відкрито 1 березня 2013 року: 9 тем (ремонт доріг, тарифи ЖКГ, доступ до '
            'публічної інформації, екологія Десни тощо), 146 повідомлень; модерують члени комітету з питань '
            'інформаційної політики.'),
    }
    pieces, block = [], []
    for l in rem:
        block.append(l)
        for m, a in answers.items():
            if l.strip().startswith('%d. ' % m):
                pieces.append(('q', block))
                pieces.append(('a', a))
                block = []
    pieces.append(('q', block))
    sig = ['-- ', 'Ганна Бойко', 'секретар Громадської ради при Чернігівській облдержадміністрації', 'моб. 067-461-22-90']
    plain = ['12.03.2013 15:00, uvp@cg.ukrtel.net написав:']
    hparts = ['<p>12.03.2013 15:00, uvp@cg.ukrtel.net написав:</p>']
    for kind, v in pieces:
        if kind == 'q':
            plain.append(quote_gt(v))
            hparts.append('<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; '
                          'margin-left:5px">' + '<br />'.join(esc(x) for x in v) + '</blockquote>')
        else:
            plain += ['', v, '']
            hparts.append('<p>' + esc(v) + '</p>')
    plain += [''] + sig + ['']
    hparts.append('<div class="pre" style="margin: 0; padding: 0; font-family: monospace">' +
                  '<br />'.join(esc(x) for x in sig) + '</div>')
    htmlbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
                '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n' + '\n'.join(hparts) +
                '\n</body></html>\n')
    alt = multipart('alternative', bnd(name, 'roundcube'), [
        text(flow('\n'.join(plain)), 'UTF-8', 'quoted-printable', params='; format=flowed', ct_quote=False),
        text(htmlbody, 'UTF-8', 'quoted-printable', 'html', ct_quote=False)])
    ref = zvit_mid('reminder/2013-03-12/gromrada')
    relay = 'webmail.example.gov.ua'
    pre = received(name, dt, '46.%d.%d.%d' % (num(name, 'p1', 1, 250), num(name, 'p2', 1, 250), num(name, 'p3', 2, 250)),
                   relay, helo='webmail', local='HTTP')
    pre += [('MIME-Version', '1.0')]
    pre += [('Date', rfc_date(dt, timezone.utc)), ('From', addr('Ганна Бойко', 'gromrada@example.gov.ua', 'UTF-8')),
            ('To', MAILBOX), ('Subject', 'Re: ' + ew_b(subj, 'UTF-8')), ('In-Reply-To', ref), ('References', ref),
            ('Message-ID', msgid(name, 'roundcube', 'webmail.example.gov.ua'))]
    post = [('X-Sender', 'gromrada@example.gov.ua'), ('User-Agent', 'Roundcube Webmail/0.8.4')]
    return message(pre, alt, post)


KEY = {"class": "bottom_post", "executor": "uvp", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП answers zvit's «partial» reminder from its own registered box in Thunderbird, interleaving answers under quoted items 5, 11 and 15; the plan wording of the quoted items is not the report.",
       "items": [{"measure": 5, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 15, "source": "body"}]}


@mail('bp05', KEY)
def _bp05(name='bp05'):
    dt = kyiv('2013-11-25 10:02:30')
    rem = reminder_lines('15.12.2013', '22.11.2013', OFFICE, [5, 11, 15], partial=True)
    answers = {
        5: ('«Гаряча лінія» голови облдержадміністрації працює щоденно з 8.00 до 20.00; у III кварталі надійшло '
            '1284 звернення, у жовтні-листопаді - 906. Щопонеділка спільно з відділом роботи із зверненнями '
            'громадян готуємо узагальнення для голови ОДА.'),
        11: ('24 жовтня 2013 року проведено День відкритих дверей управління для представників громадських '
             'організацій та журналістів обласних ЗМІ (17 учасників): структура управління, порядок акредитації, '
             'робота прес-служби.'),
        15: ('21 листопада 2013 року спільно з регіональним координатором «Партнерства „Відкритий уряд“» та '
             'Громадською радою організовано громадське обговорення виконання заходів Плану (46 учасників, '
             '12 пропозицій до плану на 2014 рік).'),
    }
    out = ['22.11.2013 17:30, uvp@cg.ukrtel.net пише:']
    block = []
    for l in rem:
        block.append(l)
        for m, a in answers.items():
            if l.strip().startswith('%d. ' % m):
                out += [quote_gt(block), '', a, '']
                block = []
    out.append(quote_gt(block))
    out += ['', 'Колеги, решта пунктів, виконавцем яких є управління, закрита звітом від 14.11.2013.', '',
            '-- ', 'Володимир Нестеренко',
            "заступник начальника управління - начальник відділу зв'язків з громадськістю",
            "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації",
            'тел. (0462) 67-50-17', '']
    body = flow('\n'.join(out))
    ref = zvit_mid('reminder/2013-11-22/uvp')
    pre, post = tb_headers(name, dt, addr('Володимир Нестеренко', 'uvp-info@example.gov.ua', 'UTF-8'),
                           'Re: ' + ew_b('Нагадування про подання інформації (План заходів «Відкритий уряд»)', 'UTF-8'),
                           extra=[('References', ref), ('In-Reply-To', ref)],
                           ua='Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.0')
    return message(pre, text(body, 'UTF-8', '8bit', params='; format=flowed', ct_quote=False), post)


# ================================================================= 3. not_report (nr)

def ics_fold(lines):
    out = []
    for l in lines:
        b = l.encode('utf-8')
        first = True
        while len(b) > (75 if first else 74):
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(('' if first else ' ') + b[:cut].decode('utf-8'))
            b = b[cut:]
            first = False
        out.append(('' if first else ' ') + b.decode('utf-8'))
    return '\n'.join(out) + '\n'


VTIMEZONE = ['BEGIN:VTIMEZONE', 'TZID:FLE Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T040000',
             'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
             'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200',
             'TZOFFSETTO:+0300', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
             'END:VTIMEZONE']


def ics_text(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


KEY = {"class": "not_report", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Outlook Express plain+HTML: the culture department asks whether it must report on measure 2 and again on measure 8 (collegium unchanged since December) and in what form; it names measures and subjects but reports nothing.",
       "items": []}


@mail('nr01', KEY)
def _nr01(name='nr01'):
    dt = kyiv('2013-05-29 10:11:12')
    body = ('Доброго дня!\n\n'
            'Підкажіть, будь ласка, чи потрібно управлінню культури і туризму подавати інформацію по пункту 2 '
            'Плану (рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»), якщо звіти про '
            'виконання обласної програми розвитку культури ми щокварталу направляємо до Головного управління '
            'економіки, а воно саме розміщує їх у рубриці?\n'
            'І ще: чи треба повторно звітувати по п. 8, якщо склад колегії управління з грудня не змінювався? '
            'Якщо так, то в якій формі — таблицею чи листом за підписом начальника?\n\n'
            'Дякую.\n'
            'Оксана Приходько\n'
            'сектор організаційної роботи\n'
            'Управління культури і туризму облдержадміністрації\n'
            'т. 67-47-09\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(oe_html(body), 'windows-1251', 'quoted-printable', 'html')],
        preamble=b'This is a multi-part message in MIME format.\n\n')
    pre, post = oe_headers(name, dt, addr('Приходько Оксана', 'kultura@example.gov.ua', 'windows-1251'),
                           ew_b('питання щодо звіту по Плану (Відкритий уряд)', 'windows-1251'),
                           domain='kultura-pc2')
    return message(pre, alt, post)


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "Outlook 2010 meeting request (text/plain, text/html and text/calendar method=REQUEST) inviting УВП to a seminar under measure 13; the seminar is yet to be held, so nothing is reported.",
       "items": []}


@mail('nr02', KEY)
def _nr02(name='nr02'):
    dt = kyiv('2013-02-12 09:30:00')
    summ = 'Семінар «Інструменти політики сприяння розвитку громадянського суспільства» (26.02.2013)'
    body = ('Шановні колеги!\n\n'
            "Чернігівський центр перепідготовки та підвищення кваліфікації запрошує представника управління з "
            "питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації взяти участь у відкритті "
            'та проведенні навчального семінару «Інструменти політики сприяння розвитку громадянського суспільства» '
            'для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію '
            'консультацій з громадськістю (п. 13 Плану заходів).\n\n'
            'Час: 26 лютого 2013 р., 10.00–16.00.\n'
            'Місце: м. Чернігів, вул. Слобідська, 6, ауд. 21.\n\n'
            'Просимо підтвердити участь та до 20 лютого погодити тему виступу (орієнтовно: «Постанова КМУ № 996: '
            'практика області»).\n\n'
            'З повагою,\n'
            'Галина Савенко, методист навчально-методичного відділу\n'
            'Чернігівського центру перепідготовки та підвищення кваліфікації\n')
    uid = '040000008200E00074C5B7101A82E00800000000' + sha(name, 'uid')[:32].upper()
    ics = ics_fold(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0'] +
                   VTIMEZONE +
                   ['BEGIN:VEVENT', 'ORGANIZER;CN=Центр ПК:MAILTO:cppk@example.gov.ua',
                    'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net',
                    'DESCRIPTION;LANGUAGE=uk-UA:' + ics_text(body),
                    'SUMMARY;LANGUAGE=uk-UA:' + ics_text(summ),
                    'DTSTART;TZID=FLE Standard Time:20130226T100000',
                    'DTEND;TZID=FLE Standard Time:20130226T160000',
                    'UID:' + uid, 'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20130212T073000Z', 'TRANSP:OPAQUE',
                    'STATUS:CONFIRMED', 'SEQUENCE:0',
                    'LOCATION;LANGUAGE=uk-UA:' + ics_text('м. Чернігів, вул. Слобідська, 6, ауд. 21'),
                    'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
                    'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1',
                    'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
                    'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    cal = part([('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST'),
                ('Content-Transfer-Encoding', 'base64')], b64lines(ics.encode('utf-8')))
    alt = multipart('alternative', bnd(name, 'outlook', 0), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(word_html(word_paras(body), 14), 'windows-1251', 'quoted-printable', 'html'),
        cal])
    pre, post = outlook_headers(name, 14, dt, addr('Савенко Галина', 'cppk@example.gov.ua', 'windows-1251'),
                                ew_b(summ, 'windows-1251'))
    post = [('Content-class', 'urn:content-classes:calendarmessage')] + post
    return message(pre, alt, post)


KEY = {"class": "not_report", "executor": "rda-ichnia", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "Eudora plain text (windows-1251, format=flowed): the district asks for the deadline to be moved to 21.06.2013 and lists the measures it will report on later.",
       "items": []}


@mail('nr03', KEY)
def _nr03(name='nr03'):
    dt = kyiv('2013-06-14 16:45:03')
    body = ('Управлінню з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації\n\n'
            'Шановні колеги!\n\n'
            'Ічнянська районна державна адміністрація просить продовжити термін подання інформації про виконання '
            'Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у '
            'рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за I півріччя 2013 року до 21 червня '
            '2013 року у зв\'язку з перебуванням відповідального працівника сектору з питань внутрішньої політики '
            'у щорічній відпустці та підготовкою до сесії районної ради 18.06.2013.\n\n'
            'Інформацію по пунктах 1, 6, 7, 9, 10, 12 буде надано невідкладно після виходу працівника.\n\n'
            'Лист від 14.06.2013 № 02-18/1320, оригінал надіслано поштою.\n\n'
            'Заступник голови райдержадміністрації                     Н. В. Бондаренко\n\n'
            'Виконавець: Гончар Л. П., тел. (04633) 2-15-61\n')
    pre, post = eudora_headers(name, dt, addr('Ічнянська РДА', 'rda-ichnia@example.gov.ua', 'windows-1251', 'q'),
                               ew_q('Продовження терміну - Ічнянська РДА', 'windows-1251'))
    return message(pre, text(flow(body), 'windows-1251', 'quoted-printable', params='; format=flowed'), post)


KEY = {"class": "not_report", "executor": "su-mistobuduvannia", "period": 1, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "Outlook 2007 letter on letterhead (windows-1251 base64 twins): information on measures 1, 6, 7, 9 and 12 will be sent by 19.12.2012 and the hearings are only planned; the word «форум» (an urban-planning forum) is no report on measure 4.",
       "items": []}


@mail('nr04', KEY)
def _nr04(name='nr04'):
    dt = kyiv('2012-12-14 17:55:10')
    body = ('УПРАВЛІННЯ МІСТОБУДУВАННЯ ТА АРХІТЕКТУРИ\n'
            'ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ\n'
            'вул. Київська, 14а, м. Чернігів, 14005, тел./факс (0462) 67-38-40\n\n'
            '14.12.2012 № 02-07/1893\n\n'
            "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            'Щодо виконання Плану заходів\n\n'
            'У зв\'язку з проведенням 12–14 грудня обласного містобудівного форуму «Простір громади» та значним '
            'навантаженням на працівників управління інформацію про виконання пунктів 1, 6, 7, 9 та 12 Плану заходів '
            'з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області буде надано до '
            '19.12.2012.\n\n'
            'Громадські слухання щодо проекту Схеми планування території Чернігівської області заплановано на '
            '18.12.2012; просимо дозволити включити їх результати до інформації.\n\n'
            'Начальник управління – головний архітектор області                 Т. П. Осадчий\n\n'
            'Виконавець: Ткаченко А. В., 67-38-44\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'base64'),
        text(word_html(word_paras(body), 12), 'windows-1251', 'base64', 'html')])
    pre, post = outlook_headers(name, 12, dt, addr('Управління містобудування та архітектури', 'mistobuduvannia@example.gov.ua', 'windows-1251'),
                                ew_b('лист № 02-07/1893 щодо Плану заходів', 'windows-1251'))
    return message(pre, alt, post)


KEY = {"class": "not_report", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "Thunderbird mail with an .ics attachment (method=PUBLISH): the regional coordinator announces the public discussion of the plan's implementation (measure 15) set for 21.11.2013 and asks to spread the word; the event has not taken place.",
       "items": []}


@mail('nr05', KEY)
def _nr05(name='nr05'):
    dt = kyiv('2013-11-05 13:20:00')
    fname = 'obgovorennia_21-11-2013.ics'
    body = ('Шановні колеги!\n\n'
            'Повідомляю, що 21 листопада 2013 року о 14.00 у великій залі Будинку громадських організацій '
            '(м. Чернігів, вул. Магістратська, 7) відбудеться громадське обговорення виконання заходів Плану з '
            'підвищення рівня відкритості та прозорості діяльності влади в області у рамках реалізації Ініціативи '
            '«Партнерство „Відкритий уряд“».\n\n'
            'Порядок денний: 1) звіт управління з питань внутрішньої політики; 2) виступи голів комітетів '
            'Громадської ради; 3) пропозиції до плану дій на 2014 рік.\n\n'
            'Подію у форматі календаря додаю. Прошу поширити запрошення серед структурних підрозділів та '
            'райдержадміністрацій.\n\n'
            'З повагою,\n'
            '-- \n'
            'Ігор Савчук\n'
            'регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області\n'
            'моб. 050-318-44-71\n')
    ics = ics_fold(['BEGIN:VCALENDAR', 'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0',
                    'METHOD:PUBLISH', 'BEGIN:VTIMEZONE', 'TZID:Europe/Kiev', 'BEGIN:STANDARD',
                    'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'TZNAME:EET', 'DTSTART:19701025T040000',
                    'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'END:VTIMEZONE',
                    'BEGIN:VEVENT', 'CREATED:20131105T111500Z', 'LAST-MODIFIED:20131105T111800Z',
                    'DTSTAMP:20131105T111800Z', 'UID:' + sha(name, 'uid')[:8] + '-' + sha(name, 'uid')[8:12] + '-4a1b-9c2d-' + sha(name, 'uid')[12:24],
                    'SUMMARY:' + ics_text('Громадське обговорення виконання Плану заходів «Відкритий уряд»'),
                    'DTSTART;TZID=Europe/Kiev:20131121T140000', 'DTEND;TZID=Europe/Kiev:20131121T170000',
                    'LOCATION:' + ics_text('м. Чернігів, вул. Магістратська, 7, Будинок громадських організацій'),
                    'DESCRIPTION:' + ics_text('1) звіт УВП; 2) виступи голів комітетів Громадської ради; 3) пропозиції до плану дій на 2014 рік'),
                    'END:VEVENT', 'END:VCALENDAR'])
    att = part([('Content-Type', 'text/calendar; charset=UTF-8; method=PUBLISH;\n name="%s"' % fname),
                ('Content-Transfer-Encoding', '8bit'),
                ('Content-Disposition', 'attachment;\n filename="%s"' % fname)], ics.encode('utf-8'))
    top = multipart('mixed', bnd(name, 'tb'), [text(flow(body), 'UTF-8', '8bit', params='; format=flowed', ct_quote=False), att],
                    preamble=b'This is a multi-part message in MIME format.\n', quote=False)
    pre, post = tb_headers(name, dt, addr('Ігор Савчук', 'ogp-coordinator@example.org.ua', 'UTF-8'),
                           ew_b('Громадське обговорення виконання Плану - 21.11.2013', 'UTF-8'),
                           relay='mail.example.org.ua', domain='example.org.ua',
                           ua='Mozilla/5.0 (Windows NT 6.1; WOW64; rv:24.0) Gecko/20100101 Thunderbird/24.1.0')
    return message(pre, top, post)


# ================================================================= 4. ranges (rg)

KEY = {"class": "ranges", "executor": "su-osvita", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 cover note plus a .docx letter whose table answers «1–2, 6–9» in one cell as one block (counts 1, 2, 6, 7, 8, 9) and 12 in its own row; «2013–2016 рр.», «10–12 грудня», «5–11 класах» are not measures.",
       "items": [{"measure": 1, "source": "Інформація УОН_Відкритий уряд_грудень 2012.docx"},
                 {"measure": 2, "source": "Інформація УОН_Відкритий уряд_грудень 2012.docx"},
                 {"measure": 6, "source": "Інформація УОН_Відкритий уряд_грудень 2012.docx"},
                 {"measure": 7, "source": "Інформація УОН_Відкритий уряд_грудень 2012.docx"},
                 {"measure": 8, "source": "Інформація УОН_Відкритий уряд_грудень 2012.docx"},
                 {"measure": 9, "source": "Інформація УОН_Відкритий уряд_грудень 2012.docx"},
                 {"measure": 12, "source": "Інформація УОН_Відкритий уряд_грудень 2012.docx"}]}


@mail('rg01', KEY)
def _rg01(name='rg01'):
    dt = kyiv('2012-12-13 10:25:44')
    fname = 'Інформація УОН_Відкритий уряд_грудень 2012.docx'
    rows = [['№ пункту Плану', 'Інформація про виконання'],
            ['1–2, 6–9',
             'Розділ управління на офіційному сайті облдержадміністрації та власний веб-сайт управління оновлюються '
             'щоденно; до рубрики «Хід виконання цільових програм» подано інформацію про виконання Програми розвитку '
             'освіти «Чернігівщина освітня» за 9 місяців 2012 року. Консультації з громадськістю щодо проекту '
             'Програми розвитку освіти на 2013–2016 рр. проведено 10–12 грудня в усіх районах (понад 400 учасників). '
             'До складу колегії управління введено голову комітету з гуманітарних питань Громадської ради при '
             'облдержадміністрації, до ради директорів закладів професійно-технічної освіти – представників двох '
             'громадських організацій; члени Громадської ради взяли участь в обговоренні проекту Програми.'],
            ['12',
             'ГО «Батьківський контроль» проведено громадську експертизу діяльності управління щодо організації '
             'харчування учнів 5–11 класів; експертні пропозиції враховано в наказі управління від 30.11.2012 № 611.'],
            ['16', 'Інформацію надано цим листом.']]
    bodyhtml = (letterhead('ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ', 'УПРАВЛІННЯ ОСВІТИ І НАУКИ') +
                '<p align="center">вул. Шевченка, 34, м. Чернігів, 14013, тел. (0462) 67-57-09, код ЄДРПОУ 02147345</p>'
                '<p>12.12.2012 № 01-11/3567&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;На № ______ від ________</p>'
                '<p align="right">Управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>облдержадміністрації</p>'
                '<p>На виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади '
                'в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого заступником '
                'голови облдержадміністрації 10 вересня 2012 року, управління освіти і науки облдержадміністрації '
                'інформує:</p>' + table(rows, widths=[15, 85]) +
                '<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О. І. Коновал</p>'
                '<p><small>Зінченко 67-57-21</small></p>')
    data = document('rg01.docx', bodyhtml, 'Лист УОН')
    body = ('Добрий день!\n\n'
            'Управління освіти і науки облдержадміністрації надсилає інформацію щодо виконання Плану заходів з '
            'підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (лист від 12.12.2012 '
            '№ 01-11/3567). Оригінал – поштою.\n\n'
            'З повагою,\n'
            'Тетяна Зінченко\n'
            'завідувач сектору організаційно-аналітичної роботи\n'
            'Управління освіти і науки облдержадміністрації\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(word_html(word_paras(body), 14), 'windows-1251', 'quoted-printable', 'html')])
    att = attachment(data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'name="%s"' % ew_b(fname, 'windows-1251'), 'filename="%s"' % ew_b(fname, 'windows-1251'))
    top = multipart('mixed', bnd(name, 'outlook', 0), [alt, att])
    pre, post = outlook_headers(name, 14, dt, addr('Зінченко Тетяна', 'osvita@example.gov.ua', 'windows-1251'),
                                ew_b('Відкритий уряд - інформація управління освіти і науки', 'windows-1251'))
    return message(pre, top, post)


KEY = {"class": "ranges", "executor": "rda-kozelets", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! koi8-u plain letter: «По п. 1», «По п. 6», «Пункти 7 і 9» answered as one block, a bare «П.п. 10, 12 - не проводились» (placeholder) and the п. 16 line; «з 01.07 по 30.11.2013», «2014-2016 роки», «2-3 рази» are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail('rg02', KEY)
def _rg02(name='rg02'):
    dt = kyiv('2013-12-09 09:12:33')
    body = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            'Козелецька районна державна адміністрація інформує про виконання Плану заходів з підвищення рівня '
            'відкритості та прозорості діяльності виконавчої влади в області за II півріччя 2013 року.\n\n'
            'По п. 1 - на офіційному веб-сайті райдержадміністрації з 01.07 по 30.11.2013 розміщено 389 матеріалів, '
            'оновлено розділ "Доступ до публічної інформації", запроваджено версію сайту для людей з вадами зору.\n\n'
            'По п. 6 - проведено 5 консультацій з громадськістю (громадські слухання щодо проекту районного бюджету '
            'на 2014 рік, обговорення програми розвитку культури на 2014-2016 роки та ін.).\n\n'
            'Пункти 7 і 9 - до складу районної ради з питань безпеки дорожнього руху та координаційної ради з питань '
            "сім'ї включено 3 членів громадської ради; члени громадської ради взяли участь в обговоренні проекту "
            'розпорядження "Про затвердження Правил благоустрою смт Козелець". Засідання громадської ради '
            'проходять 2-3 рази на місяць.\n\n'
            'П.п. 10, 12 - не проводились.\n\n'
            'По п. 16 - інформацію надано в установлений термін.\n\n'
            'Перший заступник голови райдержадміністрації                 О.М.Щербак\n\n'
            'Вик. Коваль Т., 2-18-34\n')
    pre, post = bat_headers(name, dt, addr('Козелецька РДА', 'rda-kozelets@example.gov.ua', 'koi8-u'),
                            ew_b('Інформація Козелецької РДА - Відкритий уряд (II півріччя)', 'koi8-u'))
    return message(pre, text(body, 'koi8-u', '8bit', ct_quote=False), post)


KEY = {"class": "ranges", "executor": "su-apk", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 plain text in Russian (windows-1251 base64): «п. 1», «п. 2», «пп. 7-9» answered as one block, «пп. 6, 12 – не касается»; «2011-2015», «2013-2015 годы» and order numbers are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 9, "source": "body"}]}


@mail('rg03', KEY)
def _rg03(name='rg03'):
    dt = kyiv('2013-06-07 14:03:18')
    body = ('Управлению по вопросам внутренней политики и связей с общественностью облгосадминистрации\n\n'
            'Главное управление агропромышленного развития облгосадминистрации сообщает о выполнении Плана '
            'мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области '
            'за I полугодие 2013 года.\n\n'
            'п. 1 – на веб-странице главного управления на официальном сайте облгосадминистрации еженедельно '
            'обновляется информация о ходе весенне-полевых работ и ценах на сельхозпродукцию, размещены проекты '
            'приказов регуляторного характера;\n'
            'п. 2 – в рубрике «Ход выполнения целевых программ» размещена информация о выполнении Программы '
            'развития агропромышленного комплекса области на 2011-2015 годы за 2012 год;\n'
            'пп. 7-9 – председатель комитета по вопросам АПК Общественного совета при облгосадминистрации введен в '
            'состав коллегии главного управления (приказ от 15.01.2013 № 9); в состав совета по вопросам развития '
            'фермерства включены представители 3 общественных организаций; члены общественного совета приняли '
            'участие в обсуждении проекта программы поддержки индивидуальных крестьянских хозяйств на 2013-2015 годы;\n'
            'пп. 6, 12 – не касается.\n\n'
            'Заместитель начальника главного управления                В.И.Гриценко\n\n'
            'Исп. Мороз Е.П., 67-25-81\n')
    pre, post = outlook_headers(name, 11, dt, addr('Мороз Елена', 'apk@example.gov.ua', 'windows-1251'),
                                ew_b('Информация ГУ АПР по плану Открытое правительство', 'windows-1251'), lang='ru')
    return message(pre, text(body, 'windows-1251', 'base64'), post)


KEY = {"class": "ranges", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own report from uvp-info@ in Thunderbird: a cover note that only names the attachments' points, a PDF on «пунктів з 3 по 5» answered as one block and an ODT with «Пункт 11» and «Пункти 13–15» as one block; «з 10 по 14 грудня» and «20–21 листопада» are dates.",
       "items": [{"measure": 3, "source": "Довідка_пп_3-5.pdf"}, {"measure": 4, "source": "Довідка_пп_3-5.pdf"},
                 {"measure": 5, "source": "Довідка_пп_3-5.pdf"}, {"measure": 11, "source": "довідка_11_13-15.odt"},
                 {"measure": 13, "source": "довідка_11_13-15.odt"}, {"measure": 14, "source": "довідка_11_13-15.odt"},
                 {"measure": 15, "source": "довідка_11_13-15.odt"}]}


@mail('rg04', KEY)
def _rg04(name='rg04'):
    dt = kyiv('2012-12-14 16:30:11')
    f1, f2 = 'Довідка_пп_3-5.pdf', 'довідка_11_13-15.odt'
    lh = letterhead('УПРАВЛІННЯ З ПИТАНЬ ВНУТРІШНЬОЇ ПОЛІТИКИ ТА ЗВ’ЯЗКІВ З ГРОМАДСЬКІСТЮ',
                    'ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ')
    d1 = (lh + '<p align="center">Сектор інформаційно-аналітичної роботи</p>'
          '<p align="center"><b>ДОВІДКА</b><br>про виконання пунктів з 3 по 5 Плану заходів з підвищення рівня '
          'відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи '
          '«Партнерство „Відкритий уряд“» станом на 14.12.2012</p>' +
          paras('Пункти з 3 по 5.\n'
                'Спільно з Громадською радою при облдержадміністрації завершено створення веб-ресурсу «Чернігівська '
                'громада» (тестовий режим з 10 по 14 грудня, відкриття – 20.12.2012); підготовлено технічне завдання '
                'на Інтернет-форум, модераторів форуму визначено з числа членів комітету з питань інформаційної '
                'політики Громадської ради; «гаряча лінія» голови облдержадміністрації працює в режимі щоденного '
                'прийому дзвінків, за жовтень–листопад опрацьовано 1 132 звернення, з них 87 % вирішено позитивно '
                'або надано роз’яснення.\n\n'
                'Завідувач сектору                                   Л. Д. Бережна'))
    d2 = (lh + '<p align="center">Відділ зв’язків з громадськістю</p>'
          '<p align="center"><b>ДОВІДКА</b><br>про виконання пунктів 11, 13–15 Плану заходів станом на 14.12.2012</p>' +
          paras('Пункт 11. 23 листопада 2012 року проведено День відкритих дверей управління для представників '
                'громадських організацій та засобів масової інформації (21 учасник): ознайомлення з функціями '
                'відділів, порядком акредитації журналістів, роботою громадської приймальні.\n\n'
                'Пункти 13–15. Спільно з Чернігівським центром перепідготовки та підвищення кваліфікації 20–21 '
                'листопада та 4 грудня проведено навчальні семінари для заступників керівників структурних '
                'підрозділів і спеціалістів, які організовують консультації з громадськістю (58 слухачів); розроблено '
                'та поширено серед структурних підрозділів і райдержадміністрацій методичний посібник «Консультації з '
                'громадськістю: алгоритм дій» (150 прим.); 29.11.2012 на засіданні Громадської ради проведено '
                'громадське обговорення виконання заходів Плану, пропозиції узагальнено.\n\n'
                'Начальник відділу                                   В. Нестеренко'))
    a1 = document('rg04.pdf', d1, 'Довідка пп. 3-5')
    a2 = document('rg04.odt', d2, 'Довідка пп. 11, 13-15')
    body = flow('Колеги, для обліку:\n'
                'довідки управління про виконання Плану за IV квартал 2012 року - по пп. 3-5 (PDF, сектор '
                "інформаційно-аналітичної роботи) та по пунктах 11, 13-15 (ODT, відділ зв'язків з громадськістю). "
                'Оригінали - у справі 04-12.\n\n'
                '-- \n'
                'Людмила Бережна\n'
                "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n")
    att1 = attachment(a1, 'application/pdf', 'name="%s"' % ew_b(f1, 'UTF-8'), rfc2231('filename', f1, 'UTF-8', chunk=36))
    att2 = attachment(a2, 'application/vnd.oasis.opendocument.text', 'name="%s"' % ew_b(f2, 'UTF-8'),
                      rfc2231('filename', f2, 'UTF-8', chunk=36))
    top = multipart('mixed', bnd(name, 'tb'), [text(body, 'UTF-8', '8bit', params='; format=flowed', ct_quote=False), att1, att2],
                    preamble=b'This is a multi-part message in MIME format.\n', quote=False)
    pre, post = tb_headers(name, dt, addr('Людмила Бережна', 'uvp-info@example.gov.ua', 'UTF-8'),
                           ew_b('довідки УВП по Плану заходів, IV кв. 2012', 'UTF-8'))
    return message(pre, top, post)


KEY = {"class": "ranges", "executor": "rda-pryluky", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 note sent two days late with an .xlsx whose number cells read «1, 6 – 9» and «10,12», each answered as one block (8 counts though districts do not owe it); «2–3 рази», «2013–2017 роки», «№ 145-р» are not measures, row 16 is not counted.",
       "items": [{"measure": 1, "source": "Прилуцька РДА_I півріччя 2013.xlsx"},
                 {"measure": 6, "source": "Прилуцька РДА_I півріччя 2013.xlsx"},
                 {"measure": 7, "source": "Прилуцька РДА_I півріччя 2013.xlsx"},
                 {"measure": 8, "source": "Прилуцька РДА_I півріччя 2013.xlsx"},
                 {"measure": 9, "source": "Прилуцька РДА_I півріччя 2013.xlsx"},
                 {"measure": 10, "source": "Прилуцька РДА_I півріччя 2013.xlsx"},
                 {"measure": 12, "source": "Прилуцька РДА_I півріччя 2013.xlsx"}]}


@mail('rg05', KEY)
def _rg05(name='rg05'):
    dt = kyiv('2013-06-17 10:05:40')
    fname = 'Прилуцька РДА_I півріччя 2013.xlsx'
    rows = [['Прилуцька районна державна адміністрація', ''],
            ['Інформація про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області, I півріччя 2013 р.', ''],
            ['№ пунктів Плану', 'Інформація про виконання'],
            ['1, 6 – 9',
             'Офіційний веб-сайт РДА оновлюється 2–3 рази на тиждень, створено розділ «Громадська рада». Проведено 3 '
             'консультації з громадськістю (щодо проекту програми розвитку агропромислового комплексу району на '
             '2013–2017 роки, щодо районного бюджету, щодо оптимізації мережі ФАПів). До районної ради з питань '
             'безпечної життєдіяльності включено 2 представників громадських організацій. Члени громадської ради '
             'залучалися до обговорення проекту розпорядження голови РДА № 145-р «Про районну програму «Питна вода».'],
            ['10,12',
             'Громадська рада розглянула рекомендацію щодо створення робочої групи з питань відкритості та прозорості '
             '12.04.2013 і утворила її у складі 3 осіб; громадських експертиз у I півріччі не проводилось.'],
            ['16', 'Інформацію надано 17.06.2013']]
    data = sheet('rg05.xlsx', rows)
    body = ('Добрий день!\n\n'
            'Вибачте за затримку — надсилаємо інформацію Прилуцької райдержадміністрації про виконання Плану заходів '
            'за I півріччя 2013 року (таблиця у вкладенні).\n\n'
            'Хомич Людмила\n'
            'сектор з питань внутрішньої політики апарату Прилуцької райдержадміністрації\n'
            'тел. (04637) 3-05-42\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(word_html(word_paras(body), 12), 'windows-1251', 'quoted-printable', 'html')])
    att = attachment(data, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     'name="%s"' % ew_b(fname, 'windows-1251'), 'filename="%s"' % ew_b(fname, 'windows-1251'))
    top = multipart('mixed', bnd(name, 'outlook', 0), [alt, att],
                    preamble=b'This is a multi-part message in MIME format.\n\n')
    pre, post = outlook_headers(name, 12, dt, addr('Хомич Людмила', 'rda-pryluky@example.gov.ua', 'windows-1251'),
                                ew_b('Прилуцька РДА - Відкритий уряд', 'windows-1251'))
    return message(pre, top, post)


# ================================================================= 5. prose (pr)

KEY = {"class": "prose", "executor": "su-zhkh", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 cover note plus a PDF letter with no plan numbers: the «інтернет-сторінка» paragraph is measure 1, «зустрічі з мешканцями» on a draft programme is measure 6, the collegium paragraph is measure 8; its closing clause about publishing on the page is a passing mention.",
       "items": [{"measure": 1, "source": "Лист УЖКГ 07-03-2981.pdf"},
                 {"measure": 6, "source": "Лист УЖКГ 07-03-2981.pdf"},
                 {"measure": 8, "source": "Лист УЖКГ 07-03-2981.pdf"}]}


@mail('pr01', KEY)
def _pr01(name='pr01'):
    dt = kyiv('2012-12-11 15:10:05')
    fname = 'Лист УЖКГ 07-03-2981.pdf'
    d = (letterhead('ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ', 'УПРАВЛІННЯ ЖИТЛОВО-КОМУНАЛЬНОГО ГОСПОДАРСТВА') +
         '<p align="center">просп. Миру, 43, м. Чернігів, 14000, тел. (0462) 67-31-50, e-mail: zhkh@example.gov.ua</p>'
         '<p>10.12.2012 № 07-03/2981</p>'
         '<p align="right">Управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>облдержадміністрації</p>'
         '<p><i>Про відкритість діяльності управління</i></p>' +
         paras('Управління житлово-комунального господарства облдержадміністрації інформує про роботу, проведену в '
               'IV кварталі 2012 року для забезпечення відкритості та прозорості своєї діяльності.\n\n'
               'Інтернет-сторінку управління переведено на нову платформу; на ній відповідно до Закону України «Про '
               'доступ до публічної інформації» оприлюднюються проекти наказів, звіти про розгляд запитів, чинні '
               'тарифи на житлово-комунальні послуги по районах і містах області, графіки особистого прийому. '
               'Створено розділ «Запитання й відповіді», в якому за два місяці опубліковано 38 відповідей фахівців '
               'управління.\n\n'
               'Протягом жовтня–листопада управління провело серію зустрічей з мешканцями Ніжина, Прилук і Чернігова, '
               'об’єднаннями співвласників багатоквартирних будинків та громадськими організаціями щодо проекту '
               'обласної програми реформування і розвитку житлово-комунального господарства на 2013–2014 роки. '
               'Усього відбулося 5 зустрічей, у них узяли участь 214 осіб; за їх результатами до проекту програми '
               'внесено 14 змін.\n\n'
               '28 листопада в засіданні колегії управління вперше взяв участь голова комітету з питань '
               'житлово-комунального господарства та енергозбереження Громадської ради при облдержадміністрації '
               'О. В. Петренко, якого введено до її складу наказом від 05.11.2012 № 118; відповідні зміни до '
               'Положення про управління підготовлено та подано на погодження. Матеріали засідання оприлюднено на '
               'інтернет-сторінці управління.\n\n'
               'Начальник управління                                  С. М. Гребенюк\n\n'
               'Бондар 67-31-52'))
    data = document('pr01.pdf', d, 'Лист УЖКГ')
    body = ('Добрий день.\n\n'
            'Направляємо лист управління житлово-комунального господарства облдержадміністрації від 10.12.2012 '
            '№ 07-03/2981. Оригінал надіслано поштою.\n\n'
            'Юлія Бондар\n'
            'відділ організаційної роботи\n'
            'Управління житлово-комунального господарства облдержадміністрації\n'
            'тел. (0462) 67-31-52\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(word_html(word_paras(body), 14), 'windows-1251', 'quoted-printable', 'html')])
    att = attachment(data, 'application/pdf', 'name="%s"' % ew_b(fname, 'windows-1251'),
                     'filename="%s"' % ew_b(fname, 'windows-1251'))
    top = multipart('mixed', bnd(name, 'outlook', 0), [alt, att])
    pre, post = outlook_headers(name, 14, dt, addr('Бондар Юлія', 'zhkh@example.gov.ua', 'windows-1251'),
                                ew_b('лист УЖКГ', 'windows-1251'))
    return message(pre, top, post)


KEY = {"class": "prose", "executor": "su-sotszakhyst", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird mail with an ODT of four unnumbered paragraphs: «вебпортал» (1), «круглий стіл» on a draft procedure (6), public organisations taken into a coordinating and a guardianship council (7), an NGO's review of a draft order for corruption risks (12), none using the plan's own numbers.",
       "items": [{"measure": 1, "source": "Інформація_УПСЗН_відкритість_І півріччя 2013.odt"},
                 {"measure": 6, "source": "Інформація_УПСЗН_відкритість_І півріччя 2013.odt"},
                 {"measure": 7, "source": "Інформація_УПСЗН_відкритість_І півріччя 2013.odt"},
                 {"measure": 12, "source": "Інформація_УПСЗН_відкритість_І півріччя 2013.odt"}]}


@mail('pr02', KEY)
def _pr02(name='pr02'):
    dt = kyiv('2013-06-12 11:41:27')
    fname = 'Інформація_УПСЗН_відкритість_І півріччя 2013.odt'
    d = ('<p align="center"><b>Інформація<br>управління праці та соціального захисту населення облдержадміністрації '
         'про роботу з громадськістю у I півріччі 2013 року</b></p>' +
         paras('Вебпортал управління у березні отримав нову структуру відповідно до вимог законодавства про доступ до '
               'публічної інформації: відкрито розділи «Соціальні стандарти», «Електронна приймальня», «Звіт про '
               'використання бюджетних коштів»; середня відвідуваність зросла до 640 переглядів на добу.\n\n'
               '14 березня 2013 року управління провело круглий стіл «Соціальні послуги: погляд громади» за участю '
               'представників 12 громадських організацій осіб з інвалідністю, ветеранів і багатодітних родин; '
               'пропозиції учасників враховано під час доопрацювання проекту Порядку надання адресної допомоги.\n\n'
               'До координаційної ради у справах осіб з інвалідністю та до обласної опікунської ради увійшли п’ятеро '
               'представників громадських організацій, двоє з них – члени Громадської ради при облдержадміністрації.\n\n'
               'Громадська організація «Прозорість і контроль» на прохання управління проаналізувала проект наказу '
               '«Про затвердження Порядку призначення компенсацій фізичним особам, які надають соціальні послуги» '
               'щодо можливих корупційних ризиків; із трьох її зауважень два враховано, відповідь організації '
               'направлено 22.05.2013.\n\n'
               'Заступник начальника управління                       Н. А. Рибак'))
    data = document('pr02.odt', d, 'Інформація УПСЗН')
    body = flow('Доброго дня, колеги.\n\n'
                'Надсилаємо інформацію нашого управління у форматі ODT (якщо не відкриється - перешлю в PDF).\n\n'
                '-- \n'
                'Юлія Кравець\n'
                'відділ організаційної роботи\n'
                'Управління праці та соціального захисту населення облдержадміністрації\n'
                'тел. (0462) 67-44-13\n')
    att = attachment(data, 'application/vnd.oasis.opendocument.text', 'name="%s"' % ew_b(fname, 'UTF-8'),
                     rfc2231('filename', fname, 'UTF-8', chunk=45))
    top = multipart('mixed', bnd(name, 'tb'), [text(body, 'UTF-8', '8bit', params='; format=flowed', ct_quote=False), att],
                    preamble=b'This is a multi-part message in MIME format.\n', quote=False)
    pre, post = tb_headers(name, dt, addr('Юлія Кравець', 'sotszakhyst@example.gov.ua', 'UTF-8'),
                           ew_b('Інформація УПСЗН', 'UTF-8'))
    return message(pre, top, post)


KEY = {"class": "prose", "executor": "rda-semenivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook Express note plus a .doc letter without plan numbers: the site and a Facebook page (1); one paragraph covering both the council's working group on openness (10) and its members discussing a draft order (9); meetings on the draft budget in village councils (6); the newspaper line reports nothing.",
       "items": [{"measure": 1, "source": "Семенівська РДА_інформація.doc"},
                 {"measure": 6, "source": "Семенівська РДА_інформація.doc"},
                 {"measure": 9, "source": "Семенівська РДА_інформація.doc"},
                 {"measure": 10, "source": "Семенівська РДА_інформація.doc"}]}


@mail('pr03', KEY)
def _pr03(name='pr03'):
    dt = kyiv('2013-12-06 10:33:50')
    fname = 'Семенівська РДА_інформація.doc'
    d = (letterhead('УКРАЇНА', 'СЕМЕНІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ', 'ЧЕРНІГІВСЬКОЇ ОБЛАСТІ') +
         '<p align="center">вул. Червона Площа, 11, м. Семенівка, 15400, тел. 2-13-34</p>'
         '<p>05.12.2013 № 01-12/2011</p>'
         '<p align="right">Управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>облдержадміністрації</p>'
         '<p><i>Про стан відкритості діяльності райдержадміністрації у II півріччі 2013 року</i></p>' +
         paras('Крім інтернет-сторінки райдержадміністрації, яку щоденно наповнюють працівники загального відділу (за '
               'півріччя – 311 публікацій, створено розділ «Публічна інформація»), з вересня працює сторінка у '
               'Facebook «Семенівщина офіційна», де оперативно публікуються новини району та відповіді на запитання '
               'жителів (1 140 читачів).\n\n'
               'Громадська рада при райдержадміністрації утворила зі свого складу робочу групу з питань відкритості та '
               'прозорості діяльності райдержадміністрації (5 осіб, рішення від 12.09.2013), і вже в жовтні члени '
               'цієї групи взяли участь в обговоренні проекту розпорядження голови райдержадміністрації «Про '
               'затвердження районної програми підтримки сім’ї на 2014–2016 роки», запропонувавши 6 змін.\n\n'
               'У листопаді в усіх 9 сільських радах району відбулися зустрічі з громадою, на яких обговорювали проект '
               'районного бюджету на 2014 рік; зібрано 27 пропозицій, 11 з них враховано.\n\n'
               'Про результати цієї роботи населення регулярно інформується через районну газету «Життя Семенівщини».\n\n'
               'Голова районної державної адміністрації                   П. І. Мельник\n\n'
               'Гнатенко 2-14-02'))
    data = document('pr03.doc', d, 'Лист Семенівської РДА')
    body = ('Доброго дня!\n\nНаправляємо інформацію Семенівської райдержадміністрації.\n\n'
            'З повагою,\nзагальний відділ апарату Семенівської райдержадміністрації\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(oe_html(body), 'windows-1251', 'quoted-printable', 'html')])
    att = attachment(data, 'application/msword', 'name="%s"' % ew_q(fname, 'windows-1251'),
                     'filename="%s"' % ew_q(fname, 'windows-1251'))
    top = multipart('mixed', bnd(name, 'outlook', 0), [alt, att],
                    preamble=b'This is a multi-part message in MIME format.\n\n')
    pre, post = oe_headers(name, dt, addr('Семенівська РДА', 'rda-semenivka@example.gov.ua', 'windows-1251', 'q'),
                           ew_q('інформація', 'windows-1251'), domain='zagalnyi')
    return message(pre, top, post)


KEY = {"class": "prose", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "HTML-only Outlook 2010 mail with Word markup (windows-1251 QP): a paragraph on the head's telephone «пряма лінія» with call counts is measure 5 without the plan's words; the closing clause about summaries published on the site is a passing mention.",
       "items": [{"measure": 5, "source": "body"}]}


@mail('pr04', KEY)
def _pr04(name='pr04'):
    dt = kyiv('2013-04-16 14:20:09')
    t = ('Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n'
         'Відділ роботи із зверненнями громадян апарату облдержадміністрації інформує.\n\n'
         'Телефонна «пряма лінія» голови облдержадміністрації (безкоштовний номер 0-800-50-46-20) у I кварталі '
         '2013 року працювала щоденно з 8.00 до 20.00, у вихідні дні – в режимі автовідповідача. Прийнято 1 017 '
         'дзвінків, з них 612 взято на контроль; найбільше питань стосувалося тарифів на житлово-комунальні послуги, '
         'ремонту доріг та соціального захисту. Щочетверга з 15.00 до 16.00 голова облдержадміністрації особисто '
         'відповідає на дзвінки (за квартал – 41 розмова). За кожним дзвінком, взятим на контроль, заявнику надається '
         'відповідь у строк до 15 днів, а щомісячні узагальнення розміщуються на офіційному сайті облдержадміністрації '
         'в розділі «Звернення громадян».\n\n'
         'Завідувач відділу роботи із зверненнями громадян\n'
         'апарату облдержадміністрації                                  Л. В. Костенко\n')
    paras_html = []
    for block in t.strip('\n').split('\n\n'):
        lines = block.split('\n')
        paras_html.append("<p class=MsoNormal style='text-align:justify'><span lang=UK style='font-size:12.0pt;"
                          "font-family:\"Times New Roman\",\"serif\"'>" + '<br>\n'.join(esc(l) for l in lines) +
                          '<o:p></o:p></span></p>\n<p class=MsoNormal><span lang=UK><o:p>&nbsp;</o:p></span></p>')
    h = word_html('\n'.join(paras_html), 14)
    pre, post = outlook_headers(name, 14, dt, addr('Відділ звернень громадян', 'zvernennia@example.gov.ua', 'windows-1251'),
                                ew_b('інформація відділу роботи із зверненнями громадян', 'windows-1251'))
    return message(pre, text(h, 'windows-1251', 'quoted-printable', 'html'), post)


KEY = {"class": "prose", "executor": "gromrada", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Opera Mail with a .docx from the Public Council in plain prose: the «громадський портал» it opened with УВП (3), the portal's «розділ для дискусій» (4) and an enlarged council meeting that discussed how the openness plan is carried out (15).",
       "items": [{"measure": 3, "source": "Звіт ГР_грудень 2012-січень 2013.docx"},
                 {"measure": 4, "source": "Звіт ГР_грудень 2012-січень 2013.docx"},
                 {"measure": 15, "source": "Звіт ГР_грудень 2012-січень 2013.docx"}]}


@mail('pr05', KEY)
def _pr05(name='pr05'):
    dt = kyiv('2013-01-25 12:00:40')
    fname = 'Звіт ГР_грудень 2012-січень 2013.docx'
    d = (letterhead('ГРОМАДСЬКА РАДА', 'ПРИ ЧЕРНІГІВСЬКІЙ ОБЛАСНІЙ ДЕРЖАВНІЙ АДМІНІСТРАЦІЇ') +
         '<p align="center"><b>Інформація про участь Громадської ради у заходах з відкритості влади '
         '(грудень 2012 – січень 2013 року)</b></p>' +
         paras('Наприкінці грудня разом з управлінням з питань внутрішньої політики та зв’язків з громадськістю ми '
               'відкрили громадський портал gromada.example.org.ua, який тепер веде секретаріат ради: там публікуються '
               'анонси й протоколи засідань комітетів, проекти рішень ради, новини громадських організацій області; '
               'за перший місяць – 41 публікація і близько 3 тисяч відвідувачів.\n\n'
               'У січні на порталі запрацював розділ для дискусій: зареєстровані користувачі відкривають теми про '
               'проблеми своїх громад і ставлять запитання посадовцям, відповіді яких ми публікуємо там само; відкрито '
               '6 тем, найактивніша – про приміські автобусні перевезення.\n\n'
               '30 листопада 2012 року на розширеному засіданні ради за участю представників облдержадміністрації та '
               'районних громадських рад ми обговорили, як виконується план підвищення відкритості влади в області, і '
               'направили голові облдержадміністрації 9 пропозицій.\n\n'
               'Голова Громадської ради при облдержадміністрації                     В. Г. Остапенко'))
    data = document('pr05.docx', d, 'Інформація Громадської ради')
    body = flow('Доброго дня!\n\nНадсилаю інформацію Громадської ради при облдержадміністрації за грудень-січень.\n\n'
                'Ганна Бойко,\nсекретар Громадської ради при облдержадміністрації\n')
    att = attachment(data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'name="%s"' % ew_b(fname, 'utf-8'), 'filename="%s"' % ew_b(fname, 'utf-8'))
    top = multipart('mixed', bnd(name, 'opera'), [text(body, 'utf-8', '8bit', params='; format=flowed; delsp=yes', ct_quote=False), att],
                    quote=False)
    pre, post = opera_headers(name, dt, addr('Ганна Бойко', 'gromrada@example.gov.ua', 'utf-8', 'q'),
                              ew_q('інформація Громадської ради', 'utf-8'), domain='gromrada-note')
    return message(pre, top, post)


# ================================================================= 6. foreign_numbers (fn)

KEY = {"class": "foreign_numbers", "executor": "rda-mena", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 plain+HTML letter structured by the district's own plan (1, 1.1, 1.2, 2.1–2.3, 3.1): only 1.1 and 2.3 cite the oblast plan's points; 2.1, 2.2 and 3.1 must be placed by subject (6, 7, 12), 1.2 (newspaper) is no measure; order numbers and counts abound.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail('fn01', KEY)
def _fn01(name='fn01'):
    dt = kyiv('2012-12-10 11:55:20')
    body = ('Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n'
            'Менська районна державна адміністрація надає інформацію про виконання районного Плану заходів з '
            'підвищення рівня відкритості та прозорості діяльності райдержадміністрації, затвердженого розпорядженням '
            'голови райдержадміністрації від 01.10.2012 № 384 на виконання обласного Плану.\n\n'
            '1. Забезпечення доступу до інформації\n'
            '1.1. Наповнення офіційного веб-сайту райдержадміністрації (п. 1 обласного плану): з жовтня сайт переведено '
            'на новий шаблон, створено розділи «Публічна інформація» та «Громадська рада»; розміщено 126 матеріалів, '
            'у т.ч. 18 проектів розпоряджень.\n'
            '1.2. Висвітлення діяльності райдержадміністрації в районній газеті «Наше слово»: 48 публікацій.\n\n'
            '2. Співпраця з громадськістю\n'
            '2.1. Проведення консультацій з громадськістю: проведено 3 публічні громадські обговорення (проект '
            'районного бюджету на 2013 рік, програма розвитку фізичної культури і спорту, схема санітарного очищення '
            'м. Мена), у яких узяли участь представники 12 громадських організацій.\n'
            '2.2. Залучення представників громадських організацій до роботи дорадчих органів: до складу районної '
            'координаційної ради з питань розвитку підприємництва та опікунської ради включено 4 представників ГО, '
            'з них 2 членів громадської ради.\n'
            '2.3. Громадське обговорення проектів розпоряджень за участю членів громадської ради (п. 9 обласного '
            'плану): члени громадської ради взяли участь в обговоренні 2 проектів розпоряджень голови '
            'райдержадміністрації.\n\n'
            '3. Громадський контроль\n'
            '3.1. Сприяння проведенню громадських експертиз: запитів від інститутів громадянського суспільства щодо '
            'проведення громадської експертизи у звітному періоді не надходило.\n\n'
            'Заступник голови райдержадміністрації                    А. С. Литовченко\n\n'
            'Виконавець: Осипенко В. І., (04644) 2-13-77\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(word_html(word_paras(body), 12), 'windows-1251', 'quoted-printable', 'html')])
    pre, post = outlook_headers(name, 12, dt, addr('Менська РДА', 'rda-mena@example.gov.ua', 'windows-1251'),
                                ew_b('Інформація Менської РДА щодо Плану заходів', 'windows-1251'))
    return message(pre, alt, post)


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The Bat! koi8-u note plus an RTF letter numbered 1–4 by its own order: «1. Щодо веб-сторінки» (1, sub-items а), б)), «2. Щодо колегії» (8), «3. Щодо громадських експертиз» (12), «4. Щодо консультацій» — not held, named by subject (6); the letter's 2, 3, 4 are not measures 2, 3, 4.",
       "items": [{"measure": 1, "source": "Інформація УКБ.rtf"}, {"measure": 6, "source": "Інформація УКБ.rtf"},
                 {"measure": 8, "source": "Інформація УКБ.rtf"}, {"measure": 12, "source": "Інформація УКБ.rtf"}]}


@mail('fn02', KEY)
def _fn02(name='fn02'):
    dt = kyiv('2013-06-05 10:20:30')
    fname = 'Інформація УКБ.rtf'
    d = (letterhead('ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ', 'УПРАВЛІННЯ КАПІТАЛЬНОГО БУДІВНИЦТВА') +
         '<p>04.06.2013 № 12-08/1477</p>'
         '<p align="right">Управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>облдержадміністрації</p>'
         '<p align="center"><b>Інформація<br>про виконання Плану заходів з підвищення рівня відкритості та прозорості '
         'діяльності виконавчої влади в області за I півріччя 2013 року</b></p>' +
         paras('1. Щодо веб-сторінки управління:\n'
               'а) на офіційному сайті облдержадміністрації оновлено сторінку управління – розміщено перелік об’єктів '
               'будівництва, що фінансуються з державного та обласного бюджетів, із зазначенням вартості та стану '
               'готовності (32 об’єкти);\n'
               'б) щомісяця оприлюднюються результати процедур закупівель.\n\n'
               '2. Щодо колегії управління: у I півріччі проведено 2 засідання колегії (15.02.2013, протокол № 1; '
               '24.05.2013, протокол № 2), у яких брав участь голова комітету з питань будівництва та архітектури '
               'Громадської ради при облдержадміністрації М. П. Стельмах, введений до складу колегії наказом від '
               '11.01.2013 № 4.\n\n'
               '3. Щодо громадських експертиз: громадська організація «Чесне будівництво» провела громадську '
               'антикорупційну експертизу проекту наказу «Про затвердження Порядку технічного нагляду на об’єктах '
               'капітального будівництва»; обидві її пропозиції враховано.\n\n'
               '4. Щодо консультацій з громадськістю: у I півріччі не проводились у зв’язку з відсутністю проектів '
               'актів, що потребують обговорення.\n\n'
               'Начальник управління                                   І. М. Дорошенко'))
    data = document('fn02.rtf', d, 'Інформація УКБ')
    body = ('Добрий день!\n\n'
            'Надсилаємо інформацію УКБ у форматі RTF.\n\n'
            'З повагою,\n'
            'Сергій Ничипоренко\n'
            'відділ економіки та організаційної роботи\n'
            'Управління капітального будівництва облдержадміністрації\n')
    att = attachment(data, 'application/rtf', 'name="%s"' % ew_b(fname, 'koi8-u'), 'filename="%s"' % ew_b(fname, 'koi8-u'))
    top = multipart('mixed', bnd(name, 'bat'), [text(body, 'koi8-u', '8bit', ct_quote=False), att], quote=False)
    pre, post = bat_headers(name, dt, addr('Ничипоренко Сергій', 'kapbud@example.gov.ua', 'koi8-u'),
                            ew_b('Інформація УКБ (Відкритий уряд)', 'koi8-u'))
    return message(pre, top, post)


KEY = {"class": "foreign_numbers", "executor": "su-arkhiv", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2003 note plus a .doc letter on letterhead that quotes the full wording of the seven measures owed by structural units as headings numbered 1–7 by the letter itself (plan 1, 2, 6, 7, 8, 9, 12); «Не передбачено» under 2 and «Не стосується» under 7 say nothing, the collegium answer is a reasoned denial (8).",
       "items": [{"measure": 1, "source": "arhiv_vidkr_uryad.doc"}, {"measure": 6, "source": "arhiv_vidkr_uryad.doc"},
                 {"measure": 8, "source": "arhiv_vidkr_uryad.doc"}, {"measure": 9, "source": "arhiv_vidkr_uryad.doc"},
                 {"measure": 12, "source": "arhiv_vidkr_uryad.doc"}]}


@mail('fn03', KEY)
def _fn03(name='fn03'):
    dt = kyiv('2013-12-04 15:30:00')
    fname = 'arhiv_vidkr_uryad.doc'
    answers = [
        (1, 'На веб-сайті Державного архіву області у II півріччі 2013 року оновлено розділи «Довідник фондів» і '
            '«Публічна інформація», розміщено 12 віртуальних виставок документів; структура сайту відповідає вимогам '
            'постанови Кабінету Міністрів України від 04.01.2002 № 3.'),
        (2, 'Не передбачено.'),
        (6, 'Проведено консультацію з громадськістю у формі засідання за круглим столом з краєзнавцями та '
            'представниками громадських організацій щодо проекту Програми збереження архівних документів на '
            '2014–2018 роки (09.10.2013, 19 учасників, 7 пропозицій).'),
        (7, 'Не стосується.'),
        (8, 'Колегія Державного архіву області у 2013 році не скликалась (засідання заплановано на лютий 2014 року), '
            'тому питання введення до її складу голови відповідного комітету Громадської ради не розглядалось.'),
        (9, 'Члени Громадської ради при облдержадміністрації (2 особи) взяли участь в обговоренні проекту зазначеної '
            'Програми; їхні пропозиції щодо оцифрування метричних книг враховано.'),
        (12, 'Запитів від інститутів громадянського суспільства щодо проведення громадської експертизи діяльності '
             'архіву не надходило.'),
    ]
    parts = []
    for i, (m, a) in enumerate(answers, 1):
        parts.append('<p><b>%d. %s</b></p><p>%s</p>' % (i, esc(M[m]), esc(a)))
    d = (letterhead('ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ') +
         '<p align="center">вул. Коцюбинського, 5, м. Чернігів, 14000, тел. (0462) 67-70-14</p>'
         '<p>03.12.2013 № 01-19/811&nbsp;&nbsp;&nbsp;&nbsp;На № 04-08/1930 від 18.11.2013</p>'
         '<p align="right">Начальнику управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>'
         'облдержадміністрації</p>'
         '<p>На Ваш лист від 18.11.2013 № 04-08/1930 Державний архів Чернігівської області інформує про виконання '
         'Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках '
         'реалізації Ініціативи «Партнерство „Відкритий уряд“» у II півріччі 2013 року.</p>' + '\n'.join(parts) +
         '<p>&nbsp;</p><p>Директор&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Р. Б. Лаврик</p>'
         '<p><small>Шевчук 67-70-19</small></p>')
    data = document('fn03.doc', d, 'Лист Держархіву')
    body = ('Добрий день!\n\n'
            'Надсилаємо лист Державного архіву Чернігівської області від 03.12.2013 № 01-19/811 щодо виконання Плану '
            'заходів. Оригінал – поштою.\n\n'
            'Шевчук Ірина\n'
            'провідний спеціаліст загального відділу\n'
            'Державного архіву Чернігівської області\n')
    att = attachment(data, 'application/msword', 'name="%s"' % fname, 'filename="%s"' % fname)
    top = multipart('mixed', bnd(name, 'outlook', 0), [text(body, 'windows-1251', 'quoted-printable'), att],
                    preamble=b'This is a multi-part message in MIME format.\n\n')
    pre, post = outlook_headers(name, 11, dt, addr('Шевчук Ірина', 'arkhiv@example.gov.ua', 'windows-1251'),
                                ew_q('лист Держархіву № 01-19/811', 'windows-1251'))
    return message(pre, top, post)


KEY = {"class": "foreign_numbers", "executor": "uvp", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own Outlook 2010 plain+HTML report numbered by section 3 of its work plan (3.1–3.6); only 3.1 cites the plan («п. 5»), the others map by subject to 4, 10, 11, 13, 14; letter numbers, «22 РДА», «17 районах», «2-ге видання» are counts.",
       "items": [{"measure": 4, "source": "body"}, {"measure": 5, "source": "body"},
                 {"measure": 10, "source": "body"}, {"measure": 11, "source": "body"},
                 {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"}]}


@mail('fn04', KEY)
def _fn04(name='fn04'):
    dt = kyiv('2013-06-11 17:12:48')
    body = ('Довідка\n'
            'управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації про виконання '
            'розділу 3 «Відкритість влади» Плану роботи управління на I півріччя 2013 року (в частині заходів Плану '
            '«Відкритий уряд»)\n\n'
            '3.1. Робота «гарячої лінії» голови облдержадміністрації (п. 5): у січні–травні надійшло 2 311 дзвінків; '
            'спільно з відділом роботи із зверненнями громадян щотижня готується аналітична довідка для керівництва.\n'
            '3.2. Інтернет-форум на ресурсі «Чернігівська громада»: запрацював 01.03.2013, відкрито 14 тем, '
            '402 повідомлення, 5 модераторів з числа членів Громадської ради.\n'
            '3.3. Рекомендації громадським радам: 15.01.2013 громадським радам при 22 РДА направлено рекомендацію '
            'створити у своєму складі робочі групи з питань відкритості та прозорості (лист № 04-08/112); станом на '
            '01.06.2013 такі групи створено в 17 районах.\n'
            '3.4. День відкритих дверей управління: 28.03.2013, дві групи (студенти ЧНТУ – 23 особи, представники '
            'громадських організацій – 14 осіб).\n'
            '3.5. Навчання: 26.02.2013 та 12.03.2013 разом з Центром перепідготовки та підвищення кваліфікації '
            'проведено 2 навчальні семінари з інструментів політики сприяння розвитку громадянського суспільства '
            '(61 слухач).\n'
            '3.6. Методичні матеріали: видано 2-ге доповнене видання посібника «Консультації з громадськістю: '
            'алгоритм дій» (300 прим.), його розіслано структурним підрозділам та райдержадміністраціям.\n\n'
            'Заступник начальника управління                     В. Нестеренко\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(word_html(word_paras(body), 14), 'windows-1251', 'quoted-printable', 'html')])
    pre, post = outlook_headers(name, 14, dt, addr('Нестеренко Володимир', 'uvp-info@example.gov.ua', 'windows-1251'),
                                ew_b('довідка УВП за I півріччя 2013 (розділ 3 плану роботи)', 'windows-1251'))
    return message(pre, alt, post)


KEY = {"class": "foreign_numbers", "executor": "su-sluzhba-ditei", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird mail with a .docx structured by the service's own plan (1.1, 1.2, 2.1, 2.2, 3.1): 1.1 and 2.1 cite the ОДА plan, 2.2 and 3.1 map by subject (7, 8); 1.2 on an «Усиновлення» section of its web page is more of measure 1, not the plan's rubrics of measure 2.",
       "items": [{"measure": 1, "source": "Інформація ССД_Відкритий уряд.docx"},
                 {"measure": 6, "source": "Інформація ССД_Відкритий уряд.docx"},
                 {"measure": 7, "source": "Інформація ССД_Відкритий уряд.docx"},
                 {"measure": 8, "source": "Інформація ССД_Відкритий уряд.docx"}]}


@mail('fn05', KEY)
def _fn05(name='fn05'):
    dt = kyiv('2012-12-05 14:44:12')
    fname = 'Інформація ССД_Відкритий уряд.docx'
    d = (letterhead('ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ', 'СЛУЖБА У СПРАВАХ ДІТЕЙ') +
         '<p>04.12.2012 № 06-17/903</p>'
         '<p align="center"><b>Інформація<br>про виконання Плану заходів служби у справах дітей облдержадміністрації '
         'щодо підвищення рівня відкритості та прозорості діяльності (затвердженого наказом служби від 01.10.2012 № 62) '
         'станом на 01.12.2012</b></p>' +
         paras('1. Інформаційна відкритість\n'
               '1.1. Оновлення веб-сторінки служби на офіційному сайті облдержадміністрації (п. 1 Плану ОДА): розміщено '
               'положення про службу, структуру, графік прийому громадян, бланки заяв, звіт про роботу за 9 місяців.\n'
               '1.2. Ведення рубрики «Усиновлення» на веб-сторінці служби: щотижня оновлюються анкети дітей, які можуть '
               'бути усиновлені (станом на 01.12.2012 – 64 анкети).\n\n'
               '2. Взаємодія з громадськістю\n'
               '2.1. Консультації з громадськістю (п. 6 Плану ОДА): 15.11.2012 проведено громадське обговорення проекту '
               'обласної програми «Дитинство» на 2013–2017 роки (31 учасник, 8 пропозицій).\n'
               '2.2. До складу регіональної ради з питань захисту прав дитини включено 3 представників благодійних '
               'організацій, у тому числі члена Громадської ради при облдержадміністрації.\n\n'
               '3. Колегіальні органи служби\n'
               '3.1. Голову комітету з гуманітарних питань Громадської ради при облдержадміністрації (за згодою) '
               'введено до складу колегії служби наказом від 15.11.2012 № 79; змін до Положення про службу це не '
               'потребує.\n\n'
               'Начальник служби                                       Л. О. Тимошенко'))
    data = document('fn05.docx', d, 'Інформація ССД')
    body = flow('Добрий день!\n\n'
                'Надсилаємо інформацію Служби у справах дітей облдержадміністрації про виконання заходів щодо '
                'відкритості та прозорості (лист від 04.12.2012 № 06-17/903).\n\n'
                '-- \n'
                'Марина Дорош\n'
                'головний спеціаліст Служби у справах дітей облдержадміністрації\n'
                'тел. (0462) 67-61-15\n')
    att = attachment(data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'name="%s"' % ew_b(fname, 'UTF-8'), rfc2231('filename', fname, 'UTF-8', chunk=48))
    top = multipart('mixed', bnd(name, 'tb'), [text(body, 'UTF-8', '8bit', params='; format=flowed', ct_quote=False), att],
                    preamble=b'This is a multi-part message in MIME format.\n', quote=False)
    pre, post = tb_headers(name, dt, addr('Марина Дорош', 'sluzhba-ditei@example.gov.ua', 'UTF-8'),
                           ew_b('Служба у справах дітей - інформація (Відкритий уряд)', 'UTF-8'),
                           ua='Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2')
    return message(pre, top, post)


# ================================================================= 7. personal_address (pa)

def webmail_headers(name, dt, frm, subj, relay, client_ip, mid_style, mid_domain, xmailer=None, to=MAILBOX, tz=None):
    pre = received(name, dt, client_ip, relay, helo=relay.split('.')[0], local='HTTP')
    pre += [('MIME-Version', '1.0'), ('Date', rfc_date(dt, tz)), ('Message-ID', msgid(name, mid_style, mid_domain, dt)),
            ('Subject', subj), ('From', frm), ('To', to)]
    post = [('X-Mailer', xmailer)] if xmailer else []
    return pre, post


KEY = {"class": "personal_address", "executor": "rda-borzna", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail (UTF-8 base64 twins) from a clerk's private box; the district is named only in the body and in the genitive signature, the letter also names УВП as addressee; 1 and 6 answered, «п. 7, 9, 10, 12 – заходи не проводились» is a bare negation.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@mail('pa01', KEY)
def _pa01(name='pa01'):
    dt = kyiv('2012-12-13 20:15:33')
    body = ('Доброго вечора!\n\n'
            'Пишу з особистої пошти, бо в райдержадміністрації з понеділка не працює інтернет (обіцяють відновити '
            'після 17-го). Надсилаю для управління з питань внутрішньої політики та зв\'язків з громадськістю '
            'облдержадміністрації інформацію Борзнянської райдержадміністрації щодо виконання Плану заходів '
            '«Відкритий уряд» за 2012 рік:\n\n'
            'п. 1 – офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог Закону України «Про '
            'доступ до публічної інформації», створено розділ «Публічна інформація», до 10 числа кожного місяця '
            'оновлюється перелік розпоряджень голови РДА;\n'
            'п. 6 – проведено 2 консультації з громадськістю: громадське обговорення проекту програми '
            'соціально-економічного розвитку району на 2013 рік (27.11.2012) та зустріч з підприємцями щодо '
            'розміщення тимчасових торговельних споруд (05.12.2012);\n'
            'п. 7, 9, 10, 12 – заходи не проводились.\n\n'
            'Оригінал за підписом заступника голови передамо поштою.\n\n'
            'З повагою,\n'
            'Олена Ткач\n'
            'головний спеціаліст відділу організаційної роботи та внутрішньої політики\n'
            'апарату Борзнянської райдержадміністрації\n'
            'тел. (04653) 2-13-95\n')
    htmlb = '<div dir="ltr">' + ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in body.rstrip('\n').split('\n')) + '</div>\n'
    b = bnd(name, 'gmail')
    alt = multipart('alternative', b, [
        part([('Content-Type', 'text/plain; charset=UTF-8'), ('Content-Transfer-Encoding', 'base64')], b64lines(body.encode())),
        part([('Content-Type', 'text/html; charset=UTF-8'), ('Content-Transfer-Encoding', 'base64')], b64lines(htmlb.encode()))],
        quote=False)
    pre = received(name, dt, '10.%d.%d.%d' % (num(name, 'g1', 1, 250), num(name, 'g2', 1, 250), num(name, 'g3', 1, 250)),
                   'mail-wg0-f44.google.com', helo='mail-wg0-f44', local='HTTP')
    pre += [('MIME-Version', '1.0'), ('Date', rfc_date(dt)), ('Message-ID', msgid(name, 'gmail', '')),
            ('Subject', ew_b('Борзна - Відкритий уряд', 'UTF-8')),
            ('From', addr('Олена Ткач', 'olena.tkach.borzna@gmail.com', 'UTF-8')), ('To', MAILBOX)]
    return message(pre, alt)


KEY = {"class": "personal_address", "executor": "su-ekonomika", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "ukr.net web mail from a private box with a .doc letter on letterhead that quotes each owed measure's full wording with its plan number and answers under it: 1, 2, 6, 8, 9 answered, «Не стосується» (7) and «Не передбачено» (12) say nothing; the office is named in the genitive.",
       "items": [{"measure": 1, "source": "Лист ГУЕ_Відкритий уряд.doc"},
                 {"measure": 2, "source": "Лист ГУЕ_Відкритий уряд.doc"},
                 {"measure": 6, "source": "Лист ГУЕ_Відкритий уряд.doc"},
                 {"measure": 8, "source": "Лист ГУЕ_Відкритий уряд.doc"},
                 {"measure": 9, "source": "Лист ГУЕ_Відкритий уряд.doc"}]}


@mail('pa02', KEY)
def _pa02(name='pa02'):
    dt = kyiv('2013-06-13 21:40:05')
    fname = 'Лист ГУЕ_Відкритий уряд.doc'
    answers = [
        (1, 'Веб-сторінка Головного управління економіки на офіційному сайті облдержадміністрації наповнюється '
            'відповідно до вимог законодавства; у I півріччі розміщено 52 матеріали, оновлено розділи «Регуляторна '
            'політика» та «Ціноутворення».'),
        (2, 'У рубриці «Хід виконання цільових програм» Головне управління економіки розмістило зведену інформацію '
            'про виконання 34 регіональних цільових програм за 2012 рік (12.03.2013) та за I квартал 2013 року '
            '(20.05.2013).'),
        (6, 'З 1 березня по 1 квітня 2013 року проведено електронні консультації з громадськістю щодо проекту '
            'Стратегії розвитку Чернігівської області на період до 2020 року; надійшло 47 пропозицій, 19 враховано.'),
        (7, 'Не стосується.'),
        (8, 'Голова комітету з економічних питань Громадської ради при облдержадміністрації Д. О. Лук’яненко '
            'введений до складу колегії Головного управління економіки (наказ від 12.11.2012 № 211), у I півріччі '
            'взяв участь у 2 засіданнях колегії.'),
        (9, 'Члени Громадської ради (7 осіб) залучені до робочої групи з доопрацювання проекту Стратегії за '
            'результатами обговорення.'),
        (12, 'Не передбачено.'),
    ]
    parts = ''.join('<p><b>%d. %s</b></p><p>%s</p>' % (m, esc(M[m]), esc(a)) for m, a in answers)
    d = (letterhead('ЧЕРНІГІВСЬКА ОБЛАСНА ДЕРЖАВНА АДМІНІСТРАЦІЯ', 'ГОЛОВНЕ УПРАВЛІННЯ ЕКОНОМІКИ') +
         '<p align="center">вул. Шевченка, 7, м. Чернігів, 14000, тел. (0462) 67-53-17</p>'
         '<p>13.06.2013 № 05-11/1692</p>'
         '<p align="right">Управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>облдержадміністрації</p>'
         '<p>Головне управління економіки облдержадміністрації інформує про виконання Плану заходів з підвищення '
         'рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи '
         '«Партнерство „Відкритий уряд“» за I півріччя 2013 року.</p>' + parts +
         '<p>&nbsp;</p><p>Заступник начальника Головного управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О. П. Кузьменко</p>'
         '<p><small>Гордієнко 67-53-40</small></p>')
    data = document('pa02.doc', d, 'Лист ГУЕ')
    body = ('Добрий вечір!\n\n'
            'Надсилаю інформацію Головного управління економіки облдержадміністрації для управління з питань '
            'внутрішньої політики та зв\'язків з громадськістю (службова скринька переповнена, лист не відправляється). '
            'Підписаний оригінал завтра передамо нарочним.\n\n'
            'Людмила Гордієнко,\n'
            'головний спеціаліст відділу регіональних програм\n'
            'Головного управління економіки облдержадміністрації\n')
    htmlb = '<html><body>' + '<br>'.join(esc(l) for l in body.rstrip('\n').split('\n')) + '</body></html>\n'
    alt = multipart('alternative', bnd(name, 'webmail', 1), [
        part([('Content-Type', 'text/plain; charset="utf-8"'), ('Content-Transfer-Encoding', 'base64')], b64lines(body.encode())),
        part([('Content-Type', 'text/html; charset="utf-8"'), ('Content-Transfer-Encoding', 'base64')], b64lines(htmlb.encode()))])
    att = attachment(data, 'application/msword', 'name="%s"' % ew_b(fname, 'utf-8'), 'filename="%s"' % ew_b(fname, 'utf-8'))
    top = multipart('mixed', bnd(name, 'webmail', 0), [alt, att])
    pre, post = webmail_headers(name, dt, addr('Людмила Гордієнко', 'l.gordienko@ukr.net', 'utf-8'),
                                ew_b('Головне управління економіки - Відкритий уряд', 'utf-8'),
                                'frv51.fwdcdn.com', '91.%d.%d.%d' % (num(name, 'u1', 1, 250), num(name, 'u2', 1, 250), num(name, 'u3', 2, 250)),
                                'webmail', 'frv51.ukr.net', xmailer='FREEMAIL')
    return message(pre, top, post)


KEY = {"class": "personal_address", "executor": "rda-ripky", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "i.ua web mail in Russian (windows-1251 twins) from a private box; the district appears only as «Репкинской райгосадминистрации»/«Репкинской РГА» while the addressee office is named too; 6, 7, 10 answered, 1, 9, 12 promised.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 10, "source": "body"}]}


@mail('pa03', KEY)
def _pa03(name='pa03'):
    dt = kyiv('2013-12-11 18:22:10')
    body = ('Здравствуйте!\n\n'
            'Отправляю с личного ящика (служебная почта РГА не работает из-за смены провайдера) информацию Репкинской '
            'райгосадминистрации по Плану мероприятий по повышению уровня открытости и прозрачности деятельности '
            'исполнительной власти в области для Управления по вопросам внутренней политики и связей с '
            'общественностью облгосадминистрации.\n\n'
            'По п. 6 – во II полугодии 2013 г. проведены консультации с общественностью по проекту районного бюджета '
            'на 2014 год (общественные слушания 29.11.2013, 41 участник) и по проекту программы развития образования '
            '(электронные консультации 01.10–31.10.2013).\n'
            'По п. 7 – в состав районной комиссии по вопросам защиты прав ребенка и районного совета по вопросам '
            'предпринимательства включены 3 члена общественного совета при РГА.\n'
            'По п. 10 – общественный совет при РГА по нашей рекомендации создал рабочую группу по вопросам открытости '
            'и прозрачности деятельности органа власти (3 человека, решение от 24.09.2013 № 7).\n'
            'По пп. 1, 9, 12 – информацию направим со служебного адреса после восстановления связи.\n\n'
            'С уважением,\n'
            'Виктор Лысенко\n'
            'ведущий специалист отдела по вопросам внутренней политики\n'
            'аппарата Репкинской РГА\n'
            'тел. (04641) 2-11-58\n')
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>' +
             '<br>\n'.join(esc(l) for l in body.rstrip('\n').split('\n')) + '</body></html>\n')
    alt = multipart('alternative', bnd(name, 'webmail', 0), [
        text(body, 'windows-1251', 'base64'), text(htmlb, 'windows-1251', 'base64', 'html')])
    pre, post = webmail_headers(name, dt, addr('Виктор Лысенко', 'v.lysenko72@i.ua', 'windows-1251'),
                                ew_b('Репки - информация по плану', 'windows-1251'),
                                'mx.i.ua', '178.%d.%d.%d' % (num(name, 'u1', 1, 250), num(name, 'u2', 1, 250), num(name, 'u3', 2, 250)),
                                'webmail', 'i.ua', xmailer='I.UA Mail')
    return message(pre, alt, post)


KEY = {"class": "personal_address", "executor": "su-simia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from the culture department's registered box (another executor) in Outlook 2007; the family, youth and sport department is named only in the body and the genitive signature, the addressee УВП too; 1, 6, 7 answered, «не стосується» for 12.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}]}


@mail('pa04', KEY)
def _pa04(name='pa04'):
    dt = kyiv('2013-06-14 12:10:10')
    body = ('Добрий день!\n\n'
            'Пересилаємо з поштової скриньки управління культури і туризму (у нас другий день не працює пошта) '
            "інформацію Управління у справах сім'ї, молоді та спорту облдержадміністрації для управління з питань "
            "внутрішньої політики та зв'язків з громадськістю облдержадміністрації про виконання Плану заходів за "
            'I півріччя 2013 року.\n\n'
            'п. 1 – на веб-сторінці управління на офіційному сайті облдержадміністрації створено розділ «Молодіжна '
            'політика», розміщено 73 матеріали, проекти наказів оприлюднюються для обговорення;\n'
            'п. 6 – 18.12.2012 та 21.03.2013 проведено консультації з громадськістю щодо проекту обласної програми '
            '«Молодь Чернігівщини» на 2013–2015 роки та щодо Порядку відбору проектів молодіжних організацій '
            '(64 учасники, 17 пропозицій);\n'
            'п. 7 – до складу обласної ради з питань фізичної культури і спорту включено 4 представників громадських '
            'організацій, з них 1 – член Громадської ради;\n'
            'п. 12 – не стосується.\n\n'
            'Андрій Ткаченко\n'
            'головний спеціаліст відділу молодіжної політики\n'
            "Управління у справах сім'ї, молоді та спорту облдержадміністрації\n"
            'тел. 67-38-44\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(word_html(word_paras(body), 12), 'windows-1251', 'quoted-printable', 'html')])
    pre, post = outlook_headers(name, 12, dt, addr('Управління культури і туризму', 'kultura@example.gov.ua', 'windows-1251'),
                                ew_b("інформація управління сім'ї, молоді та спорту", 'windows-1251'))
    return message(pre, alt, post)


KEY = {"class": "personal_address", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "meta.ua web mail (UTF-8 quoted-printable twins) from the regional coordinator's private box: the public discussion of the plan's implementation held on 21.11.2013 (15) and his recommendation to district councils to set up working groups on openness (10); three other district administrations are named in the genitive/locative.",
       "items": [{"measure": 10, "source": "body"}, {"measure": 15, "source": "body"}]}


@mail('pa05', KEY)
def _pa05(name='pa05'):
    dt = kyiv('2013-11-27 22:05:45')
    body = ('Шановні колеги з управління з питань внутрішньої політики!\n\n'
            'Як регіональний координатор Партнерства «Відкритий уряд» у Чернігівській області інформую про свою участь '
            'у виконанні Плану заходів.\n\n'
            '21 листопада 2013 року в Будинку громадських організацій відбулося громадське обговорення виконання '
            'заходів Плану з підвищення рівня відкритості та прозорості діяльності влади в області: 46 учасників, '
            'серед них представники 19 громадських організацій, 8 райдержадміністрацій і Громадської ради. Схвалено '
            'резолюцію з 12 пропозиціями до плану дій на 2014 рік; резолюцію надішлю окремим листом після '
            'підписання.\n\n'
            'Крім того, у жовтні–листопаді на зустрічах з громадськими радами при Бобровицькій, Ніжинській і '
            'Варвинській райдержадміністраціях я рекомендував створити у їх складі робочі групи з питань відкритості '
            'та прозорості діяльності органу влади; у Ніжинському районі таку групу вже утворено.\n\n'
            'Пишу з особистої скриньки, бо службова тимчасово недоступна.\n\n'
            'З повагою,\n'
            'Ігор Савчук\n'
            'регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області\n')
    htmlb = ('<html><body><div style="font-family: Arial; font-size: 13px">' +
             ''.join('<p>%s</p>' % '<br>'.join(esc(l) for l in blk.split('\n')) for blk in body.rstrip('\n').split('\n\n')) +
             '</div></body></html>\n')
    alt = multipart('alternative', bnd(name, 'webmail', 0), [
        text(body, 'UTF-8', 'quoted-printable'), text(htmlb, 'UTF-8', 'quoted-printable', 'html')])
    pre, post = webmail_headers(name, dt, addr('Ігор Савчук', 'savchuk.igor@meta.ua', 'UTF-8'),
                                ew_b('Інформація регіонального координатора', 'UTF-8'),
                                'mail.meta.ua', '95.%d.%d.%d' % (num(name, 'u1', 1, 250), num(name, 'u2', 1, 250), num(name, 'u3', 2, 250)),
                                'webmail', 'meta.ua', xmailer='META.UA Mail')
    return message(pre, alt, post)


# ================================================================= 8. mixed (mx)

def message_lf(pre, body_part, post=()):
    head, _, body = body_part.partition(b'\n\n')
    return hdr_bytes(pre) + head + b'\n' + hdr_bytes(post) + b'\n' + body


KEY = {"class": "mixed", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The oblast's general department forwards, from an unregistered box, the district's mail as a message/rfc822 attachment; the report is the .doc inside the forwarded message (1, 6, 12; «Не стосується» for 9), the forwarding note itself reports nothing.",
       "items": [{"measure": 1, "source": "Інфо_Відкритий уряд_НСРДА.doc"},
                 {"measure": 6, "source": "Інфо_Відкритий уряд_НСРДА.doc"},
                 {"measure": 12, "source": "Інфо_Відкритий уряд_НСРДА.doc"}]}


@mail('mx01', KEY)
def _mx01(name='mx01'):
    dt = kyiv('2013-06-12 11:30:14')
    inner_dt = kyiv('2013-06-11 16:05:33')
    fname = 'Інфо_Відкритий уряд_НСРДА.doc'
    d = (letterhead('УКРАЇНА', 'НОВГОРОД-СІВЕРСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ', 'ЧЕРНІГІВСЬКОЇ ОБЛАСТІ') +
         '<p>10.06.2013 № 02-21/874</p>'
         '<p align="right">Управління з питань внутрішньої політики<br>та зв’язків з громадськістю<br>облдержадміністрації</p>'
         '<p align="center"><b>Інформація<br>про виконання Плану заходів з підвищення рівня відкритості та прозорості '
         'діяльності виконавчої влади в області за I півріччя 2013 року</b></p>' +
         paras('п. 1. Офіційний веб-сайт райдержадміністрації відповідає вимогам законодавства: функціонують розділи '
               '«Доступ до публічної інформації», «Регуляторна політика», «Громадська рада»; у I півріччі розміщено '
               '208 матеріалів.\n\n'
               'п. 6. Проведено 3 консультації з громадськістю: громадські слухання щодо проекту програми розвитку '
               'туризму «Сіверщина туристична» на 2013–2015 роки (28.02.2013), електронне обговорення проекту Правил '
               'благоустрою м. Новгород-Сіверський (квітень 2013 р.), зустріч з представниками ОСББ щодо підготовки до '
               'опалювального сезону (22.05.2013).\n\n'
               'п. 9. Не стосується.\n\n'
               'п. 12. Громадська організація «Сіверська громада» провела громадську експертизу діяльності відділу з '
               'питань надзвичайних ситуацій райдержадміністрації; на виконання експертних пропозицій розпорядженням '
               'від 17.05.2013 № 163 затверджено 4 заходи, 2 з них виконано.\n\n'
               'Перший заступник голови райдержадміністрації                 О. В. Мироненко'))
    data = document('mx01.doc', d, 'Інформація НС РДА')
    # the district's original mail (Outlook 2003), sent by mistake to the general address
    ibody = ('Направляємо інформацію Новгород-Сіверської РДА щодо виконання Плану заходів «Відкритий уряд» '
             '(у вкладенні).\n\n'
             'Сектор з питань внутрішньої політики\n'
             'Тимченко Наталія, (04658) 2-10-66\n')
    iatt = attachment(data, 'application/msword', 'name="%s"' % ew_b(fname, 'windows-1251'),
                      'filename="%s"' % ew_b(fname, 'windows-1251'))
    itop = multipart('mixed', bnd(name, 'outlook', 7), [text(ibody, 'windows-1251', 'quoted-printable'), iatt],
                     preamble=b'This is a multi-part message in MIME format.\n\n')
    isubj = ew_b('Інформація Відкритий уряд', 'windows-1251')
    ipre = [('From', addr('Новгород-Сіверська РДА', 'rda-novhorod-siverskyi@example.gov.ua', 'windows-1251')),
            ('To', 'zagalnyi@example.gov.ua'), ('Subject', isubj), ('Date', rfc_date(inner_dt)),
            ('Message-ID', msgid(name + '/inner', 'outlook', 'example.gov.ua')), ('MIME-Version', '1.0')]
    ipost = [('X-Mailer', XMAILER[11]), ('Thread-Index', thread_index(name + '/inner')),
             ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.3350')]
    inner = message_lf(ipre, itop, ipost)
    body = ('Добрий день!\n\n'
            'Пересилаємо за належністю лист Новгород-Сіверської райдержадміністрації, що надійшов 11.06.2013 на '
            'загальну адресу облдержадміністрації.\n\n'
            'Оксана Кузьменко\n'
            'загальний відділ апарату облдержадміністрації\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(word_html(word_paras(body), 14), 'windows-1251', 'quoted-printable', 'html')])
    fwd = part([('Content-Type', 'message/rfc822'), ('Content-Disposition', 'attachment')], inner)
    top = multipart('mixed', bnd(name, 'outlook', 0), [alt, fwd])
    pre, post = outlook_headers(name, 14, dt, addr('Приймальня облдержадміністрації', 'pryimalnia@example.gov.ua', 'windows-1251'),
                                'FW: ' + isubj)
    return message(pre, top, post)


KEY = {"class": "mixed", "executor": "su-ekolohiia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 correction to ph01, top-posted above zvit's quoted receipt (whose excerpts for 1, 6, 9 do not count): it restates 6 with a corrected count and adds 8 and 12.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 8, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@mail('mx02', KEY)
def _mx02(name='mx02'):
    dt = kyiv('2012-12-14 09:20:11')
    rsubj = 'інформація Відкритий уряд (екологія)'
    rec = receipt_lines('12.12.2012', rsubj, 'Управління екології та природних ресурсів облдержадміністрації', 1,
                        '15.12.2012',
                        [(1, 'На веб-сторінці управління на офіційному сайті облдержадміністрації у жовтні-листопаді 2012 р. оновлено…'),
                         (6, '17 жовтня 2012 р. проведено публічне громадське обговорення проекту Регіональної програми…'),
                         (9, 'До обговорення проекту зазначеної Програми залучено членів Громадської ради…')],
                        [2, 7, 8, 12])
    new = ('Добрий день!\n\n'
           'Уточнення до нашої інформації від 12.12.2012 (лист № 05-09/2214): у таблиці помилково не заповнено рядки '
           '8 і 12, а в рядку 6 неправильно вказано кількість учасників. Просимо враховувати:\n\n'
           'п. 6 – у публічному громадському обговоренні проекту Регіональної програми охорони навколишнього '
           'природного середовища 17.10.2012 взяла участь 41 особа (а не 38);\n'
           'п. 8 – наказом управління від 03.12.2012 № 214 до складу колегії управління введено голову комітету з '
           'питань екології та природокористування Громадської ради при облдержадміністрації П. Р. Гуменюка;\n'
           'п. 12 – громадську антикорупційну експертизу проекту наказу «Про затвердження Порядку видачі дозволів на '
           'спеціальне водокористування» провела ГО «Екологічна варта» (висновок від 26.11.2012), зауважень не '
           'висловлено.\n\n'
           'З повагою,\n'
           'Наталія Литвиненко\n'
           'головний спеціаліст відділу екологічної політики\n'
           'Управління екології та природних ресурсів облдержадміністрації\n'
           'тел. (0462) 67-51-38\n')
    rows = outlook_header_block('Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net]',
                                '12 грудня 2012 р. 11:15', 'ekolohiia@example.gov.ua',
                                'Підтвердження отримання: ' + rsubj)
    plain = (new + '\n-----Оригінальне повідомлення-----\n' + '\n'.join('%s %s' % r for r in rows) + '\n\n' +
             '\n'.join(rec) + '\n')
    inner = word_paras(new) + '\n' + outlook_quote_html(rows, '\n'.join(rec))
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(plain, 'windows-1251', 'quoted-printable'),
        text(word_html(inner, 12), 'windows-1251', 'quoted-printable', 'html')])
    pre, post = outlook_headers(name, 12, dt, addr('Литвиненко Наталія', 'ekolohiia@example.gov.ua', 'windows-1251'),
                                'RE: ' + ew_b('Підтвердження отримання: ' + rsubj, 'windows-1251'))
    return message(pre, alt, post)


KEY = {"class": "mixed", "executor": "rda-shchors", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Word HTML mail with an inline PNG logo (multipart/related), sent two days late; the plain part has no charset at all (raw windows-1251) and the HTML part's charset is only in its <meta>; 1 and 9 answered, 6 promised, «не стосуються» for 7, 10, 12.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}]}


@mail('mx03', KEY)
def _mx03(name='mx03'):
    dt = kyiv('2013-12-17 10:40:00')
    t = ('ЩОРСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ\n'
         'ЧЕРНІГІВСЬКОЇ ОБЛАСТІ\n'
         '16.12.2013 № 02-19/2247\n\n'
         'Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n\n'
         'Про виконання Плану заходів\n\n'
         'Щорська районна державна адміністрація інформує про виконання Плану заходів з підвищення рівня відкритості '
         'та прозорості діяльності виконавчої влади в області за II півріччя 2013 року:\n'
         'п. 1 – офіційний веб-сайт райдержадміністрації відповідає вимогам законодавства; у II півріччі створено '
         'розділ «Електронні звернення», розміщено 156 матеріалів;\n'
         'п. 9 – члени громадської ради при райдержадміністрації взяли участь в обговоренні проектів розпоряджень '
         '«Про районний бюджет на 2014 рік» та «Про програму розвитку туризму на 2014–2016 роки»;\n'
         'п. 6 – інформацію буде надано в річному звіті;\n'
         'пп. 7, 10, 12 – не стосуються.\n\n'
         'Вибачте за несвоєчасне подання інформації – у зв’язку з перебоями з інтернетом.\n\n'
         'Заступник голови райдержадміністрації                    Г. В. Бутко\n')
    cid = 'image001.png@01CEFB12.%s' % sha(name, 'cid')[:8].upper()
    inner = ("<p class=MsoNormal align=center style='text-align:center'><span lang=UK><img width=40 height=48 "
             "id=\"Picture_x0020_1\" src=\"cid:%s\" alt=\"gerb\"><o:p></o:p></span></p>\n" % cid)
    blocks = t.split('\n\n')
    for i, blk in enumerate(blocks):
        style = " align=center style='text-align:center'" if i == 0 else " style='text-align:justify'"
        inner += ('<p class=MsoNormal%s><span lang=UK style=\'font-size:12.0pt;font-family:"Times New Roman","serif"\'>' % style +
                  '<br>\n'.join(('<b>%s</b>' % esc(l)) if i == 0 else esc(l) for l in blk.split('\n')) +
                  '<o:p></o:p></span></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n')
    h = word_html(inner, 14)
    plain_part = part([('Content-Type', 'text/plain'), ('Content-Transfer-Encoding', '8bit')],
                      enc_body(t.encode('windows-1251'), '8bit'))
    html_part = part([('Content-Type', 'text/html'), ('Content-Transfer-Encoding', 'quoted-printable')],
                     enc_body(h.encode('windows-1251'), 'quoted-printable'))
    alt = multipart('alternative', bnd(name, 'outlook', 2), [plain_part, html_part])
    img = part([('Content-Type', 'image/png;\n\tname="image001.png"'),
                ('Content-Description', 'image001.png'),
                ('Content-Disposition', 'inline;\n\tfilename="image001.png"; size=%d' % len(png_logo())),
                ('Content-Transfer-Encoding', 'base64'), ('Content-ID', '<%s>' % cid)], b64lines(png_logo()))
    rel = multipart('related', bnd(name, 'outlook', 1), [alt, img], params='\n\ttype="multipart/alternative";')
    pre, post = outlook_headers(name, 14, dt, addr('Щорська РДА', 'rda-shchors@example.gov.ua', 'windows-1251'),
                                ew_b('Про виконання Плану заходів (Щорська РДА)', 'windows-1251'))
    return message(pre, rel, post)


KEY = {"class": "mixed", "executor": "su-kultura", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 cover note that itself reports measure 1 and only names the subjects of its two attachments; a PDF note on consultations and council members in the discussion (6, 9, with its own 1., 2. numbering) and an .xls on the target-programme rubric (2).",
       "items": [{"measure": 1, "source": "body"},
                 {"measure": 2, "source": "Цільові програми_культура.xls"},
                 {"measure": 6, "source": "Довідка_консультації_культура.pdf"},
                 {"measure": 9, "source": "Довідка_консультації_культура.pdf"}]}


@mail('mx04', KEY)
def _mx04(name='mx04'):
    dt = kyiv('2013-12-13 16:20:30')
    f1, f2 = 'Довідка_консультації_культура.pdf', 'Цільові програми_культура.xls'
    d = (letterhead('УПРАВЛІННЯ КУЛЬТУРИ І ТУРИЗМУ', 'ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ') +
         '<p align="center"><b>Довідка<br>про проведення консультацій з громадськістю у II півріччі 2013 року</b></p>' +
         paras('1. 24.09.2013 – громадське обговорення проекту обласної програми «Культура Чернігівщини» на '
               '2014–2018 роки (м. Чернігів, обласна філармонія; 87 учасників, 23 пропозиції, 15 з них враховано).\n\n'
               '2. 15.10.2013 – електронні консультації щодо концепції обласного фестивалю народної творчості '
               '«Поліська веселка» (32 відгуки).\n\n'
               'До обговорення проекту Програми залучено членів Громадської ради при облдержадміністрації – голову '
               'комітету з гуманітарних питань та трьох членів комітету; їхні пропозиції щодо підтримки сільських '
               'клубних закладів враховано.\n\n'
               'Заступник начальника управління                         О. М. Деркач'))
    a1 = document('mx04.pdf', d, 'Довідка консультації')
    rows = [['Розміщення інформації в рубриці «Хід виконання цільових програм» на офіційному сайті облдержадміністрації (п. 2 Плану)', '', '', ''],
            ['Програма', 'Період', 'Звітний період', 'Дата розміщення'],
            ['Обласна програма розвитку культури', '2011–2015', 'I півріччя 2013', '29.07.2013'],
            ['Програма розвитку туризму в Чернігівській області', '2010–2015', 'I півріччя 2013', '29.07.2013'],
            ['Обласна програма розвитку культури', '2011–2015', '9 місяців 2013', '25.10.2013'],
            ['Програма розвитку туризму в Чернігівській області', '2010–2015', '9 місяців 2013', '25.10.2013']]
    a2 = sheet('mx04.xls', rows, 'Рубрика')
    body = ('Добрий день!\n\n'
            'Надсилаємо інформацію Управління культури і туризму облдержадміністрації про виконання Плану заходів за '
            'II півріччя 2013 року: довідку щодо консультацій з громадськістю (PDF) та таблицю щодо цільових програм '
            '(Excel).\n\n'
            'Додатково по п. 1: у листопаді веб-сторінку управління перенесено на оновлений портал '
            'облдержадміністрації, розміщено реєстр закладів культури області та інтерактивну карту туристичних '
            'маршрутів; проекти наказів оприлюднюються в розділі «Регуляторна діяльність».\n\n'
            'З повагою,\n'
            'Оксана Приходько\n'
            'сектор організаційної роботи\n'
            'Управління культури і туризму облдержадміністрації\n'
            'т. 67-47-09\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(word_html(word_paras(body), 12), 'windows-1251', 'quoted-printable', 'html')])
    att1 = attachment(a1, 'application/pdf', 'name="%s"' % ew_b(f1, 'windows-1251'), 'filename="%s"' % ew_b(f1, 'windows-1251'))
    att2 = attachment(a2, 'application/vnd.ms-excel', 'name="%s"' % ew_b(f2, 'windows-1251'), 'filename="%s"' % ew_b(f2, 'windows-1251'))
    top = multipart('mixed', bnd(name, 'outlook', 0), [alt, att1, att2],
                    preamble=b'This is a multi-part message in MIME format.\n\n')
    pre, post = outlook_headers(name, 12, dt, addr('Приходько Оксана', 'kultura@example.gov.ua', 'windows-1251'),
                                ew_b('Відкритий уряд - управління культури і туризму, II півріччя', 'windows-1251'))
    return message(pre, top, post)


KEY = {"class": "mixed", "executor": "rda-kulykivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook Express mail three days after the deadline with a raw 8-bit windows-1251 Subject (no RFC 2047) and an RTF: 6, 7, 10 reported, 12 a named denial (no requests for expert reviews), «п. 1 – без змін» a placeholder.",
       "items": [{"measure": 6, "source": "kulykivka_info.rtf"}, {"measure": 7, "source": "kulykivka_info.rtf"},
                 {"measure": 10, "source": "kulykivka_info.rtf"}, {"measure": 12, "source": "kulykivka_info.rtf"}]}


@mail('mx05', KEY)
def _mx05(name='mx05'):
    dt = kyiv('2012-12-18 09:15:05')
    fname = 'kulykivka_info.rtf'
    d = (letterhead('КУЛИКІВСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ', 'ЧЕРНІГІВСЬКОЇ ОБЛАСТІ') +
         '<p>17.12.2012 № 01-24/1566</p>'
         '<p align="center"><b>Інформація<br>про виконання Плану заходів з підвищення рівня відкритості та прозорості '
         'діяльності виконавчої влади в області за 2012 рік</b></p>' +
         paras('п. 6 – проведено 2 консультації з громадськістю: громадське обговорення проекту районного бюджету на '
               '2013 рік (04.12.2012) та проекту районної програми розвитку охорони здоров’я (20.11.2012);\n'
               'п. 7 – до складу районної ради з питань безпечної життєдіяльності населення та комісії з питань захисту '
               'прав дитини включено 3 представників інститутів громадянського суспільства;\n'
               'п. 10 – громадській раді при райдержадміністрації рекомендовано утворити робочу групу з питань '
               'відкритості та прозорості діяльності органу влади (лист від 22.11.2012 № 01-24/1402);\n'
               'п. 12 – запитів на проведення громадської експертизи до райдержадміністрації не надходило;\n'
               'п. 1 – без змін.\n\n'
               'Заступник голови райдержадміністрації                     М. І. Сидорчук'))
    data = document('mx05.rtf', d, 'Куликівська РДА')
    body = ('Доброго дня!\n\n'
            'Вибачте, що із запізненням - надсилаємо інформацію Куликівської райдержадміністрації по Плану заходів '
            '«Відкритий уряд».\n\n'
            'Олійник Т., загальний відділ апарату Куликівської РДА\n')
    alt = multipart('alternative', bnd(name, 'outlook', 1), [
        text(body, 'windows-1251', 'quoted-printable'),
        text(oe_html(body), 'windows-1251', 'quoted-printable', 'html')])
    att = attachment(data, 'application/msword', 'name="%s"' % fname, 'filename="%s"' % fname)
    top = multipart('mixed', bnd(name, 'outlook', 0), [alt, att],
                    preamble=b'This is a multi-part message in MIME format.\n\n')
    pre, post = oe_headers(name, dt, '"Kulykivka RDA" <rda-kulykivka@example.gov.ua>',
                           'Інформація Куликівської РДА (Відкритий уряд)'.encode('windows-1251'), domain='zagviddil')
    return message(pre, top, post)


# ================================================================= checks and output

EXECUTORS = {'uvp', 'gromrada', 'zvernennia', 'cppk', 'ogp-coordinator', 'su-osvita', 'su-zdorovia', 'su-kultura',
             'su-sotszakhyst', 'su-simia', 'su-apk', 'su-finansy', 'su-ekonomika', 'su-zhkh', 'su-kapbud',
             'su-ekolohiia', 'su-arkhiv', 'su-mistobuduvannia', 'su-sluzhba-ditei', 'rda-bakhmach',
             'rda-bobrovytsia', 'rda-borzna', 'rda-varva', 'rda-horodnia', 'rda-ichnia', 'rda-kozelets', 'rda-korop',
             'rda-koriukivka', 'rda-kulykivka', 'rda-mena', 'rda-nizhyn', 'rda-novhorod-siverskyi', 'rda-nosivka',
             'rda-pryluky', 'rda-ripky', 'rda-semenivka', 'rda-sosnytsia', 'rda-sribne', 'rda-talalaivka',
             'rda-chernihiv', 'rda-shchors'}
REASONS = {'question', 'invitation', 'thanks', 'announcement', 'extension_request', 'promise'}
DEADLINES = [date(2012, 12, 15), date(2013, 6, 15), date(2013, 12, 15)]


def period_of(d):
    for i, dl in enumerate(DEADLINES, 1):
        if d <= dl:
            return i, False
        if d <= dl + timedelta(days=3):
            return i, True
    return None, None


def check(name, key, raw):
    errs = []
    if key['class'] != CLASSES[name[:2]]:
        errs.append('class does not match prefix')
    if key['executor'] not in EXECUTORS:
        errs.append('unknown executor')
    if key['kind'] == 'not_report':
        if key['items'] or key['reason'] not in REASONS:
            errs.append('not_report needs a reason and no items')
    elif key['kind'] != 'report' or key['reason'] is not None:
        errs.append('report must have reason null')
    pairs = [(i['measure'], i['source']) for i in key['items']]
    if pairs != sorted(set(pairs)):
        errs.append('items not sorted/unique')
    if any(not 1 <= m <= 15 for m, _ in pairs):
        errs.append('measure out of range')
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    dt = email.utils.parsedate_to_datetime(msg['Date'])
    kd = dt.astimezone(KYIV)
    if period_of(kd.date()) != (key['period'], key['late']):
        errs.append('period/late %s != Date %s' % (period_of(kd.date()), kd))
    recs = [email.utils.parsedate_to_datetime(r.rsplit(';', 1)[1].split('(')[0].strip()) for r in msg.get_all('Received')]
    newest = max(recs)
    if not (timedelta(0) < newest - dt <= timedelta(seconds=30)) or newest.astimezone(KYIV).date() != kd.date():
        errs.append('Received not a few seconds after Date on the same Kyiv day')
    files = {p.get_filename() for p in msg.walk() if p.get_filename()}
    for m, s in pairs:
        if s != 'body' and s not in files:
            errs.append('source %r not in mail (%s)' % (s, sorted(files)))
    if b'\r\n' not in raw or raw.replace(b'\r\n', b'').find(b'\n') >= 0 or raw.replace(b'\r\n', b'').find(b'\r') >= 0:
        errs.append('line ends are not CRLF only')
    if len(key['note']) < 20:
        errs.append('note missing')
    return errs


def main():
    names = [n for n, _, _ in MAILS]
    assert len(names) == 40 and len(set(names)) == 40, names
    for p in CLASSES:
        assert sum(1 for n in names if n.startswith(p)) == 5, p
    bad = 0
    mids = set()
    for name, key, fn in MAILS:
        raw = fn()
        errs = check(name, key, raw)
        mid = email.message_from_bytes(raw, policy=email.policy.default)['Message-ID']
        if mid in mids:
            errs.append('duplicate Message-ID')
        mids.add(mid)
        if errs:
            bad += 1
            print('%s: %s' % (name, '; '.join(errs)), file=sys.stderr)
        with open(os.path.join(OUT, name + '.eml'), 'wb') as f:
            f.write(raw)
        with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
    for fn_ in sorted(os.listdir(ATT)):
        size = os.path.getsize(os.path.join(ATT, fn_))
        if size >= 60 * 1024:
            print('attachment %s is %d bytes' % (fn_, size), file=sys.stderr)
            bad += 1
    print('%d mails written, %d with problems' % (len(MAILS), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
