#!/usr/bin/env bash
# Run by `./mvnw test` before the tests. The real-browser tests drive Debian's Chromium (Playwright's
# own browser download is not reachable on our machines); the charter test asks poppler's pdfsig, an
# independent reader, whether the signature is valid; the cluster test puts Debian's HAProxy in front of
# two servers. Installs what is missing, when we may.
set -u
missing=()
[ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ] || missing+=(chromium)
[ -x /usr/bin/pdfsig ] || missing+=(poppler-utils)
[ -x /usr/sbin/haproxy ] || missing+=(haproxy)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the tests (apt-get install) ..."
  export DEBIAN_FRONTEND=noninteractive
  if apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    echo "Installed: ${missing[*]}"
    exit 0
  fi
  echo "Could not install ${missing[*]} with apt-get; the tests that need them will be skipped." >&2
  exit 0
fi
echo "Not installed and this user cannot install them (needs root and apt-get): ${missing[*]}." >&2
echo "Install them (Debian: sudo apt-get install ${missing[*]}); the tests that need them are skipped meanwhile." >&2
exit 0
