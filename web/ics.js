// One event of timeline.json as an iCalendar file (RFC 5545) to download: CRLF line ends, TEXT values
// escaped, lines folded at 75 octets without splitting a UTF-8 character, VALUE=DATE for all-day
// events and UTC date-times for timed ones. The UID is the feeds' ("<id>@biennien"), so a calendar that
// also subscribes to a feed sees one event, not two.

import { DAY_MS, PARTS_OF_DAY, PROVENANCE, formatConfidence, formatWhen, parseInstant, pad } from './format.js';

// A TEXT value: backslash, semicolon, comma and new lines escaped (RFC 5545 §3.3.11).
export function escapeText(text) {
  return String(text ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

// An http(s) address as the URL parser writes it (no spaces, no line breaks), else null.
function httpUrl(text) {
  try {
    const url = new URL(String(text ?? ''));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// A content line folded into lines of at most 75 octets, continuation lines starting with a space.
export function foldLine(line) {
  const parts = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;  // a continuation line's leading space is one octet
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
};
// "20240621" of an instant that is midnight in Vietnam.
const vietnamDate = (ms) => {
  const d = new Date(ms + 7 * 3600 * 1000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
};

// The .ics text of `event`; `organisations` maps ids to names, `pageUrl` is the event's permalink.
// Null when the event has no date a calendar can hold.
export function eventToIcs(event, organisations = new Map(), pageUrl = '', now = Date.now()) {
  const start = parseInstant(event.start);
  if (!start) return null;
  const end = parseInstant(event.end);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//biennien//web//VI', 'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH', 'BEGIN:VEVENT', `UID:${event.id}@biennien`];

  // DTSTAMP: the newest publication of its sources (as the feeds do), else now.
  const published = (event.sources || []).map((s) => parseInstant(s.published)).filter(Boolean).map((p) => p.ms);
  lines.push(`DTSTAMP:${utcStamp(published.length ? Math.max(...published) : now)}`);

  if (start.unit === 'minute' && !event.all_day) {
    lines.push(`DTSTART:${utcStamp(start.ms)}`);
    if (end && end.ms > start.ms) lines.push(`DTEND:${utcStamp(end.ms)}`);
  } else {
    // Whole days; a month or a year is its first day to its end.
    let endMs = end && end.ms > start.ms ? end.ms : start.ms + DAY_MS;
    if (start.unit !== 'day' && !(end && end.ms > start.ms)) {
      const d = new Date(start.ms + 7 * 3600 * 1000);
      if (start.unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
      else d.setUTCFullYear(d.getUTCFullYear() + 1);
      endMs = d.getTime() - 7 * 3600 * 1000;
    }
    lines.push(`DTSTART;VALUE=DATE:${vietnamDate(start.ms)}`, `DTEND;VALUE=DATE:${vietnamDate(endMs)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);

  const description = [];
  for (const source of event.sources || []) {
    description.push(`“${source.sentence}”`);
    const url = httpUrl(source.url);
    description.push(`— ${source.title || source.article}${url ? ` (${url})` : ''}`);
  }
  description.push('', `Thời gian: ${formatWhen(event)} (${event.value}, ${PROVENANCE[event.provenance] || event.provenance}` +
    `, độ tin cậy ${formatConfidence(event.confidence)})`);
  const part = PARTS_OF_DAY[event.part_of_day];
  if (part) description.push(`Buổi: ${part}`);
  const names = (event.organisations || []).map((id) => organisations.get(id) || id);
  if (names.length) description.push(`Tổ chức: ${names.join(', ')}`);
  if (pageUrl) description.push(`Xem trên trang: ${pageUrl}`);
  lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.kind) lines.push(`CATEGORIES:${escapeText(event.kind)}`);
  const url = (event.sources || []).map((s) => httpUrl(s.url)).find(Boolean);
  if (url) lines.push(`URL:${url}`);
  const status = { tentative: 'TENTATIVE', cancelled: 'CANCELLED' }[event.status] || 'CONFIRMED';
  lines.push(`STATUS:${status}`, 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
