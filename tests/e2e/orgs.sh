#!/usr/bin/env bash
# `biennien orgs` lists organisations with their event counts; `export --org` takes --from/--to and
# --with-children; a former province's events follow the unit it merged into; a called-off event
# is STATUS:CANCELLED and a planned one TENTATIVE. The articles are written for this test.
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/articles.jsonl" <<'JSONL'
{"id": "e1", "published": "2024-03-20T09:00:00+07:00", "title": "Ra quân Tháng Thanh niên", "text": "Ra quân Tháng Thanh niên\nNgày 18/3, Thành đoàn Hà Nội tổ chức Lễ ra quân Tháng Thanh niên tại Công viên Thống Nhất.\nSáng 19/3, Quận đoàn Ba Đình tổ chức Ngày hội đoàn viên tại Nhà văn hóa quận."}
{"id": "e2", "published": "2019-03-25T09:00:00+07:00", "title": "Tuổi trẻ vùng cao", "text": "Tuổi trẻ vùng cao\nNgày 24/3, Tỉnh đoàn Hà Giang tổ chức Lễ kỷ niệm thành lập Đoàn tại thành phố Hà Giang."}
{"id": "e3", "published": "2024-06-10T09:00:00+07:00", "title": "Lịch hoạt động hè", "text": "Lịch hoạt động hè\nNgày 20/6, Thành đoàn Hà Nội sẽ tổ chức Lễ ra quân chiến dịch Thanh niên tình nguyện hè.\nHội thi Olympic tiếng Anh của Thành đoàn Hà Nội dự kiến tổ chức ngày 15/6 đã được lùi lại do thời tiết."}
JSONL
"$bin" orgs "$dir/articles.jsonl" > "$dir/orgs"
grep -qP '^thanh-doan-ha-noi\t3\tThành đoàn Hà Nội\ttrung-uong-doan$' "$dir/orgs"
grep -qP '^quan-doan-ba-dinh\t1\tQuận đoàn Ba Đình\tthanh-doan-ha-noi$' "$dir/orgs"
grep -qP '^tinh-doan-ha-giang\t1\t' "$dir/orgs"
grep -qP '^tinh-doan-tuyen-quang\t1\t' "$dir/orgs"
! grep -q 'bi-thu' "$dir/orgs"

# Own events only, then with the units below; a window of days.
"$bin" export --org "Thành Đoàn Hà Nội" --format csv "$dir/articles.jsonl" > "$dir/own"
! grep -q '2024-03-19' "$dir/own"
"$bin" export --org thanh-doan-ha-noi --with-children --format csv "$dir/articles.jsonl" > "$dir/children"
grep -q '2024-03-19' "$dir/children"
"$bin" export --org thanh-doan-ha-noi --from 2024-06-01 --to 2024-06-30 --format csv "$dir/articles.jsonl" > "$dir/june"
[[ $(grep -c '^[0-9a-f]\{16\},' "$dir/june") -eq 2 ]]
! grep -q '2024-03-18' "$dir/june"

# The unit of today follows the former province's event, which keeps its own name.
"$bin" export --org "Tỉnh đoàn Tuyên Quang" --format json "$dir/articles.jsonl" > "$dir/tq"
python3 -c "
import json, sys
e = json.load(open(sys.argv[1]))['events']
assert [x['start'] for x in e] == ['2019-03-24'], e
assert e[0]['organisations'] == ['tinh-doan-ha-giang', 'tinh-doan-tuyen-quang'], e
" "$dir/tq"

# Status in the timeline and the feeds.
"$bin" build --out "$dir/site" "$dir/articles.jsonl" > /dev/null
python3 -c "
import json, sys
status = {e['start']: e['status'] for e in json.load(open(sys.argv[1]))['events']}
assert status['2024-06-15'] == 'cancelled' and status['2024-06-20'] == 'tentative', status
assert status['2024-03-18'] == 'confirmed', status
" "$dir/site/timeline.json"
grep -q '^STATUS:CANCELLED' "$dir/site/calendars/thanh-doan-ha-noi.ics"
grep -q '^STATUS:TENTATIVE' "$dir/site/calendars/thanh-doan-ha-noi.ics"

set +e
"$bin" export --org thanh-doan-ha-noi --from 18/3/2024 "$dir/articles.jsonl" > /dev/null 2>&1
code=$?
set -e
[[ $code -eq 2 ]]
