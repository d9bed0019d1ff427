#!/usr/bin/env bash
# Usage errors exit with 2; --help exits with 0.
set -euo pipefail
bin=$1
expect() {
  local want=$1; shift
  set +e; "$bin" "$@" > /dev/null 2>&1; local got=$?; set -e
  [[ $got -eq $want ]] || { echo "biennien $*: expected exit $want, got $got"; exit 1; }
}
expect 2
expect 2 frobnicate
expect 2 export --format csv
expect 2 export --org x --format xml
expect 2 build --no-such-option
expect 2 --rules /no/such/folder tag
expect 0 --help
expect 0 build --help
# A malformed registry stops the commands that read it; tag reads none.
bad=$(mktemp)
trap 'rm -f "$bad"' EXIT
echo '{"organisations": [' > "$bad"
expect 2 --registry "$bad" events /dev/null
expect 2 --registry "$bad" build --out "$bad.site" /dev/null
[[ ! -e "$bad.site" ]] || { echo "build made a site with a malformed registry"; exit 1; }
set +e; out=$(echo '{"id":"a","published":null,"text":"Ngày 21/6."}' | "$bin" --registry "$bad" tag); got=$?; set -e
[[ $got -eq 0 && $out == *'"value":"XXXX-06-21"'* ]] || { echo "tag with a malformed registry: exit $got, $out"; exit 1; }
