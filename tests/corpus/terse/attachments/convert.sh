#!/bin/sh
# One-time conversion of the sources in src/ to the office files make.py attaches.
# The results are kept in this folder; make.py only reads them, so the corpus is reproducible
# without LibreOffice. Re-run only to regenerate an attachment on purpose.
set -e
cd "$(dirname "$0")"
LO="-env:UserInstallation=file:///tmp/terse-work/lo"
OUT=/tmp/terse-work/out
conv() {  # id source filter-args target-ext
  id=$1; src=$2; shift 2; ext=$1; shift
  rm -rf "$OUT"; mkdir -p "$OUT"
  soffice --headless $LO "$@" --outdir "$OUT" "src/$id/$src" >/dev/null
  mv "$OUT"/* "$id.$ext"
}
CSV='--infilter=CSV:59,34,76,1'
HTM='--infilter=HTML (StarWriter)'
conv ph02 Аркуш1.csv xls  "$CSV" --convert-to 'xls:MS Excel 97'
conv rg02 Аркуш1.csv xlsx "$CSV" --convert-to 'xlsx:Calc MS Excel 2007 XML'
conv fn02 Аркуш1.csv xls  "$CSV" --convert-to 'xls:MS Excel 97'
conv mx01 Аркуш1.csv xls  "$CSV" --convert-to 'xls:MS Excel 97'
conv mx03 Аркуш1.csv ods  "$CSV" --convert-to ods
conv ph03 Документ1.html docx "$HTM" --convert-to 'docx:MS Word 2007 XML'
conv pr02 довідка.html odt "$HTM" --convert-to 'odt:writer8'
conv pr03 Ripky_VU_2013.html pdf "$HTM" --convert-to 'pdf:writer_pdf_Export'
conv pr05 ВУ.html doc "$HTM" --convert-to 'doc:MS Word 97'
conv pa03 sluzhba_VU.html rtf "$HTM" --convert-to 'rtf:Rich Text Format'
conv mx04a Звіт.html pdf "$HTM" --convert-to 'pdf:writer_pdf_Export'
conv mx04b Програма.html doc "$HTM" --convert-to 'doc:MS Word 97'
