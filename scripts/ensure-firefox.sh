#!/usr/bin/env bash
# The Firefox end-to-end tests drive Debian's firefox-esr through puppeteer-core over WebDriver BiDi (never a browser
# download; see test/e2e-firefox/). Installs it with apt-get only when it is missing.
set -euo pipefail
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
echo "Installing Debian's firefox-esr for the Firefox end-to-end tests..." >&2
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
# Other jobs on the machine may hold apt's lock (installing Chromium, say): wait for it rather than fail.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends firefox-esr >/dev/null
