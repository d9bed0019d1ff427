// Dates and words of the page, without the DOM: how an event of timeline.json sits in time and how a
// person reads it, in Vietnamese and in Vietnam's time (+07:00) whatever the browser's zone. The
// browser tests import this module in Node too.

export const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
export const HOUR_MS = 3600 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
export const WEEKDAYS_SHORT = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
export const PARTS_OF_DAY = { MO: 'sáng', MI: 'trưa', AF: 'chiều', EV: 'tối', NI: 'đêm' };
// Where an event of a part of the day sits on the time axis (hour, Vietnam time).
const PART_OF_DAY_HOURS = { MO: 9, MI: 12, AF: 15, EV: 19, NI: 22 };

export const PROVENANCE = {
  explicit: 'ghi đầy đủ trong bài',
  publication: 'phần còn thiếu lấy từ ngày đăng bài',
  context: 'phần còn thiếu suy ra từ ngữ cảnh bài viết',
  weekday: 'năm suy ra từ thứ trong tuần ghi trong bài',
  lunar: 'ngày âm lịch hoặc ngày lễ, đổi sang dương lịch',
  none: 'không xác định được',
};

// An event's status as the latest report says (timeline.json `status`).
export const STATUS = { confirmed: 'đã xác nhận', tentative: 'dự kiến', cancelled: 'hoãn hoặc huỷ' };

export const PRECISION = {
  century: 'thế kỷ', decade: 'thập niên', year: 'năm', half: 'nửa năm', quarter: 'quý', season: 'mùa',
  month: 'tháng', week: 'tuần', day: 'ngày', part_of_day: 'buổi trong ngày', minute: 'giờ phút',
};

const FINE = new Set(['day', 'part_of_day', 'minute']);

export const pad = (n) => String(n).padStart(2, '0');

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;

// An ISO date or date-time of timeline.json ("2024", "2024-07", "2024-06-21", "2021-06-25T22:00:00+07:00";
// no offset means Vietnam time) as {ms, unit} where ms is the instant it starts and unit the finest
// field given ('year' 'month' 'day' 'minute'), or null.
export function parseInstant(text) {
  const m = ISO.exec(typeof text === 'string' ? text.trim() : '');
  if (!m) return null;
  const [year, month, day] = [+m[1], m[2] ? +m[2] : 1, m[3] ? +m[3] : 1];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (m[4] === undefined) {
    const ms = Date.UTC(year, month - 1, day) - VIETNAM_OFFSET_MS;
    return { ms, unit: m[3] ? 'day' : m[2] ? 'month' : 'year' };
  }
  let offsetMs = VIETNAM_OFFSET_MS;
  if (m[7] && m[7].toUpperCase() !== 'Z') {
    const sign = m[7][0] === '-' ? -1 : 1;
    const digits = m[7].slice(1).replace(':', '');
    offsetMs = sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60000;
  } else if (m[7]) {
    offsetMs = 0;
  }
  const ms = Date.UTC(year, month - 1, day, +m[4], +m[5], m[6] ? +m[6] : 0) - offsetMs;
  return { ms, unit: 'minute' };
}

// `ms` moved on by one `unit` of the calendar (Vietnam time).
function addUnit(ms, unit) {
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else if (unit === 'day') d.setUTCDate(d.getUTCDate() + 1);
  return d.getTime() - VIETNAM_OFFSET_MS;
}

// Where an event sits on the time axis: {start, end} instants (ms), `type` 'box' for something that
// happens on one day or at one time, 'range' for longer or vaguer spans, `coarse` for events of less
// than day precision, `at` the instant a box is drawn at; null when the date cannot be placed.
export function placeEvent(event) {
  const start = parseInstant(event.start);
  if (!start) return null;
  const end = parseInstant(event.end);
  let endMs = end ? end.ms : start.ms;
  const coarse = !FINE.has(event.precision) || start.unit === 'month' || start.unit === 'year';
  if (endMs < start.ms || (endMs === start.ms && start.unit !== 'minute')) endMs = addUnit(start.ms, start.unit);
  if (!coarse && start.unit === 'minute') {
    return endMs - start.ms >= DAY_MS
      ? { type: 'range', start: start.ms, end: endMs, coarse }
      : { type: 'box', start: start.ms, end: endMs, at: start.ms, coarse };
  }
  if (!coarse && endMs - start.ms <= DAY_MS) {
    const hour = PART_OF_DAY_HOURS[event.part_of_day] ?? 12;
    return { type: 'box', start: start.ms, end: endMs, at: start.ms + hour * HOUR_MS, coarse };
  }
  return { type: 'range', start: start.ms, end: endMs, coarse };
}

// The fields of an instant in Vietnam: {year, month (1-12), day, weekday (0 = Sunday), hour, minute}.
export function vietnamFields(ms) {
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(),
  };
}

// "Thứ Sáu, 25/06/2021".
export function formatDay(ms) {
  const f = vietnamFields(ms);
  return `${WEEKDAYS[f.weekday]}, ${pad(f.day)}/${pad(f.month)}/${f.year}`;
}

