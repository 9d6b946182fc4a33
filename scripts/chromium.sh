#!/usr/bin/env bash
# Debian's Chromium for the dashboard's end-to-end tests (playwright-core drives /usr/bin/chromium;
# the tests never download a browser).
#
#   scripts/chromium.sh install   install Debian's chromium package when /usr/bin/chromium is absent (as root)
#   scripts/chromium.sh path      print the browser's path, or fail when it is absent
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

install_chromium() {
  if [ -x "$CHROMIUM" ]; then return 0; fi
  if [ "$(id -u)" != "0" ]; then
    echo "chromium.sh: $CHROMIUM is not installed and installing it needs root (apt-get install chromium)" >&2
    return 1
  fi
  echo "chromium.sh: installing Debian's chromium package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  [ -x "$CHROMIUM" ]
}

case "${1:-}" in
  install)
    install_chromium
    ;;
  path)
    [ -x "$CHROMIUM" ] && echo "$CHROMIUM"
    ;;
  *)
    echo "usage: scripts/chromium.sh install|path" >&2
    exit 2
    ;;
esac
