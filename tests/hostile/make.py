#!/usr/bin/env python3
"""Writes zvit's hostile-mail corpus: small hand-made messages that once stopped, slowed or
fooled zvit (issue 11), each followed in the tests by a normal report that must still be
analysed. Nothing big is checked in: everything is made here, deterministically.

Usage: make.py OUTDIR  ->  OUTDIR/<case>.eml and OUTDIR/manifest.json
manifest: {case: {"expect": [reason codes, any of which must be recorded on the message or
one of its parts; empty: only that it is analysed], "env": {...}, "note": "..."}}
"""
import io
import json
import sys
import zipfile
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
FROM = '"Бобровицька РДА" <rda-bobrovytsia@example.gov.ua>'
manifest = {}


def mail(case, subject, body="", attachments=(), sender=FROM, html=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = sender
    m["To"] = "uvp@cg.ukrtel.net"
    m["Subject"] = subject
    m["Date"] = "Mon, 10 Dec 2012 10:15:00 +0200"
    m["Message-ID"] = f"<hostile-{case}@example.gov.ua>"
    m.set_content(body or "Звіт у додатку.")
    if html is not None:
        m.add_alternative(html, subtype="html")
    for name, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(m)


def case(name, raw, expect, note, env=None, limits=None):
    (OUT / f"{name}.eml").write_bytes(raw)
    manifest[name] = {"expect": expect, "env": env or {}, "note": note, "limits": limits or {}}


def zip_bytes(members, stored=False):
    buf = io.BytesIO()
    kind = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buf, "w", kind) as z:
        for n, data in members:
            zi = zipfile.ZipInfo(n, date_time=(2012, 12, 10, 10, 0, 0))
            zi.compress_type = kind
            z.writestr(zi, data)
    return buf.getvalue()


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def xlsx(cells, dimension):
    rows = {}
    for ref, text in cells:
        r = int("".join(c for c in ref if c.isdigit()))
        rows.setdefault(r, []).append(
            f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<dimension ref="{dimension}"/><sheetData>'
             + "".join(f'<row r="{r}">{"".join(c)}</row>' for r, c in sorted(rows.items()))
             + "</sheetData></worksheet>")
    return zip_bytes([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="Звіт" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet),
    ])


def docx(body_xml, stored=False):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body_xml + "</w:body></w:document>")
    return zip_bytes([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", doc),
    ], stored=stored)


