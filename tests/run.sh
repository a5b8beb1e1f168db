#!/usr/bin/env bash
# Runs every test of zvit: unit tests, the fixture corpus, the command line end to end, and the
# tests marked #[ignore] because they need something outside the crate (the corpora in
# ../shared/corpora). Installs what it needs first. Usage: tests/run.sh [cargo test args]
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v cc >/dev/null || need_apt+=(gcc libc6-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --all-targets --locked -- -D warnings
echo "== cargo test (with ignored tests)"
cargo test --locked -- --include-ignored "$@"
