#!/usr/bin/env bash
# Organisations whose names would make a path when slugged (`../../etc`, `/`, `NUL`, 300
# characters) get feeds inside calendars/, named by their slug, and nothing is written elsewhere.
set -euo pipefail
bin=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/work/in"
long=$(printf 'Đoàn%.0s' {1..75})  # 300 characters
python3 - "$dir/work/registry.json" "$long" <<'PY'
import json, sys
names = ['../../etc', '/', 'NUL', sys.argv[2], '..', 'C:\\Windows']
json.dump({'organisations': [{'name': n, 'color': '#112233'} for n in names]},
          open(sys.argv[1], 'w', encoding='utf-8'), ensure_ascii=False)
lines = [f'Ngày {d}/6/2024, {n} tổ chức Hội nghị tổng kết.' for d, n in zip(range(1, 10), names)]
open(sys.argv[1].replace('registry.json', 'in/a.txt'), 'w', encoding='utf-8').write('Tin\n' + '\n'.join(lines) + '\n')
PY
cd "$dir/work"
touch "$dir/stamp"
"$bin" --registry registry.json build --out out in > /dev/null
# Everything written is under out/; feeds are out/calendars/<slug>.ics with a slug of [a-z0-9-].
outside=$(find "$dir" -newer "$dir/stamp" -type f | grep -v "^$dir/work/out/" || true)
[[ -z $outside ]] || { echo "written outside out/: $outside"; exit 1; }
ls out/calendars
for f in out/calendars/*.ics; do
  [[ $(basename "$f") =~ ^[a-z0-9][a-z0-9-]{0,79}\.ics$ ]] || { echo "bad feed name: $f"; exit 1; }
done
n=$(ls out/calendars/*.ics | wc -l)
[[ $n -ge 4 ]] || { echo "expected feeds for the hostile names, got $n"; ls out/calendars; exit 1; }
