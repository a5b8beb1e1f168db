#!/usr/bin/env python3
"""Build the «lattice» corpus: 40 report mails to uvp@cg.ukrtel.net, each with a hand-written key.

    python3 make.py            build every NAME.eml and NAME.expected.json, then check the keys
    python3 make.py --check    only check the files already built

Standard library only.  Office attachments are written as HTML (documents), CSV (simple sheets) or
flat ODF XML (.fods: workbooks with several sheets, a hidden sheet or merged header cells) under
attachments/src/, and converted once with LibreOffice (soffice --headless).  The converted files are
kept in attachments/ together with attachments/manifest.json (the sha256 of the source each one was
made from), so a rebuild reuses them and needs no soffice unless a source has changed.

Every mail below is a KEY literal followed by its builder: the key was written first, then the mail.
"""
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import re
import shutil
import struct
import subprocess
import sys
import textwrap
import zlib
import email
import email.policy
from email.header import decode_header, make_header
from urllib.parse import quote
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, 'attachments')
SRC = os.path.join(ATT, 'src')
MANIFEST = os.path.join(ATT, 'manifest.json')
WORK = '/tmp/lattice-work'
KYIV = ZoneInfo('Europe/Kyiv')
MAILBOX = 'uvp@cg.ukrtel.net'
PLAN_TOML = '/work/main/config/plan.toml'
APPROVED = dt.date(2012, 9, 10)
DEADLINES = [dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)]
GRACE_DAYS = 3
MAX_ATT = 60 * 1024
CLASSES = {'ph': 'placeholder', 'bp': 'bottom_post', 'nr': 'not_report', 'rg': 'ranges',
           'pr': 'prose', 'fn': 'foreign_numbers', 'pa': 'personal_address', 'mx': 'mixed'}
REASONS = {'invitation', 'question', 'thanks', 'announcement', 'promise', 'extension_request'}

# Executor ids and registered addresses as plan.toml gives them (read from the file when it is
# there; this copy keeps make.py working without it).
EXECUTORS = {
    'uvp': ['uvp-info@example.gov.ua'], 'gromrada': ['gromrada@example.gov.ua'],
    'zvernennia': ['zvernennia@example.gov.ua'], 'cppk': ['cppk@example.gov.ua'],
    'ogp-coordinator': ['ogp-coordinator@example.org.ua'],
    'su-osvita': ['osvita@example.gov.ua'], 'su-zdorovia': ['zdorovia@example.gov.ua'],
    'su-kultura': ['kultura@example.gov.ua'], 'su-sotszakhyst': ['sotszakhyst@example.gov.ua'],
    'su-simia': ['simia@example.gov.ua'], 'su-apk': ['apk@example.gov.ua'],
    'su-finansy': ['finansy@example.gov.ua'], 'su-ekonomika': ['ekonomika@example.gov.ua'],
    'su-zhkh': ['zhkh@example.gov.ua'], 'su-kapbud': ['kapbud@example.gov.ua'],
    'su-ekolohiia': ['ekolohiia@example.gov.ua'], 'su-arkhiv': ['arkhiv@example.gov.ua'],
    'su-mistobuduvannia': ['mistobuduvannia@example.gov.ua'],
    'su-sluzhba-ditei': ['sluzhba-ditei@example.gov.ua'],
}
for _d in ('bakhmach bobrovytsia borzna varva horodnia ichnia kozelets korop koriukivka kulykivka '
           'mena nizhyn novhorod-siverskyi nosivka pryluky ripky semenivka sosnytsia sribne '
           'talalaivka chernihiv shchors').split():
    EXECUTORS['rda-' + _d] = ['rda-%s@example.gov.ua' % _d]


def load_plan():
    try:
        import tomllib
        with open(PLAN_TOML, 'rb') as f:
            plan = tomllib.load(f)
    except (OSError, ImportError):
        return
    ex = {e['id']: [a.lower() for a in e.get('emails', [])] for e in plan['executor']}
    EXECUTORS.clear()
    EXECUTORS.update(ex)
    DEADLINES[:] = sorted(d['date'] for d in plan['deadline'])
    globals()['GRACE_DAYS'] = plan['plan'].get('grace_days', 3)


# ---------------------------------------------------------------------------------------------
# Small MIME writer.  Everything is assembled by hand so that each client's habits (boundaries,
# folding, RFC 2047 / RFC 2231 file names, transfer encodings) come out as that client writes them.
# ---------------------------------------------------------------------------------------------

def h(s):
    """A stable hex string for ids and boundaries."""
    return hashlib.sha1(s.encode('utf-8')).hexdigest()


def crlf(b):
    b = b.replace(b'\r\n', b'\n')
    return b.replace(b'\n', b'\r\n')


def enc_words(s, cs='utf-8', mode='B', first=0):
    """RFC 2047 encoded words, each at most 75 characters, joined by CRLF SP."""
    pyc = {'windows-1251': 'cp1251', 'koi8-u': 'koi8_u', 'koi8-r': 'koi8_r'}.get(cs.lower(), cs)
    out, cur = [], ''
    pre, post = '=?%s?%s?' % (cs, mode), '?='

    def encode(chunk):
        b = chunk.encode(pyc)
        if mode.upper() == 'B':
            return base64.b64encode(b).decode('ascii')
        r = ''
        for c in b:
            ch = chr(c)
            if ch == ' ':
                r += '_'
            elif ch.isalnum() and c < 128:
                r += ch
            elif ch in '!*+-/' and c < 128:
                r += ch
            else:
                r += '=%02X' % c
        return r
    for ch in s:
        if len(pre + encode(cur + ch) + post) > 75 - (first if not out else 0):
            cut = cur.rfind(' ') + 1
            if 0 < cut < len(cur):
                out.append(pre + encode(cur[:cut]) + post)
                cur = cur[cut:] + ch
            else:
                out.append(pre + encode(cur) + post)
                cur = ch
        else:
            cur += ch
    if cur:
        out.append(pre + encode(cur) + post)
    return '\r\n '.join(out)


def needs_enc(s):
    return any(ord(c) > 127 for c in s)


def hdr_text(s, cs, mode, name=''):
    if not needs_enc(s):
        return s
    return enc_words(s, cs, mode, first=len(name) + 2)


def addr(name, address, cs='utf-8', mode='B', quote_name=False):
    if not name:
        return address
    if needs_enc(name):
        return '%s <%s>' % (enc_words(name, cs, mode), address)
    return '"%s" <%s>' % (name, address) if quote_name or ',' in name or '.' in name else '%s <%s>' % (name, address)


def pyc(cs):
    return {'windows-1251': 'cp1251', 'koi8-u': 'koi8_u', 'koi8-r': 'koi8_r', 'us-ascii': 'ascii',
            'iso-8859-1': 'latin-1'}.get(cs.lower(), cs.lower())


def flow(text, width=72):
    """format=flowed: soft line breaks end in a space; quoted and table lines are left alone."""
    out = []
    for line in text.split('\n'):
        if line.startswith('>') or '\t' in line or len(line) <= width or line.startswith('-- '):
            out.append(line)
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    res = []
    for line in out:
        if line.startswith(' ') or line.startswith('From '):
            line = ' ' + line
        res.append(line)
    return '\n'.join(res)


def hard_wrap(text, width=76):
    out = []
    for line in text.split('\n'):
        if len(line) <= width or '\t' in line or line.startswith('>'):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [''])
    return '\n'.join(out)


class Part:
    def __init__(self, headers, body=b''):
        self.headers = headers          # list of (name, value) with value already folded
        self.body = body                # bytes, CRLF

    def render(self):
        out = b''
        for k, v in self.headers:
            out += ('%s: %s\r\n' % (k, v)).encode('ascii')
        return out + b'\r\n' + self.body


def encode_body(data, cte):
    if cte == 'base64':
        return crlf(base64.encodebytes(data))
    if cte == 'quoted-printable':
        q = quopri.encodestring(data.replace(b'\r\n', b'\n'), quotetabs=False)
        return crlf(q)
    return crlf(data)


def text(s, sub='plain', cs='utf-8', cte='quoted-printable', flowed=False, ct_charset=None,
         delsp=False, extra=(), quoted_cs=True, cte_case=None):
    """A text part.  ct_charset lets a part declare a charset other than the one its bytes use."""
    s = s.replace('\r\n', '\n')
    if flowed:
        s = flow(s)
    data = s.encode(pyc(cs))
    label = ct_charset if ct_charset is not None else cs
    ct = 'text/%s' % sub
    if label:
        ct += '; charset="%s"' % label if quoted_cs else '; charset=%s' % label
    if flowed:
        ct += '; format=flowed' + ('; delsp=yes' if delsp else '')
    hd = [('Content-Type', ct), ('Content-Transfer-Encoding', cte_case or cte)] + list(extra)
    body = encode_body(data, cte)
    if not body.endswith(b'\r\n'):
        body += b'\r\n'
    return Part(hd, body)


def fname_params(fname, style):
    """Return (content-type name param, content-disposition filename param) for a file name."""
    if not needs_enc(fname):
        return '\r\n\tname="%s"' % fname, '\r\n\tfilename="%s"' % fname
    if style == 'outlook':        # Outlook 2003-2010: one RFC 2047 B word in quotes, cp1251
        w = '=?windows-1251?B?%s?=' % base64.b64encode(fname.encode('cp1251')).decode()
        return '\r\n\tname="%s"' % w, '\r\n\tfilename="%s"' % w
    if style == 'outlook-utf8':
        w = '=?utf-8?B?%s?=' % base64.b64encode(fname.encode('utf-8')).decode()
        return '\r\n\tname="%s"' % w, '\r\n\tfilename="%s"' % w
    if style == 'gmail':
        w = enc_words(fname, 'UTF-8', 'B').replace('\r\n ', '\r\n ')
        return ' name="%s"' % w, ' filename="%s"' % w
    if style == 'bat-q':          # The Bat!: Q words, cp1251
        w = enc_words(fname, 'windows-1251', 'Q')
        return '\r\n name="%s"' % w, '\r\n filename="%s"' % w
    if style == 'bat-koi':
        w = enc_words(fname, 'koi8-u', 'B')
        return '\r\n name="%s"' % w, '\r\n filename="%s"' % w
    if style in ('tb', '2231', 'rc'):
        # RFC 2231 with continuations (Thunderbird also puts an RFC 2047 name= on Content-Type)
        enc = quote(fname.encode('utf-8'), safe='')
        chunks, i = [], 0
        while i < len(enc):
            n = 40
            piece = enc[i:i + n]
            while piece.endswith('%') or piece[-2:-1] == '%':
                n -= 1
                piece = enc[i:i + n]
            chunks.append(piece)
            i += n
        disp = ''.join(';\r\n filename*%d*=%s%s' % (k, "UTF-8''" if k == 0 else '', c)
                       for k, c in enumerate(chunks))
        if style == 'tb':
            ctn = '\r\n name="%s"' % enc_words(fname, 'UTF-8', 'B')
        elif style == 'rc':
            ctn = ''.join(';\r\n name*%d*=%s%s' % (k, "UTF-8''" if k == 0 else '', c)
                          for k, c in enumerate(chunks))
            return ctn, disp
        else:
            ctn = disp.replace('filename*', 'name*')
            return ctn, disp
        return ctn, disp
    if style == 'win1251-b':
        w = enc_words(fname, 'windows-1251', 'B')
        return '\r\n\tname="%s"' % w, '\r\n\tfilename="%s"' % w
    raise ValueError(style)


def attach(data, ctype, fname, style, cte='base64', disposition='attachment', extra=(), inline_cid=None):
    n, f = fname_params(fname, style)
    sep = ';' if not n.startswith(';') else ''
    hd = [('Content-Type', ctype + sep + n)]
    if inline_cid:
        hd.append(('Content-ID', '<%s>' % inline_cid))
    hd.append(('Content-Transfer-Encoding', cte))
    hd.append(('Content-Disposition', disposition + (';' if not f.startswith(';') else '') + f))
    hd += list(extra)
    return Part(hd, encode_body(data, cte))


class Multi:
    def __init__(self, sub, parts, boundary, extra_ct='', preamble='This is a multi-part message in MIME format.'):
        self.sub, self.parts, self.boundary, self.extra_ct, self.preamble = sub, parts, boundary, extra_ct, preamble
        self.headers = [('Content-Type', 'multipart/%s;%s\r\n\tboundary="%s"' % (sub, extra_ct, boundary))]

    def render(self):
        out = b''
        for k, v in self.headers:
            out += ('%s: %s\r\n' % (k, v)).encode('ascii')
        return out + b'\r\n' + self.render_body()

    def render_body(self):
        out = b''
        if self.preamble:
            out += self.preamble.encode('ascii') + b'\r\n'
        for p in self.parts:
            out += b'\r\n--' + self.boundary.encode('ascii') + b'\r\n' + p.render()
            if not out.endswith(b'\r\n'):
                out += b'\r\n'
        out += b'\r\n--' + self.boundary.encode('ascii') + b'--\r\n'
        return out


def rfc822(msg_bytes, name=None, style='tb', cte='7bit'):
    hd = [('Content-Type', 'message/rfc822')]
    if name:
        n, f = fname_params(name, style)
        hd = [('Content-Type', 'message/rfc822;' + n), ('Content-Transfer-Encoding', cte),
              ('Content-Disposition', 'attachment;' + f)]
    return Part(hd, msg_bytes)


# ---------------------------------------------------------------------------------------------
# Dates, clients, the message envelope
# ---------------------------------------------------------------------------------------------

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def kyiv(s):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=KYIV)


def rfcdate(d, pad=True):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    day = ('%02d' % d.day) if pad else str(d.day)
    return '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        DAYS[d.weekday()], day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second, sign,
        mins // 60, mins % 60)


# header charset / mode, X-Mailer-like headers, Message-ID maker, for each client
def _mid_outlook(seed, dom):
    x = h(seed)
    return '<%s01%s$%s$%s$@%s>' % (x[:4], x[4:10], x[10:18], x[18:26], dom)


def _mid_oe(seed, dom):
    x = h(seed)
    return '<%s01%s$%s$%s@%s>' % (x[:4], x[4:10], x[10:18], x[18:26], dom)


