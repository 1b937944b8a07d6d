#!/usr/bin/env bash
# Run by `./mvnw test` before the tests: the real-browser tests drive Debian's Chromium (Playwright's
# own browser download is not reachable on our machines). Installs it when missing and we may.
set -u
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's Chromium for the real-browser tests (apt-get install chromium) ..."
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq && apt-get install -y -qq chromium >/dev/null; then
    echo "Chromium installed: $(/usr/bin/chromium --version 2>/dev/null)"
    exit 0
  fi
  echo "Could not install Chromium with apt-get; the real-browser tests will be skipped." >&2
  exit 0
fi
echo "Chromium is not installed and this user cannot install it (needs root and apt-get)." >&2
echo "Install it (Debian: sudo apt-get install chromium) to run the real-browser tests; they are skipped meanwhile." >&2
exit 0
