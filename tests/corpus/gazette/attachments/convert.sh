#!/bin/sh
# Converts the HTML (documents) and CSV (sheets) in src/ once into the office files kept beside
# this script. make.py only reads the results, so it is reproducible without LibreOffice.
set -e
cd "$(dirname "$0")"
LO="soffice --headless -env:UserInstallation=file:///tmp/gazette-work/lo"
CSV='CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2'
WRT='HTML (StarWriter)'
sheet() { $LO --infilter="$CSV" --convert-to "$2" --outdir . "src/$1.csv"; }
doc()   { $LO --infilter="$WRT" --convert-to "$2" --outdir . "src/$1.html"; }
sheet ph01_korop      'xls:MS Excel 97'
sheet ph03_ssd        'xlsx:Calc MS Excel 2007 XML'
sheet rg02_kultura    'xlsx:Calc MS Excel 2007 XML'
sheet fn02_uma        'ods:calc8'
sheet mx01_semenivka  'xls:MS Excel 97'
sheet mx04_dodatok    'xls:MS Excel 97'
doc   rg04_apk        'docx:MS Word 2007 XML'
doc   pr01_osvita     'pdf:writer_pdf_Export'
doc   pr02_bakhmach   'doc:MS Word 97'
doc   pr04_ripky      'rtf:Rich Text Format'
doc   pr05_upszn      'odt:writer8'
doc   fn04_gue        'docx:MS Word 2007 XML'
doc   pa04_ichnia     'doc:MS Word 97'
doc   mx03_uvp        'docx:MS Word 2007 XML'
doc   mx04_lyst       'pdf:writer_pdf_Export'
doc   nr05_cppk       'pdf:writer_pdf_Export'
