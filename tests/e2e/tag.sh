#!/usr/bin/env bash
# `biennien tag` follows the contract of DESIGN.md: one JSONL line per article, byte offsets into
# the text as given, values resolved from `published` or from the article's own dateline.
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
{
  echo '{"id":"p","published":"2024-06-21T15:00:00+07:00","text":"Sáng 21/6, Trung ương Đoàn tổ chức hội nghị giao ban 6 tháng đầu năm 2024. Ngày 30/12, hội nghị đã diễn ra."}'
  echo '{"id":"h","text":"Tin tức\nNgày đăng: 02/01/2021  09:15\nChiều 30/12, Thành đoàn Hà Nội đã tổng kết năm 2020 lúc 14h30."}'
  echo 'not json'
  echo '{"id":"n","text":"Ngày 21-1, Quận đoàn Hoàn Kiếm đã tổng kết công tác năm 2024; triển khai nhiệm vụ năm 2025."}'
  echo '{"id":"q \"\\\t\u0001 Đà","published":"2024-06-21","text":"Hôm nay \"21/6/2024\"\tlà\u0001 ngày vui. Sáng\t22/6 họp."}'
} > "$dir/in.jsonl"
set +e
"$bin" tag < "$dir/in.jsonl" > "$dir/out.jsonl" 2> "$dir/err"
code=$?
set -e
[[ $code -eq 1 ]] || { echo "expected exit 1 for the malformed line, got $code"; exit 1; }
grep -q "<stdin>:3" "$dir/err"
python3 - "$dir/in.jsonl" "$dir/out.jsonl" <<'PY'
import json, sys
articles = {}
for line in open(sys.argv[1], encoding='utf-8'):
    try:
        a = json.loads(line)
        articles[a['id']] = a
    except ValueError:
        pass
lines = open(sys.argv[2], encoding='utf-8').read().splitlines()
out = [json.loads(l) for l in lines]
assert [o['id'] for o in out] == ['p', 'h', 'n', 'q "\\\t\x01 Đà'], out
for line, o in zip(lines, out):  # compact, UTF-8 as it is, JSON's own escapes
    assert line == json.dumps(o, ensure_ascii=False, separators=(',', ':')), line
for o in out:
    assert list(o) == ['id', 'anchor', 'mentions'], list(o)
    text = articles[o['id']]['text'].encode('utf-8')
    for m in o['mentions']:
        assert list(m) == ['start', 'end', 'text', 'type', 'value', 'provenance'], m
        assert text[m['start']:m['end']].decode('utf-8') == m['text'], m
        assert m['type'] in ('DATE', 'TIME', 'DURATION', 'SET'), m
values = {o['id']: {m['text']: (m['value'], m['provenance']) for m in o['mentions']} for o in out}
by_id = {o['id']: o for o in out}
assert by_id['p']['anchor'] == {'value': '2024-06-21T15:00', 'provenance': 'metadata'}, by_id['p']
assert values['p']['Sáng 21/6'] == ('2024-06-21TMO', 'publication'), values['p']
assert values['p']['6 tháng đầu năm 2024'] == ('2024-H1', 'explicit'), values['p']
assert values['p']['Ngày 30/12'] == ('2023-12-30', 'publication'), values['p']  # đã: the past one
assert by_id['h']['anchor'] == {'value': '2021-01-02T09:15', 'provenance': 'header'}, by_id['h']
assert values['h']['Chiều 30/12'][0] == '2020-12-30TAF', values['h']
assert by_id['n']['anchor']['provenance'] == 'context', by_id['n']
assert values['n']['Ngày 21-1'] == ('2025-01-21', 'context'), values['n']
assert values['q \"\\\t\x01 Đà']['21/6/2024'] == ('2024-06-21', 'explicit'), values
assert values['q \"\\\t\x01 Đà']['Sáng\t22/6'] == ('2024-06-22TMO', 'publication'), values  # a tab escaped in a text
PY
