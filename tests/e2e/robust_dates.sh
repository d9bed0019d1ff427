#!/usr/bin/env bash
# `biennien tag` on impossible dates (no mention), a weekday that contradicts its date (the
# written date wins; a dateline is still read) and dates far from the anchor (kept as written).
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - > "$dir/in.jsonl" <<'PY'
import json
cases = [
    ('impossible', '2024-06-21', 'Ngày 31/2, ngày 30/02/2021, ngày 25/13, 29/2/2023, ngày 31/4/2024, tháng 13/2024, lúc 25h00, 24h61.'),
    ('weekday', '2024-06-21', 'Thứ Hai, ngày 25/6/2021, Thành đoàn tổ chức hội nghị.'),
    ('dateline', None, 'Tin tức\nThứ Hai, 25/06/2021 22:00\nSáng 21/6, Thành đoàn tổ chức hội nghị.'),
    ('far', '2024-06-21', 'Ngày 5/6/9999, năm 3000, ngày 1/1/1000 và 25/6/1800.'),
    ('anchor0', '0000-01-01', 'Sáng 21/6, Thành đoàn tổ chức hội nghị.'),
    ('anchor9999', '9999-12-31', 'Sáng 21/6 tới, Thành đoàn sẽ tổ chức hội nghị.'),
]
for id, published, text in cases:
    article = {'id': id, 'text': text}
    if published:
        article['published'] = published
    print(json.dumps(article, ensure_ascii=False))
PY
"$bin" tag < "$dir/in.jsonl" > "$dir/out.jsonl"
python3 - "$dir/out.jsonl" <<'PY'
import json, re, sys
out = {o['id']: o for o in map(json.loads, open(sys.argv[1], encoding='utf-8'))}
values = {k: {m['text']: m['value'] for m in o['mentions']} for k, o in out.items()}
valid = re.compile(r'^(\d{4}|XXXX)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(T([01]\d|2[0-3])(:[0-5]\d)?)?')
for k, vs in values.items():
    for text, value in vs.items():
        for point in value.split('/'):
            assert point[:2] in ('P', 'PR', 'PA', 'FU') or valid.match(point), (k, text, value)
bad = [v for v in values['impossible'].values() if re.search(r'-02-3\d|2023-02-29|-04-31|-13|T2[4-9]|:6\d', v)]
assert not bad, values['impossible']
assert values['weekday'] == {'Thứ Hai, ngày 25/6/2021': '2021-06-25'}, values['weekday']
assert out['dateline']['anchor'] == {'value': '2021-06-25T22:00', 'provenance': 'header'}, out['dateline']
assert values['far']['Ngày 5/6/9999'] == '9999-06-05' and values['far']['25/6/1800'] == '1800-06-25', values['far']
# A publication date in year 0 or 9999 is no anchor: nothing is read against it.
assert out['anchor0']['anchor']['provenance'] != 'metadata', out['anchor0']
assert out['anchor9999']['anchor']['provenance'] != 'metadata', out['anchor9999']
PY
