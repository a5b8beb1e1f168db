#!/bin/sh
# Converts the HTML/CSV sources once into the office files make.py attaches.
# Run from this folder: sh convert.sh   (results go to ..; they are kept, not rebuilt)
set -e
LO="-env:UserInstallation=file:///tmp/annual-work/lo"
conv() {  # src target-ext
  src=$1; ext=$2
  case "$src" in
    *.csv)  inf='CSV:59,34,76,1' ;;
    *.html) inf='HTML (StarWriter)' ;;
  esac
  case "$ext" in
    xls)  flt='xls:MS Excel 97' ;;
    xlsx) flt='xlsx:Calc MS Excel 2007 XML' ;;
    ods)  flt='ods' ;;
    doc)  flt='doc:MS Word 97' ;;
    docx) flt='docx:MS Word 2007 XML' ;;
    odt)  flt='odt' ;;
    rtf)  flt='rtf' ;;
    pdf)  flt='pdf:writer_pdf_Export' ;;
  esac
  soffice --headless "$LO" --infilter="$inf" --convert-to "$flt" --outdir .. "$src" >/dev/null 2>&1
  test -s "../${src%.*}.$ext" || { echo "failed: $src -> $ext"; exit 1; }
}
conv ph01-shchors.csv xls
conv ph02-kultura.html docx
conv ph04-finansy.csv xlsx
conv ph05-varva.csv ods
conv rg01-mena.csv xls
conv rg03-talalaivka.html docx
conv rg05-misto.csv ods
conv pr01-uvp.html pdf
conv pr02-sotszakhyst.html odt
conv pr03-arkhiv.html rtf
conv pr05-zvernennia.html doc
conv fn01-ekonomika.html docx
conv fn03-kulykivka.csv xlsx
conv fn04-gromrada.html pdf
conv fn05-cppk.csv xls
conv pa01-bakhmach.html docx
conv pa03-nosivka.html doc
conv pa05-simia.html docx
conv pa05-simia-nakaz.html pdf
conv mx01-pryluky.csv xls
conv mx02-chernihiv-old.html docx
conv mx02-chernihiv-new.html docx
conv mx03-zdorovia.csv xls
conv mx04-borzna-1.html doc
conv mx04-borzna-2.html doc
conv mx05-koriukivka.csv xls
echo converted
