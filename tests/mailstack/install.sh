#!/bin/sh
# Install packages for the local test mail stack (Debian bookworm, run as root, no systemd needed).
# Package postinsts must not start the distro daemons (they would bind 0.0.0.0:25/143/993):
# a temporary policy-rc.d makes invoke-rc.d refuse. stack.sh then runs private instances.
#   WITH_OFFICE=1  also install headless LibreOffice (Calc+Writer) + catdoc/antiword
#   SKIP_APT_UPDATE=1  skip apt-get update
set -eu
export DEBIAN_FRONTEND=noninteractive
APT="apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold"

GUARD_ADDED=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; GUARD_ADDED=1
fi
trap '[ "$GUARD_ADDED" = 1 ] && rm -f /usr/sbin/policy-rc.d' EXIT

# postfix postinst: no questions, no /etc/postfix/main.cf (we never use the system instance)
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections

[ "${SKIP_APT_UPDATE:-0}" = 1 ] || $APT update
$APT install -y --no-install-recommends \
  dovecot-imapd dovecot-lmtpd postfix openssl ca-certificates \
  swaks libnet-ssleay-perl libauthen-sasl-perl
id vmail >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent \
  --shell /usr/sbin/nologin vmail

if [ "${WITH_OFFICE:-0}" = 1 ]; then
  # *-nogui variants are ~65 MB smaller but CONFLICT with the GUI libreoffice-core:
  # if that is already installed, apt would remove it, so reuse the GUI flavour instead.
  if dpkg-query -W -f='${Status}' libreoffice-core 2>/dev/null | grep -q 'ok installed'; then
    LO="libreoffice-calc libreoffice-writer"
  else
    LO="libreoffice-calc-nogui libreoffice-writer-nogui"
  fi
  $APT install -y --no-install-recommends $LO catdoc antiword
fi
