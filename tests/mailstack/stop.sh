#!/bin/bash
# Stop the private mail stack started by stack.sh (both servers, or one of them), by PID file.
# KEEP_RUN=1 keeps $RUN (maildirs, logs) for post-mortem; default removes it.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
RUN=${MAILSTACK_RUN:-/tmp/zvit-mailstack}
CMD=${1:-stop}

running() { [ -r "/proc/$1/stat" ] && [ "$(cut -d' ' -f3 "/proc/$1/stat")" != Z ]; }  # zombie = gone
stop_pid() { # name pidfile
  local pid i
  [ -s "$2" ] || { echo "$1: no pid file"; return 0; }
  pid=$(head -n1 "$2" | tr -d ' ')
  running "$pid" || { echo "$1: pid $pid not running"; return 0; }
  kill -TERM "$pid"
  for ((i = 0; i < 100; i++)); do
    running "$pid" || { echo "$1: stopped (pid $pid)"; return 0; }; sleep 0.1
  done
  echo "$1: pid $pid ignored SIGTERM for 10 s, sending SIGKILL" >&2; kill -KILL "$pid" 2>/dev/null
}
# Postfix first (it is the LMTP/auth client), then Dovecot; each master takes its children down.
case "$CMD" in
  # Stopping one server keeps the mail and the config: tests restart it with stack.sh start-*.
  stop-postfix) stop_pid postfix "$RUN/postfix/spool/pid/master.pid" ;;
  stop-dovecot) stop_pid dovecot "$RUN/dovecot/master.pid" ;;
  *)
    stop_pid postfix "$RUN/postfix/spool/pid/master.pid"
    stop_pid dovecot "$RUN/dovecot/master.pid"
    [ "${KEEP_RUN:-0}" = 1 ] || rm -rf "$RUN" ;;
esac
