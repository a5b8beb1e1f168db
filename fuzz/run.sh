#!/usr/bin/env bash
# Fuzzes zvit's pure stages with cargo-fuzz (libFuzzer + AddressSanitizer):
#   pipeline — parse → extract → attribute → map on whole messages
#   extract  — the attachment readers on arbitrary files
# seeded from tests/fixtures/mail (the messages, and for `extract` their attachments).
#
# Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 30 s, both targets)
# Each input may take at most FUZZ_TIMEOUT s (default 5: small enough to catch quadratic
# behaviour) and FUZZ_RSS_MB MiB (default 1024, with AddressSanitizer's own overhead).
# FUZZ_RUNS=N FUZZ_SEED=S fuzz/run.sh   — a fixed number of inputs from a fixed seed instead
# (repeatable: tests/run.sh uses it, so CI runs the same inputs every time).
# A long run:  fuzz/run.sh 3600 pipeline   — crashes land in fuzz/artifacts/TARGET/ and the
# run stops with exit code 1; replay one with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run TARGET fuzz/artifacts/TARGET/crash-…
#
# Only the stable toolchain is installed here; cargo-fuzz needs nightly flags
# (-Zsanitizer), which RUSTC_BOOTSTRAP=1 allows on stable.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pipeline extract)
export RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
seeds=fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds/pipeline" "$seeds/extract"
cp tests/fixtures/mail/*.eml "$seeds/pipeline/"
# The hostile corpus (tests/hostile/make.py), its small messages only: seeds that once found
# quadratic or unbounded paths.
python3 tests/hostile/make.py "$seeds/hostile" >/dev/null
find "$seeds/hostile" -name '*.eml' -size -64k -exec cp {} "$seeds/pipeline/" \;
rm -rf "$seeds/hostile"
python3 - "$seeds/extract" <<'PY'
import email, hashlib, os, sys, glob
out = sys.argv[1]
for path in glob.glob("tests/fixtures/mail/*.eml"):
    with open(path, "rb") as f:
        msg = email.message_from_bytes(f.read())
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        data = part.get_payload(decode=True)
        if data:
            with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
                f.write(data)
PY
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  if [ -n "${FUZZ_RUNS:-}" ]; then span="$FUZZ_RUNS inputs from seed ${FUZZ_SEED:-1}"; else span="$secs s"; fi
  echo "== fuzzing $t for $span (seeds: $(ls "$seeds/$t" | wc -l))"
  if [ -n "${FUZZ_RUNS:-}" ]; then
    bound=(-runs="$FUZZ_RUNS" -seed="${FUZZ_SEED:-1}")
  else
    bound=(-max_total_time="$secs")
  fi
  cargo fuzz run "$t" "fuzz/corpus/$t" "$seeds/$t" -- \
    "${bound[@]}" -timeout="${FUZZ_TIMEOUT:-5}" -rss_limit_mb="${FUZZ_RSS_MB:-1024}" -print_final_stats=1 2>&1 |
    grep -E "^(#[0-9]+ +DONE|Done|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" || true
  if [ -n "$(ls -A "fuzz/artifacts/$t" 2>/dev/null)" ]; then
    echo "fuzzing $t found a crash: fuzz/artifacts/$t"
    exit 1
  fi
done
