#!/usr/bin/env python3
"""Hold-out corpus for zvit: 48 mails in 8 classes with the results a careful clerk would record.

Usage:  python3 tests/corpus/holdout/make.py            # all messages
        python3 tests/corpus/holdout/make.py NAME ...   # only these

Written from the plan (/work/shared/seed/plan-*.txt|md), config/plan.toml and the expected-result
format of tests/corpus/hard/README.md only. Output is deterministic (fixed dates, Message-IDs,
boundaries; zip/ODF/PDF metadata normalised).
"""
import base64, datetime as dt, hashlib, io, json, os, quopri, random, re, shutil, subprocess
import sys, tempfile, tomllib, urllib.parse, zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CFG = tomllib.load(open(ROOT / "config" / "plan.toml", "rb"))
EXEC = {e["id"]: e for e in CFG["executor"]}
ADDR = {k: v["emails"][0] for k, v in EXEC.items()}
UVP = CFG["plan"]["mailbox"]
TZ = ZoneInfo(CFG["plan"]["timezone"])
DEADLINES = [d["date"] for d in CFG["deadline"]]
GRACE = CFG["plan"]["grace_days"]

# ---------------------------------------------------------------------------------------------
# Executors: picked at random with a fixed seed, spreading picks over the group (least used
# first). The message texts below were written for the resulting offices; main() checks that
# the pick is unchanged.
SLOTS = [
    ("placeholder-01", "rda"), ("placeholder-02", "su"), ("placeholder-03", "rda"),
    ("placeholder-04", "su"), ("placeholder-05", "rda"), ("placeholder-06", "su"),
    ("bottom-01", "rda"), ("bottom-02", "su"), ("bottom-03", "rda"), ("bottom-04", "rda"),
    ("bottom-05", "su"), ("bottom-06", "rda"),
    ("notreport-01", "any"), ("notreport-02", "any"), ("notreport-03", "any"),
    ("notreport-04", "any"), ("notreport-05", "any"), ("notreport-06", "any"),
    ("ranges-01", "rda"), ("ranges-02", "su"), ("ranges-03", "rda"), ("ranges-04", "su"),
    ("ranges-05", "su"), ("ranges-06", "rda"),
    ("prose-01", "su"), ("prose-02", "rda"), ("prose-03", "special"), ("prose-04", "special"),
    ("prose-05", "su"), ("prose-06", "rda"),
    ("foreign-01", "rda"), ("foreign-02", "rda"), ("foreign-03", "su"), ("foreign-04", "su"),
    ("foreign-05", "rda"), ("foreign-06", "su"),
    ("personal-01", "rda"), ("personal-02", "su"), ("personal-03", "rda"), ("personal-04", "su"),
    ("personal-05", "rda"), ("personal-06", "su"),
    ("mixed-01", "any"), ("mixed-02", "any"), ("mixed-03", "any"), ("mixed-04", "any"),
    ("mixed-05", "any"), ("mixed-06", "any"),
]
SEED = 20130615


def pick_executors():
    su = [e["id"] for e in CFG["executor"] if "su" in e["groups"]]
    rda = [e["id"] for e in CFG["executor"] if "rda" in e["groups"]]
    special = ["zvernennia", "cppk", "gromrada", "uvp"]
    pools = {"su": su, "rda": rda, "special": special, "any": su + rda + special}
    rng, used, out = random.Random(SEED), {}, {}
    for slot, group in SLOTS:
        cands = pools[group]
        low = min(used.get(x, 0) for x in cands)
        p = rng.choice([x for x in cands if used.get(x, 0) == low])
        used[p] = used.get(p, 0) + 1
        out[slot] = p
    return out


# ---------------------------------------------------------------------------------------------
# Period rule (tests/corpus/hard/README.md): local date of receipt; <= deadline N -> period N;
# <= deadline N + grace days -> period N, late.
def period_of(received):
    d = received.astimezone(TZ).date()
    for i, dl in enumerate(DEADLINES):
        if d <= dl:
            return i + 1, False
        if d <= dl + dt.timedelta(days=GRACE):
            return i + 1, True
    raise ValueError(f"{received} is after the last period")


# ---------------------------------------------------------------------------------------------
# MIME helpers (hand-built so that every byte is fixed)
def ew(s, cs="utf-8", mode="B"):
    """RFC 2047 encoded words, folded."""
    if all(ord(c) < 128 for c in s):
        return s
    # break after spaces (the space stays inside the encoded word), so that decoders that keep
    # the folding whitespace do not split words
    words, cur = [], ""
    for tok in re.findall(r"\S+\s*|\s+", s):
        if cur and len((cur + tok).encode(cs)) > 42:
            words.append(cur); cur = ""
        while len(tok.encode(cs)) > 42:
            words.append(tok[:18]); tok = tok[18:]
        cur += tok
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == "B":
            out.append(f"=?{cs}?B?{base64.b64encode(b).decode()}?=")
        else:
            q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                        ("_" if c == 32 else f"={c:02X}") for c in b)
            out.append(f"=?{cs}?Q?{q}?=")
    return "\n ".join(out)


def addr(name, email, cs="utf-8", mode="B", quote=False):
    if not name:
        return email
    n = ew(name, cs, mode)
    if quote and n == name:
        n = f'"{name}"'
    return f"{n} <{email}>"


def cte_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


def entity(headers, body):
    return ("\n".join(headers)).encode("ascii") + b"\n\n" + body


def text(body, sub="plain", cs="utf-8", label="same", cte="quoted-printable", extra=""):
    data = body.replace("\r\n", "\n").encode(cs)
    lab = cs if label == "same" else label
    ct = f"Content-Type: text/{sub}" + (f'; charset="{lab}"' if lab else "") + extra
    return entity([ct, f"Content-Transfer-Encoding: {cte}"], cte_encode(data, cte))


def multipart(sub, parts, boundary, preamble=True):
    b = boundary.encode()
    body = b"This is a multi-part message in MIME format.\n" if preamble else b""
    for p in parts:
        body += b"--" + b + b"\n" + p + (b"" if p.endswith(b"\n") else b"\n")
    body += b"--" + b + b"--\n"
    return entity([f'Content-Type: multipart/{sub};', f'\tboundary="{boundary}"'], body)


def pct(s, cs="utf-8"):
    return urllib.parse.quote(s.encode(cs), safe="")


def attach(filename, data, ctype, style="rfc2231", cid=None):
    if style == "ascii":
        hs = [f'Content-Type: {ctype}; name="{filename}"',
              f'Content-Disposition: attachment; filename="{filename}"']
    elif style == "outlook":   # encoded-word in quotes for both (Outlook 2010 / Gmail style)
        n = ew(filename).replace("\n ", "\n\t")
        hs = [f'Content-Type: {ctype};', f'\tname="{n}"', f'Content-Description: {ew(filename)}',
              f'Content-Disposition: attachment;', f'\tfilename="{n}"; size={len(data)};',
              '\tcreation-date="Mon, 01 Apr 2013 09:00:00 GMT";',
              '\tmodification-date="Mon, 01 Apr 2013 09:00:00 GMT"']
    elif style == "tb":        # Thunderbird: encoded-word name, RFC 2231 filename
        hs = [f'Content-Type: {ctype};', f' name="{ew(filename)}"', 'Content-Disposition: attachment;',
              f" filename*=UTF-8''{pct(filename)}"]
    elif style == "cont":      # RFC 2231 continuations
        enc = pct(filename)
        toks, chunks = re.findall(r"%[0-9A-F]{2}|.", enc), [""]
        for t in toks:   # never split a %XX escape
            if len(chunks[-1]) + len(t) > 60:
                chunks.append("")
            chunks[-1] += t
        hs = [f'Content-Type: {ctype}', 'Content-Disposition: attachment;'] + [
            f"\tfilename*{i}*={'utf-8' + chr(39) * 2 if i == 0 else ''}{c}" + (";" if i < len(chunks) - 1 else "")
            for i, c in enumerate(chunks)]
    elif style == "cp1251":    # RFC 2231 in windows-1251
        hs = [f"Content-Type: {ctype}; name*=windows-1251''{pct(filename, 'cp1251')}",
              f"Content-Disposition: attachment; filename*=windows-1251''{pct(filename, 'cp1251')}"]
    else:                      # plain RFC 2231
        hs = [f"Content-Type: {ctype}; name*=utf-8''{pct(filename)}",
              f"Content-Disposition: attachment; filename*=utf-8''{pct(filename)}"]
    if cid:
        hs.append(f"Content-ID: <{cid}>")
    hs.append("Content-Transfer-Encoding: base64")
    return entity(hs, base64.encodebytes(data))


CT = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel", "doc": "application/msword",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odt": "application/vnd.oasis.opendocument.text", "pdf": "application/pdf",
    "png": "image/png",
}


def ct_of(fn):
    return CT[fn.rsplit(".", 1)[1].lower()]


def fmt_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


# ---------------------------------------------------------------------------------------------
# Documents
FIXED_ISO = "2013-01-01T09:00:00Z"


def norm_xml(name, b, iso):
    s = b.decode("utf-8")
    s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>" + iso + r"\2", s)
    s = re.sub(r"(<meta:creation-date>)[^<]*(<)", r"\g<1>" + iso[:-1] + r"\2", s)
    s = re.sub(r"(<dc:date>)[^<]*(<)", r"\g<1>" + iso[:-1] + r"\2", s)
    s = re.sub(r"(<meta:editing-duration>)[^<]*(<)", r"\1PT1M\2", s)
    s = re.sub(r'((?:officeooo:)?(?:paragraph-)?rsid=")[0-9a-fA-F]+(")', r"\g<1>00000001\2", s)
    s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+(<)', r"\g<1>1\2", s)
    # LibreOffice writes the master pages of a multi-sheet document in hash order: sort them
    def sort_masters(m):
        pages = re.findall(r"<style:master-page .*?</style:master-page>|<style:master-page [^>]*/>", m.group(2))
        rest = re.sub(r"<style:master-page .*?</style:master-page>|<style:master-page [^>]*/>", "", m.group(2))
        return m.group(1) + rest + "".join(sorted(pages)) + m.group(3)
    s = re.sub(r"(?s)(<office:master-styles>)(.*?)(</office:master-styles>)", sort_masters, s)
    return s.encode("utf-8")


