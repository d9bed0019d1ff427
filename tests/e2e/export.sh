#!/usr/bin/env bash
# `biennien export --org` writes one organisation's events, found by id, name or alias.
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin" export --org thanh-doan-ha-noi --format csv seeds > "$dir/csv"
head -1 "$dir/csv" | grep -q '^id,start,end,all_day,title,organisations'
grep -q '2021-01-19' "$dir/csv"
! grep -q '2025-01-21' "$dir/csv"   # Quận đoàn Hoàn Kiếm's own event is not Thành đoàn's
"$bin" export --org "Thành đoàn Hải Phòng" --format ics seeds > "$dir/ics"
grep -q '^BEGIN:VCALENDAR' "$dir/ics"
grep -q 'DTSTART;VALUE=DATE:20210625' "$dir/ics"
"$bin" export --org "TƯ Đoàn" --format json seeds > "$dir/json"
python3 -c "import json,sys; e=json.load(open(sys.argv[1]))['events']; assert [x['start'] for x in e]==['2024-06-21'], e" "$dir/json"
set +e
"$bin" export --org "no such body" seeds > /dev/null 2> "$dir/err"
code=$?
set -e
[[ $code -eq 2 ]] && grep -q 'no organisation' "$dir/err"
