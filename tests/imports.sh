#!/usr/bin/env bash
# The layout's rules, checked on the source (tests/run.sh runs this):
#  1. the pure wing (src/analysis/) uses neither the store, the config file's types, the OCR
#     runner, the services, tokio nor std::fs (test modules at the end of a file may);
#  2. the outgoing wing (src/outgoing/) uses neither the services, SQLite nor tokio outside
#     tests, and the library never imports the command line;
#  (the module graph — no import cycle, each wing importing only the wings below it — is
#  checked by tests/it/layout.rs, part of `cargo test`);
#  3. a source file whose code (before its test module) is over 600 lines says why near its
#     top ("Long file: …"); until the last such files are split this is a warning, listed.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0

# A file's code before its test module (a module's own tests.rs or tests/ is all test code).
code() {
  case "$1" in */tests.rs | */tests/*.rs) return 0 ;; esac
  awk '/^#\[cfg\(test\)\]/ { exit } { print FILENAME ":" FNR ": " $0 }' "$1"
}

while IFS= read -r f; do
  hits=$(code "$f" | grep -E 'crate::(edge|config|service|bench|demo)\b|\btokio::|std::fs\b|use std::fs' | grep -vE '^[^:]+:[0-9]+: *//' || true)
  if [ -n "$hits" ]; then
    echo "the pure wing imports I/O or config:"; echo "$hits"; fail=1
  fi
done < <(find src/analysis -name '*.rs' | sort)

while IFS= read -r f; do
  hits=$(code "$f" | grep -E 'crate::(service|bench|demo)\b|\btokio::|rusqlite' | grep -vE '^[^:]+:[0-9]+: *//' || true)
  if [ -n "$hits" ]; then
    echo "the outgoing wing does I/O:"; echo "$hits"; fail=1
  fi
done < <(find src/outgoing -name '*.rs' | sort)

hits=$(grep -rnE 'crate::cli\b' src --include='*.rs' || true)
if [ -n "$hits" ]; then echo "the library imports the command line:"; echo "$hits"; fail=1; fi

while IFS= read -r f; do
  n=$(code "$f" | wc -l)
  if [ "$n" -gt 600 ] && ! head -n 30 "$f" | grep -q 'Long file:'; then
    echo "warning: $f: $n lines of code and no reason at its top (a '//! Long file: …' line)"
  fi
done < <(find src -name '*.rs' | sort)

[ "$fail" = 0 ] && echo "layout rules hold"
exit "$fail"
