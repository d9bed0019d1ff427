// The page's modules without a browser: dates in Vietnam time, Vietnamese wording, the one-event
// iCalendar file (RFC 5545 escaping, folding, CRLF). Run in any TZ: nothing may depend on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import {
  axisLabel, fold, formatPublished, formatWhen, parseInstant, placeEvent,
} from '../../web/format.js';
import { escapeText, eventToIcs, foldLine } from '../../web/ics.js';

const H = 3600 * 1000;
const event = (fields) => ({
  id: '0123456789abcdef', title: 'Hội nghị', start: '2024-06-21', end: '2024-06-22', all_day: true,
  part_of_day: null, precision: 'day', organisations: ['thanh-doan-ha-noi'], location: null, kind: null,
  confidence: 0.9, value: '2024-06-21', provenance: 'publication', sources: [], ...fields,
});

test('dates without an offset are Vietnam time; with one they are kept', () => {
  assert.equal(parseInstant('2024-06-21').ms, Date.UTC(2024, 5, 20, 17));
  assert.equal(parseInstant('2021-06-25T22:00:00+07:00').ms, Date.UTC(2021, 5, 25, 15));
  assert.equal(parseInstant('2021-06-25T22:00').ms, Date.UTC(2021, 5, 25, 15));
  assert.equal(parseInstant('2021-06-25T15:00Z').ms, Date.UTC(2021, 5, 25, 15));
  assert.equal(parseInstant('2024-07').unit, 'month');
  assert.equal(parseInstant('2024').unit, 'year');
  assert.equal(parseInstant('XXXX-06-21'), null);
  assert.equal(parseInstant('2024-13-01'), null);
});

test('how a person reads an event\'s date', () => {
  assert.equal(formatWhen(event({})), 'Thứ Sáu, 21/06/2024');
  assert.equal(formatWhen(event({ part_of_day: 'MO', precision: 'part_of_day' })), 'Thứ Sáu, 21/06/2024, buổi sáng');
  assert.equal(formatWhen(event({ all_day: false, precision: 'minute', start: '2021-06-25T22:00:00+07:00',
    end: '2021-06-25T22:00:00+07:00' })), 'Thứ Sáu, 25/06/2021, 22:00');
  assert.equal(formatWhen(event({ start: '2024-07-01', end: '2024-07-06' })), 'Thứ Hai, 01/07/2024 – Thứ Sáu, 05/07/2024');
  assert.equal(formatWhen(event({ start: '2024-07', end: '2024-08', precision: 'month', value: '2024-07' })), 'tháng 7 năm 2024');
  assert.equal(formatWhen(event({ start: '2024', end: '2025', precision: 'year', value: '2024' })), 'năm 2024');
  assert.equal(formatWhen(event({ start: '2024-01', end: '2024-07', precision: 'half', value: '2024-H1' })), '6 tháng đầu năm 2024');
  assert.equal(formatWhen(event({ start: 'XXXX-06-21', end: 'XXXX-06-22', value: 'XXXX-06-21' })), 'XXXX-06-21');
  assert.equal(formatPublished('2024-06-21T15:00'), 'Thứ Sáu, 21/06/2024, 15:00');
});

test('where an event sits on the time axis', () => {
  const day = placeEvent(event({}));
  assert.equal(day.type, 'box');
  assert.equal(day.at, Date.UTC(2024, 5, 21, 12) - 7 * H);  // noon in Hanoi
  assert.equal(placeEvent(event({ part_of_day: 'AF' })).at, Date.UTC(2024, 5, 21, 15) - 7 * H);
  const range = placeEvent(event({ start: '2024-07-01', end: '2024-07-06' }));
  assert.deepEqual([range.type, range.coarse], ['range', false]);
  const month = placeEvent(event({ start: '2024-07', end: '2024-07', precision: 'month' }));
  assert.deepEqual([month.type, month.coarse, month.end], ['range', true, Date.UTC(2024, 7, 1) - 7 * H]);
  assert.equal(placeEvent(event({ start: 'XXXX-06-21' })), null);
});

test('the time axis speaks Vietnamese, in Vietnam time', () => {
  const midnightHanoi = Date.UTC(2024, 5, 20, 17);  // 21/6 00:00 in Hanoi, still 20/6 in UTC
  assert.equal(axisLabel('minor', midnightHanoi, 'day'), '21');
  assert.equal(axisLabel('minor', midnightHanoi, 'weekday'), 'T6 21');
  assert.equal(axisLabel('minor', midnightHanoi, 'hour'), '00:00');
  assert.equal(axisLabel('major', midnightHanoi, 'day'), 'tháng 6 năm 2024');
  assert.equal(axisLabel('minor', midnightHanoi, 'month'), 'Th6');
  assert.equal(axisLabel('major', { valueOf: () => midnightHanoi }, 'hour'), 'Thứ Sáu, 21/06/2024');
});

