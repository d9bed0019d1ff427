#!/usr/bin/env bash
# Bad input, each kind once: the program names the file (and line, and byte offset) of each
# problem on one stderr line, reads everything else, writes its outputs and exits with 1.
# NUL bytes, invalid UTF-8, empty and binary files, malformed JSON and JSONL, a symlink loop.
# (Unreadable files and folders: robust_unreadable.sh.)
set -euo pipefail
bin=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
in=$dir/in
mkdir -p "$in/sub"
good='Sáng 26/3/2024, Thành đoàn Hà Nội tổ chức Lễ kỷ niệm ngày thành lập Đoàn.'
echo "$good" > "$in/good.txt"
printf 'Ngày 5/6/2024\0 hội nghị\n' > "$in/nul.txt"
printf 'Ngày 5/6/2024 h\xe1\xbb\x99i ngh\xe1\xbb\n' > "$in/cut.txt"       # a character cut short (byte 24)
printf '\xef\xbb\xbfNgày 5/6/2024, hội nghị \xed\xa0\x80.\n' > "$in/surrogate.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$in/image.txt"
: > "$in/empty.json"
printf '{"id": "x", "text": "a\\u0000b"}' > "$in/nul.json"
printf '{"id": "x", "text": ["not", "a", "string"]}' > "$in/array.json"
printf '{"id": "x", "text": "ok", "url": 5}' > "$in/url.json"
printf '%s' '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' > "$in/nested.json"
{
  echo "{\"id\":\"j1\",\"text\":\"$good\"}"
  printf '{"id":"j2","text":"\xff"}\n'
  echo '{"id":"j3","text":"x"'
  echo ''
  echo '"just a string"'
  echo "{\"id\":\"j6\",\"text\":\"$good\"}"
} > "$in/sub/batch.jsonl"
ln -s .. "$in/sub/loop"   # a symlink loop: not followed

set +e
"$bin" build --out "$dir/out" "$in" > "$dir/stdout" 2> "$dir/stderr"
code=$?
set -e
cat "$dir/stderr"
[[ $code -eq 1 ]] || { echo "expected exit code 1, got $code"; exit 1; }
expect() { grep -q -- "$1" "$dir/stderr" || { echo "no line matching: $1"; exit 1; }; }
expect "nul.txt: .*NUL byte at byte offset 14"
expect "cut.txt: .*UTF-8 at byte offset 24"
expect "surrogate.txt: .*UTF-8 at byte offset"
expect "image.txt: "
expect "empty.json: "
expect "nul.json: "
expect "array.json: "
expect "url.json: "
expect "nested.json: "
expect "batch.jsonl:2: .*UTF-8"
expect "batch.jsonl:3: "
expect "batch.jsonl:5: "
[[ $(wc -l < "$dir/stderr") -eq 12 ]] || { echo "expected one line per bad input"; exit 1; }
python3 - "$dir/out/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding='utf-8'))
articles = {s['article'] for e in t['events'] for s in e['sources']}
assert {'good', 'j1', 'j6'} <= articles, articles
PY
