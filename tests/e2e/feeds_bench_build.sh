#!/usr/bin/env bash
# feeds_bench_build.sh BIENNIEN OUT: the set-up of e2e.feeds_bench (CTest fixture feeds_bench):
# `biennien build` on the first 9,000 articles of the benchmark corpus (about 1,100 dated events),
# once for both time zones. Without the corpus it leaves OUT empty and says so.
set -euo pipefail
bin=$1 out=$2
corpus=${BIENNIEN_CORPUS:-../shared/corpus}/bench.jsonl
rm -rf "$out" && mkdir -p "$out"
if [[ ! -f $corpus ]]; then
  echo "feeds_bench: no $corpus: the bench feed is not built (the test skips)"
  exit 0
fi
head -n 9000 "$corpus" | "$bin" build --jobs 0 --out "$out/site" - | sed -n 1p
