#!/usr/bin/env python3
"""Writes the office files of the corpus as HTML (documents) and CSV (sheets) into src/, and
converts each ONCE with LibreOffice. The converted files are kept beside this script and make.py
only reads them; run this again only to rebuild a missing file (existing outputs are kept)."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LO = "-env:UserInstallation=file:///tmp/sequel-work/lo"

def html(title, body):
    return ("<html><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>body{font-family:'Times New Roman';font-size:12pt} td,th{border:1px solid #000;"
            "padding:3px;vertical-align:top} table{border-collapse:collapse}</style></head><body>%s"
            "</body></html>" % (title, body))

def table(head, rows):
    h = "".join("<th>%s</th>" % c for c in head)
    r = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in row) for row in rows)
    return "<table><tr>%s</tr>%s</table>" % (h, r)

def csv(rows):
    out = []
    for row in rows:
        out.append(",".join('"%s"' % str(c).replace('"', '""') for c in row))
    return "\n".join(out) + "\n"

FILES = {}   # name: (source text, source ext, target ext, filter)
DOC = {"doc": "doc:MS Word 97", "docx": "docx:MS Word 2007 XML", "odt": "odt",
       "rtf": "rtf:Rich Text Format", "pdf": "pdf:writer_pdf_Export"}
SHEET = {"xls": "xls:MS Excel 97", "xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods"}

def doc(name, ext, text):
    FILES[name] = (text, "html", ext)

def sheet(name, ext, rows):
    FILES[name] = (csv(rows), "csv", ext)

from sources import build   # the texts live in sources.py beside this file
build(doc, sheet, html, table)

def main():
    os.makedirs(SRC, exist_ok=True)
    for name, (text, sext, text_ext) in sorted(FILES.items()):
        src = os.path.join(SRC, "%s.%s" % (name, sext))
        with open(src, "w", encoding="utf-8") as f:
            f.write(text)
        out = os.path.join(HERE, "%s.%s" % (name, text_ext))
        if os.path.exists(out) and "--force" not in sys.argv:
            continue
        if sext == "csv":
            cmd = ["soffice", "--headless", LO, "--infilter=CSV:44,34,76,1",
                   "--convert-to", SHEET[text_ext], "--outdir", HERE, src]
        else:
            cmd = ["soffice", "--headless", LO, "--infilter=HTML (StarWriter)",
                   "--convert-to", DOC[text_ext], "--outdir", HERE, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        print("converted", out, os.path.getsize(out))

if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
