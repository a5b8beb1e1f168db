#!/usr/bin/env bash
# Runs every test of zvit: unit tests, the fixture corpus, the command line end to end, and
# the tests marked #[ignore] because they need something outside the crate: the real mail
# stack (Dovecot + Postfix on 127.0.0.1, started here) and the corpora in ../shared/corpora.
# Installs what it needs first (Debian packages, as root). Usage: tests/run.sh [cargo test args]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export MAILSTACK_RUN=${MAILSTACK_RUN:-/tmp/zvit-mailstack}

echo "== installing what the tests need"
if [ -x /usr/sbin/dovecot ] && [ -x /usr/sbin/postfix ] && [ -x /usr/lib/dovecot/lmtp ]; then
  echo "dovecot and postfix present"
else
  tests/mailstack/install.sh
fi

echo "== starting the mail stack in $MAILSTACK_RUN"
# A stack left by an interrupted run is stopped first (by its PID files).
tests/mailstack/stack.sh stop >/dev/null 2>&1 || true
tests/mailstack/stack.sh start
cleanup() { tests/mailstack/stack.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --all-targets --locked -- -D warnings
echo "== cargo test (with ignored tests)"
rm -rf target/zvit-figures
cargo test --locked -- --include-ignored "$@"
if [ -d target/zvit-figures ]; then
  echo "== figures measured by the tests"
  cat target/zvit-figures/*.txt
fi