def pdf(page_streams):
    """A PDF with one page per content stream (bytes, already encoded) and a correct xref.
    Each stream is (data, filter or None)."""
    objs = []  # index 0 -> object 1

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    pages = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for data, filt in page_streams:
        f = f" /Filter /{filt}" if filt else ""
        content = add(f"<< /Length {len(data)}{f} >>\nstream\n".encode() + data + b"\nendstream")
        kids.append(add(
            f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()))
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages} 0 R >>".encode()
    objs[pages - 1] = (f"<< /Type /Pages /Count {len(kids)} /Kids ["
                       + " ".join(f"{k} 0 R" for k in kids) + "] >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


REPORT_BODY = ("Добрий день!\n\nп. 5. Проведено засідання громадської ради, оприлюднено "
               "протокол на офіційному веб-сайті райдержадміністрації.\n\nЗ повагою, Бобровицька РДА")

# 1. A cell at A1 and one at XFD1048576: a dense range of 17 billion cells.
case("xlsx-far-cell", mail("xlsx-far-cell", "Звіт Бобровицької РДА", attachments=[
    ("zvit.xlsx", xlsx([("A1", "5"), ("XFD1048576", "х")], "A1:XFD1048576"), *XLSX)]),
    ["cut"], "finding 1: calamine builds the dense range first")
case("xlsx-tall", mail("xlsx-tall", "Звіт Бобровицької РДА", attachments=[
    ("zvit.xlsx", xlsx([("A1", "5"), ("J1000000", "х")], "A1:J1000000"), *XLSX)]),
    ["cut"], "finding 1: 10 million cells declared by two")

# 2. A From that is not an address: the receipt cannot be built.
case("bad-from", mail("bad-from", "Звіт Бобровицької РДА", REPORT_BODY,
                      sender='"Бобровицька РДА" <a b@@x>'),
     [], "finding 2: building the answer fails; the batch must still commit")

# 3. Quadratic inputs.
fwd = ("-------- Пересилаемое сообщение --------\nОт: a@example.gov.ua\nТема: звіт\n\n"
       "-----Original Message-----\nFrom: b@example.gov.ua\n\n> \n")
case("forward-markers", mail("forward-markers", "Fwd: звіт", REPORT_BODY + "\n\n" + fwd * 2500),
     [], "finding 3: each forward marker used to copy the rest of the text")
csv_text = '"' + "".join(f"{i};Проведено захід {i};виконано\n" for i in range(45000))
case("csv-quote", mail("csv-quote", "Звіт Бобровицької РДА", attachments=[
    ("zvit.csv", csv_text.encode("utf-8"), "text", "csv")]),
    [], "finding 3: one unbalanced quote made CSV splitting quadratic")
nested = "<table><tr><td>" * 60000 + "п. 5 Проведено засідання" + "</td></tr></table>" * 60000
case("html-nested", mail("html-nested", "Звіт Бобровицької РДА", REPORT_BODY,
                         html="<html><body>" + nested + "</body></html>"),
     [], "finding 3: nested tables in an HTML body")
depth = 3000
tbl = ("<w:tbl><w:tr><w:tc>" * depth + "<w:p><w:r><w:t>п. 5 Проведено</w:t></w:r></w:p>"
       + "</w:tc></w:tr></w:tbl>" * depth)
case("docx-nested", mail("docx-nested", "Звіт Бобровицької РДА", attachments=[
    ("zvit.docx", docx(tbl), *DOCX)]), [], "finding 3: nested tables in a .docx")
page = zlib.compress(b"BT /F1 12 Tf 72 700 Td (x) Tj ET", 9)
case("pdf-pages", mail("pdf-pages", "Звіт Бобровицької РДА", attachments=[
    ("zvit.pdf", pdf([(page, "FlateDecode")] * 20000), "application", "pdf")]),
    ["cut"], "finding 3: 20,000 pages; the page limit must hold first")
co = zlib.compressobj(9)
chunk = b" " * (1 << 24)
bomb = b"".join(co.compress(chunk) for _ in range(64)) + co.flush()  # 1 GiB of spaces
case("pdf-inflate", mail("pdf-inflate", "Звіт Бобровицької РДА", attachments=[
    ("zvit.pdf", pdf([(bomb, "FlateDecode")]), "application", "pdf")]),
    ["too_large"],
    "finding 3: a content stream that inflates to 1 GiB")

# Form XObjects nested 40 deep, each drawing the next twice: 2^40 calls in a PDF of a few KB.
# Five variants (no two alike, so nothing is read once for all) under a short per-file and
# per-message time limit: the message costs the message budget, not five times the file limit.
def xobject_bomb(variant):
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /XObject << /X 10 0 R >> /Font << /F1 5 0 R >> >> >>",
            5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}

    def stream(head, body):
        return head + b" /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"
    objs[4] = stream(b"<<", b"BT /F1 12 Tf 72 720 Td (Zvit %d) Tj ET /X Do" % variant)
    for k in range(40):
        last = k == 39
        res = (b"/Resources << /Font << /F1 5 0 R >> >>" if last else
               b"/Resources << /XObject << /X %d 0 R >> >>" % (11 + k))
        objs[10 + k] = stream(b"<< /Type /XObject /Subtype /Form /BBox [0 0 9 9] " + res,
                              b"BT /F1 9 Tf (a) Tj ET" if last else b"/X Do /X Do")
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref, size = len(out), max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[n]) if n in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


