#!/bin/sh
# Run once; the converted files are kept in this folder and make.py only reads them.
set -e
cd "$(dirname "$0")"
LO="soffice --headless -env:UserInstallation=file:///tmp/regent-work/lo"
conv() { # src target-ext filter
  $LO $4 --convert-to "$2:$3" --outdir . "src/$1" >/dev/null 2>&1
}
for f in mena semenivka kozelets nsiversk_kult; do conv $f.csv xls "MS Excel 97" "--infilter=CSV:44,34,76,1"; done
for f in osvita kulykivka; do conv $f.csv xlsx "Calc MS Excel 2007 XML" "--infilter=CSV:44,34,76,1"; done
conv varva.csv ods calc8 "--infilter=CSV:44,34,76,1"
for f in finansy kapbud borzna; do conv $f.html docx "MS Word 2007 XML" "--infilter=HTML (StarWriter)"; done
for f in sotszakhyst gromrada; do conv $f.html doc "MS Word 97" "--infilter=HTML (StarWriter)"; done
for f in koriukivka nsiversk; do conv $f.html odt writer8 "--infilter=HTML (StarWriter)"; done
conv apk.html rtf "Rich Text Format" "--infilter=HTML (StarWriter)"
for f in zvernennia talalaivka; do conv $f.html pdf writer_pdf_Export "--infilter=HTML (StarWriter)"; done
