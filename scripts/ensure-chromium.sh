#!/usr/bin/env bash
# Makes sure a browser for the end-to-end tests exists. Playwright's browser download does not work
# on our machines, so on Debian we install Debian's Chromium (/usr/bin/chromium) when it is missing.
# Elsewhere, Playwright falls back to its own browser (`npx playwright install chromium`).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the end-to-end tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "note: /usr/bin/chromium not found and cannot apt-get it; Playwright will use its own browser." >&2
