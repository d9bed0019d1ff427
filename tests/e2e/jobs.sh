#!/usr/bin/env bash
# `--jobs N` changes nothing but the speed: `tag`, `events` and `build` write the same bytes with
# one thread and with four, on the seeds as JSONL (and on the first 400 articles of
# ../shared/corpus/bench.jsonl when it is there).
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# The seeds as JSONL, three times over under other ids, so that 4 threads have work to share.
python3 - seeds > "$dir/in.jsonl" <<'PY'
import json, pathlib, sys
files = sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))
for round in range(3):
    for f in files:
        print(json.dumps({'id': f'{f.stem}-{round}', 'text': f.read_text(encoding='utf-8')}, ensure_ascii=False))
PY
corpus=${BIENNIEN_CORPUS:-../shared/corpus}
if [[ -f "$corpus/bench.jsonl" ]]; then
  head -n 400 "$corpus/bench.jsonl" >> "$dir/in.jsonl"
else
  echo "jobs: no corpus at $corpus: seeds only"
fi

for jobs in 1 4; do
  "$bin" tag --jobs $jobs < "$dir/in.jsonl" > "$dir/tag.$jobs"
  "$bin" events --jobs $jobs "$dir/in.jsonl" > "$dir/events.$jobs"
  "$bin" build --jobs $jobs --out "$dir/site.$jobs" "$dir/in.jsonl" > /dev/null
done
test -s "$dir/tag.1"
test -s "$dir/events.1"
[[ $(wc -l < "$dir/tag.1") -eq $(grep -c . "$dir/in.jsonl") ]]
cmp "$dir/tag.1" "$dir/tag.4"
cmp "$dir/events.1" "$dir/events.4"
diff -r "$dir/site.1" "$dir/site.4"
# The default (every core) is the same too.
"$bin" tag < "$dir/in.jsonl" | cmp - "$dir/tag.1"
echo "jobs: tag, events and build identical with 1 and 4 threads"
