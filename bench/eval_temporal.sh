#!/usr/bin/env bash
# Temporal evaluation on the development set: runs `biennien tag` over
# ../shared/corpus/dev.gold.jsonl and prints the scorer's TempEval-3 figures (relaxed and strict
# F1, value accuracy and value F1). Skips, saying so, when the corpus is absent.
#   bench/eval_temporal.sh BIENNIEN [--errors N]
set -euo pipefail
bin=$1; shift
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${BIENNIEN_CORPUS:-$root/../shared/corpus}
tools=${BIENNIEN_TOOLS:-$root/../shared/tools}
if [[ ! -f "$corpus/dev.gold.jsonl" || ! -f "$tools/score.py" ]]; then
  echo "eval: skipped: no development corpus at $corpus (or scorer at $tools)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    print(json.dumps({k: a.get(k) for k in ("id", "published", "text") if a.get(k) is not None}, ensure_ascii=False))
' "$corpus/dev.gold.jsonl" > "$work/articles.jsonl"
"$bin" tag < "$work/articles.jsonl" > "$work/tagged.jsonl"
python3 "$tools/score.py" "$corpus/dev.gold.jsonl" "$work/tagged.jsonl" --by-source "$@"
