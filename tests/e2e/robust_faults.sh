#!/usr/bin/env bash
# Faults while writing: a file size limit (`ulimit -f`), a full disk (a tiny tmpfs, when mount is
# allowed), SIGINT and SIGTERM. Each time the run says what happened on stderr and exits non-zero,
# every output file is either its previous version or a complete new one, the files it could not
# write keep their previous version, and no temporary file is left behind.
set -euo pipefail
bin=$1 ics_check=$2
dir=$(mktemp -d)
mounted=""
cleanup() { [[ -n $mounted ]] && umount "$mounted" 2> /dev/null; rm -rf "$dir"; }
trap cleanup EXIT

# More articles than seeds/, so that a new run changes every output.
mkdir "$dir/more"
cp seeds/*.txt "$dir/more/"
echo '{"id":"extra","published":"2024-03-20","text":"Sáng 26/3, Thành đoàn Hà Nội tổ chức Lễ kỷ niệm."}' > "$dir/more/extra.jsonl"

no_temporaries() {
  local left
  left=$(find "$1" -name '*.tmp' -o -name '.*.tmp*')
  [[ -z $left ]] || { echo "temporary files left: $left"; exit 1; }
}
# Every output file in $1 equals the one in $2 or is complete (parses).
old_or_complete() {
  local out=$1 previous=$2 f
  for f in $(cd "$out" && find . -type f); do
    cmp -s "$out/$f" "$previous/$f" && continue
    case $f in
      *.ics) "$ics_check" "$out/$f" > /dev/null ;;
      *.json) python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$out/$f" ;;
    esac
  done
}

# 1. A file size limit: SIGXFSZ is not fatal; the write fails with EFBIG and is reported.
"$bin" build --out "$dir/out" seeds > /dev/null
cp -r "$dir/out" "$dir/previous"
set +e
(ulimit -f 4; exec "$bin" build --out "$dir/out" "$dir/more") > /dev/null 2> "$dir/stderr"
code=$?
set -e
cat "$dir/stderr"
[[ $code -eq 1 ]] || { echo "ulimit -f: expected exit code 1, got $code"; exit 1; }
grep -q "timeline.json: .*File too large" "$dir/stderr"
cmp "$dir/out/timeline.json" "$dir/previous/timeline.json"   # 4 KB is too small for it: unchanged
old_or_complete "$dir/out" "$dir/previous"
no_temporaries "$dir/out"

# 2. A full disk: a 2 MB tmpfs holds the seeds' outputs; then a file fills it up to its last 2 KB.
mkdir "$dir/disk"
if mount -t tmpfs -o size=2m tmpfs "$dir/disk" 2> /dev/null; then
  mounted=$dir/disk
  "$bin" build --out "$dir/disk/out" seeds > /dev/null
  rm -rf "$dir/previous" && cp -r "$dir/disk/out" "$dir/previous"
  free=$(df --output=avail -B1 "$dir/disk" | tail -1)
  head -c $((free - 2048)) /dev/zero > "$dir/disk/filler" || true
  set +e
  "$bin" build --out "$dir/disk/out" "$dir/more" > /dev/null 2> "$dir/stderr"
  code=$?
  set -e
  cat "$dir/stderr"
  [[ $code -eq 1 ]] || { echo "full disk: expected exit code 1, got $code"; exit 1; }
  grep -q "timeline.json: .*No space left on device" "$dir/stderr"
  cmp "$dir/disk/out/timeline.json" "$dir/previous/timeline.json"
  old_or_complete "$dir/disk/out" "$dir/previous"
  no_temporaries "$dir/disk/out"
  rm "$dir/disk/filler"
else
  echo "SKIPPED the full-disk check: cannot mount a tmpfs here (not root?); ulimit -f covered EFBIG"
fi

# 3. SIGINT and SIGTERM in the middle of a long run: it stops at the next article, says so and exits
#    with 128 + the signal; the previous outputs stay. The run reads an endless stream of articles
#    on stdin (however fast it is, it is still running when the signal comes).
echo '{"id":"stream","published":"2024-03-20","text":"Sáng 26/3, Thành đoàn Hà Nội tổ chức Lễ kỷ niệm."}' > "$dir/line.jsonl"
for signal in INT TERM; do
  rm -rf "$dir/out" && cp -r "$dir/previous" "$dir/out"
  while cat "$dir/line.jsonl" 2> /dev/null; do sleep 0.01; done |
    "$bin" build --out "$dir/out" - > /dev/null 2> "$dir/stderr" &
  pid=$!
  # A background job starts with SIGINT ignored: a signal sent before the run catches it would be
  # lost (a slow start, under ASan on a loaded machine). Wait until /proc says it is caught.
  mask=$((1 << ($(kill -l "$signal") - 1)))
  for _ in $(seq 300); do
    [[ -e /proc/$pid/status ]] || break
    caught=$(awk '/^SigCgt:/ {print $2}' "/proc/$pid/status")
    [[ $(readlink "/proc/$pid/exe") == "$(readlink -f "$bin")" ]] && (((16#$caught & mask) != 0)) && break
    sleep 0.1
  done
  sleep 0.5
  kill -s "$signal" "$pid"
  set +e
  wait "$pid"
  code=$?
  set -e
  cat "$dir/stderr"
  want=$([[ $signal == INT ]] && echo 130 || echo 143)
  [[ $code -eq $want ]] || { echo "SIG$signal: expected exit code $want, got $code"; exit 1; }
  grep -q "stopped by SIG$signal" "$dir/stderr"
  old_or_complete "$dir/out" "$dir/previous"
  no_temporaries "$dir/out"
done
