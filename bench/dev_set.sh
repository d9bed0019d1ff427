# Sourced by the evaluation scripts: finds the development set and its scorer SCORER, skipping
# (saying so) when they are absent, and writes its articles, without annotations, as
# biennien JSONL to "$work/dev.jsonl" ("$work" is removed on exit).
#   source bench/dev_set.sh SCORER
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${BIENNIEN_CORPUS:-$root/../shared/corpus}
tools=${BIENNIEN_TOOLS:-$root/../shared/tools}
if [[ ! -f "$corpus/dev.gold.jsonl" || ! -f "$tools/$1" ]]; then
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
