#!/usr/bin/env bash
# One bad file never stops the batch: each gets a one-line error naming it (and the line for
# JSONL), the good articles are still processed, and the exit code is 1.
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/in"
cp seeds/002_c01c3d43b5a44ba5.txt "$dir/in/good.txt"
printf 'Ngày 5/6/2024 \xff\xfe hội nghị\n' > "$dir/in/invalid_utf8.txt"
: > "$dir/in/empty.txt"
printf 'ELF\0\0\0\1binary' > "$dir/in/binary.txt"
printf '{"id": "x", "text": ' > "$dir/in/broken.json"
{
  echo '{"id":"j1","published":"2024-03-20","text":"Sáng 26/3, Thành đoàn Hà Nội tổ chức Lễ kỷ niệm."}'
  echo '{"id":"j2", "text": oops}'
  echo '{"id":"j3","published":"2024-03-20","text":"Ngày 22/3, Trung ương Đoàn phát động Tháng Thanh niên."}'
} > "$dir/in/batch.jsonl"

set +e
"$bin" build --out "$dir/out" "$dir/in" > "$dir/stdout" 2> "$dir/stderr"
code=$?
set -e
cat "$dir/stderr"
[[ $code -eq 1 ]] || { echo "expected exit code 1, got $code"; exit 1; }
grep -q "invalid_utf8.txt.*UTF-8.*byte offset 15" "$dir/stderr"
grep -q "empty.txt.*empty" "$dir/stderr"
grep -q "binary.txt" "$dir/stderr"
grep -q "broken.json" "$dir/stderr"
grep -q "batch.jsonl:2" "$dir/stderr"
[[ $(wc -l < "$dir/stderr") -eq 5 ]] || { echo "expected one line per bad input"; exit 1; }
python3 - "$dir/out/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding='utf-8'))
got = {(e['start'], s['article']) for e in t['events'] for s in e['sources']}
for want in [('2021-06-25', 'good'), ('2024-03-26', 'j1'), ('2024-03-22', 'j3')]:
    assert want in got, f'{want} missing from {sorted(got)}'
PY

# A path that does not exist is an input failure too, not a crash.
set +e
"$bin" build --out "$dir/out2" "$dir/no-such-file.txt" 2> "$dir/stderr2" > /dev/null
code=$?
set -e
[[ $code -eq 1 ]] && grep -q "no-such-file.txt" "$dir/stderr2"