def norm_zip(data, iso=FIXED_ISO):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                b = norm_xml(info.filename, b, iso)
            zi = zipfile.ZipInfo(info.filename, date_time=(2013, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def norm_pdf(b, key):
    def same(m, new):
        old = m.group(0)
        new = new[: len(old)].ljust(len(old), b" ")
        return new
    h = hashlib.md5(key.encode()).hexdigest().upper().encode()
    b = re.sub(rb"/CreationDate\(D:[^)]*\)", lambda m: same(m, b"/CreationDate(D:20130101090000Z')"), b)
    b = re.sub(rb"/ModDate\(D:[^)]*\)", lambda m: same(m, b"/ModDate(D:20130101090000Z')"), b)
    b = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
               lambda m: re.sub(rb"<[0-9A-Fa-f]+>", b"<" + h + b">", m.group(0)), b)
    b = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", lambda m: b"/DocChecksum /" + h, b)
    return b


LO_PROFILE = Path(tempfile.gettempdir()) / "zvit-holdout-lo-profile"


def soffice(data, src_ext, fmt):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"in.{src_ext}"
        src.write_bytes(data)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
                        "--convert-to", fmt, "--outdir", td, str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ext = fmt.split(":")[0]
        return (Path(td) / f"in.{ext}").read_bytes()


def xlsx(sheets):
    """sheets: [(title, rows, merges, widths)]"""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, merges, widths in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for m in merges:
            ws.merge_cells(m)
        for col, w in widths.items():
            ws.column_dimensions[col].width = w
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        for c in ws[1]:
            c.font = Font(bold=True)
    wb.properties.creator = "User"
    wb.properties.lastModifiedBy = "User"
    wb.properties.created = dt.datetime(2013, 1, 1, 9, 0, 0)
    wb.properties.modified = dt.datetime(2013, 1, 1, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return norm_zip(buf.getvalue())


def docx(blocks, landscape=False):
    """blocks: ('p', text) ('b', bold text) ('c', centred bold) ('t', rows, merges)"""
    import docx as D
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    d = D.Document()
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for blk in blocks:
        kind = blk[0]
        if kind in ("p", "b", "c"):
            p = d.add_paragraph()
            r = p.add_run(blk[1])
            if kind in ("b", "c"):
                r.bold = True
            if kind == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "t":
            rows, merges = blk[1], blk[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v is not None:
                        t.cell(i, j).text = str(v)
            for (r1, c1, r2, c2) in merges:
                a = t.cell(r1, c1)
                txt = a.text
                m = a.merge(t.cell(r2, c2))
                m.text = txt
    cp = d.core_properties
    cp.author = "User"; cp.last_modified_by = "User"; cp.revision = 1
    cp.created = dt.datetime(2013, 1, 1, 9, 0, 0); cp.modified = dt.datetime(2013, 1, 1, 9, 0, 0)
    buf = io.BytesIO()
    d.save(buf)
    return norm_zip(buf.getvalue())


def convert(data, src_ext, target, key):
    fmt = {"xls": "xls:MS Excel 97", "doc": "doc:MS Word 97", "ods": "ods", "odt": "odt",
           "pdf": "pdf:writer_pdf_Export"}[target]
    out = soffice(data, src_ext, fmt)
    if target in ("ods", "odt"):
        out = norm_zip(out)
    if target == "pdf":
        out = norm_pdf(out, key)
    return out


# ---------------------------------------------------------------------------------------------
# Outlook 2010 (Word 14) HTML
def outlook_html(inner, lang="UK"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:blue;
	text-decoration:underline;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Calibri","sans-serif";
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-family:"Calibri","sans-serif";
	mso-fareast-language:EN-US;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang={lang} link=blue vlink=purple><div class=WordSection1>
{inner}
</div></body></html>
"""


def mso_p(t, lang="UK", style=""):
    st = f" style='{style}'" if style else ""
    if not t:
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{st}><span lang={lang}>{t}<o:p></o:p></span></p>"


def mso_table(rows, widths, header_rows=1, lang="UK", spans=None):
    """spans: {(r, c): (rowspan, colspan)}; a None cell is covered by a span."""
    spans = spans or {}
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
    for i, r in enumerate(rows):
        out.append(f"<tr style='mso-yfti-irow:{i}'>")
        for j, v in enumerate(r):
            if v is None:
                continue
            rs, cs = spans.get((i, j), (1, 1))
            attr = (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
            w = widths[j] if j < len(widths) else 100
            b = ("<b>", "</b>") if i < header_rows else ("", "")
            out.append(f"<td width={w}{attr} valign=top style='width:{w*0.75:.1f}pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                       f"<p class=MsoNormal><span lang={lang}>{b[0]}{v}{b[1]}<o:p></o:p></span></p></td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_to_text(h):
    h = re.sub(r"(?s)<style.*?</style>|<!--.*?-->|<head.*?</head>", "", h)
    h = re.sub(r"(?i)</td>", "\t", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = h.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    lines = [l.rstrip(" \t") for l in h.split("\n")]
    s = "\n".join(lines)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip() + "\n"


SHORT = {
    1: "Приведення до вимог чинного законодавства інформаційного наповнення та функціонування офіційних веб-сайтів",
    2: "Створення на офіційному сайті облдержадміністрації рубрик «Хід виконання цільових програм», «Виконання місцевих бюджетів Чернігівської області»",
    3: "Створення та підтримка роботи веб-ресурсу «Чернігівська громада»",
    4: "Створення на базі веб-ресурсу «Чернігівська громада» Інтернет-форуму",
    5: "Організація роботи «гарячої лінії» голови облдержадміністрації",
    6: "Проведення на регулярній основі консультацій з громадськістю (постанова КМУ від 03.11.2010 № 996)",
    7: "Залучення представників інститутів громадянського суспільства до роботи дорадчо-консультативних органів",
    8: "Введення голів комітетів Громадської ради до складу колегій структурних підрозділів",
    9: "Залучення членів громадських рад до громадського обговорення проектів розпоряджень, цільових програм, рішень",
    10: "Створення у складі громадських рад комісій (робочих груп) з питань відкритості та прозорості",
    11: "Проведення «Днів відкритих дверей» в управлінні з питань внутрішньої політики",
    12: "Сприяння проведенню громадських експертиз та громадських антикорупційних експертиз",
    13: "Проведення навчальних семінарів з питань консультацій з громадськістю",
    14: "Розроблення та поширення методичних посібників для державних службовців",
    15: "Організація громадського обговорення виконання заходів Плану",
    16: "Надання інформації про виконання плану заходів управлінню з питань внутрішньої політики",
}


# ---------------------------------------------------------------------------------------------
# Registry
MSGS = {}


def M(name, cls, ex, period, items, note, late=False, kind="report", reason=None, also=None):
    def deco(fn):
        MSGS[name] = dict(name=name, cls=cls, ex=ex, period=period, late=late, items=items,
                          note=note, kind=kind, reason=reason, also=also, fn=fn)
        return fn
    return deco


def H(date, tz, frm, subject, body, to=None, extra=(), subj_cs="utf-8", subj_mode="B",
      crlf=False, recv=None, mailer=None):
    return dict(date=date, tz=tz, frm=frm, subject=subject, body=body, to=to, extra=list(extra),
                subj_cs=subj_cs, subj_mode=subj_mode, crlf=crlf, recv=recv, mailer=mailer)


def parse_date(s, tz):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timezone(sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=off)


def assemble(name, h):
    d = parse_date(h["date"], h["tz"])
    r = parse_date(*h["recv"]) if h["recv"] else d + dt.timedelta(seconds=67)
    frm = h["frm"]
    email = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
    domain = email.split("@")[1]
    hid = hashlib.sha1(name.encode()).hexdigest()
    lines = [
        f"Return-Path: <{email}>",
        f"Received: from mail.{domain} (mail.{domain} [192.0.2.{int(hid[:2], 16) % 250 + 1}])",
        f"\tby mx.cg.ukrtel.net (Postfix) with ESMTP id {hid[2:12].upper()}",
        f"\tfor <{UVP}>; {fmt_date(r)}",
        f"Message-ID: <{hid[12:28]}.{hid[28:36]}@{domain}>",
        f"Date: {fmt_date(d)}",
        f"From: {frm}",
        f"To: {h['to'] or addr('УВП ОДА', UVP)}",
    ]
    if h["subject"] is not None:
        lines.append("Subject: " + ew(h["subject"], h["subj_cs"], h["subj_mode"]) if h["subject"] else "Subject: ")
    lines.append("MIME-Version: 1.0")
    if h["mailer"]:
        lines.append(h["mailer"])
    lines += h["extra"]
    out = ("\n".join(lines)).encode("ascii") + b"\n" + h["body"]
    if h["crlf"]:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out, r


TB = "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:17.0) Gecko/20130509 Thunderbird/17.0.6"
TB_RU = "User-Agent: Mozilla/5.0 (Windows NT 5.1; rv:10.0.2) Gecko/20120216 Thunderbird/10.0.2"
OL14 = "X-Mailer: Microsoft Outlook 14.0"
OL12 = "X-Mailer: Microsoft Office Outlook 12.0"
UKRNET = "X-Mailer: FREEMAIL.UKR.NET"
IUA = "X-Mailer: i.ua mail"
IPHONE = "X-Mailer: iPhone Mail (10B146)"
LOTUS = "X-Mailer: Lotus Notes Release 8.5.3 September 15, 2011"
BAT = "X-Mailer: The Bat! (v4.0.24) Professional"


def ol_extra(name):
    h = hashlib.md5(name.encode()).digest()
    ti = base64.b64encode(b"\x01\xce" + h).decode()
    return [f"Thread-Index: {ti}", "Content-Language: uk",
            "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]


def outlook_alt(name, inner, lang="UK", plain=None):
    html = outlook_html(inner, lang)
    plain = plain if plain is not None else html_to_text(html)
    return multipart("alternative", [text(plain, cte="quoted-printable"),
                                     text(html, "html", cte="quoted-printable")],
                     f"----=_NextPart_001_{hashlib.md5(name.encode()).hexdigest()[:4].upper()}_01CE5A2B.{hashlib.md5(name.encode()).hexdigest()[4:12].upper()}",
                     preamble=False)


def bnd(name, n=0, style="tb"):
    h = hashlib.md5(f"{name}/{n}".encode()).hexdigest()
    if style == "tb":
        return f"------------{h[:24].upper()}"
    if style == "ol":
        return f"----=_NextPart_000_{h[:4].upper()}_01CE5A2B.{h[4:12].upper()}"
    if style == "gm":
        return f"{h[:28]}"
    return f"=_{h[:20]}"


def rows16(filled, ph, cols):
    """Sixteen plan rows. filled: {n: [cells]}; ph: {n: placeholder} (default ph[0]); cols: builder."""
    out = []
    for n in range(1, 17):
        if n in filled:
            out.append(cols(n, filled[n]))
        else:
            p = ph.get(n, ph[0])
            out.append(cols(n, [p] * 4))
    return out


# =============================================================================================
# placeholder
F_P01 = "Талалаївка_ВУ_червень2013.xlsx"


@M("placeholder-01-talalaivka-xlsx-merged-header", "placeholder", "rda-talalaivka", 2,
   [(1, F_P01), (6, F_P01), (9, F_P01), (12, F_P01)],
   "District administration sends an xlsx with a merged 'Стан виконання' header over two sub-columns; rows 1, 6, 9, 12 are filled, every other row says '-/-'.")
def _():
    filled = {
        1: ["Сайт райдержадміністрації приведено у відповідність до вимог постанови КМУ від 04.01.2002 № 3; "
            "оновлено розділи «Звернення громадян» та «Доступ до публічної інформації»", "talalaivka-rda.gov.ua, щотижня"],
        6: ["Проведено консультації з громадськістю щодо проекту районного бюджету на 2013 рік та Програми "
            "соціально-економічного розвитку району", "2 публічні обговорення, 64 учасники"],
        9: ["Члени громадської ради залучались до обговорення проекту районної програми «Питна вода» на 2013-2020 роки",
            "пропозиції враховано в остаточній редакції"],
        12: ["ГО «Талалаївська ініціатива» проведено громадську експертизу діяльності відділу освіти РДА",
             "експертні пропозиції розглянуто на нараді 14.05.2013"],
    }
    rows = [["Інформація Талалаївської районної державної адміністрації про хід виконання Плану заходів з підвищення "
             "рівня відкритості та прозорості діяльності виконавчої влади (станом на 01.06.2013)", None, None, None],
            ["№ з/п", "Найменування заходу", "Стан виконання", None],
            [None, None, "Проведена робота", "Результат"]]
    for n in range(1, 17):
        rows.append([n, SHORT[n]] + filled.get(n, ["-/-", "-/-"]))
    rows.append([None, "Виконавець: Прокопенко Г.М., тел. (04634) 2-13-70", None, None])
    data = xlsx([("Звіт", rows, ["A1:D1", "C2:D2", "A2:A3", "B2:B3"], {"A": 6, "B": 55, "C": 60, "D": 30})])
    body = ("Доброго дня!\n\nНадсилаємо інформацію про хід виконання Плану заходів (Партнерство "
            "\"Відкритий уряд\") за І півріччя 2013 р.\n\nЗ повагою\nзагальний відділ апарату Талалаївської РДА\n")
    b = bnd("p01")
    ent = multipart("mixed", [text(body, cte="8bit"), attach(F_P01, data, CT["xlsx"], "tb")], b)
    return H("2013-06-05 11:02:14", "+0300", addr("Загальний відділ Талалаївської РДА", ADDR["rda-talalaivka"]),
             "інформація ВУ", ent, mailer=TB)


F_P02 = "Інформація УКБ ВУ 2013.docx"


@M("placeholder-02-kapbud-docx-status-first", "placeholder", "su-kapbud", 3,
   [(1, F_P02), (6, F_P02), (8, F_P02)],
   "Capital construction sends a docx whose columns run status, measure name, number; unfilled rows say '----', 'не було' or '(відсутні)'; items 1, 6, 8.")
def _():
    filled = {
        1: "На офіційному веб-сайті управління постійно оновлюється інформація про об'єкти будівництва, що фінансуються "
           "з державного та обласного бюджетів; розміщено звіт про використання коштів за ІІІ квартал 2013 року.",
        6: "Проведено консультації з громадськістю у формі публічного громадського обговорення проекту Програми будівництва "
           "(реконструкції) та ремонту об'єктів соціальної сфери області на 2014 рік (25.10.2013).",
        8: "Голову комітету з питань містобудування та ЖКГ Громадської ради при облдержадміністрації введено до складу "
           "колегії управління (наказ від 11.09.2013 № 97).",
    }
    ph = {7: "не було", 12: "(відсутні)"}
    rows = [["Стан виконання", "Найменування заходу", "№ пункту Плану"]]
    for n in range(1, 17):
        rows.append([filled.get(n, ph.get(n, "----")), SHORT[n], str(n)])
    blocks = [("c", "ІНФОРМАЦІЯ"),
              ("c", "управління капітального будівництва облдержадміністрації про виконання Плану заходів з підвищення "
                    "рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи "
                    "«Партнерство „Відкритий уряд“» за ІІ півріччя 2013 року"),
              ("t", rows, []),
              ("p", ""),
              ("p", "Начальник управління                                            В.І. Сидоренко")]
    data = docx(blocks)
    inner = "\n".join([mso_p("Добрий день!"), mso_p(""),
                       mso_p("На Ваш лист від 15.11.2013 № 01-09/1812 надсилаємо інформацію управління капітального "
                             "будівництва облдержадміністрації (додається)."), mso_p(""),
                       mso_p("З повагою,"), mso_p("сектор організаційної роботи"),
                       mso_p("управління капітального будівництва облдержадміністрації"), mso_p("тел. 67-53-18")])
    ent = multipart("mixed", [outlook_alt("p02", inner), attach(F_P02, data, CT["docx"], "outlook")],
                    bnd("p02", style="ol"), preamble=True)
    return H("2013-12-04 09:47:31", "+0200", addr("Управління капбудівництва", ADDR["su-kapbud"]),
             "Інформація на лист від 15.11.2013 № 01-09/1812", ent, mailer=OL14, extra=ol_extra("p02"))


F_P03 = "bakhmach_plan_VU.ods"


@M("placeholder-03-bakhmach-ods-notes-sheet", "placeholder", "rda-bakhmach", 1,
   [(6, F_P03), (7, F_P03), (10, F_P03)],
   "District administration's ods: Cyrillic 'Х' and Latin 'X' mark empty rows; a second sheet promises measure 12 later, which is not an item; items 6, 7, 10.")
def _():
    filled = {
        6: "26.11.2012 проведено громадське обговорення проекту Програми соціально-економічного та культурного розвитку "
           "району на 2013 рік (протокол розміщено на сайті РДА)",
        7: "До складу Ради з питань розвитку підприємництва при голові РДА включено трьох представників громадських організацій",
        10: "Громадській раді при РДА рекомендовано утворити комісію з питань відкритості та прозорості (лист РДА від "
            "19.11.2012 № 02-13/2874); комісію утворено 30.11.2012",
    }
    rows = [["№ заходу", "Зміст заходу", "Виконавець", "Стан виконання"]]
    for n in range(1, 17):
        latin = n in (2, 8, 16)
        rows.append([n, SHORT[n], "РДА" if n not in (2, 3, 4, 5, 8, 11, 13, 14, 15) else "—",
                     filled.get(n, "X" if latin else "Х")])
    notes = [["Примітки"],
             ["Позначка «Х» — захід не стосується райдержадміністрації або не виконувався у звітному періоді."],
             ["Інформацію щодо громадської антикорупційної експертизи (п. 12) буде надано додатково після засідання "
              "громадської ради 14.12.2012."],
             ["Виконавець: Гончаренко Т.М., тел. (04635) 2-14-36"]]
    x = xlsx([("Звіт", rows, [], {"A": 9, "B": 60, "C": 12, "D": 60}), ("Примітки", notes, [], {"A": 100})])
    data = convert(x, "xlsx", "ods", "p03")
    body = "Інформація по плану заходів у вкладенні.\n\n--\nБахмацька РДА, відділ організаційної роботи\n"
    ent = multipart("mixed", [text(body, cs="utf-8", cte="quoted-printable"), attach(F_P03, data, CT["ods"], "ascii")],
                    bnd("p03", style="ol"))
    return H("2012-12-06 15:20:05", "+0200", addr("Бахмацька РДА", ADDR["rda-bakhmach"]), "ЗВІТ ВІДКРИТИЙ УРЯД",
             ent, mailer=OL12, crlf=True)


@M("placeholder-04-sotszakhyst-outlook-table-zero", "placeholder", "su-sotszakhyst", 2,
   [(1, "body"), (6, "body"), (9, "body")],
   "Outlook 2010 HTML table with a count column; unfilled rows carry en dashes or '0' in both columns; items 1, 6, 9.")
def _():
    filled = {
        1: ["1", "Оновлено розділи «Публічна інформація» та «Соціальні виплати» офіційного веб-сайту управління"],
        6: ["3", "Проведено консультації з громадськістю щодо проекту обласної програми «Турбота» на 2013–2017 роки "
                 "(у т.ч. електронні консультації на сайті ОДА)"],
        9: ["2", "Члени Громадської ради при облдержадміністрації взяли участь в обговоренні проектів розпоряджень голови "
                 "ОДА з питань оздоровлення дітей пільгових категорій"],
    }
    rows = [["№ п/п", "Найменування заходу", "Кількість проведених заходів", "Стан виконання"]]
    for n in range(1, 17):
        if n in filled:
            rows.append([str(n), SHORT[n]] + filled[n])
        elif n == 12:
            rows.append([str(n), SHORT[n], "0", "0"])
        elif n == 7:
            rows.append([str(n), SHORT[n], "0", "–"])
        else:
            rows.append([str(n), SHORT[n], "–", "–"])
    inner = "\n".join([
        mso_p("Шановні колеги!"), mso_p(""),
        mso_p("Управління праці та соціального захисту населення облдержадміністрації надає інформацію про виконання "
              "Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області:"),
        mso_p(""), mso_table(rows, [38, 260, 90, 280]), mso_p(""),
        mso_p("З повагою,"), mso_p("Н.В. Литвин, головний спеціаліст відділу організаційної роботи"),
        mso_p("тел. 677-412")])
    return H("2013-05-28 14:05:44", "+0300", addr("Литвин Наталія Вікторівна", ADDR["su-sotszakhyst"]),
             "Інформація до плану заходів (ВУ)", outlook_alt("p04", inner), mailer=OL14, extra=ol_extra("p04"), crlf=True)


F_P05 = "ВУ_Чернігівська РДА.xls"


@M("placeholder-05-chernihiv-xls-number-last", "placeholder", "rda-chernihiv", 1,
   [(1, F_P05), (7, F_P05), (12, F_P05)],
   "District administration's xls with the number column last; unfilled rows say '-/-', 'не було' or '–'; items 1, 7, 12.")
def _():
    filled = {
        1: ["Інформаційне наповнення сайту РДА здійснюється відповідно до Порядку, затвердженого розпорядженням голови РДА "
            "від 20.02.2012 № 54; у листопаді розміщено 38 інформаційних матеріалів", "Відділ організаційної роботи та інформаційної діяльності"],
        7: ["До складу координаційної ради з питань розвитку фізичної культури при РДА введено голову районної "
            "організації ветеранів", "Сектор молоді та спорту"],
        12: ["Проведено громадську антикорупційну експертизу проекту розпорядження «Про затвердження Положення про відділ "
             "містобудування» (ГО «Громадський контроль Чернігівщини»)", "Юридичний сектор"],
    }
    ph = {6: "не було", 9: "не було", 10: "-/-", 2: "–", 8: "–"}
    rows = [["Найменування заходу", "Стан виконання", "Відповідальний", "№"]]
    for n in range(1, 17):
        st, who = filled.get(n, [ph.get(n, "-/-"), ""])
        rows.append([SHORT[n], st, who, n])
    x = xlsx([("Лист1", rows, [], {"A": 55, "B": 60, "C": 25, "D": 5})])
    data = convert(x, "xlsx", "xls", "p05")
    body = ("Добрий день.\nУ вкладенні - інформація Чернігівської райдержадміністрації про виконання плану заходів.\n\n"
            "-- \nз повагою,\nЛ.Бондар\n")
    ent = multipart("mixed", [text(body, cte="8bit", extra="; format=flowed"), attach(F_P05, data, CT["xls"], "cp1251")], bnd("p05"))
    return H("2012-11-29 16:44:00", "+0200", addr("Бондар Людмила", ADDR["rda-chernihiv"]), "ВУ", ent, mailer=TB)


@M("placeholder-06-ekonomika-terse-body", "placeholder", "su-ekonomika", 3,
   [(1, "body"), (6, "body")],
   "Terse plain-text list 'п.N – ...'; measures 2, 7, 8, 9, 12 are answered with '0', 'не було', '----', '-/-' and 'Х'; items 1 and 6.")
def _():
    body = ("Інформація Головного управління економіки ОДА щодо виконання Плану заходів (ІІ півріччя 2013 р.):\n\n"
            "п.1 – на сайті управління створено розділ «Регуляторна політика», розміщено 14 проектів регуляторних актів "
            "з аналізом регуляторного впливу;\n"
            "п.2 – 0\n"
            "п.6 – проведено публічне громадське обговорення проекту Програми економічного і соціального розвитку області "
            "на 2014 рік (листопад 2013 р.);\n"
            "п.7 – не було\n"
            "п.8 – ----\n"
            "п.9 – -/-\n"
            "п.12 – Х\n\n"
            "Кузьменко, 67-50-21\n")
    return H("2013-11-20 10:31:09", "+0200", addr("Кузьменко Андрій", ADDR["su-ekonomika"]), "звіт",
             text(body, cte="quoted-printable", extra="; format=flowed"), mailer=TB)


# =============================================================================================
# bottom_post
REMIND_RDA = ("Шановні колеги!\nВідповідно до п. 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності "
              "виконавчої влади в області просимо до 10.06.2013 надати інформацію про виконання пунктів 1, 6, 7, 9, 10, 12 "
              "Плану на адресу uvp@cg.ukrtel.net.\n\nЗ повагою, УВП")


def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.split("\n"))


@M("bottom-01-nosivka-thunderbird-ru-locale", "bottom_post", "rda-nosivka", 2,
   [(7, "body"), (10, "body")],
   "Thunderbird with a Russian locale ('пишет:'); the reply is written under the quoted reminder (1, 6, 7, 9, 10, 12) and answers 7 and 10 only.")
def _():
    body = ("14.05.2013 9:41, УВП ОДА пишет:\n" + quote(REMIND_RDA) + "\n"
            "Добрий день.\nНосівська РДА надає інформацію:\n"
            "по п. 7 — до складу Координаційної ради з питань захисту прав споживачів при РДА включено представників "
            "двох громадських організацій;\n"
            "по п. 10 — на засіданні громадської ради при РДА 23.05.2013 утворено робочу групу з питань відкритості та "
            "прозорості діяльності райдержадміністрації у складі 5 осіб.\n\n"
            "-- \nГоловний спеціаліст відділу організаційної роботи\nапарату Носівської РДА\nМельник І.В.\n")
    return H("2013-05-24 10:15:03", "+0300", addr("Мельник Ірина", ADDR["rda-nosivka"]),
             "Re: Нагадування: інформація до плану заходів", text(body, cte="8bit", extra="; format=flowed"),
             mailer=TB_RU, extra=["In-Reply-To: <51921a4c.4050905@cg.ukrtel.net>",
                                  "References: <51921a4c.4050905@cg.ukrtel.net>"])


@M("bottom-02-finansy-gmail-reply-below", "bottom_post", "su-finansy", 2,
   [(2, "body"), (8, "body")],
   "Gmail HTML reply placed below the gmail_quote block (which lists 1, 2, 6, 7, 8, 9, 12); the new text reports 2 and 8 and promises the rest later.")
def _():
    rem = ("Нагадуємо, що до 15.06.2013 необхідно надати інформацію про виконання пунктів 1, 2, 6, 7, 8, 9, 12 Плану "
           "заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області.")
    ans = ["По пункту 2: у рубриці «Виконання місцевих бюджетів Чернігівської області» на сайті облдержадміністрації "
           "щомісяця розміщуються дані про виконання зведеного бюджету області; останнє оновлення — станом на 01.05.2013.",
           "По пункту 8: голову бюджетного комітету Громадської ради введено до складу колегії управління (наказ від "
           "12.03.2013 № 41).",
           "По інших пунктах інформацію буде надано окремим листом."]
    html = ('<div dir="ltr"><br><div class="gmail_extra"><br><br><div class="gmail_quote">3 червня 2013 р. 09:14 УВП ОДА '
            '<span dir="ltr">&lt;<a href="mailto:uvp@cg.ukrtel.net" target="_blank">uvp@cg.ukrtel.net</a>&gt;</span> написав:<br>'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            f'{rem}<br><br>УВП ОДА</blockquote></div><br></div><div class="gmail_extra">'
            + "<br><br>".join(ans) +
            '<br><br>З повагою,<br>відділ організаційно-аналітичної роботи<br>Головного фінансового управління ОДА</div></div>\n')
    plain = ("2013/6/3 УВП ОДА <uvp@cg.ukrtel.net>\n\n" + quote(rem + "\n\nУВП ОДА") + "\n\n" + "\n\n".join(ans) +
             "\n\nЗ повагою,\nвідділ організаційно-аналітичної роботи\nГоловного фінансового управління ОДА\n")
    ent = multipart("alternative", [text(plain, cte="base64"), text(html, "html", cte="quoted-printable")],
                    bnd("b02", style="gm"), preamble=False)
    return H("2013-06-04 08:56:10", "+0300", addr("Фінансове управління ОДА", ADDR["su-finansy"]),
             "Re: Нагадування", ent, extra=["In-Reply-To: <CAB9x0kT1@cg.ukrtel.net>"])


@M("bottom-03-shchors-ukrnet-unprefixed-quote", "bottom_post", "rda-shchors", 1,
   [(1, "body")],
   "ukr.net web-mail: the quoted request (1, 6, 7, 9, 10, 12) is not prefixed with '>', the answer follows it and covers measure 1; Latin 'i' throughout the answer.")
def _():
    body = ("\n\n--- Оригінальне повідомлення ---\n"
            "Від кого: \"УВП ОДА\" <uvp@cg.ukrtel.net>\n"
            f"Кому: {ADDR['rda-shchors']}\n"
            "Дата: 22 листопада 2012, 10:05:11\n"
            "Тема: ТЕРМІНОВО: план заходів\n\n"
            "Просимо терміново надати інформацію по пунктах 1, 6, 7, 9, 10, 12 Плану заходів. Станом на 22.11 від "
            "Вашої РДА інформація не надходила.\n\n"
            "-----------------------------\n"
            "Вiдповiдь:\n"
            "п.1 - на офiцiйному сайтi РДА створено роздiл \"Вiдкритий уряд\", де розмiщуються проекти розпоряджень "
            "та звiти про їх обговорення; сайт оновлюється щоденно.\n"
            "Решту iнформацiї надiшле вiддiл органiзацiйної роботи.\n\n"
            "Щорська РДА, сектор iнформацiйних технологiй\n")
    return H("2012-11-23 12:40:50", "+0200", addr("Щорська РДА", ADDR["rda-shchors"]),
             "Re: ТЕРМІНОВО: план заходів", text(body, cte="8bit"), mailer=UKRNET)


@M("bottom-04-sribne-iua-surzhyk", "bottom_post", "rda-sribne", 3,
   [(6, "body"), (12, "body")],
   "i.ua reply under a '>'-quoted (no space) reminder; surzhyk answer for 6 and 12.")
def _():
    body = ("Пользователь УВП ОДА <uvp@cg.ukrtel.net> писал:\n"
            ">Добрий день!\n>Нагадуємо про надання до 15.12.2013 інформації щодо виконання пп. 1, 6, 7, 9, 10, 12 Плану.\n>УВП\n\n"
            "по пункту 6 - консультаціі з громадськістю проводились по проекту програми розвитку малого підприємництва "
            "на 2014-2015 рр, було 2 засідання\n"
            "по пункту 12 - громадська експертиза діяльності отдела соцзахисту РДА проведена ГО \"Срібнянщина\", "
            "пропозиціі розглянуті на апаратній нараді\n\nСрібнянська РДА\nКоваль\n")
    return H("2013-11-27 13:13:13", "+0200", addr("", ADDR["rda-sribne"]), "Re: нагадування",
             text(body, cs="utf-8", cte="base64"), mailer=IUA)


@M("bottom-05-apk-outlook-reply-under-quote", "bottom_post", "su-apk", 2,
   [(6, "body"), (9, "body")],
   "Outlook 2010 HTML where the official typed the answer below the quoted 'From/Sent/To/Subject' block and reminder (1, 2, 6, 7, 8, 9, 12); answer covers 6 and 9.")
def _():
    q = [mso_p("<b>From:</b> УВП ОДА [mailto:uvp@cg.ukrtel.net] <br><b>Sent:</b> Monday, June 10, 2013 9:02 AM<br>"
               f"<b>To:</b> {ADDR['su-apk']}<br><b>Subject:</b> нагадування", lang="EN-US"),
         mso_p(""),
         mso_p("Просимо надати інформацію щодо виконання пунктів 1, 2, 6, 7, 8, 9, 12 Плану заходів до 15.06.2013."),
         mso_p("УВП ОДА")]
    quoted = ("<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
              + "\n".join(q) + "</div></div>")
    ans = [mso_p(""), mso_p("Відповідь Головного управління агропромислового розвитку:", style="color:#1F497D"),
           mso_p("п. 6 – 24.05.2013 проведено консультації з громадськістю (круглий стіл) щодо проекту обласної програми "
                 "розвитку сільськогосподарської дорадчої діяльності на 2013–2015 роки;", style="color:#1F497D"),
           mso_p("п. 9 – члени Громадської ради при ОДА залучені до обговорення проекту розпорядження голови ОДА «Про "
                 "організацію збирання врожаю 2013 року».", style="color:#1F497D"),
           mso_p(""), mso_p("Сергієнко В.П., 67-31-90", style="color:#1F497D")]
    inner = quoted + "\n" + "\n".join(ans)
    return H("2013-06-10 15:27:00", "+0300", addr("Сергієнко Віктор Петрович", ADDR["su-apk"]),
             "RE: нагадування", outlook_alt("b05", inner), mailer=OL14, extra=ol_extra("b05"), crlf=True)


@M("bottom-06-ripky-iphone-interleaved", "bottom_post", "rda-ripky", 1,
   [(6, "body"), (10, "body")],
   "iPhone reply: 'Відповіді нижче', the iPhone signature, then the quoted list of measures with answers interleaved under 6 and 10 only (Latin 'i' in the answers).")
def _():
    body = ("Відповіді нижче\n\nНадіслано з iPhone\n\n"
            "03.12.2012 о 09:12 УВП ОДА <uvp@cg.ukrtel.net> написав(ла):\n\n"
            "> Просимо надати інформацію щодо виконання Плану:\n"
            "> п. 1 офіційний сайт\n"
            "> п. 6 консультації з громадськістю\n\n"
            "Проведено 2 консультацii (по бюджету i по програмi благоустрою), протоколи на сайтi\n\n"
            "> п. 7 дорадчі органи\n"
            "> п. 9 обговорення проектів\n"
            "> п. 10 комісія з питань відкритості\n\n"
            "Комiсiю створено на засiданнi громадської ради 28.11.2012\n\n"
            "> п. 12 експертизи\n>\n> УВП ОДА\n")
    return H("2012-12-03 11:48:20", "+0200", addr("Ріпкинська РДА", ADDR["rda-ripky"]), "Re: план заходів",
             text(body, cte="quoted-printable"), mailer=IPHONE)


# =============================================================================================
# not_report
@M("notreport-01-mistobuduvannia-human-ooo", "not_report", "su-mistobuduvannia", 2, [],
   "A hand-written out-of-office note naming a stand-in for questions on measures 1, 6, 9; no progress reported.",
   kind="not_report", reason="announcement")
def _():
    body = ("Доброго ранку!\n\nЗ 03.06 по 17.06.2013 я перебуваю у відпустці. З питань виконання Плану заходів "
            "(пп. 1, 6, 9) прошу звертатися до головного спеціаліста Коваленко Олени Петрівни, тел. 67-45-12, каб. 214.\n\n"
            "Гаврилюк Н.М.\nуправління містобудування та архітектури ОДА\n")
    return H("2013-06-03 08:12:40", "+0300", addr("Гаврилюк Надія", ADDR["su-mistobuduvannia"]), "відпустка",
             text(body, cte="quoted-printable"), mailer=OL12)


@M("notreport-02-semenivka-received-will-process", "not_report", "rda-semenivka", 3, [],
   "One line 'Лист отримали, опрацюємо' above an Outlook-quoted reminder that lists measures; an acknowledgement and promise, nothing reported.",
   kind="not_report", reason="promised_later")
def _():
    body = ("Лист отримали, опрацюємо.\n\n"
            "-----Original Message-----\nFrom: УВП ОДА [mailto:uvp@cg.ukrtel.net]\nSent: Monday, December 02, 2013 8:30 AM\n"
            f"To: {ADDR['rda-semenivka']}\nSubject: до плану заходів\n\n"
            "Просимо до 15.12.2013 надати інформацію про виконання пунктів 1, 6, 7, 9, 10, 12 Плану заходів.\n")
    return H("2013-12-02 09:03:10", "+0200", addr("Семенівська РДА", ADDR["rda-semenivka"]), "RE: до плану заходів",
             text(body, cte="quoted-printable"), mailer=OL12, crlf=True)


@M("notreport-03-gromrada-template-question", "not_report", "gromrada", 1, [],
   "The public council asks whether to fill all 16 rows or only 3, 4 and 15, and whether .odt is acceptable; a question.",
   kind="not_report", reason="question")
def _():
    body = ("Добрий день!\n\nПідкажіть, будь ласка, в якій формі подавати інформацію: таблицю на всі 16 пунктів "
            "заповнювати, чи тільки по пунктах 3, 4 і 15, де Громадська рада співвиконавець? І чи підійде формат .odt, "
            "бо в нас немає Word.\n\nДякую.\nСекретаріат Громадської ради при облдержадміністрації\n")
    return H("2012-11-12 14:20:00", "+0200", addr("Громадська рада", ADDR["gromrada"]), "питання щодо форми звіту",
             text(body, cte="8bit"), mailer=TB)


@M("notreport-04-sosnytsia-asks-for-plan-file", "not_report", "rda-sosnytsia", 2, [],
   "District administration asks to resend the plan file and the report template because the attachment would not open; a request, nothing reported.",
   kind="not_report", reason="question")
def _():
    body = ("Добрий день.\nПросимо повторно надіслати файл Плану заходів (затверджений 10.09.2012) та форму таблиці для "
            "звіту — в минулому листі вкладення не відкривається (пише \"файл поврежден\").\nСпасибо.\n\n"
            "Сосницкая РГА, общий отдел\n")
    return H("2013-05-16 10:40:00", "+0300", addr("Сосницька РДА", ADDR["rda-sosnytsia"]), "",
             text(body, cte="quoted-printable"), mailer=OL12)


@M("notreport-05-koriukivka-new-contact-person", "not_report", "rda-koriukivka", 3, [],
   "District administration announces a new contact person for the plan (measures 1, 6–7, 9–10, 12); an announcement, nothing reported.",
   kind="not_report", reason="announcement")
def _():
    inner = "\n".join([
        mso_p("Шановні колеги!"), mso_p(""),
        mso_p("Повідомляємо, що у зв'язку з кадровими змінами відповідальною особою за підготовку інформації про "
              "виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади "
              "(пункти 1, 6–7, 9–10, 12) з 01.11.2013 визначено Савченко Людмилу Іванівну, головного спеціаліста відділу "
              "організаційної роботи апарату райдержадміністрації, тел. (04657) 2-13-45."),
        mso_p("Попередню контактну особу (Ткаченко В.О.) просимо виключити з розсилки."), mso_p(""),
        mso_p("Керівник апарату Корюківської райдержадміністрації&nbsp;&nbsp;&nbsp;&nbsp;О.М. Бойко")])
    return H("2013-11-05 11:11:00", "+0200", addr("Корюківська РДА", ADDR["rda-koriukivka"]),
             "Про зміну відповідальної особи", outlook_alt("n05", inner), mailer=OL14, extra=ol_extra("n05"))


@M("notreport-06-ichnia-extension-surzhyk", "not_report", "rda-ichnia", 2, [],
   "Surzhyk request to extend the deadline for measures 6-9 to 20.06 and a promise to send the rest by 15.06; nothing reported.",
   kind="not_report", reason="extension_request")
def _():
    body = ("Доброго дня!\nПросимо продлить строк подачі інформації по пп. 6-9 до 20.06.2013, так як голова громадської "
            "ради знаходиться у відпустці і протокол засідання ще не підписаний. По інших пунктах інфу надішлемо до 15.06.\n\n"
            "Ічнянська РДА, Петренко\n")
    return H("2013-06-12 16:02:00", "+0300", addr("Петренко", ADDR["rda-ichnia"]), "продовження терміну",
             text(body, cs="utf-8", cte="8bit"), mailer=BAT)


# =============================================================================================
# ranges
F_R01 = "korop_vidkrytyi_uriad.xlsx"


@M("ranges-01-korop-xlsx-6-9-cell", "ranges", "rda-korop", 2,
   [(1, F_R01), (6, F_R01), (7, F_R01), (8, F_R01), (9, F_R01), (12, F_R01)],
   "District administration's xlsx with one row per block; a row numbered '6-9' reports the whole range as one block (8 included although districts do not owe it); also 1 and 12.")
def _():
    rows = [["№ пункту Плану", "Проведена робота", "Термін"],
            ["1", "Забезпечено щоденне оновлення інформації на сайті РДА, створено підрозділ «Громадянське суспільство і влада»", "постійно"],
            ["6-9", "25.04.2013 проведено спільне засідання громадської ради та колегії РДА з обговоренням проекту цільової "
                    "програми «Шкільний автобус»; членів громадської ради залучено до роботи дорадчих органів при голові РДА", "квітень 2013"],
            ["12", "Сприяння проведенню громадської експертизи діяльності відділу освіти РДА (ГО «Коропське земляцтво»)", "травень 2013"]]
    data = xlsx([("Аркуш1", rows, [], {"A": 12, "B": 90, "C": 15})])
    body = "Інформація Коропської РДА у вкладенні\n"
    ent = multipart("mixed", [text(body, cte="quoted-printable"), attach(F_R01, data, CT["xlsx"], "ascii")],
                    bnd("r01", style="ol"))
    return H("2013-05-31 12:00:00", "+0300", addr("Коропська РДА", ADDR["rda-korop"]), "ВІДКРИТИЙ УРЯД", ent, mailer=OL14,
             extra=ol_extra("r01"))


@M("ranges-02-kultura-comma-list", "ranges", "su-kultura", 3,
   [(1, "body"), (6, "body"), (7, "body"), (8, "body"), (9, "body")],
   "Culture department reports 'пунктів 6,7,8,9' as one paragraph and measure 1 separately.")
def _():
    body = ("Управління культури і туризму облдержадміністрації на виконання Плану заходів з підвищення рівня відкритості "
            "та прозорості діяльності виконавчої влади в області інформує.\n\n"
            "Щодо пунктів 6,7,8,9: протягом липня – листопада 2013 року проведено 3 консультації з громадськістю "
            "(публічне обговорення проекту обласної програми розвитку туризму на 2014–2018 роки, електронні консультації "
            "щодо Положення про обласний конкурс «Культурна столиця Чернігівщини»); голова комітету з питань культури "
            "Громадської ради введений до складу колегії управління; члени Громадської ради залучені до роботи Ради з питань "
            "охорони культурної спадщини та до обговорення проектів розпоряджень голови облдержадміністрації з питань культури.\n\n"
            "Щодо пункту 1: на сайті управління розміщується інформація про діяльність закладів культури, афіша заходів, "
            "звіти про виконання бюджетних програм.\n\n"
            "Заступник начальника управління                 Т.В. Савчук\n")
    return H("2013-12-05 10:20:00", "+0200", addr("Управління культури і туризму", ADDR["su-kultura"]),
             "До плану заходів", text(body, cte="quoted-printable"), mailer=TB)


@M("ranges-03-nizhyn-z-6-go-po-9-y", "ranges", "rda-nizhyn", 1,
   [(6, "body"), (7, "body"), (8, "body"), (9, "body"), (12, "body")],
   "District administration reports 'по заходах з 6-го по 9-й' as one block (8 included) and measure 12 separately; typos.")
def _():
    body = ("Добрий день\n\nНіжинська райдержадміністрація інформуе.\n\n"
            "По заходах з 6-го по 9-й Плану: у районі проведено 5 консультацій з громадськістю (громадські слухання "
            "по проекту бюджету, обговорення програми розвитку туризму), представникі громадських організацій включені до "
            "складу 4 дорадчих органів при РДА, члени громадської ради брали участь в обговорені проектів розпоряджень голови РДА.\n\n"
            "По пункту 12 - громадською організацією \"Ніжинщина-21\" проведено антикорупційну експертизу проекту "
            "розпорядження про порядок надання матеріальної допомоги.\n\n"
            "Виконавець Карпенко, тел. 2-16-41\n")
    return H("2012-11-21 09:30:00", "+0200", addr("Ніжинська РДА", ADDR["rda-nizhyn"]), "інформація",
             text(body, cte="8bit", extra="; format=flowed"), mailer=TB)


F_R04 = "Інформація ССД.docx"


@M("ranges-04-sluzhba-ditei-docx-pp-6-9", "ranges", "su-sluzhba-ditei", 2,
   [(6, F_R04), (7, F_R04), (8, F_R04), (9, F_R04), (12, F_R04)],
   "Children's service docx with paragraphs headed 'П.п.6-9.' (one block) and 'П.12.'.")
def _():
    blocks = [("c", "Інформація служби у справах дітей облдержадміністрації"),
              ("c", "про виконання Плану заходів з підвищення рівня відкритості та прозорості (І півріччя 2013 р.)"),
              ("p", ""),
              ("p", "П.п.6-9. Службою проведено консультації з громадськістю щодо проекту обласної програми «Назустріч "
                    "дітям» на 2013–2016 роки; до складу опікунської ради при службі включено представників двох "
                    "благодійних фондів; голову комітету Громадської ради з соціальних питань введено до складу колегії "
                    "служби; члени Громадської ради взяли участь в обговоренні проекту розпорядження голови ОДА про "
                    "оздоровлення дітей-сиріт."),
              ("p", "П.12. Громадською організацією «Права дитини» проведено громадську експертизу діяльності служби; "
                    "за її результатами затверджено план з реалізації 6 експертних пропозицій."),
              ("p", ""),
              ("p", "Начальник служби                                  Л.М. Литвиненко")]
    data = docx(blocks)
    body = "Надсилаємо інформацію служби у справах дітей облдержадміністрації (додається).\n"
    ent = multipart("mixed", [text(body, cte="8bit"), attach(F_R04, data, CT["docx"], "rfc2231")], bnd("r04"))
    return H("2013-05-22 15:15:00", "+0300", addr("Служба у справах дітей", ADDR["su-sluzhba-ditei"]),
             "ДО ПЛАНУ ЗАХОДІВ", ent, mailer=TB)


@M("ranges-05-zdorovia-1-2-ta-12-late", "ranges", "su-zdorovia", 3,
   [(1, "body"), (2, "body"), (12, "body")],
   "Health department reports 'пунктів 1-2 та 12' two days after the 15.12.2013 deadline: period 3, late.",
   late=True)
def _():
    inner = "\n".join([
        mso_p("Добрий день!"), mso_p(""),
        mso_p("Щодо виконання пунктів 1-2 та 12 Плану повідомляємо: на офіційному веб-сайті управління оновлено розділи "
              "«Публічна інформація» та «Державні закупівлі»; на сайті облдержадміністрації у рубриці «Хід виконання "
              "цільових програм» розміщено звіт про виконання обласної програми «Здоров'я Чернігівщини» за 9 місяців 2013 "
              "року; Громадською радою проведено громадську антикорупційну експертизу проекту наказу управління про "
              "порядок забезпечення лікарськими засобами пільгових категорій населення, пропозиції враховано."),
        mso_p(""), mso_p("Вибачте за затримку."), mso_p(""),
        mso_p("З повагою,"), mso_p("Яковенко О.С., управління охорони здоров'я ОДА")])
    return H("2013-12-17 09:41:00", "+0200", addr("Яковенко Ольга", ADDR["su-zdorovia"]),
             "Інформація (ВУ)", outlook_alt("r05", inner), mailer=OL14, extra=ol_extra("r05"))


@M("ranges-06-kulykivka-ru-pp-6-7-9-10", "ranges", "rda-kulykivka", 1,
   [(6, "body"), (7, "body"), (9, "body"), (10, "body")],
   "Russian mail 'По пп. 6 – 7, 9-10 сообщаем'; measures 1 and 12 are promised later and are not items.")
def _():
    body = ("Добрый день!\n\nПо пп. 6 – 7, 9-10 Плана мероприятий сообщаем следующее: в ноябре 2012 г. проведены "
            "общественные слушания по проекту районного бюджета на 2013 год; в состав совета по вопросам развития "
            "предпринимательства при РГА включены 2 представителя общественных организаций; члены общественного совета "
            "участвовали в обсуждении проекта программы развития сельских территорий; при общественном совете создана "
            "рабочая группа по вопросам открытости и прозрачности в составе 4 человек.\n\n"
            "Информация по п. 1 и 12 будет предоставлена дополнительно.\n\n"
            "Куликовская РГА, организационный отдел\n")
    return H("2012-12-07 14:00:00", "+0200", addr("Куликовская РГА", ADDR["rda-kulykivka"], cs="koi8-r", mode="Q"),
             "Информация по плану мероприятий", text(body, cte="quoted-printable"), subj_cs="koi8-r", subj_mode="Q",
             mailer=OL12)


# =============================================================================================
# prose
F_PR1 = "Інформація_УСМС_І_півр_2013.pdf"


@M("prose-01-simia-pdf-participles", "prose", "su-simia", 2,
   [(1, F_PR1), (6, F_PR1), (8, F_PR1)],
   "Youth department's PDF (text layer) in long participial sentences without measure numbers: website (1), consultations (6), council committee head on the collegium (8).")
def _():
    blocks = [
        ("c", "ІНФОРМАЦІЯ"),
        ("c", "про стан виконання управлінням у справах сім'ї, молоді та спорту облдержадміністрації Плану заходів з "
              "підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації "
              "Ініціативи «Партнерство „Відкритий уряд“» за І півріччя 2013 року"),
        ("p", ""),
        ("p", "Забезпечуючи приведення інформаційного наповнення офіційного веб-сайту управління до вимог чинного "
              "законодавства, управлінням здійснено оновлення розділів, присвячених реалізації молодіжної політики та "
              "розвитку фізичної культури і спорту, з розміщенням нормативно-правових актів, звітів про використання "
              "бюджетних коштів, а також інформації про порядок доступу до публічної інформації, розпорядником якої є управління."),
        ("p", "Керуючись вимогами постанови Кабінету Міністрів України «Про забезпечення участі громадськості у формуванні "
              "та реалізації державної політики», управлінням проведено публічне громадське обговорення проекту обласної "
              "цільової програми «Молодь Чернігівщини» на 2013–2017 роки, у ході якого, з урахуванням пропозицій, "
              "висловлених представниками молодіжних громадських організацій, доопрацьовано розділ програми щодо "
              "підтримки волонтерського руху."),
        ("p", "Головою комітету з питань молодіжної політики та спорту Громадської ради при облдержадміністрації, введеним "
              "до складу колегії управління відповідно до внесених змін до положення про управління, взято участь у "
              "засіданні колегії, на якому розглядалося питання оздоровлення та відпочинку дітей влітку 2013 року."),
        ("p", ""),
        ("p", "Начальник управління                                   О.В. Мороз")]
    data = convert(docx(blocks), "docx", "pdf", "pr01")
    body = ("Добрий день!\nІнформацію управління у справах сім'ї, молоді та спорту надсилаємо у форматі PDF.\n\n"
            "З повагою,\nвідділ молодіжної політики\n")
    ent = multipart("mixed", [text(body, cte="quoted-printable"), attach(F_PR1, data, CT["pdf"], "tb")], bnd("pr01"))
    return H("2013-06-06 11:20:00", "+0300", addr("УСМС ОДА", ADDR["su-simia"]), "Інформація", ent, mailer=TB)


F_PR2 = "kozelets_info.pdf"


@M("prose-02-kozelets-pdf-ru-cover", "prose", "rda-kozelets", 3,
   [(10, F_PR2), (12, F_PR2)],
   "District administration's PDF without measure numbers: public council working group on openness (10) and anti-corruption expertise with follow-up (12); Russian cover note.")
def _():
    blocks = [
        ("c", "Інформація Козелецької районної державної адміністрації"),
        ("c", "щодо виконання Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади"),
        ("p", ""),
        ("p", "Громадській раді при райдержадміністрації рекомендовано утворити у своєму складі робочу групу з питань "
              "відкритості та прозорості діяльності органу влади; відповідне рішення прийнято на засіданні громадської ради "
              "у вересні 2013 року, до складу робочої групи увійшли представники громадських організацій та місцевих ЗМІ."),
        ("p", "За сприяння райдержадміністрації громадською організацією «Козелецька правозахисна група» проведено громадську "
              "антикорупційну експертизу проектів розпоряджень голови райдержадміністрації щодо розподілу субвенції на "
              "соціально-економічний розвиток, за результатами якої розроблено та затверджено заходи з реалізації "
              "експертних пропозицій."),
        ("p", ""),
        ("p", "Керівник апарату райдержадміністрації                       Н.П. Гуменюк")]
    data = convert(docx(blocks), "docx", "pdf", "pr02")
    body = "Направляем информацию Козелецкой РГА (в формате pdf).\n\nОбщий отдел\n"
    ent = multipart("mixed", [text(body, cs="utf-8", cte="8bit"), attach(F_PR2, data, CT["pdf"], "ascii")],
                    bnd("pr02", style="ol"))
    return H("2013-11-28 16:00:00", "+0200", addr("Козелецкая РГА", ADDR["rda-kozelets"]), "информация",
             ent, mailer=OL12)


@M("prose-03-zvernennia-hotline-counts", "prose", "zvernennia", 1,
   [(5, "body")],
   "Citizens'-appeals department describes the governor's hotline in plain prose with call counts; measure 5, no numbers.")
def _():
    body = ("Інформація відділу роботи із зверненнями громадян апарату ОДА.\n\n"
            "Протягом звітного періоду забезпечено щоденну роботу телефонної «гарячої лінії» голови облдержадміністрації: "
            "прийнято та опрацьовано 1247 дзвінків, з них 312 взято на контроль, на 1106 надано роз'яснення в телефонному "
            "режимі. Щотижня узагальнена інформація доповідається голові облдержадміністрації.\n\n"
            "Завідувач відділу Н. Стеценко\n")
    return H("2012-12-10 12:12:00", "+0200", addr("Відділ звернень", ADDR["zvernennia"]), "інформація",
             text(body, cte="quoted-printable"), mailer=OL12)


F_PR4 = "Центр ПК - інформація.odt"


@M("prose-04-cppk-odt-seminars-held", "prose", "cppk", 2,
   [(13, F_PR4)],
   "Retraining centre's odt describes two seminars already held in February 2013 for deputy heads and specialists who run consultations (13); a planned one is mentioned too.")
def _():
    blocks = [
        ("c", "Інформація Чернігівського центру перепідготовки та підвищення кваліфікації працівників органів державної влади"),
        ("p", ""),
        ("p", "У лютому 2013 року Центром організовано та проведено два навчальні семінари для заступників керівників "
              "структурних підрозділів облдержадміністрації та райдержадміністрацій, відповідальних за організацію "
              "консультацій з громадськістю, а також для спеціалістів, які безпосередньо їх організовують, на тему "
              "«Інструменти політики сприяння розвитку громадянського суспільства: практика застосування». Навчання "
              "пройшли 57 осіб, слухачам видано роздаткові матеріали."),
        ("p", "У навчальному плані Центру на ІІ квартал 2013 року передбачено продовження тематичних короткострокових "
              "семінарів для посадових осіб органів місцевого самоврядування."),
        ("p", ""),
        ("p", "Директор Центру                                    В.Г. Кравець")]
    data = convert(docx(blocks), "docx", "odt", "pr04")
    body = "Доброго дня! Інформацію Центру надсилаємо у вкладенні.\n"
    ent = multipart("mixed", [text(body, cte="8bit"), attach(F_PR4, data, CT["odt"], "cont")], bnd("pr04"))
    return H("2013-03-04 10:00:00", "+0200", addr("ЦППК", ADDR["cppk"]), "Інформація Центру", ent, mailer=TB)


F_PR5 = "archive_info_2012.doc"


@M("prose-05-arkhiv-doc-advisory-bodies", "prose", "su-arkhiv", 1,
   [(7, F_PR5), (9, F_PR5)],
   "State archive's .doc without measure numbers: public representatives on its advisory commissions (7) and council members discussing a draft order (9).")
def _():
    blocks = [
        ("c", "Інформація Державного архіву Чернігівської області"),
        ("p", ""),
        ("p", "Представники громадських організацій краєзнавчого спрямування та члени Громадської ради при "
              "облдержадміністрації залучені до роботи експертно-перевірної комісії та науково-методичної ради "
              "Державного архіву області, що є дорадчими органами при директорі архіву."),
        ("p", "Члени Громадської ради взяли участь в обговоренні проекту розпорядження голови облдержадміністрації «Про "
              "затвердження Програми розвитку архівної справи в області на 2013–2015 роки»; висловлені пропозиції "
              "враховано при доопрацюванні проекту."),
        ("p", ""),
        ("p", "Директор                                   Р.Б. Воробей")]
    data = convert(docx(blocks), "docx", "doc", "pr05")
    body = ("Надсилаємо інформацію Держархіву області.\n\n-- \nЗагальний відділ\nДержавний архів Чернігівської області\n")
    ent = multipart("mixed", [text(body, cte="quoted-printable"), attach(F_PR5, data, CT["doc"], "ascii")], bnd("pr05"))
    return H("2012-11-27 10:10:00", "+0200", addr("Держархів", ADDR["su-arkhiv"]), "інформація Держархіву",
             ent, mailer=TB)


@M("prose-06-varva-outlook-ru-uk", "prose", "rda-varva", 3,
   [(1, "body"), (6, "body")],
   "Outlook 2010 HTML mixing Russian and Ukrainian, no measure numbers: official site (1) and public consultations (6).")
def _():
    inner = "\n".join([
        mso_p("Добрый день!", lang="RU"), mso_p(""),
        mso_p("По наполнению официального сайта РДА: созданы разделы «Громадське обговорення» и «Доступ до публічної "
              "інформації», информация обновляется ежедневно.", lang="RU"),
        mso_p("По консультаціях з громадськістю: проведено громадські слухання щодо проекту районного бюджету на 2014 рік, "
              "участь взяли представники сільських рад і громадських організацій."),
        mso_p(""), mso_p("З повагою, Варвинська РДА", lang="UK")])
    return H("2013-12-03 13:30:00", "+0200", addr("Варвинська РДА", ADDR["rda-varva"]), "Інфо",
             outlook_alt("pr06", inner, lang="RU"), mailer=OL14, extra=ol_extra("pr06"))


# =============================================================================================
# foreign_numbers
F_F01 = "Городнянська РДА - звіт ВУ.xlsx"


@M("foreign-01-horodnia-xlsx-row-per-activity", "foreign_numbers", "rda-horodnia", 2,
   [(6, F_F01), (9, F_F01), (12, F_F01)],
   "One row per activity: '№ п/п' 1–5 beside a plan column written 'п.6', '6.', 'захід 9', 'п.12', 'п. 6', plus dates and participant counts; items 6, 9, 12.")
def _():
    rows = [["№ п/п", "Пункт Плану", "Зміст проведеної роботи", "Дата", "Кількість учасників"],
            [1, "п.6", "Громадське обговорення проекту районного бюджету на 2013 рік", "14.02.2013", 38],
            [2, "6.", "Електронні консультації щодо проекту програми розвитку малого підприємництва", "01.03–15.03.2013", 12],
            [3, "захід 9", "Обговорення членами громадської ради проекту розпорядження «Про організацію оздоровлення дітей»",
             "22.04.2013", 9],
            [4, "п.12", "Громадська експертиза діяльності сектору з питань надзвичайних ситуацій РДА", "травень 2013", 4],
            [5, "п. 6", "Зустріч голови РДА з громадськістю м. Городня з питань благоустрою", "29.05.2013", 51]]
    data = xlsx([("Заходи", rows, [], {"A": 7, "B": 12, "C": 70, "D": 18, "E": 12})])
    body = ("Доброго дня!\nІнформацію Городнянської райдержадміністрації про виконання плану заходів надсилаємо у вкладенні.\n"
            "Вик. Литвин 2-11-05\n")
    ent = multipart("mixed", [text(body, cte="base64"), attach(F_F01, data, CT["xlsx"], "outlook")],
                    bnd("f01", style="ol"))
    return H("2013-06-07 09:09:00", "+0300", addr("Городнянська РДА", ADDR["rda-horodnia"]), "звіт ВУ", ent,
             mailer=OL14, extra=ol_extra("f01"))


@M("foreign-02-pryluky-letter-numbers-phones", "foreign_numbers", "rda-pryluky", 1,
   [(1, "body"), (7, "body")],
   "Formal letter full of outgoing/incoming letter numbers, an order number, counts, a room and phone numbers; the plan is cited as 'п. 7 Плану' and 'п. 1 Плану'.")
def _():
    body = ("Вих. № 02-14/1873 від 28.11.2012\nНа Ваш лист від 19.11.2012 № 01-09/1544\n\n"
            "Прилуцька райдержадміністрація повідомляє.\n\n"
            "Відповідно до розпорядження голови райдержадміністрації від 14.11.2012 № 312 «Про склад Ради з питань "
            "розвитку підприємництва» до складу Ради включено 3 представників громадських організацій (п. 7 Плану).\n\n"
            "Сайт райдержадміністрації (п. 1 Плану) наповнюється щоденно; за 10 місяців 2012 року розміщено 416 "
            "матеріалів, у тому числі 9 проектів рішень для обговорення.\n\n"
            "Особистий прийом громадян проводиться в каб. 4, тел. (04637) 3-10-15.\n\n"
            "Виконавець: Шевчук, 2-15-16\n")
    return H("2012-11-28 14:40:00", "+0200", addr("Прилуцька РДА", ADDR["rda-pryluky"]),
             "інформація на виконання листа від 19.11.2012 № 01-09/1544", text(body, cte="quoted-printable"),
             mailer=OL12, crlf=True)


F_F03 = "ekolohiia_VU_2013-2.docx"


@M("foreign-03-ekolohiia-docx-own-1-2-3", "foreign_numbers", "su-ekolohiia", 3,
   [(6, F_F03), (9, F_F03), (12, F_F03)],
   "Ecology docx numbers its own paragraphs 1.–4.; each cites the plan point (6, 9, 12) and carries protocol numbers and counts.")
def _():
    blocks = [
        ("c", "Інформація управління екології та природних ресурсів облдержадміністрації"),
        ("c", "про виконання Плану заходів за ІІ півріччя 2013 року"),
        ("p", ""),
        ("p", "1. На виконання пункту 6 Плану управлінням проведено консультації з громадськістю щодо проекту "
              "регіональної програми охорони навколишнього природного середовища на 2014–2018 роки (протокол № 2 від 17.10.2013)."),
        ("p", "2. Щодо пункту 9 Плану: члени Громадської ради залучені до обговорення проекту розпорядження голови "
              "облдержадміністрації про ліміти використання природних ресурсів на 2014 рік; надійшло 3 пропозиції."),
        ("p", "3. Пункт 12 Плану: громадською організацією «Зелений світ» проведено громадську експертизу діяльності "
              "управління щодо видачі дозволів на викиди; з 5 пропозицій 4 враховано."),
        ("p", "4. Інші заходи Плану до компетенції управління не належать."),
        ("p", ""),
        ("p", "Начальник управління                                   О.І. Дорошенко")]
    data = docx(blocks)
    body = "Інформація управління екології до плану заходів у вкладенні.\n"
    ent = multipart("mixed", [text(body, cte="8bit"), attach(F_F03, data, CT["docx"], "ascii")], bnd("f03"))
    return H("2013-12-06 11:00:00", "+0200", addr("Управління екології", ADDR["su-ekolohiia"]), "ДО ПЛАНУ ЗАХОДІВ",
             ent, mailer=TB)


@M("foreign-04-osvita-own-plan-2-4", "foreign_numbers", "su-osvita", 2,
   [(7, "body"), (9, "body")],
   "Education department cites its own work plan (п. 2.4, п. 3.2), an order number and a count of schools, and reports plan points 7 and 9.")
def _():
    body = ("Управління освіти і науки облдержадміністрації інформує.\n\n"
            "Відповідно до п. 2.4 Плану роботи управління на 2013 рік та п. 3.2 плану заходів управління щодо реалізації "
            "Ініціативи «Партнерство «Відкритий уряд»», затвердженого наказом від 05.02.2013 № 61:\n"
            "— пункт 7 Плану заходів облдержадміністрації: до складу науково-методичної ради управління введено двох "
            "представників батьківських громадських організацій;\n"
            "— пункт 9 Плану заходів облдержадміністрації: члени Громадської ради залучені до обговорення проекту "
            "обласної програми «Обдарована молодь» на 2013–2016 роки, у т.ч. з виїздом до 12 загальноосвітніх "
            "навчальних закладів.\n\n"
            "Заступник начальника управління                       С.М. Гриценко\n")
    return H("2013-05-30 10:00:00", "+0300", addr("Управління освіти і науки", ADDR["su-osvita"]), "Інформація",
             text(body, cte="base64"), mailer=OL14, extra=ol_extra("f04"))


F_F05 = "N-Siverska_RDA.ods"


@M("foreign-05-novhorod-ods-plan-column-middle", "foreign_numbers", "rda-novhorod-siverskyi", 1,
   [(1, F_F05), (7, F_F05), (10, F_F05)],
   "ods whose columns run 'Зміст', '№ заходу за Планом', '№ з/п'; only the plan column (1, 7, 10) counts, not the running numbers 1–3.")
def _():
    rows = [["Зміст виконаної роботи", "№ заходу за Планом", "№ з/п"],
            ["На сайті РДА створено розділ «Громадська рада»; забезпечено оприлюднення проектів розпоряджень", 1, 1],
            ["Представників громадських організацій включено до складу районної ради з питань безпечної "
             "життєдіяльності населення", 7, 2],
            ["Громадською радою при РДА утворено робочу групу з питань відкритості та прозорості (4 особи)", 10, 3]]
    x = xlsx([("Лист1", rows, [], {"A": 80, "B": 14, "C": 8})])
    data = convert(x, "xlsx", "ods", "f05")
    body = "Добрий день! Інформація Новгород-Сіверської РДА.\n"
    ent = multipart("mixed", [text(body, cte="8bit"), attach(F_F05, data, CT["ods"], "tb")], bnd("f05"))
    return H("2012-12-05 15:00:00", "+0200", addr("Новгород-Сіверська РДА", ADDR["rda-novhorod-siverskyi"]),
             None, ent, mailer=TB)


F_F06 = "ЖКГ_інформація.pdf"


@M("foreign-06-zhkh-pdf-legal-refs", "foreign_numbers", "su-zhkh", 2,
   [(6, F_F06), (9, F_F06)],
   "Housing department PDF: 'Щодо пункту 6/9 Плану' next to 'пункту 12 Порядку', resolution № 996, a law article and protocol numbers; items 6 and 9.")
def _():
    blocks = [
        ("c", "ІНФОРМАЦІЯ"),
        ("c", "управління житлово-комунального господарства облдержадміністрації щодо виконання Плану заходів з "
              "підвищення рівня відкритості та прозорості діяльності виконавчої влади"),
        ("p", ""),
        ("b", "Щодо пункту 6 Плану"),
        ("p", "Управлінням у квітні–травні 2013 року проведено консультації з громадськістю щодо проекту Програми "
              "реформування і розвитку житлово-комунального господарства області на 2013–2014 роки. Відповідно до "
              "пункту 12 Порядку проведення консультацій з громадськістю, затвердженого постановою Кабінету Міністрів "
              "України від 03.11.2010 № 996, звіт про результати обговорення оприлюднено 20.05.2013."),
        ("b", "Щодо пункту 9 Плану"),
        ("p", "Членів Громадської ради залучено до обговорення проекту розпорядження голови облдержадміністрації «Про "
              "підготовку житлово-комунального господарства області до роботи в осінньо-зимовий період 2013/2014 року» "
              "(засідання комітету з питань ЖКГ від 28.05.2013, протокол № 5). Пропозиції, подані відповідно до статті 8 "
              "Закону України «Про житлово-комунальні послуги», опрацьовано."),
        ("p", ""),
        ("p", "Начальник управління                                   П.В. Бондаренко")]
    data = convert(docx(blocks), "docx", "pdf", "f06")
    body = "Надсилаємо інформацію управління ЖКГ облдержадміністрації.\n"
    ent = multipart("mixed", [text(body, cte="quoted-printable"), attach(F_F06, data, CT["pdf"], "rfc2231")],
                    bnd("f06", style="ol"))
    return H("2013-06-11 10:30:00", "+0300", addr("Управління ЖКГ", ADDR["su-zhkh"]), "інформація", ent, mailer=OL12)


# =============================================================================================
# personal_address
@M("personal-01-yandex-borzna-ru-cp1251", "personal_address", "rda-borzna", 1,
   [(6, "body"), (10, "body")],
   "Russian mail from a yandex.ru address in windows-1251; greets UVP, signed by a specialist of 'Борзнянской райгосадминистрации'; measures 6 and 10.")
def _():
    body = ("Добрый день, Управление внутренней политики!\n\n"
            "Направляю информацию по выполнению Плана мероприятий:\n"
            "п. 6 – 22.11.2012 проведены общественные слушания по проекту районного бюджета на 2013 год, участвовало 47 человек;\n"
            "п. 10 – общественному совету при РГА рекомендовано создать рабочую группу по вопросам открытости и "
            "прозрачности, группа создана 29.11.2012.\n\n"
            "Письмо отправляю с личной почты, т.к. служебная не работает.\n\n"
            "--\nС уважением, ведущий специалист отдела организационной работы аппарата Борзнянской райгосадминистрации\n"
            "Литвиненко Н.А.\n")
    return H("2012-12-04 17:25:00", "+0200", addr("Наталья Литвиненко", "n.lytvynenko@yandex.ru", cs="windows-1251"),
             "Информация", text(body, cs="windows-1251", cte="quoted-printable"), subj_cs="windows-1251",
             mailer="X-Mailer: Yamail [ http://yandex.ru ] 5.0")


@M("personal-02-bigmir-finansy-latin-i", "personal_address", "su-finansy", 2,
   [(1, "body"), (2, "body")],
   "bigmir.net sender; Latin 'i' replaces 'і' everywhere; signature names the 'Головного фiнансового управлiння облдержадмiнiстрацiї' (genitive); measures 1 and 2.")
def _():
    body = ("Доброго дня!\n\nНадсилаю iнформацiю по пунктам 1 та 2 Плану заходiв.\n\n"
            "1. Офiцiйний веб-сайт управлiння оновлюється щотижня, розмiщено паспорти бюджетних програм на 2013 рiк.\n"
            "2. У рубрицi «Виконання мiсцевих бюджетiв Чернiгiвської областi» на сайтi ОДА щомiсяця публiкуються данi "
            "про виконання обласного бюджету.\n\n"
            "з повагою, Кравченко О.В.,\nголовний спецiалiст вiддiлу органiзацiйної роботи\n"
            "Головного фiнансового управлiння облдержадмiнiстрацiї\n")
    return H("2013-05-29 13:00:00", "+0300", addr("Оксана Кравченко", "oksana_k77@bigmir.net"), "iнформацiя",
             text(body, cte="quoted-printable"), mailer="X-Mailer: bigmir)net mail")


@M("personal-03-mailru-bobrovytsia-vnutr-polityky", "personal_address", "rda-bobrovytsia", 3,
   [(7, "body"), (9, "body")],
   "mail.ru sender greeting UVP; the signature's district 'відділ з питань внутрішньої політики Бобровицької райдержадміністрації' resembles UVP's name; the district's own culture section is mentioned; measures 7 and 9.")
def _():
    body = ("Шановні працівники управління з питань внутрішньої політики!\n\n"
            "п. 7 – до складу районної ради з питань розвитку культури включено двох членів громадської ради;\n"
            "п. 9 – члени громадської ради обговорили проект районної програми підтримки молодих сімей, пропозиції "
            "погоджено з відділом культури і туризму РДА.\n\n"
            "Ірина Мазур\nвідділ з питань внутрішньої політики Бобровицької райдержадміністрації\n")
    return H("2013-11-29 08:50:00", "+0200", addr("Ирина Мазур", "irina.mazur.1980@mail.ru"), "план заходів",
             text(body, cte="base64"), mailer="X-Mailer: Mail.Ru Mailer 1.0")


@M("personal-04-gmail-mistobuduvannia-iphone", "personal_address", "su-mistobuduvannia", 3,
   [(6, "body"), (12, "body")],
   "Short gmail note from an iPhone ('Sent from my iPhone'), signed 'упр. містобудування та архітектури ОДА'; consultations (п.6) and expertise (п.12); a full table is promised later.")
def _():
    body = ("Добрий день. Коротко по плану: консультації з громадськістю (п.6) — обговорення проекту Схеми планування "
            "території області, 2 громадські слухання; громадська експертиза (п.12) — ГО «Архітектурна спадщина» "
            "провела експертизу порядку видачі містобудівних умов. Повну таблицю надішлю з робочої пошти.\n\n"
            "Олена Гаврилюк, упр. містобудування та архітектури ОДА\n\nSent from my iPhone\n")
    return H("2013-12-09 19:40:00", "+0200", addr("Olena Havryliuk", "olena.havryliuk@gmail.com"), "план ВУ",
             text(body, cte="quoted-printable"), mailer="X-Mailer: iPhone Mail (11B554a)")


F_PA5 = "Мена ВУ.docx"


@M("personal-05-ukrnet-mena-docx", "personal_address", "rda-mena", 2,
   [(1, F_PA5), (6, F_PA5), (9, F_PA5)],
   "ukr.net sender 'Світлана' attaches a three-row docx; the body names 'Менської райдержадміністрації'; items 1, 6, 9 from the docx.")
def _():
    rows = [["№ пункту плану", "Зміст заходу", "Інформація про виконання"],
            ["1", SHORT[1], "Сайт РДА оновлено, додано розділ «Відкритий уряд»"],
            ["6", SHORT[6], "Проведено громадське обговорення проекту програми розвитку освіти району"],
            ["9", SHORT[9], "Члени громадської ради взяли участь в обговоренні проекту розпорядження про бюджет"]]
    data = docx([("c", "Інформація Менської РДА"), ("t", rows, [])])
    body = ("Інформація від Менської РДА у вкладенні. Надсилаю з особистої скриньки.\n\n"
            "Світлана, загальний відділ апарату Менської райдержадміністрації\n")
    ent = multipart("mixed", [text(body, cte="8bit"), attach(F_PA5, data, CT["docx"], "rfc2231")], bnd("pa05", style="x"))
    return H("2013-06-03 14:14:00", "+0300", addr("Світлана", "svitlana.mena@ukr.net"), "ВУ", ent, mailer=UKRNET)


@M("personal-06-iua-kultura-ru", "personal_address", "su-kultura", 1,
   [(7, "body"), (12, "body")],
   "i.ua sender writing Russian with Ukrainian names; signature 'управления культуры и туризма облгосадминистрации'; measures 7 and 12.")
def _():
    body = ("Добрый день!\nИнформация от управления культуры:\n"
            "п.7 – представители общественных организаций включены в состав Художественного совета при управлении;\n"
            "п.12 – Громадська рада провела общественную экспертизу деятельности управления по вопросу аренды "
            "помещений учреждений культуры, предложения рассмотрены на совещании.\n\n"
            "Методист отдела культурно-образовательной работы управления культуры и туризма облгосадминистрации\n"
            "Руденко Г.\n")
    return H("2012-11-26 12:30:00", "+0200", addr("Галина Руденко", "g_rudenko@i.ua"), "Re: план",
             text(body, cte="8bit"), mailer=IUA)


# =============================================================================================
# mixed
@M("mixed-01-uvp-lotus-forward-cp1251", "mixed", "uvp", 1,
   [(11, "body"), (14, "body")],
   "UVP's own executor address forwards, Lotus Notes style and in windows-1251, a colleague's note on open days (11) and the methodical guide (14).")
def _():
    body = ("Пересилаю інформацію сектору по роботі з громадськими організаціями для зведеного звіту.\n\n"
            "----- Переслано Ivanenko O/UVP/ODA от 04.12.2012 10:15 -----\n\n"
            "Ivchenko T/UVP/ODA\n03.12.2012 17:42\n\n"
            "Кому\tIvanenko O/UVP/ODA@ODA\nкопия\t\nТема\tінформація по п. 11, 14\n\n\n"
            "п. 11 – 28.11.2012 проведено «День відкритих дверей» управління для представників ЗМІ та громадських "
            "організацій (23 учасники).\n"
            "п. 14 – розроблено методичний посібник «Консультації з громадськістю: практичні поради для державних "
            "службовців», тираж 300 прим., розіслано до структурних підрозділів ОДА та РДА.\n")
    return H("2012-12-04 10:16:00", "+0200", addr("Ivanenko O", ADDR["uvp"]), "Fw: інформація по п. 11, 14",
             text(body, cs="windows-1251", cte="8bit"), subj_cs="windows-1251", mailer=LOTUS)


@M("mixed-02-zvernennia-koi8u-base64", "mixed", "zvernennia", 2,
   [(5, "body")],
   "koi8-u body (correctly labelled, base64) and koi8-u subject; hotline report on measure 5.")
def _():
    body = ("На виконання пункту 5 Плану заходів повідомляємо: у І півріччі 2013 року \"гаряча лінія\" голови "
            "облдержадміністрації працювала щоденно з 9.00 до 18.00; прийнято 1 532 звернення, 97 % з них розглянуто "
            "у встановлені терміни, щомісячні узагальнення оприлюднюються на офіційному сайті.\n\n"
            "Відділ роботи із зверненнями громадян апарату облдержадміністрації\n")
    return H("2013-06-13 10:00:00", "+0300", addr("Відділ звернень", ADDR["zvernennia"], cs="koi8-u"),
             "Інформація щодо гарячої лінії", text(body, cs="koi8-u", cte="base64"), subj_cs="koi8-u",
             mailer=BAT)


@M("mixed-03-osvita-koi8u-labelled-koi8r", "mixed", "su-osvita", 1,
   [(1, "body"), (6, "body")],
   "koi8-u body labelled koi8-r (і, ї, є, ґ decode wrongly); reports 'пп. 1 і 6'.")
def _():
    body = ("Інформація управління освіти і науки щодо виконання пп. 1 і 6 Плану заходів:\n"
            "- на офіційному сайті управління створено розділ \"Громадське обговорення\", де розміщуються проекти наказів;\n"
            "- 05.12.2012 проведено консультації з громадськістю щодо проекту обласної програми розвитку дошкільної "
            "освіти, участь взяли 34 особи, пропозиції враховано.\n\n"
            "Відділ загальної середньої освіти, Ґудзь Є.Ї.\n")
    data = body.encode("koi8-u")
    ent = entity(['Content-Type: text/plain; charset="koi8-r"', "Content-Transfer-Encoding: quoted-printable"],
                 quopri.encodestring(data))
    return H("2012-12-11 14:00:00", "+0200", addr("Управління освіти", ADDR["su-osvita"]), "ЗВІТ", ent,
             mailer=TB)


@M("mixed-04-varva-cp1251-no-charset", "mixed", "rda-varva", 2,
   [(9, "body"), (10, "body")],
   "windows-1251 body with no charset parameter (quoted-printable); measures 9 and 10.")
def _():
    body = ("Варвинська районна державна адміністрація інформує:\n\n"
            "п. 9 - члени громадської ради взяли участь в обговоренні проекту Програми соціально-економічного розвитку "
            "району на 2013 рік;\n"
            "п. 10 - громадській раді при РДА рекомендовано утворити комісію з питань відкритості та прозорості, "
            "комісію утворено рішенням ради від 16.05.2013.\n\n"
            "Загальний відділ апарату РДА\n")
    return H("2013-05-27 10:45:00", "+0300", addr("Варвинська РДА", ADDR["rda-varva"]), "інформація",
             text(body, cs="cp1251", label=None, cte="quoted-printable"), mailer=OL12)


F_M05 = "Семінари_ЦППК_2012.xlsx"


@M("mixed-05-cppk-cp1251-base64-xlsx-two-sheets", "mixed", "cppk", 1,
   [(13, F_M05)],
   "windows-1251 base64 cover note; the xlsx lists seminars held (measure 13) and has a second sheet with notes about a planned seminar.")
def _():
    rows = [["Пункт Плану", "Дата", "Тема семінару", "Категорія слухачів", "Кількість слухачів"],
            ["13", "08.11.2012", "Консультації з громадськістю: організація та проведення",
             "заступники керівників структурних підрозділів ОДА", 24],
            ["13", "13.11.2012", "Інструменти політики сприяння розвитку громадянського суспільства",
             "спеціалісти РДА, які організовують консультації", 31]]
    notes = [["Примітки"], ["Наступний семінар для спеціалістів РДА заплановано на лютий 2013 року."],
             ["Матеріали семінарів розміщено на сайті Центру."]]
    data = xlsx([("Семінари", rows, [], {"A": 10, "B": 12, "C": 55, "D": 45, "E": 12}),
                 ("Примітки", notes, [], {"A": 80})])
    body = "Добрий день!\nІнформація Центру у вкладенні (Excel).\n\nЗ повагою, навчальний відділ ЦППК\n"
    ent = multipart("mixed", [text(body, cs="windows-1251", cte="base64"), attach(F_M05, data, CT["xlsx"], "cp1251")],
                    bnd("m05", style="ol"))
    return H("2012-11-15 09:30:00", "+0200", addr("ЦППК", ADDR["cppk"], cs="windows-1251"), "Інформація ЦППК",
             ent, subj_cs="windows-1251", mailer=OL12)


@M("mixed-06-talalaivka-utc-date-after-midnight", "mixed", "rda-talalaivka", 1,
   [(6, "body"), (7, "body")],
   "Android mail dated 22:31 UTC on 15.12.2012, i.e. 00:31 on 16.12 in Kyiv: one day after the first deadline, inside the grace window, so period 1, late; measures 6 and 7.",
   late=True)
def _():
    body = ("Вибачте, що пізно. Інформація по п.6 і п.7:\n"
            "п.6 - проведено громадське обговорення проекту районного бюджету на 2013 рік (12.12.2012, 41 учасник);\n"
            "п.7 - до складу адміністративної комісії при РДА введено представника ГО \"Талалаївські ініціативи\".\n\n"
            "Прокопенко Г.М., Талалаївська РДА\n\n"
            "Отправлено с моего Android-устройства с помощью K-9 Mail.\n")
    return H("2012-12-15 22:31:40", "+0000", addr("Прокопенко Г.", ADDR["rda-talalaivka"]), "Re: план заходів",
             text(body, cte="8bit"), recv=("2012-12-16 00:32:47", "+0200"),
             mailer="User-Agent: K-9 Mail for Android")


# =============================================================================================
def expected(m, received):
    period, late = period_of(received)
    assert (period, late) == (m["period"], m["late"]), (m["name"], period, late)
    items = sorted(({"measure": n, "source": s} for n, s in m["items"]), key=lambda x: (x["measure"], x["source"]))
    e = {"class": m["cls"], "executor": m["ex"], "items": items, "kind": m["kind"], "late": late,
         "note": m["note"], "period": period, "reason": m["reason"]}
    if m["also"]:
        e["also"] = m["also"]
    return json.dumps(e, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv):
    picks = pick_executors()
    for name, m in MSGS.items():
        slot = name[: name.index("-", name.index("-") + 1)]
        assert picks[slot] == m["ex"], (name, picks[slot], m["ex"])
        assert m["ex"] in EXEC
    want = argv or list(MSGS)
    for name in want:
        m = MSGS[name]
        h = m["fn"]()
        eml, received = assemble(name, h)
        (HERE / f"{name}.eml").write_bytes(eml)
        (HERE / f"{name}.expected.json").write_text(expected(m, received), encoding="utf-8")
        print(name)
    if LO_PROFILE.exists() and not argv:
        shutil.rmtree(LO_PROFILE, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
