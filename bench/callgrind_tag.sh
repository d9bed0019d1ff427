#!/usr/bin/env bash
# Instruction count of `biennien tag --jobs 1` over the first N articles of ../shared/corpus/bench.jsonl
# under callgrind (stable on a loaded machine, unlike the wall clock), with the functions that cost
# most, inclusive. Skips, saying so, without the corpus or valgrind.
#   bench/callgrind_tag.sh BIENNIEN [N=2000]
set -euo pipefail
bin=$1
lines=${2:-2000}
root=$(cd "$(dirname "$0")/.." && pwd)
input=${BIENNIEN_CORPUS:-$root/../shared/corpus}/bench.jsonl
if [[ ! -f "$input" ]]; then
  echo "callgrind: skipped: no corpus at $input"
  exit 0
fi
if ! command -v valgrind >/dev/null || ! command -v callgrind_annotate >/dev/null; then
  echo "callgrind: skipped: no valgrind (Debian package valgrind)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$lines" "$input" > "$work/slice.jsonl"
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$bin" tag --jobs 1 \
  < "$work/slice.jsonl" > /dev/null 2> "$work/valgrind.log"
echo "callgrind: first $lines articles ($(stat -c %s "$work/slice.jsonl") bytes of JSONL)"
callgrind_annotate --inclusive=yes --auto=no --threshold=100 "$work/callgrind.out" 2>/dev/null |
  grep -E '^ *[0-9,]+ \([ 0-9.]+%\)  ([^ ]*/src/[a-z]+/[a-z_]+\.cpp:|\?\?\?:|PROGRAM)' |
  grep -E 'PROGRAM TOTALS|read_members|tag_line|Recogniser::recognise\(|RE2::Set::Match\(re2::StringPiece const&, std::vector<int, std::allocator<int> >\*\) |re2::RE2::Match\(|TextAnalyser::analyse|fold_text|RuleBasedBreakIterator::next\(\)|classify_lines|fold_for_lookup|Resolver::resolve' |
  sed -E 's/ \[[^]]*\]$//; s/\(std::basic_string_view<char, std::char_traits<char> >\)/(string_view)/g' | cut -c1-150
