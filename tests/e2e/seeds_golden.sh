#!/usr/bin/env bash
# `biennien build` on seeds/: the required events are there, nothing comes from page chrome,
# two runs give the same bytes, every feed parses back with libical without error, and
# timeline.json and the feeds equal tests/golden/seeds byte for byte.
# Regenerate the golden files with: BIENNIEN_UPDATE_GOLDEN=1 ctest --preset debug -R seeds_golden
set -euo pipefail
bin=$1 ics_check=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin" build --out "$out/a" seeds > "$out/stdout"
grep -q "timeline: $out/a/timeline.json" "$out/stdout"
grep -q "page:     $out/a/index.html" "$out/stdout"
"$bin" build --out "$out/b" seeds > /dev/null
diff -r "$out/a" "$out/b"
test -s "$out/a/index.html"
"$ics_check" "$out"/a/calendars/*.ics

python3 "$(dirname "$0")/seeds_expectations.py" "$out/a/timeline.json"

golden=tests/golden/seeds
if [[ "${BIENNIEN_UPDATE_GOLDEN:-}" == 1 ]]; then
  rm -rf "$golden" && mkdir -p "$golden/calendars"
  cp "$out/a/timeline.json" "$golden/"
  cp "$out"/a/calendars/*.ics "$golden/calendars/"
  echo "golden files rewritten in $golden"
  exit 0
fi
diff -u "$golden/timeline.json" "$out/a/timeline.json"
diff -r "$golden/calendars" "$out/a/calendars"
