#!/usr/bin/env python3
"""make.py — builds the "census" corpus: 40 report e-mails to uvp@cg.ukrtel.net with
hand-written keys.  Python 3 standard library only; LibreOffice (soffice) is called once per
office attachment and the result is kept in attachments/, so a rerun is byte-identical.

Every message is assembled by hand (header order, charsets, transfer encodings, boundaries).
Each key is a literal KEY written above its builder; make.py only checks keys, never
computes them from the mail.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import json
import os
import shutil
import subprocess
import sys
import zoneinfo

HERE = os.path.dirname(os.path.abspath(__file__))
ATT = os.path.join(HERE, "attachments")
WORK = "/tmp/census-work"
KYIV = zoneinfo.ZoneInfo("Europe/Kyiv")
MAILBOX = "uvp@cg.ukrtel.net"
CLASSES = {"ph": "placeholder", "bp": "bottom_post", "nr": "not_report", "rg": "ranges",
           "pr": "prose", "fn": "foreign_numbers", "pa": "personal_address", "mx": "mixed"}
REASONS = {None, "question", "invitation", "thanks", "announcement", "extension_request", "promise"}

# Plan texts (verbatim from plan-uk.txt), used where a reply quotes zvit's reminder/receipt.
M = {
 1: "З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.",
 5: "Забезпечити організацію роботи «гарячої лінії» голови обласної державної адміністрації.",
 6: "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
 7: "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.",
 8: "Ввести голів відповідних комітетів Громадської ради при облдержадміністрації (за згодою) до складу колегій структурних підрозділів облдержадміністрації, за необхідності внести зміни до відповідних положень про структурні підрозділи облдержадміністрації.",
 9: "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень згідно вимог постанови Кабінету Міністрів України від 03.11.2010 № 996 «Про забезпечення участі громадськості у формуванні та реалізації державної політики».",
 10: "Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.",
 12: "Сприяти проведенню інститутами громадянського суспільства громадських експертиз діяльності органів виконавчої влади, громадських антикорупційних експертиз проектів нормативно-правових актів та забезпечити розробку та виконання заходів для реалізації експертних пропозицій.",
}
OFFICE = "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації"
PLAN_T = "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“»"


def reminder(executor, deadline, today, missing, overdue=False):
    """zvit's reminder text, as the template renders it (quoted by replies)."""
    if overdue:
        first = f"Нагадуємо, що {deadline} минув термін подання інформації про виконання {PLAN_T} (пункт 16 плану)."
    else:
        first = f"Нагадуємо, що відповідно до пункту 16 {PLAN_T} інформацію про його виконання необхідно надати до {deadline} на адресу електронної пошти {MAILBOX}."
    out = ["Шановні колеги!", "", first, "",
           f"Станом на {today} від {executor} не надійшла інформація за звітний період щодо таких пунктів плану:", ""]
    for n in missing:
        out += [f"  {n}. {M[n]}", ""]
    out += ["Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.",
            "", "Просимо надати інформацію невідкладно." if overdue else "Просимо дотримуватися встановленого терміну.", "",
            "Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.",
            "", "З повагою", OFFICE]
    return "\n".join(out)


def receipt(executor, received, subject, period, deadline, recognised, missing):
    out = ["Шановні колеги!", "",
           f"Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації підтверджує отримання Вашого листа від {received} «{subject}».",
           "", f"Виконавець: {executor}.", f"Звітний період: {period}-й (термін подання інформації — {deadline}).", "",
           "Розпізнано інформацію щодо таких пунктів плану:"]
    for n, ex in recognised:
        out.append(f"  • пункт {n}: {ex}")
    out += ["", "За цей звітний період ще очікується інформація щодо пунктів плану:"]
    for n in missing:
        out.append(f"  {n}. {M[n]}")
    out += ["", f"Це повідомлення сформоване автоматично. Уточнення чи доповнення просимо надсилати на адресу {MAILBOX}.",
            "", "З повагою", OFFICE]
    return "\n".join(out)


# ---------------------------------------------------------------- low-level encoders

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def qp(text, charset):
    """Quoted-printable body, CRLF, soft breaks at 76."""
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        raw = line.encode(charset)
        enc = []
        for i, b in enumerate(raw):
            c = chr(b)
            last = i == len(raw) - 1
            if (33 <= b <= 126 and c != "=") or (c in " \t" and not last):
                enc.append(c)
            else:
                enc.append("=%02X" % b)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return ("\r\n".join(out)).encode("ascii")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))).encode("ascii")


