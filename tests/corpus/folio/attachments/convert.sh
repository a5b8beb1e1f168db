#!/bin/sh
# Converts attachments/src/*.html|*.csv once with LibreOffice; the results are kept in attachments/.
set -e
cd "$(dirname "$0")"
LO="-env:UserInstallation=file:///tmp/folio-work/lo"
W='--infilter=HTML (StarWriter)'
C='--infilter=CSV:44,34,76,1'
conv() { # src filter outdir
  soffice --headless "$LO" "$1" --convert-to "$2" --outdir . "src/$3" >/dev/null 2>&1
}
conv "$W" 'doc:MS Word 97'            ph01_nosivka.html
conv "$C" 'xls:MS Excel 97'           ph02_kultura.csv
conv "$C" 'xlsx:Calc MS Excel 2007 XML' ph04_finansy.csv
conv "$W" 'rtf:Rich Text Format'      ph05_pryluky.html
conv "$C" 'xls:MS Excel 97'           rg01_bakhmach.csv
conv "$W" 'doc:MS Word 97'            rg03_mena.html
conv "$W" 'pdf:writer_pdf_Export'     rg04_apk.html
conv "$W" 'pdf:writer_pdf_Export'     pr01_nsiverskyi.html
conv "$W" 'odt:writer8'               pr02_arkhiv.html
conv "$W" 'rtf:Rich Text Format'      pr04_zhkh.html
conv "$W" 'docx:MS Word 2007 XML'     fn02_kapbud.html
conv "$C" 'xls:MS Excel 97'           fn03_koriukivka.csv
conv "$W" 'doc:MS Word 97'            fn05_cppk.html
conv "$W" 'doc:MS Word 97'            pa02_talalaivka.html
conv "$C" 'ods:calc8'                 pa03_mistobud.csv
conv "$W" 'rtf:Rich Text Format'      pa04_horodnia.html
conv "$W" 'doc:MS Word 97'            mx01_nizhyn.html
conv "$C" 'xlsx:Calc MS Excel 2007 XML' mx03_borzna.csv
conv "$W" 'pdf:writer_pdf_Export'     mx04_cover.html
conv "$W" 'doc:MS Word 97'            mx04_rda.html
conv "$C" 'xls:MS Excel 97'           mx04_silrady.csv

# The machine's clock is not 2012: give the PDFs the scan/print date of their letters
# (a same-length byte replacement, so the PDF's xref offsets stay valid).
python3 - <<'PY'
import re
for name, stamp in (("rg04_apk.pdf", b"D:20121218101500"), ("pr01_nsiverskyi.pdf", b"D:20121212084000"),
                    ("mx04_cover.pdf", b"D:20121214220500")):
    data = open(name, "rb").read()
    data = re.sub(rb"D:\d{14}", stamp, data, count=1)
    open(name, "wb").write(data)
PY
