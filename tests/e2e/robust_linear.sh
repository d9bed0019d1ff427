#!/usr/bin/env bash
# robust_linear.sh BIN tag|build: an article of many date-like tokens is processed in linear
# time. Runs the command on an article of N tokens and on one of 4N and compares CPU time: linear
# work takes about 4x, quadratic 16x; the bound (8x) leaves room for a loaded machine, and the
# small run is large enough (0.1M tokens) that start-up does not count.
# Quadratic spots found this way and fixed: the resolver read each sentence's words and years once
# per mention, the events stage copied the article's mentions for each sentence and scanned the rest
# of a line for each bare "Thành đoàn".
set -euo pipefail
bin=$1 command=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import json, sys
tokens = ['5/6', 'ngày 25/6/2021,', 'Thứ Sáu 25-6', 'tháng 6/2024', 'Sáng 21/6', '14h30', 'năm 2020.',
          '1/2/3/4/5', 'quý I/2024', 'từ 1/7 đến 5/7/2024.', 'Thành đoàn tổ chức hội nghị.']
for name, count in (('small', 100_000), ('large', 400_000)):
    text = ' '.join(tokens[i % len(tokens)] for i in range(count))
    with open(f'{sys.argv[1]}/{name}.jsonl', 'w', encoding='utf-8') as f:
        f.write(json.dumps({'id': name, 'published': '2024-06-21', 'text': text}, ensure_ascii=False) + '\n')
PY
cpu() {  # user+system CPU seconds of the command on $1
  python3 - "$bin" "$command" "$1" "$dir/out" <<'PY'
import resource, subprocess, sys
bin, command, path, out = sys.argv[1:]
args = [bin, 'tag'] if command == 'tag' else [bin, 'build', '--out', out, path]
with open(path, 'rb') as stdin:
    subprocess.run(args, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f'{r.ru_utime + r.ru_stime:.3f}')
PY
}
small=$(cpu "$dir/small.jsonl")
large=$(cpu "$dir/large.jsonl")
echo "$command: 100k tokens ${small}s, 400k tokens ${large}s CPU"
python3 -c "import sys; s, l = float(sys.argv[1]), float(sys.argv[2]); sys.exit(0 if l < 8 * max(s, 0.05) else 1)" "$small" "$large" ||
  { echo "4x the tokens took more than 8x the time: not linear"; exit 1; }