def flowed(text, width=72):
    """format=flowed: soft line breaks end with a space."""
    out = []
    for para in text.replace("\r\n", "\n").split("\n"):
        if para.startswith(">") or len(para) <= width:
            out.append(para.rstrip(" ") if para.strip() else "")
            continue
        words = para.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def wrap(text, width=76):
    """Hard wrap of long lines (what Outlook Express / The Bat! send)."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur)
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def ew_b(text, charset):
    """RFC 2047 B encoded words, split on character boundaries."""
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if len(base64.b64encode(trial.encode(charset))) > 75 - len(charset) - 7:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\r\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(charset)).decode()) for w in words)


def ew_q(text, charset):
    def qch(ch):
        if ch == " ":
            return "_"
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            return ch
        return "".join("=%02X" % b for b in ch.encode(charset))
    words, cur = [], ""
    lim = 75 - len(charset) - 7
    for ch in text:
        t = qch(ch)
        if len(cur) + len(t) > lim:
            words.append(cur)
            cur = t
        else:
            cur += t
    if cur:
        words.append(cur)
    return "\r\n ".join("=?%s?Q?%s?=" % (charset, w) for w in words)


def rfc2231(param, value, charset="utf-8", chunk=40):
    """RFC 2231 parameter with charset and continuations."""
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._")) else "".join("%%%02X" % b for b in c.encode(charset)) for c in value)
    parts, cur = [], ""
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == "%" else 1
        if len(cur) + step > chunk:
            parts.append(cur)
            cur = ""
        cur += enc[i:i + step]
        i += step
    parts.append(cur)
    if len(parts) == 1:
        return f"{param}*={charset}''{parts[0]}"
    return ";\r\n\t".join((f"{param}*{n}*={charset}''{p}" if n == 0 else f"{param}*{n}*={p}") for n, p in enumerate(parts))


def sha(name, what):
    return hashlib.sha1((name + "/" + what).encode()).hexdigest()


# ---------------------------------------------------------------- MIME tree

class Part:
    """A leaf: header lines (already encoded, in order) and an encoded body (bytes)."""
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def render(self):
        h = "".join(f"{k}: {v}\r\n" for k, v in self.headers).encode("ascii")
        return h + b"\r\n" + self.body


class Multi:
    def __init__(self, headers, boundary, parts, preamble=None):
        self.headers, self.boundary, self.parts, self.preamble = headers, boundary, parts, preamble

    def render(self):
        h = "".join(f"{k}: {v}\r\n" for k, v in self.headers).encode("ascii")
        out = h + b"\r\n"
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\r\n"
        for p in self.parts:
            out += b"\r\n--" + self.boundary.encode() + b"\r\n" + p.render()
        return out + b"\r\n--" + self.boundary.encode() + b"--\r\n"


def text_part(text, charset="utf-8", cte="quoted-printable", subtype="plain", extra_ct="", extra=()):
    ct = f"text/{subtype}; charset={charset}" if charset else f"text/{subtype}"
    ct += extra_ct
    if cte == "quoted-printable":
        body = qp(text, charset or "cp1251")
    elif cte == "base64":
        body = b64(crlf(text).encode(charset or "cp1251"))
    else:
        body = crlf(text).encode(charset or "cp1251")
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def html_doc(inner, charset="utf-8", style="", word=False):
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    if word:
        head += '\n<meta name="Generator" content="Microsoft Word 14 (filtered medium)">\n<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri","sans-serif";}\n--></style>'
    return f"<html>\n<head>\n{head}\n{style}</head>\n<body>\n{inner}\n</body>\n</html>\n"


def load_att(mail, ext):
    with open(os.path.join(ATT, f"{mail}.{ext}"), "rb") as f:
        return f.read()


def att_part(data, mime, filename, style="q", charset="utf-8", disp="attachment"):
    """style: 'ascii' | 'b' (RFC 2047 B in name/filename) | 'q' (RFC 2047 Q) | '2231' | 'both'."""
    if style == "ascii":
        ct = f'{mime};\r\n\tname="{filename}"'
        cd = f'{disp};\r\n\tfilename="{filename}"'
    elif style == "b":
        ct = f'{mime};\r\n\tname="{ew_b(filename, charset)}"'
        cd = f'{disp};\r\n\tfilename="{ew_b(filename, charset)}"'
    elif style == "q":
        ct = f'{mime};\r\n\tname="{ew_q(filename, charset)}"'
        cd = f'{disp};\r\n\tfilename="{ew_q(filename, charset)}"'
    elif style == "2231":
        ct = f'{mime}'
        cd = f'{disp};\r\n\t{rfc2231("filename", filename, charset)}'
    else:  # both: Thunderbird style, 2231 in disposition and 2047 in name
        ct = f'{mime};\r\n\tname="{ew_b(filename, charset)}"'
        cd = f'{disp};\r\n\t{rfc2231("filename", filename, charset)}'
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", "base64"), ("Content-Disposition", cd)], b64(data))


def kyiv(stamp):
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KYIV)


def rfcdate(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def envelope(name, *, frm, subject, date, to=MAILBOX, mailer=None, extra=(), recv_from="mail.example.gov.ua [194.44.12.7]",
             delay=None, order="ms", cc=None, reply_to=None, in_reply_to=None, msgid_domain="example.gov.ua"):
    """Top-level header lines (before MIME-Version/Content-Type). order 'ms' (Outlook),
    'tb' (Thunderbird), 'web', 'bat'."""
    d = kyiv(date)
    if delay is None:
        delay = 2 + int(sha(name, "delay")[:4], 16) % 38
    r = d + dt.timedelta(seconds=delay)
    assert r.date() == d.date()
    mid = f"<{sha(name, 'mid')[:24]}@{msgid_domain}>"
    recv = ("Received", f"from {recv_from}\r\n\tby mx.cg.ukrtel.net (Postfix) with ESMTP id {sha(name, 'q')[:10].upper()}\r\n\tfor <{MAILBOX}>; {rfcdate(r)}")
    hs = [recv]
    if order == "tb":
        hs += [("Message-ID", mid), ("Date", rfcdate(d)), ("From", frm)]
        if mailer:
            hs.append(("User-Agent", mailer))
        hs += [("MIME-Version", "1.0"), ("To", to)]
        if cc:
            hs.append(("CC", cc))
        if in_reply_to:
            hs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
        hs.append(("Subject", subject))
    elif order == "web":
        hs += [("Date", rfcdate(d)), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid)]
        if in_reply_to:
            hs.append(("In-Reply-To", in_reply_to))
        if mailer:
            hs.append(("X-Mailer", mailer))
        hs.append(("MIME-Version", "1.0"))
    elif order == "bat":
        hs += [("Date", rfcdate(d)), ("From", frm)]
        if reply_to:
            hs.append(("Reply-To", reply_to))
        if mailer:
            hs.append(("X-Mailer", mailer))
        hs += [("Message-ID", mid), ("To", to), ("Subject", subject)]
        if in_reply_to:
            hs.append(("In-reply-To", in_reply_to))
        hs.append(("MIME-Version", "1.0"))
    else:
        hs += [("From", frm), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
        hs += [("Subject", subject), ("Date", rfcdate(d)), ("Message-ID", mid)]
        if in_reply_to:
            hs.append(("In-Reply-To", in_reply_to))
        hs.append(("MIME-Version", "1.0"))
        if mailer:
            hs.append(("X-Mailer", mailer))
    hs += list(extra)
    return hs


def msg(headers, root):
    """Top-level headers + MIME root (Part or Multi)."""
    root.headers = headers + root.headers
    return root.render()


def bnd(name, n=1, style="ms"):
    h = sha(name, f"b{n}")
    if style == "ms":
        return f"----=_NextPart_000_{h[:4].upper()}_01CD{h[4:8].upper()}.{h[8:16].upper()}"
    if style == "tb":
        return f"------------{h[:24]}"
    if style == "web":
        return f"=_{h[:32]}"
    if style == "bat":
        return f"----------{h[:12].upper()}"
    return f"_{n:03d}_{h[:20]}_"


def alt(name, plain, html, n=1, style="ms"):
    return Multi([("Content-Type", f'multipart/alternative;\r\n\tboundary="{bnd(name, n, style)}"')], bnd(name, n, style), [plain, html])


def mixed(name, parts, n=2, style="ms", preamble="This is a multi-part message in MIME format."):
    return Multi([("Content-Type", f'multipart/mixed;\r\n\tboundary="{bnd(name, n, style)}"')], bnd(name, n, style), parts, preamble)


def plain2html(text):
    import html as H
    paras = text.split("\n")
    return "\n".join((f'<p class="MsoNormal">{H.escape(p)}</p>' if p.strip() else '<p class="MsoNormal">&nbsp;</p>') for p in paras)


# ---------------------------------------------------------------- office files via LibreOffice

FILTERS = {
    "docx": ("html", 'docx:"MS Word 2007 XML"', "HTML (StarWriter)"),
    "doc": ("html", 'doc:"MS Word 97"', "HTML (StarWriter)"),
    "odt": ("html", "odt:writer8", "HTML (StarWriter)"),
    "rtf": ("html", 'rtf:"Rich Text Format"', "HTML (StarWriter)"),
    "pdf": ("html", "pdf:writer_pdf_Export", "HTML (StarWriter)"),
    "xlsx": ("csv", 'xlsx:"Calc MS Excel 2007 XML"', "Text - txt - csv (StarCalc)"),
    "xls": ("csv", 'xls:"MS Excel 97"', "Text - txt - csv (StarCalc)"),
    "ods": ("csv", "ods:calc8", "Text - txt - csv (StarCalc)"),
}


def office(mail, ext, source):
    """Return the bytes of attachments/<mail>.<ext>; convert `source` (HTML or CSV text) once."""
    path = os.path.join(ATT, f"{mail}.{ext}")
    if not os.path.exists(path):
        srcext, target, infilter = FILTERS[ext]
        src_dir = os.path.join(WORK, "src")
        out_dir = os.path.join(WORK, "out")
        os.makedirs(src_dir, exist_ok=True)
        os.makedirs(out_dir, exist_ok=True)
        src = os.path.join(src_dir, f"{mail}.{srcext}")
        with open(src, "w", encoding="utf-8") as f:
            f.write(source)
        if srcext == "csv":
            infilter += ":44,34,76,1"
        cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{WORK}/lo",
               f"--infilter={infilter}", "--convert-to", target.replace('"', ""), "--outdir", out_dir, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(out_dir, f"{mail}.{ext}"), path)
    return load_att(mail, ext)


def doc_html(body, title="", landscape=False):
    style = ("<style>body{font-family:'Times New Roman';font-size:13pt} td,th{border:1px solid #000;"
             "padding:3px;vertical-align:top;font-size:11pt} table{border-collapse:collapse}</style>")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title>{style}</head>'
            f"<body>\n{body}\n</body></html>\n")


def csv_rows(rows):
    out = []
    for r in rows:
        out.append(",".join('"' + str(c).replace('"', '""') + '"' for c in r))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- registry and checks

MAILS = []


def register(key):
    def deco(fn):
        MAILS.append((fn.__name__.replace("_", "-"), key, fn))
        return fn
    return deco


def period_of(d):
    day = d.astimezone(KYIV).date()
    for n, dl in enumerate([dt.date(2012, 12, 15), dt.date(2013, 6, 15), dt.date(2013, 12, 15)], 1):
        if day <= dl:
            return n, False
        if day <= dl + dt.timedelta(days=3):
            return n, True
    return None, None


def filenames(m):
    names = set()
    for part in m.walk():
        fn = part.get_filename()
        if fn:
            names.add(fn)
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                names |= filenames(sub)
    return names


def check(name, key, data):
    errs = []
    prefix = name[:2]
    if key.get("class") != CLASSES.get(prefix):
        errs.append("class does not match prefix")
    items = [(i["measure"], i["source"]) for i in key["items"]]
    if items != sorted(items) or len(set(items)) != len(items):
        errs.append("items not sorted/unique")
    if any(not (1 <= m <= 16) or m == 16 for m, _ in items):
        errs.append("bad measure")
    if key["kind"] == "not_report" and (items or key["reason"] in (None,)):
        errs.append("not_report must have no items and a reason")
    if key["kind"] == "report" and key["reason"] is not None:
        errs.append("report with reason")
    if key["reason"] not in REASONS:
        errs.append("bad reason")
    m = email.message_from_bytes(data, policy=email.policy.default)
    d = email.utils.parsedate_to_datetime(m["Date"])
    p, late = period_of(d)
    if (p, late) != (key["period"], key["late"]):
        errs.append(f"period/late {key['period']}/{key['late']} but Date gives {p}/{late}")
    names = filenames(m)
    for _, src in items:
        if src != "body" and src not in names:
            errs.append(f"source {src!r} not in mail (has {sorted(names)})")
    if b"\n" in data.replace(b"\r\n", b""):
        errs.append("bare LF")
    if errs:
        raise SystemExit(f"{name}: " + "; ".join(errs))


def main():
    os.makedirs(ATT, exist_ok=True)
    seen = set()
    for name, key, fn in MAILS:
        assert name not in seen, name
        seen.add(name)
        data = fn(name)
        check(name, key, data)
        with open(os.path.join(HERE, f"{name}.eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, f"{name}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"{len(MAILS)} mails written")


# ======================================================================== 1. placeholder

KEY = {"class": "placeholder", "executor": "su-apk", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2010 cover note plus an xlsx with a row for every owed measure: rows 2, 7, 9 carry «—», «-», «немає», row 16 only cites the covering letter; only rows 1, 6, 8, 12 say something.",
       "items": [{"measure": 1, "source": "Інформація_Відкритий уряд_ГУАПР.xlsx"},
                 {"measure": 6, "source": "Інформація_Відкритий уряд_ГУАПР.xlsx"},
                 {"measure": 8, "source": "Інформація_Відкритий уряд_ГУАПР.xlsx"},
                 {"measure": 12, "source": "Інформація_Відкритий уряд_ГУАПР.xlsx"}]}


@register(KEY)
def ph01_apk_xlsx(name):
    rows = [["Інформація Головного управління агропромислового розвитку облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області (станом на 10.12.2012)", "", "", ""],
            ["№ п/п", "Зміст заходу (скорочено)", "Термін", "Інформація про виконання"],
            ["1", "Приведення до вимог законодавства наповнення та функціонування офіційних Інтернет-сайтів", "Постійно",
             "Веб-сторінка Головного управління на офіційному сайті облдержадміністрації оновлюється щотижня. У IV кварталі 2012 року розміщено 47 інформаційних матеріалів, у тому числі про хід збирання врожаю, ціни на основні продовольчі товари, порядок отримання державної підтримки фермерськими господарствами. Оновлено розділ «Доступ до публічної інформації», оприлюднено форму запиту та графік прийому громадян керівництвом управління."],
            ["2", "Створення рубрик «Хід виконання цільових програм», «Виконання місцевих бюджетів»", "Постійно", "—"],
            ["6", "Проведення консультацій з громадськістю згідно з постановою КМУ від 03.11.2010 № 996", "Постійно",
             "08.11.2012 проведено публічне громадське обговорення проекту Програми розвитку сільських територій Чернігівської області на 2013–2015 роки за участю представників фермерських об'єднань, Асоціації сільських голів та районних управлінь агропромислового розвитку (присутні 34 особи). Надійшло 11 пропозицій, 7 з них враховано в доопрацьованому проекті. Звіт про результати обговорення оприлюднено."],
            ["7", "Залучення представників ІГС до роботи дорадчо-консультативних органів", "Постійно", "-"],
            ["8", "Введення голів комітетів Громадської ради до складу колегій", "Постійно",
             "Наказом Головного управління від 05.10.2012 № 214 до складу колегії введено голову комітету Громадської ради з питань аграрної політики та земельних відносин Пилипенка О.Г. (за згодою). Відповідні зміни до Положення про Головне управління підготовлено та подано на погодження. Голова комітету взяв участь у засіданні колегії 29.11.2012."],
            ["9", "Залучення членів громадських рад до обговорення проектів розпоряджень, програм, рішень", "Постійно", "немає"],
            ["12", "Сприяння проведенню громадських експертиз, антикорупційних експертиз проектів НПА", "Постійно",
             "Проект розпорядження голови облдержадміністрації «Про затвердження обласної програми підтримки індивідуальних селянських господарств» направлено для проведення громадської антикорупційної експертизи ГО «Чернігівський аграрний клуб». Зауважень корупціогенного характеру не виявлено, отримано 2 пропозиції редакційного характеру, які враховано."],
            ["16", "Надання інформації УВП на адресу uvp@cg.ukrtel.net", "15.12.2012", "Інформацію надано листом від 12.12.2012 № 04-18/3312"],
            ["", "", "", ""],
            ["Начальник відділу організаційної роботи", "", "", "Т.В. Гордієнко"]]
    data = office(name, "xlsx", csv_rows(rows))
    plain = ("Добрий день!\n\n"
             "Направляємо інформацію Головного управління агропромислового розвитку облдержадміністрації щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“», затвердженого 10.09.2012 (таблиця додається).\n\n"
             "Оригінал листа від 12.12.2012 № 04-18/3312 направлено поштою.\n\n"
             "З повагою\n"
             "Гордієнко Тетяна Василівна\n"
             "начальник відділу організаційної роботи\n"
             "Головного управління агропромислового розвитку облдержадміністрації\n"
             "тел. (0462) 67-53-18\n")
    html = html_doc(plain2html(plain), "windows-1251", word=True)
    root = mixed(name, [alt(name, text_part(plain, "windows-1251"), text_part(html, "windows-1251", subtype="html")),
                        att_part(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 "Інформація_Відкритий уряд_ГУАПР.xlsx", style="b", charset="utf-8")])
    hs = envelope(name, frm=f'{ew_b("Гордієнко Тетяна", "windows-1251")} <apk@example.gov.ua>',
                  subject=ew_b("Інформація про виконання плану (Відкритий уряд)", "windows-1251"),
                  date="2012-12-12 15:41:07", mailer=None,
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac3YZf" + sha(name, "ti")[:20]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "placeholder", "executor": "rda-sribne", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 HTML table in the body (with a tab-separated plain twin) for the six owed measures; 7 and 12 «х», 9 a bare «Не проводились», 10 empty; the row on 6 also mentions posting on the site, which is no item for 1 by itself, but row 1 reports the site anyway.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@register(KEY)
def ph02_sribne_html_table(name):
    rows = [("1", "Забезпечення наповнення та функціонування офіційних Інтернет-сайтів",
             "Офіційний веб-сайт Срібнянської райдержадміністрації працює у штатному режимі. Протягом I півріччя 2013 року розміщено 212 матеріалів, у тому числі розпорядження голови РДА нормативного характеру, звіти про виконання районного бюджету, оголошення про вакансії. Створено розділ «Звернення громадян» та сторінку сектору з питань внутрішньої політики."),
            ("6", "Проведення консультацій з громадськістю (постанова КМУ № 996)",
             "Відповідно до орієнтовного плану консультацій з громадськістю на 2013 рік проведено 4 заходи: громадські слухання щодо проекту Програми ремонту доріг комунальної власності району на 2013 рік (14.03.2013, 41 учасник), засідання «круглого столу» з питань організації літнього оздоровлення дітей (18.04.2013), електронні консультації щодо проекту Програми розвитку місцевого самоврядування (квітень–травень), зустріч з представниками ветеранських організацій (23.05.2013). Пропозиції узагальнено, інформацію розміщено на сайті РДА."),
            ("7", "Залучення представників ІГС до дорадчо-консультативних органів", "х"),
            ("9", "Залучення членів громадських рад до обговорення проектів", "Не проводились"),
            ("10", "Створення у громадських радах комісій (робочих груп) з питань відкритості", ""),
            ("12", "Сприяння проведенню громадських експертиз", "х")]
    import html as H
    trs = "".join(f'<tr><td width=40 valign=top><p class=MsoNormal>{a}</p></td><td width=220 valign=top><p class=MsoNormal>{H.escape(b)}</p></td>'
                  f'<td width=360 valign=top><p class=MsoNormal>{H.escape(c) if c else "&nbsp;"}</p></td></tr>\n' for a, b, c in rows)
    intro = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Срібнянська районна державна адміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках Ініціативи «Партнерство «Відкритий уряд» за I півріччя 2013 року.\n")
    outro = ("\nЗаступник голови райдержадміністрації                    В.І.Охріменко\n\n"
             "Виконавець: Середа Л.М., сектор з питань внутрішньої політики, зв'язків з громадськістю та засобами масової інформації, тел. (04639) 2-13-57\n")
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n'
             '<tr><td><p class=MsoNormal><b>№ пункту</b></p></td><td><p class=MsoNormal><b>Захід</b></p></td><td><p class=MsoNormal><b>Стан виконання</b></p></td></tr>\n'
             + trs + "</table>\n")
    html = html_doc(plain2html(intro) + table + plain2html(outro), "windows-1251", word=True)
    plain = intro + "\n№ пункту\tЗахід\tСтан виконання\n" + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows) + outro
    root = alt(name, text_part(plain, "windows-1251", "base64"), text_part(html, "windows-1251", "base64", subtype="html"))
    hs = envelope(name, frm=f'"{ew_b("Срібнянська РДА", "windows-1251")}" <rda-sribne@example.gov.ua>',
                  subject=ew_b("Інформація Срібнянської РДА про виконання плану заходів \"Відкритий уряд\"", "windows-1251"),
                  date="2013-06-11 09:12:33",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "Ac5mL" + sha(name, "ti")[:22]), ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5931")])
    return msg(hs, root)


KEY = {"class": "placeholder", "executor": "rda-varva", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian-speaking district sends an .xls copying all 16 plan rows: «не касается» on nine, «+» on 10, «нет» on 12, a bare «Не проводились» on 6 and a covering remark on 16; only 1, 7 and 9 have real content.",
       "items": [{"measure": 1, "source": "Открытое правительство Варва.xls"},
                 {"measure": 7, "source": "Открытое правительство Варва.xls"},
                 {"measure": 9, "source": "Открытое правительство Варва.xls"}]}


@register(KEY)
def ph03_varva_xls_ru(name):
    rows = [["Информация Варвинской районной государственной администрации о выполнении Плана мероприятий (Открытое правительство)", "", ""],
            ["№", "Мероприятие", "Информация о выполнении"],
            ["1", "Информационное наполнение и функционирование официальных сайтов", "Официальный сайт райгосадминистрации (varva-rda) приведен в соответствие с требованиями Закона Украины «О доступе к публичной информации»: созданы разделы «Публичная информация», «Регуляторная деятельность», «Обращения граждан». Информация обновляется ежедневно ответственным работником аппарата, за IV квартал размещено 138 материалов."],
            ["2", "Рубрики «Ход выполнения целевых программ», «Исполнение местных бюджетов»", "не касается"],
            ["3", "Веб-ресурс «Чернігівська громада»", "не касается"],
            ["4", "Интернет-форум", "не касается"],
            ["5", "«Горячая линия» председателя ОГА", "не касается"],
            ["6", "Консультации с общественностью", "Не проводились"],
            ["7", "Привлечение представителей институтов гражданского общества к работе консультативно-совещательных органов", "В состав районной комиссии по вопросам защиты прав ребенка и координационного совета по вопросам развития предпринимательства включены 3 представителя общественных организаций (распоряжение председателя РГА от 22.10.2012 № 301). Председатель общественного совета при РГА Коваль Н.П. включен в состав районной трехсторонней социально-экономической комиссии."],
            ["8", "Введение председателей комитетов в состав коллегий", "не касается"],
            ["9", "Привлечение членов общественных советов к обсуждению проектов распоряжений, программ, решений", "Проект районной программы социальной поддержки малообеспеченных граждан на 2013 год обсужден на заседании общественного совета при РГА 27.11.2012; члены совета внесли 5 предложений, 3 из них учтены. Проект распоряжения о тарифах на услуги бани КП «Варвакомунсервис» рассмотрен с участием членов совета."],
            ["10", "Рекомендовать общественным советам создать комиссию (рабочую группу)", "+"],
            ["11", "Дни открытых дверей", "не касается"],
            ["12", "Общественные экспертизы", "нет"],
            ["13", "Учебные семинары", "не касается"],
            ["14", "Методические пособия", "не касается"],
            ["15", "Общественное обсуждение выполнения плана", "не касается"],
            ["16", "Предоставление информации", "Информация предоставлена"],
            ["", "", ""],
            ["Руководитель аппарата райгосадминистрации", "", "С.В. Дорошенко"]]
    data = office(name, "xls", csv_rows(rows))
    plain = ("Добрый день!\n\n"
             "Высылаем информацию Варвинской РГА о выполнении плана мероприятий по Открытому правительству за 2012 год.\n"
             "Если что-то не так заполнено, звоните.\n\n"
             "--\n"
             "Ирина Лысенко\n"
             "общий отдел аппарата Варвинской райгосадминистрации\n"
             "(04636) 2-14-80\n")
    root = mixed(name, [text_part(plain, "windows-1251", "base64"),
                        att_part(data, "application/vnd.ms-excel", "Открытое правительство Варва.xls", style="q", charset="windows-1251")], n=1)
    hs = envelope(name, frm=f'"{ew_b("Варвинская РГА", "windows-1251")}" <rda-varva@example.gov.ua>',
                  subject=ew_b("Открытое правительство - информация", "windows-1251"),
                  date="2012-12-14 11:05:52",
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5931")])
    return msg(hs, root)


KEY = {"class": "placeholder", "executor": "su-zdorovia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird, .docx table for the seven owed measures: 1 «—» and 8 «х» are placeholders, while row 12 says no anti-corruption expertise was held and names the subject, so it counts; 2, 6, 7, 9 carry content.",
       "items": [{"measure": 2, "source": "звіт_відкритий_уряд_УОЗ_ІІ півр 2013.docx"},
                 {"measure": 6, "source": "звіт_відкритий_уряд_УОЗ_ІІ півр 2013.docx"},
                 {"measure": 7, "source": "звіт_відкритий_уряд_УОЗ_ІІ півр 2013.docx"},
                 {"measure": 9, "source": "звіт_відкритий_уряд_УОЗ_ІІ півр 2013.docx"},
                 {"measure": 12, "source": "звіт_відкритий_уряд_УОЗ_ІІ півр 2013.docx"}]}


@register(KEY)
def ph04_zdorovia_docx(name):
    rows = [("1", "Наповнення та функціонування офіційних сайтів", "—"),
            ("2", "Рубрики «Хід виконання цільових програм», «Виконання місцевих бюджетів»",
             "Для рубрики «Хід виконання цільових програм» підготовлено та передано до відділу інформаційно-комп'ютерного забезпечення апарату облдержадміністрації інформацію про виконання обласної програми «Здоров'я населення Чернігівщини» на 2012–2016 роки та Програми боротьби з онкологічними захворюваннями за 9 місяців 2013 року."),
            ("6", "Консультації з громадськістю",
             "У вересні–жовтні 2013 року проведено консультації з громадськістю щодо оптимізації мережі закладів первинної медико-санітарної допомоги: 6 зустрічей з жителями сільських громад Козелецького, Менського та Бобровицького районів, телефонна «пряма лінія» з начальником управління (18.10.2013, 23 звернення). За результатами скориговано графік роботи двох амбулаторій."),
            ("7", "Залучення представників ІГС до дорадчо-консультативних органів",
             "До складу обласної координаційної ради з питань протидії туберкульозу та ВІЛ-інфекції/СНІДу включено представників благодійних фондів «Світло надії» та «Позитивні люди Полісся». До роботи громадської ради з питань медичної допомоги ветеранам залучено голову обласної організації Товариства Червоного Хреста."),
            ("8", "Введення голів комітетів Громадської ради до складу колегій", "х"),
            ("9", "Залучення членів громадських рад до обговорення проектів",
             "Проект обласної програми розвитку донорства крові на 2014–2016 роки обговорено на засіданні комітету Громадської ради з соціальних питань (12.11.2013), члени громадської ради надали зауваження щодо фінансування пересувних пунктів забору крові."),
            ("12", "Сприяння проведенню громадських експертиз",
             "Громадських антикорупційних експертиз проектів наказів управління у звітному періоді не проводилось, запитів від інститутів громадянського суспільства щодо проведення громадської експертизи не надходило.")]
    import html as H
    trs = "".join(f"<tr><td>{a}</td><td>{H.escape(b)}</td><td>{H.escape(c)}</td></tr>\n" for a, b, c in rows)
    body = ("<p align='center'><b>ІНФОРМАЦІЯ<br>управління охорони здоров'я облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року</b></p>\n"
            "<table width='100%'><tr><th>№ з/п плану</th><th>Захід</th><th>Інформація про виконання</th></tr>\n" + trs + "</table>\n"
            "<p>Заступник начальника управління &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; О.М. Бабич</p>")
    data = office(name, "docx", doc_html(body, "Інформація УОЗ"))
    fname = "звіт_відкритий_уряд_УОЗ_ІІ півр 2013.docx"
    plain = flowed("Доброго дня!\n\n"
                   "На виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області надсилаємо інформацію управління охорони здоров'я облдержадміністрації за друге півріччя 2013 року (у вкладенні, формат Word 2007).\n\n"
                   "Прошу підтвердити отримання.\n\n"
                   "-- \n"
                   "З повагою,\n"
                   "Ганна Мисник\n"
                   "провідний спеціаліст відділу кадрової роботи та документообігу\n"
                   "управління охорони здоров'я Чернігівської ОДА\n")
    root = mixed(name, [text_part(plain, "utf-8", "8bit", extra_ct="; format=flowed"),
                        att_part(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname, style="both")],
                 n=1, style="tb", preamble="This is a multi-part message in MIME format.")
    hs = envelope(name, frm=f'{ew_b("Ганна Мисник", "UTF-8")} <zdorovia@example.gov.ua>',
                  subject=ew_b("Інформація УОЗ - відкритий уряд, ІІ півріччя 2013", "UTF-8"),
                  date="2013-12-10 16:27:04", order="tb",
                  mailer="Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Thunderbird/24.1.1")
    return msg(hs, root)


KEY = {"class": "placeholder", "executor": "rda-ichnia", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "The Bat! in koi8-u, a Word table pasted as tab-separated text two days after the June deadline: 6 «-», 7 «немає», 10 «Не було» are placeholders; 1, 9, 12 carry work.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@register(KEY)
def ph05_ichnia_pasted_koi8(name):
    text = ("Доброго дня, шановні колеги!\n\n"
            "Вибачте за затримку - у нас був збій з інтернетом з п'ятниці. Надсилаю інформацію Ічнянської РДА по плану заходів \"Відкритий уряд\" за I півріччя 2013 р. Таблицю вставляю в текст, бо вкладення у нас не проходять.\n\n"
            "N\tЗахід\tВиконання\n"
            "1\tНаповнення офіційних сайтів\tНа офіційному веб-сайті райдержадміністрації у I півріччі 2013 р. оприлюднено 96 розпоряджень голови РДА, 12 проектів регуляторних актів, звіти структурних підрозділів; запроваджено рубрику \"Запитання-відповідь\", на яку надійшло 17 запитань від жителів району\n"
            "6\tКонсультації з громадськістю\t-\n"
            "7\tЗалучення ІГС до дорадчо-консультативних органів\tнемає\n"
            "9\tЗалучення членів громадських рад до обговорення проектів\tПроект Програми розвитку культури Ічнянщини на 2013-2015 рр. та проект розпорядження про організацію громадських робіт обговорено на засіданні громадської ради при РДА 16.04.2013 (присутні 14 членів ради), пропозиції враховано\n"
            "10\tРобоча група з питань відкритості\tНе було\n"
            "12\tГромадські експертизи\tГО \"Ічнянська правозахисна група\" провела громадську експертизу діяльності відділу з питань ведення Державного реєстру виборців; за результатами розроблено заходи щодо покращення інформування виборців, термін виконання - до 01.09.2013\n\n"
            "Заступник голови райдержадміністрації   О.П.Ярошенко\n\n"
            "--\n"
            "З повагою,\n"
            " Бондар Віктор                          mailto:rda-ichnia@example.gov.ua\n"
            " відділ організаційної роботи апарату Ічнянської РДА\n")
    root = text_part(wrap(text, 78), "koi8-u", "8bit")
    hs = envelope(name, frm=f'{ew_b("Ічнянська РДА", "koi8-u")} <rda-ichnia@example.gov.ua>',
                  subject=ew_b("Відкритий уряд - Ічнянська РДА", "koi8-u"),
                  date="2013-06-17 08:48:15", order="bat",
                  mailer="The Bat! (v4.2.44.2) Professional", reply_to="rda-ichnia@example.gov.ua")
    return msg(hs, root)


# ======================================================================== 2. bottom_post

def quote(text, prefix="> ", width=72):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in wrap(text, width).split("\n"))


KEY = {"class": "bottom_post", "executor": "rda-nosivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Thunderbird reply interleaved with the quoted overdue reminder: an answer stands under each of the quoted items 6, 9 and 12 without repeating the number; the answer on 12 is a denial that names expertise, so it counts.",
       "items": [{"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@register(KEY)
def bp01_nosivka_interleaved_tb(name):
    rem = reminder("Носівська районна державна адміністрація", "15.12.2012", "16.12.2012", [6, 9, 12], overdue=True)
    parts = rem.split("\n")
    # split the reminder around its items
    i6 = parts.index("  6. " + M[6])
    i9 = parts.index("  9. " + M[9])
    i12 = parts.index("  12. " + M[12])
    head = "\n".join(parts[:i6])
    q = lambda t: quote(t)
    body = ("16.12.2012 9:00, Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації пише:\n"
            + q(head) + "\n" + q("  6. " + M[6]) + "\n\n"
            "У IV кварталі 2012 року райдержадміністрацією проведено громадські слухання щодо проекту районного бюджету на 2013 рік (29.11.2012, актова зала РДА, 52 учасники, у т.ч. депутати районної ради, сільські голови, представники профспілок) та засідання \"круглого столу\" з питань тарифів на вивезення твердих побутових відходів у м. Носівка (06.12.2012). Протоколи та звіти про результати консультацій оформлено відповідно до постанови № 996.\n\n"
            + q("  9. " + M[9]) + "\n\n"
            "Члени громадської ради при райдержадміністрації брали участь в обговоренні проекту Програми економічного і соціального розвитку району на 2013 рік та проекту розпорядження голови РДА \"Про організацію оздоровлення дітей пільгових категорій\"; від громадської ради надійшло 4 пропозиції, 3 враховано.\n\n"
            + q("  12. " + M[12]) + "\n\n"
            "Громадських експертиз діяльності райдержадміністрації та антикорупційних експертиз у звітному періоді не проводилось, звернень від інститутів громадянського суспільства щодо їх проведення не надходило.\n\n"
            + q("\n".join(parts[i12 + 2:])) + "\n\n"
            "Вибачте, що із запізненням - відповідальний працівник була на лікарняному.\n\n"
            "-- \n"
            "Ольга Литвиненко\n"
            "головний спеціаліст відділу організаційної роботи\n"
            "апарату Носівської райдержадміністрації\n"
            "(04642) 2-16-63\n")
    root = text_part(flowed(body), "UTF-8", "8bit", extra_ct="; format=flowed")
    hs = envelope(name, frm='Носівська РДА <rda-nosivka@example.gov.ua>'.replace("Носівська РДА", ew_b("Носівська РДА", "UTF-8")),
                  subject=ew_b("Re: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "UTF-8"),
                  date="2012-12-17 10:34:12", order="tb", in_reply_to="<zvit-reminder-1-rda-nosivka@cg.ukrtel.net>",
                  mailer="Mozilla/5.0 (Windows NT 5.1; rv:17.0) Gecko/20121128 Thunderbird/17.0.1")
    return msg(hs, root)


KEY = {"class": "bottom_post", "executor": "su-kultura", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Ukrainian Outlook 2003 with the reminder quoted first under a header block with no «>», the new text below it; one long paragraph tells of advisory councils (7) and the collegium (8) together, another of the discussed draft programme (9); «розміщено інформацію на сторінці управління» is a passing mention, no item for 1.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@register(KEY)
def bp02_kultura_outlook_below(name):
    rem = reminder("Управління культури і туризму облдержадміністрації", "15.06.2013", "05.06.2013", [7, 8, 9])
    plain = ("-----Оригінальне повідомлення-----\n"
             "Від: Управління з питань внутрішньої політики та зв'язків з громадськістю [mailto:uvp@cg.ukrtel.net]\n"
             "Надіслано: 5 червня 2013 р. 9:00\n"
             "Кому: kultura@example.gov.ua\n"
             "Тема: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)\n\n"
             + rem + "\n\n"
             "__________________\n\n"
             "Шановні колеги, на Ваше нагадування повідомляємо.\n\n"
             "Управлінням культури і туризму облдержадміністрації продовжується робота щодо залучення громадськості до роботи дорадчих органів: до складу науково-методичної ради з питань охорони культурної спадщини при управлінні введено двох представників громадських організацій (ГО «Сіверщина історична» та обласна організація Національної спілки краєзнавців України), а до складу експертної ради з відбору творчих проектів для фінансування з обласного бюджету — голову комітету Громадської ради з гуманітарних питань Тарасенка С.П.; він же, відповідно до наказу управління від 14.03.2013 № 47, введений за згодою до складу колегії управління культури і туризму і взяв участь у засіданнях колегії 28.03.2013 та 30.05.2013, на яких розглядалися питання підготовки до туристичного сезону та стану збереження пам'яток, про що також розміщено інформацію на сторінці управління. Зміни до Положення про управління щодо складу колегії внесено розпорядженням голови облдержадміністрації від 02.04.2013 № 132.\n\n"
             "Проект обласної програми розвитку культури і туризму на 2013–2017 роки у квітні 2013 року винесено на громадське обговорення; членам Громадської ради при облдержадміністрації та громадських рад при райдержадміністраціях направлено текст проекту, 16.04.2013 проведено його обговорення на засіданні комітету з гуманітарних питань. Зауваження членів громадської ради (щодо фінансування сільських клубів та бібліотек) враховано у доопрацьованому проекті.\n\n"
             "З повагою\n"
             "Кириленко Наталія Іванівна\n"
             "заступник начальника відділу\n"
             "управління культури і туризму ОДА\n"
             "тел. 67-41-90\n")
    html = html_doc(plain2html(plain), "windows-1251", word=True)
    root = alt(name, text_part(plain, "windows-1251"), text_part(html, "windows-1251", subtype="html"))
    hs = envelope(name, frm=f'"{ew_q("Кириленко Наталія", "windows-1251")}" <kultura@example.gov.ua>',
                  subject=ew_q("RE: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "windows-1251"),
                  date="2013-06-07 14:02:47",
                  extra=[("X-Mailer", "Microsoft Office Outlook 11"), ("Thread-Index", "Ac5hu" + sha(name, "ti")[:22]),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")])
    return msg(hs, root)


KEY = {"class": "bottom_post", "executor": "rda-semenivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian Outlook quoting zvit's receipt (which recognises 1 and 6 and lists 7, 9, 10, 12 as missing) above the new text; the Russian answer below reports 7 and 10 and only promises 9 and 12.",
       "items": [{"measure": 7, "source": "body"}, {"measure": 10, "source": "body"}]}


@register(KEY)
def bp03_semenivka_ru_receipt(name):
    rec = receipt("Семенівська районна державна адміністрація", "09.12.2013 11:20", "Інформація Семенівської РДА", 3, "15.12.2013",
                  [(1, "На официальном сайте райгосадминистрации в течение II полугодия размещено…"),
                   (6, "Проведены общественные слушания по проекту районного бюджета…")], [7, 9, 10, 12])
    plain = ("-----Исходное сообщение-----\n"
             "От: uvp@cg.ukrtel.net [mailto:uvp@cg.ukrtel.net]\n"
             "Отправлено: 9 декабря 2013 г. 11:21\n"
             "Кому: rda-semenivka@example.gov.ua\n"
             "Тема: Підтвердження отримання: Інформація Семенівської РДА\n\n"
             + rec + "\n\n\n"
             "Добрый день.\n"
             "В дополнение к нашему письму от 09.12.2013 сообщаем следующее.\n\n"
             "По вопросу привлечения общественности к консультативно-совещательным органам: в состав районного координационного совета по вопросам социальной защиты ветеранов и районной комиссии по вопросам ТЭБ и ЧС распоряжением председателя райгосадминистрации от 12.09.2013 № 218 включены представители районной организации ветеранов Украины и общественной организации «Семеновские хозяева», а также два члена общественного совета при РГА.\n\n"
             "Общественному совету при Семеновской РГА рекомендовано создать в своем составе рабочую группу по вопросам открытости и прозрачности деятельности органа власти; на заседании совета 24.10.2013 такая рабочая группа создана в составе 5 человек, руководитель — Гончаренко В.М.\n\n"
             "Информация по остальным пунктам (обсуждение проектов и экспертизы) будет направлена дополнительно до 15.12.2013.\n\n"
             "С уважением,\n"
             "Ткач Людмила\n"
             "сектор по вопросам внутренней политики Семеновской РГА\n")
    html = html_doc(plain2html(plain), "koi8-r" if False else "windows-1251", word=True)
    root = alt(name, text_part(plain, "windows-1251", "base64"), text_part(html, "windows-1251", "base64", subtype="html"))
    hs = envelope(name, frm=f'"{ew_b("Семеновская РГА", "koi8-r")}" <rda-semenivka@example.gov.ua>',
                  subject=ew_b("RE: Підтвердження отримання: Інформація Семенівської РДА", "windows-1251"),
                  date="2013-12-13 12:47:30", in_reply_to="<zvit-receipt-3-rda-semenivka@cg.ukrtel.net>",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac70CV" + sha(name, "ti")[:20]), ("Content-Language", "ru")])
    return msg(hs, root)


KEY = {"class": "bottom_post", "executor": "rda-korop", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Roundcube HTML reply with <blockquote> pieces of the reminder and answers between them (plain twin with «> »): 1 and 6 are answered, 10 is «не стосується», which is no item.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}]}


@register(KEY)
def bp04_korop_roundcube_blockquote(name):
    import html as H
    rem = reminder("Коропська районна державна адміністрація", "15.12.2012", "10.12.2012", [1, 6, 10])
    parts = rem.split("\n")
    i1 = parts.index("  1. " + M[1])
    i10 = parts.index("  10. " + M[10])
    head = "\n".join(parts[:i1])
    tail = "\n".join(parts[i10 + 2:])
    a1 = ("Офіційний веб-сайт Коропської районної державної адміністрації функціонує з 2009 року. На виконання Закону України «Про доступ до публічної інформації» на сайті створено розділ «Доступ до публічної інформації», в якому розміщено систему обліку публічної інформації, порядок оформлення запитів, звіт про розгляд запитів за 9 місяців 2012 року. Протягом IV кварталу оновлено сторінки всіх структурних підрозділів РДА, розміщено 103 новини та 35 розпоряджень.")
    a6 = ("Проведено консультації з громадськістю у формі публічного громадського обговорення проекту Програми соціально-економічного розвитку району на 2013 рік (20.11.2012) та електронних консультацій щодо проекту розпорядження про встановлення тарифів на послуги з водопостачання в смт Короп (листопад 2012 р.). Надійшло 9 пропозицій, звіт про результати консультацій оприлюднено.")
    a10 = "Не стосується — громадську раду при райдержадміністрації на цей час не сформовано, установчі збори призначено на січень 2013 року."
    plain = ("Доброго дня!\n\nВідповідаємо під кожним пунктом.\n\n"
             "10.12.2012 09:00, Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації написав:\n"
             + quote(head) + "\n" + quote("  1. " + M[1]) + "\n\n" + a1 + "\n\n"
             + quote("  6. " + M[6]) + "\n\n" + a6 + "\n\n"
             + quote("  10. " + M[10]) + "\n\n" + a10 + "\n\n" + quote(tail) + "\n\n"
             "-- \nЗ повагою, Шевченко Андрій,\nспеціаліст І категорії сектору інформаційних технологій\nКоропської РДА\n")
    bq = lambda t: ('<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
                    + "<br />\n".join(H.escape(l) for l in t.split("\n")) + "</blockquote>\n")
    p = lambda t: f"<p>{H.escape(t)}</p>\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            + p("Доброго дня!") + p("Відповідаємо під кожним пунктом.")
            + "<p>10.12.2012 09:00, Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації написав:</p>\n"
            + '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
            + "<br />\n".join(H.escape(l) for l in head.split("\n")) + "<br />\n" + H.escape("  1. " + M[1]) + "</blockquote>\n"
            + p(a1) + bq("  6. " + M[6]) + p(a6) + bq("  10. " + M[10]) + p(a10) + bq(tail)
            + "<div class=\"pre\" style=\"margin: 0; padding: 0; font-family: monospace\">-- <br />З повагою, Шевченко Андрій,<br />спеціаліст І категорії сектору інформаційних технологій<br />Коропської РДА</div>\n</body></html>\n")
    root = alt(name, text_part(plain, "UTF-8", extra_ct="; format=flowed"), text_part(html, "UTF-8", subtype="html"), style="web")
    hs = envelope(name, frm="rda-korop@example.gov.ua",
                  subject=ew_q("Re: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)", "UTF-8"),
                  date="2012-12-13 13:15:09", order="web", in_reply_to="<zvit-reminder-1-rda-korop@cg.ukrtel.net>",
                  mailer="Roundcube Webmail/0.7.2")
    return msg(hs, root)


KEY = {"class": "bottom_post", "executor": "zvernennia", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Opera Mail reply from the citizens' appeals department: the reminder's item 5 is quoted with «> » and the figures on the head's hot line follow beneath it; a closing remark about the site is no separate item (measure 1 is not the department's).",
       "items": [{"measure": 5, "source": "body"}]}


@register(KEY)
def bp05_zvernennia_opera(name):
    rem = reminder("Відділ роботи із зверненнями громадян апарату облдержадміністрації", "15.06.2013", "10.06.2013", [5])
    parts = rem.split("\n")
    i5 = parts.index("  5. " + M[5])
    body = ("On Mon, 10 Jun 2013 09:00:02 +0300, <uvp@cg.ukrtel.net> wrote:\n\n"
            + quote("\n".join(parts[:i5 + 1])) + "\n\n"
            "За I півріччя 2013 року на \"гарячу лінію\" голови облдержадміністрації (тел. 0-800-50-52-72) надійшло 3 418 звернень, що на 11 % більше, ніж за відповідний період 2012 року. Найбільше питань стосувалося житлово-комунального господарства (1 126), соціального захисту (734), аграрних та земельних відносин (402). 2 907 звернень вирішено позитивно або надано роз'яснення, решта перебуває на контролі. Щопонеділка узагальнена інформація доповідається голові облдержадміністрації, щомісяця - оприлюднюється на офіційному веб-сайті ОДА в розділі \"Звернення громадян\". З 1 квітня подовжено час роботи лінії до 20:00.\n\n"
            + quote("\n".join(parts[i5 + 2:])) + "\n\n"
            "Окремо, якщо потрібно, можемо надати помісячну розбивку.\n\n"
            "-- \n"
            "Климченко Олена Петрівна\n"
            "завідувач сектору аналізу та контролю\n"
            "відділу роботи із зверненнями громадян апарату ОДА\n")
    root = text_part(body, "utf-8", "8bit", extra_ct="; format=flowed; delsp=no")
    hs = envelope(name, frm=f'{ew_q("Климченко Олена", "utf-8")} <zvernennia@example.gov.ua>',
                  subject="Re: =?utf-8?B?0J3QsNCz0LDQtNGD0LLQsNC90L3Rjw==?=",
                  date="2013-06-12 10:55:40", order="web", in_reply_to="<zvit-reminder-2-zvernennia@cg.ukrtel.net>",
                  mailer="Opera Mail/12.15 (Win32)")
    return msg(hs, root)


# ======================================================================== 3. not_report

KEY = {"class": "not_report", "executor": "gromrada", "period": 1, "late": False,
       "kind": "not_report", "reason": "invitation",
       "note": "Outlook meeting request (text/plain, text/html and text/calendar METHOD:REQUEST) from the Public Council inviting УВП to a presidium meeting whose agenda names measures 3 and 4 and their subjects; nothing is reported.",
       "items": []}


@register(KEY)
def nr01_gromrada_meeting_request(name):
    plain = ("Коли: 20 листопада 2012 р. 15:00-17:00 (GMT+02:00) Київ.\n"
             "Де: м. Чернігів, вул. Шевченка, 7, каб. 214 (зала засідань Громадської ради)\n\n"
             "*~*~*~*~*~*~*~*~*~*\n\n"
             "Шановні колеги!\n\n"
             "Президія Громадської ради при облдержадміністрації запрошує представника управління з питань внутрішньої політики та зв'язків з громадськістю взяти участь у розширеному засіданні президії.\n\n"
             "Порядок денний:\n"
             "1. Про стан створення веб-ресурсу «Чернігівська громада» (п. 3 Плану заходів з підвищення рівня відкритості та прозорості, затвердженого 10.09.2012) — доповідач Голуб І.В.\n"
             "2. Про концепцію Інтернет-форуму на базі веб-ресурсу (п. 4 Плану) — обговорення.\n"
             "3. Різне.\n\n"
             "Просимо підтвердити участь до 19.11.2012 за тел. 67-50-24.\n\n"
             "Секретар Громадської ради\n"
             "Мороз Валентина\n")
    html = html_doc(plain2html(plain), "utf-8", word=True)
    uid = sha(name, "uid")[:32].upper()
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VTIMEZONE\nTZID:FLE Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T040000\nTZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
           "BEGIN:DAYLIGHT\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nORGANIZER;CN=Громадська рада при ОДА:MAILTO:gromrada@example.gov.ua\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=uvp@cg.ukrtel.net:MAILTO:uvp@cg.ukrtel.net\n"
           "DESCRIPTION;LANGUAGE=uk-UA:Розширене засідання президії Громадської ради. 1. Про стан створення веб-ресурсу «Чернігівська громада». 2. Про концепцію Інтернет-форуму.\n"
           f"UID:{uid}\nSUMMARY;LANGUAGE=uk-UA:Засідання президії Громадської ради (веб-ресурс\\, форум)\n"
           "DTSTART;TZID=FLE Standard Time:20121120T150000\nDTEND;TZID=FLE Standard Time:20121120T170000\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20121114T081205Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=uk-UA:вул. Шевченка\\, 7\\, каб. 214\nEND:VEVENT\nEND:VCALENDAR\n")
    cal = text_part(ics, "utf-8", "base64", subtype="calendar", extra_ct="; method=REQUEST")
    b = bnd(name, 1)
    root = Multi([("Content-Type", f'multipart/alternative;\r\n\tboundary="{b}"')], b,
                 [text_part(plain, "utf-8"), text_part(html, "utf-8", subtype="html"), cal])
    hs = envelope(name, frm=f'{ew_b("Громадська рада при ОДА", "utf-8")} <gromrada@example.gov.ua>',
                  subject=ew_b("Запрошення: Засідання президії Громадської ради (веб-ресурс, форум)", "utf-8"),
                  date="2012-11-14 10:12:05",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Topic", ew_b("Засідання президії Громадської ради", "utf-8")),
                         ("Thread-Index", "Ac3CPt" + sha(name, "ti")[:20]), ("Content-Language", "uk-UA"),
                         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return msg(hs, root)


KEY = {"class": "not_report", "executor": "rda-mena", "period": 1, "late": False,
       "kind": "not_report", "reason": "promise",
       "note": "Outlook Express letter from the Mena district that only promises the report by 20 December after a public council meeting; it names measures 6, 9 and 12 and what the meeting will discuss, but reports nothing done.",
       "items": []}


@register(KEY)
def nr02_mena_promise(name):
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Шановна Оксано Миколаївно!\n\n"
            "Менська райдержадміністрація повідомляє, що інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках Ініціативи «Партнерство «Відкритий уряд» за 2012 рік буде надано до 20 грудня 2012 року.\n\n"
            "Це пов'язано з тим, що на 18 грудня призначено засідання громадської ради при райдержадміністрації, на якому планується розглянути проект Програми розвитку малого підприємництва на 2013–2014 роки та питання про проведення громадської експертизи діяльності відділу освіти (пункти 9 і 12 Плану), а також підсумки консультацій з громадськістю (пункт 6), і ми хотіли б подати повну інформацію з урахуванням результатів засідання.\n\n"
            "Дякуємо за розуміння.\n\n"
            "Керівник апарату райдержадміністрації              Л.В. Сидоренко\n\n"
            "вик. Гавриш Т.О., 2-11-37\n")
    root = text_part(text, "windows-1251")
    hs = envelope(name, frm=f'"{ew_b("Менська РДА", "windows-1251")}" <rda-mena@example.gov.ua>',
                  subject=ew_b("Щодо інформації по плану \"Відкритий уряд\"", "windows-1251"),
                  date="2012-12-14 16:40:21",
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")])
    return msg(hs, root)


KEY = {"class": "not_report", "executor": "su-ekolohiia", "period": 2, "late": False,
       "kind": "not_report", "reason": "question",
       "note": "Russian-speaking clerk of the ecology department asks how to fill the table: what to write on measure 8 when there is no collegium and whether measure 2 is theirs at all; mentions the site and consultations only as questions.",
       "items": []}


@register(KEY)
def nr03_ekolohiia_ru_question(name):
    text = ("Добрый день, уважаемые коллеги!\n\n"
            "Готовим информацию к 15 июня по плану мероприятий «Открытое правительство» и возникло несколько вопросов, подскажите пожалуйста.\n\n"
            "1) По п. 8 — коллегия в управлении экологии и природных ресурсов не создана (штат 19 человек), положение об управлении коллегию не предусматривает. Что в этом случае писать — «не касается» или нужно объяснение? И надо ли вносить изменения в положение только ради этого пункта?\n\n"
            "2) По п. 2 — рубрика «Хід виконання цільових програм» на сайте ОГА, насколько мы понимаем, ведется главным финансовым управлением. Нам нужно самим подавать туда материалы по экологической программе или достаточно отчитаться вам?\n\n"
            "3) Консультации с общественностью мы проводим вместе с облсоветом (общественные слушания по ОВОС) — их можно указывать в отчете или только те, что по постановлению № 996?\n\n"
            "Заранее спасибо. Можно ответить по телефону 67-22-15 или на этот адрес.\n\n"
            "С уважением,\n"
            "Наталья Руденко\n"
            "ведущий специалист отдела экологической политики\n"
            "Управление экологии и природных ресурсов Черниговской ОГА\n")
    root = text_part(text, "windows-1251", "quoted-printable")
    hs = envelope(name, frm=f'"{ew_b("Руденко Наталья", "windows-1251")}" <ekolohiia@example.gov.ua>',
                  subject=ew_b("Вопрос по заполнению отчета (Открытое правительство)", "windows-1251"),
                  date="2013-05-28 11:37:58",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "Ac5beL" + sha(name, "ti")[:20]), ("Content-Language", "ru")])
    return msg(hs, root)


KEY = {"class": "not_report", "executor": "cppk", "period": 2, "late": False,
       "kind": "not_report", "reason": "announcement",
       "note": "Thunderbird announcement from the retraining centre of a seminar to be held in February (the subject of measure 13), with an .ics file attached; it announces future work only.",
       "items": []}


@register(KEY)
def nr04_cppk_announcement_ics(name):
    text = flowed("Шановні колеги!\n\n"
                  "Чернігівський центр перепідготовки та підвищення кваліфікації працівників органів державної влади, органів місцевого самоврядування, державних установ, підприємств і організацій повідомляє, що відповідно до пункту 13 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області 19–21 лютого 2013 року в приміщенні Центру (м. Чернігів, вул. Кирпоноса, 21, ауд. 305) відбудеться навчальний семінар «Інструменти політики сприяння розвитку громадянського суспільства: консультації з громадськістю, громадська експертиза» для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій з громадськістю, та спеціалістів, які їх безпосередньо організовують.\n\n"
                  "Програма семінару та списки слухачів будуть направлені структурним підрозділам окремим листом до 12 лютого. Для зручності додаємо файл календаря (семінар відкривається у вівторок о 10:00).\n\n"
                  "-- \n"
                  "Лук'яненко Світлана Олексіївна\n"
                  "завідувач навчально-методичного відділу\n"
                  "Чернігівського центру перепідготовки та підвищення кваліфікації\n"
                  "тел. (0462) 77-41-06\n")
    uid = sha(name, "uid")[:16]
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nVERSION:2.0\nMETHOD:PUBLISH\n"
           "BEGIN:VEVENT\nCREATED:20130205T082000Z\nLAST-MODIFIED:20130205T082100Z\nDTSTAMP:20130205T082100Z\n"
           f"UID:{uid}@cppk.example.gov.ua\nSUMMARY:Семінар: інструменти політики сприяння розвитку громадянського суспільства\n"
           "DTSTART;TZID=Europe/Kiev:20130219T100000\nDTEND;TZID=Europe/Kiev:20130221T160000\n"
           "LOCATION:м. Чернігів\\, вул. Кирпоноса\\, 21\\, ауд. 305\nEND:VEVENT\nEND:VCALENDAR\n")
    cal = Part([("Content-Type", 'text/calendar; charset=UTF-8;\r\n name="seminar_19-21.02.2013.ics"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", 'attachment;\r\n filename="seminar_19-21.02.2013.ics"')], b64(crlf(ics).encode("utf-8")))
    root = mixed(name, [text_part(text, "UTF-8", "8bit", extra_ct="; format=flowed"), cal], n=1, style="tb")
    hs = envelope(name, frm=f'{ew_b("Центр перепідготовки", "UTF-8")} <cppk@example.gov.ua>',
                  subject=ew_b("Про проведення семінару 19-21 лютого 2013 року", "UTF-8"),
                  date="2013-02-05 10:21:44", order="tb",
                  mailer="Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130107 Thunderbird/17.0.2")
    return msg(hs, root)


KEY = {"class": "not_report", "executor": "rda-talalaivka", "period": 2, "late": False,
       "kind": "not_report", "reason": "extension_request",
       "note": "Russian-language request from the Talalaivka district to extend the June deadline to 20.06.2013; it names measures 6, 9 and 12 as not yet compiled and reports nothing.",
       "items": []}


@register(KEY)
def nr05_talalaivka_ru_extension(name):
    text = ("Уважаемая Оксана Николаевна!\n\n"
            "Талалаевская райгосадминистрация просит продлить срок предоставления информации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти (п. 16) до 20 июня 2013 года.\n\n"
            "Ответственный работник сектора по вопросам внутренней политики находится в отпуске с 3 по 17 июня, а сведения от структурных подразделений по пп. 6, 9, 12 (консультации, обсуждение проектов, общественные экспертизы) собраны пока не в полном объеме.\n\n"
            "Благодарим за понимание.\n\n"
            "Первый заместитель председателя райгосадминистрации   В.Г. Шульга\n\n"
            "исп. Мельник О., тел. (04634) 2-15-09\n")
    root = text_part(text, "koi8-r", "8bit")
    hs = envelope(name, frm=f'{ew_b("Талалаевская РГА", "koi8-r")} <rda-talalaivka@example.gov.ua>',
                  subject=ew_b("О продлении срока (Открытое правительство)", "koi8-r"),
                  date="2013-06-13 15:03:26", order="bat", mailer="The Bat! (v3.99.3) Home")
    return msg(hs, root)


# ======================================================================== 4. ranges

KEY = {"class": "ranges", "executor": "rda-bakhmach", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "xlsx whose number cell reads «1–2, 6–9» over one long block of text (counts 1, 2, 6, 7, 8, 9, owed or not) while the «10, 12» row is «х»; the text also holds year ranges 2013–2015 and a date range «з 1 по 5 квітня».",
       "items": [{"measure": 1, "source": "Bakhmach_VU_1pivr2013.xlsx"}, {"measure": 2, "source": "Bakhmach_VU_1pivr2013.xlsx"},
                 {"measure": 6, "source": "Bakhmach_VU_1pivr2013.xlsx"}, {"measure": 7, "source": "Bakhmach_VU_1pivr2013.xlsx"},
                 {"measure": 8, "source": "Bakhmach_VU_1pivr2013.xlsx"}, {"measure": 9, "source": "Bakhmach_VU_1pivr2013.xlsx"}]}


@register(KEY)
def rg01_bakhmach_xlsx_block(name):
    rows = [["Інформація Бахмацької райдержадміністрації про виконання Плану заходів «Відкритий уряд» за І півріччя 2013 року", "", ""],
            ["№ пунктів плану", "Відповідальні", "Інформація про виконання"],
            ["1–2, 6–9", "апарат РДА, структурні підрозділи",
             "Офіційний веб-сайт райдержадміністрації постійно наповнюється: за півріччя розміщено 164 матеріали, в т.ч. звіти про виконання районних цільових програм та районного бюджету за 2012 рік і І квартал 2013 року, що дублюються для рубрик на сайті облдержадміністрації. "
             "Консультації з громадськістю проводилися у формі публічних обговорень: проекту Програми соціально-економічного розвитку району на 2013–2015 роки (з 1 по 5 квітня 2013 р., 6 зустрічей у сільських радах), проекту рішення про оптимізацію мережі дошкільних закладів (22.05.2013). "
             "До складу районної комісії з питань техногенно-екологічної безпеки та дорадчої ради з питань АПК включено 4 представників громадських організацій, у т.ч. голову громадської ради при РДА Лозу П.С. "
             "Голова громадської ради бере участь у засіданнях колегії райдержадміністрації. Члени громадської ради залучалися до обговорення проектів розпоряджень щодо тарифів на житлово-комунальні послуги та Програми «Питна вода» на 2013–2020 роки; надано 7 пропозицій."],
            ["10, 12", "сектор внутрішньої політики", "х"],
            ["16", "сектор внутрішньої політики", "Надіслано на uvp@cg.ukrtel.net"],
            ["", "", ""],
            ["Керівник апарату РДА", "", "Н.М. Вакуленко"]]
    data = office(name, "xlsx", csv_rows(rows))
    plain = ("Добрий день.\n\nНадсилаємо інформацію Бахмацької райдержадміністрації про виконання плану заходів з питань відкритості та прозорості (Відкритий уряд) за І півріччя 2013 року.\n\n"
             "З повагою,\nГерасименко Ірина\nсектор з питань внутрішньої політики, зв'язків з громадськістю та ЗМІ\nБахмацької РДА\n")
    html = html_doc(plain2html(plain), "utf-8", word=True)
    root = mixed(name, [alt(name, text_part(plain, "utf-8"), text_part(html, "utf-8", subtype="html")),
                        att_part(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Bakhmach_VU_1pivr2013.xlsx", style="ascii")])
    hs = envelope(name, frm=f'{ew_b("Бахмацька РДА", "utf-8")} <rda-bakhmach@example.gov.ua>',
                  subject=ew_b("Інформація Бахмацької РДА (Відкритий уряд), І півріччя 2013", "utf-8"),
                  date="2013-06-14 13:29:51",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac5o7" + sha(name, "ti")[:22]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "ranges", "executor": "su-finansy", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Outlook 2007 letter from the finance department: п. 1 and п. 2 in their own paragraphs, then «пп. 6-9, 12» answered as one block; «ст. 28–30 Бюджетного кодексу», «з 01.07 по 30.11.2013» «2014–2016» and «уточнено пп. 4, 7 Порядку» (another document's points) are not measures.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 2, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"},
                 {"measure": 12, "source": "body"}]}


@register(KEY)
def rg02_finansy_pp_block(name):
    plain = ("Вих. № 08-14/2931 від 11.12.2013\n\n"
             "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
             "Головне фінансове управління облдержадміністрації на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року повідомляє.\n\n"
             "По п. 1. Сторінка Головного фінансового управління на офіційному веб-сайті облдержадміністрації наповнюється відповідно до вимог законів України «Про доступ до публічної інформації» та «Про інформацію»; з 01.07 по 30.11.2013 розміщено 38 матеріалів, у тому числі щомісячні огляди виконання зведеного бюджету області, розпорядження про зміни до обласного бюджету, відповіді на типові запити.\n\n"
             "По п. 2. У рубриці «Виконання місцевих бюджетів Чернігівської області» щомісяця до 15 числа оприлюднюється інформація про виконання доходної та видаткової частин обласного та районних бюджетів, бюджетів міст обласного значення, а також річні звіти, складені відповідно до ст. 28–30 Бюджетного кодексу України. Інформацію для рубрики «Хід виконання цільових програм» у частині фінансування обласних програм подано до 20.07 та 20.10.2013.\n\n"
             "По пп. 6-9, 12. Проект обласного бюджету на 2014 рік та прогноз на 2014–2016 роки пройшли публічне громадське обговорення (09.10.2013, 46 учасників), до якого залучено членів Громадської ради при облдержадміністрації; їх пропозиції щодо видатків на капітальний ремонт шкіл розглянуто на засіданні бюджетної комісії обласної ради, до складу якої як дорадчого органу входить представник Громадської ради. Голова комітету Громадської ради з питань бюджету та фінансів Марченко Л.А. є членом колегії Головного фінансового управління (наказ від 15.02.2013 № 31) і брав участь у засіданні колегії 26.09.2013. Проект розпорядження про порядок використання коштів резервного фонду пройшов громадську антикорупційну експертизу (ГО «Прозорий бюджет Чернігівщини»), за її пропозиціями уточнено пп. 4, 7 Порядку.\n\n"
             "Начальник управління                                   В.П. Коваленко\n\n"
             "Ткаченко 67-38-02\n")
    html = html_doc(plain2html(plain), "windows-1251", word=True)
    root = alt(name, text_part(plain, "windows-1251"), text_part(html, "windows-1251", subtype="html"))
    hs = envelope(name, frm=f'"{ew_b("Головне фінансове управління", "windows-1251")}" <finansy@example.gov.ua>',
                  subject=ew_b("Вих. 08-14/2931 інформація по плану Відкритий уряд", "windows-1251"),
                  date="2013-12-11 11:44:18",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "Ac72UL" + sha(name, "ti")[:20]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "ranges", "executor": "rda-kozelets", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian letter from the Kozelets district: «п.п. 1, 6» and «пп. 7-9» are each answered as a block (8 counts although a district does not owe it), «пп. 10, 12 — мероприятия не проводились» is a bare denial, «с 5 по 9 ноября» is a date range.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"},
                 {"measure": 8, "source": "body"}, {"measure": 9, "source": "body"}]}


@register(KEY)
def rg03_kozelets_ru_pp(name):
    plain = ("Добрый день!\n\n"
             "Козелецкая районная государственная администрация направляет информацию о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области в рамках Инициативы «Партнерство «Открытое правительство» за 2012 год.\n\n"
             "По п.п. 1, 6. Официальный веб-сайт райгосадминистрации переведен на новую платформу, создан раздел «Консультации с общественностью», в котором размещается ежегодный план проведения консультаций и отчеты о их результатах. В течение года проведено 5 консультаций: общественные слушания по проекту районного бюджета, «круглый стол» по вопросам развития сельского зеленого туризма, а также неделя открытого диалога с 5 по 9 ноября 2012 года в Остерском, Даневском и Моровском сельсоветах (около 180 участников).\n\n"
             "По пп. 7-9. Представители общественных организаций включены в состав 6 консультативно-совещательных органов при райгосадминистрации (распоряжение от 17.09.2012 № 412). Председатель общественного совета при РГА принимает участие в заседаниях коллегии райгосадминистрации. Члены общественного совета привлекались к обсуждению проектов распоряжений о районной программе «Здоровье» на 2013–2017 годы и о тарифах на услуги водоснабжения.\n\n"
             "По пп. 10, 12 — мероприятия не проводились.\n\n"
             "Заместитель председателя РГА                     А.Н. Кузьменко\n\n"
             "исп. Пархоменко Е.В.\n")
    html = html_doc(plain2html(plain), "utf-8", word=True)
    root = alt(name, text_part(plain, "utf-8", "base64"), text_part(html, "utf-8", "base64", subtype="html"))
    hs = envelope(name, frm=f'{ew_b("Козелецкая РГА", "utf-8")} <rda-kozelets@example.gov.ua>',
                  subject=ew_b("Информация Козелецкой РГА - Открытое правительство 2012", "utf-8"),
                  date="2012-12-12 09:31:02",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac3YQ1" + sha(name, "ti")[:20]), ("Content-Language", "ru")])
    return msg(hs, root)


KEY = {"class": "ranges", "executor": "su-osvita", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Word 97 .doc from the education department with headings «Пункти 1, 2», «Пункти з 6 по 9» and «Пункт 12», each answered as one block; «1–4 класів», «2011–2015 роки», «з 2 по 6 квітня» and order numbers are noise.",
       "items": [{"measure": 1, "source": "Інформація_Відкритий уряд_освіта.doc"}, {"measure": 2, "source": "Інформація_Відкритий уряд_освіта.doc"},
                 {"measure": 6, "source": "Інформація_Відкритий уряд_освіта.doc"}, {"measure": 7, "source": "Інформація_Відкритий уряд_освіта.doc"},
                 {"measure": 8, "source": "Інформація_Відкритий уряд_освіта.doc"}, {"measure": 9, "source": "Інформація_Відкритий уряд_освіта.doc"},
                 {"measure": 12, "source": "Інформація_Відкритий уряд_освіта.doc"}]}


@register(KEY)
def rg04_osvita_doc_sections(name):
    body = ("<p align='center'><b>ІНФОРМАЦІЯ<br>управління освіти і науки облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» (І півріччя 2013 року)</b></p>\n"
            "<p><b>Пункти 1, 2</b></p>\n"
            "<p>Офіційний веб-сайт управління освіти і науки (osvita.cg.gov.ua) та сторінка управління на сайті облдержадміністрації наповнюються відповідно до законодавства. За І півріччя розміщено 215 новин, 62 накази нормативного характеру, результати зовнішнього незалежного оцінювання, інформацію про мережу закладів. Для рубрики «Хід виконання цільових програм» подано звіти про виконання обласних програм «Шкільний автобус» та «Освіта Чернігівщини на 2011–2015 роки», зокрема в частині забезпечення учнів 1–4 класів безкоштовним харчуванням.</p>\n"
            "<p><b>Пункти з 6 по 9</b></p>\n"
            "<p>Відповідно до орієнтовного плану проведено консультації з громадськістю щодо проекту Концепції розвитку мережі загальноосвітніх навчальних закладів (з 2 по 6 квітня 2013 року, 9 зустрічей з батьківськими комітетами, 420 учасників). До складу атестаційної комісії та опікунської ради управління введено представників ГО «Батьківська ініціатива» та обласної організації профспілки працівників освіти. Голова комітету Громадської ради з гуманітарної політики Осадча В.М. введена до складу колегії управління (наказ від 11.01.2013 № 9), відповідні зміни до Положення про управління внесено. Члени громадської ради залучалися до обговорення проектів наказів щодо порядку зарахування до ліцеїв-інтернатів та обласної програми оздоровлення дітей.</p>\n"
            "<p><b>Пункт 12</b></p>\n"
            "<p>За зверненням ГО «Центр громадського моніторингу» сприяли проведенню громадської експертизи діяльності управління щодо розгляду звернень громадян. На виконання експертних пропозицій розроблено план заходів (наказ від 17.05.2013 № 201), запроваджено електронну реєстрацію звернень.</p>\n"
            "<p>Заступник начальника управління &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Л.Г. Бойко</p>")
    data = office(name, "doc", doc_html(body, "Інформація освіта"))
    fname = "Інформація_Відкритий уряд_освіта.doc"
    plain = ("Доброго дня!\n\nНадсилаємо інформацію управління освіти і науки облдержадміністрації про виконання плану заходів \"Відкритий уряд\" за І півріччя 2013 року.\n"
             "Паперовий примірник направлено з вих. № 01-11/1874 від 13.06.2013.\n\n"
             "Білоус Оксана\nсектор документообігу\n")
    root = mixed(name, [text_part(plain, "windows-1251"),
                        att_part(data, "application/msword", fname, style="q", charset="windows-1251")], n=1)
    hs = envelope(name, frm=f'"{ew_q("Управління освіти і науки", "windows-1251")}" <osvita@example.gov.ua>',
                  subject=ew_q("Відкритий уряд - інформація управління освіти", "windows-1251"),
                  date="2013-06-13 16:58:02",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac5oK" + sha(name, "ti")[:22]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "ranges", "executor": "rda-horodnia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Thunderbird letter: «По пункту 1» and «Пункти 6, 7 і 9» answered as a block whose text holds the date range «з 6 по 9 грудня» (which must not add 8); «пп. 10, 12 – не проводились» is a bare denial.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"},
                 {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@register(KEY)
def rg05_horodnia_tb_dates(name):
    text = ("Шановні колеги!\n\n"
            "Городнянська районна державна адміністрація на виконання пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області інформує.\n\n"
            "По пункту 1. Офіційний сайт Городнянської РДА оновлено: запроваджено сторінки сільських рад, форму електронного запиту на публічну інформацію, архів розпоряджень голови за 2011-2012 роки. Щодня розміщуються новини району, щомісяця — звіти структурних підрозділів.\n\n"
            "Пункти 6, 7 і 9. З 6 по 9 грудня 2012 року в районі проведено тиждень громадських консультацій щодо проекту районного бюджету на 2013 рік (зустрічі в Тупичеві, Хоробичах, Дібрівному та Городні, 137 учасників). До складу районної ради з питань розвитку підприємництва включено трьох представників громадських організацій, у т.ч. двох членів громадської ради при РДА. Члени громадської ради взяли участь в обговоренні проекту розпорядження про затвердження Програми підтримки сімей з дітьми; пропозиції враховано.\n\n"
            "пп. 10, 12 – не проводились.\n\n"
            "Заступник голови РДА Н.І. Жук\n\n"
            "-- \n"
            "Сектор з питань внутрішньої політики\n"
            "Городнянської райдержадміністрації\n"
            "тел. (04645) 2-12-48\n")
    root = text_part(flowed(text), "UTF-8", "8bit", extra_ct="; format=flowed")
    hs = envelope(name, frm="rda-horodnia@example.gov.ua",
                  subject=ew_b("Інформація Городнянської РДА щодо плану заходів (Відкритий уряд)", "UTF-8"),
                  date="2012-12-14 14:06:37", order="tb",
                  mailer="Mozilla/5.0 (Windows NT 5.1; rv:16.0) Gecko/20121026 Thunderbird/16.0.2")
    return msg(hs, root)


# ======================================================================== 5. prose

KEY = {"class": "prose", "executor": "rda-pryluky", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "PDF letter (text layer) from the Pryluky district with no plan numbers: paragraphs on the site (1), consultations (6, with a passing «розміщено на сайті»), one paragraph on advisory bodies and discussed drafts (7 and 9), the openness working group (10) and a denial that names expertise (12).",
       "items": [{"measure": 1, "source": "Лист_Прилуцька РДА_відкритий уряд.pdf"}, {"measure": 6, "source": "Лист_Прилуцька РДА_відкритий уряд.pdf"},
                 {"measure": 7, "source": "Лист_Прилуцька РДА_відкритий уряд.pdf"}, {"measure": 9, "source": "Лист_Прилуцька РДА_відкритий уряд.pdf"},
                 {"measure": 10, "source": "Лист_Прилуцька РДА_відкритий уряд.pdf"}, {"measure": 12, "source": "Лист_Прилуцька РДА_відкритий уряд.pdf"}]}


@register(KEY)
def pr01_pryluky_pdf(name):
    body = ("<p align='center'><b>УКРАЇНА<br>ПРИЛУЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ<br>ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b><br>вул. Ковбасюка, 8, м. Прилуки, 17500, тел. (04637) 3-05-12</p>\n"
            "<p>11.06.2013 № 02-19/1107</p>\n"
            "<p style='margin-left:55%'>Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>\n"
            "<p>Про виконання Плану заходів</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;Прилуцька районна державна адміністрація, розглянувши лист управління від 20.05.2013 № 03-08/986, інформує про хід виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» у першому півріччі 2013 року.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;Інформаційне наповнення офіційного веб-сайту райдержадміністрації здійснюється відповідно до Порядку, затвердженого розпорядженням голови райдержадміністрації від 14.01.2013 № 8. На сайті функціонують розділи «Доступ до публічної інформації», «Регуляторна політика», «Звернення громадян», «Громадська рада»; у першому півріччі розміщено 187 інформаційних матеріалів, 44 розпорядження голови, проекти 6 регуляторних актів. Середня відвідуваність сайту становить 310 переглядів на добу.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;Відповідно до постанови Кабінету Міністрів України від 03.11.2010 № 996 та орієнтовного плану на 2013 рік проведено консультації з громадськістю у формі громадських слухань щодо проекту Програми розвитку фізичної культури і спорту в районі на 2013–2016 роки (19.03.2013), «круглого столу» з питань благоустрою сільських населених пунктів (25.04.2013) та електронного обговорення проекту Програми охорони навколишнього природного середовища; звіти про результати обговорень розміщено на сайті.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;Представники інститутів громадянського суспільства входять до складу 9 дорадчо-консультативних органів при райдержадміністрації, зокрема до районної ради з питань розвитку підприємництва введено голову громадської ради при РДА Лисенка В.О. та голову ГО «Прилуччина фермерська». Члени громадської ради залучалися до громадського обговорення проектів розпоряджень голови райдержадміністрації щодо розподілу субвенції на соціально-економічний розвиток територій та проекту районної програми «Питна вода»; за результатами обговорення врахували 5 пропозицій.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;На виконання рекомендації райдержадміністрації громадська рада на своєму засіданні 28.02.2013 утворила у своєму складі робочу групу з питань відкритості та прозорості діяльності органу влади у складі 4 осіб, яка готує щопівроку висновки щодо доступності інформації про діяльність райдержадміністрації.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;Громадських експертиз діяльності райдержадміністрації та громадських антикорупційних експертиз проектів нормативно-правових актів у звітному періоді не проводилось, відповідних запитів від інститутів громадянського суспільства не надходило.</p>\n"
            "<p>&nbsp;</p><p>Голова районної державної адміністрації &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; М.П. Дегтяренко</p>\n"
            "<p style='font-size:9pt'>Сидоренко 3-05-41</p>")
    data = office(name, "pdf", doc_html(body, "Лист Прилуцька РДА"))
    fname = "Лист_Прилуцька РДА_відкритий уряд.pdf"
    plain = ("Добрий день!\n\nНа Ваш лист від 20.05.2013 надсилаємо скан-копію... вибачте, PDF-версію листа Прилуцької РДА від 11.06.2013 № 02-19/1107. Оригінал надіслано поштою.\n\n"
             "З повагою\nСидоренко Алла\nзагальний відділ апарату РДА\n")
    html = html_doc(plain2html(plain), "windows-1251", word=True)
    root = mixed(name, [alt(name, text_part(plain, "windows-1251"), text_part(html, "windows-1251", subtype="html")),
                        att_part(data, "application/pdf", fname, style="b", charset="windows-1251")])
    hs = envelope(name, frm=f'"{ew_b("Прилуцька РДА", "windows-1251")}" <rda-pryluky@example.gov.ua>',
                  subject=ew_b("лист 02-19/1107 від 11.06.2013", "windows-1251"),
                  date="2013-06-12 08:57:14",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "Ac5nL" + sha(name, "ti")[:22])])
    return msg(hs, root)


KEY = {"class": "prose", "executor": "su-zhkh", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "docx from the housing and utilities department with subject headings and no numbers: one paragraph covers the site and the target-programme rubric (1 and 2), one the tariff consultations (with a passing site mention), one the collegium (8); the closing plan for January is a promise.",
       "items": [{"measure": 1, "source": "Інформація УЖКГ.docx"}, {"measure": 2, "source": "Інформація УЖКГ.docx"},
                 {"measure": 6, "source": "Інформація УЖКГ.docx"}, {"measure": 8, "source": "Інформація УЖКГ.docx"}]}


@register(KEY)
def pr02_zhkh_docx_headings(name):
    body = ("<p align='center'><b>Інформація<br>управління житлово-комунального господарства облдержадміністрації щодо підвищення рівня відкритості та прозорості діяльності (IV квартал 2012 року)</b></p>\n"
            "<p><b><i>Робота офіційного веб-сайту та рубрик</i></b></p>\n"
            "<p>Управлінням забезпечується своєчасне наповнення власної сторінки на офіційному веб-сайті облдержадміністрації: розміщуються накази, інформація про тарифи на житлово-комунальні послуги, графіки прийому громадян, результати перевірок якості послуг (у IV кварталі – 29 матеріалів). Для рубрики «Хід виконання цільових програм» підготовлено інформацію про виконання Програми реформування і розвитку житлово-комунального господарства області на 2010–2014 роки та обласної програми «Питна вода Чернігівщини» за 9 місяців 2012 року, яку розміщено на сайті.</p>\n"
            "<p><b><i>Консультації з громадськістю</i></b></p>\n"
            "<p>Спільно з Чернігівською міською радою 21.11.2012 проведено громадські слухання щодо економічного обґрунтування тарифів на теплову енергію для населення на 2013 рік, у яких взяли участь 64 особи, в тому числі голови ОСББ, представники ГО «Спілка споживачів Чернігівщини». Протягом грудня проводиться електронне обговорення проекту регіональної програми енергоефективності; оголошення про обговорення розміщено на сайті облдержадміністрації, пропозиції приймаються до 25.12.2012.</p>\n"
            "<p><b><i>Колегія управління</i></b></p>\n"
            "<p>Наказом управління від 22.10.2012 № 118 до складу колегії управління введено за згодою голову комітету Громадської ради з питань житлово-комунального господарства та енергозбереження Кравченка М.Ю., внесено відповідні зміни до Положення про управління. 14.11.2012 він взяв участь у засіданні колегії з питання підготовки житлового фонду до опалювального сезону.</p>\n"
            "<p>У січні 2013 року питання виконання Плану заходів буде розглянуто на засіданні колегії управління.</p>\n"
            "<p>Начальник управління &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; С.І. Шевчук</p>")
    data = office(name, "docx", doc_html(body, "Інформація УЖКГ"))
    plain = ("Доброго дня.\nНаправляємо інформацію УЖКГ ОДА (у вкладенні).\n\nВаляєва Ю.\nтел. 67-47-21\n")
    html = html_doc(plain2html(plain), "windows-1251", word=True)
    root = mixed(name, [alt(name, text_part(plain, "windows-1251"), text_part(html, "windows-1251", subtype="html")),
                        att_part(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Інформація УЖКГ.docx", style="q", charset="windows-1251")])
    hs = envelope(name, frm=f'"{ew_q("Управління ЖКГ", "windows-1251")}" <zhkh@example.gov.ua>',
                  subject=ew_q("інформація УЖКГ", "windows-1251"),
                  date="2012-12-13 17:22:39",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac3ZSP" + sha(name, "ti")[:20]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "prose", "executor": "su-sotszakhyst", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian Word 97 .doc from the social protection department, no numbers: the site paragraph mentions consultation announcements only in passing (no 6 from it), while separate paragraphs report consultations (6), the advisory council (7) and an NGO's public expertise with follow-up measures (12).",
       "items": [{"measure": 1, "source": "Открытое правительство УТСЗН.doc"}, {"measure": 6, "source": "Открытое правительство УТСЗН.doc"},
                 {"measure": 7, "source": "Открытое правительство УТСЗН.doc"}, {"measure": 12, "source": "Открытое правительство УТСЗН.doc"}]}


@register(KEY)
def pr03_sotszakhyst_ru_doc(name):
    body = ("<p align='center'><b>ИНФОРМАЦИЯ<br>управления труда и социальной защиты населения облгосадминистрации о ходе выполнения Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти в области (II полугодие 2013 года)</b></p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;Управлением обеспечивается наполнение страницы на официальном веб-сайте облгосадминистрации: размещаются сведения о порядке назначения всех видов социальной помощи и субсидий, образцы заявлений, адреса и графики работы районных управлений соцзащиты, анонсы консультаций с общественностью и ответы на наиболее частые вопросы граждан. За полугодие размещено 57 материалов, обновлен раздел «Доступ к публичной информации».</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;В рамках консультаций с общественностью 17.09.2013 проведено заседание «круглого стола» по проекту областной программы социальной поддержки семей, воспитывающих детей-инвалидов, на 2014–2016 годы с участием 12 общественных организаций инвалидов, а в октябре — ноябре проведены общественные слушания в 8 районах по вопросам монетизации льгот на проезд. Поступившие 23 предложения обобщены, 15 учтены при доработке проекта программы.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;В состав областного совета по делам лиц с ограниченными физическими возможностями и областной координационной рады по вопросам гендерного равенства включены представители 7 общественных организаций, в том числе два члена Общественного совета при облгосадминистрации.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;Общественная организация «Чернигівська правова ініціатива» провела общественную экспертизу деятельности управления по предоставлению жилищных субсидий. С учетом экспертных предложений разработан и утвержден приказом от 04.11.2013 № 266 план мероприятий, которым предусмотрено сокращение сроков рассмотрения обращений и введение предварительной записи на прием по телефону.</p>\n"
            "<p>Начальник управления &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Т.А. Сергиенко</p>")
    data = office(name, "doc", doc_html(body, "Информация УТСЗН"))
    fname = "Открытое правительство УТСЗН.doc"
    plain = ("Здравствуйте.\nНаправляю информацию управления труда и соцзащиты по плану \"Открытое правительство\" за второе полугодие.\n\n"
             "Вера Гончар\nуправление труда и социальной защиты населения ОГА\n")
    root = mixed(name, [text_part(plain, "koi8-r", "8bit"),
                        att_part(data, "application/msword", fname, style="2231", charset="koi8-r")], n=1, style="bat", preamble=None)
    hs = envelope(name, frm=f'{ew_b("Вера Гончар", "koi8-r")} <sotszakhyst@example.gov.ua>',
                  subject=ew_b("Информация - Открытое правительство (УТСЗН)", "koi8-r"),
                  date="2013-12-12 09:48:20", order="bat", mailer="The Bat! (v5.0.36) Professional")
    return msg(hs, root)


KEY = {"class": "prose", "executor": "uvp", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "УВП's own report from its registered box, a long HTML letter (Outlook twin) with no numbers: the web resource (3), hot line (5), recommendations to councils (10), open days (11), seminar (13), guide (14) and public discussion of the plan (15); the forum (4) is only promised for 2013.",
       "items": [{"measure": 3, "source": "body"}, {"measure": 5, "source": "body"}, {"measure": 10, "source": "body"},
                 {"measure": 11, "source": "body"}, {"measure": 13, "source": "body"}, {"measure": 14, "source": "body"},
                 {"measure": 15, "source": "body"}]}


@register(KEY)
def pr04_uvp_html_prose(name):
    paras = [
        "Шановна Оксано Миколаївно!",
        "Надсилаю, як домовлялися, довідку відділу взаємодії з інститутами громадянського суспільства для зведеної інформації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у 2012 році (щодо заходів, виконавцем яких визначено управління).",
        "Спільно з Громадською радою при облдержадміністрації створено веб-ресурс «Чернігівська громада» (gromada.cg.gov.ua), який запрацював у тестовому режимі з 1 листопада 2012 року; на ньому розміщено інформацію про діяльність громадських рад області, реєстр громадських організацій, календар консультацій з громадськістю. Модератором ресурсу визначено головного спеціаліста відділу Голуба І.В. На базі ресурсу у I кварталі 2013 року планується створити Інтернет-форум, технічне завдання на який погоджується з Громадською радою.",
        "Разом з відділом роботи із зверненнями громадян апарату забезпечено роботу «гарячої лінії» голови облдержадміністрації: працівники управління щоп'ятниці чергують на лінії, у IV кварталі ними прийнято 214 звернень, переважно з питань діяльності органів місцевого самоврядування та релігійних організацій.",
        "Громадським радам при райдержадміністраціях та структурних підрозділах листом управління від 08.10.2012 № 03-08/1702 рекомендовано утворити у своєму складі комісії (робочі групи) з питань відкритості та прозорості діяльності органу влади; станом на 10 грудня такі робочі групи утворено у 9 громадських радах.",
        "Щомісяця, в останній четвер, управління проводить «День відкритих дверей» для представників громадськості та засобів масової інформації: у жовтні – грудні відбулося три такі заходи, в яких взяли участь 57 осіб, у тому числі студенти Чернігівського національного університету та журналісти районних газет.",
        "22–23 листопада 2012 року спільно з Чернігівським центром перепідготовки та підвищення кваліфікації проведено навчальний семінар «Консультації з громадськістю: від планування до звіту» для заступників керівників структурних підрозділів облдержадміністрації, відповідальних за організацію консультацій, та спеціалістів, які їх організовують (38 слухачів).",
        "Управлінням розроблено методичний посібник «Інструменти політики сприяння розвитку громадянського суспільства» (обсяг 64 с., наклад 300 примірників), який поширено серед структурних підрозділів облдержадміністрації та райдержадміністрацій, а електронну версію розміщено на веб-ресурсі «Чернігівська громада».",
        "30 листопада 2012 року у прес-центрі облдержадміністрації за участю регіонального координатора «Партнерства „Відкритий уряд“» та членів Громадської ради відбулося громадське обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області; учасники висловили 12 пропозицій, які узагальнено для врахування у плані на 2013 рік.",
        "З повагою",
        "Марина Пономаренко",
        "начальник відділу взаємодії з інститутами громадянського суспільства",
        "управління з питань внутрішньої політики та зв'язків з громадськістю ОДА",
        "тел. 67-50-17"]
    import html as H
    plain = "\n\n".join(paras[:9]) + "\n\n" + "\n".join(paras[9:]) + "\n"
    html = html_doc("<div class=WordSection1>\n" + "\n".join(f'<p class=MsoNormal style="text-align:justify;text-indent:35.4pt">{H.escape(p)}<o:p></o:p></p>' for p in paras[:9])
                    + '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
                    + "\n".join(f'<p class=MsoNormal><span style="color:#1F497D">{H.escape(p)}</span></p>' for p in paras[9:]) + "\n</div>", "utf-8", word=True)
    root = alt(name, text_part(plain, "utf-8"), text_part(html, "utf-8", subtype="html"))
    hs = envelope(name, frm=f'{ew_b("Пономаренко Марина", "utf-8")} <uvp-info@example.gov.ua>',
                  subject=ew_b("довідка відділу до зведеної інформації (Відкритий уряд, 2012)", "utf-8"),
                  date="2012-12-14 17:49:03",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac3aGB" + sha(name, "ti")[:20]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "prose", "executor": "rda-chernihiv", "period": 3, "late": True,
       "kind": "report", "reason": None,
       "note": "Outlook Express plain letter two days after the December 2013 deadline, no numbers: the long site paragraph also lists consultation announcements and results in passing (no item for 6), then advisory bodies (7) and an NGO anti-corruption expertise (12).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}


@register(KEY)
def pr05_chernihiv_oe_late(name):
    text = ("Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\n"
            "Чернігівська районна державна адміністрація надає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року.\n\n"
            "На офіційному веб-сайті райдержадміністрації забезпечено оприлюднення розпоряджень голови, що мають нормативний характер, проектів регуляторних актів, звітів про виконання районного бюджету, інформації про вакантні посади, а також оголошень про проведення консультацій з громадськістю та звітів про їх результати, відповідно до вимог Закону України «Про доступ до публічної інформації». У липні 2013 року сайт переведено на новий хостинг, оновлено структуру розділів «Громадська рада» та «Запити на інформацію»; за півріччя розміщено 240 матеріалів.\n\n"
            "До складу дорадчо-консультативних органів при райдержадміністрації (районна рада з питань розвитку підприємництва, комісія з питань захисту прав дитини, координаційна рада з питань національно-патріотичного виховання) протягом півріччя додатково включено 5 представників громадських організацій, у тому числі голову та секретаря громадської ради при райдержадміністрації.\n\n"
            "Громадською організацією «Антикорупційний комітет Придесення» проведено громадську антикорупційну експертизу проекту розпорядження голови райдержадміністрації про порядок надання в оренду майна спільної власності територіальних громад району; обидві пропозиції експертів враховано у прийнятому розпорядженні від 23.10.2013 № 511.\n\n"
            "Голова районної державної адміністрації                         О.В. Кузнєцов\n\n"
            "Виконавець: Мирошниченко Т.П., 67-63-20\n")
    root = text_part(wrap(text, 76), "windows-1251", "quoted-printable")
    hs = envelope(name, frm=f'"{ew_b("Чернігівська РДА", "windows-1251")}" <rda-chernihiv@example.gov.ua>',
                  subject=ew_b("Інформація про виконання Плану заходів", "windows-1251"),
                  date="2013-12-17 10:02:55",
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5931")])
    return msg(hs, root)


# ======================================================================== 6. foreign_numbers

KEY = {"class": "foreign_numbers", "executor": "rda-borzna", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "ODT report following the district's own plan numbering (1.1, 1.2, 2.1, 2.3, 3.2) with decision numbers and counts: 1.1 is the site (1), 2.1 consultations (6), 2.3 discussed drafts (9); 1.2 is newspaper coverage (no measure) and 3.2 a bare «не проводились».",
       "items": [{"measure": 1, "source": "Борзна_інформація_відкритість_IV кв 2012.odt"},
                 {"measure": 6, "source": "Борзна_інформація_відкритість_IV кв 2012.odt"},
                 {"measure": 9, "source": "Борзна_інформація_відкритість_IV кв 2012.odt"}]}


@register(KEY)
def fn01_borzna_odt_own_plan(name):
    body = ("<p align='center'><b>ІНФОРМАЦІЯ<br>про виконання районного Плану заходів щодо відкритості та прозорості діяльності Борзнянської районної державної адміністрації на 2012–2013 роки (затверджено розпорядженням голови РДА від 01.10.2012 № 245) за IV квартал 2012 року</b></p>\n"
            "<table width='100%'><tr><th>№ з/п районного плану</th><th>Захід</th><th>Виконання</th></tr>\n"
            "<tr><td>1.1</td><td>Забезпечити наповнення офіційного веб-сайту райдержадміністрації</td><td>На офіційному сайті РДА у IV кварталі розміщено 74 новини, 19 розпоряджень, 3 проекти регуляторних актів. Створено розділ «Публічна інформація», оприлюднено 2 набори даних. Відповідальний – сектор інформаційно-аналітичної роботи (2 працівники).</td></tr>\n"
            "<tr><td>1.2</td><td>Висвітлення діяльності РДА у районній газеті «Борзнянські вісті»</td><td>Опубліковано 26 матеріалів, 4 інтерв'ю голови РДА.</td></tr>\n"
            "<tr><td>2.1</td><td>Проведення консультацій з громадськістю</td><td>Проведено 3 консультації з громадськістю: громадські слухання щодо проекту районного бюджету на 2013 рік (05.12.2012, 61 учасник), зустріч з підприємцями щодо ставок єдиного податку (16.11.2012), опитування жителів щодо маршрутів автобусів (жовтень, 212 анкет).</td></tr>\n"
            "<tr><td>2.3</td><td>Залучення членів громадської ради до обговорення проектів рішень</td><td>Члени громадської ради при РДА (11 осіб) залучені до обговорення проекту рішення районної ради «Про районну програму підтримки сім'ї на 2013 рік» та проекту розпорядження № 276 «Про заходи з благоустрою»; внесено 6 пропозицій, враховано 4.</td></tr>\n"
            "<tr><td>3.2</td><td>Громадський контроль за діяльністю РДА</td><td>Не проводились</td></tr>\n"
            "</table>\n<p>Керівник апарату РДА &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Г.В. Литвин</p>")
    data = office(name, "odt", doc_html(body, "Борзна"))
    fname = "Борзна_інформація_відкритість_IV кв 2012.odt"
    plain = ("Добрий день.\r\n\r\nБорзнянська райдержадміністрація надсилає інформацію про виконання заходів з відкритості та прозорості за IV квартал 2012 року (за районним планом, що відповідає обласному).\r\n\r\n"
             "Прохання відкривати в OpenOffice або LibreOffice.\r\n\r\nЛитвин Галина Василівна\r\nкерівник апарату Борзнянської РДА\r\n").replace("\r\n", "\n")
    html = html_doc(plain2html(plain), "utf-8")
    root = mixed(name, [alt(name, text_part(plain, "utf-8"), text_part(html, "utf-8", subtype="html"), style="web"),
                        att_part(data, "application/vnd.oasis.opendocument.text", fname, style="2231")], n=2, style="web", preamble=None)
    hs = envelope(name, frm=f'{ew_b("Борзнянська РДА", "utf-8")} <rda-borzna@example.gov.ua>',
                  subject=ew_b("Інформація Борзнянської РДА, IV квартал 2012", "utf-8"),
                  date="2012-12-10 12:18:44",
                  extra=[("X-Mailer", "Microsoft Windows Live Mail 15.4.3555.308"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V15.4.3555.308")])
    return msg(hs, root)


KEY = {"class": "foreign_numbers", "executor": "su-kapbud", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Plain Outlook letter numbered 1.–4. by the clerk, not by the plan: 1. consultations (6), 2. collegium (8), 3. site (1), 4. a denial that names public expertise (12); order numbers, counts and dates add noise.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 8, "source": "body"}, {"measure": 12, "source": "body"}]}


@register(KEY)
def fn02_kapbud_own_numbering(name):
    text = ("Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА\n\n"
            "Управління капітального будівництва облдержадміністрації на виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року повідомляє наступне.\n\n"
            "1. Консультації з громадськістю. 27.03.2013 спільно з Ніжинською міською радою проведено громадське обговорення проектної документації на реконструкцію стадіону «Спартак» у м. Ніжині (присутні 38 осіб, отримано 9 пропозицій, з них 6 враховано проектною організацією). 16.05.2013 у Новгород-Сіверському проведено зустріч з громадськістю щодо будівництва амбулаторії загальної практики сімейної медицини.\n\n"
            "2. До складу колегії управління наказом від 04.02.2013 № 12 введено голову комітету Громадської ради з питань розвитку інфраструктури та будівництва Гайового Д.О. (за згодою). Зміни до Положення про управління щодо складу колегії погоджено. На засіданні колегії 25.04.2013 розглянуто 2 питання за участю представника Громадської ради.\n\n"
            "3. На сторінці управління офіційного веб-сайту облдержадміністрації постійно оновлюється перелік об'єктів будівництва, що фінансуються з державного та обласного бюджетів (41 об'єкт), інформація про проведення процедур закупівель та стан освоєння коштів станом на 1 число кожного місяця.\n\n"
            "4. Громадські експертизи діяльності управління у звітному періоді не проводились.\n\n"
            "Начальник управління                               О.М. Гречко\n\n"
            "вик. Карпенко 67-29-33\n")
    root = text_part(text, "windows-1251", "quoted-printable")
    hs = envelope(name, frm=f'"{ew_q("Управління капбудівництва", "windows-1251")}" <kapbud@example.gov.ua>',
                  subject=ew_q("Інформація УКБ (відкритий уряд) за І півріччя 2013", "windows-1251"),
                  date="2013-06-10 15:33:12",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac5l3T" + sha(name, "ti")[:20]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "foreign_numbers", "executor": "rda-koriukivka", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian letter with the clerk's own items 1)–3) and sub-items а), б), an order «№ 312», counts and dates: 1) consultations (6), 2) advisory bodies (7), 3) anti-corruption expertise (12).",
       "items": [{"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 12, "source": "body"}]}


@register(KEY)
def fn03_koriukivka_ru_subitems(name):
    plain = ("Добрый день.\n\n"
             "Корюковская районная государственная администрация в ответ на Ваш запрос о выполнении Плана мероприятий (Открытое правительство) за II полугодие 2013 года сообщает:\n\n"
             "1) по вопросу проведения консультаций с общественностью в соответствии с постановлением КМУ № 996:\n"
             "   а) 14.10.2013 – общественные слушания по проекту районной программы развития образования на 2014–2018 годы (участвовало 47 человек, поступило 8 предложений);\n"
             "   б) 20.11.2013 – электронные консультации по проекту распоряжения о режиме работы рынков;\n"
             "   в) 3 заседания «круглого стола» с представителями сельскохозяйственных предприятий;\n"
             "2) распоряжением председателя РГА от 02.09.2013 № 312 в состав районной комиссии по вопросам занятости населения и районного совета по вопросам развития малого бизнеса включены 12 человек – представители общественных организаций и профсоюзов, в том числе 3 члена общественного совета при РГА;\n"
             "3) ОО «Корюковская громада» проведена общественная антикоррупционная экспертиза проекта распоряжения о порядке предоставления помещений коммунальной собственности в аренду, 2 замечания учтены.\n\n"
             "Заместитель председателя РГА                В.И. Ничипоренко\n\n"
             "исп. Павленко Н.С., (04657) 2-14-44\n")
    html = html_doc(plain2html(plain), "utf-8", word=True)
    root = alt(name, text_part(plain, "utf-8"), text_part(html, "utf-8", subtype="html"))
    hs = envelope(name, frm=f'{ew_b("Корюковская РГА", "utf-8")} <rda-koriukivka@example.gov.ua>',
                  subject=ew_b("Корюковская РГА - информация за II полугодие 2013", "utf-8"),
                  date="2013-12-09 14:21:09",
                  extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "Ac707m" + sha(name, "ti")[:20]), ("Content-Language", "ru")])
    return msg(hs, root)


KEY = {"class": "foreign_numbers", "executor": "su-arkhiv", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "PDF letter of the state archive numbered 1–5 by the letter itself, citing «пункт 3 Положення», «ст. 5 Закону», fund and case counts: site (1, twice), consultations (6), the expert commission as advisory body (7), collegium (8).",
       "items": [{"measure": 1, "source": "Arkhiv_inform_OGP_2013-1.pdf"}, {"measure": 6, "source": "Arkhiv_inform_OGP_2013-1.pdf"},
                 {"measure": 7, "source": "Arkhiv_inform_OGP_2013-1.pdf"}, {"measure": 8, "source": "Arkhiv_inform_OGP_2013-1.pdf"}]}


@register(KEY)
def fn04_arkhiv_pdf_numbered(name):
    body = ("<p align='center'><b>ДЕРЖАВНИЙ АРХІВ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ</b><br>вул. Антонова, 4, м. Чернігів, 14000</p>\n"
            "<p>05.06.2013 № 01-07/412</p>\n"
            "<p style='margin-left:55%'>Начальнику управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;Державний архів області інформує про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у І півріччі 2013 року.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;1. Відповідно до пункту 3 Положення про Державний архів Чернігівської області веб-сайт архіву (archive.cg.gov.ua) наповнюється інформацією про склад фондів (2 418 фондів, понад 1,1 млн справ), порядок роботи читального залу, перелік платних послуг. У І півріччі розміщено 3 віртуальні виставки документів та електронний путівник по фондах радянського періоду.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;2. Проведено консультації з громадськістю щодо проекту Програми розвитку архівної справи в області на 2013–2017 роки у формі засідання «круглого столу» з краєзнавцями та представниками ГО «Чернігівське земляцтво» (15.03.2013, 22 учасники).</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;3. До складу експертно-перевірної комісії архіву, яка є дорадчим органом, наказом від 21.01.2013 № 6 включено представника обласної організації Національної спілки краєзнавців України та члена Громадської ради при облдержадміністрації.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;4. До складу колегії архіву за згодою введено голову комітету Громадської ради з гуманітарних питань; зміни до складу колегії затверджено наказом від 28.02.2013 № 19.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;5. Згідно зі ст. 5 Закону України «Про доступ до публічної інформації» на сайті архіву оприлюднено систему обліку публічної інформації та звіт про задоволення 56 запитів.</p>\n"
            "<p>&nbsp;</p><p>Директор &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Р.Б. Воробйова</p>\n<p style='font-size:9pt'>Остапенко 67-21-05</p>")
    data = office(name, "pdf", doc_html(body, "Держархів"))
    plain = ("Добрий день!\nНадсилаємо лист Держархіву області від 05.06.2013 № 01-07/412.\n\nОстапенко Ю.\n")
    root = mixed(name, [text_part(plain, "utf-8", "8bit", extra_ct="; format=flowed"),
                        att_part(data, "application/pdf", "Arkhiv_inform_OGP_2013-1.pdf", style="ascii")], n=1, style="tb")
    hs = envelope(name, frm=f'{ew_b("Держархів Чернігівської області", "UTF-8")} <arkhiv@example.gov.ua>',
                  subject=ew_b("лист Держархіву 01-07/412", "UTF-8"),
                  date="2013-06-06 09:14:36", order="tb",
                  mailer="Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6")
    return msg(hs, root)


KEY = {"class": "foreign_numbers", "executor": "su-mistobuduvannia", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Eudora mail with an xlsx whose «№ з/п» column counts 1–4 in the unit's own order and no plan numbers: row 1 is consultations (6), row 2 the site (1), row 3 the collegium (8), row 4 an anti-corruption expertise (12); a «Кількість» column adds counts.",
       "items": [{"measure": 1, "source": "mistobud_vidkr_uriad_2012.xlsx"}, {"measure": 6, "source": "mistobud_vidkr_uriad_2012.xlsx"},
                 {"measure": 8, "source": "mistobud_vidkr_uriad_2012.xlsx"}, {"measure": 12, "source": "mistobud_vidkr_uriad_2012.xlsx"}]}


@register(KEY)
def fn05_mistobuduvannia_xlsx_rows(name):
    rows = [["Управління містобудування та архітектури облдержадміністрації. Заходи щодо відкритості та прозорості, IV квартал 2012 р.", "", "", ""],
            ["№ з/п", "Напрям роботи", "Кількість", "Зміст виконаної роботи"],
            ["1", "Громадські слухання та обговорення містобудівної документації", "4",
             "Проведено громадські слухання проектів генеральних планів смт Куликівка, с. Олишівка, с. Седнів та детального плану території промзони м. Прилуки; розглянуто 17 пропозицій громадян, 11 враховано. Слухання проводились відповідно до Порядку, затвердженого постановою КМУ від 25.05.2011 № 555, та з урахуванням вимог постанови № 996."],
            ["2", "Наповнення сторінки управління на офіційному сайті ОДА", "18",
             "Розміщено 18 матеріалів: оголошення про слухання, затверджену містобудівну документацію, реєстр виданих містобудівних умов та обмежень."],
            ["3", "Участь голови комітету Громадської ради у колегії", "2",
             "Голову комітету Громадської ради з питань архітектури Яременка В.С. введено до складу колегії управління (наказ від 19.10.2012 № 54-к), він взяв участь у 2 засіданнях колегії."],
            ["4", "Громадська антикорупційна експертиза", "1",
             "Проект наказу про порядок видачі будівельних паспортів пройшов громадську антикорупційну експертизу в ГО «Інститут місцевої демократії»; одну рекомендацію враховано."],
            ["", "", "", ""],
            ["Начальник управління – головний архітектор області", "", "", "А.І. Сахно"]]
    data = office(name, "xlsx", csv_rows(rows))
    plain = ("Dobryi den! Vybachte, pyshu latynkoiu - na ts'omu komp'iuteri ne nalashtovana kyrylytsia.\n\n"
             "Nadsylaiemo informatsiiu upravlinnia mistobuduvannia ta arkhitektury ODA pro vykonannia planu zakhodiv shchodo vidkrytosti ta prozorosti (fail u vkladenni).\n\n"
             "S. Kulish, 67-30-14\n")
    b = bnd(name, 1, "eud")
    root = Multi([("Content-Type", f'multipart/mixed; boundary="{b}"')], b,
                 [text_part(plain, "us-ascii", "7bit"),
                  att_part(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mistobud_vidkr_uriad_2012.xlsx", style="ascii")])
    hs = envelope(name, frm="mistobuduvannia@example.gov.ua", subject="Informatsiia UMA - vidkrytyi uriad",
                  date="2012-12-11 16:05:50", order="web", mailer="QUALCOMM Windows Eudora Version 7.1.0.9")
    return msg(hs, root)


# ======================================================================== 7. personal_address

KEY = {"class": "personal_address", "executor": "rda-ripky", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "Gmail from a clerk's private box on the deadline Saturday evening; the office appears only as «Ріпкинської райдержадміністрації» in the body and signature, the letter is addressed to УВП; site (1), consultations (6) and a discussed draft (9) in long paragraphs.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@register(KEY)
def pa01_ripky_gmail(name):
    plain = ("Доброго вечора!\n\n"
             "Пишу з особистої пошти, бо службова скринька з четверга не відправляє листи (провайдер обіцяє виправити в понеділок), а термін сьогодні.\n\n"
             "Управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації - інформація Ріпкинської райдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках Ініціативи \"Партнерство \"Відкритий уряд\" за 2012 рік.\n\n"
             "Офіційний веб-сайт райдержадміністрації приведено у відповідність до вимог Закону України \"Про доступ до публічної інформації\" та постанови КМУ від 04.01.2002 № 3: створено розділи \"Нормативні документи\", \"Регуляторна діяльність\", \"Публічна інформація\", \"Вакансії\", налагоджено щоденне оновлення новин; з вересня по грудень розміщено 118 матеріалів.\n\n"
             "Консультації з громадськістю проводились відповідно до орієнтовного плану: публічне громадське обговорення проекту Програми соціально-економічного та культурного розвитку району на 2013 рік (11.12.2012, 44 учасники), зустрічі з жителями сіл Грабів, Замглай, Радуль з питань газифікації (жовтень-листопад), засідання \"круглого столу\" з представниками ветеранських організацій (02.11.2012).\n\n"
             "Проект розпорядження голови РДА \"Про затвердження районної програми охорони навколишнього природного середовища на 2013-2015 роки\" розглянуто на засіданні громадської ради при райдержадміністрації за участю 12 її членів, пропозиції ради щодо очищення русла р. Вир враховано.\n\n"
             "Оригінал з підписом голови РДА буде направлено поштою.\n\n"
             "З повагою,\n"
             "Олена Тищенко\n"
             "головний спеціаліст сектору з питань внутрішньої політики\n"
             "апарату Ріпкинської райдержадміністрації\n"
             "тел. (04641) 2-17-92, моб. 067-452-18-30\n")
    import html as H
    html = ('<div dir="ltr">' + "".join(f"<div>{H.escape(l) if l else '<br>'}</div>" for l in plain.split("\n")) + "</div>\n")
    h = sha(name, "gm")[:28]
    b = f"047d7b{h}"
    root = Multi([("Content-Type", f"multipart/alternative; boundary={b}")], b,
                 [text_part(plain, "UTF-8", "quoted-printable"), text_part(html, "UTF-8", "quoted-printable", subtype="html")])
    hs = envelope(name, frm=f"{ew_b('Олена Тищенко', 'UTF-8')} <olena.tyshchenko.rp@gmail.com>",
                  subject=ew_b("Інформація Ріпкинської РДА (Відкритий уряд)", "UTF-8"),
                  date="2012-12-15 21:40:02", order="tb", msgid_domain="mail.gmail.com",
                  recv_from="mail-wg0-f45.google.com (mail-wg0-f45.google.com [74.125.82.45])")
    return msg(hs, root)


KEY = {"class": "personal_address", "executor": "rda-novhorod-siverskyi", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "Russian-speaking clerk writes from ukr.net; the office is named in the body as «Новгород-Северской райгосадминистрации» and the addressee is the oblast «Управление по вопросам внутренней политики»; a .doc reports consultations (6), advisory bodies (7) and the openness working group (10).",
       "items": [{"measure": 6, "source": "Информация НСРГА.doc"}, {"measure": 7, "source": "Информация НСРГА.doc"},
                 {"measure": 10, "source": "Информация НСРГА.doc"}]}


@register(KEY)
def pa02_nsiverskyi_ukrnet_doc(name):
    body = ("<p align='center'><b>ИНФОРМАЦИЯ<br>Новгород-Северской районной государственной администрации о выполнении Плана мероприятий по повышению уровня открытости и прозрачности деятельности исполнительной власти (I полугодие 2013 года)</b></p>\n"
            "<p><b>Пункт 6.</b> В соответствии с ориентировочным планом проведения консультаций с общественностью на 2013 год проведены: общественные слушания по проекту программы развития туризма в Новгород-Северском районе на 2013–2016 годы (21.02.2013), «круглый стол» по вопросам сохранения историко-культурного заповедника «Слово о полку Игореве» (16.04.2013), опрос жителей райцентра по вопросам благоустройства (май, 305 анкет).</p>\n"
            "<p><b>Пункт 7.</b> Представители 5 общественных организаций включены в состав районного координационного совета по делам молодежи и комиссии по вопросам охраны культурного наследия; председатель общественного совета при РГА является членом районной тарифной комиссии.</p>\n"
            "<p><b>Пункт 10.</b> Общественному совету при райгосадминистрации рекомендовано создать рабочую группу по вопросам открытости и прозрачности деятельности органа власти; рабочая группа создана решением совета от 14.03.2013 (3 человека).</p>\n"
            "<p>Руководитель аппарата райгосадминистрации &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; И.М. Бурлака</p>")
    data = office(name, "doc", doc_html(body, "Информация НСРГА"))
    plain = ("Здравствуйте!\n\n"
             "Управление по вопросам внутренней политики и связей с общественностью облгосадминистрации, направляю информацию Новгород-Северской райгосадминистрации о выполнении плана мероприятий «Открытое правительство» за I полугодие (файл прилагается). Отправляю со своего ящика, т.к. на работе отключили интернет за неуплату, извините.\n\n"
             "С уважением,\n"
             "Светлана Бабенко,\n"
             "сектор по вопросам внутренней политики Новгород-Северской РГА\n"
             "тел. (04658) 2-13-77\n")
    h = sha(name, "uk")
    b = f"----_=_NextPart_{h[:6]}_{h[6:14]}"
    root = Multi([("Content-Type", f'multipart/mixed; boundary="{b}"')], b,
                 [text_part(plain, "windows-1251", "base64"),
                  att_part(data, "application/msword", "Информация НСРГА.doc", style="b", charset="windows-1251")])
    hs = envelope(name, frm=f'"{ew_b("Светлана Бабенко", "windows-1251")}" <sveta_babenko77@ukr.net>',
                  subject=ew_b("информация Новгород-Северской РГА", "windows-1251"),
                  date="2013-06-14 19:22:10", order="web", mailer="FREEMAIL (ukr.net)", msgid_domain="frv41.ukr.net",
                  recv_from="frv41.ukr.net (frv41.ukr.net [195.214.192.151])")
    return msg(hs, root)


KEY = {"class": "personal_address", "executor": "su-simia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Sent from an i.ua box by a specialist of the family, youth and sport department, named in the signature in the genitive; the PDF (text layer) reports 6, 9 and 12 by number; the body names УВП only as the addressee.",
       "items": [{"measure": 6, "source": "simia_vidkrytyi_uriad_2pivr2013.pdf"}, {"measure": 9, "source": "simia_vidkrytyi_uriad_2pivr2013.pdf"},
                 {"measure": 12, "source": "simia_vidkrytyi_uriad_2pivr2013.pdf"}]}


@register(KEY)
def pa03_simia_iua_pdf(name):
    body = ("<p align='center'><b>Інформація<br>управління у справах сім'ї, молоді та спорту облдержадміністрації про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року</b></p>\n"
            "<p><b>П. 6.</b> Проведено консультації з громадськістю щодо проекту обласної програми «Молодь Чернігівщини» на 2014–2017 роки: засідання обласної молодіжної ради (12.09.2013), онлайн-опитування на сторінці управління (412 респондентів), зустрічі зі студентським активом трьох вищих навчальних закладів. Звіт про результати консультацій оприлюднено 25.10.2013.</p>\n"
            "<p><b>П. 9.</b> Члени Громадської ради при облдержадміністрації залучені до обговорення проекту розпорядження голови облдержадміністрації «Про проведення обласного фестивалю «Сім'я року»» та проекту програми розвитку фізичної культури і спорту; надано 6 пропозицій.</p>\n"
            "<p><b>П. 12.</b> Сприяли проведенню ГО «Молодіжний центр розвитку» громадської експертизи діяльності управління у сфері оздоровлення та відпочинку дітей; на виконання пропозицій розроблено план заходів, що затверджений наказом від 29.11.2013 № 188.</p>\n"
            "<p>Заступник начальника управління &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; В.В. Захарченко</p>")
    data = office(name, "pdf", doc_html(body, "Інформація УСМС"))
    plain = ("Доброго дня!\n\n"
             "До уваги управління з питань внутрішньої політики та зв'язків з громадськістю.\n"
             "Надсилаю інформацію за ІІ півріччя у pdf. Пишу з особистої скриньки, бо на роботі не відкривається службова пошта після оновлення програм.\n\n"
             "--\n"
             "Юлія Марченко\n"
             "головний спеціаліст відділу з питань сім'ї та гендерної політики\n"
             "управління у справах сім'ї, молоді та спорту облдержадміністрації\n")
    b = bnd(name, 1, "web")
    root = Multi([("Content-Type", f'multipart/mixed; boundary="{b}"')], b,
                 [text_part(plain, "utf-8", "8bit"),
                  att_part(data, "application/pdf", "simia_vidkrytyi_uriad_2pivr2013.pdf", style="ascii")])
    hs = envelope(name, frm=f'{ew_b("Юлія Марченко", "utf-8")} <yulia.marchenko.cn@i.ua>',
                  subject=ew_b("Інформація - відкритий уряд", "utf-8"),
                  date="2013-12-13 08:41:33", order="web", mailer="I.UA Mail", msgid_domain="i.ua",
                  recv_from="mx.i.ua (mx.i.ua [91.198.36.14])")
    return msg(hs, root)


KEY = {"class": "personal_address", "executor": "su-sluzhba-ditei", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The children's service sends its report from the education department's registered box (osvita@), explaining so; the body names «Служба у справах дітей» as the reporter and УВП as addressee; site (1), consultations with an advisory council in one paragraph (6 and 7), a discussed draft programme (9).",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 7, "source": "body"}, {"measure": 9, "source": "body"}]}


@register(KEY)
def pa04_sluzhba_ditei_via_osvita(name):
    plain = ("Шановні колеги!\n\n"
             "Лист надсилається з поштової скриньки управління освіти і науки (ми в одному будинку), оскільки електронна пошта Служби у справах дітей облдержадміністрації тимчасово не працює. Відповідь прохання направляти на нашу адресу або телефонувати.\n\n"
             "Служба у справах дітей облдержадміністрації надає управлінню з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за І півріччя 2013 року.\n\n"
             "Сторінка Служби на офіційному веб-сайті облдержадміністрації оновлюється щотижня: розміщено бази даних дітей-сиріт, які можуть бути усиновлені (в межах дозволеного законом), інформацію про створення прийомних сімей та дитячих будинків сімейного типу, контакти служб у справах дітей районів.\n\n"
             "У квітні–травні 2013 року проведено консультації з громадськістю щодо проекту обласної програми «Сирітству – ні» на 2013–2017 роки, в тому числі на засіданні опікунської ради при Службі, до складу якої цього року введено представників благодійного фонду «Надія Полісся» та голову асоціації прийомних батьків області. За результатами консультацій до проекту внесено 7 змін.\n\n"
             "Проект зазначеної програми також обговорено з членами Громадської ради при облдержадміністрації на засіданні комітету з соціальних питань 21.05.2013, пропозиції комітету враховано.\n\n"
             "Начальник служби                     Л.П. Остапчук\n\n"
             "Вик. Сорока Т.А., 67-28-09\n")
    html = html_doc(plain2html(plain), "windows-1251", word=True)
    root = alt(name, text_part(plain, "windows-1251"), text_part(html, "windows-1251", subtype="html"))
    hs = envelope(name, frm=f'"{ew_b("Управління освіти і науки", "windows-1251")}" <osvita@example.gov.ua>',
                  subject=ew_b("Інформація Служби у справах дітей ОДА (Відкритий уряд)", "windows-1251"),
                  date="2013-06-14 12:10:27",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac5o4k" + sha(name, "ti")[:20]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "personal_address", "executor": "rda-kulykivka", "period": 1, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian note from a meta.ua box on the Sunday after the deadline, naming «Куликовской РГА» in the body; the .ods has rows for the six owed measures, 7 «-» and 10 empty, the others with content.",
       "items": [{"measure": 1, "source": "kulikovka_info_2012.ods"}, {"measure": 6, "source": "kulikovka_info_2012.ods"},
                 {"measure": 9, "source": "kulikovka_info_2012.ods"}, {"measure": 12, "source": "kulikovka_info_2012.ods"}]}


@register(KEY)
def pa05_kulykivka_metaua_ods(name):
    rows = [["Куликовская райгосадминистрация – информация о выполнении плана мероприятий (Открытое правительство), 2012 год", "", ""],
            ["№ п/п плана", "Мероприятие", "Выполнение"],
            ["1", "Официальный сайт", "На сайте РГА созданы разделы «Публичная информация» и «Общественный совет», за IV квартал размещено 56 материалов, ежемесячно обновляются сведения о выполнении бюджета."],
            ["6", "Консультации с общественностью", "Проведены общественные слушания по проекту бюджета района на 2013 год (07.12.2012) и встреча с предпринимателями по вопросам работы рынка в пгт Куликовка (15.11.2012)."],
            ["7", "Консультативно-совещательные органы", "-"],
            ["9", "Обсуждение проектов с членами общественных советов", "Проект районной программы «Здоровье куликовчан» обсужден с членами общественного совета при РГА 29.11.2012, учтено 2 предложения."],
            ["10", "Рабочая группа по открытости", ""],
            ["12", "Общественные экспертизы", "По инициативе ОО «Куликовский правовой центр» проведена общественная экспертиза деятельности отдела по вопросам ведения Государственного реестра избирателей, предложения направлены в отдел для исполнения."]]
    data = office(name, "ods", csv_rows(rows))
    plain = ("Добрый день. Это информация Куликовской РГА для управления внутренней политики ОГА. "
             "Вчера не успели отправить, с работы почта не уходит, поэтому с личного ящика. Просьба подтвердить получение.\n\n"
             "Гордиенко Алла, общий отдел Куликовской РГА\n")
    b = bnd(name, 1, "web")
    root = Multi([("Content-Type", f'multipart/mixed; boundary="{b}"')], b,
                 [text_part(plain, "koi8-r", "8bit"),
                  att_part(data, "application/vnd.oasis.opendocument.spreadsheet", "kulikovka_info_2012.ods", style="ascii")])
    hs = envelope(name, frm="alla.gordienko@meta.ua",
                  subject=ew_b("Куликовская РГА - открытое правительство", "koi8-r"),
                  date="2012-12-16 13:07:48", order="web", mailer="meta.ua mail", msgid_domain="meta.ua",
                  recv_from="mail.meta.ua (mail.meta.ua [194.0.131.20])")
    return msg(hs, root)


# ======================================================================== 8. mixed

def tiny_png():
    """A 16x16 two-colour PNG (the district's coat-of-arms placeholder), built with zlib."""
    import struct
    import zlib
    raw = b"".join(b"\x00" + bytes([0x1F, 0x49, 0x7D] * 8 + [0xF2, 0xC8, 0x1E] * 8) for _ in range(16))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


KEY = {"class": "mixed", "executor": "rda-nizhyn", "period": 2, "late": False,
       "kind": "report", "reason": None,
       "note": "The district's general department forwards, as a message/rfc822 attachment, the internal-policy sector's mail whose .xls holds the report; the outer and inner bodies only cover it; in the sheet 9 is «х» and 10 «-», rows 1, 6, 7, 12 report.",
       "items": [{"measure": 1, "source": "Ніжинська РДА_ВУ_1 півр.xls"}, {"measure": 6, "source": "Ніжинська РДА_ВУ_1 півр.xls"},
                 {"measure": 7, "source": "Ніжинська РДА_ВУ_1 півр.xls"}, {"measure": 12, "source": "Ніжинська РДА_ВУ_1 півр.xls"}]}


@register(KEY)
def mx01_nizhyn_forward_rfc822(name):
    rows = [["Інформація Ніжинської районної державної адміністрації про виконання Плану заходів «Відкритий уряд» (І півріччя 2013 р.)", "", ""],
            ["Пункт плану", "Зміст", "Стан виконання"],
            ["1", "Офіційні веб-сайти", "Оновлено структуру офіційного сайту РДА, створено сторінку громадської ради та рубрику «Запитання до голови»; у І півріччі опубліковано 131 матеріал, 58 розпоряджень."],
            ["6", "Консультації з громадськістю", "Проведено громадське обговорення проекту Програми розвитку земельних відносин у районі (12.03.2013), зустрічі з жителями Лосинівки та Вертіївки з питань водопостачання, електронні консультації щодо схеми маршрутів (квітень)."],
            ["7", "Дорадчо-консультативні органи", "До складу районної координаційної ради з питань протидії корупції включено 2 представників громадських організацій та члена громадської ради при РДА."],
            ["9", "Обговорення проектів з членами громадських рад", "х"],
            ["10", "Робоча група з питань відкритості", "-"],
            ["12", "Громадські експертизи", "ГО «Ніжинський антикорупційний форум» провела громадську антикорупційну експертизу проекту розпорядження про порядок продажу земельних ділянок; зауваження враховано."]]
    data = office(name, "xls", csv_rows(rows))
    fname = "Ніжинська РДА_ВУ_1 півр.xls"
    inner_plain = ("Доброго дня, Вікторіє Петрівно!\n\nПрохання переслати в ОДА на uvp@cg.ukrtel.net таблицю по Відкритому уряду за І півріччя, у мене з ukr.net не доходить на їхній сервер.\n\nЮрченко С.\n")
    ib = bnd(name, 7, "web")
    inner = Multi([("Content-Type", f'multipart/mixed; boundary="{ib}"')], ib,
                  [text_part(inner_plain, "windows-1251", "base64"),
                   att_part(data, "application/vnd.ms-excel", fname, style="b", charset="windows-1251")])
    inner_hs = [("Date", "Wed, 12 Jun 2013 17:44:09 +0300"), ("From", f'{ew_b("Сергій Юрченко", "windows-1251")} <yurchenko.s.nizhyn@ukr.net>'),
                ("To", "rda-nizhyn@example.gov.ua"), ("Subject", ew_b("таблиця Відкритий уряд", "windows-1251")),
                ("Message-ID", f"<{sha(name, 'inner')[:20]}@frv18.ukr.net>"), ("X-Mailer", "FREEMAIL (ukr.net)"), ("MIME-Version", "1.0")]
    inner.headers = inner_hs + inner.headers
    fwd = Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment")], inner.render())
    plain = ("Доброго дня.\n\nПересилаємо лист сектору з питань внутрішньої політики Ніжинської райдержадміністрації з інформацією про виконання плану заходів (Відкритий уряд).\n\n"
             "Загальний відділ апарату Ніжинської РДА\nКостюк В.П.\n")
    html = html_doc(plain2html(plain), "windows-1251", word=True)
    root = mixed(name, [alt(name, text_part(plain, "windows-1251"), text_part(html, "windows-1251", subtype="html")), fwd])
    hs = envelope(name, frm=f'"{ew_b("Ніжинська РДА", "windows-1251")}" <rda-nizhyn@example.gov.ua>',
                  subject=ew_b("FW: таблиця Відкритий уряд", "windows-1251"),
                  date="2013-06-13 08:30:55",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac5n5j" + sha(name, "ti")[:20]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "mixed", "executor": "su-ekonomika", "period": 1, "late": False,
       "kind": "report", "reason": None,
       "note": "A correction on top of the economics department's earlier report, which is quoted below under an Outlook header block: the new text restates 9 with corrected facts and adds 12; the quoted 1, 6, 7, 9 are earlier mail and do not count.",
       "items": [{"measure": 9, "source": "body"}, {"measure": 12, "source": "body"}]}


@register(KEY)
def mx02_ekonomika_correction(name):
    earlier = ("Управління з питань внутрішньої політики та зв'язків з громадськістю ОДА\n\n"
               "Головне управління економіки облдержадміністрації інформує про виконання Плану заходів (Відкритий уряд) за 2012 рік.\n\n"
               "П. 1. Сторінка управління на сайті ОДА наповнюється згідно з вимогами законодавства, розміщено 52 матеріали.\n"
               "П. 6. Проведено громадське обговорення проекту Програми економічного і соціального розвитку області на 2013 рік (23.11.2012).\n"
               "П. 7. Представники ІГС входять до складу обласної ради підприємців.\n"
               "П. 9. Члени Громадської ради залучались до обговорення проекту Програми розвитку малого і середнього підприємництва.\n\n"
               "Заступник начальника управління   І.О. Руденко")
    plain = ("Шановні колеги!\n\n"
             "Уточнюємо інформацію, надіслану 10.12.2012 (нижче). У пункті 9 допущено неточність: члени Громадської ради при облдержадміністрації брали участь в обговоренні не програми підприємництва, а проекту Програми економічного і соціального розвитку області на 2013 рік — на засіданні комітету з економічних питань 04.12.2012, від них надійшло 5 пропозицій, з яких 3 враховано.\n\n"
             "Доповнюємо також щодо пункту 12: ГО «Центр економічних ініціатив» за сприяння управління провела громадську антикорупційну експертизу проекту Порядку надання фінансової підтримки суб'єктам малого підприємництва з обласного бюджету; 4 рекомендації експертів враховано, план їх реалізації затверджено наказом від 11.12.2012 № 97.\n\n"
             "Вибачте за незручності.\n\n"
             "Дорошенко Марина\nвідділ координації регіональних програм\n67-08-44\n\n"
             "From: Дорошенко Марина [mailto:ekonomika@example.gov.ua]\n"
             "Sent: Monday, December 10, 2012 4:15 PM\n"
             "To: uvp@cg.ukrtel.net\n"
             "Subject: Інформація ГУЕ - Відкритий уряд\n\n" + earlier + "\n")
    html = html_doc(plain2html(plain), "utf-8", word=True)
    root = alt(name, text_part(plain, "utf-8"), text_part(html, "utf-8", subtype="html"))
    hs = envelope(name, frm=f'{ew_b("Дорошенко Марина", "utf-8")} <ekonomika@example.gov.ua>',
                  subject=ew_b("Уточнення: Інформація ГУЕ - Відкритий уряд", "utf-8"),
                  date="2012-12-13 10:17:26",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac3W5V" + sha(name, "ti")[:20]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "mixed", "executor": "rda-shchors", "period": 2, "late": True,
       "kind": "report", "reason": None,
       "note": "Russian plain text with no charset parameter at all (8bit windows-1251 bytes) from an old Outlook Express, one day after the June deadline: п. 1, п. 6 and п. 9 each answered; «по п. 12 — не касается» is no item.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "body"}, {"measure": 9, "source": "body"}]}


@register(KEY)
def mx03_shchors_ru_no_charset(name):
    text = ("Добрый день!\n\n"
            "Щорсская райгосадминистрация направляет информацию о выполнении Плана мероприятий по Открытому правительству за I полугодие 2013 года. Просим извинить за задержку.\n\n"
            "По п. 1. Официальный сайт РГА работает в штатном режиме, за полугодие размещено 93 новости, 37 распоряжений председателя, информация о работе коммунальных предприятий и о ходе подготовки к отопительному сезону. Создан раздел \"Вопрос - ответ\".\n\n"
            "По п. 6. Проведены общественные слушания по проекту программы ремонта дорог в г. Щорс (18.04.2013, 53 участника) и встреча председателя РГА с общественными организациями района (30.05.2013).\n\n"
            "По п. 9. Члены общественного совета при РГА приняли участие в обсуждении проекта распоряжения о мерах по организации летнего отдыха детей, внесено 3 предложения.\n\n"
            "По п. 12 - не касается, общественные организации с такими предложениями не обращались.\n\n"
            "Заместитель председателя РГА   Н.В. Кравец\n")
    root = Part([("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")], crlf(wrap(text, 76)).encode("cp1251"))
    hs = envelope(name, frm='"Shchors RDA" <rda-shchors@example.gov.ua>',
                  subject=ew_b("Открытое правительство - Щорс", "windows-1251"),
                  date="2013-06-16 11:52:41",
                  extra=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("X-Mailer", "Microsoft Outlook Express 5.00.2919.6600")])
    return msg(hs, root)


KEY = {"class": "mixed", "executor": "rda-bobrovytsia", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "Word HTML with an inline coat-of-arms image (multipart/related) and a plain twin: the covering letter itself reports the site (1) at length, while the attached RTF reports 6, 7 and 12 — cover and attachment report different measures; the cover's pointer «(консультації, дорадчі органи, експертизи — у вкладенні)» is no body item.",
       "items": [{"measure": 1, "source": "body"}, {"measure": 6, "source": "Бобровицька РДА_інформація ІІ півріччя.rtf"},
                 {"measure": 7, "source": "Бобровицька РДА_інформація ІІ півріччя.rtf"}, {"measure": 12, "source": "Бобровицька РДА_інформація ІІ півріччя.rtf"}]}


@register(KEY)
def mx04_bobrovytsia_related_rtf(name):
    body = ("<p align='center'><b>ІНФОРМАЦІЯ<br>Бобровицької районної державної адміністрації (ІІ півріччя 2013 року)</b></p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;Консультації з громадськістю у ІІ півріччі проведено з питань проекту районного бюджету на 2014 рік (громадські слухання 05.12.2013, 57 учасників), оптимізації мережі загальноосвітніх шкіл (зустрічі з батьками у 4 селах) та проекту Програми розвитку фізичної культури і спорту.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;До складу районної комісії з питань евакуації та районної ради з питань безпечної життєдіяльності включено по одному представнику громадських організацій, до районної ради ветеранів війни — голову громадської ради при РДА.</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;ГО «Бобровицька ініціатива» провела громадську експертизу діяльності відділу містобудування та архітектури РДА щодо надання адміністративних послуг; розроблено і виконується план заходів на реалізацію її пропозицій (розпорядження від 14.11.2013 № 402).</p>\n"
            "<p>Заступник голови РДА &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; П.М. Литвиненко</p>")
    data = office(name, "rtf", doc_html(body, "Бобровицька РДА"))
    fname = "Бобровицька РДА_інформація ІІ півріччя.rtf"
    plain = ("Шановні колеги!\n\n"
             "Бобровицька райдержадміністрація надсилає інформацію про виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року (консультації, дорадчі органи, експертизи — у вкладенні).\n\n"
             "Окремо повідомляємо щодо роботи офіційного веб-сайту райдержадміністрації: у вересні 2013 року сайт переведено на нову систему управління вмістом, забезпечено його відповідність вимогам постанови Кабінету Міністрів України від 04.01.2002 № 3 та Закону України «Про доступ до публічної інформації»; створено розділи «Адміністративні послуги» та «Громадська рада», розміщено 162 матеріали, відповіді на 28 запитів на інформацію.\n\n"
             "З повагом,\n"
             "Ковальчук Ірина Олександрівна\n"
             "сектор інформаційної діяльності та комунікацій з громадськістю\n"
             "Бобровицької райдержадміністрації\n"
             "тел. (04632) 2-12-59\n")
    import html as H
    paras = plain.split("\n")
    html = html_doc('<div class=WordSection1>\n<p class=MsoNormal><img width=16 height=16 id="Picture_x0020_1" src="cid:image001.png@01CEF73A.5C1B2F40" alt="Герб"></p>\n'
                    + "\n".join((f'<p class=MsoNormal>{H.escape(p)}</p>' if p else '<p class=MsoNormal>&nbsp;</p>') for p in paras) + "\n</div>", "windows-1251", word=True)
    img = Part([("Content-Type", 'image/png;\r\n\tname="image001.png"'), ("Content-Transfer-Encoding", "base64"),
                ("Content-ID", "<image001.png@01CEF73A.5C1B2F40>")], b64(tiny_png()))
    rb = bnd(name, 3)
    related = Multi([("Content-Type", f'multipart/related;\r\n\ttype="multipart/alternative";\r\n\tboundary="{rb}"')], rb,
                    [alt(name, text_part(plain, "windows-1251"), text_part(html, "windows-1251", subtype="html")), img])
    root = mixed(name, [related, att_part(data, "application/rtf", fname, style="b", charset="windows-1251")])
    hs = envelope(name, frm=f'"{ew_b("Бобровицька РДА", "windows-1251")}" <rda-bobrovytsia@example.gov.ua>',
                  subject=ew_b("Інформація Бобровицької РДА (Відкритий уряд) ІІ півріччя 2013", "windows-1251"),
                  date="2013-12-12 15:26:03",
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "Ac73M8" + sha(name, "ti")[:20]), ("Content-Language", "uk")])
    return msg(hs, root)


