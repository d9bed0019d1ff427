#!/usr/bin/env bash
# feeds_bench.sh ICS_CHECK FEED_OF_TIMELINE OUT: every dated event of the bench build (see
# feeds_bench_build.sh; at least 1,000) in one feed, read by libical, ical.js and python3-vobject
# with every start and end checked; the same feed within 1 MB (its oldest events left out) read
# again; and the build's own feeds. Skips, saying so, without the corpus.
set -euo pipefail
ics_check=$1 feed_of_timeline=$2 out=$3
feeds=tests/feeds
if [[ ! -f $out/site/timeline.json ]]; then
  echo "feeds_bench: skipped: the benchmark corpus (../shared/corpus/bench.jsonl) is not there"
  exit 0
fi
python=
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import vobject' 2>/dev/null; then python=$candidate; break; fi
done
[[ -n $python ]] || { echo "feeds: python3-vobject is not installed (scripts/install-deps --test)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/whole" "$work/capped"

summary=$("$feed_of_timeline" "$out/site/timeline.json" "$work/whole/all.ics" 0)
echo "feeds_bench: whole feed: $summary, $(wc -c < "$work/whole/all.ics") bytes"
events=${summary%% events*}
(( events >= 1000 )) || { echo "feeds_bench: only $events events: 1,000 are needed" >&2; exit 1; }
"$ics_check" "$work/whole/all.ics"
node "$feeds/icaljs_check.mjs" --any-organiser --timeline "$out/site/timeline.json" "$work/whole/all.ics"
"$python" "$feeds/vobject_check.py" --any-organiser "$out/site/timeline.json" "$work/whole/all.ics"

summary=$("$feed_of_timeline" "$out/site/timeline.json" "$work/capped/all.ics" 1000000)
echo "feeds_bench: within 1 MB: $summary, $(wc -c < "$work/capped/all.ics") bytes"
(( $(wc -c < "$work/capped/all.ics") <= 1000000 ))
"$ics_check" "$work/capped/all.ics"
node "$feeds/icaljs_check.mjs" --any-organiser --partial --timeline "$out/site/timeline.json" "$work/capped/all.ics"

"$ics_check" "$out/site/calendars"/*.ics
node "$feeds/icaljs_check.mjs" --timeline "$out/site/timeline.json" --state "$out/site/.feeds-state.json" \
  "$out/site/calendars"/*.ics
"$python" "$feeds/vobject_check.py" "$out/site/timeline.json" "$out/site/calendars"/*.ics
