#!/usr/bin/env bash
# Dates at the edges of the calendar never make an invalid value or feed: year 0 and years past 9999
# are no date, a year resolved beyond 9999 (an inferred anchor of 9999, then "năm sau") or an
# all-day event whose next day is in year 10000 (31/12/9999) is no event, and the feeds hold only
# years up to 3000, the last that libical 3.0 writes and reads back (it writes later ones as
# DTSTART:00000000T000000); the timeline keeps 9999.
set -euo pipefail
bin=$1 ics_check=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/in"
cat > "$dir/in/a.jsonl" <<'JSONL'
{"id":"f1","published":"2024-06-21","text":"Ngày 5/6/9999, Thành đoàn Hà Nội tổ chức Hội nghị A.\nNgày 5/6/0000, Thành đoàn Hà Nội tổ chức Hội nghị B.\nNgày 31/12/9999, Thành đoàn Hà Nội tổ chức Hội nghị D.\nNgày 5/6/3000, Thành đoàn Hà Nội tổ chức Hội nghị C."}
{"id":"f2","text":"Năm 9999 là năm 9999. Năm 9999 nữa.\nNgày 21/6 năm sau, Thành đoàn Hà Nội tổ chức Hội nghị E."}
JSONL
"$bin" build --out "$dir/out" "$dir/in" > /dev/null
"$ics_check" "$dir"/out/calendars/*.ics
grep -q '^DTSTART;VALUE=DATE:30000605' "$dir/out/calendars/all.ics" || { echo "the event of 5/6/3000 is not in the feed"; exit 1; }
[[ $(grep -c '^BEGIN:VEVENT' "$dir/out/calendars/all.ics") -eq 1 ]] || { echo "the feed holds more than 5/6/3000"; exit 1; }
python3 - "$dir/out/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding='utf-8'))
for e in t['events']:
    for v in (e['start'], e['end'], e['value']):
        year = v[:v.index('-')] if '-' in v[1:] else v
        assert len(year) == 4 and '0001' <= year <= '9999', e
assert sorted((e['start'], e['title']) for e in t['events']) == [('3000-06-05', 'Hội nghị C'), ('9999-06-05', 'Hội nghị A')], t['events']
PY
