#!/usr/bin/env bash
# A 50 MB article on a single line (generated here; 10 MB under AddressSanitizer) is read and processed, not refused or crashed
# on; an empty article and one of only spaces give no events and no error beyond "empty".
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/in"
mb=50
if ldd "$bin" 2> /dev/null | grep -q libasan; then mb=10; fi  # under AddressSanitizer: 10 MB is enough
python3 - "$dir/in/huge.txt" "$mb" <<'PY'
import sys
head = 'Sáng 26/3/2024, Thành đoàn Hà Nội tổ chức Lễ kỷ niệm ngày thành lập Đoàn tại Hà Nội. '
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    f.write(head + 'x' * (int(sys.argv[2]) * 1024 * 1024 - len(head.encode())) + '\n')
PY
printf '   \n\n\t\n' > "$dir/in/spaces.txt"
"$bin" build --out "$dir/out" "$dir/in" > "$dir/stdout"
grep -q "2 articles" "$dir/stdout"
python3 - "$dir/out/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding='utf-8'))
assert [e['start'] for e in t['events']] == ['2024-03-26'], [e['start'] for e in t['events']]
PY
