#!/usr/bin/env python3
"""Convert the hand-written sources in src/ into the office files that make.py attaches.

Run once (it was run once; the results beside this file are kept and make.py only reads them):

    python3 attachments/convert.py

Documents are written as HTML and spreadsheets as CSV; LibreOffice converts them.  Afterwards the
creation date that LibreOffice stamps into a PDF (the time of conversion) is replaced, byte for
byte, by the date the office would have made the file, so that the PDF's xref stays valid.
"""
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
WORK = "/tmp/missive-work/conv"
LO = "-env:UserInstallation=file:///tmp/missive-work/lo"

# source -> (target extension, LibreOffice filter, date stamped into a PDF)
JOBS = {
    "ph3_arkhiv.csv": ("xls", "xls:MS Excel 97", None),
    "ph5_nizhyn.csv": ("ods", "ods", None),
    "rg1_finansy.csv": ("xlsx", "xlsx:Calc MS Excel 2007 XML", None),
    "mx4_bakhmach.csv": ("xlsx", "xlsx:Calc MS Excel 2007 XML", None),
    "rg4_pryluky.html": ("docx", "docx:MS Word 2007 XML", None),
    "pa4_mistobud.html": ("docx", "docx:MS Word 2007 XML", None),
    "fn2_apk.html": ("doc", "doc:MS Word 97", None),
    "mx1_nosivka.html": ("doc", "doc:MS Word 97", None),
    "pr3_cppk.html": ("rtf", "rtf", None),
    "pr5_gromrada.html": ("odt", "odt", None),
    "pr1_zdorovia.html": ("pdf", "pdf:writer_pdf_Export", "20131212130812Z'"),
    "mx4_dovidka.html": ("pdf", "pdf:writer_pdf_Export", "20131209083344Z'"),
}


def convert(name, ext, flt):
    src = os.path.join(SRC, name)
    if name.endswith(".csv"):
        # comma, double quote, UTF-8, start at row 1, every column as text (so «6–9» stays text)
        infilter = "CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2"
    else:
        infilter = "HTML (StarWriter)"
    os.makedirs(WORK, exist_ok=True)
    subprocess.run(["soffice", "--headless", LO, "--infilter=" + infilter, "--convert-to", flt,
                    "--outdir", WORK, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    out = os.path.join(WORK, os.path.splitext(name)[0] + "." + ext)
    return out


def fix_pdf_date(path, stamp):
    data = open(path, "rb").read()

    def repl(m):
        new = ("D:" + stamp).encode()
        old = m.group(1)
        if len(new) > len(old):
            raise SystemExit("date stamp longer than LibreOffice's")
        return b"/CreationDate(" + new.ljust(len(old), b" ") + b")"

    data = re.sub(rb"/CreationDate\((D:[^)]*)\)", repl, data)
    open(path, "wb").write(data)


def main():
    only = sys.argv[1:]
    for name, (ext, flt, stamp) in JOBS.items():
        if only and name not in only:
            continue
        out = convert(name, ext, flt)
        if stamp:
            fix_pdf_date(out, stamp)
        dst = os.path.join(HERE, os.path.splitext(name)[0] + "." + ext)
        shutil.copyfile(out, dst)
        size = os.path.getsize(dst)
        print(f"{name} -> {os.path.basename(dst)} ({size} bytes)")
        if size >= 60 * 1024:
            raise SystemExit(f"{dst} is not under 60 KB")


if __name__ == "__main__":
    main()