// "22:00".
export function formatClock(ms) {
  const f = vietnamFields(ms);
  return `${pad(f.hour)}:${pad(f.minute)}`;
}

// "tháng 6 năm 2024".
export function formatMonth(ms) {
  const f = vietnamFields(ms);
  return `tháng ${f.month} năm ${f.year}`;
}

// How a person reads an event's date, in Vietnam time: "Thứ Sáu, 25/06/2021, 22:00",
// "Thứ Sáu, 21/06/2024, buổi sáng", "Thứ Hai, 01/07/2024 – Thứ Sáu, 05/07/2024", "tháng 7 năm 2024",
// "năm 2024", or the TIMEX3 value itself when nothing better can be said.
export function formatWhen(event) {
  const place = placeEvent(event);
  if (!place) return event.value || event.start || 'không rõ thời gian';
  const start = parseInstant(event.start);
  if (place.coarse) {
    const f = vietnamFields(place.start);
    const value = String(event.value || '');
    const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
    if (quarter) return `quý ${quarter[2]} năm ${quarter[1]}`;
    const half = /^(\d{4})-H([12])$/.exec(value);
    if (half) return `${half[2] === '1' ? '6 tháng đầu' : '6 tháng cuối'} năm ${half[1]}`;
    if (start.unit === 'year' || event.precision === 'year') return `năm ${f.year}`;
    if (start.unit === 'month' || event.precision === 'month') return `tháng ${f.month} năm ${f.year}`;
    return `${formatDay(place.start)} – ${formatDay(place.end - 1)}`;
  }
  if (start.unit === 'minute') {
    const text = `${formatDay(place.start)}, ${formatClock(place.start)}`;
    if (place.end <= place.start) return text;
    const sameDay = formatDay(place.end) === formatDay(place.start);
    return sameDay ? `${text} – ${formatClock(place.end)}` : `${text} – ${formatDay(place.end)}, ${formatClock(place.end)}`;
  }
  let text = formatDay(place.start);
  if (place.end - place.start > DAY_MS) text += ` – ${formatDay(place.end - DAY_MS)}`;
  const part = PARTS_OF_DAY[event.part_of_day];
  return part ? `${text}, buổi ${part}` : text;
}

// A publication anchor (TIMEX3 "2024-06-21" or "2024-06-21T15:00") as "Thứ Sáu, 21/06/2024, 15:00".
export function formatPublished(value) {
  const instant = parseInstant(value);
  if (!instant) return value || '';
  if (instant.unit === 'minute') return `${formatDay(instant.ms)}, ${formatClock(instant.ms)}`;
  if (instant.unit === 'day') return formatDay(instant.ms);
  return instant.unit === 'month' ? formatMonth(instant.ms) : `năm ${vietnamFields(instant.ms).year}`;
}

// "90 %" for 0.9.
export const formatConfidence = (c) => (typeof c === 'number' ? `${Math.round(c * 100)} %` : '');

// "YYYY-MM-DD" of an instant in Vietnam.
export function isoDay(ms) {
  const f = vietnamFields(ms);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}`;
}

// Text folded for searching: lower case, no diacritics, đ as d, runs of space as one.
export function fold(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// The time axis' labels in Vietnamese and Vietnam time, for vis-timeline's `format` option (its
// functions get a moment; only its instant is used).
const MINOR = {
  millisecond: (f, ms) => `${pad(f.minute)}:${pad(new Date(ms).getUTCSeconds())}.${String(new Date(ms).getUTCMilliseconds()).padStart(3, '0')}`,
  second: (f, ms) => `${pad(f.minute)}:${pad(new Date(ms).getUTCSeconds())}`,
  minute: (f) => `${pad(f.hour)}:${pad(f.minute)}`,
  hour: (f) => `${pad(f.hour)}:${pad(f.minute)}`,
  weekday: (f) => `${WEEKDAYS_SHORT[f.weekday]} ${f.day}`,
  day: (f) => String(f.day),
  week: (f) => `${f.day}/${f.month}`,
  month: (f) => `Th${f.month}`,
  year: (f) => String(f.year),
};
const MAJOR = {
  millisecond: (f, ms) => `${formatDay(ms)}, ${pad(f.hour)}:${pad(f.minute)}`,
  second: (f, ms) => `${formatDay(ms)}, ${pad(f.hour)}:${pad(f.minute)}`,
  minute: (f, ms) => formatDay(ms),
  hour: (f, ms) => formatDay(ms),
  weekday: (f, ms) => formatMonth(ms),
  day: (f, ms) => formatMonth(ms),
  week: (f, ms) => formatMonth(ms),
  month: (f) => `năm ${f.year}`,
  year: () => '',
};
export function axisLabel(kind, date, scale) {
  const ms = typeof date === 'number' ? date : date.valueOf();
  const table = kind === 'major' ? MAJOR : MINOR;
  return (table[scale] || table.day)(vietnamFields(ms), ms);
}
