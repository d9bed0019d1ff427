#!/usr/bin/env bash
# Hostile article text through the whole `build`: line breaks (CR, LF, CRLF), `END:VEVENT` /
# `BEGIN:VEVENT` / `END:VCALENDAR`, a very long line, control characters and markup stay inside
# their iCalendar property and JSON string: every feed parses back with libical without error and
# holds exactly the events the timeline puts in feeds; the JSON parses and keeps the text.
set -euo pipefail
bin=$1 ics_check=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/in"
python3 - "$dir/in" <<'PY'
import json, sys
inject = 'END:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@x\r\nDTSTART:20240101\r\nSUMMARY:injected\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
lines = [
    'Sáng 21/6, Thành đoàn Hà Nội tổ chức Hội nghị \x01\x1b[31m<script>alert(1)</script> "x";\\n tại Hà Nội:\rBEGIN:VEVENT.',
    'Ngày 22/6, Trung ương Đoàn phát động Tháng hành động ' + 'rất dài ' * 5000 + '.',
    'Chiều 23/6, Thành đoàn Hà Nội tổ chức Lễ ra quân tại ' + inject + 'Nhà Văn hóa.',
    inject,
    'Ngày 24/6, Quận đoàn Hoàn Kiếm tổ chức Hội thi\u2028\u2029\u0085 =HYPERLINK("http://x") tại \x7fphố Huế.',
]
article = {'id': 'hostile\r\nUID:x', 'url': 'https://x.vn/a\r\nBEGIN:VEVENT', 'title': 'Tin\r\nEND:VCALENDAR',
           'published': '2024-06-20T10:00:00+07:00', 'text': '\r\n'.join(lines) + '\n'}
open(f'{sys.argv[1]}/a.json', 'w', encoding='utf-8').write(json.dumps(article, ensure_ascii=False))
open(f'{sys.argv[1]}/b.txt', 'w', encoding='utf-8', newline='').write('Tin Đoàn\n' + '\n'.join(lines) + '\n')
PY
"$bin" build --out "$dir/out" "$dir/in" > /dev/null
"$ics_check" "$dir"/out/calendars/*.ics > "$dir/counts"
python3 - "$dir/out" "$dir/counts" <<'PY'
import json, re, sys
out, counts = sys.argv[1], sys.argv[2]
t = json.load(open(f'{out}/timeline.json', encoding='utf-8'))
in_feeds = [e for e in t['events'] if e['precision'] in ('day', 'part_of_day', 'minute') and e['organisations']]
assert len(in_feeds) >= 3, [(e['start'], e['title']) for e in t['events']]
parsed = {m.group(1).split('/')[-1]: int(m.group(2)) for m in re.finditer(r'(\S+): (\d+) events', open(counts).read())}
assert parsed['all.ics'] == len(in_feeds), (parsed, len(in_feeds))
for name in parsed:
    ics = open(f'{out}/calendars/{name}', 'rb').read().replace(b'\r\n ', b'')  # unfolded
    assert b'\r\nUID:evil@x' not in ics, name
    assert ics.count(b'\r\nBEGIN:VEVENT\r\n') == parsed[name], name  # the text's own are escaped
    assert ics.count(b'\r\nEND:VCALENDAR\r\n') == 1 and ics.endswith(b'\r\nEND:VCALENDAR\r\n'), name
texts = json.dumps(t, ensure_ascii=False)
assert '<script>alert(1)</script>' in texts  # kept as text: the page shows it as text
PY
