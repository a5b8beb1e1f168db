#!/usr/bin/env python3
"""Convert the attachment sources in src/ once with LibreOffice; make.py only reads the results.

    python3 src/make_fods.py      # writes the structured sheets as src/*.fods
    python3 convert.py            # src/*.html|*.csv|*.fods -> ./*.doc|docx|odt|rtf|pdf|xls|xlsx|ods

The results are kept in this folder so that make.py is reproducible without LibreOffice.
Pass file names (e.g. ``python3 convert.py ph01.xls``) to redo only those.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/mosaic-work/lo"]

WRITER_IN = "HTML (StarWriter)"
CSV_IN = "CSV:44,34,76,1"
OUT = {
    "doc": "doc:MS Word 97",
    "docx": "docx:MS Word 2007 XML",
    "odt": "odt:writer8",
    "rtf": "rtf:Rich Text Format",
    "pdf": "pdf:writer_pdf_Export",
    "xls": "xls:MS Excel 97",
    "xlsx": "xlsx:Calc MS Excel 2007 XML",
    "ods": "ods:calc8",
}

# result file name -> source file name
JOBS = {
    "ph01.xls": "ph01.fods", "ph02.ods": "ph02.fods", "ph03.xlsx": "ph03.fods",
    "ph04.doc": "ph04.html", "ph05.odt": "ph05.html",
    "bp03.pdf": "bp03.html", "bp04.doc": "bp04.html", "bp05.xlsx": "bp05.csv",
    "nr03.docx": "nr03.html", "nr05.pdf": "nr05.html",
    "rg01.xls": "rg01.fods", "rg03.docx": "rg03.html", "rg04.doc": "rg04.html", "rg05.ods": "rg05.fods",
    "pr01.pdf": "pr01.html", "pr02.odt": "pr02.html", "pr04.doc": "pr04.html", "pr05.rtf": "pr05.html",
    "fn01.xlsx": "fn01.fods", "fn02.docx": "fn02.html", "fn03.xlsx": "fn03.fods",
    "fn04.docx": "fn04.html", "fn05.xls": "fn05.fods",
    "pa01.docx": "pa01.html", "pa02.xls": "pa02.fods", "pa03.xlsx": "pa03.fods",
    "pa04.odt": "pa04.html", "pa05.rtf": "pa05.html",
    "mx01.xls": "mx01.fods", "mx02.xls": "mx02.csv", "mx03a.doc": "mx03a.html",
    "mx03.xls": "mx03.fods", "mx05.ods": "mx05.csv",
}


def convert(result, source):
    base, ext = os.path.splitext(result)
    sbase, sext = os.path.splitext(source)
    tmp = os.path.join("/tmp/mosaic-work/conv", base)
    os.makedirs(tmp, exist_ok=True)
    # soffice names its output after the input; copy the source under the result's base name
    src_copy = os.path.join(tmp, base + sext)
    with open(os.path.join(SRC, source), "rb") as f, open(src_copy, "wb") as g:
        g.write(f.read())
    cmd = list(LO)
    if sext == ".html":
        cmd += ["--infilter=" + WRITER_IN]
    elif sext == ".csv":
        cmd += ["--infilter=" + CSV_IN]
    cmd += ["--convert-to", OUT[ext[1:]], "--outdir", HERE, src_copy]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(HERE, result)
    size = os.path.getsize(out)
    print("%-12s <- %-12s %6d bytes" % (result, source, size))
    if size >= 60 * 1024:
        sys.exit("too large: " + result)


if __name__ == "__main__":
    todo = sys.argv[1:] or sorted(JOBS)
    for r in todo:
        convert(r, JOBS[r])
