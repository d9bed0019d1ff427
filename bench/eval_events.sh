#!/usr/bin/env bash
# Event evaluation on the development set: `biennien build` over the articles of
# ../shared/corpus/dev.gold.jsonl, scored by the project's events scorer (share of gold events found
# on the right date, and with the right organiser). Skips, saying so, when the corpus is absent.
#   bench/eval_events.sh BIENNIEN
set -euo pipefail
bin=$1; shift
source "$(dirname "$0")/dev_set.sh" events.py
"$bin" build --out "$work/site" "$work/dev.jsonl" > /dev/null
python3 "$tools/events.py" "$corpus/dev.gold.jsonl" "$work/site/timeline.json"
