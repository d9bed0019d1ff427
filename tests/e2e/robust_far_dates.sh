#!/usr/bin/env bash
# Dates at the edges of the calendar never make an invalid value or feed: year 0 is no date, and a
# year resolved beyond 9999 (an inferred anchor of 9999, then "năm sau") is no event.
# DISABLED in tests/e2e/CMakeLists.txt until fixed (reported): today the recogniser accepts
# "5/6/0000", the resolver writes "10000-06-21", and the feeds get "DTSTART:00000000T000000".
set -euo pipefail
bin=$1 ics_check=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/in"
cat > "$dir/in/a.jsonl" <<'JSONL'
{"id":"f1","published":"2024-06-21","text":"Ngày 5/6/9999, Thành đoàn Hà Nội tổ chức Hội nghị A.\nNgày 5/6/0000, Thành đoàn Hà Nội tổ chức Hội nghị B.\nNgày 31/12/9999, Thành đoàn Hà Nội tổ chức Hội nghị D."}
{"id":"f2","text":"Năm 9999 là năm 9999. Năm 9999 nữa.\nNgày 21/6 năm sau, Thành đoàn Hà Nội tổ chức Hội nghị E."}
JSONL
"$bin" build --out "$dir/out" "$dir/in" > /dev/null
"$ics_check" "$dir"/out/calendars/*.ics
python3 - "$dir/out/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding='utf-8'))
for e in t['events']:
    for v in (e['start'], e['end'], e['value']):
        year = v[:v.index('-')] if '-' in v[1:] else v
        assert len(year) == 4 and '0001' <= year <= '9999', e
PY
