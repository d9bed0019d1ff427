#!/usr/bin/env bash
# Standard output that refuses writes: a full disk (/dev/full) or a pipe whose reader is gone.
# `tag`, `events`, `export` and `orgs` then say so in one line and exit with 1, never 0 and never
# killed by SIGPIPE without a word; the same commands to /dev/null exit 0.
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
[[ -w /dev/full ]] || { echo "SKIPPED: no /dev/full"; exit 0; }
mkdir "$dir/in"
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
line = 'Sáng 21/6/2024, Thành đoàn Hà Nội tổ chức Hội nghị tổng kết tại Hà Nội.'
with open(f'{d}/one.jsonl', 'w', encoding='utf-8') as f:  # a few bytes: the failure shows at the final flush
    f.write(json.dumps({'id': 'a', 'published': '2024-06-21', 'text': line}, ensure_ascii=False) + '\n')
with open(f'{d}/in/many.jsonl', 'w', encoding='utf-8') as f:  # more than any buffer: it shows mid-run
    for i in range(600):
        f.write(json.dumps({'id': f'a{i}', 'published': '2024-06-21', 'text': line}, ensure_ascii=False) + '\n')
PY
commands=("tag" "events $dir/in" "export --org thanh-doan-ha-noi --format csv $dir/in"
          "export --org thanh-doan-ha-noi --format ics $dir/in" "orgs $dir/in")
for command in "${commands[@]}"; do
  for input in "$dir/one.jsonl" "$dir/in/many.jsonl"; do
    read -ra args <<< "$command"
    "$bin" "${args[@]}" < "$input" > /dev/null || { echo "$command to /dev/null: exit $?"; exit 1; }
    set +e
    "$bin" "${args[@]}" < "$input" > /dev/full 2> "$dir/err"
    code=$?
    set -e
    [[ $code -eq 1 ]] || { cat "$dir/err"; echo "$command > /dev/full: exit $code, expected 1"; exit 1; }
    grep -qx 'biennien: <stdout>: write error (No space left on device): the output is incomplete' "$dir/err" ||
      { cat "$dir/err"; echo "$command > /dev/full: no clear error"; exit 1; }
    [[ $(wc -l < "$dir/err") -eq 1 ]] || { cat "$dir/err"; echo "$command > /dev/full: more than one line"; exit 1; }
    # A pipe whose read end is closed before the command starts: every write is EPIPE (no race).
    python3 - "$input" "$bin" "${args[@]}" <<'PY'
import os, subprocess, sys
path, command = sys.argv[1], sys.argv[2:]
r, w = os.pipe()
os.close(r)
with open(path, 'rb') as stdin:  # subprocess restores SIGPIPE's default action in the child
    p = subprocess.run(command, stdin=stdin, stdout=w, stderr=subprocess.PIPE)
err = p.stderr.decode()
assert p.returncode == 1, (command, p.returncode, err)
assert err == 'biennien: <stdout>: write error (Broken pipe): the output is incomplete\n', (command, err)
PY
  done
done
echo "stdout write errors: clear message and exit 1 for ${#commands[@]} commands"
