#!/usr/bin/env bash
# Event evaluation on the development set: `biennien build` over the articles of
# ../shared/corpus/dev.gold.jsonl, scored by the project's events scorer (share of gold events found
# on the right date, and with the right organiser). Skips, saying so, when the corpus is absent.
#   bench/eval_events.sh BIENNIEN
set -euo pipefail
bin=$1; shift
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${BIENNIEN_CORPUS:-$root/../shared/corpus}
tools=${BIENNIEN_TOOLS:-$root/../shared/tools}
if [[ ! -f "$corpus/dev.gold.jsonl" || ! -f "$tools/events.py" ]]; then
  echo "eval: skipped: no development corpus at $corpus (or scorer at $tools)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    print(json.dumps({k: a.get(k) for k in ("id", "url", "source", "title", "published", "text") if a.get(k) is not None}, ensure_ascii=False))
' "$corpus/dev.gold.jsonl" > "$work/dev.jsonl"
"$bin" build --out "$work/site" "$work/dev.jsonl" > /dev/null
python3 "$tools/events.py" "$corpus/dev.gold.jsonl" "$work/site/timeline.json"
