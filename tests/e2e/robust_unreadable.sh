#!/usr/bin/env bash
# Files and folders that cannot be read: one error each naming it, and every other file of the
# folder is still read. Root reads everything, so when the tests run as root (CI) the run is made
# as `nobody` with setpriv; without setpriv the check is skipped with a message. An unreadable
# subfolder is one error naming it, and the files after it (z.txt) are still read.
set -euo pipefail
bin=$(realpath "$1")
dir=$(mktemp -d)
trap 'chmod -R u+rwX "$dir" 2>/dev/null; rm -rf "$dir"' EXIT
good='Sáng 26/3/2024, Thành đoàn Hà Nội tổ chức Lễ kỷ niệm ngày thành lập Đoàn.'
mkdir -p "$dir/locked/closed"
echo "$good" > "$dir/locked/a.txt"
echo "$good" > "$dir/locked/secret.txt"
echo "$good" > "$dir/locked/closed/inner.txt"
echo "$good" > "$dir/locked/z.txt"
chmod 000 "$dir/locked/secret.txt" "$dir/locked/closed"
as=()
if [[ $(id -u) -eq 0 ]]; then
  if command -v setpriv > /dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2> /dev/null; then
    as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    chmod 755 "$dir"
    chmod 777 "$dir/locked"
  else
    echo "SKIPPED the unreadable-file check: running as root and cannot switch to nobody"
    exit 0
  fi
fi
set +e
(cd "$dir/locked" && "${as[@]}" "$bin" build --out "$dir/locked/out" .) > /dev/null 2> "$dir/stderr2"
code=$?
set -e
cat "$dir/stderr2"
[[ $code -eq 1 ]] || { echo "expected exit code 1 for unreadable files, got $code"; exit 1; }
grep -q "secret.txt: cannot be read" "$dir/stderr2"
grep -q "closed" "$dir/stderr2"
python3 - "$dir/locked/out/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding='utf-8'))
articles = {s['article'] for e in t['events'] for s in e['sources']}
assert articles == {'a', 'z'}, articles   # z.txt comes after the unreadable folder: still read
PY
