#!/usr/bin/env bash
# Deeply nested and huge HTML pages: each is read (or refused with a message) within a minute,
# never a crash. DISABLED in tests/e2e/CMakeLists.txt until fixed (reported): 200,000 nested <div>
# take minutes (quadratic) and then overflow the stack (SIGSEGV) in the recursive walks of
# src/ingest/html.cpp; a page of 200,000 paragraphs meets the quadratic events stage.
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/deep" "$dir/huge" "$dir/unclosed"
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
p = '<p>Sáng 21/6/2024, Thành đoàn Hà Nội tổ chức Hội nghị tại Hà Nội.</p>'
open(f'{d}/deep/a.html', 'w').write('<html><body><article><h1>Tin</h1>' + '<div>' * 200000 + p + '</div>' * 200000 + '</article></body></html>')
open(f'{d}/huge/a.html', 'w').write('<html><body><article><h1>Tin</h1>' + (p + '\n') * 200000 + '</article></body></html>')
open(f'{d}/unclosed/a.html', 'w').write('<html><body><article><h1>Tin</h1>' + '<b><i><u><table><tr><td>' * 20000 + p)
PY
for page in deep huge unclosed; do
  set +e
  timeout 60 "$bin" build --out "$dir/out-$page" "$dir/$page" > /dev/null 2> "$dir/stderr"
  code=$?
  set -e
  echo "$page: exit $code"
  [[ $code -eq 0 || ( $code -eq 1 && -s $dir/stderr ) ]] || { cat "$dir/stderr"; echo "$page: crashed or too slow"; exit 1; }
done
