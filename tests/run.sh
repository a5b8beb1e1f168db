#!/usr/bin/env bash
# Runs every test of zvit: unit tests, the fixture corpus, the command line end to end, and
# the tests marked #[ignore] because they need something outside the crate: the real mail
# stack (Dovecot + Postfix on 127.0.0.1, started here) and the corpora in ../shared/corpora.
# Installs what it needs first (Debian packages, as root). Usage: tests/run.sh [cargo test args]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export MAILSTACK_RUN=${MAILSTACK_RUN:-/tmp/zvit-mailstack}
# A one-shot build needs no incremental cache (it was a third of target/ on disk).
export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}
echo "== disk: $(df -h . | awk 'NR==2 {print $4 " free of " $2}')"

echo "== installing what the tests need"
if [ -x /usr/sbin/dovecot ] && [ -x /usr/sbin/postfix ] && [ -x /usr/lib/dovecot/lmtp ]; then
  echo "dovecot and postfix present"
else
  tests/mailstack/install.sh
fi

# OCR (tests/it/ocr.rs): Tesseract with the Ukrainian and Russian packs, poppler for PDF pages.
ocr=()
command -v tesseract >/dev/null || ocr+=(tesseract-ocr)
for l in ukr rus; do
  tesseract --list-langs 2>/dev/null | grep -qx "$l" || ocr+=("tesseract-ocr-$l")
done
command -v pdftoppm >/dev/null || ocr+=(poppler-utils)
if [ ${#ocr[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${ocr[@]}" >/dev/null
fi
echo "OCR: $(tesseract --version 2>/dev/null | head -1), languages $(tesseract --list-langs 2>/dev/null | tail -n +2 | tr '\n' ' ')"

# The desk in a real browser (tests/it/browser.rs): Chromium driven through chromedriver.
web=()
[ -x /usr/bin/chromium ] || web+=(chromium)
[ -x /usr/bin/chromedriver ] || web+=(chromium-driver)
if [ ${#web[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${web[@]}" >/dev/null
fi
echo "browser: $(/usr/bin/chromium --version 2>/dev/null), $(/usr/bin/chromedriver --version 2>/dev/null | cut -d' ' -f1-2)"

echo "== starting the mail stack in $MAILSTACK_RUN"
# A stack left by an interrupted run is stopped first (by its PID files).
tests/mailstack/stack.sh stop >/dev/null 2>&1 || true
tests/mailstack/stack.sh start
cleanup() { tests/mailstack/stack.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== layout rules (tests/imports.sh)"
tests/imports.sh
echo "== cargo clippy"
cargo clippy --all-targets --locked -- -D warnings
echo "== cargo test (with ignored tests)"
rm -rf target/zvit-figures
cargo test --locked -- --include-ignored "$@"
echo "== fuzzing, bounded and repeatable (fuzz/run.sh; long runs: see README)"
FUZZ_RUNS=1500 FUZZ_SEED=1 fuzz/run.sh 0 pipeline
FUZZ_RUNS=20000 FUZZ_SEED=1 fuzz/run.sh 0 extract
echo "== documents: the demo's digest opened by LibreOffice and rendered by headless Chromium"
# The .xlsx and .docx must open in LibreOffice (converted to PDF), and the HTML body must render
# in Chromium; the screenshot is kept in target/zvit-figures/digest.png.
need=()
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui libreoffice-writer-nogui)
command -v chromium >/dev/null || need+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
DOCS=target/zvit-docs
rm -rf "$DOCS" && mkdir -p "$DOCS" target/zvit-figures
target/debug/zvit demo --out "$DOCS/demo" >/dev/null
target/debug/zvit --config "$DOCS/demo/config/zvit.toml" --now 2012-12-20T10:00:00+02:00 \
  digest --period 1 --preview "$DOCS/digest" >/dev/null
( cd "$DOCS/digest" && timeout 180 soffice -env:UserInstallation=file:///tmp/zvit-lo-$$ --headless \
    --convert-to pdf --outdir pdf ./*.xlsx ./*.docx >/dev/null 2>&1 ) || true
n=$(find "$DOCS/digest/pdf" -name '*.pdf' -size +1k 2>/dev/null | wc -l)
[ "$n" = 2 ] || { echo "LibreOffice could not open the digest's .xlsx and .docx ($n of 2 converted)"; exit 1; }
echo "LibreOffice converted the digest's .xlsx and .docx to PDF"
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="/tmp/zvit-chromium-$$" --window-size=1100,1600 \
  --screenshot="$ROOT/target/zvit-figures/digest.png" "file://$ROOT/$DOCS/digest/digest.html" >/dev/null 2>&1 || true
# The two programs' profiles are of this run only.
rm -rf "/tmp/zvit-lo-$$" "/tmp/zvit-chromium-$$"
size=$(stat -c %s target/zvit-figures/digest.png 2>/dev/null || echo 0)
[ "$size" -gt 10000 ] || { echo "Chromium did not render the digest's HTML"; exit 1; }
echo "Chromium rendered the digest's HTML: target/zvit-figures/digest.png ($size bytes)"

if [ -d target/zvit-figures ]; then
  echo "== figures measured by the tests"
  cat target/zvit-figures/*.txt 2>/dev/null || true
fi
