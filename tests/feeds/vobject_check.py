"""python3 vobject_check.py TIMELINE.json [--any-organiser] FEED.ics...

Reads each feed with python3-vobject, runs validate() on the calendar and every component, and
checks each event against the timeline JSON of the same run: all-day events as dates with an
exclusive DTEND, timed events as datetimes at +07:00 from the feed's VTIMEZONE (never floating),
the same instants in UTC, and DTSTAMP in UTC. The UID is "<event id>@biennien" unless the state
file beside the timeline maps it. Exits 1 at the first problem.
"""
import datetime
import json
import os
import sys

import vobject


def fail(feed, message):
    print(f"vobject: {feed}: {message}", file=sys.stderr)
    sys.exit(1)


def main(argv):
    any_organiser = "--any-organiser" in argv
    argv = [a for a in argv if a != "--any-organiser"]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    timeline_path, feeds = argv[0], argv[1:]
    with open(timeline_path, encoding="utf-8") as f:
        events = {e["id"]: e for e in json.load(f)["events"]}
    state_path = os.path.join(os.path.dirname(timeline_path), ".feeds-state.json")
    event_of_uid = {}
    if os.path.exists(state_path):
        with open(state_path, encoding="utf-8") as f:
            event_of_uid = {r["uid"]: r["event"] for r in json.load(f)["events"]}
    vietnam = datetime.timedelta(hours=7)
    total = 0
    for feed in feeds:
        with open(feed, encoding="utf-8", newline="") as f:
            text = f.read()
        calendars = list(vobject.readComponents(text, validate=True))
        if len(calendars) != 1 or calendars[0].name != "VCALENDAR":
            fail(feed, "not one VCALENDAR")
        calendar = calendars[0]
        try:
            # Validates every component and property below it too (vobject's Behavior.validate).
            if not calendar.validate(raiseException=True):
                fail(feed, "validate() is false")
        except vobject.base.ValidateError as error:
            fail(feed, f"validate(): {error}")
        count = 0
        for event in calendar.vevent_list if hasattr(calendar, "vevent_list") else []:
            uid = event.uid.value
            source = events.get(event_of_uid.get(uid, uid.removesuffix("@biennien")))
            if source is None:
                fail(feed, f"{uid}: not in {timeline_path}")
            if not any_organiser and not source["organisations"]:
                fail(feed, f"{uid}: an event without organiser")
            stamp = event.dtstamp.value
            if stamp.tzinfo is None or stamp.utcoffset() != datetime.timedelta(0):
                fail(feed, f"{uid}: DTSTAMP {stamp} is not UTC")
            start = event.dtstart.value
            end = event.dtend.value if hasattr(event, "dtend") else None
            if source["all_day"]:
                if isinstance(start, datetime.datetime) or not isinstance(end, datetime.date):
                    fail(feed, f"{uid}: an all-day event must have DATE start and end")
                want_end = source["end"][:10] if source["end"][:10] > source["start"][:10] else None
                got = (start.isoformat(), end.isoformat())
                if got[0] != source["start"][:10] or (want_end and got[1] != want_end) or end <= start:
                    fail(feed, f"{uid}: {got}, expected {source['start']}..{source['end']}")
            else:
                if not isinstance(start, datetime.datetime) or start.tzinfo is None:
                    fail(feed, f"{uid}: a timed event must have a zoned DTSTART, got {start!r}")
                if start.utcoffset() != vietnam:
                    fail(feed, f"{uid}: offset {start.utcoffset()}, expected +07:00")
                want = datetime.datetime.fromisoformat(source["start"])
                if start != want:
                    fail(feed, f"{uid}: {start.isoformat()}, expected {want.isoformat()}")
                if end is not None and end != datetime.datetime.fromisoformat(source["end"]):
                    fail(feed, f"{uid}: ends {end.isoformat()}, expected {source['end']}")
            if event.summary.value != source["title"].strip():
                fail(feed, f"{uid}: SUMMARY {event.summary.value!r} is not {source['title']!r}")
            count += 1
        total += count
        print(f"vobject: {feed}: valid, {count} events")
    print(f"vobject: {len(feeds)} feeds, {total} events checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
