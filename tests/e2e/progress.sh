#!/usr/bin/env bash
# Progress on stderr when stderr is a terminal (articles, MB, MB/s, share done and time left for a
# file of known size), nothing when it is not; stdout is the same either way.
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir/in.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    for i in range(20):
        f.write(json.dumps({'id': f'a{i}', 'published': '2024-06-21', 'text': f'Sáng {i + 1}/6, Thành đoàn Hà Nội tổ chức hội nghị.'}, ensure_ascii=False) + '\n')
PY
"$bin" tag < "$dir/in.jsonl" > "$dir/quiet.out" 2> "$dir/quiet.err"
[[ ! -s "$dir/quiet.err" ]] || { echo "progress written to a file:"; cat "$dir/quiet.err"; exit 1; }
# stderr on a pseudo-terminal, stdin a regular file (its size known: a share and time left).
python3 - "$bin" "$dir" <<'PY'
import os, pty, subprocess, sys
bin, d = sys.argv[1:]
leader, follower = pty.openpty()
with open(f'{d}/in.jsonl', 'rb') as stdin, open(f'{d}/tty.out', 'wb') as stdout:
    subprocess.run([bin, 'tag'], stdin=stdin, stdout=stdout, stderr=follower, check=True)
os.close(follower)
err = b''
while True:
    try:
        chunk = os.read(leader, 4096)
    except OSError:
        break
    if not chunk:
        break
    err += chunk
text = err.decode()
assert 'biennien: 20 articles' in text and 'MB/s' in text and '100%' in text and 's left' in text, repr(text)
PY
cmp "$dir/quiet.out" "$dir/tty.out"
