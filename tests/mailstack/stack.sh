#!/bin/bash
# A private Dovecot (IMAP+LMTP) + Postfix (SMTP) stack bound to 127.0.0.1 only, for the tests.
# Adapted from the recipe in ../shared/MAILSTACK.md. Usage:
#   stack.sh start            fresh run folder, both servers (fails if already running)
#   stack.sh stop             both servers, run folder removed (KEEP_RUN=1 keeps it)
#   stack.sh stop-dovecot | start-dovecot | stop-postfix | start-postfix
#                             one server only, keeping the mail and the config
# Run as root. Does not touch /etc/dovecot or /etc/postfix (only reads /etc/postfix/postfix-files).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
CMD=${1:-start}
RUN=${MAILSTACK_RUN:-/tmp/zvit-mailstack}  # keep short: unix socket paths must be < 108 chars
DOMAIN=${MAILSTACK_DOMAIN:-example.test}
USERS=${MAILSTACK_USERS:-"uvp coord exec1 exec2 exec3 catchall t1 t2 t3 t4 t5 t6 t7 t8 t9 t10 t11 t12 r1 r2 r3 r4 r5 office1 office2"}
PASS=${MAILSTACK_PASSWORD:-testpass}
MAIL_USER=${MAILSTACK_MAIL_USER:-vmail}    # unprivileged owner of the maildirs
IMAP_PORT=${IMAP_PORT:-10143}; IMAPS_PORT=${IMAPS_PORT:-10993}; LMTP_PORT=${LMTP_PORT:-10024}
SMTP_PORT=${SMTP_PORT:-10025}; SUBM_PORT=${SUBM_PORT:-10587}; SMTPS_PORT=${SMTPS_PORT:-10465}

PORTS="$IMAP_PORT $IMAPS_PORT $LMTP_PORT $SMTP_PORT $SUBM_PORT $SMTPS_PORT"
for p in $PORTS; do [[ $p =~ ^[0-9]+$ && $p -ge 1 && $p -le 65535 ]] || { echo "stack: bad port $p" >&2; exit 1; }; done