KEY = {"class": "mixed", "executor": "ogp-coordinator", "period": 3, "late": False,
       "kind": "report", "reason": None,
       "note": "The regional OGP coordinator (by consent, owes nothing) reports a public discussion of the plan (15); the HTML twin is labelled iso-8859-1 while its bytes and meta tag are windows-1251, the plain twin is labelled right.",
       "items": [{"measure": 15, "source": "body"}]}


@register(KEY)
def mx05_ogp_mislabelled_html(name):
    plain = ("Шановні колеги!\n\n"
             "Як регіональний координатор Ініціативи «Партнерство „Відкритий уряд“» в Чернігівській області інформую, що 26 листопада 2013 року в обласній універсальній науковій бібліотеці ім. В. Короленка спільно з Громадською радою при облдержадміністрації та мережею громадських організацій «Чернігівщина відкрита» проведено громадське обговорення виконання заходів з підвищення рівня відкритості та прозорості діяльності влади в області у 2013 році. У заході взяли участь 48 осіб, у тому числі представники 19 громадських організацій, депутати обласної ради, журналісти. За результатами обговорення підготовлено резолюцію з 14 рекомендацій, зокрема щодо регулярності консультацій з громадськістю в районах та доступності звітів на сайтах, яку направлено голові облдержадміністрації.\n\n"
             "Текст резолюції можу надіслати окремо, якщо потрібно для зведеної інформації.\n\n"
             "З повагою\n"
             "Дмитро Савченко\n"
             "регіональний координатор «Партнерства „Відкритий уряд“» в Чернігівській області\n"
             "моб. 050-611-27-43\n")
    html_text = html_doc(plain2html(plain), "windows-1251", word=True)
    html_bytes = crlf(html_text).encode("cp1251")
    html = Part([("Content-Type", "text/html;\r\n\tcharset=\"iso-8859-1\""), ("Content-Transfer-Encoding", "quoted-printable")],
                qp(html_bytes.decode("latin-1"), "latin-1"))
    root = alt(name, text_part(plain, "windows-1251"), html)
    hs = envelope(name, frm=f'"{ew_b("Дмитро Савченко", "windows-1251")}" <ogp-coordinator@example.org.ua>',
                  subject=ew_b("Громадське обговорення виконання плану (Відкритий уряд)", "windows-1251"),
                  date="2013-11-29 18:03:14", msgid_domain="example.org.ua", recv_from="mail.example.org.ua [91.203.4.18]",
                  extra=[("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "Ac7tA2" + sha(name, "ti")[:20])])
    return msg(hs, root)


if __name__ == "__main__":
    main()
