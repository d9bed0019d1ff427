#!/usr/bin/env bash
# Event evaluation on the development set: `biennien build` over the articles of
# ../shared/corpus/dev.gold.jsonl, scored by the project's events scorer (share of gold events found
# on the right date, and with the right organiser). Skips, saying so, when the corpus is absent.
#   bench/eval_events.sh BIENNIEN
set -euo pipefail
bin=$1; shift
source "$(dirname "$0")/dev_set.sh" events.py
"$bin" build --out "$work/site" "$work/dev.jsonl" > /dev/null
# First the same figures with the gold organisers named as biennien names them (registry ids and
# places: "T.Ư Đoàn" is trung-uong-doan); last, the official scorer's line.
python3 "$(dirname "$0")/eval_events_canonical.py" "$bin" "$corpus/dev.gold.jsonl" "$work/site/timeline.json" "$tools"
python3 "$tools/events.py" "$corpus/dev.gold.jsonl" "$work/site/timeline.json"
