#!/usr/bin/env bash
# The feeds of seeds/ and of tests/feeds/fixture.jsonl (timed, all-day and multi-day events, text
# with , ; \ and quotes) read by independent parsers: libical (ics_check, after icalrestriction_check),
# ical.js (Thunderbird's parser: every event's start and end in UTC against the timeline and against
# tests/feeds/expected/*.json), python3-vobject (validate()), and khal, which imports the feeds and
# lists the events on the right days and times in Asia/Ho_Chi_Minh and in Europe/Berlin.
set -euo pipefail
bin=$1 ics_check=$2
feeds=tests/feeds
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

python=
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import vobject' 2>/dev/null; then python=$candidate; break; fi
done
[[ -n $python ]] || { echo "feeds: python3-vobject is not installed (scripts/install-deps --test)" >&2; exit 1; }

"$bin" build --out "$out/seeds" --base-url https://lich.example.org/bien-nien seeds > /dev/null
"$bin" build --out "$out/fixture" --base-url https://lich.example.org/bien-nien "$feeds/fixture.jsonl" > /dev/null

for run in seeds fixture; do
  "$ics_check" "$out/$run"/calendars/*.ics
  node "$feeds/icaljs_check.mjs" --timeline "$out/$run/timeline.json" --state "$out/$run/.feeds-state.json" \
    --expected "$feeds/expected/$run.json" "$out/$run"/calendars/*.ics
  "$python" "$feeds/vobject_check.py" "$out/$run/timeline.json" "$out/$run"/calendars/*.ics
done

"$feeds/khal_check.sh" "$out/seeds/calendars/all.ics" Asia/Ho_Chi_Minh 2021-01-01 2025-12-31 "$feeds/expected/seeds.khal.txt"
"$feeds/khal_check.sh" "$out/seeds/calendars/all.ics" Europe/Berlin 2021-01-01 2025-12-31 "$feeds/expected/seeds.khal.txt"
"$feeds/khal_check.sh" "$out/fixture/calendars/all.ics" Asia/Ho_Chi_Minh 2023-12-01 2024-08-01 \
  "$feeds/expected/fixture.khal-vietnam.txt"
"$feeds/khal_check.sh" "$out/fixture/calendars/all.ics" Europe/Berlin 2023-12-01 2024-08-01 \
  "$feeds/expected/fixture.khal-berlin.txt"
