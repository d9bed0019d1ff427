#!/usr/bin/env bash
# Installs tests/feeds' npm packages (ical.js) from package-lock.json when node_modules is missing or
# older than the lock: the set-up of the feed tests (CTest fixture feeds_npm).
set -euo pipefail
cd "$(dirname "$0")"
command -v node >/dev/null && command -v npm >/dev/null ||
  { echo "feeds: node and npm are needed (scripts/install-deps --test)" >&2; exit 1; }
if [[ ! node_modules/.package-lock.json -nt package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
node -e "import('ical.js').then(() => console.log('feeds: ical.js ready'))"