[ "$(id -u)" = 0 ] || { echo "stack: must run as root" >&2; exit 1; }
case "$RUN" in /*/*) ;; *) echo "stack: refusing RUN=$RUN" >&2; exit 1 ;; esac

alive() { # pidfile -> true if that pid runs and is not a zombie (PID 1 in containers may not reap)
  local pid; [ -s "$1" ] || return 1; pid=$(head -n1 "$1" | tr -d ' ')
  [ -r "/proc/$pid/stat" ] && [ "$(cut -d' ' -f3 "/proc/$pid/stat")" != Z ]
}
start_dovecot() {
  alive "$RUN/dovecot/master.pid" && return 0
  /usr/sbin/dovecot -c "$RUN/etc/dovecot.conf" </dev/null >>"$RUN/log/dovecot-stderr.log" 2>&1
  for p in $IMAP_PORT $IMAPS_PORT $LMTP_PORT; do wait_port "$p" 15; done
  for ((i = 0; i < 100; i++)); do [ -S "$RUN/dovecot/lmtp" ] && [ -S "$RUN/dovecot/auth-postfix" ] && break; sleep 0.05; done
}
start_postfix() {
  alive "$RUN/postfix/spool/pid/master.pid" && return 0
  if ! postfix -c "$RUN/postfix/etc" start </dev/null >>"$RUN/log/postfix-stderr.log" 2>&1; then
    script -qec "postfix -c '$RUN/postfix/etc' check" /dev/null >&2 || true
    echo "stack: postfix failed to start" >&2; return 1
  fi
  for p in $SMTP_PORT $SUBM_PORT $SMTPS_PORT; do wait_port "$p" 15; done
}
wait_port() { # port timeout_s
  local i; for ((i = 0; i < $2 * 20; i++)); do port_open "$1" && return 0; sleep 0.05; done
  echo "stack: port $1 not listening after $2 s" >&2; return 1
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
case "$CMD" in
  start-dovecot) start_dovecot; exit 0 ;;
  start-postfix) start_postfix; exit 0 ;;
  stop|stop-dovecot|stop-postfix) exec "$HERE/stop.sh" "$CMD" ;;
  start) ;;
  *) echo "usage: stack.sh start|stop|start-dovecot|stop-dovecot|start-postfix|stop-postfix" >&2; exit 2 ;;
esac
if alive "$RUN/dovecot/master.pid" || alive "$RUN/postfix/spool/pid/master.pid"; then
  echo "stack: mail stack already running in $RUN (stop it first)" >&2; exit 1
fi
for p in $PORTS; do port_open "$p" && { echo "stack: 127.0.0.1:$p already in use" >&2; exit 1; }; done
rm -rf "$RUN"                                  # stale run dir from a crashed/killed run

id "$MAIL_USER" >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent \
  --shell /usr/sbin/nologin "$MAIL_USER"
MUID=$(id -u "$MAIL_USER"); MGID=$(id -g "$MAIL_USER")

mkdir -p "$RUN"/{etc,ssl,log,mail} "$RUN/postfix"/{etc,spool,data}
chmod 755 "$RUN" "$RUN/etc" "$RUN/log"
chown "$MUID:$MGID" "$RUN/mail"; chmod 750 "$RUN/mail"
chown postfix:postfix "$RUN/postfix/data"; chmod 700 "$RUN/postfix/data"

on_exit() { # on any failure: show logs, stop whatever did start (keep $RUN for inspection)
  local rc=$?; [ "$rc" = 0 ] && return 0
  echo "stack: FAILED (rc=$rc)" >&2; tail -n 15 "$RUN"/log/*.log >&2 2>/dev/null
  KEEP_RUN=1 MAILSTACK_RUN="$RUN" "$HERE/stop.sh" stop >&2; exit "$rc"
}
trap on_exit EXIT

# ---- TLS: throwaway CA + server cert (clients may trust $RUN/ssl/ca.pem) ----
( cd "$RUN/ssl"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 7 \
    -subj "/CN=mailstack test CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" -keyout ca.key -out ca.pem 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -subj "/CN=localhost" -keyout key.pem -out req.csr 2>/dev/null
  printf 'subjectAltName=DNS:localhost,DNS:mail.%s,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' "$DOMAIN" > ext.cnf
  openssl x509 -req -in req.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 7 \
    -extfile ext.cnf -out cert.pem 2>/dev/null
  cat cert.pem ca.pem > fullchain.pem
  chmod 644 ./*.pem; chmod 600 ./*.key key.pem; rm -f req.csr ca.srl ext.cnf )

# ---- users: one passwd-file for Dovecot passdb+userdb; Postfix gets the address list ----
: > "$RUN/etc/users"; : > "$RUN/postfix/etc/vmailbox"
for u in $USERS; do
  echo "$u@$DOMAIN:{PLAIN}$PASS::::::" >> "$RUN/etc/users"
  echo "$u@$DOMAIN OK" >> "$RUN/postfix/etc/vmailbox"
done
chown root:dovecot "$RUN/etc/users"; chmod 640 "$RUN/etc/users"

# ---- Dovecot ----
cat > "$RUN/etc/dovecot.conf" <<EOF
base_dir = $RUN/dovecot
state_dir = $RUN/dovecot-state
instance_name = mailstack
protocols = imap lmtp
listen = 127.0.0.1
log_path = $RUN/log/dovecot.log
ssl = yes
ssl_cert = <$RUN/ssl/fullchain.pem
ssl_key = <$RUN/ssl/key.pem
ssl_dh = </usr/share/dovecot/dh.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0 secs
auth_username_format = %Lu
first_valid_uid = $MUID
mail_location = maildir:~/Maildir
mail_fsync = never
mailbox_idle_check_interval = 1 secs
hostname = mail.$DOMAIN
passdb {
  driver = passwd-file
  args = $RUN/etc/users
}
userdb {
  driver = passwd-file
  args = $RUN/etc/users
  default_fields = uid=$MUID gid=$MGID home=$RUN/mail/%d/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAPS_PORT
    ssl = yes
  }
}
service lmtp {
  unix_listener lmtp {
    mode = 0660
    user = postfix
    group = postfix
  }
  inet_listener lmtp {
    address = 127.0.0.1
    port = $LMTP_PORT
  }
}
# anvil-auth-penalty mode 0 = no per-IP auth-failure penalty (2..15 s delays) in tests
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
EOF

# ---- Postfix (private config_directory + queue_directory, no chroot, no syslog) ----
PF=$RUN/postfix
cat > "$PF/etc/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $PF/spool
data_directory = $PF/data
maillog_file = $RUN/log/postfix.log
maillog_file_prefixes = $RUN
myhostname = mail.$DOMAIN
mydomain = $DOMAIN
myorigin = \$mydomain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
alias_maps =
alias_database =
mynetworks = 127.0.0.0/8
smtpd_peername_lookup = no
message_size_limit = 52428800
virtual_mailbox_domains = $DOMAIN
virtual_mailbox_maps = texthash:$PF/etc/vmailbox
virtual_alias_domains =
virtual_alias_maps = regexp:$PF/etc/catchall
virtual_transport = lmtp:unix:$RUN/dovecot/lmtp
default_transport = error:mailstack does not relay outside $DOMAIN
smtpd_tls_chain_files = $RUN/ssl/key.pem, $RUN/ssl/fullchain.pem
smtpd_tls_security_level = may
smtpd_sasl_type = dovecot
smtpd_sasl_path = $RUN/dovecot/auth-postfix
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
smtpd_error_sleep_time = 0
queue_run_delay = 5s
minimal_backoff_time = 5s
maximal_backoff_time = 15s
EOF
# Mail for any other domain is captured in catchall@$DOMAIN instead of being relayed.
cat > "$PF/etc/catchall" <<EOF
if !/@${DOMAIN//./\\.}\$/
/^.*\$/ catchall@$DOMAIN
endif
EOF
cat > "$PF/etc/master.cf" <<EOF
127.0.0.1:$SMTP_PORT inet n - n - - smtpd
127.0.0.1:$SUBM_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
127.0.0.1:$SMTPS_PORT inet n - n - - smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n -  0 cleanup
qmgr      unix  n - n 300 1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n -  - trivial-rewrite
bounce    unix  - - n -  0 bounce
defer     unix  - - n -  0 bounce
trace     unix  - - n -  0 bounce
verify    unix  - - n -  1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -  - proxymap
proxywrite unix - - n -  1 proxymap
smtp      unix  - - n -  - smtp
relay     unix  - - n -  - smtp
showq     unix  n - n -  - showq
error     unix  - - n -  - error
retry     unix  - - n -  - error
discard   unix  - - n -  - discard
lmtp      unix  - - n -  - lmtp
anvil     unix  - - n -  1 anvil
scache    unix  - - n -  1 scache
postlog   unix-dgram n - n - 1 postlogd
EOF

T0=$(date +%s%N)
# stdio -> files, so daemons never hold the caller's stdout/stderr pipe open (a CI step would hang)
start_dovecot
start_postfix
echo "mailstack up in $(( ($(date +%s%N) - T0) / 1000000 )) ms:" \
  "IMAP 127.0.0.1:$IMAP_PORT IMAPS :$IMAPS_PORT LMTP :$LMTP_PORT SMTP :$SMTP_PORT" \
  "SUBMISSION(STARTTLS+AUTH) :$SUBM_PORT SMTPS :$SMTPS_PORT; users: ${USERS// /,} @$DOMAIN" \
  "password '$PASS'; CA $RUN/ssl/ca.pem"