test('search folds case and diacritics', () => {
  assert.equal(fold('Quận đoàn  HOÀN Kiếm'), 'quan doan hoan kiem');
  assert.equal(fold('Thừa Thiên Huế'), fold('thua thien hue'));
});

test('iCalendar text is escaped and folded at 75 octets, never inside a character', () => {
  assert.equal(escapeText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
  const line = `SUMMARY:${'Hội nghị tổng kết công tác Đoàn '.repeat(6)}`;
  const folded = foldLine(line);
  for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75, part);
  assert.equal(folded.split('\r\n').map((p, i) => (i ? p.slice(1) : p)).join(''), line);
});

test('one event as an .ics file: all-day, timed, with hostile text', () => {
  const names = new Map([['thanh-doan-ha-noi', 'Thành đoàn Hà Nội']]);
  const allDay = eventToIcs(event({
    title: 'Hội nghị <b>"A"</b>; tổng kết, năm 2024 \\ x',
    location: 'Hà Nội; Việt Nam',
    kind: 'hội nghị',
    sources: [{ article: 'a', title: 'Tin', url: 'https://example.org/a b\nX-EVIL:1', published: '2024-06-21T15:00',
      sentence: 'Sáng 21/6, Thành đoàn Hà Nội tổ chức Hội nghị.\nDòng hai' }],
  }), names, 'http://127.0.0.1/#event=0123456789abcdef');
  assert.ok(allDay.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(allDay), 'every line ends with CRLF');
  assert.ok(!/^X-EVIL/m.test(allDay), 'a line break in data never starts a property');
  for (const l of allDay.split('\r\n')) assert.ok(Buffer.byteLength(l) <= 75, l);
  const vevent = new ICAL.Component(ICAL.parse(allDay)).getFirstSubcomponent('vevent');
  assert.equal(vevent.getFirstPropertyValue('uid'), '0123456789abcdef@biennien');
  assert.equal(vevent.getFirstPropertyValue('summary'), 'Hội nghị <b>"A"</b>; tổng kết, năm 2024 \\ x');
  assert.equal(vevent.getFirstPropertyValue('location'), 'Hà Nội; Việt Nam');
  const start = vevent.getFirstPropertyValue('dtstart');
  assert.equal(start.isDate, true);
  assert.equal(start.toString(), '2024-06-21');
  assert.equal(vevent.getFirstPropertyValue('dtend').toString(), '2024-06-22');
  assert.equal(vevent.getFirstPropertyValue('dtstamp').toString(), '2024-06-21T08:00:00Z');
  assert.match(vevent.getFirstPropertyValue('description'), /Dòng hai”\n— Tin \(https:\/\/example\.org\/a%20bX-EVIL:1\)/);
  assert.equal(vevent.getFirstPropertyValue('url'), 'https://example.org/a%20bX-EVIL:1');

  const timed = eventToIcs(event({ all_day: false, precision: 'minute', start: '2021-06-25T22:00:00+07:00',
    end: '2021-06-25T22:00:00+07:00', value: '2021-06-25T22:00' }), names);
  const timedEvent = new ICAL.Component(ICAL.parse(timed)).getFirstSubcomponent('vevent');
  assert.equal(timedEvent.getFirstPropertyValue('dtstart').toString(), '2021-06-25T15:00:00Z');
  assert.equal(timedEvent.getFirstPropertyValue('dtend'), null);

  const month = eventToIcs(event({ start: '2024-07', end: '2024-07', precision: 'month', value: '2024-07' }), names);
  const monthEvent = new ICAL.Component(ICAL.parse(month)).getFirstSubcomponent('vevent');
  assert.equal(monthEvent.getFirstPropertyValue('dtstart').toString(), '2024-07-01');
  assert.equal(monthEvent.getFirstPropertyValue('dtend').toString(), '2024-08-01');
  assert.equal(eventToIcs(event({ start: 'XXXX-06-21' }), names), null);
  for (const [status, written] of [['confirmed', 'CONFIRMED'], ['tentative', 'TENTATIVE'], ['cancelled', 'CANCELLED']]) {
    const v = new ICAL.Component(ICAL.parse(eventToIcs(event({ status }), names))).getFirstSubcomponent('vevent');
    assert.equal(v.getFirstPropertyValue('status'), written);
  }
});
