#!/usr/bin/env bash
# Throughput over ../shared/corpus/bench.jsonl (50 MB, 12,733 articles): `tag`, `events` and `build`
# with one thread and with every core, in MB/s (of the JSONL read) and articles/s, wall clock and
# per CPU second, with peak memory (GNU time's maximum resident set size); then, on the same first
# 300 articles, `biennien tag` against Debian's python3-dateparser (search_dates, languages vi).
# Skips, saying so, without the corpus or GNU time. Numbers on a shared machine are noisy: compare
# CPU seconds, or use callgrind for decisions.
#   bench/bench_throughput.sh BIENNIEN          (cmake --build --preset release --target bench_throughput)
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${BIENNIEN_CORPUS:-$root/../shared/corpus}
input=$corpus/bench.jsonl
if [[ ! -f "$input" ]]; then
  echo "bench: skipped: no corpus at $input"
  exit 0
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "bench: skipped: no /usr/bin/time (Debian package time)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cores=$(nproc)

# measure LABEL BYTES ARTICLES COMMAND...: runs COMMAND under GNU time and prints one row; leaves
# the seconds in $wall, $user and $sys.
measure() {
  local label=$1 bytes=$2 articles=$3
  shift 3
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@"
  read -r wall user sys kb < "$work/time"
  python3 - "$label" "$bytes" "$articles" "$wall" "$user" "$sys" "$kb" <<'PY'
import sys
label, size, n, wall, user, sys_, kb = sys.argv[1], *map(float, sys.argv[2:])
wall, cpu = max(wall, 0.01), max(user + sys_, 0.01)  # GNU time counts in 10 ms
mb = size / 1e6
print(f'{label:<30} {wall:7.2f} s {mb / wall:7.1f} MB/s {n / wall:8.0f} art/s | '
      f'cpu {cpu:7.2f} s {mb / cpu:6.1f} MB/cpu-s | peak {kb / 1024:6.0f} MB')
PY
}

bytes=$(stat -c %s "$input")
articles=$(grep -c . "$input")
echo "bench: $input: $((bytes / 1000000)) MB, $articles articles; $cores cores; $("$bin" --help >/dev/null && echo "$bin")"
measure "read (cat)" "$bytes" "$articles" sh -c "cat '$input' > /dev/null"
measure "tag --jobs 1" "$bytes" "$articles" sh -c "'$bin' tag --jobs 1 < '$input' > '$work/tag.1'"
measure "tag --jobs $cores" "$bytes" "$articles" sh -c "'$bin' tag --jobs $cores < '$input' > '$work/tag.n'"
cmp -s "$work/tag.1" "$work/tag.n" || { echo "bench: tag output differs between 1 and $cores threads"; exit 1; }
measure "events --jobs 1" "$bytes" "$articles" sh -c "'$bin' events --jobs 1 '$input' > '$work/events.1'"
measure "events --jobs $cores" "$bytes" "$articles" sh -c "'$bin' events --jobs $cores '$input' > '$work/events.n'"
measure "build --jobs 1" "$bytes" "$articles" sh -c "'$bin' build --jobs 1 --out '$work/site.1' '$input' > /dev/null"
measure "build --jobs $cores" "$bytes" "$articles" sh -c "'$bin' build --jobs $cores --out '$work/site.n' '$input' > /dev/null"
echo "  $(grep -c . "$work/tag.1") tag lines, $(grep -c '^{"event"' "$work/events.1") events, $(grep -c '^{"organisation"' "$work/events.1") units found by pattern"

# Side by side on the same first 300 articles.
head -n 300 "$input" > "$work/first.jsonl"
small=$(stat -c %s "$work/first.jsonl")
echo "first 300 articles ($((small / 1000)) kB of JSONL):"
measure "biennien tag --jobs 1" "$small" 300 sh -c "'$bin' tag --jobs 1 < '$work/first.jsonl' > '$work/first.tag'"
ours_cpu=$(python3 -c 'import sys; print(float(sys.argv[1]) + float(sys.argv[2]))' "$user" "$sys")
mentions=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["mentions"]) for l in open(sys.argv[1])))' "$work/first.tag")
set +e
/usr/bin/python3 "$root/bench/bench_dateparser.py" "$work/first.jsonl" > "$work/dateparser.json"
code=$?
set -e
if [[ $code -eq 3 ]]; then
  echo "dateparser: skipped: /usr/bin/python3 has no dateparser (apt install python3-dateparser)"
  exit 0
fi
[[ $code -eq 0 ]] || { echo "dateparser: failed ($code)"; exit 1; }
python3 - "$work/dateparser.json" "$wall" "$ours_cpu" "$mentions" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
wall, cpu, mentions = float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
mb = d['bytes'] / 1e6
print(f'{"dateparser search_dates vi":<30} {d["seconds"]:7.2f} s {mb / d["seconds"]:7.2f} MB/s '
      f'{d["articles"] / d["seconds"]:8.1f} art/s | cpu {d["cpu_seconds"]:7.2f} s {mb / d["cpu_seconds"]:6.2f} MB/cpu-s '
      f'| {d["dates"]} dates found (biennien: {mentions} mentions)')
print(f'ratio on the same 300 articles: biennien tag is {d["seconds"] / wall:.0f}x faster by the wall clock, '
      f'{d["cpu_seconds"] / cpu:.0f}x by CPU time (biennien counted whole: start-up, JSON in and out; '
      f'dateparser: search_dates only)')
PY
