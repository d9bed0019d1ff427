#!/usr/bin/env bash
# `biennien build` run after run on the same folder, as a feed host does: the same input gives the
# same bytes; a corrected title keeps the UID and raises SEQUENCE; more articles keep every UID;
# deleting the state file only resets SEQUENCE; --window narrows every feed (the files stay);
# --base-url writes SOURCE and URL, and only then.
set -euo pipefail
bin=$1
fixture=tests/feeds/fixture.jsonl
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
site=$out/site
uids() { grep -h '^UID:' "$@" | sort; }
unfolded() { tr -d '\r' < "$1" | sed -e ':a' -e '$!N;s/\n //;ta' -e 'P;D'; }
sequence_of() {  # sequence_of FEED SUMMARY-PREFIX: the SEQUENCE of the event whose SUMMARY starts so
  unfolded "$1" |
    awk -v want="SUMMARY:$2" '/^BEGIN:VEVENT/{seq=""} /^SEQUENCE:/{seq=substr($0,10)} index($0,want)==1{print seq}'
}

"$bin" build --out "$site" "$fixture" > /dev/null
cp -r "$site/calendars" "$out/first"
test -s "$site/.feeds-state.json"
! grep -q '^SOURCE' "$site"/calendars/*.ics
"$bin" build --out "$site" "$fixture" > /dev/null
diff -r "$out/first" "$site/calendars"                      # the same input, the same bytes
[[ $(sequence_of "$site/calendars/all.ics" "Hội nghị giao ban") == 0 ]]

# A corrected title: same organiser, day and kind, so the same event; SEQUENCE rises once.
sed 's/Hội nghị giao ban công tác Đoàn, Hội; Đội quý II/Hội nghị giao ban công tác Đoàn quý II/' "$fixture" > "$out/corrected.jsonl"
"$bin" build --out "$site" "$out/corrected.jsonl" > /dev/null
[[ $(sequence_of "$site/calendars/all.ics" "Hội nghị giao ban công tác Đoàn quý II") == 1 ]]
[[ $(sequence_of "$site/calendars/all.ics" "Diễn đàn thanh niên") == 0 ]]
diff <(uids "$out/first/all.ics") <(uids "$site/calendars/all.ics")
cp "$site/calendars/all.ics" "$out/corrected.ics"
"$bin" build --out "$site" "$out/corrected.jsonl" > /dev/null
cmp "$out/corrected.ics" "$site/calendars/all.ics"          # nothing new: nothing rises

# More articles: every event keeps its UID.
"$bin" build --out "$site" "$out/corrected.jsonl" seeds > /dev/null
[[ -z $(comm -23 <(uids "$out/first/all.ics") <(uids "$site/calendars/all.ics")) ]]
[[ $(sequence_of "$site/calendars/all.ics" "Hội nghị giao ban công tác Đoàn quý II") == 1 ]]

# No state: SEQUENCE starts again from 0, UIDs and everything else as before.
rm "$site/.feeds-state.json"
"$bin" build --out "$site" "$out/corrected.jsonl" > /dev/null
[[ $(sequence_of "$site/calendars/all.ics" "Hội nghị giao ban công tác Đoàn quý II") == 0 ]]
diff <(uids "$out/first/all.ics") <(uids "$site/calendars/all.ics")

# --window 90d: from 2024-03-30 (the newest article is of 2024-06-28); every feed narrows, none goes.
"$bin" build --out "$out/window" --window 90d "$fixture" > /dev/null
[[ $(grep -c '^BEGIN:VEVENT' "$out/window/calendars/all.ics") == 4 ]]
[[ $(grep -c '^BEGIN:VEVENT' "$out/window/calendars/quan-doan-hoan-kiem.ics") == 0 ]]
[[ $(grep -c '^BEGIN:VEVENT' "$out/window/calendars/thanh-doan-ha-noi.ics") == 2 ]]
grep -q '"start": "2023-12-31T23:45:00+07:00"' "$out/window/timeline.json"   # the timeline keeps them
"$bin" build --out "$out/window" --window 1y "$fixture" > /dev/null
[[ $(grep -c '^BEGIN:VEVENT' "$out/window/calendars/all.ics") == 6 ]]
if "$bin" build --out "$out/window" --window 1q "$fixture" 2> "$out/stderr"; then exit 1; fi
grep -q -- '--window' "$out/stderr"

# --base-url: the calendar's SOURCE and URL.
"$bin" build --out "$out/public" --base-url https://lich.example.org/bien-nien "$fixture" > /dev/null
unfolded "$out/public/calendars/thanh-doan-ha-noi.ics" |
  grep -x 'SOURCE;VALUE=URI:https://lich.example.org/bien-nien/calendars/thanh-doan-ha-noi.ics' > /dev/null
unfolded "$out/public/calendars/all.ics" | grep -x 'URL:https://lich.example.org/bien-nien/' > /dev/null
if "$bin" build --out "$out/public" --base-url lich.example.org "$fixture" 2> /dev/null; then exit 1; fi
echo "feeds_runs: ok"