CLIENTS = {
    'ol2003uk': dict(cs='windows-1251', mode='B', hdr=[('X-Mailer', 'Microsoft Office Outlook 11'), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.6157')], mid=_mid_oe),
    'ol2003ru': dict(cs='windows-1251', mode='B', hdr=[('X-Mailer', 'Microsoft Office Outlook 11'), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.5931')], mid=_mid_oe),
    'ol2003en': dict(cs='windows-1251', mode='B', hdr=[('X-Mailer', 'Microsoft Office Outlook 11'), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.6109')], mid=_mid_oe),
    'ol2007uk': dict(cs='windows-1251', mode='B', hdr=[('X-Mailer', 'Microsoft Office Outlook 12.0'), ('Content-Language', 'uk')], mid=_mid_outlook, thread=True),
    'ol2010uk': dict(cs='windows-1251', mode='B', hdr=[('X-Mailer', 'Microsoft Outlook 14.0'), ('Content-Language', 'uk')], mid=_mid_outlook, thread=True),
    'ol2010ru-koi8': dict(cs='koi8-r', mode='B', hdr=[('X-Mailer', 'Microsoft Outlook 14.0'), ('Content-Language', 'ru')], mid=_mid_outlook, thread=True),
    'ol2010ru': dict(cs='windows-1251', mode='B', hdr=[('X-Mailer', 'Microsoft Outlook 14.0'), ('Content-Language', 'ru')], mid=_mid_outlook, thread=True),
    'oe6': dict(cs='windows-1251', mode='B', hdr=[('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'), ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931'), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.6157')], mid=_mid_oe),
    'tb': dict(cs='UTF-8', mode='B', hdr=[('User-Agent', 'Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130215 Thunderbird/17.0.3')], mid=lambda s, d: '<%s.%s@%s>' % (h(s)[:8].upper(), int(h(s)[8:13], 16), d)),
    'tb10': dict(cs='UTF-8', mode='B', hdr=[('User-Agent', 'Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2')], mid=lambda s, d: '<%s.%s@%s>' % (h(s)[:8].upper(), int(h(s)[8:13], 16), d)),
    'tb24': dict(cs='UTF-8', mode='B', hdr=[('User-Agent', 'Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1')], mid=lambda s, d: '<%s.%s@%s>' % (h(s)[:8].upper(), int(h(s)[8:13], 16), d)),
    'bat': dict(cs='windows-1251', mode='Q', hdr=[('X-Mailer', 'The Bat! (v4.2.44.2) Professional'), ('Reply-To', None), ('X-Priority', '3 (Normal)')], mid=lambda s, d: '<%d.%s@%s>' % (int(h(s)[:8], 16), 'DATE', d)),
    'bat-koi': dict(cs='koi8-u', mode='B', hdr=[('X-Mailer', 'The Bat! (v3.99.3) Home'), ('X-Priority', '3 (Normal)')], mid=lambda s, d: '<%d.%s@%s>' % (int(h(s)[:8], 16), 'DATE', d)),
    'opera': dict(cs='utf-8', mode='B', hdr=[('User-Agent', 'Opera Mail/12.12 (Win32)')], mid=lambda s, d: '<op.w%s@%s>' % (h(s)[:14], 'pc-' + h(s)[20:23])),
    'gmail': dict(cs='UTF-8', mode='B', hdr=[], mid=lambda s, d: '<CA%s@mail.gmail.com>' % base64.b64encode(bytes.fromhex(h(s)[:36])).decode().replace('/', '_').replace('+', '-')),
    'apple': dict(cs='utf-8', mode='Q', hdr=[('X-Mailer', 'Apple Mail (2.1510)')], mid=lambda s, d: '<%s-%s-%s-%s-%s@%s>' % (h(s)[:8].upper(), h(s)[8:12].upper(), h(s)[12:16].upper(), h(s)[16:20].upper(), h(s)[20:32].upper(), d)),
    'roundcube': dict(cs='UTF-8', mode='Q', hdr=[('User-Agent', 'Roundcube Webmail/0.8.4')], mid=lambda s, d: '<%s@%s>' % (h(s)[:32], d)),
    'k9': dict(cs='UTF-8', mode='B', hdr=[('User-Agent', 'K-9 Mail for Android')], mid=lambda s, d: '<%s-%s@email.android.com>' % (h(s)[:8], h(s)[8:20])),
    'iphone': dict(cs='utf-8', mode='B', hdr=[('X-Mailer', 'iPhone Mail (11B554a)')], mid=lambda s, d: '<%s-%s-%s@%s>' % (h(s)[:8].upper(), h(s)[8:12].upper(), h(s)[12:24].upper(), d)),
    'ukrnet': dict(cs='UTF-8', mode='B', hdr=[('X-Mailer', 'FREEMAIL.UKR.NET (web)'), ('X-Originating-IP', '[203.0.113.58]')], mid=lambda s, d: '<%d.%d.%s@frv%d.ukr.net>' % (1371100000 + int(h(s)[:4], 16), int(h(s)[4:9], 16), h(s)[9:17], 30 + int(h(s)[17], 16))),
    'iua': dict(cs='windows-1251', mode='B', hdr=[('X-Mailer', 'I.UA Mail'), ('X-Originating-IP', '198.51.100.47')], mid=lambda s, d: '<%s.%s@i.ua>' % (h(s)[:8], h(s)[8:12])),
    'meta': dict(cs='windows-1251', mode='B', hdr=[('X-Mailer', 'META.UA Mail Web-client'), ('X-Sender-IP', '198.51.100.203')], mid=lambda s, d: '<%s@webmail.meta.ua>' % h(s)[:24]),
    'wlm': dict(cs='utf-8', mode='B', hdr=[('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'), ('Importance', 'Normal'), ('X-Mailer', 'Microsoft Windows Live Mail 15.4.3555.308'), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V15.4.3555.308')], mid=_mid_oe),
    'cdo': dict(cs='windows-1251', mode='B', hdr=[('Content-Class', 'urn:content-classes:message'), ('X-Mailer', 'Microsoft CDO for Windows 2000'), ('Thread-Topic', None), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.3790.4913')], mid=lambda s, d: '<%s01%s$%s$0201a8c0@%s>' % (h(s)[:4], h(s)[4:10], h(s)[10:18], d)),
}


class Mail:
    def __init__(self, client, frm, subject, date, root, to=None, cc=None, extra=(),
                 relay=None, helo=None, ip='198.51.100.17', reply_to=None,
                 in_reply_to=None, references=None, recv_delay=7, mid_domain=None, date_pad=True, received=True):
        self.client, self.frm, self.subject, self.date, self.root = client, frm, subject, kyiv(date), root
        self.to = to or [('', MAILBOX)]
        self.cc, self.extra, self.relay, self.helo, self.ip = cc, extra, relay, helo, ip
        self.reply_to, self.in_reply_to, self.references = reply_to, in_reply_to, references
        self.recv_delay, self.mid_domain, self.date_pad = recv_delay, mid_domain, date_pad
        self.received = received

    def bytes(self, name):
        c = CLIENTS[self.client]
        cs, mode = c['cs'], c['mode']
        recv = self.date + dt.timedelta(seconds=self.recv_delay)
        assert recv.date() == self.date.date(), name
        relay_time = self.date + dt.timedelta(seconds=max(1, self.recv_delay // 2))
        fname, faddr = self.frm
        relay = self.relay or 'mail.' + faddr.split('@')[1]
        dom = self.mid_domain or faddr.split('@')[1]
        mid = c['mid'](name, dom)
        if 'DATE' in mid:
            mid = mid.replace('DATE', self.date.strftime('%Y%m%d%H%M%S'))
        qid = h(name + 'q')[:10].upper()
        hd = [('Received', 'from %s (%s [%s])\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s'
               % (self.helo or relay, relay, self.ip, qid, MAILBOX, rfcdate(recv))),
              ('Received', 'from %s ([%s])\r\n\tby %s with %s; %s'
               % ('pc-' + h(name)[:5], '192.0.2.%d' % (10 + int(h(name)[5:7], 16) % 200), relay,
                  'ESMTPSA' if self.client in ('gmail', 'ukrnet', 'iua', 'meta') else 'ESMTP',
                  rfcdate(relay_time)))]
        from_v = addr(fname, faddr, cs, mode)
        to_v = ', '.join(addr(n, a, cs, mode) for n, a in self.to)
        subj = hdr_text(self.subject, cs, mode, 'Subject')
        std = [('From', from_v), ('To', to_v)]
        if self.cc:
            std.append(('Cc', ', '.join(addr(n, a, cs, mode) for n, a in self.cc)))
        std += [('Subject', subj), ('Date', rfcdate(self.date, self.date_pad)), ('Message-ID', mid)]
        if self.reply_to:
            std.append(('Reply-To', addr(self.reply_to[0], self.reply_to[1], cs, mode)))
        if self.in_reply_to:
            std.append(('In-Reply-To', self.in_reply_to))
            std.append(('References', self.references or self.in_reply_to))
        std.append(('MIME-Version', '1.0'))
        for k, v in c['hdr']:
            if v is None:
                if k == 'Thread-Topic':
                    std.append((k, hdr_text(self.subject, cs, mode, k)))
                continue
            std.append((k, v))
        if c.get('thread'):
            std.append(('Thread-Index', base64.b64encode(bytes.fromhex(h(name)[:32])).decode()[:22] + '=='))
        std += list(self.extra)
        out = b''
        if not self.received:
            hd = []
        for k, v in hd + std:
            out += ('%s: %s\r\n' % (k, v)).encode('ascii')
        out += self.root.render()
        return out


# ---------------------------------------------------------------------------------------------
# Office attachments: sources under attachments/src, converted once with soffice, kept.
# ---------------------------------------------------------------------------------------------

FILTERS = {'xls': 'xls:MS Excel 97', 'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'ods': 'ods',
           'doc': 'doc:MS Word 97', 'docx': 'docx:MS Word 2007 XML', 'odt': 'odt',
           'rtf': 'rtf:Rich Text Format', 'pdf': 'pdf:writer_pdf_Export'}
_manifest = None


def manifest():
    global _manifest
    if _manifest is None:
        try:
            with open(MANIFEST, encoding='utf-8') as f:
                _manifest = json.load(f)
        except OSError:
            _manifest = {}
    return _manifest


def convert(base, src_ext, src_text, fmt, infilter=None):
    os.makedirs(SRC, exist_ok=True)
    src = os.path.join(SRC, base + '.' + src_ext)
    with open(src, 'w', encoding='utf-8', newline='\n') as f:
        f.write(src_text)
    digest = hashlib.sha256((fmt + '\n' + src_text).encode('utf-8')).hexdigest()
    out = os.path.join(ATT, base + '.' + fmt)
    m = manifest()
    if not (os.path.exists(out) and m.get(base + '.' + fmt) == digest):
        if not shutil.which('soffice'):
            sys.exit('attachments/%s.%s is missing or stale and soffice is not installed' % (base, fmt))
        cmd = ['soffice', '--headless', '-env:UserInstallation=file://%s/lo' % WORK]
        if infilter:
            cmd.append('--infilter=' + infilter)
        cmd += ['--convert-to', FILTERS[fmt], '--outdir', ATT, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not os.path.exists(out):
            sys.exit('soffice did not write ' + out)
        m[base + '.' + fmt] = digest
        with open(MANIFEST, 'w', encoding='utf-8') as f:
            json.dump(m, f, indent=1, sort_keys=True)
    with open(out, 'rb') as f:
        data = f.read()
    assert len(data) < MAX_ATT, '%s is %d bytes' % (out, len(data))
    return data


def sheet_csv(base, fmt, rows):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', quotechar='"', quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n')
    for r in rows:
        w.writerow(r)
    return convert(base, 'csv', buf.getvalue(), fmt, 'CSV:59,34,76,1,,1058,true,false')


def fods(sheets, widths=None):
    """sheets: [{'name', 'rows', 'hidden', 'widths'}]; a cell is a str, an int, '' or None (covered by a
    merge), or {'v': value, 'cs': columns spanned, 'rs': rows spanned, 'b': bold}."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
           '<office:automatic-styles>',
           '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>',
           '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>',
           '<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.06pt solid #000000"/></style:style>',
           '<style:style style:name="ce2" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>',
           '<style:style style:name="ce3" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>',
           '<style:style style:name="ce4" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>']
    allw = set()
    for sh in sheets:
        allw.update(sh.get('widths', []))
    wl = sorted(allw)
    for w in wl:
        out.append('<style:style style:name="co%s" style:family="table-column"><style:table-column-properties style:column-width="%scm"/></style:style>' % (str(w).replace('.', '_'), w))
    out.append('</office:automatic-styles><office:body><office:spreadsheet>')
    for sh in sheets:
        out.append('<table:table table:name="%s" table:style-name="%s">' % (escape(sh['name']), 'ta2' if sh.get('hidden') else 'ta1'))
        for w in sh.get('widths', []):
            out.append('<table:table-column table:style-name="co%s"/>' % str(w).replace('.', '_'))
        grid = sh.get('grid', True)
        for r in sh['rows']:
            out.append('<table:table-row>')
            for c in r:
                if c is None:
                    out.append('<table:covered-table-cell/>')
                    continue
                attrs = ''
                style = 'ce1' if grid else 'ce4'
                if isinstance(c, dict):
                    if c.get('cs'):
                        attrs += ' table:number-columns-spanned="%d"' % c['cs']
                    if c.get('rs'):
                        attrs += ' table:number-rows-spanned="%d"' % c['rs']
                    if c.get('b'):
                        style = 'ce2' if grid else 'ce3'
                    c = c['v']
                attrs = ' table:style-name="%s"' % style + attrs
                if c == '':
                    out.append('<table:table-cell%s/>' % attrs)
                elif isinstance(c, (int, float)):
                    out.append('<table:table-cell%s office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (attrs, c, c))
                else:
                    ps = ''.join('<text:p>%s</text:p>' % escape(x) for x in str(c).split('\n'))
                    out.append('<table:table-cell%s office:value-type="string">%s</table:table-cell>' % (attrs, ps))
            out.append('</table:table-row>')
        out.append('</table:table>')
    out.append('</office:spreadsheet></office:body></office:document>')
    return '\n'.join(out) + '\n'


def sheet_fods(base, fmt, sheets):
    return convert(base, 'fods', fods(sheets), fmt)


DOC_STYLE = ('body{font-family:"Times New Roman",serif;font-size:13pt}'
             'table{border-collapse:collapse}td,th{border:1px solid #000;padding:2pt 4pt;vertical-align:top;font-size:11pt}'
             'p{margin:0 0 4pt 0}')


def doc_html(base, fmt, body, title='', author=''):
    html = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n<title>%s</title>\n'
            '<meta name="author" content="%s">\n<style>%s</style></head>\n<body>\n%s\n</body></html>\n'
            % (escape(title), escape(author), DOC_STYLE, body))
    return convert(base, 'html', html, fmt, 'HTML (StarWriter)')


def html_table(rows, head_rows=1, widths=None, border=1):
    """rows of cells; a cell is a str or {'v', 'cs', 'rs'} or None (covered)."""
    out = ['<table border="%d" cellspacing="0" cellpadding="3">' % border]
    for i, r in enumerate(rows):
        out.append('<tr>')
        for j, c in enumerate(r):
            if c is None:
                continue
            tag = 'td'
            attrs = ''
            if isinstance(c, dict):
                if c.get('cs'):
                    attrs += ' colspan="%d"' % c['cs']
                if c.get('rs'):
                    attrs += ' rowspan="%d"' % c['rs']
                c = c['v']
            if widths and i == 0 and j < len(widths) and widths[j]:
                attrs += ' width="%s"' % widths[j]
            cell = escape(str(c)).replace('\n', '<br>')
            if i < head_rows:
                cell = '<b>%s</b>' % cell
            out.append('<%s%s>%s</%s>' % (tag, attrs, cell, tag))
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)


def tiny_png(w, h_, colors):
    """A small striped PNG (for inline logos)."""
    raw = b''
    for y in range(h_):
        c = colors[min(len(colors) - 1, y * len(colors) // h_)]
        raw += b'\x00' + bytes(c) * w
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h_, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def word_html(inner, cs='windows-1251', ver='14'):
    """The HTML Outlook writes with Word as its editor."""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word %s (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri","sans-serif";\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:blue;\n\ttext-decoration:underline;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri","sans-serif";\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>'
            '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->'
            '</head><body lang=UK link=blue vlink=purple><div class=WordSection1>\n%s\n</div></body></html>\n'
            % (cs, ver, inner))


def mso_p(s):
    return '<p class=MsoNormal>%s<o:p></o:p></p>' % (escape(s) if s else '&nbsp;')


def mso_table(rows, head=1, widths=None):
    out = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse;border:none\'>']
    for i, r in enumerate(rows):
        out.append('<tr>')
        for j, c in enumerate(r):
            if c is None:
                continue
            attrs = ''
            if isinstance(c, dict):
                if c.get('cs'):
                    attrs += ' colspan=%d' % c['cs']
                if c.get('rs'):
                    attrs += ' rowspan=%d' % c['rs']
                c = c['v']
            wd = ''
            if widths and j < len(widths):
                wd = 'width:%spt;' % widths[j]
            paras = ''.join('<p class=MsoNormal>%s%s<o:p></o:p></p>' % ('<b>' + escape(x) + '</b>' if i < head else escape(x), '') if x else '<p class=MsoNormal><o:p>&nbsp;</o:p></p>' for x in str(c).split('\n'))
            out.append('<td%s valign=top style=\'%sborder:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt\'>%s</td>' % (attrs, wd, paras))
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)


def plain_table(rows, sep='\t'):
    out = []
    for r in rows:
        out.append(sep.join('' if c is None else str(c['v'] if isinstance(c, dict) else c).replace('\n', ' ') for c in r))
    return '\n'.join(out)


def aligned(rows, widths, gap=1):
    """A table typed with spaces: long cells wrap onto continuation lines under their column."""
    out = []
    for r in rows:
        cols = []
        for c, w in zip(r, widths):
            c = str(c)
            cols.append(textwrap.wrap(c, w, break_long_words=False, break_on_hyphens=False) or [''])
        n = max(len(x) for x in cols)
        for k in range(n):
            line = ''
            for x, w in zip(cols, widths):
                line += (x[k] if k < len(x) else '').ljust(w + gap)
            out.append(line.rstrip())
    return '\n'.join(out)


# ---------------------------------------------------------------------------------------------
# The mails.  Registry and key helpers.
# ---------------------------------------------------------------------------------------------

MAILS = []


def mail(name, key):
    def deco(fn):
        MAILS.append((name, key, fn))
        return fn
    return deco


def items(*pairs):
    """items((6, 'body'), (9, 'x.xls')) or items_of('x.xls', 1, 6, 9) — sorted by measure, then source."""
    return sorted([{'measure': m, 'source': s} for m, s in pairs], key=lambda i: (i['measure'], i['source']))


def each(source, *measures):
    return [(m, source) for m in measures]


def quote_lines(s, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in s.split('\n'))


# Signatures and addressee lines used in several mails
UVP_DATIVE = 'Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації'
PLAN_NAME = ('Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області '
             'у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»')
PLAN_SHORT = 'Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області'
MEASURE_TEXT = {
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
SHORT = {
    1: 'Приведення інформаційного наповнення та функціонування офіційних веб-сайтів до вимог законодавства',
    2: 'Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів» на сайті ОДА',
    3: 'Веб-ресурс «Чернігівська громада»',
    4: 'Інтернет-форум на базі веб-ресурсу «Чернігівська громада»',
    5: '«Гаряча лінія» голови облдержадміністрації',
    6: 'Консультації з громадськістю (постанова КМУ від 03.11.2010 № 996)',
    7: 'Залучення представників ІГС до роботи дорадчо-консультативних органів',
    8: 'Введення голів комітетів Громадської ради до складу колегій',
    9: 'Залучення членів громадських рад до обговорення проектів розпоряджень, програм, рішень',
    10: 'Комісії (робочі групи) з питань відкритості та прозорості у складі громадських рад',
    11: '«Дні відкритих дверей» УВП',
    12: 'Громадські експертизи, громадські антикорупційні експертизи',
    13: 'Навчальні семінари для заступників керівників та спеціалістів',
    14: 'Методичні посібники для державних службовців',
    15: 'Громадське обговорення виконання заходів Плану',
    16: 'Надання інформації про виконання Плану',
}

# ===== MAILS =====

def bnd(kind, seed, n=0):
    x = h(seed + str(n)).upper()
    if kind == 'outlook':       # Outlook 2003-2010, Outlook Express, CDO, Windows Live Mail
        return '----=_NextPart_%03d_%s_01CD%s.%s' % (n, x[:4], x[4:8], x[8:16])
    if kind == 'tb':
        return '------------%s' % ''.join(str(int(c, 16) % 10) for c in x[:24])
    if kind == 'gmail':
        return x[:28].lower()
    if kind == 'apple':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32])
    if kind == 'iphone':
        return 'Apple-Mail-%s-%s-%s' % (x[:8], x[8:12], x[12:24])
    if kind == 'roundcube':
        return '=_%s' % x[:32].lower()
    if kind == 'opera':
        return '----------%s' % x[:14].lower()
    if kind == 'bat':
        return '----------%s' % x[:13]
    if kind == 'k9':
        return '----%s' % x[:24]
    if kind == 'ukrnet':
        return '----==--bound.%d.web%d.ukr.net' % (int(x[:6], 16), 10 + int(x[6], 16))
    if kind == 'iua':
        return '=_i.ua_%s' % x[:20].lower()
    if kind == 'meta':
        return '----------%s_meta.ua' % x[:16].lower()
    raise ValueError(kind)


def ol_alt(seed, plain, html_inner, cs='windows-1251', n=1, ver='14'):
    """Outlook 2007/2010 with Word as editor: plain and Word-HTML twins."""
    return Multi('alternative', [text(plain, 'plain', cs, 'quoted-printable'),
                                 text(word_html(html_inner, cs, ver), 'html', cs, 'quoted-printable')],
                 bnd('outlook', seed, n), preamble='')


def mso_paras(s):
    return '\n'.join(mso_p(l) for l in s.split('\n'))


CT_XLS = 'application/vnd.ms-excel'
CT_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
CT_ODS = 'application/vnd.oasis.opendocument.spreadsheet'
CT_DOC = 'application/msword'
CT_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
CT_ODT = 'application/vnd.oasis.opendocument.text'
CT_PDF = 'application/pdf'
CT_RTF = 'application/rtf'
CT_OCTET = 'application/octet-stream'


def reminder_text(executor_name, deadline, today, missing, overdue=False):
    """zvit's reminder, as its template renders it (not partial)."""
    if overdue:
        first = ('Нагадуємо, що %s минув термін подання інформації про виконання Плану заходів з підвищення рівня '
                 'відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи '
                 '«Партнерство „Відкритий уряд“» (пункт 16 плану).' % deadline)
    else:
        first = ('Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості '
                 'діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» '
                 'інформацію про його виконання необхідно надати до %s на адресу електронної пошти %s.' % (deadline, MAILBOX))
    out = ['Шановні колеги!', '', first, '',
           'Станом на %s від %s не надійшла інформація за звітний період щодо таких пунктів плану:' % (today, executor_name)]
    for m in missing:
        out += ['', '  %d. %s' % (m, MEASURE_TEXT[m])]
    out += ['', 'Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про '
            'виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у '
            'довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.', '',
            'Просимо надати інформацію невідкладно.' if overdue else 'Просимо дотримуватися встановленого терміну.', '',
            'Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.', '',
            'З повагою', 'Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації']
    return out


def reminder_blocks(executor_name, deadline, today, missing, overdue=False):
    """The reminder split so that answers can be typed between its items: (head, {m: item}, tail)."""
    lines = reminder_text(executor_name, deadline, today, missing, overdue)
    i = lines.index('', 5)
    head = lines[:5]
    items_ = {}
    k = 5
    for m in missing:
        items_[m] = lines[k + 1]
        k += 2
    tail = lines[k:]
    return head, items_, tail


UVP_NAME = 'Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації'


def receipt_text(received, subject, executor, period, deadline, recognised, missing, late=False):
    """zvit's receipt, as its template renders it."""
    out = ['Шановні колеги!', '',
           'Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації підтверджує '
           'отримання Вашого листа від %s «%s».' % (received, subject), '',
           'Виконавець: %s.' % executor,
           'Звітний період: %d-й (термін подання інформації — %s).' % (period, deadline)]
    if late:
        out.append('Лист надійшов після встановленого терміну; інформацію враховано як подану із запізненням.')
    out.append('')
    if recognised:
        out.append('Розпізнано інформацію щодо таких пунктів плану:')
        out += ['  • пункт %d: %s' % (m, e) for m, e in recognised]
    else:
        out.append('Інформації, яку можна віднести до пунктів плану, у листі не виявлено.')
    out.append('')
    if missing:
        out.append('За цей звітний період ще очікується інформація щодо пунктів плану:')
        out += ['  %d. %s' % (m, MEASURE_TEXT[m]) for m in missing]
    out += ['', 'Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу %s.' % MAILBOX,
            '', 'З повагою', UVP_NAME]
    return out


# ----------------------------------------------------------------------------------------- ph

KEY = {
    "class": "placeholder", "executor": "rda-bakhmach", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "An .xls with a row for every one of the 16 measures: dashes for what the district does not owe, «х», a lone «+» and a bare «не проводились» among three real answers.",
    "items": [{"measure": 1, "source": "Інформація Бахмацької РДА ВУ.xls"},
              {"measure": 6, "source": "Інформація Бахмацької РДА ВУ.xls"},
              {"measure": 9, "source": "Інформація Бахмацької РДА ВУ.xls"}],
}


@mail('ph01_bakhmach', KEY)
def _():
    seed = 'ph01'
    fname = 'Інформація Бахмацької РДА ВУ.xls'
    who = {1: 'СП ОДА, РДА', 2: 'СП ОДА', 3: 'УВП, Громадська рада', 4: 'УВП, Громадська рада',
           5: 'УВП, відділ роботи із зверненнями', 6: 'СП ОДА, РДА', 7: 'СП ОДА, РДА', 8: 'СП ОДА',
           9: 'СП ОДА, РДА', 10: 'УВП, РДА', 11: 'УВП', 12: 'СП ОДА, РДА', 13: 'УВП, ЦППК', 14: 'УВП',
           15: 'УВП, координатор, Громадська рада', 16: 'СП ОДА, РДА'}
    ans = {
        1: 'Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог Закону України «Про доступ до '
           'публічної інформації» та постанови КМУ від 04.01.2002 № 3: створено рубрики «Доступ до публічної '
           'інформації», «Регуляторна діяльність», «Громадська рада»; інформація оновлюється щоденно.',
        2: '—', 3: '—', 4: '—', 5: '—',
        6: 'Проведено 4 консультації з громадськістю у формі публічного громадського обговорення: проект районного '
           'бюджету на 2013 рік (громадські слухання 23.11.2012, 46 учасників), проект Програми розвитку малого і '
           'середнього підприємництва на 2013–2014 роки, проект розпорядження «Про тарифи на ритуальні послуги», '
           'план роботи РДА на 2013 рік.',
        7: 'х', 8: '—',
        9: 'Членів громадської ради при райдержадміністрації залучено до обговорення проекту Програми '
           'соціально-економічного розвитку району на 2013 рік (засідання 29.11.2012), 5 пропозицій враховано.',
        10: '+', 11: '—', 12: 'не проводились', 13: '—', 14: '—', 15: '—',
        16: 'Інформацію надано листом від 11.12.2012 № 01-19/3187',
    }
    rows = [['', 'Інформація', '', ''],
            ['', 'Бахмацької районної державної адміністрації про виконання Плану заходів з підвищення рівня '
                 'відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи '
                 '«Партнерство „Відкритий уряд“» станом на 10.12.2012', '', ''],
            ['', '', '', ''],
            ['№ з/п', 'Зміст заходу', 'Виконавці', 'Інформація про виконання']]
    for m in range(1, 17):
        rows.append([m, SHORT[m], who[m], ans[m]])
    rows += [['', '', '', ''],
             ['', 'Всього заходів, що стосуються РДА: 8', '', 'з них виконано: 3'],
             ['', '', '', ''],
             ['', 'Керівник апарату райдержадміністрації', '', 'О.П. Стародуб']]
    xls = sheet_csv('ph01_bakhmach', 'xls', rows)
    plain = ('Добрий день!\n\nНаправляємо інформацію Бахмацької районної державної адміністрації про виконання '
             'Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у '
             'рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (вих. № 01-19/3187 від 11.12.2012).\n\n'
             'З повагою\nГордієнко Світлана Миколаївна\nголовний спеціаліст відділу організаційної роботи та '
             'контролю апарату Бахмацької РДА\nтел. (04635) 2-14-67\n')
    root = Multi('mixed', [ol_alt(seed, plain, mso_paras(plain), ver='12'),
                           attach(xls, CT_XLS, fname, 'outlook')], bnd('outlook', seed, 0))
    return Mail('ol2007uk', ('Бахмацька РДА', 'rda-bakhmach@example.gov.ua'),
                'Інформація Бахмацької РДА (План заходів, відкритість)', '2012-12-12 10:47:13', root,
                to=[('uvp', MAILBOX)])


KEY = {
    "class": "placeholder", "executor": "rda-koriukivka", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A transposed workbook: offices as rows, measures as columns, almost every cell a dash, «х», «немає», «+» or «не проводились», a totals row of counts, and a notes sheet that defines the marks.",
    "items": [{"measure": 1, "source": "Корюківська_РДА_ВУ_І_півр_2013.xlsx"},
              {"measure": 6, "source": "Корюківська_РДА_ВУ_І_півр_2013.xlsx"},
              {"measure": 7, "source": "Корюківська_РДА_ВУ_І_півр_2013.xlsx"}],
}


@mail('ph02_koriukivka', KEY)
def _():
    seed = 'ph02'
    fname = 'Корюківська_РДА_ВУ_І_півр_2013.xlsx'
    B = lambda v, **k: dict(v=v, b=True, **k)
    rows = [[B('Інформація структурних підрозділів Корюківської райдержадміністрації про виконання Плану заходів '
               'з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області '
               '(І півріччя 2013 року)', cs=7), None, None, None, None, None, None],
            [B('Структурний підрозділ'), B('п. 1'), B('п. 6'), B('п. 7'), B('п. 9'), B('п. 10'), B('п. 12')],
            ['Апарат райдержадміністрації',
             'Оновлено розділи «Доступ до публічної інформації» та «Громадська рада» офіційного веб-сайту РДА, '
             'розміщено 214 інформаційних матеріалів', '—', '—', 'немає', '+', 'не проводились'],
            ['Відділ освіти', '—',
             'Проведено 2 зустрічі з батьківською громадськістю сіл Хотіївка та Перелюб щодо оптимізації мережі '
             'загальноосвітніх навчальних закладів (16.04 та 23.04.2013)', 'х', 'немає', '—', 'не проводились'],
            ['Відділ культури і туризму', '—', '—',
             'До складу ради з питань збереження культурної спадщини при відділі включено 2 представників ГО '
             '«Корюківське земляцтво»', '—', '—', 'не проводились'],
            ['Управління агропромислового розвитку', '—', '-', '-', '-', '-', '-'],
            ['Фінансове управління', '—', 'х', 'х', 'немає', 'х', 'не проводились'],
            [B('Разом заходів'), 1, 1, 1, 0, 0, 0]]
    notes = [['Примітки до таблиці:'],
             ['«х» — захід не стосується підрозділу;'],
             ['«—», «-», «немає» — у звітному періоді заходи не проводились;'],
             ['«+» — виконується постійно.'],
             [''],
             ['Відповідальна: Мисник Г.В., тел. (04657) 2-11-43']]
    data = sheet_fods('ph02_koriukivka', 'xlsx', [
        {'name': 'Зведена', 'rows': rows, 'widths': [4.5, 6, 6, 6, 3, 3, 3.5]},
        {'name': 'Примітки', 'rows': notes, 'grid': False, 'widths': [12]}])
    body = ('Доброго дня.\n'
            'Інформація Корюківської РДА про виконання Плану заходів щодо відкритості (І півріччя 2013 р.) в '
            'додатку.\n\n-- \nВідділ з питань внутрішньої політики апарату Корюківської райдержадміністрації\n'
            '(04657) 2-11-43\n')
    root = Multi('mixed', [text(body, 'plain', 'UTF-8', '8bit', flowed=True, quoted_cs=False),
                           attach(data, CT_XLSX, fname, 'tb')], bnd('tb', seed), preamble='This is a multi-part message in MIME format.')
    return Mail('tb', ('Корюківська РДА', 'rda-koriukivka@example.gov.ua'),
                'інформація Корюківської РДА за І півріччя', '2013-06-11 15:32:08', root)


KEY = {
    "class": "placeholder", "executor": "su-kultura", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A Word-HTML table pasted into the mail body with rows «Захід 1» … «Захід 12»: «без змін», «—», «-» and «не було» beside three real answers; plain and HTML twins count once.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 8, "source": "body"}],
}


@mail('ph03_kultura', KEY)
def _():
    seed = 'ph03'
    rows = [['Захід Плану', 'Стан виконання'],
            ['Захід 1', 'На офіційному веб-сайті управління (розділ «Публічна інформація») щомісяця оновлюються '
                        'відомості про використання бюджетних коштів; у вересні створено підрозділ «Звернення '
                        'громадян» з формою електронного звернення.'],
            ['Захід 2', 'без змін'],
            ['Захід 6', 'З 14.10 по 14.11.2013 проведено публічне громадське обговорення проекту Програми розвитку '
                        'культури і туризму області на 2014–2016 роки; надійшло 11 пропозицій, 7 враховано. '
                        '21.11.2013 проведено круглий стіл з представниками творчих спілок щодо концепції '
                        'фестивалю «Слов’янське коло».'],
            ['Захід 7', '—'],
            ['Захід 8', 'Голова комітету з питань гуманітарної політики Громадської ради при облдержадміністрації '
                        'Рибалко П.І. входить до складу колегії управління (наказ від 12.02.2013 № 31), у ІІ '
                        'півріччі брав участь у двох засіданнях колегії.'],
            ['Захід 9', '-'],
            ['Захід 12', 'не було']]
    intro = ('Доброго дня!\n\nІнформація управління культури і туризму облдержадміністрації щодо виконання Плану '
             'заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ '
             'півріччя 2013 року:')
    sig = ('З повагою\nНадія Литвин\nпровідний спеціаліст відділу організаційно-аналітичної роботи\n'
           'Управління культури і туризму облдержадміністрації\nтел. 67-51-20')
    plain = intro + '\n\n' + plain_table(rows) + '\n\n' + sig + '\n'
    html = (mso_paras(intro) + '\n' + mso_p('') + '\n' + mso_table(rows, widths=[70, 400]) + '\n' + mso_p('') +
            '\n' + mso_paras(sig))
    root = ol_alt(seed, plain, html, n=0)
    return Mail('ol2010uk', ('Литвин Надія', 'kultura@example.gov.ua'),
                'Інформація управління культури і туризму (План заходів, ІІ півріччя 2013)',
                '2013-12-13 11:05:40', root)


KEY = {
    "class": "placeholder", "executor": "su-zhkh", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "An .ods with a title sheet, a report sheet and a hidden empty sheet; a status column says «виконано» on a row whose answer cell is empty, and other rows only repeat «Постійно», «без змін», «х».",
    "items": [{"measure": 1, "source": "ЖКГ_звіт_відкритість.ods"},
              {"measure": 6, "source": "ЖКГ_звіт_відкритість.ods"},
              {"measure": 12, "source": "ЖКГ_звіт_відкритість.ods"}],
}


@mail('ph04_zhkh', KEY)
def _():
    seed = 'ph04'
    fname = 'ЖКГ_звіт_відкритість.ods'
    title = [[{'v': 'ЗВІТ', 'b': True}],
             ['управління житлово-комунального господарства облдержадміністрації'],
             ['про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої '
              'влади в області'],
             ['за період з 10.09.2012 по 14.12.2012'], [''], [''],
             ['Начальник управління                         В.І. Шевчук']]
    B = lambda v: {'v': v, 'b': True}
    rep = [[B('№ з/п'), B('Номер пункту Плану'), B('Стан виконання'), B('Інформація про виконання')],
           [1, 1, 'виконується', 'На офіційному веб-сайті управління створено розділ «Тарифи на житлово-комунальні '
                                 'послуги», де розміщуються проекти рішень щодо тарифів та розрахунки до них; '
                                 'оновлено розділ «Доступ до публічної інформації».'],
           [2, 2, 'постійно', 'Постійно'],
           [3, 6, 'виконано', 'Проведено консультації з громадськістю щодо проекту Програми реформування і розвитку '
                              'житлово-комунального господарства області на 2013–2014 роки (громадські слухання '
                              '15.11.2012) та опитування мешканців обласного центру щодо якості послуг з вивезення '
                              'побутових відходів (опитано 412 осіб).'],
           [4, 7, 'виконано', ''],
           [5, 8, '', 'без змін'],
           [6, 9, '', 'х'],
           [7, 12, 'виконано', 'ГО «Чесна громада» проведено громадську антикорупційну експертизу проекту '
                               'розпорядження голови облдержадміністрації «Про встановлення тарифів на послуги з '
                               'централізованого водопостачання»; 2 пропозиції експертів враховано в остаточній '
                               'редакції.']]
    data = sheet_fods('ph04_zhkh', 'ods', [
        {'name': 'Титул', 'rows': title, 'grid': False, 'widths': [16]},
        {'name': 'Звіт', 'rows': rep, 'widths': [1.5, 2.5, 3, 12]},
        {'name': 'Лист3', 'rows': [], 'hidden': True}])
    body = ('Добрий день!\n\nНадсилаємо інформацію управління ЖКГ облдержадміністрації щодо виконання Плану заходів '
            '(файл у форматі OpenOffice). Просимо підтвердити отримання.\n\n--\nЗ повагою, Бондар Ю.\n'
            'відділ економіки та тарифної політики\nУправління житлово-комунального господарства '
            'облдержадміністрації\n')
    root = Multi('mixed', [text(body, 'plain', 'utf-8', 'quoted-printable', quoted_cs=False),
                           attach(data, CT_ODS, fname, 'outlook-utf8')], bnd('opera', seed), preamble='')
    return Mail('opera', ('Управління ЖКГ', 'zhkh@example.gov.ua'), 'звіт ЖКГ - План заходів (відкритість)',
                '2012-12-14 16:20:31', root)


KEY = {
    "class": "placeholder", "executor": "rda-sribne", "period": 2, "late": True,
    "kind": "report", "reason": None,
    "note": "A space-aligned plain-text table in koi8-u with a running «N» column beside the «п.6» column, answers wrapped onto continuation lines, and «немає», «-», «х», «не проводились» rows; sent two days after the deadline.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@mail('ph05_sribne', KEY)
def _():
    seed = 'ph05'
    rows = [['N', 'Пункт', 'Інформація про виконання'],
            ['', 'плану', ''],
            ['1', 'п.1', 'Офіційний веб-сайт РДА наповнюється відповідно до вимог Закону України "Про доступ до '
                         'публічної інформації", у травні створено підрозділ "Громадське обговорення"'],
            ['2', 'п.6', 'немає'],
            ['3', 'п.7', '-'],
            ['4', 'п.9', 'Членів громадської ради залучено до обговорення проекту розпорядження голови РДА "Про '
                         'затвердження районної Програми підтримки сім\'ї на 2013-2015 роки" (засідання 14.05.2013)'],
            ['5', 'п.10', 'х'],
            ['6', 'п.12', 'не проводились']]
    table = aligned(rows, [3, 7, 62], gap=1)
    body = ('Доброго дня!\n\nВибачте за затримку - надсилаємо інформацію Срібнянської РДА про виконання\n'
            'Плану заходів з підвищення рівня відкритості та прозорості діяльності\n'
            'виконавчої влади в області за I півріччя 2013 року.\n\n' + table + '\n\n'
            'З повагою,\nОлійник Тетяна, відділ організаційної роботи апарату Срібнянської РДА\n'
            'тел. (04639) 2-13-56\n')
    root = text(body, 'plain', 'koi8-u', '8bit')
    return Mail('bat-koi', ('Срібнянська РДА', 'rda-sribne@example.gov.ua'),
                'Інформація Срібнянської РДА (відкритість)', '2013-06-17 09:12:55', root)


# ----------------------------------------------------------------------------------------- bp

KEY = {
    "class": "bottom_post", "executor": "rda-nosivka", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Thunderbird «>» reply typed between the quoted items of zvit's reminder: answers under 1, 6, 10 and 12 (12 names what was not done), nothing under 7, a bare «Не проводилось.» under 9.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 10, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail('bp01_nosivka', KEY)
def _():
    seed = 'bp01'
    head, its, tail = reminder_blocks('Носівська районна державна адміністрація', '15.12.2012', '10.12.2012',
                                      [1, 6, 7, 9, 10, 12])
    ans = {
        1: 'Офіційний веб-сайт Носівської РДА приведено у відповідність до вимог законодавства: створено рубрики '
           '«Доступ до публічної інформації» та «Консультації з громадськістю», розміщено звіт про виконання '
           'районного бюджету за 9 місяців 2012 р.',
        6: 'У IV кварталі проведено 2 консультації з громадськістю: громадські слухання щодо проекту районного '
           'бюджету на 2013 рік (04.12.2012) та електронне обговорення проекту Програми розвитку фізичної культури і '
           'спорту на 2013–2016 роки.',
        9: 'Не проводилось.',
        10: 'Громадській раді при РДА рекомендовано створити робочу групу з питань відкритості та прозорості '
            'діяльності райдержадміністрації (лист від 05.11.2012 № 01-12/1544); питання включено до порядку '
            'денного засідання ради 20.12.2012.',
        12: 'Громадських антикорупційних експертиз у звітному періоді не проводилось, запитів від громадських '
            'організацій не надходило.',
    }
    out = ['Доброго дня! Відповідаємо по пунктах нижче.', '', '10.12.2012 09:00, uvp@cg.ukrtel.net пише:']
    out += ['> ' + l if l else '>' for l in head]
    for m in [1, 6, 7, 9, 10, 12]:
        out += ['>', '> ' + its[m]]
        if m in ans:
            out += ['', ans[m], '']
    out += ['> ' + l if l else '>' for l in tail]
    out += ['', '-- ', 'З повагою, Кравченко Л.М.', 'сектор з питань внутрішньої політики', 'Носівська райдержадміністрація',
            'тел. (04642) 2-19-05', '']
    body = '\n'.join(out)
    root = text(body, 'plain', 'UTF-8', '8bit', flowed=True, quoted_cs=False)
    return Mail('tb10', ('Носівська РДА', 'rda-nosivka@example.gov.ua'),
                'Re: Нагадування: інформація про виконання Плану заходів (пункт 16)', '2012-12-13 14:41:27', root,
                in_reply_to='<zvit.reminder.1.rda-nosivka.20121210@cg.ukrtel.net>')


KEY = {
    "class": "bottom_post", "executor": "su-ekolohiia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2003 (Russian UI) reply typed below the «-----Исходное сообщение-----» block of zvit's receipt, with no «>»: the receipt's own «пункт 1», «пункт 9» lines are quoted, the new answers are 6, 8 and 12, and 2 and 7 are «не стосується».",
    "items": [{"measure": 6, "source": "body"},
              {"measure": 8, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail('bp02_ekolohiia', KEY)
def _():
    seed = 'bp02'
    rec = receipt_text('05.06.2013', 'Інформація управління екології (План заходів)',
                       'Управління екології та природних ресурсів облдержадміністрації', 2, '15.06.2013',
                       [(1, 'На офіційному веб-сайті управління оновлено розділ «Екологічна інформація», щотижня '
                            'розміщуються дані моніторингу якості атмосферного повітря…'),
                        (9, 'Проект Регіональної програми охорони навколишнього природного середовища на 2013–2017 роки '
                            'розглянуто на засіданні комітету Громадської ради…')],
                       [2, 6, 7, 8, 12])
    out = ['', '', '-----Исходное сообщение-----',
           'От: Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації '
           '[mailto:uvp@cg.ukrtel.net] ',
           'Отправлено: 6 июня 2013 г. 9:12', 'Кому: ekolohiia@example.gov.ua',
           'Тема: Підтвердження отримання листа: Інформація управління екології (План заходів)', '']
    out += rec
    out += ['', '',
            'Доповнення до інформації управління екології та природних ресурсів облдержадміністрації:', '',
            'п. 2\tне стосується',
            'п. 6\t22.05.2013 проведено громадські слухання щодо проекту Регіональної програми охорони '
            'навколишнього природного середовища на 2013–2017 роки (м. Чернігів, 38 учасників), протокол слухань '
            'оприлюднено.',
            'п. 7\tне стосується',
            'п. 8\tголову комітету з питань екології Громадської ради при облдержадміністрації Марченка В.О. '
            'введено до складу колегії управління (наказ від 27.05.2013 № 58).',
            'п. 12\tгромадських експертиз не проводилось', '',
            'З повагою', 'Савчук Ірина', 'головний спеціаліст відділу екологічної політики',
            'Управління екології та природних ресурсів облдержадміністрації', 'тел. 67-43-31', '']
    body = '\n'.join(out)
    root = text(body, 'plain', 'windows-1251', 'quoted-printable')
    return Mail('ol2003ru', ('Савчук Ирина', 'ekolohiia@example.gov.ua'),
                'RE: Підтвердження отримання листа: Інформація управління екології (План заходів)',
                '2013-06-14 10:03:19', root, in_reply_to='<zvit.receipt.2.su-ekolohiia.20130606@cg.ukrtel.net>')


KEY = {
    "class": "bottom_post", "executor": "zvernennia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Roundcube reply below a blockquote of the office's own June letter (which also answered 5 and 7); the new text under it is a month-by-month table with a totals row on the head's hot line, and «По п. 7 – без змін».",
    "items": [{"measure": 5, "source": "body"}],
}


@mail('bp03_zvernennia', KEY)
def _():
    seed = 'bp03'
    old = ['Інформація відділу роботи із зверненнями громадян апарату облдержадміністрації за І півріччя 2013 року:',
           '',
           'п. 5 – на «гарячу лінію» голови облдержадміністрації у І півріччі надійшло 1 486 звернень, з них '
           'вирішено позитивно 351, надано роз’яснення 812, направлено до райдержадміністрацій 323;',
           'п. 7 – представника ГО «Правозахист» включено до складу консультативної ради з питань розгляду звернень '
           'громадян при апараті облдержадміністрації.',
           '',
           'Відділ роботи із зверненнями громадян апарату облдержадміністрації']
    table = [['Місяць', 'Надійшло дзвінків', 'Вирішено позитивно', 'Надано роз’яснення', 'Направлено до РДА'],
             ['Липень', '241', '58', '132', '51'],
             ['Серпень', '219', '47', '121', '51'],
             ['Вересень', '263', '66', '140', '57'],
             ['Жовтень', '287', '71', '155', '61'],
             ['Листопад', '254', '60', '139', '55'],
             ['Всього', '1264', '302', '687', '275']]
    new1 = 'Доброго дня!'
    new2 = 'Аналогічна інформація за ІІ півріччя 2013 року (станом на 30.11.2013).'
    new3 = 'Робота «гарячої лінії» голови облдержадміністрації (п. 5 Плану):'
    new4 = ('Щотижня узагальнена інформація про звернення на «гарячу лінію» доповідається голові '
            'облдержадміністрації; з вересня запроваджено SMS-інформування заявників про хід розгляду їхніх звернень.')
    new5 = 'По п. 7 – без змін.'
    sig = ['-- ', 'Відділ роботи із зверненнями громадян апарату облдержадміністрації', 'тел. 67-50-91']
    attr = '10.06.2013 11:02, Відділ роботи із зверненнями громадян написав:'
    plain = '\n'.join([attr] + ['> ' + l if l else '>' for l in old] + ['', new1, '', new2, '', new3, '',
                      plain_table(table), '', new4, '', new5, ''] + sig) + '\n'
    bq = ''.join('<p>%s</p>' % escape(l) if l else '' for l in old)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>%s</p>\n<blockquote type="cite" style="padding-left:5px; border-left:#1010ff 2px solid; '
            'margin-left:5px; width:100%%">%s</blockquote>\n<p>%s</p>\n<p>%s</p>\n<p><strong>%s</strong></p>\n%s\n'
            '<p>%s</p>\n<p>%s</p>\n<div class="pre">%s</div>\n</body></html>\n'
            % (escape(attr), bq, escape(new1), escape(new2), escape(new3), html_table(table), escape(new4),
               escape(new5), '<br />'.join(escape(s) for s in sig)))
    root = Multi('alternative', [text(plain, 'plain', 'UTF-8', 'quoted-printable', flowed=True, quoted_cs=False),
                                 text(html, 'html', 'UTF-8', 'quoted-printable', quoted_cs=False)],
                 bnd('roundcube', seed), preamble='')
    return Mail('roundcube', ('Відділ роботи із зверненнями громадян', 'zvernennia@example.gov.ua'),
                'Re: Інформація відділу роботи із зверненнями громадян (п. 5 Плану)', '2013-12-10 13:27:46', root,
                in_reply_to='<6f1e0c2b9a4d7e3f5a8b1c2d3e4f5a6b@example.gov.ua>')


KEY = {
    "class": "bottom_post", "executor": "rda-ichnia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A phone (K-9) supplement typed below the quoted tab table of the district's own earlier letter: only the two new lines (10 and 12) count, not the quoted 1, 6, 7, 9.",
    "items": [{"measure": 10, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail('bp04_ichnia', KEY)
def _():
    seed = 'bp04'
    old = ['Добрий день!',
           'Інформація Ічнянської РДА про виконання Плану заходів за І півріччя 2013 р.:',
           '',
           'п.1\tСайт РДА оновлюється щоденно, створено розділ «Консультації з громадськістю»',
           'п.6\tПроведено громадські слухання щодо проекту Програми розвитку освіти району (21.03.2013)',
           'п.7\tДо складу координаційної ради з питань туризму включено 2 представників ГО',
           'п.9\tЧлени громадської ради залучались до обговорення проекту районного бюджету зі змінами',
           'п.10\tне проводилось',
           'п.12\t—',
           '',
           'Відділ з питань внутрішньої політики апарату Ічнянської РДА']
    new = ['Доповнення до нашої інформації (з телефону, вибачте за стислість):',
           'п.10 - 12.06 на засіданні громадської ради створено робочу групу з питань відкритості та прозорості '
           'діяльності РДА (5 осіб), керівник - Шкурко В.М.',
           'п.12 - громадська експертиза діяльності управління соцзахисту РДА проведена ГО "Ічнянська громада" у '
           'травні, пропозиції розглянуто на нараді у голови РДА 07.06.',
           '', 'Надіслано з мого телефону Samsung']
    body = '\n'.join(['rda-ichnia@example.gov.ua написав(ла):', ''] + ['> ' + l if l else '>' for l in old] +
                     ['', ''] + new) + '\n'
    root = text(body, 'plain', 'UTF-8', 'base64', quoted_cs=False)
    return Mail('k9', ('rda-ichnia', 'rda-ichnia@example.gov.ua'), 'Re: Інформація Ічнянської РДА',
                '2013-06-13 18:44:02', root, in_reply_to='<51B6C1A4.4020608@example.gov.ua>')


KEY = {
    "class": "bottom_post", "executor": "su-apk", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook 2010 (Ukrainian UI) answers typed inside zvit's quoted reminder after a «Від:/Надіслано:/Кому:/Тема:» block, marked only by «[АПР]» and blue text: 2 (sent for the rubric), 6 and 12 (names what was not done) count, «без змін» and a bare «не проводились» do not.",
    "items": [{"measure": 2, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail('bp05_apk', KEY)
def _():
    seed = 'bp05'
    missing = [2, 6, 8, 9, 12]
    head, its, tail = reminder_blocks('Головне управління агропромислового розвитку облдержадміністрації',
                                      '15.12.2013', '09.12.2013', missing)
    ans = {
        2: 'Інформацію про хід виконання Програми розвитку агропромислового комплексу області на 2011–2015 роки за 9 '
           'місяців 2013 р. направлено до Головного управління економіки для розміщення в рубриці «Хід виконання '
           'цільових програм» (лист від 14.10.2013 № 04-11/3321).',
        6: 'У ІІ півріччі проведено 3 консультації з громадськістю: громадське обговорення проекту Програми розвитку '
           'сільськогосподарської дорадчої діяльності на 2014–2016 роки, зустрічі з фермерами Ніжинського та '
           'Прилуцького районів щодо оренди земель (вересень 2013 р.).',
        8: 'без змін',
        9: 'не проводились',
        12: 'Громадські експертизи у ІІ півріччі не проводились.',
    }
    top = 'Відповіді на нагадування – у тексті листа нижче, позначено [АПР].'
    sig = ['З повагою', 'Гребенюк Андрій', 'відділ аналізу та прогнозування',
           'Головне управління агропромислового розвитку облдержадміністрації', 'тел. 67-46-02']
    hdr = ['Від: Управління з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації '
           '[mailto:uvp@cg.ukrtel.net] ', 'Надіслано: 9 грудня 2013 р. 9:00', 'Кому: apk@example.gov.ua',
           'Тема: Нагадування: інформація про виконання Плану заходів (пункт 16)']
    plain = [top, ''] + sig + ['', '', ''] + hdr + [''] + head
    for m in missing:
        plain += ['', its[m], '[АПР] ' + ans[m]]
    plain += tail
    blue = lambda s: ('<p class=MsoNormal><b><span style=\'color:#1F497D\'>[АПР] %s</span></b><o:p></o:p></p>'
                      % escape(s))
    html = [mso_p(top), mso_p('')] + [mso_p(s) for s in sig] + [mso_p('')]
    html.append('<div><div style=\'border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
                + ''.join('<p class=MsoNormal><b><span lang=RU style=\'font-size:10.0pt;font-family:"Tahoma","sans-serif"\'>%s</span></b>'
                          '<span lang=RU style=\'font-size:10.0pt;font-family:"Tahoma","sans-serif"\'> %s<o:p></o:p></span></p>'
                          % (escape(x.split(': ', 1)[0] + ':'), escape(x.split(': ', 1)[1])) for x in hdr) + '</div></div>')
    html.append(mso_p(''))
    html += [mso_p(l) for l in head]
    for m in missing:
        html += [mso_p(''), mso_p(its[m]), blue(ans[m])]
    html += [mso_p(l) for l in tail]
    root = ol_alt(seed, '\n'.join(plain) + '\n', '\n'.join(html), n=0)
    return Mail('ol2010uk', ('Гребенюк Андрій', 'apk@example.gov.ua'),
                'RE: Нагадування: інформація про виконання Плану заходів (пункт 16)', '2013-12-12 08:56:11', root,
                in_reply_to='<zvit.reminder.3.su-apk.20131209@cg.ukrtel.net>')


# ----------------------------------------------------------------------------------------- nr

KEY = {
    "class": "not_report", "executor": "rda-kozelets", "period": 1, "late": False,
    "kind": "not_report", "reason": "question",
    "note": "A question whether measures 2 and 8 must be answered, with a pasted blank form (measure numbers, empty answer cells) and a premise about a commission stated inside a question on 10.",
    "items": [],
}


@mail('nr01_kozelets', KEY)
def _():
    seed = 'nr01'
    form = [['№ п/п', 'Номер пункту Плану', 'Інформація про виконання'],
            ['1', '1', ''], ['2', '6', ''], ['3', '7', ''], ['4', '9', ''], ['5', '10', ''], ['6', '12', '']]
    body = ('Доброго дня!\n\n'
            'Підкажіть, будь ласка, чи потрібно подавати інформацію щодо пунктів 2 та 8 Плану заходів з підвищення\n'
            'рівня відкритості та прозорості діяльності виконавчої влади в області, адже виконавцями там визначено\n'
            'структурні підрозділи облдержадміністрації, а не РДА? І чи правильно ми розуміємо, що заповнювати\n'
            'треба таку таблицю:\n\n' + plain_table(form) + '\n\n'
            'І ще питання щодо п. 10: при громадській раді при РДА вже з 2011 року працює комісія з питань\n'
            'прозорості – чи вказувати її, чи треба створювати нову?\n\n'
            'Дякую.\n'
            'Ніна Дорошенко, відділ організаційної роботи апарату Козелецької РДА, тел. (04646) 2-17-33\n')
    root = text(body, 'plain', 'windows-1251', '8bit')
    return Mail('oe6', ('Козелецька РДА', 'rda-kozelets@example.gov.ua'), 'питання щодо звіту по відкритості',
                '2012-11-28 11:19:50', root)


KEY = {
    "class": "not_report", "executor": "gromrada", "period": 2, "late": False,
    "kind": "not_report", "reason": "invitation",
    "note": "An Outlook meeting request (text/calendar) from the Public Council to the public discussion under measure 15, with a numbered draft agenda (.docx) and a line on what was done to announce the event.",
    "items": [],
}


@mail('nr02_gromrada', KEY)
def _():
    seed = 'nr02'
    plain = ('Шановні колеги!\n\n'
             'Громадська рада при облдержадміністрації запрошує представників управління з питань внутрішньої '
             'політики та зв’язків з громадськістю облдержадміністрації взяти участь у громадському обговоренні '
             'стану виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади '
             'в області (п. 15 Плану), яке відбудеться 4 червня 2013 року о 10:00 у малій залі облдержадміністрації.\n\n'
             'Оголошення про обговорення розміщено на веб-ресурсі «Чернігівська громада», участь уже підтвердили 17 '
             'громадських організацій.\n\n'
             'Просимо забезпечити участь представника управління та підготувати стислу інформацію щодо виконання '
             'пп. 3, 4, 11 Плану (до 5 хвилин). Проект порядку денного додається.\n\n'
             'З повагою\nсекретар Громадської ради при облдержадміністрації\nТетяна Зайченко\n')
    html = mso_paras(plain.rstrip('\n'))
    ics = '\r\n'.join([
        'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
        'BEGIN:VTIMEZONE', 'TZID:FLE Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T040000',
        'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
        'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'ORGANIZER;CN="Громадська рада при ОДА":MAILTO:gromrada@example.gov.ua',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net',
        'DESCRIPTION;LANGUAGE=uk-UA:Громадське обговорення стану виконання Плану заходів з підвищення рівня відкр',
        ' итості та прозорості діяльності виконавчої влади в області (п. 15 Плану)\\n',
        'UID:040000008200E00074C5B7101A82E0080000000070C4E4A35D55CE01000000000000000010000000' + h(seed)[:24].upper(),
        'SUMMARY;LANGUAGE=uk-UA:Громадське обговорення виконання Плану заходів «Відкритий уряд»',
        'DTSTART;TZID=FLE Standard Time:20130604T100000', 'DTEND;TZID=FLE Standard Time:20130604T123000',
        'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20130520T093000Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
        'SEQUENCE:0', 'LOCATION;LANGUAGE=uk-UA:Мала зала облдержадміністрації', 'BEGIN:VALARM',
        'ACTION:DISPLAY', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'END:VALARM', 'END:VEVENT',
        'END:VCALENDAR', ''])
    agenda = doc_html('nr02_gromrada', 'docx',
                      '<p align="center"><b>ПРОЕКТ</b></p><p align="center"><b>ПОРЯДОК ДЕННИЙ</b><br>громадського '
                      'обговорення стану виконання Плану заходів з підвищення рівня відкритості та прозорості '
                      'діяльності виконавчої влади в області</p><p>4 червня 2013 року, 10:00, мала зала '
                      'облдержадміністрації</p>'
                      '<p>1. Про стан виконання Плану заходів (інформація управління з питань внутрішньої політики '
                      'та зв’язків з громадськістю облдержадміністрації) – до 15 хв.</p>'
                      '<p>2. Про роботу веб-ресурсу «Чернігівська громада» та Інтернет-форуму – до 10 хв.</p>'
                      '<p>3. Про проведення Днів відкритих дверей – до 5 хв.</p>'
                      '<p>4. Виступи представників громадських організацій – до 3 хв.</p>'
                      '<p>5. Про проект резолюції громадського обговорення.</p>'
                      '<p>6. Різне.</p>',
                      title='Проект порядку денного', author='Зайченко')
    alt = Multi('alternative', [
        text(plain, 'plain', 'utf-8', 'base64'),
        text(word_html(html, 'utf-8'), 'html', 'utf-8', 'base64'),
        text(ics, 'calendar', 'utf-8', 'base64', extra=()),
    ], bnd('outlook', seed, 1), preamble='')
    alt.parts[2].headers[0] = ('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST')
    root = Multi('mixed', [alt, attach(agenda, CT_DOCX, 'Проект порядку денного 04.06.2013.docx', 'outlook-utf8')],
                 bnd('outlook', seed, 0))
    return Mail('ol2010uk', ('Громадська рада при ОДА', 'gromrada@example.gov.ua'),
                'Запрошення: Громадське обговорення виконання Плану заходів «Відкритий уряд» (04.06.2013 10:00)',
                '2013-05-20 12:30:04', root)


KEY = {
    "class": "not_report", "executor": "su-finansy", "period": 2, "late": False,
    "kind": "not_report", "reason": "extension_request",
    "note": "A one-line cover note and a formal letter in a PDF asking to move the term for measures 2, 6 and 9 to 21 June; it names the rubric it will report on later.",
    "items": [],
}


@mail('nr03_finansy', KEY)
def _():
    seed = 'nr03'
    pdf = doc_html('nr03_finansy', 'pdf',
                   '<p align="center"><b>ГОЛОВНЕ ФІНАНСОВЕ УПРАВЛІННЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ '
                   'АДМІНІСТРАЦІЇ</b><br>вул. Шевченка, 7, м. Чернігів, 14000, тел. 67-48-00</p>'
                   '<p>12.06.2013 № 04-08/1187</p>'
                   '<p style="margin-left:9cm">Управління з питань внутрішньої політики та зв’язків з '
                   'громадськістю облдержадміністрації</p>'
                   '<p><b>Про перенесення терміну</b></p>'
                   '<p>У зв’язку з підготовкою звіту про виконання обласного бюджету за п’ять місяців 2013 року та '
                   'проведенням планової перевірки Державною фінансовою інспекцією просимо продовжити до 21 червня '
                   '2013 року термін подання інформації про виконання пунктів 2, 6 та 9 Плану заходів з підвищення '
                   'рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації '
                   'Ініціативи «Партнерство „Відкритий уряд“».</p>'
                   '<p>Інформацію щодо наповнення рубрики «Виконання місцевих бюджетів Чернігівської області» буде '
                   'надано разом із зазначеним звітом.</p><p>&nbsp;</p>'
                   '<p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.М. Гнатюк</p>'
                   '<p><small>Бабенко 67-48-35</small></p>',
                   title='Лист 04-08/1187', author='Бабенко')
    plain = ('Добрий день!\n\nНаправляємо лист Головного фінансового управління від 12.06.2013 № 04-08/1187 щодо '
             'перенесення терміну подання інформації. Оригінал надіслано поштою.\n\nЗ повагою\nБабенко Ольга\n'
             'загальний відділ Головного фінансового управління облдержадміністрації\n')
    root = Multi('mixed', [ol_alt(seed, plain, mso_paras(plain.rstrip()), ver='12'),
                           attach(pdf, CT_PDF, 'Лист 04-08-1187.pdf', 'outlook')], bnd('outlook', seed, 0))
    return Mail('ol2007uk', ('Бабенко Ольга', 'finansy@example.gov.ua'),
                'Лист Головного фінансового управління № 04-08/1187 від 12.06.2013', '2013-06-12 17:05:33', root)


KEY = {
    "class": "not_report", "executor": "rda-talalaivka", "period": 3, "late": True,
    "kind": "not_report", "reason": "promise",
    "note": "An iPhone top-post over zvit's overdue reminder promising the report by 20.12, with a list of measures each marked «уточнюється», «буде надано», «збираємо інформацію».",
    "items": [],
}


@mail('nr04_talalaivka', KEY)
def _():
    seed = 'nr04'
    rem = reminder_text('Талалаївська районна державна адміністрація', '15.12.2013', '16.12.2013',
                        [1, 6, 7, 9, 10, 12], overdue=True)
    body = ('Доброго вечора! Інформацію Талалаївської РДА надамо до 20.12.2013 – зараз уточнюємо дані по '
            'сільрадах. Вибачте за затримку.\n\n'
            'п.1 – уточнюється\n'
            'п.6 – буде надано до 20.12\n'
            'п.7, 9 – збираємо інформацію від відділів\n'
            'п.10, 12 – буде надано додатково\n\n'
            'Ірина Шаповал\n\nНадіслано з iPhone\n\n'
            '16 груд. 2013 р. о 09:00 uvp@cg.ukrtel.net написав(ла):\n\n' + '\n'.join('> ' + l if l else '>' for l in rem) + '\n')
    root = text(body, 'plain', 'utf-8', 'quoted-printable', quoted_cs=False)
    return Mail('iphone', ('Талалаївська РДА', 'rda-talalaivka@example.gov.ua'),
                'Re: Нагадування: інформація про виконання Плану заходів (пункт 16)', '2013-12-16 19:21:44', root,
                in_reply_to='<zvit.reminder.3.rda-talalaivka.20131216@cg.ukrtel.net>')


KEY = {
    "class": "not_report", "executor": "cppk", "period": 1, "late": False,
    "kind": "not_report", "reason": "announcement",
    "note": "The retraining centre announces its seminar schedule under measure 13: an .xls «ГРАФІК» whose every line is a seminar still to come, topics naming consultations, expert reviews and websites.",
    "items": [],
}


@mail('nr05_cppk', KEY)
def _():
    seed = 'nr05'
    rows = [['', 'ГРАФІК', '', '', '', ''],
            ['', 'проведення навчальних семінарів «Інструменти політики сприяння розвитку громадянського '
                 'суспільства» на листопад 2012 – лютий 2013 року', '', '', '', ''],
            ['', '', '', '', '', ''],
            ['№ з/п', 'Дата проведення', 'Тема', 'Категорія слухачів', 'Місце проведення', 'Відповідальний'],
            [1, '20.11.2012', 'Консультації з громадськістю: порядок організації та проведення (постанова КМУ від '
                              '03.11.2010 № 996)', 'Заступники керівників структурних підрозділів ОДА',
             'ЦППК, ауд. 21', 'Лук’яненко О.В.'],
            [2, '11.12.2012', 'Громадська експертиза діяльності органів виконавчої влади',
             'Заступники керівників структурних підрозділів ОДА', 'ЦППК, ауд. 21', 'Величко М.І.'],
            [3, '22.01.2013', 'Взаємодія з громадськими радами. Дорадчо-консультативні органи',
             'Спеціалісти РДА, відповідальні за консультації', 'ЦППК, конференц-зал', 'Лук’яненко О.В.'],
            [4, '19.02.2013', 'Електронні консультації та оприлюднення інформації на офіційних веб-сайтах',
             'Спеціалісти структурних підрозділів ОДА', 'ЦППК, комп’ютерний клас', 'Гордійчук С.П.'],
            ['', '', '', '', '', ''],
            ['', 'Директор Центру', '', 'М.І. Величко', '', '']]
    xls = sheet_csv('nr05_cppk', 'xls', rows)
    body = ('Шановні колеги!\n\n'
            'Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, '
            'органів місцевого самоврядування, державних установ, підприємств і організацій інформує, що на '
            'виконання п. 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в '
            'області складено графік проведення навчальних семінарів для заступників керівників структурних '
            'підрозділів облдержадміністрації та спеціалістів, відповідальних за організацію консультацій з '
            'громадськістю.\n\n'
            'Просимо довести графік до відома працівників структурних підрозділів та до 15.11.2012 надати списки '
            'слухачів.\n\nГрафік додається.\n\n'
            '--\nЗ повагою,\nЛук’яненко Олена, методист Центру\n(0462) 67-62-14\n')
    root = Multi('mixed', [text(hard_wrap(body, 72), 'plain', 'windows-1251', 'quoted-printable', quoted_cs=False),
                           attach(xls, CT_XLS, 'Графік семінарів ЦППК.xls', 'bat-q')], bnd('bat', seed), preamble='')
    return Mail('bat', ('Лук\'яненко Олена', 'cppk@example.gov.ua'), 'Графік семінарів (п. 13 Плану заходів)',
                '2012-11-05 10:10:12', root)


# ----------------------------------------------------------------------------------------- rg

KEY = {
    "class": "ranges", "executor": "rda-borzna", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A .doc table whose number cell reads «1–2, 6–9» over one joint answer (so 2 and 8, which a district does not owe, count too); letter and document numbers sit beside the ranges.",
    "items": [{"measure": 1, "source": "Борзна_інформація_План_відкритість.doc"},
              {"measure": 2, "source": "Борзна_інформація_План_відкритість.doc"},
              {"measure": 6, "source": "Борзна_інформація_План_відкритість.doc"},
              {"measure": 7, "source": "Борзна_інформація_План_відкритість.doc"},
              {"measure": 8, "source": "Борзна_інформація_План_відкритість.doc"},
              {"measure": 9, "source": "Борзна_інформація_План_відкритість.doc"},
              {"measure": 10, "source": "Борзна_інформація_План_відкритість.doc"}],
}


@mail('rg01_borzna', KEY)
def _():
    seed = 'rg01'
    fname = 'Борзна_інформація_План_відкритість.doc'
    rows = [['№ пункту Плану', 'Зміст заходу (стисло)', 'Інформація про виконання'],
            ['1–2, 6–9', 'Веб-сайт; консультації з громадськістю; дорадчі органи; обговорення проектів',
             'Офіційний веб-сайт райдержадміністрації оновлено відповідно до вимог Закону України «Про доступ до '
             'публічної інформації», створено рубрику «Громадське обговорення». У 2012 році проведено 5 консультацій з '
             'громадськістю, до обговорення проектів районних програм залучались члени громадської ради при '
             'райдержадміністрації; представники 3 громадських організацій включені до складу координаційної ради з '
             'питань розвитку підприємництва.'],
            ['10', 'Комісії з питань відкритості', 'Громадській раді рекомендовано створити робочу групу з питань '
                                                   'відкритості та прозорості (лист від 12.11.2012 № 02-14/2214).'],
            ['12', 'Громадські експертизи', '—'],
            ['16', 'Надання інформації', 'Інформацію надано']]
    doc = doc_html('rg01_borzna', 'doc',
                   '<p align="center"><b>ІНФОРМАЦІЯ</b><br>Борзнянської районної державної адміністрації про '
                   'виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в '
                   'області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»<br>(станом на 10.12.2012)</p>'
                   + html_table(rows, widths=['15%', '25%', '60%']) +
                   '<p>&nbsp;</p><p>Керівник апарату райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                   '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;С.В. Литвиненко</p>', title='Інформація', author='Ярмоленко')
    body = ('Доброго дня!\n\nНадсилаємо інформацію Борзнянської районної державної адміністрації про виконання Плану '
            'заходів (вих. № 02-14/2301 від 10.12.2012).\n\nЗ повагою,\nЯрмоленко Н.П., головний спеціаліст відділу '
            'організаційної роботи апарату РДА\n(04653) 2-12-40\n')
    root = Multi('mixed', [text(body, 'plain', 'utf-8', '8bit', quoted_cs=False),
                           attach(doc, CT_DOC, fname, 'outlook-utf8')], bnd('opera', seed), preamble='')
    return Mail('opera', ('Борзнянська РДА', 'rda-borzna@example.gov.ua'),
                'Борзнянська РДА - інформація про виконання Плану заходів (відкритість)', '2012-12-10 15:48:36', root)


KEY = {
    "class": "ranges", "executor": "su-osvita", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "An HTML table in the body (Thunderbird, with a tab-separated plain twin) whose second row is numbered «пп. 6-9, 12» over one joint answer; dates «з 01.04 по 31.05.2013», years «2013–2015» and an order number sit inside it.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"},
              {"measure": 8, "source": "body"},
              {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail('rg02_osvita', KEY)
def _():
    seed = 'rg02'
    rows = [['Пункт Плану', 'Інформація про виконання'],
            ['1', 'На офіційному веб-сайті управління створено рубрику «Громадське обговорення» та оновлено розділ '
                  '«Доступ до публічної інформації» (наказ від 12.04.2013 № 214).'],
            ['пп. 6-9, 12', 'У січні–травні 2013 року управлінням проведено 3 консультації з громадськістю (громадські '
                            'слухання щодо оптимізації мережі загальноосвітніх навчальних закладів 14.03.2013, '
                            'електронні консультації щодо проекту Програми розвитку освіти на 2013–2015 роки, зустріч '
                            'з батьківським активом 18.04.2013). Члени громадської ради при облдержадміністрації '
                            'залучались до обговорення проекту Програми; голова комітету з питань освіти Громадської '
                            'ради входить до складу колегії управління; представники 4 громадських організацій '
                            'працюють у складі громадської ради при управлінні. Громадська експертиза діяльності '
                            'управління ініційована ГО «Батьківський контроль» (з 01.04 по 31.05.2013), за її '
                            'результатами розробляються заходи.'],
            ['16', 'Інформацію надано']]
    intro = ('Шановні колеги!\n\nІнформація управління освіти і науки облдержадміністрації про виконання Плану заходів '
             'з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 '
             'року:')
    sig = 'З повагою\nКостенко Василь\nвідділ загальної середньої освіти\nУправління освіти і науки облдержадміністрації'
    plain = intro + '\n\n' + plain_table(rows) + '\n\n-- \n' + sig + '\n'
    html = ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n'
            '  <body bgcolor="#FFFFFF" text="#000000">\n    ' + intro.replace('\n\n', '<br>\n    <br>\n    ') +
            '<br>\n    <br>\n    ' + html_table(rows).replace('<table', '<table width="100%"') +
            '\n    <br>\n    <pre class="moz-signature" cols="72">-- \n' + escape(sig) + '</pre>\n  </body>\n</html>\n')
    # the table row is longer than 998 octets, so Thunderbird falls back to quoted-printable
    root = Multi('alternative', [text(plain, 'plain', 'UTF-8', 'quoted-printable', flowed=True, quoted_cs=False),
                                 text(html, 'html', 'UTF-8', 'quoted-printable', quoted_cs=False)], bnd('tb', seed),
                 preamble='This is a multi-part message in MIME format.')
    return Mail('tb', ('Костенко Василь', 'osvita@example.gov.ua'),
                'Інформація УОН щодо Плану заходів (відкритість), І півріччя 2013', '2013-06-10 14:14:14', root)


KEY = {
    "class": "ranges", "executor": "rda-mena", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The cover note points «щодо пунктів з 1 по 12» to the workbook (no items); the .xlsx has a two-row header and number cells «п.п. 1, 6 – 9» (a real joint answer), «пункти 10 і 12» (bare «не проводились») and «з 13 по 15» (dashes), plus a notes sheet and an empty one.",
    "items": [{"measure": 1, "source": "Менська РДА ІІ півріччя 2013.xlsx"},
              {"measure": 6, "source": "Менська РДА ІІ півріччя 2013.xlsx"},
              {"measure": 7, "source": "Менська РДА ІІ півріччя 2013.xlsx"},
              {"measure": 8, "source": "Менська РДА ІІ півріччя 2013.xlsx"},
              {"measure": 9, "source": "Менська РДА ІІ півріччя 2013.xlsx"}],
}


@mail('rg03_mena', KEY)
def _():
    seed = 'rg03'
    fname = 'Менська РДА ІІ півріччя 2013.xlsx'
    B = lambda v, **k: dict(v=v, b=True, **k)
    rows = [[B('Інформація Менської районної державної адміністрації про виконання Плану заходів з підвищення рівня '
               'відкритості та прозорості діяльності виконавчої влади в області за період з 01.06 по 30.11.2013',
               cs=4), None, None, None],
            [B('№ з/п', rs=2), B('Пункти Плану', rs=2), B('Інформація про виконання', cs=2), None],
            [None, None, B('проведені заходи'), B('результат')],
            [1, 'п.п. 1, 6 – 9',
             'Офіційний веб-сайт РДА оновлюється відповідно до вимог законодавства; проведено 4 консультації з '
             'громадськістю (громадські слухання щодо проекту районного бюджету на 2014 рік 26.11.2013, зустрічі з '
             'мешканцями сіл Стольне, Киселівка та Синявка), до яких залучено членів громадської ради; представники '
             '2 ГО включені до складу районної ради з питань безпеки дорожнього руху.',
             'Враховано 9 пропозицій громадськості'],
            [2, 'пункти 10 і 12', 'не проводились', '—'],
            [3, 'з 13 по 15', '—', '—'],
            [4, '16', 'Інформацію надано', ''],
            ['', '', '', ''],
            ['', 'Керівник апарату', '', 'Н.В. Гузь']]
    notes = [['Інформацію підготовлено на підставі звітів 24 сільських рад та 11 структурних підрозділів РДА.'],
             ['Виконавець: Шевченко О.М., тел. (04644) 2-13-85']]
    data = sheet_fods('rg03_mena', 'xlsx', [
        {'name': 'Звіт', 'rows': rows, 'widths': [1.5, 3, 11, 4]},
        {'name': 'Примітки', 'rows': notes, 'grid': False, 'widths': [16]},
        {'name': 'Лист3', 'rows': []}])
    plain = ('Добрий день.\n\nІнформацію щодо пунктів з 1 по 12 Плану заходів див. у вкладенні.\n\n'
             'З повагою,\nШевченко Оксана\nвідділ організаційної роботи апарату Менської РДА\n')
    root = Multi('mixed', [ol_alt(seed, plain, mso_paras(plain.rstrip())),
                           attach(data, CT_XLSX, fname, 'outlook')], bnd('outlook', seed, 0))
    return Mail('ol2010ru', ('Shevchenko Oksana', 'rda-mena@example.gov.ua'),
                'Інформація Менської РДА за ІІ півріччя 2013 р.', '2013-12-11 16:37:05', root)


KEY = {
    "class": "ranges", "executor": "su-sotszakhyst", "period": 3, "late": True,
    "kind": "report", "reason": None,
    "note": "Russian, koi8-r: the body answers «по пунктам 1 и 6» as one block and points «по пп. 7-9 и 12» to the table; the .ods is transposed (quarters as rows, «пп. 7–9» and «п. 12» as columns). Sent two days late.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 7, "source": "Таблица_соцзащита_II_полугодие.ods"},
              {"measure": 8, "source": "Таблица_соцзащита_II_полугодие.ods"},
              {"measure": 9, "source": "Таблица_соцзащита_II_полугодие.ods"}],
}


@mail('rg04_sotszakhyst', KEY)
def _():
    seed = 'rg04'
    fname = 'Таблица_соцзащита_II_полугодие.ods'
    B = lambda v, **k: dict(v=v, b=True, **k)
    rows = [[B('Информация управления труда и социальной защиты населения облгосадминистрации (II полугодие 2013 г.)',
               cs=4), None, None, None],
            [B('Период'), B('пп. 7–9'), B('п. 12'), B('п. 16')],
            ['III квартал 2013 г.',
             'В состав коллегии управления введен председатель комитета по социальной политике Общественного совета '
             'при облгосадминистрации (приказ от 02.08.2013 № 96); представители 3 общественных организаций включены в '
             'состав координационного совета по делам лиц с инвалидностью.', 'не проводились', '—'],
            ['IV квартал 2013 г.',
             'Члены общественного совета привлекались к обсуждению проекта распоряжения председателя '
             'облгосадминистрации «О тарифах на социальные услуги» (заседание 12.11.2013).', '—', 'предоставлено']]
    data = sheet_fods('rg04_sotszakhyst', 'ods', [{'name': 'Лист1', 'rows': rows, 'widths': [3.5, 12, 3, 3]}])
    plain = ('Добрый день!\n\n'
             'Направляем информацию управления труда и социальной защиты населения облгосадминистрации о выполнении '
             'Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в '
             'области за II полугодие 2013 года.\n\n'
             'По пунктам 1 и 6 Плана: официальный сайт управления переведен на новую платформу, раздел "Доступ к '
             'публичной информации" приведен в соответствие с требованиями законодательства; проведены общественные '
             'слушания по проекту областной программы "Турбота" на 2014-2016 годы (21.11.2013, 57 участников) и опрос '
             'получателей социальных услуг (опрошено 640 человек).\n\n'
             'Информация по пп. 7-9 и 12 - в прилагаемой таблице.\n\n'
             'С уважением,\nГаврилюк Светлана\nотдел организационной работы\nУправление труда и социальной защиты '
             'населения облгосадминистрации\n')
    root = Multi('mixed', [ol_alt(seed, plain, mso_paras(plain.rstrip()), cs='koi8-r'),
                           attach(data, CT_ODS, fname, 'outlook-utf8')], bnd('outlook', seed, 0))
    return Mail('ol2010ru-koi8', ('Гаврилюк Светлана', 'sotszakhyst@example.gov.ua'),
                'Информация УТСЗН по Плану мероприятий (открытость)', '2013-12-17 10:25:17', root)


KEY = {
    "class": "ranges", "executor": "gromrada", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The Public Council answers «Пп. 3–4» as one block (site and forum), reports a commission under «П. 10» although 10 is not its measure, and only promises the discussion under «П. 15»; counts and protocol numbers sit beside them.",
    "items": [{"measure": 3, "source": "body"},
              {"measure": 4, "source": "body"},
              {"measure": 10, "source": "body"}],
}


@mail('rg05_gromrada', KEY)
def _():
    seed = 'rg05'
    plain = ('Шановні колеги!\n\n'
             'Громадська рада при облдержадміністрації інформує про виконання пунктів Плану заходів з підвищення рівня '
             'відкритості та прозорості діяльності виконавчої влади в області, виконавцем яких її визначено (за '
             'згодою).\n\n'
             'Пп. 3–4. Веб-ресурс «Чернігівська громада» працює з 1 листопада 2012 року: громадська рада спільно з '
             'управлінням з питань внутрішньої політики наповнює розділи «Новини громадськості» та «Громадська рада» '
             '(розміщено 46 матеріалів); на базі ресурсу в тестовому режимі відкрито Інтернет-форум (5 тематичних '
             'розділів, 112 зареєстрованих учасників).\n\n'
             'П. 15. Громадське обговорення виконання заходів Плану заплановано на травень 2013 року, про що буде '
             'повідомлено додатково.\n\n'
             'П. 10. На засіданні громадської ради 27.11.2012 створено комісію з питань відкритості та прозорості '
             'діяльності облдержадміністрації у складі 7 осіб (протокол № 9).\n\n'
             'Голова Громадської ради при облдержадміністрації\nВ.І. Тарасенко\n')
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
            '<META content="text/html; charset=utf-8" http-equiv=Content-Type>\n'
            '<META name=GENERATOR content="MSHTML 9.00.8112.16470"></HEAD>\n<BODY style="PADDING-LEFT: 10px; '
            'PADDING-RIGHT: 10px; PADDING-TOP: 15px" id=MailContainerBody leftMargin=0 topMargin=0 '
            'CanvasTabStop="true" name="Compose message area">\n' +
            ''.join('<DIV><FONT face=Calibri>%s</FONT></DIV>\n' % (escape(l) if l else '&nbsp;')
                    for l in plain.rstrip().split('\n')) + '</BODY></HTML>\n')
    root = Multi('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable', cte_case='quoted-printable'),
                                 text(html, 'html', 'utf-8', 'quoted-printable')], bnd('outlook', seed, 0))
    return Mail('wlm', ('Громадська рада при ОДА', 'gromrada@example.gov.ua'),
                'Інформація Громадської ради при ОДА щодо виконання Плану', '2012-12-14 13:13:13', root)


# ----------------------------------------------------------------------------------------- pr

KEY = {
    "class": "prose", "executor": "su-zdorovia", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A formal letter as a PDF with a text layer and no plan numbers: subject headings, one paragraph covering both a consultation (6) and the council members' part in it (9), a passing «оприлюднено на сайті», and the unit's own drug hot line, which is not the head's (5).",
    "items": [{"measure": 1, "source": "УОЗ_01-12_4410.pdf"},
              {"measure": 6, "source": "УОЗ_01-12_4410.pdf"},
              {"measure": 7, "source": "УОЗ_01-12_4410.pdf"},
              {"measure": 8, "source": "УОЗ_01-12_4410.pdf"},
              {"measure": 9, "source": "УОЗ_01-12_4410.pdf"},
              {"measure": 12, "source": "УОЗ_01-12_4410.pdf"}],
}


@mail('pr01_zdorovia', KEY)
def _():
    seed = 'pr01'
    fname = 'УОЗ_01-12_4410.pdf'
    body_html = (
        '<p align="center"><b>УПРАВЛІННЯ ОХОРОНИ ЗДОРОВ’Я<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ</b><br>'
        'вул. Святомиколаївська, 7, м. Чернігів, 14000, тел. (0462) 67-52-00</p>'
        '<p>13.12.2012 № 01-12/4410</p><p>На № 05-09/1702 від 20.11.2012</p>'
        '<p style="margin-left:9cm">Управління з питань внутрішньої політики та зв’язків з громадськістю '
        'облдержадміністрації</p>'
        '<p><b>Про виконання Плану заходів</b></p>'
        '<p>Управління охорони здоров’я облдержадміністрації повідомляє про виконання Плану заходів з підвищення '
        'рівня відкритості та прозорості діяльності виконавчої влади в області.</p>'
        '<p><b>Щодо офіційного веб-сайту</b></p>'
        '<p>Інформаційне наповнення офіційного веб-сайту управління приведено у відповідність до вимог законів '
        'України «Про доступ до публічної інформації» та «Про засади запобігання і протидії корупції»: створено '
        'розділ «Публічна інформація», розміщено систему обліку публічної інформації, переліки закладів охорони '
        'здоров’я та граничні ціни на лікарські засоби.</p>'
        '<p><b>Щодо взаємодії з громадськістю</b></p>'
        '<p>Протягом вересня–листопада проведено громадське обговорення проекту Програми розвитку первинної '
        'медико-санітарної допомоги на 2013–2017 роки, надійшло 24 пропозиції. До обговорення залучено членів '
        'Громадської ради при облдержадміністрації, пропозиції її комітету з питань охорони здоров’я враховано в '
        'проекті. Матеріали обговорення оприлюднено на сайті управління.</p>'
        '<p>До складу громадської ради з питань охорони здоров’я при управлінні включено представників чотирьох '
        'громадських організацій пацієнтів.</p>'
        '<p>Голову комітету з питань охорони здоров’я Громадської ради при облдержадміністрації Яковенко Л.П. (за '
        'згодою) введено до складу колегії управління (наказ від 02.11.2012 № 512).</p>'
        '<p>Продовжує роботу «гаряча лінія» управління з питань лікарського забезпечення (тел. 67-52-00), за 11 '
        'місяців надійшло 312 звернень.</p>'
        '<p><b>Щодо громадських експертиз</b></p>'
        '<p>Громадською організацією «Здоров’я нації» проведено громадську антикорупційну експертизу проекту наказу '
        '«Про порядок забезпечення лікарськими засобами пільгових категорій населення»; три пропозиції експертів '
        'враховано в остаточній редакції наказу.</p><p>&nbsp;</p>'
        '<p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
        '&nbsp;&nbsp;&nbsp;&nbsp;С.М. Бутенко</p><p><small>Гончар 67-52-11</small></p>')
    pdf = doc_html('pr01_zdorovia', 'pdf', body_html, title='Лист 01-12/4410', author='Гончар')
    plain = ('Добрий день!\n\nНаправляємо лист управління охорони здоров’я облдержадміністрації від 13.12.2012 '
             '№ 01-12/4410 «Про виконання Плану заходів». Оригінал поштою не надсилатиметься.\n\n'
             'З повагою\nГончар Інна\nзагальний відділ управління охорони здоров’я облдержадміністрації\n')
    root = Multi('mixed', [ol_alt(seed, plain, mso_paras(plain.rstrip()), ver='12'),
                           attach(pdf, CT_PDF, fname, 'outlook')], bnd('outlook', seed, 0))
    return Mail('ol2007uk', ('Гончар Інна', 'zdorovia@example.gov.ua'), 'Лист УОЗ від 13.12.2012 № 01-12/4410',
                '2012-12-14 15:02:47', root)


KEY = {
    "class": "prose", "executor": "uvp", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "The department's own second box reports on its measures in a .docx of headed prose: the forum (4) is only planned, the head's hot line (5) is named only as a topic shown to Open Door visitors, and the council recommendations (10) are counted alongside 3, 11, 13 and 14.",
    "items": [{"measure": 3, "source": "УВП_інформація_Відкритий_уряд_2012.docx"},
              {"measure": 10, "source": "УВП_інформація_Відкритий_уряд_2012.docx"},
              {"measure": 11, "source": "УВП_інформація_Відкритий_уряд_2012.docx"},
              {"measure": 13, "source": "УВП_інформація_Відкритий_уряд_2012.docx"},
              {"measure": 14, "source": "УВП_інформація_Відкритий_уряд_2012.docx"}],
}


@mail('pr02_uvp', KEY)
def _():
    seed = 'pr02'
    fname = 'УВП_інформація_Відкритий_уряд_2012.docx'
    body_html = (
        '<p align="center"><b>ІНФОРМАЦІЯ</b><br>управління з питань внутрішньої політики та зв’язків з громадськістю '
        'облдержадміністрації щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності '
        'виконавчої влади в області (IV квартал 2012 року)</p>'
        '<p><b>Веб-ресурс «Чернігівська громада»</b></p>'
        '<p>Веб-ресурс введено в дію 1 листопада 2012 року. Забезпечено його технічну підтримку та щоденне '
        'наповнення: розміщено 118 матеріалів, кількість відвідувань — понад 9 тисяч. Створення на базі ресурсу '
        'Інтернет-форуму планується у І кварталі 2013 року.</p>'
        '<p><b>Громадські ради</b></p>'
        '<p>Громадським радам при райдержадміністраціях рекомендовано утворити у своєму складі комісії (робочі '
        'групи) з питань відкритості та прозорості діяльності органу влади (лист управління від 02.10.2012 '
        '№ 05-09/1320). Станом на 10.12.2012 такі комісії утворено в дев’яти районах.</p>'
        '<p><b>Дні відкритих дверей</b></p>'
        '<p>17 жовтня та 28 листопада 2012 року проведено Дні відкритих дверей управління для представників '
        'громадських організацій і засобів масової інформації (взяли участь 34 особи). Учасників ознайомлено з '
        'роботою відділів управління, порядком подання запитів на публічну інформацію, а також з тим, як працює '
        '«гаряча лінія» голови облдержадміністрації.</p>'
        '<p><b>Навчання</b></p>'
        '<p>Спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено навчальні семінари '
        'для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію '
        'консультацій з громадськістю: 20 листопада (17 учасників) та 11 грудня 2012 року (15 учасників). Семінари '
        'для спеціалістів райдержадміністрацій відбудуться у січні–лютому 2013 року.</p>'
        '<p><b>Методичні посібники</b></p>'
        '<p>Розроблено та видано накладом 300 примірників методичний посібник «Консультації з громадськістю: '
        'практичні поради для державних службовців». Посібник поширено серед структурних підрозділів '
        'облдержадміністрації та райдержадміністрацій, його електронну версію розміщено на веб-ресурсі '
        '«Чернігівська громада».</p><p>&nbsp;</p>'
        '<p>Заступник начальника управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.П. Мельничук</p>')
    docx = doc_html('pr02_uvp', 'docx', body_html, title='Інформація УВП', author='Сектор аналітичної роботи')
    body = ('Оксано, добрий день.\n\nЗа дорученням Олександра Петровича надсилаю інформацію управління по пунктах, '
            'де ми виконавці, – для зведеної. Файл у вкладенні.\n\n-- \nДмитро Сорока\nсектор аналітичної роботи\n'
            'Управління з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації\n')
    root = Multi('mixed', [text(body, 'plain', 'UTF-8', '8bit', flowed=True, quoted_cs=False),
                           attach(docx, CT_DOCX, fname, 'tb')], bnd('tb', seed),
                 preamble='This is a multi-part message in MIME format.')
    return Mail('tb', ('Дмитро Сорока', 'uvp-info@example.gov.ua'), 'Звіт УВП за власними пунктами Плану (для зведеної)',
                '2012-12-14 17:31:02', root)


KEY = {
    "class": "prose", "executor": "rda-semenivka", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "An .odt table whose first column names subjects («Офіційний веб-сайт», «Консультації з громадськістю», «Дорадчо-консультативні органи», «Обговорення проектів розпоряджень») instead of numbers; «Громадські експертизи» has a dash and the openness commission only «Робота триває».",
    "items": [{"measure": 1, "source": "Семенівка_інформація_І_півріччя_2013.odt"},
              {"measure": 6, "source": "Семенівка_інформація_І_півріччя_2013.odt"},
              {"measure": 7, "source": "Семенівка_інформація_І_півріччя_2013.odt"},
              {"measure": 9, "source": "Семенівка_інформація_І_півріччя_2013.odt"}],
}


@mail('pr03_semenivka', KEY)
def _():
    seed = 'pr03'
    fname = 'Семенівка_інформація_І_півріччя_2013.odt'
    rows = [['Напрям роботи', 'Виконано у І півріччі 2013 року'],
            ['Офіційний веб-сайт райдержадміністрації',
             'Сайт переведено на оновлений шаблон, створено рубрики «Консультації з громадськістю» та «Громадська '
             'рада»; щомісяця оприлюднюються звіти про виконання районного бюджету.'],
            ['Консультації з громадськістю',
             'Проведено громадські слухання щодо проекту Програми благоустрою населених пунктів району на 2013–2015 '
             'роки (12.03.2013) та опитування мешканців щодо організації автобусного сполучення (опитано 236 осіб); '
             'результати оприлюднено на сайті РДА.'],
            ['Дорадчо-консультативні органи',
             'До складу координаційної ради з питань розвитку малого підприємництва при РДА включено представників '
             'трьох громадських організацій.'],
            ['Обговорення проектів розпоряджень',
             'Члени громадської ради при РДА взяли участь в обговоренні проекту розпорядження голови РДА «Про '
             'затвердження районної програми оздоровлення та відпочинку дітей на 2013 рік».'],
            ['Громадські експертизи', '—'],
            ['Комісія з питань відкритості', 'Робота триває']]
    odt = doc_html('pr03_semenivka', 'odt',
                   '<p align="center"><b>ІНФОРМАЦІЯ</b><br>Семенівської районної державної адміністрації про виконання '
                   'Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області '
                   'за І півріччя 2013 року</p>' + html_table(rows, widths=['30%', '70%']) +
                   '<p>&nbsp;</p><p>Керівник апарату райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                   '&nbsp;&nbsp;&nbsp;Л.А. Сахно</p>', title='Інформація', author='Семенівська РДА')
    body = ('Добрий день.\n\nНадсилаємо інформацію Семенівської райдержадміністрації за І півріччя 2013 року (у форматі '
            'odt).\n\nЗ повагою,\nвідділ організаційної роботи, інформаційної діяльності та комунікацій з '
            'громадськістю апарату Семенівської РДА\n')
    root = Multi('mixed', [text(body, 'plain', 'UTF-8', 'quoted-printable', flowed=True, quoted_cs=False),
                           attach(odt, CT_ODT, fname, 'rc')], bnd('roundcube', seed), preamble='')
    return Mail('roundcube', ('Семенівська РДА', 'rda-semenivka@example.gov.ua'),
                'Семенівська РДА: інформація про виконання плану щодо відкритості', '2013-06-07 11:48:20', root)


KEY = {
    "class": "prose", "executor": "ogp-coordinator", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The regional coordinator's own account (Apple Mail, plain and HTML twins, a participants table with a total) of the public discussion it organised (15); the hot line, Open Door Days, district websites and consultations appear only as what participants said of others' work.",
    "items": [{"measure": 15, "source": "body"}],
}


@mail('pr04_ogp', KEY)
def _():
    seed = 'pr04'
    paras = [
        'Шановні колеги!',
        'Як регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області інформую про підсумки '
        'громадського обговорення.',
        '26 листопада 2013 року в Чернігівському обласному молодіжному центрі відбулося громадське обговорення '
        'виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області. Обговорення '
        'модерували координатор та голова комісії громадської ради з питань відкритості.',
        'Учасники обговорення:',
        None,
        'Учасники позитивно оцінили роботу «гарячої лінії» голови облдержадміністрації та Дні відкритих дверей '
        'управління з питань внутрішньої політики, водночас звернули увагу на нерегулярне оновлення офіційних '
        'веб-сайтів частини райдержадміністрацій та на те, що консультації з громадськістю в районах часто '
        'проводяться формально.',
        'За результатами обговорення напрацьовано 18 пропозицій, які будуть направлені до облдержадміністрації для '
        'врахування під час підготовки плану дій на 2014 рік. Резолюцію та фотозвіт опубліковано на веб-ресурсі '
        '«Чернігівська громада».',
        'З повагою\nОксана Мельник\nрегіональний координатор Партнерства «Відкритий уряд» у Чернігівській області\n'
        'тел. (0462) 67-09-14']
    table = [['Категорія', 'Кількість'], ['Громадські організації', '31'], ['Журналісти', '9'],
             ['Депутати місцевих рад', '6'], ['Працівники ОДА та РДА', '18'], ['Всього', '64']]
    plain = '\n\n'.join(plain_table(table) if p is None else p for p in paras) + '\n'
    hparts = []
    for p in paras:
        if p is None:
            hparts.append(html_table(table))
        else:
            hparts.append('<div>%s</div><div><br></div>' % escape(p).replace('\n', '<br>'))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space; ">'
            + ''.join(hparts) + '</body></html>')
    root = Multi('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable', quoted_cs=False),
                                 text(html, 'html', 'utf-8', 'quoted-printable', quoted_cs=False)],
                 bnd('apple', seed), preamble='')
    root.headers = [('Content-Type', 'multipart/alternative; boundary="%s"' % root.boundary)]
    return Mail('apple', ('Оксана Мельник', 'ogp-coordinator@example.org.ua'),
                'Про громадське обговорення 26 листопада', '2013-11-29 16:12:40', root)


KEY = {
    "class": "prose", "executor": "su-arkhiv", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Outlook Express with an .rtf letter of unheaded paragraphs; the collegium paragraph ends with a passing «розміщуються на сайті архіву», and the expert-review paragraph says only what was not done but names it by the plan's word.",
    "items": [{"measure": 1, "source": "info_arhiv_VU.rtf"},
              {"measure": 6, "source": "info_arhiv_VU.rtf"},
              {"measure": 8, "source": "info_arhiv_VU.rtf"},
              {"measure": 12, "source": "info_arhiv_VU.rtf"}],
}


@mail('pr05_arkhiv', KEY)
def _():
    seed = 'pr05'
    rtf = doc_html('pr05_arkhiv', 'rtf',
                   '<p align="center"><b>ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b><br>вул. Шевченка, 3, м. Чернігів, '
                   '14000</p><p>19.02.2013 № 01-07/198</p>'
                   '<p style="margin-left:9cm">Управління з питань внутрішньої політики та зв’язків з громадськістю '
                   'облдержадміністрації</p><p><b>Про виконання Плану заходів</b></p>'
                   '<p>Державний архів Чернігівської області інформує.</p>'
                   '<p>На офіційному веб-сайті Держархіву створено розділ «Громадська рада» та оновлено розділ «Доступ до '
                   'публічної інформації», в якому розміщуються описи фондів, довідники та порядок надання архівних '
                   'довідок; налагоджено он-лайн замовлення копій документів.</p>'
                   '<p>У січні 2013 року проведено громадське обговорення проекту обласної Програми збереження документів '
                   'Національного архівного фонду на 2013–2017 роки у формі круглого столу з краєзнавцями та '
                   'представниками громадських організацій (22 учасники), п’ять пропозицій враховано.</p>'
                   '<p>До складу колегії Держархіву введено голову комітету з питань гуманітарної політики Громадської '
                   'ради при облдержадміністрації (наказ від 11.01.2013 № 4). Повідомлення про засідання колегії та '
                   'прийняті рішення розміщуються на сайті архіву.</p>'
                   '<p>Громадських антикорупційних експертиз проектів наказів Держархіву у звітному періоді не '
                   'проводилось: запитів від інститутів громадянського суспільства не надходило.</p><p>&nbsp;</p>'
                   '<p>Директор&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                   '&nbsp;&nbsp;Л.Г. Остапенко</p>', title='Лист 01-07/198', author='arhiv')
    body = ('Добрий день!\r\n\r\nНадсилаємо інформацію Держархіву області щодо виконання Плану заходів з підвищення '
            'рівня відкритості та прозорості (лист від 19.02.2013 № 01-07/198).\r\n\r\nЗ повагою\r\nЗагальний відділ '
            'Державного архіву Чернігівської області\r\n')
    root = Multi('mixed', [text(hard_wrap(body.replace('\r\n', '\n'), 76), 'plain', 'windows-1251', 'quoted-printable'),
                           attach(rtf, CT_DOC, 'info_arhiv_VU.rtf', 'ascii')], bnd('outlook', seed, 0))
    return Mail('oe6', ('Держархів', 'arkhiv@example.gov.ua'), 'інформація Держархіву (План заходів)',
                '2013-02-20 09:31:18', root)


# ----------------------------------------------------------------------------------------- fn

KEY = {
    "class": "foreign_numbers", "executor": "rda-varva", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A formal letter in the body numbered 1.–5. by the district itself, with sub-items «1)», «2)», counts, a ruling's and a conclusion's numbers; the plan's numbers appear as «п. 1 Плану», «п. 6 Плану», «Захід 12», and «2. На виконання п. 6» must not count 2.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"},
              {"measure": 12, "source": "body"}],
}


@mail('fn01_varva', KEY)
def _():
    seed = 'fn01'
    body = (UVP_DATIVE + '\n\n'
            'Про виконання Плану заходів\n\n'
            'На виконання доручення голови облдержадміністрації від 12.09.2012 № 01-13/5460 Варвинська районна '
            'державна адміністрація інформує.\n\n'
            '1. Відповідно до п. 1 Плану офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог '
            'Закону України «Про доступ до публічної інформації»: створено 3 нові рубрики, розміщено 27 проектів '
            'розпоряджень голови РДА.\n\n'
            '2. На виконання п. 6 Плану проведено 2 консультації з громадськістю:\n'
            '   1) громадські слухання щодо проекту районного бюджету на 2013 рік (28.11.2012, 52 учасники);\n'
            '   2) засідання «круглого столу» з питань розвитку сільського зеленого туризму (15.10.2012).\n\n'
            '3. Щодо п. 9 Плану: членів громадської ради при райдержадміністрації залучено до обговорення проекту '
            'Програми економічного і соціального розвитку району на 2013 рік, 4 пропозиції враховано.\n\n'
            '4. П. 10 Плану – без змін.\n\n'
            '5. Захід 12: громадську антикорупційну експертизу проекту рішення районної ради «Про районний бюджет на '
            '2013 рік» проведено ГО «Варвинська ініціатива» (висновок від 03.12.2012 № 7), пропозиції розглянуто на '
            'засіданні постійної комісії районної ради.\n\n'
            'Заступник голови райдержадміністрації                В.М. Кіценко\n\n'
            'Вик. Шостак О.І., (04636) 2-15-30\n')
    root = text(hard_wrap(body, 74), 'plain', 'windows-1251', 'quoted-printable', quoted_cs=False)
    return Mail('bat', ('Варвинська РДА', 'rda-varva@example.gov.ua'),
                'Інформація Варвинської РДА (План заходів, відкритість)', '2012-12-11 12:06:50', root)


KEY = {
    "class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "An .xls laid out as the unit's own work plan, numbered 1.1, 1.2, 2.1, 2.3, 3.1, with a separate column of the oblast plan's numbers written «п. 1 Плану», «VI», «7)», «9.», «XII».",
    "items": [{"measure": 1, "source": "Містобудування_План_відкритість_І півр 2013.xls"},
              {"measure": 6, "source": "Містобудування_План_відкритість_І півр 2013.xls"},
              {"measure": 9, "source": "Містобудування_План_відкритість_І півр 2013.xls"}],
}


@mail('fn02_mistobuduvannia', KEY)
def _():
    seed = 'fn02'
    fname = 'Містобудування_План_відкритість_І півр 2013.xls'
    rows = [['', 'Виконання заходів управління містобудування та архітектури облдержадміністрації на 2013 рік щодо '
                 'підвищення рівня відкритості та прозорості діяльності (І півріччя 2013 р.)', '', '', ''],
            ['', '', '', '', ''],
            ['№ з/п', 'Захід управління', 'Пункт Плану ОДА', 'Строк', 'Стан виконання'],
            ['1.1', 'Оновлення розділу «Містобудівна документація» на веб-сайті управління', 'п. 1 Плану', 'постійно',
             'Розміщено генеральні плани 14 населених пунктів та 6 детальних планів територій; розділ «Доступ до '
             'публічної інформації» приведено до вимог законодавства.'],
            ['1.2', 'Оприлюднення реєстру містобудівних умов і обмежень', 'п. 1 Плану', 'щомісяця',
             'Реєстр оновлюється щомісяця.'],
            ['2.1', 'Громадські слухання щодо проектів містобудівної документації', 'VI', 'за потреби',
             'Проведено громадські слухання щодо проекту генерального плану смт Седнів (12.04.2013) та детального '
             'плану території кварталу по вул. Шевченка у м. Ніжині (23.05.2013).'],
            ['2.2', 'Залучення громадськості до роботи архітектурно-містобудівної ради', '7)', 'постійно', '—'],
            ['2.3', 'Обговорення проектів регіональних програм з членами громадської ради', '9.', 'II кв.',
             'Проект Програми розроблення містобудівної документації на 2013–2015 роки розглянуто на засіданні '
             'комітету з питань будівництва Громадської ради при облдержадміністрації 17.04.2013, враховано 3 '
             'пропозиції.'],
            ['3.1', 'Сприяння проведенню громадської експертизи', 'XII', 'постійно', 'не проводились'],
            ['', '', '', '', ''],
            ['', 'Начальник управління – головний архітектор області', '', '', 'О.В. Кулик']]
    xls = sheet_csv('fn02_mistobuduvannia', 'xls', rows)
    plain = ('Добрий день!\n\nНадсилаємо інформацію управління містобудування та архітектури облдержадміністрації '
             'щодо виконання Плану заходів з підвищення рівня відкритості та прозорості за І півріччя 2013 року, '
             'викладену у формі нашого плану роботи (графа 3 – відповідний пункт Плану облдержадміністрації).\n\n'
             'З повагою\nКулініч Тетяна\nвідділ містобудівного кадастру\nУправління містобудування та архітектури '
             'облдержадміністрації\n')
    root = Multi('mixed', [ol_alt(seed, plain, mso_paras(plain.rstrip())),
                           attach(xls, CT_XLS, fname, 'outlook')], bnd('outlook', seed, 0))
    return Mail('ol2010uk', ('Кулініч Тетяна', 'mistobuduvannia@example.gov.ua'),
                'Інформація управління містобудування та архітектури (І півріччя 2013)', '2013-06-14 15:40:05', root)


KEY = {
    "class": "foreign_numbers", "executor": "rda-horodnia", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A workbook (title sheet, report sheet, two empty sheets, one hidden) with a merged two-row header «Номер пункту Плану» over «розділ | пункт»: «розділ» is 1 on every row while the row for measure 1 itself says «без змін»; one answer runs on into a second row with empty number cells; a totals row.",
    "items": [{"measure": 6, "source": "Городня_відкритість_І_півр_2013.xlsx"},
              {"measure": 7, "source": "Городня_відкритість_І_півр_2013.xlsx"},
              {"measure": 10, "source": "Городня_відкритість_І_півр_2013.xlsx"}],
}


@mail('fn03_horodnia', KEY)
def _():
    seed = 'fn03'
    fname = 'Городня_відкритість_І_півр_2013.xlsx'
    B = lambda v, **k: dict(v=v, b=True, **k)
    title = [['Городнянська районна державна адміністрація'], ['вих. № 01-20/1016 від 04.06.2013'], [''],
             [{'v': 'ІНФОРМАЦІЯ', 'b': True}],
             ['про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в '
              'області'], ['за І півріччя 2013 року']]
    rep = [[B('№ з/п', rs=2), B('Номер пункту Плану', cs=2), None, B('Інформація про виконання', rs=2),
            B('Відмітка про виконання', rs=2)],
           [None, B('розділ'), B('пункт'), None, None],
           [1, 1, 1, 'без змін', ''],
           [2, 1, 6, 'Проведено громадські слухання щодо проекту районного бюджету на 2013 рік зі змінами '
                     '(18.04.2013) та', 'виконано'],
           ['', '', '', 'зустріч з мешканцями с. Хотівля щодо розміщення полігону твердих побутових відходів '
                        '(21.05.2013, 63 учасники).', ''],
           [3, 1, 7, 'До складу районної комісії з питань захисту прав споживачів включено 2 представників '
                     'громадської ради при РДА.', 'виконано'],
           [4, 1, 9, '—', ''],
           [5, 1, 10, 'На засіданні громадської ради 29.03.2013 утворено робочу групу з питань відкритості та '
                      'прозорості діяльності РДА (рекомендація РДА від 11.02.2013 № 01-20/214).', 'виконано'],
           [6, 1, 12, 'не проводились', 'не виконано'],
           [B('Всього'), '', '', '6 заходів, виконано 3', '']]
    data = sheet_fods('fn03_horodnia', 'xlsx', [
        {'name': 'Титульний лист', 'rows': title, 'grid': False, 'widths': [14]},
        {'name': 'Звіт', 'rows': rep, 'widths': [1.5, 2, 2, 12, 3.5]},
        {'name': 'Лист2', 'rows': []},
        {'name': 'Лист3', 'rows': [], 'hidden': True}])
    body = ('Добрий день!\n\nНадсилаємо інформацію Городнянської РДА про виконання Плану заходів з підвищення рівня '
            'відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 р. (вих. № 01-20/1016 '
            'від 04.06.2013).\n\n-- \nС. Гуща, головний спеціаліст відділу організаційної роботи апарату Городнянської '
            'РДА\n')
    root = Multi('mixed', [text(body, 'plain', 'windows-1251', '8bit', flowed=True, quoted_cs=False),
                           attach(data, CT_XLSX, fname, 'tb')], bnd('tb', seed),
                 preamble='This is a multi-part message in MIME format.')
    return Mail('tb', ('Городнянська РДА', 'rda-horodnia@example.gov.ua'),
                'Інформація Городнянської РДА за І півріччя 2013 р.', '2013-06-05 10:58:41', root)


KEY = {
    "class": "foreign_numbers", "executor": "cppk", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "The centre's .docx letter on measure 13, numbered 1.–4. with sub-items «а)», «б)», «1)»–«3)», counts of hours and trainees, an order «№ 3-о», and «пункти 6–12 Порядку» of resolution 996 — a range that is not the plan's; the cover note only points to the attachment.",
    "items": [{"measure": 13, "source": "ЦППК_інформація_п13.docx"}],
}


@mail('fn04_cppk', KEY)
def _():
    seed = 'fn04'
    fname = 'ЦППК_інформація_п13.docx'
    table = [['№ з/п', 'Дата', 'Категорія слухачів', 'Кількість слухачів'],
             ['1', '20.11.2012', 'заступники керівників структурних підрозділів ОДА', '17'],
             ['2', '11.12.2012', 'заступники керівників структурних підрозділів ОДА', '15'],
             ['3', '22.01.2013', 'спеціалісти РДА', '29'],
             ['4', '19.02.2013', 'спеціалісти структурних підрозділів ОДА', '26'],
             ['Разом', '', '', '87']]
    html = ('<p align="center"><b>ЧЕРНІГІВСЬКИЙ ЦЕНТР ПЕРЕПІДГОТОВКИ ТА ПІДВИЩЕННЯ КВАЛІФІКАЦІЇ ПРАЦІВНИКІВ ОРГАНІВ '
            'ДЕРЖАВНОЇ ВЛАДИ, ОРГАНІВ МІСЦЕВОГО САМОВРЯДУВАННЯ, ДЕРЖАВНИХ УСТАНОВ, ПІДПРИЄМСТВ І ОРГАНІЗАЦІЙ</b></p>'
            '<p>01.03.2013 № 47</p>'
            '<p style="margin-left:9cm">Управління з питань внутрішньої політики та зв’язків з громадськістю '
            'облдержадміністрації</p><p><b>Про виконання п. 13 Плану заходів</b></p>'
            '<p>На виконання пункту 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності '
            'виконавчої влади в області Центр інформує.</p>'
            '<p>1. Відповідно до наказу Центру від 15.01.2013 № 3-о та графіка, погодженого з управлінням з питань '
            'внутрішньої політики та зв’язків з громадськістю облдержадміністрації, у листопаді 2012 – лютому 2013 '
            'року проведено 4 навчальні семінари (загальний обсяг — 24 навчальні години) за темою «Інструменти '
            'політики сприяння розвитку громадянського суспільства».</p>'
            '<p>2. Навчання пройшли 87 осіб, у тому числі:</p>'
            '<p>а) заступники керівників структурних підрозділів облдержадміністрації, відповідальні за організацію '
            'консультацій з громадськістю, — 32 особи;</p>'
            '<p>б) спеціалісти структурних підрозділів облдержадміністрації та райдержадміністрацій, які '
            'безпосередньо організовують консультації з громадськістю, — 55 осіб.</p>'
            '<p>3. Програма семінарів включала:</p>'
            '<p>1) порядок проведення консультацій з громадськістю (постанова Кабінету Міністрів України від '
            '03.11.2010 № 996, пункти 6–12 Порядку);</p>'
            '<p>2) організацію громадської експертизи діяльності органів виконавчої влади (постанова Кабінету '
            'Міністрів України від 05.11.2008 № 976);</p>'
            '<p>3) взаємодію з громадськими радами та дорадчими органами.</p>'
            '<p>4. За підсумками семінарів слухачі отримали свідоцтва про короткострокове підвищення кваліфікації.</p>'
            '<p>Відомості про семінари:</p>' + html_table(table, widths=['10%', '18%', '52%', '20%']) +
            '<p>&nbsp;</p><p>Директор Центру&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
            'М.І. Величко</p>')
    docx = doc_html('fn04_cppk', 'docx', html, title='Лист № 47', author='Лук’яненко')
    body = ('Добрий день!\n\nІнформація Центру на виконання п. 13 Плану заходів – у вкладенні.\n\n'
            'З повагою, Лук’яненко О.В., методист Центру\nЧернігівський центр перепідготовки та підвищення '
            'кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, '
            'підприємств і організацій\n')
    root = Multi('mixed', [text(hard_wrap(body, 76), 'plain', 'windows-1251', 'quoted-printable'),
                           attach(docx, CT_DOCX, fname, 'outlook')], bnd('outlook', seed, 0))
    return Mail('ol2003uk', ('Лук\'яненко Олена', 'cppk@example.gov.ua'), 'Інформація ЦППК (п. 13 Плану заходів)',
                '2013-03-01 12:40:10', root)


KEY = {
    "class": "foreign_numbers", "executor": "rda-pryluky", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An .ods sorted by office, not by measure: a running «№ з/п» 1–9 beside a «Пункт Плану» column and a «Стан» column; the same measure recurs under several offices, one «виконано» row only says the expert review was not held (it names it), and a totals row counts.",
    "items": [{"measure": 1, "source": "Прилуцька РДА ІІ півріччя 2013.ods"},
              {"measure": 6, "source": "Прилуцька РДА ІІ півріччя 2013.ods"},
              {"measure": 7, "source": "Прилуцька РДА ІІ півріччя 2013.ods"},
              {"measure": 9, "source": "Прилуцька РДА ІІ півріччя 2013.ods"},
              {"measure": 12, "source": "Прилуцька РДА ІІ півріччя 2013.ods"}],
}


@mail('fn05_pryluky', KEY)
def _():
    seed = 'fn05'
    fname = 'Прилуцька РДА ІІ півріччя 2013.ods'
    B = lambda v, **k: dict(v=v, b=True, **k)
    rows = [[B('Зведена інформація Прилуцької райдержадміністрації про виконання Плану заходів з підвищення рівня '
               'відкритості та прозорості діяльності виконавчої влади в області (ІІ півріччя 2013 р.)', cs=5),
             None, None, None, None],
            [B('№ з/п'), B('Виконавець'), B('Пункт Плану'), B('Стан'), B('Інформація про виконання')],
            [1, 'Апарат РДА', 1, 'виконано', 'На офіційному веб-сайті РДА створено розділ «Публічні закупівлі», '
                                            'оновлено розділ «Громадська рада»; забезпечено оприлюднення проектів '
                                            'розпоряджень.'],
            [2, 'Апарат РДА', 6, 'виконано', 'Проведено громадські слухання щодо проекту районного бюджету на 2014 рік '
                                            '(05.12.2013).'],
            [3, 'Відділ освіти', 6, 'виконано', 'Проведено опитування батьків учнів щодо організації підвезення дітей '
                                               'до опорних шкіл (опитано 318 осіб).'],
            [4, 'Відділ освіти', 9, 'не виконано', '—'],
            [5, 'Відділ культури і туризму', 7, 'виконано',
             'До складу ради з питань охорони культурної спадщини при відділі включено 3 представників ГО '
             '«Прилуцьке козацтво».'],
            [6, 'Відділ культури і туризму', 12, 'не виконано', 'не проводились'],
            [7, 'Управління праці та соцзахисту', 6, '', 'х'],
            [8, 'Управління праці та соцзахисту', 9, 'виконано',
             'Члени громадської ради при РДА залучені до обговорення проекту районної Програми соціального захисту '
             'малозабезпечених верств населення на 2014 рік.'],
            [9, 'Фінансове управління', 12, 'виконано',
             'Громадська антикорупційна експертиза проекту рішення районної ради про бюджет на 2014 рік не '
             'проводилась, запитів від громадських організацій не надходило.'],
            [B('Разом'), '', '', 'виконано: 6', '']]
    data = sheet_fods('fn05_pryluky', 'ods', [{'name': 'Зведена', 'rows': rows, 'widths': [1.5, 4.5, 2, 2.5, 11]},
                                              {'name': 'Аркуш2', 'rows': []}])
    body = ('Доброго дня!\n\nНадсилаємо зведену інформацію Прилуцької райдержадміністрації (у розрізі структурних '
            'підрозділів) про виконання Плану заходів за ІІ півріччя 2013 року.\n\nЗ повагою\nМороз Віта\n'
            'відділ організаційної роботи апарату Прилуцької РДА\n')
    root = Multi('mixed', [text(body, 'plain', 'utf-8', 'quoted-printable', quoted_cs=False),
                           attach(data, CT_ODS, fname, 'outlook-utf8')], bnd('opera', seed), preamble='')
    return Mail('opera', ('Мороз Віта', 'rda-pryluky@example.gov.ua'), 'Прилуцька РДА - інформація за ІІ півріччя',
                '2013-12-09 14:52:33', root)


# ----------------------------------------------------------------------------------------- pa

KEY = {
    "class": "personal_address", "executor": "su-ekonomika", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "Sent from a gmail.com box; the unit is named only in the genitive in the body and signature, next to the addressee УВП in the dative; the .xlsx is transposed (quarters as rows, «Захід 1» … «Захід 12» as columns) with «без змін» and dashes in most cells.",
    "items": [{"measure": 2, "source": "ГУЕ_відкритість_IV_кв_2012.xlsx"},
              {"measure": 6, "source": "ГУЕ_відкритість_IV_кв_2012.xlsx"},
              {"measure": 8, "source": "ГУЕ_відкритість_IV_кв_2012.xlsx"}],
}


@mail('pa01_ekonomika', KEY)
def _():
    seed = 'pa01'
    fname = 'ГУЕ_відкритість_IV_кв_2012.xlsx'
    B = lambda v, **k: dict(v=v, b=True, **k)
    rows = [[B('Інформація Головного управління економіки облдержадміністрації про виконання Плану заходів з '
               'підвищення рівня відкритості та прозорості діяльності виконавчої влади в області', cs=8)] + [None] * 7,
            [B('Період'), B('Захід 1'), B('Захід 2'), B('Захід 6'), B('Захід 7'), B('Захід 8'), B('Захід 9'),
             B('Захід 12')],
            ['ІІІ квартал 2012 р.', 'без змін',
             'Підготовлено та передано для розміщення в рубриці «Хід виконання цільових програм» інформацію про '
             'виконання 12 обласних цільових програм за І півріччя 2012 р.', '—', '—', '—', '—', '—'],
            ['IV квартал 2012 р.', 'без змін',
             'Рубрику «Хід виконання цільових програм» на офіційному сайті облдержадміністрації створено (жовтень '
             '2012 р.), наповнення забезпечує відділ стратегічного планування.',
             'Проведено електронні консультації з громадськістю щодо проекту Програми економічного і соціального '
             'розвитку області на 2013 рік (з 29.10 по 19.11.2012), надійшло 37 пропозицій.', 'х',
             'Голову комітету з питань економічного розвитку Громадської ради при облдержадміністрації включено до '
             'складу колегії Головного управління (наказ від 16.11.2012 № 118).', '—', 'не проводились']]
    data = sheet_fods('pa01_ekonomika', 'xlsx', [{'name': 'Аркуш1', 'rows': rows,
                                                  'widths': [3, 2.5, 6, 6, 1.5, 6, 1.5, 3]}])
    plain = ('Доброго вечора!\n\n'
             'Управлінню з питань внутрішньої політики та зв\'язків з громадськістю облдержадміністрації.\n'
             'Направляю інформацію Головного управління економіки облдержадміністрації щодо виконання Плану заходів з '
             'підвищення рівня відкритості та прозорості (надсилаю з особистої пошти, бо службова скринька '
             'переповнена).\n\n'
             '-- \nЗ повагою,\nОлена Ковальчук\nголовний спеціаліст відділу стратегічного планування\n'
             'Головного управління економіки облдержадміністрації\nтел. 67-47-18\n')
    lines = plain.rstrip('\n').split('\n')
    sig_at = lines.index('-- ')
    html = ('<div dir="ltr">' + '<br>'.join(escape(l) for l in lines[:sig_at]) +
            '<br clear="all"><div><br></div>-- <br><div dir="ltr">' + '<br>'.join(escape(l) for l in lines[sig_at + 1:]) +
            '</div>\n</div>\n')
    alt = Multi('alternative', [text(plain, 'plain', 'UTF-8', 'base64', quoted_cs=False),
                                text(html, 'html', 'UTF-8', 'base64', quoted_cs=False)], bnd('gmail', seed, 1),
                preamble='')
    att = attach(data, CT_XLSX, fname, 'gmail', extra=[('X-Attachment-Id', 'f_hb' + h(seed)[:7])])
    att.headers = [att.headers[0], att.headers[2], att.headers[1], att.headers[3]]
    root = Multi('mixed', [alt, att], bnd('gmail', seed, 0), preamble='')
    root.headers = [('Content-Type', 'multipart/mixed; boundary=%s' % root.boundary)]
    alt.headers = [('Content-Type', 'multipart/alternative; boundary=%s' % alt.boundary)]
    return Mail('gmail', ('Олена Ковальчук', 'olena.kovalchuk.cn@gmail.com'), 'інформація ГУЕ по Плану відкритості',
                '2012-12-14 19:47:12', root, relay='mail-wg0-f54.google.com', ip='203.0.113.54')


KEY = {
    "class": "personal_address", "executor": "rda-ripky", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A ukr.net box; the district appears only in the genitive in the heading and the signature, the addressee УВП in the dative; a table pasted from Word numbers the measures «1.», «6.», «7.», with «—», «+», «немає» rows.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@mail('pa02_ripky', KEY)
def _():
    seed = 'pa02'
    rows = [['№ заходу', 'Інформація'],
            ['1.', 'Інформаційне наповнення офіційного веб-сайту РДА здійснюється відповідно до Закону України «Про '
                   'доступ до публічної інформації»; у квітні створено підрозділ «Регуляторна політика» з проектами '
                   'регуляторних актів.'],
            ['6.', 'Проведено громадські слухання щодо проекту Програми розвитку освіти Ріпкинського району на '
                   '2013–2016 роки (19.03.2013), засідання круглого столу з підприємцями щодо ставок єдиного податку '
                   '(16.05.2013).'],
            ['7.', '—'],
            ['9.', 'Члени громадської ради при РДА взяли участь в обговоренні проекту розпорядження голови РДА «Про '
                   'заходи щодо благоустрою населених пунктів району у 2013 році».'],
            ['10.', '+'],
            ['12.', 'немає']]
    head = ['Доброго дня!', '',
            'Управлінню з питань внутрішньої політики та зв’язків з громадськістю облдержадміністрації', '',
            'Інформація Ріпкинської районної державної адміністрації про виконання Плану заходів з підвищення рівня '
            'відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року:']
    sig = ['Відділ організаційної роботи та інформаційної діяльності апарату Ріпкинської райдержадміністрації',
           'Ганна Сидоренко']
    plain = '\n'.join(head) + '\n\n' + plain_table(rows) + '\n\n' + '\n'.join(sig) + '\n'
    html = ('<div>' + '</div><div>'.join(escape(l) if l else '&nbsp;' for l in head) + '</div>' +
            mso_table(rows, widths=[50, 420]).replace('class=MsoNormal', 'style="margin:0"') +
            '<div>&nbsp;</div><div>' + '</div><div>'.join(escape(l) for l in sig) + '</div>')
    root = Multi('alternative', [text(plain, 'plain', 'UTF-8', 'base64', quoted_cs=False),
                                 text(html, 'html', 'UTF-8', 'base64', quoted_cs=False)], bnd('ukrnet', seed),
                 preamble='')
    return Mail('ukrnet', ('ripky_vnutr', 'ripky.vnutr@ukr.net'), 'Ріпкинська РДА -  інформація (відкритий уряд)',
                '2013-06-14 16:06:51', root, relay='frv34.fwdcdn.com', ip='203.0.113.134')


KEY = {
    "class": "personal_address", "executor": "su-sluzhba-ditei", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "An i.ua box; the service is named in the genitive («служби у справах дітей облдержадміністрації») beside the addressee УВП; the .doc table puts each measure's number inside its quoted wording («6. Налагодити …»), answers in the next cell.",
    "items": [{"measure": 1, "source": "Служба_у_справах_дітей_ІІ_півр.doc"},
              {"measure": 6, "source": "Служба_у_справах_дітей_ІІ_півр.doc"},
              {"measure": 8, "source": "Служба_у_справах_дітей_ІІ_півр.doc"}],
}


@mail('pa03_sluzhba_ditei', KEY)
def _():
    seed = 'pa03'
    fname = 'Служба_у_справах_дітей_ІІ_півр.doc'
    ans = {1: 'На офіційному веб-сайті служби створено розділ «Усиновлення», оновлено відомості про дітей, які можуть '
              'бути усиновлені (без персональних даних), розміщено звіт про роботу служби за 9 місяців 2013 року.',
           2: '—',
           6: 'Проведено консультації з громадськістю щодо проекту регіональної програми «Дитинство» на 2014–2017 '
              'роки: засідання за круглим столом з представниками громадських організацій (24.10.2013) та опитування '
              'прийомних батьків (опитано 54 сім’ї).',
           7: 'не проводились',
           8: 'Голова комітету з питань соціальної політики Громадської ради при облдержадміністрації Іваненко С.П. з '
              'жовтня 2013 року входить до складу колегії служби (наказ від 03.10.2013 № 77).',
           9: 'х', 12: '—'}
    rows = [['Зміст заходу', 'Інформація про виконання']]
    for m in [1, 2, 6, 7, 8, 9, 12]:
        rows.append(['%d. %s' % (m, MEASURE_TEXT[m]), ans[m]])
    doc = doc_html('pa03_sluzhba_ditei', 'doc',
                   '<p align="center"><b>Інформація служби у справах дітей облдержадміністрації про виконання Плану '
                   'заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ '
                   'півріччя 2013 року</b></p>' + html_table(rows, widths=['50%', '50%']) +
                   '<p>&nbsp;</p><p>Начальник служби&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                   'Т.В. Кирієнко</p>', title='Інформація', author='Ткач')
    body = ('Добрий день!\r\n\r\nНадсилаю на адресу управління з питань внутрішньої політики та зв’язків з '
            'громадськістю облдержадміністрації інформацію служби у справах дітей облдержадміністрації про виконання '
            'Плану заходів за ІІ півріччя (з особистої пошти, бо в службі не працює інтернет).\r\n\r\n'
            'Марина Ткач, головний спеціаліст служби у справах дітей ОДА\r\n')
    root = Multi('mixed', [text(body, 'plain', 'windows-1251', 'base64'),
                           attach(doc, CT_DOC, fname, 'win1251-b')], bnd('iua', seed), preamble='')
    return Mail('iua', ('Марина Ткач', 'tkach.maryna@i.ua'), 'Служба у справах дітей - План відкритості',
                '2013-12-06 11:31:52', root, relay='mx.i.ua', ip='198.51.100.114')


KEY = {
    "class": "personal_address", "executor": "su-kapbud", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Sent from the registered box of the urban-planning department on behalf of the capital-construction department, which is named only in the body (genitive) and in the PDF; the PDF table rows read «Захід 1» … «Захід 12», and 2 counts because the information was sent for the rubric.",
    "items": [{"measure": 1, "source": "УКБ_інформація_І_півр_2013.pdf"},
              {"measure": 2, "source": "УКБ_інформація_І_півр_2013.pdf"},
              {"measure": 6, "source": "УКБ_інформація_І_півр_2013.pdf"},
              {"measure": 12, "source": "УКБ_інформація_І_півр_2013.pdf"}],
}


@mail('pa04_kapbud', KEY)
def _():
    seed = 'pa04'
    fname = 'УКБ_інформація_І_півр_2013.pdf'
    rows = [['Захід Плану', 'Виконання'],
            ['Захід 1', 'На офіційному веб-сайті управління розміщено перелік об’єктів будівництва, що фінансуються з '
                        'обласного бюджету у 2013 році, та інформацію про хід їх будівництва; розділ «Публічна '
                        'інформація» оновлено.'],
            ['Захід 2', 'Інформацію про хід виконання Програми будівництва (реконструкції) об’єктів соціальної сфери '
                        'надано для розміщення в рубриці «Хід виконання цільових програм» (лист від 10.04.2013 '
                        '№ 03-08/612).'],
            ['Захід 6', 'Проведено громадське обговорення проекту реконструкції стадіону ім. Гагаріна в м. Чернігові '
                        '(публічне представлення 25.04.2013, 71 учасник).'],
            ['Захід 8', 'не проводились'],
            ['Захід 12', 'Громадська експертиза діяльності управління у сфері закупівель проведена ГО '
                         '«Антикорупційний комітет Чернігівщини»; за її результатами розроблено план заходів з '
                         'реалізації 4 пропозицій (наказ від 28.05.2013 № 41).']]
    pdf = doc_html('pa04_kapbud', 'pdf',
                   '<p align="center"><b>УПРАВЛІННЯ КАПІТАЛЬНОГО БУДІВНИЦТВА<br>ЧЕРНІГІВСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ '
                   'АДМІНІСТРАЦІЇ</b></p><p align="center"><b>Інформація</b><br>про виконання Плану заходів з '
                   'підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя '
                   '2013 року</p>' + html_table(rows, widths=['18%', '82%']) +
                   '<p>&nbsp;</p><p>Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                   '&nbsp;&nbsp;В.А. Гриценко</p><p><small>Петренко 67-44-92</small></p>',
                   title='Інформація УКБ', author='Петренко')
    plain = ('Добрий день!\n\nНа прохання управління капітального будівництва облдержадміністрації (у них не працює '
             'електронна пошта) надсилаємо їхню інформацію про виконання Плану заходів з підвищення рівня відкритості '
             'та прозорості за І півріччя 2013 року для управління з питань внутрішньої політики та зв’язків з '
             'громадськістю облдержадміністрації.\nПитання щодо змісту – до Петренка І.В., УКБ, тел. 67-44-92.\n\n'
             'З повагою\nДіденко Л.О., сектор документообігу\nУправління містобудування та архітектури '
             'облдержадміністрації\n')
    root = Multi('mixed', [ol_alt(seed, plain, mso_paras(plain.rstrip()), ver='12'),
                           attach(pdf, CT_PDF, fname, 'outlook')], bnd('outlook', seed, 0))
    return Mail('ol2007uk', ('Управління містобудування та архітектури', 'mistobuduvannia@example.gov.ua'),
                'Інформація управління капітального будівництва ОДА', '2013-06-13 11:20:15', root)


KEY = {
    "class": "personal_address", "executor": "rda-novhorod-siverskyi", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "A meta.ua box in windows-1251; the district appears in the genitive in the heading and the signature, the addressee УВП in the dative; a tab-separated table pasted from Excel numbers rows 1–6 beside «п. 6 Плану»-style cells.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 7, "source": "body"},
              {"measure": 10, "source": "body"}],
}


@mail('pa05_novhorod_siverskyi', KEY)
def _():
    seed = 'pa05'
    rows = [['№', 'Пункт Плану', 'Інформація про виконання'],
            ['1', 'п. 1 Плану', 'Офіційний веб-сайт РДА наповнюється згідно з вимогами законодавства, створено розділ '
                                '«Громадські обговорення», розміщено 19 проектів розпоряджень'],
            ['2', 'п. 6 Плану', 'Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (10.12.2013) '
                                'та зустрічі з мешканцями 4 сіл щодо реорганізації фельдшерсько-акушерських пунктів'],
            ['3', 'п. 7 Плану', 'До складу районної ради з питань розвитку туризму включено 2 представників ГО '
                                '«Сіверщина туристична»'],
            ['4', 'п. 9 Плану', '—'],
            ['5', 'п. 10 Плану', 'На засіданні громадської ради 22.10.2013 створено комісію з питань відкритості та '
                                 'прозорості діяльності РДА (5 осіб) відповідно до рекомендації райдержадміністрації'],
            ['6', 'п. 12 Плану', 'не проводились']]
    body = ('Доброго дня!\n\n'
            'Управлінню з питань внутрішньої політики та зв’язків з громадськістю Чернігівської облдержадміністрації\n\n'
            'Інформація Новгород-Сіверської райдержадміністрації щодо виконання Плану заходів з підвищення рівня '
            'відкритості за ІІ півріччя 2013 року (з особистої пошти – службова не працює):\n\n' +
            plain_table(rows) + '\n\n'
            'Головний спеціаліст відділу з питань внутрішньої політики апарату Новгород-Сіверської '
            'райдержадміністрації\nВіктор Лисенко\n')
    root = text(body, 'plain', 'windows-1251', '8bit')
    return Mail('meta', ('Віктор Лисенко', 'lysenko_vp@meta.ua'), 'звіт Новгород-Сіверської РДА',
                '2013-12-13 15:15:21', root, relay='webmail.meta.ua', ip='198.51.100.221')


# ----------------------------------------------------------------------------------------- mx

KEY = {
    "class": "mixed", "executor": "rda-korop", "period": 1, "late": False,
    "kind": "report", "reason": None,
    "note": "A Thunderbird forward-as-attachment (message/rfc822) of the district's own letter that had bounced from a mistyped address two days earlier: the report is delivered now and counts whole, from the .xls inside the forwarded message.",
    "items": [{"measure": 1, "source": "Короп_РДА_відкритість_2012.xls"},
              {"measure": 6, "source": "Короп_РДА_відкритість_2012.xls"},
              {"measure": 7, "source": "Короп_РДА_відкритість_2012.xls"},
              {"measure": 9, "source": "Короп_РДА_відкритість_2012.xls"},
              {"measure": 12, "source": "Короп_РДА_відкритість_2012.xls"}],
}


@mail('mx01_korop', KEY)
def _():
    seed = 'mx01'
    xname = 'Короп_РДА_відкритість_2012.xls'
    rows = [['№ п/п', 'Пункт Плану', 'Інформація про виконання'],
            [1, '1', 'Офіційний веб-сайт РДА оновлено: створено рубрику «Громадська рада», розміщуються проекти '
                     'розпоряджень та звіти про виконання районного бюджету.'],
            [2, '6', 'Проведено 3 консультації з громадськістю (громадські слухання щодо проекту районного бюджету на '
                     '2013 рік 30.11.2012; зустрічі з мешканцями смт Понорниця та с. Вишеньки).'],
            [3, '7', 'Представників ГО «Коропщина» включено до складу районної комісії з питань техногенно-екологічної '
                     'безпеки і надзвичайних ситуацій.'],
            [4, '9', 'Члени громадської ради залучались до обговорення проекту районної Програми розвитку культури на '
                     '2013–2015 роки.'],
            [5, '10', '+'],
            [6, '12', 'Громадські експертизи не проводились, звернень інститутів громадянського суспільства щодо їх '
                      'проведення не надходило.']]
    xls = sheet_csv('mx01_korop', 'xls', rows)
    inner_body = ('Добрий день!\n\nНадсилаємо інформацію Коропської райдержадміністрації про виконання Плану заходів '
                  'з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (таблиця у '
                  'вкладенні).\n\n-- \nЗ повагою,\nПилипенко Наталія\nвідділ організаційної роботи апарату Коропської '
                  'РДА\n(04656) 2-14-81\n')
    inner_root = Multi('mixed', [text(inner_body, 'plain', 'UTF-8', '8bit', flowed=True, quoted_cs=False),
                                 attach(xls, CT_XLS, xname, 'tb')], bnd('tb', seed + 'inner'),
                       preamble='This is a multi-part message in MIME format.')
    inner = Mail('tb', ('Коропська РДА', 'rda-korop@example.gov.ua'),
                 'Інформація Коропської РДА про виконання Плану заходів', '2012-12-12 16:05:11', inner_root,
                 to=[('', 'uvp@cg.ukrtel.com')], received=False).bytes(seed + 'inner')
    body = ('Доброго дня!\n\nПересилаю наш лист від 12.12 – його було надіслано на помилкову адресу '
            'uvp@cg.ukrtel.com, і він повернувся. Вибачте.\n\n-- \nЗ повагою,\nПилипенко Наталія\nвідділ '
            'організаційної роботи апарату Коропської РДА\n(04656) 2-14-81\n')
    root = Multi('mixed', [text(body, 'plain', 'UTF-8', '8bit', flowed=True, quoted_cs=False),
                           rfc822(inner, 'Інформація Коропської РДА про виконання Плану заходів.eml', 'tb', cte='8bit')],
                 bnd('tb', seed), preamble='This is a multi-part message in MIME format.')
    return Mail('tb', ('Коропська РДА', 'rda-korop@example.gov.ua'),
                'Fwd: Інформація Коропської РДА про виконання Плану заходів', '2012-12-14 09:26:03', root)


KEY = {
    "class": "mixed", "executor": "rda-nizhyn", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "A correction typed above an Outlook «-----Original Message-----» quote of the district's own letter of 10.06: only the corrected 9 and the added 10 count; the quoted tab table (1, 6, 7, 9) and «Решта інформації – без змін» do not.",
    "items": [{"measure": 9, "source": "body"},
              {"measure": 10, "source": "body"}],
}


@mail('mx02_nizhyn', KEY)
def _():
    seed = 'mx02'
    old = ['Добрий день!',
           'Інформація Ніжинської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та '
           'прозорості діяльності виконавчої влади в області за І півріччя 2013 року (вих. № 02-08/1441 від '
           '10.06.2013):', '',
           'п. 1\tофіційний веб-сайт РДА наповнюється відповідно до вимог законодавства, створено розділ «Громадське '
           'обговорення»',
           'п. 6\tпроведено 3 консультації з громадськістю (громадські слухання щодо проекту районного бюджету, зустрічі '
           'з мешканцями сіл Крути та Талалаївка)',
           'п. 7\tпредставників 2 ГО включено до складу районної ради з питань безпеки дорожнього руху',
           'п. 9\tчлени громадської ради залучались до обговорення проекту Програми розвитку туризму на 2013–2015 роки',
           'п. 10\tне проводились',
           'п. 12\t—', '',
           'З повагою', 'Левченко О.М.', 'відділ організаційної роботи апарату Ніжинської РДА']
    new = ['Добрий день!', '',
           'Просимо врахувати уточнення до інформації Ніжинської РДА від 10.06.2013 № 02-08/1441:',
           '- у п. 9 помилково вказано проект Програми розвитку туризму, слід читати: «Члени громадської ради при РДА '
           'залучались до обговорення проекту розпорядження голови РДА «Про затвердження районної Програми розвитку '
           'малого підприємництва на 2013–2014 роки» (засідання громадської ради 28.05.2013)»;',
           '- доповнюємо п. 10: на засіданні громадської ради 28.05.2013 утворено комісію з питань відкритості та '
           'прозорості діяльності райдержадміністрації (протокол № 4).',
           'Решта інформації – без змін.', '',
           'З повагою', 'Левченко О.М.', 'відділ організаційної роботи апарату Ніжинської РДА', '(04631) 2-15-77']
    quote = ['', '-----Original Message-----',
             'From: rda-nizhyn@example.gov.ua [mailto:rda-nizhyn@example.gov.ua] ',
             'Sent: Monday, June 10, 2013 2:17 PM', 'To: uvp@cg.ukrtel.net',
             'Subject: інформація Ніжинської РДА (План заходів)', '']
    body = '\n'.join(new + quote + old) + '\n'
    root = text(body, 'plain', 'windows-1251', 'quoted-printable')
    return Mail('ol2003en', ('Levchenko', 'rda-nizhyn@example.gov.ua'),
                'Уточнення: інформація Ніжинської РДА (План заходів)', '2013-06-14 08:49:37', root)


KEY = {
    "class": "mixed", "executor": "rda-bobrovytsia", "period": 3, "late": False,
    "kind": "report", "reason": None,
    "note": "The cover note reports the website itself (1) and only points «пп. 6, 7, 9, 12» to the table; the .docx table answers 6, 7 and 12 and has a dash under 9.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "Бобровиця_таблиця_ІІ_півріччя.docx"},
              {"measure": 7, "source": "Бобровиця_таблиця_ІІ_півріччя.docx"},
              {"measure": 12, "source": "Бобровиця_таблиця_ІІ_півріччя.docx"}],
}


@mail('mx03_bobrovytsia', KEY)
def _():
    seed = 'mx03'
    fname = 'Бобровиця_таблиця_ІІ_півріччя.docx'
    rows = [['Пункт Плану', 'Інформація'],
            ['6', 'Проведено громадські слухання щодо проекту районного бюджету на 2014 рік (03.12.2013) та опитування '
                  'підприємців щодо роботи центру надання адміністративних послуг (опитано 84 особи).'],
            ['7', 'До складу районної ради з питань безпеки дорожнього руху включено представника громадської ради при '
                  'РДА.'],
            ['9', '—'],
            ['12', 'Громадську антикорупційну експертизу проекту розпорядження «Про затвердження Порядку надання в '
                   'оренду майна спільної власності територіальних громад району» проведено ГО «Бобровицька правова '
                   'ініціатива», 2 пропозиції враховано.']]
    docx = doc_html('mx03_bobrovytsia', 'docx', '<p><b>Бобровицька РДА – інформація за ІІ півріччя 2013 року</b></p>' +
                    html_table(rows, widths=['15%', '85%']), title='Таблиця', author='Бобровицька РДА')
    plain = ('Добрий день!\n\nНадсилаємо інформацію Бобровицької райдержадміністрації про виконання Плану заходів за '
             'ІІ півріччя 2013 року. Інформацію щодо пп. 6, 7, 9, 12 наведено в таблиці (додається).\n\n'
             'Щодо п. 1 повідомляємо: у жовтні 2013 року офіційний веб-сайт райдержадміністрації переведено на новий '
             'хостинг, створено розділ «Звернення громадян» з можливістю надіслати електронне звернення, оновлено '
             'розділ «Доступ до публічної інформації».\n\n'
             'З повагою\nЮрченко Марія\nвідділ організаційної роботи апарату Бобровицької РДА\n(04632) 2-11-59\n')
    root = Multi('mixed', [ol_alt(seed, plain, mso_paras(plain.rstrip())),
                           attach(docx, CT_DOCX, fname, 'outlook')], bnd('outlook', seed, 0))
    return Mail('ol2010uk', ('Юрченко Марія', 'rda-bobrovytsia@example.gov.ua'),
                'Бобровицька РДА - інформація за ІІ півріччя 2013 (План заходів)', '2013-12-12 14:04:58', root)


KEY = {
    "class": "mixed", "executor": "rda-kulykivka", "period": 2, "late": False,
    "kind": "report", "reason": None,
    "note": "Two attachments: a transposed .xlsx (quarters as rows, measures as columns) whose 10 cell only says «див. протокол, що додається», and a PDF council protocol with its own agenda numbers 1.–3. that itself records the draft's discussion (9) and the commission's creation (10).",
    "items": [{"measure": 1, "source": "Куликівка_ВУ_І_півр_2013.xlsx"},
              {"measure": 6, "source": "Куликівка_ВУ_І_півр_2013.xlsx"},
              {"measure": 7, "source": "Куликівка_ВУ_І_півр_2013.xlsx"},
              {"measure": 9, "source": "Протокол ГР №4 від 28.05.2013.pdf"},
              {"measure": 10, "source": "Протокол ГР №4 від 28.05.2013.pdf"},
              {"measure": 12, "source": "Куликівка_ВУ_І_півр_2013.xlsx"}],
}


@mail('mx04_kulykivka', KEY)
def _():
    seed = 'mx04'
    xname = 'Куликівка_ВУ_І_півр_2013.xlsx'
    pname = 'Протокол ГР №4 від 28.05.2013.pdf'
    B = lambda v, **k: dict(v=v, b=True, **k)
    rows = [[B('Куликівська райдержадміністрація: виконання Плану заходів з підвищення рівня відкритості та '
               'прозорості (І півріччя 2013 р.)', cs=7)] + [None] * 6,
            [B(''), B('п. 1'), B('п. 6'), B('п. 7'), B('п. 9'), B('п. 10'), B('п. 12')],
            ['І квартал 2013 р.', 'Оновлено рубрику «Регуляторна політика» офіційного веб-сайту РДА',
             'Громадські слухання щодо проекту районного бюджету на 2013 рік зі змінами (26.02.2013)', '—', '—', '—',
             '—'],
            ['ІІ квартал 2013 р.', 'без змін',
             'Зустрічі з мешканцями сіл Вересоч та Салтикова Дівиця щодо ремонту доріг (квітень 2013 р.)',
             'До складу районної координаційної ради з питань розвитку фізичної культури і спорту включено 2 '
             'представників громадських організацій', '—', 'див. протокол, що додається',
             'ГО «Куликівська громада» проведено громадську експертизу діяльності відділу житлово-комунального '
             'господарства РДА, за результатами розроблено план заходів щодо реалізації 5 пропозицій (розпорядження від '
             '20.05.2013 № 117)']]
    xlsx = sheet_fods('mx04_kulykivka', 'xlsx', [{'name': 'Лист1', 'rows': rows,
                                                  'widths': [3, 4, 5, 5, 1.5, 3, 6]}])
    proto = ('<p align="center"><b>ПРОТОКОЛ № 4</b><br>засідання громадської ради при Куликівській районній державній '
             'адміністрації</p><p>смт Куликівка&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
             '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;28 травня 2013 року</p>'
             '<p>Присутні: 11 членів громадської ради (із 15); запрошені: заступник голови райдержадміністрації '
             'Мисник В.П., начальник відділу культури і туризму РДА Гетьман Л.О.</p>'
             '<p><b>ПОРЯДОК ДЕННИЙ:</b></p>'
             '<p>1. Про проект розпорядження голови райдержадміністрації «Про затвердження районної програми розвитку '
             'культури на 2013–2015 роки».</p>'
             '<p>2. Про утворення комісії з питань відкритості та прозорості діяльності райдержадміністрації.</p>'
             '<p>3. Різне.</p>'
             '<p>1. СЛУХАЛИ: Гетьман Л.О. – про проект програми розвитку культури.</p>'
             '<p>ВИСТУПИЛИ: Бабич Н.В., Дорош І.М., Кравець О.С. – запропонували передбачити кошти на ремонт сільських '
             'клубів у селах Авдіївка та Грабів.</p>'
             '<p>ВИРІШИЛИ: схвалити проект розпорядження з урахуванням пропозицій членів громадської ради (3 пропозиції '
             'додаються).</p>'
             '<p>2. СЛУХАЛИ: Коваля О.І. – голову громадської ради – про рекомендацію райдержадміністрації (лист від '
             '15.04.2013 № 01-15/402) утворити у складі громадської ради комісію з питань відкритості та '
             'прозорості.</p>'
             '<p>ВИРІШИЛИ: утворити комісію з питань відкритості та прозорості діяльності райдержадміністрації у складі '
             '4 осіб; головою комісії обрати Бабич Н.В.</p>'
             '<p>Голосували: «за» – 11, «проти» – 0, «утримались» – 0.</p><p>&nbsp;</p>'
             '<p>Голова громадської ради&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;О.І. Коваль</p>'
             '<p>Секретар&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
             '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Т.М. Зінченко</p>')
    pdf = doc_html('mx04_kulykivka', 'pdf', proto, title='Протокол № 4', author='Зінченко')
    plain = ('Добрий день!\n\nНадсилаємо інформацію Куликівської РДА про виконання Плану заходів за І півріччя 2013 року '
             'та протокол засідання громадської ради при РДА від 28.05.2013 № 4.\n\nЗ повагою\nСтепаненко Ірина\n'
             'сектор з питань внутрішньої політики Куликівської РДА\n(04643) 2-10-52\n')
    root = Multi('mixed', [ol_alt(seed, plain, mso_paras(plain.rstrip()), ver='12'),
                           attach(xlsx, CT_XLSX, xname, 'outlook'),
                           attach(pdf, CT_PDF, pname, 'outlook')], bnd('outlook', seed, 0))
    return Mail('ol2007uk', ('Степаненко Ірина', 'rda-kulykivka@example.gov.ua'),
                'Куликівська РДА: інформація + протокол ГР', '2013-06-12 13:38:26', root)


KEY = {
    "class": "mixed", "executor": "rda-chernihiv", "period": 1, "late": True,
    "kind": "report", "reason": None,
    "note": "A letter sent by a CDO script as Word HTML with an inline coat-of-arms image (multipart/related); the HTML part is labelled iso-8859-1 while its bytes and its own <meta> are windows-1251; rows «Захід 1» … «Захід 12» beside a running «№ п/п»; two days late.",
    "items": [{"measure": 1, "source": "body"},
              {"measure": 6, "source": "body"},
              {"measure": 9, "source": "body"}],
}


@mail('mx05_chernihiv', KEY)
def _():
    seed = 'mx05'
    cid = 'image001.png@01CDDC3F.5A2B1C40'
    rows = [['№ п/п', 'Номер заходу Плану', 'Виконання'],
            ['1', 'Захід 1', 'Офіційний веб-сайт РДА приведено до вимог законодавства, створено розділи «Громадська '
                             'рада» та «Консультації з громадськістю».'],
            ['2', 'Захід 6', 'Проведено громадські слухання щодо проекту районного бюджету на 2013 рік (06.12.2012) та '
                             'зустріч з мешканцями с. Киїнка щодо будівництва каналізаційних очисних споруд.'],
            ['3', 'Захід 7', '—'],
            ['4', 'Захід 9', 'Члени громадської ради залучені до обговорення проекту Програми соціально-економічного '
                             'розвитку району на 2013 рік.'],
            ['5', 'Захід 10', 'х'],
            ['6', 'Захід 12', 'не проводились']]
    inner = ('<p class=MsoNormal align=center style=\'text-align:center\'><img width=40 height=56 '
             'src="cid:%s" alt="Герб"><o:p></o:p></p>' % cid +
             '<p class=MsoNormal align=center style=\'text-align:center\'><b>ЧЕРНІГІВСЬКА РАЙОННА ДЕРЖАВНА '
             'АДМІНІСТРАЦІЯ</b><o:p></o:p></p>' + mso_p('') + mso_p('17.12.2012 № 01-18/2950') + mso_p('') +
             mso_p(UVP_DATIVE) + mso_p('') + '<p class=MsoNormal><b>Про виконання Плану заходів</b><o:p></o:p></p>' +
             mso_p('') + mso_p('Інформація Чернігівської райдержадміністрації про виконання Плану заходів з підвищення '
                               'рівня відкритості та прозорості діяльності виконавчої влади в області (подається із '
                               'запізненням у зв’язку з відрядженням відповідальної особи):') + mso_p('') +
             mso_table(rows, widths=[40, 80, 350]) + mso_p('') +
             mso_p('Голова райдержадміністрації                                   А.В. Бойко'))
    html = word_html(inner, 'windows-1251', '11')
    png = tiny_png(40, 56, [(0, 87, 184), (0, 87, 184), (255, 215, 0)])
    root = Multi('related', [text(html, 'html', 'windows-1251', 'quoted-printable', ct_charset='iso-8859-1'),
                             attach(png, 'image/png', 'image001.png', 'ascii', disposition='inline', inline_cid=cid)],
                 bnd('outlook', seed, 0), extra_ct='\r\n\ttype="text/html";')
    return Mail('cdo', ('Чернігівська РДА', 'rda-chernihiv@example.gov.ua'),
                'Лист Чернігівської РДА від 17.12.2012 № 01-18/2950', '2012-12-17 10:44:29', root,
                mid_domain='rda-srv01')



# ===== END OF MAILS =====


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

def period_of(d):
    if d < APPROVED:
        return None, False
    for i, dl in enumerate(DEADLINES, 1):
        if d <= dl:
            return i, False
        if d <= dl + dt.timedelta(days=GRACE_DAYS):
            return i, True
    return None, False


def decoded_name(part):
    fn = part.get_filename()
    if fn and '=?' in fn:
        fn = str(make_header(decode_header(fn)))
    return fn


def attachment_names(msg):
    names = []
    for part in msg.walk():
        fn = decoded_name(part)
        if fn:
            names.append(fn)
    return names


def check(name, key, raw):
    errs = []
    prefix = name[:2]
    if key.get('class') != CLASSES.get(prefix):
        errs.append('class %r does not match prefix %r' % (key.get('class'), prefix))
    if key.get('executor') not in EXECUTORS:
        errs.append('executor %r is not a plan.toml id' % key.get('executor'))
    for f in ('class', 'executor', 'period', 'late', 'kind', 'reason', 'note', 'items'):
        if f not in key:
            errs.append('key lacks ' + f)
    its = key.get('items', [])
    pairs = [(i['measure'], i['source']) for i in its]
    if pairs != sorted(pairs):
        errs.append('items not sorted')
    if len(set(pairs)) != len(pairs):
        errs.append('items not unique')
    for m, s in pairs:
        if not (isinstance(m, int) and 1 <= m <= 15):
            errs.append('measure %r out of 1-15' % m)
    if key.get('kind') == 'not_report':
        if its:
            errs.append('not_report with items')
        if key.get('reason') not in REASONS:
            errs.append('bad reason %r' % key.get('reason'))
        if key.get('class') != 'not_report':
            errs.append('kind not_report outside class not_report')
    else:
        if key.get('kind') != 'report' or key.get('reason') is not None:
            errs.append('a report needs kind "report" and reason null')
        if not its:
            errs.append('a report without items')
    if raw.count(b'\n') != raw.count(b'\r\n'):
        errs.append('bare LF in the .eml')
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for hname in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'Received'):
        if msg[hname] is None:
            errs.append('no %s header' % hname)
    date = email.utils.parsedate_to_datetime(msg['Date']).astimezone(KYIV)
    if not (2012 <= date.year <= 2013):
        errs.append('Date outside 2012-2013')
    top = msg.get_all('Received')[0]
    rdate = email.utils.parsedate_to_datetime(top.rsplit(';', 1)[1].strip()).astimezone(KYIV)
    delta = (rdate - date).total_seconds()
    if not (0 < delta <= 60 and rdate.date() == date.date()):
        errs.append('top Received is not a few seconds after Date on the same Kyiv day')
    per, late = period_of(date.date())
    if (per, late) != (key.get('period'), key.get('late')):
        errs.append('period/late %r/%r but the Date gives %r/%r' % (key.get('period'), key.get('late'), per, late))
    tos = [a.lower() for _, a in email.utils.getaddresses([str(msg['To'])])]
    if MAILBOX not in tos:
        errs.append('To is not the mailbox')
    frm = email.utils.getaddresses([str(msg['From'])])[0][1].lower()
    registered = {a: e for e, al in EXECUTORS.items() for a in al}
    if frm.endswith('example.gov.ua') or frm.endswith('example.org.ua'):
        if frm not in registered:
            errs.append('From %s looks registered but is not in plan.toml' % frm)
        elif key['class'] != 'personal_address' and registered[frm] != key['executor']:
            errs.append('From %s belongs to %s, key says %s' % (frm, registered[frm], key['executor']))
    elif key['class'] not in ('personal_address',):
        errs.append('private box outside personal_address: ' + frm)
    if key['class'] == 'personal_address' and frm in registered and registered[frm] == key['executor']:
        errs.append('personal_address mail sent from the executor\'s own box')
    names = attachment_names(msg)
    for m, s in pairs:
        if s != 'body' and s not in names:
            errs.append('source %r is not an attachment of the mail (%r)' % (s, names))
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart' or part.get_content_type() == 'message/rfc822':
            continue
        payload = part.get_payload(decode=True) or b''
        fn = decoded_name(part)
        if fn and len(payload) >= MAX_ATT:
            errs.append('attachment %s is %d bytes' % (fn, len(payload)))
        if fn and fn.lower().endswith('.pdf') and shutil.which('pdftotext'):
            p = subprocess.run(['pdftotext', '-', '-'], input=payload, capture_output=True)
            if len(p.stdout.decode('utf-8', 'replace').split()) < 10:
                errs.append('PDF %s has no text layer' % fn)
    return errs


def main():
    load_plan()
    only_check = '--check' in sys.argv
    names = [n for n, _, _ in MAILS]
    assert len(names) == len(set(names))
    problems = 0
    for name, key, fn in MAILS:
        path = os.path.join(HERE, name + '.eml')
        if not only_check:
            raw = fn().bytes(name)
            with open(path, 'wb') as f:
                f.write(raw)
            with open(os.path.join(HERE, name + '.expected.json'), 'w', encoding='utf-8') as f:
                json.dump(key, f, ensure_ascii=False, indent=2)
                f.write('\n')
        with open(path, 'rb') as f:
            raw = f.read()
        errs = check(name, key, raw)
        for e in errs:
            print('%s: %s' % (name, e))
        problems += len(errs)
    counts = {}
    for name, key, _ in MAILS:
        counts[name[:2]] = counts.get(name[:2], 0) + 1
    measures = {i['measure'] for _, k, _ in MAILS for i in k['items']}
    if len(MAILS) != 40 or any(v != 5 for v in counts.values()) or set(counts) != set(CLASSES):
        print('want 40 mails, 5 per class; have', len(MAILS), counts)
        problems += 1
    missing = set(range(1, 16)) - measures
    if missing:
        print('measures never a real item:', sorted(missing))
        problems += 1
    n_items = sum(len(k['items']) for _, k, _ in MAILS)
    print('%d mails, %d items, %d problems' % (len(MAILS), n_items, problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
