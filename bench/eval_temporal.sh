#!/usr/bin/env bash
# Temporal evaluation on the development set: runs `biennien tag` over
# ../shared/corpus/dev.gold.jsonl and prints the scorer's TempEval-3 figures (relaxed and strict
# F1, value accuracy and value F1). Skips, saying so, when the corpus is absent.
#   bench/eval_temporal.sh BIENNIEN [--errors N]
set -euo pipefail
bin=$1; shift
source "$(dirname "$0")/dev_set.sh" score.py
"$bin" tag < "$work/dev.jsonl" > "$work/tagged.jsonl"
python3 "$tools/score.py" "$corpus/dev.gold.jsonl" "$work/tagged.jsonl" --by-source "$@"