case("pdf-xobject-bomb", mail("pdf-xobject-bomb", "Звіт Бобровицької РДА", REPORT_BODY, attachments=[
    (f"zvit{i}.pdf", xobject_bomb(i), "application", "pdf") for i in range(5)]),
    ["corrupt"], "review: 2^40 form calls, refused from the object graph before any page",
    limits={"reader_timeout_secs": 2, "reader_message_secs": 5})

# A zip that unpacks to 24 MiB of text (random stored padding keeps the ratio plausible): the
# text analysed per message is bounded, so the database and the time are too.
import random
rnd = random.Random(11)
flood = ("п. 6 Проведено консультацію з громадськістю щодо проекту рішення. " * 200000)[:12 << 20]
case("zip-text-flood", mail("zip-text-flood", "Звіт Бобровицької РДА", attachments=[
    ("zvit.zip", zip_bytes([("zvit.txt", flood.encode("utf-8")),
                            ("pad.bin", bytes(rnd.getrandbits(8) for _ in range(300_000)))]),
     "application", "zip")]),
    ["cut"], "review: 23 MB of text (12 million characters) behind a small mail")

# Three hundred tiny broken attachments: past max_attachments nothing more is read, and the
# receipt names twenty and counts the rest.
case("many-attachments", mail("many-attachments", "Звіт Бобровицької РДА", REPORT_BODY, attachments=[
    (f"{i}-{'д' * 120}.pdf", b"%PDF-1.4 broken " + str(i).encode(), "application", "pdf")
    for i in range(300)]),
    ["cut"], "review: a receipt that grew with the number of attachments")

# MIME nested far deeper than any mail client writes.
deep = b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + REPORT_BODY.encode() + b"\r\n"
for i in range(1500):
    b = f"b{i}".encode()
    deep = (b"Content-Type: multipart/mixed; boundary=\"" + b + b"\"\r\n\r\n--" + b + b"\r\n"
            + deep + b"\r\n--" + b + b"--\r\n")
head = (f"From: {FROM}\r\nTo: uvp@cg.ukrtel.net\r\nSubject: =?utf-8?b?0JfQstGW0YI=?=\r\n"
        "Date: Mon, 10 Dec 2012 10:15:00 +0200\r\nMessage-ID: <hostile-mime-deep@example.gov.ua>\r\n"
        "MIME-Version: 1.0\r\n").encode("utf-8")
case("mime-deep", head + deep, [], "MIME nested 1,500 levels deep")

# Faults injected into debug builds (intake::fault): a reader that aborts, one that loops,
# one that allocates without end. The body's report must still count.
fault_doc = docx("<w:p><w:r><w:t>п. 3 Проведено навчання. ZVITFAULTMARK</w:t></w:r></w:p>",
                 stored=True)
for name, var, expect in [
        ("reader-abort", "ZVIT_FAULT_READER_ABORT", ["reader_crashed"]),
        ("reader-hang", "ZVIT_FAULT_READER_HANG", ["too_slow"]),
        ("reader-alloc", "ZVIT_FAULT_READER_ALLOC", ["reader_crashed"])]:
    case(name, mail(name, "Звіт Бобровицької РДА", REPORT_BODY, attachments=[
        ("zvit.docx", fault_doc, *DOCX)]), expect,
        f"{var}: the reader worker fails on this attachment", env={var: "ZVITFAULTMARK"})

# Eight attachments whose reader never answers (no two alike): they share the message's
# reading time, so the message costs reader_message_secs, not eight times the file limit.
hang_docs = [docx(f"<w:p><w:r><w:t>п. 3 Проведено навчання {i}. ZVITFAULTMARK</w:t></w:r></w:p>",
                  stored=True) for i in range(8)]
case("reader-hang-many", mail("reader-hang-many", "Звіт Бобровицької РДА", REPORT_BODY,
                              attachments=[(f"zvit{i}.docx", d, *DOCX) for i, d in enumerate(hang_docs)]),
     ["too_slow"], "eight files that never finish share the time of one message",
     env={"ZVIT_FAULT_READER_HANG": "ZVITFAULTMARK"},
     limits={"reader_timeout_secs": 2, "reader_message_secs": 5, "max_secs": 12})

(OUT / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
