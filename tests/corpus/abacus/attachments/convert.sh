#!/bin/sh
# Run once (by hand) to turn the sources in src/ into the office files beside this script.
# make.py only reads the results; it never runs soffice.
set -e
cd "$(dirname "$0")"
LO="-env:UserInstallation=file:///tmp/abacus-work/lo"
OUT=/tmp/abacus-work/conv
mkdir -p "$OUT"
sheet() {  # src.csv target-ext filter
  soffice --headless $LO --infilter="CSV:59,34,76,1,,1058" --convert-to "$2:$3" --outdir "$OUT" "src/$1.csv" >/dev/null
  cp "$OUT/$1.$2" "./$1.$2"
}
doc() {    # src.html target-ext filter
  soffice --headless $LO --infilter="HTML (StarWriter)" --convert-to "$2:$3" --outdir "$OUT" "src/$1.html" >/dev/null
  cp "$OUT/$1.$2" "./$1.$2"
}
sheet ph01 xls  "MS Excel 97"
sheet ph03 xlsx "Calc MS Excel 2007 XML"
sheet ph05 ods  "calc8"
sheet rg01 xls  "MS Excel 97"
sheet fn02 xls  "MS Excel 97"
sheet fn05 xlsx "Calc MS Excel 2007 XML"
sheet pa04 xlsx "Calc MS Excel 2007 XML"
sheet mx01 xls  "MS Excel 97"
sheet mx03 xls  "MS Excel 97"
doc ph04  doc  "MS Word 97"
doc rg03  docx "MS Word 2007 XML"
doc pr01  pdf  "writer_pdf_Export"
doc pr02  docx "MS Word 2007 XML"
doc pr04  odt  "writer8"
doc pr05  rtf  "Rich Text Format"
doc fn03  docx "MS Word 2007 XML"
doc pa01  doc  "MS Word 97"
doc pa03  pdf  "writer_pdf_Export"
doc mx04a docx "MS Word 2007 XML"
doc mx04b rtf  "Rich Text Format"
python3 src/mx05_chart.py
