#!/usr/bin/env bash
# khal_check.sh FEED.ics ZONE FROM TO EXPECTED: imports FEED into khal (the Debian package) under a
# temporary HOME with a configuration whose local time zone is ZONE, lists the days FROM..TO
# (YYYY-MM-DD), and compares the listing, one "start | end | title" line per event and day, with the
# file EXPECTED. khal shows a timed event without DTEND as lasting an hour.
set -euo pipefail
feed=$1 zone=$2 from=$3 to=$4 expected=$5
command -v khal >/dev/null || { echo "khal: not installed (scripts/install-deps --test)" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/calendar" "$home/.config/khal" "$home/.local/share/khal"
cat > "$home/.config/khal/config" <<CONFIG
[calendars]
[[biennien]]
path = $home/calendar/
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = $zone
default_timezone = $zone
[default]
default_calendar = biennien
CONFIG
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share
khal import --batch -a biennien "$feed"
khal list --format "{start} | {end} | {title}" --day-format "" "$from" "$to" > "$home/listing"
if ! diff -u "$expected" "$home/listing"; then
  echo "khal ($zone): $feed is not shown as $expected says" >&2
  exit 1
fi
echo "khal ($zone): $feed: $(wc -l < "$home/listing") lines as expected"
