#!/usr/bin/env bash
# Events dated by the lunar calendar and by named days land on their civil day in the feeds, and
# the description says how the date was worked out.
set -euo pipefail
bin=$1
ics_check=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/in"
cat > "$dir/in/tet.json" <<'JSON'
{"id": "tet-2025", "url": "https://example.vn/tet-2025", "title": "Thành đoàn Hà Nội đón Tết cùng thanh niên", "published": "2025-01-10T09:00:00+07:00", "text": "Thành đoàn Hà Nội đón Tết cùng thanh niên\n\nTối 30 Tết, Thành đoàn Hà Nội tổ chức chương trình Đêm hội chào Xuân tại vườn hoa Lý Thái Tổ.\n\nSáng mùng 2 Tết, Thành đoàn Hà Nội tổ chức Lễ ra quân tại huyện Sóc Sơn.\n\nNgày rằm tháng Giêng, Thành đoàn Hà Nội tổ chức Ngày hội thơ tại Văn Miếu.\n\nSáng Quốc khánh 2/9, Thành đoàn Hà Nội sẽ tổ chức Lễ chào cờ tại Quảng trường Ba Đình."}
JSON
"$bin" build --out "$dir/out" "$dir/in" > /dev/null
feed="$dir/out/calendars/thanh-doan-ha-noi.ics"
"$ics_check" "$feed" > /dev/null
# 2025 had no 30 Tết: the eve of Tết Ất Tỵ (29 January) was the 29th of the twelfth month.
grep -A1 '^DTSTART' "$feed" | grep -o 'DTSTART[^:]*:[0-9T]*' > "$dir/starts"
diff -u - "$dir/starts" <<'EXPECTED'
DTSTART;VALUE=DATE:20250128
DTSTART;VALUE=DATE:20250130
DTSTART;VALUE=DATE:20250212
DTSTART;VALUE=DATE:20250902
EXPECTED
python3 - "$dir/out/timeline.json" <<'PY'
import json, sys
events = json.load(open(sys.argv[1]))['events']
provenance = {e['start']: e['provenance'] for e in events}
assert provenance == {'2025-01-28': 'lunar', '2025-01-30': 'lunar', '2025-02-12': 'lunar',
                      '2025-09-02': 'publication'}, provenance
PY
# The description says the date came from the lunar calendar (unfolded; libical escapes the comma).
python3 -c 'import sys; print(open(sys.argv[1], newline="").read().replace("\r\n ", ""))' "$feed" > "$dir/unfolded"
grep -q 'ngày âm lịch hoặc ngày lễ\\, đổi sang dương lịch' "$dir/unfolded"
