#!/usr/bin/env bash
# An article page gives the events of the same article as text: tests/e2e/data/html/003_giao_ban.html
# is seeds/003_dcd593660c5d2fcc.txt as a site would serve it (navigation, banner, share tools,
# figures with captions, related articles, comments and a footer, several with dated events of their
# own). Its build has the events of the .txt's build (title, dates, organisers, kind, place, status
# and the sentence); together they are one event with two sources.
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
page=tests/e2e/data/html/003_giao_ban.html
text=seeds/003_dcd593660c5d2fcc.txt

"$bin" build --out "$dir/html" "$page" > /dev/null
"$bin" build --out "$dir/txt" "$text" > /dev/null
mkdir "$dir/both" && cp "$page" "$text" "$dir/both/"
"$bin" build --out "$dir/merged" "$dir/both" > /dev/null
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
def events(name):
    timeline = json.load(open(f'{d}/{name}/timeline.json', encoding='utf-8'))
    out = []
    for e in timeline['events']:
        e = dict(e)
        sources = e.pop('sources')
        e.pop('id', None)
        out.append((e, [(s['title'], s['published'], s['sentence']) for s in sources]))
    return out
html, txt = events('html'), events('txt')
assert txt, 'the .txt has events'
assert html == txt, f'html:\n{html}\ntxt:\n{txt}'
merged = json.load(open(f'{d}/merged/timeline.json', encoding='utf-8'))['events']
assert len(merged) == len(txt), merged
assert sorted(s['article'] for s in merged[0]['sources']) == ['003_dcd593660c5d2fcc', '003_giao_ban'], merged[0]
print(f'html: {len(html)} event(s), the same as the .txt')
PY
