// node icaljs_check.mjs --timeline OUT/timeline.json [--state OUT/.feeds-state.json] [--expected FILE]
//                       [--any-organiser] [--partial] FEED.ics...
//
// Parses each feed with ical.js (the parser inside Thunderbird) and checks every VEVENT against the
// timeline JSON the same run wrote: the event it stands for (by UID, through the state file when it
// is given), its start and end in UTC (timed events) or as dates (all-day events, DTEND exclusive),
// its SUMMARY and LOCATION, and that timed events are in Asia/Ho_Chi_Minh from the feed's own
// VTIMEZONE, never floating. all.ics must hold every feed event of the timeline (all of them unless
// --partial: a window or the size limit left some out). --expected FILE lists events written by hand
// ([{"summary", "start", "end"}], times in UTC "2024-06-21T01:30:00Z", dates "2024-07-15"), each of
// which must be in all.ics with exactly those times. Exits 1 on the first feed that fails.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = args.splice(at, 2);
  return value;
};
const flag = (name) => {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const timelinePath = option('--timeline');
const statePath = option('--state');
const expectedPath = option('--expected');
const anyOrganiser = flag('--any-organiser');
const partial = flag('--partial');
const feeds = args;
if (!timelinePath || feeds.length === 0) {
  console.error('usage: node icaljs_check.mjs --timeline timeline.json [--state FILE] [--expected FILE] FEED.ics...');
  process.exit(2);
}

const timeline = JSON.parse(fs.readFileSync(timelinePath, 'utf8'));
const byId = new Map(timeline.events.map((e) => [e.id, e]));
const eventOfUid = new Map();
if (statePath && fs.existsSync(statePath))
  for (const record of JSON.parse(fs.readFileSync(statePath, 'utf8')).events) eventOfUid.set(record.uid, record.event);
const idOf = (uid) => eventOfUid.get(uid) ?? uid.replace(/@biennien$/, '');
const inFeeds = (e) =>
  ['day', 'part_of_day', 'minute'].includes(e.precision) && (anyOrganiser || e.organisations.length > 0);

// What a client must show for a timeline event: UTC instants, or dates for all-day events.
function expectedTimes(e) {
  if (!e.all_day) {
    const start = new Date(e.start).toISOString().replace('.000Z', 'Z');
    const end = new Date(e.end) > new Date(e.start) ? new Date(e.end).toISOString().replace('.000Z', 'Z') : start;
    return { start, end };
  }
  const start = e.start.slice(0, 10);
  const end = e.end && e.end.slice(0, 10) > start ? e.end.slice(0, 10) : nextDay(start);
  return { start, end };
}
function nextDay(day) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
// What ical.js read: dates as dates, date-times as UTC instants.
function shown(time) {
  if (time.isDate) return time.toString();
  return new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
}
const trimmed = (text) => (text ?? '').trim();

function fail(feed, message) {
  console.error(`ical.js: ${feed}: ${message}`);
  process.exit(1);
}

let total = 0;
for (const feed of feeds) {
  const text = fs.readFileSync(feed, 'utf8');
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    fail(feed, `does not parse: ${error.message}`);
  }
  if (calendar.name !== 'vcalendar') fail(feed, 'not a VCALENDAR');
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const name = path.basename(feed, '.ics');
  const seen = new Set();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const uid = event.uid;
    if (!uid || seen.has(uid)) fail(feed, `UID missing or repeated: ${uid}`);
    seen.add(uid);
    const source = byId.get(idOf(uid));
    if (!source) fail(feed, `${uid}: no such event in ${timelinePath}`);
    if (!inFeeds(source)) fail(feed, `${uid}: an event that is not in feeds`);
    if (name !== 'all' && !source.organisations.includes(name)) fail(feed, `${uid}: not an event of ${name}`);
    for (const time of [event.startDate, event.endDate]) {
      if (time.isDate !== source.all_day) fail(feed, `${uid}: all-day in the timeline is ${source.all_day}`);
      if (!time.isDate && time.zone?.tzid !== 'Asia/Ho_Chi_Minh')
        fail(feed, `${uid}: a timed event in zone ${time.zone?.tzid ?? 'floating'}, not Asia/Ho_Chi_Minh`);
    }
    const want = expectedTimes(source);
    const got = { start: shown(event.startDate), end: shown(event.endDate) };
    if (got.start !== want.start || got.end !== want.end)
      fail(feed, `${uid}: ${got.start}..${got.end}, expected ${want.start}..${want.end}`);
    if (event.summary !== trimmed(source.title)) fail(feed, `${uid}: SUMMARY "${event.summary}" is not "${source.title}"`);
    if (trimmed(event.location) !== trimmed(source.location))
      fail(feed, `${uid}: LOCATION "${event.location}" is not "${source.location}"`);
    const sequence = component.getFirstPropertyValue('sequence');
    if (!Number.isInteger(sequence) || sequence < 0) fail(feed, `${uid}: SEQUENCE ${sequence}`);
    for (const stamp of ['dtstamp', 'last-modified'])
      if (component.getFirstPropertyValue(stamp)?.zone?.tzid !== 'UTC') fail(feed, `${uid}: ${stamp} not in UTC`);
  }
  if (name === 'all') {
    const wanted = timeline.events.filter(inFeeds);
    const missing = wanted.filter((e) => ![...seen].some((uid) => idOf(uid) === e.id));
    if (!partial && missing.length) fail(feed, `${missing.length} feed events missing, first ${missing[0].id}`);
    if (expectedPath) {
      for (const want of JSON.parse(fs.readFileSync(expectedPath, 'utf8'))) {
        const found = calendar
          .getAllSubcomponents('vevent')
          .map((c) => new ICAL.Event(c))
          .find((e) => e.summary === want.summary);
        if (!found) fail(feed, `no event "${want.summary}" (${expectedPath})`);
        const got = { start: shown(found.startDate), end: shown(found.endDate) };
        if (got.start !== want.start || got.end !== want.end)
          fail(feed, `"${want.summary}": ${got.start}..${got.end}, expected ${want.start}..${want.end}`);
      }
    }
  }
  total += seen.size;
  console.log(`ical.js: ${feed}: ${seen.size} events`);
}
console.log(`ical.js: ${feeds.length} feeds, ${total} events checked`);
