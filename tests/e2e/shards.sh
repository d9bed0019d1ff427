#!/usr/bin/env bash
# Map and reduce: the input split into shards (`split`), `biennien events` on each shard, and
# `biennien build --events` over the merged events give the same timeline, feeds and page as one
# `build` over the whole input: the seeds as JSONL, a unit found by pattern in the first and the
# last shard, and the first 600 articles of ../shared/corpus/bench.jsonl when it is there.
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# The same unit found by pattern at both ends of the input (so in the first and the last shard),
# with different parents: the first one seen wins, in one run as in the merge.
python3 - seeds "$dir/first.jsonl" "$dir/seeds.jsonl" "$dir/last.jsonl" <<'PY'
import json, pathlib, sys
def line(id, text, published=None):
    return json.dumps({'id': id, 'text': text, **({'published': published} if published else {})},
                      ensure_ascii=False) + '\n'
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    out.write(line('first-0', 'Sáng 3/3, Thành đoàn Hà Nội và Quận đoàn Ba Vì tổ chức hội nghị tổng kết công tác năm 2023.', '2024-03-04'))
    out.write(line('first-1', 'Ngày 5/3, Quận đoàn Ba Vì tổ chức Lễ ra quân Tháng Thanh niên.', '2024-03-06'))
with open(sys.argv[3], 'w', encoding='utf-8') as out:
    for f in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):
        out.write(line(f.stem, f.read_text(encoding='utf-8')))
with open(sys.argv[4], 'w', encoding='utf-8') as out:
    out.write(line('last-0', 'Sáng 9/3, Huyện đoàn Ba Vì phát động phong trào trồng cây.', '2024-03-10'))
    out.write(line('last-1', 'Sáng 12/3, Tỉnh đoàn Hà Giang và Quận đoàn Ba Vì tổ chức giao ban.', '2024-03-13'))
PY
corpus=${BIENNIEN_CORPUS:-../shared/corpus}
: > "$dir/corpus.jsonl"
if [[ -f "$corpus/bench.jsonl" ]]; then
  head -n 600 "$corpus/bench.jsonl" > "$dir/corpus.jsonl"
else
  echo "shards: no corpus at $corpus: seeds only"
fi
cat "$dir/first.jsonl" "$dir/seeds.jsonl" "$dir/corpus.jsonl" "$dir/last.jsonl" > "$dir/in.jsonl"

"$bin" build --jobs 1 --out "$dir/whole" "$dir/in.jsonl" > /dev/null
mkdir "$dir/shards"
split -n l/4 -d --additional-suffix=.jsonl "$dir/in.jsonl" "$dir/shards/part-"
for shard in "$dir"/shards/part-*.jsonl; do
  "$bin" events --jobs 2 < "$shard" > "${shard%.jsonl}.events.jsonl"   # the map step: stdin to stdout
done
grep -q '^{"event":' "$dir"/shards/part-00.events.jsonl
grep -q '^{"organisation":{"id":"quan-doan-ba-vi"' "$dir"/shards/part-00.events.jsonl
grep -q '^{"organisation":{"id":"quan-doan-ba-vi"' "$dir"/shards/part-03.events.jsonl
"$bin" build --out "$dir/merged" --events "$dir"/shards/part-0{0,1,2,3}.events.jsonl > "$dir/stdout"
grep -q "biennien: 0 articles" "$dir/stdout"
diff -r "$dir/whole" "$dir/merged"

# A bad events line is one error (exit 1), the rest is still merged.
{ cat "$dir"/shards/part-00.events.jsonl; echo '{"event": {"title": 1}}'; echo 'oops'; } > "$dir/bad.jsonl"
set +e
"$bin" build --out "$dir/bad" --events "$dir/bad.jsonl" > /dev/null 2> "$dir/err"
code=$?
set -e
[[ $code -eq 1 ]] || { echo "expected exit 1 for bad events lines, got $code"; exit 1; }
grep -q "bad.jsonl:$(($(wc -l < "$dir"/shards/part-00.events.jsonl) + 1))" "$dir/err"
test -s "$dir/bad/timeline.json"
echo "shards: 4 shards mapped with 'events' and reduced with 'build --events' equal one build"
