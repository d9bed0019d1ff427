// Lists the events of timeline.json (same folder) grouped by organisation. Text from the data is
// only ever set with textContent; links from the data are kept only when they are http(s).
'use strict';

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const PARTS_OF_DAY = { MO: 'sáng', MI: 'trưa', AF: 'chiều', EV: 'tối', NI: 'đêm' };
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

// An element with the given class and text.
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A link to `url` when it is http(s) (or a relative path such as calendars/x.ics), else null.
function link(url, text) {
  if (typeof url !== 'string' || url === '') return null;
  let address;
  try {
    address = new URL(url, document.baseURI);
  } catch {
    return null;
  }
  if (address.protocol !== 'http:' && address.protocol !== 'https:') return null;
  const anchor = element('a', '', text);
  anchor.href = address.href;
  return anchor;
}

const pad = (n) => String(n).padStart(2, '0');

// "2024-06-21..." as a UTC Date at midnight of that day, or null.
function calendarDay(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text || '');
  return match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
}

// "Thứ Sáu, 25/06/2021" for a UTC-midnight Date.
function formatDay(day) {
  return `${WEEKDAYS[day.getUTCDay()]}, ${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
}

// The wall-clock time in Vietnam of an ISO date-time (Vietnam time when it has no offset), as a Date
// whose UTC fields are the Vietnamese ones.
function vietnamTime(text) {
  const withOffset = /(Z|[+-]\d{2}:\d{2})$/i.test(text) ? text : `${text}+07:00`;
  const moment = new Date(withOffset);
  return Number.isNaN(moment.getTime()) ? null : new Date(moment.getTime() + VIETNAM_OFFSET_MS);
}

// How a person reads the event's date: "Thứ Sáu, 25/06/2021, 22:00", "..., buổi sáng",
// "Thứ Hai, 01/07/2024 – Thứ Sáu, 05/07/2024", "tháng 07/2024", "năm 2024".
function formatWhen(event) {
  const start = calendarDay(event.start);
  if (!['day', 'part_of_day', 'minute'].includes(event.precision) || !start) {
    const month = /^(\d{4})-(\d{2})$/.exec(event.value || '');
    if (month) return `tháng ${month[2]}/${month[1]}`;
    if (/^\d{4}$/.test(event.value || '')) return `năm ${event.value}`;
    return event.value || event.start || '';
  }
  if (!event.all_day) {
    const time = vietnamTime(event.start);
    if (time) return `${formatDay(time)}, ${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}`;
  }
  let text = formatDay(start);
  const end = calendarDay(event.end);
  if (end && end.getTime() - start.getTime() > DAY_MS) text += ` – ${formatDay(new Date(end.getTime() - DAY_MS))}`;
  const part = PARTS_OF_DAY[event.part_of_day];
  return part ? `${text}, buổi ${part}` : text;
}

// One event: title, date, kind and place, then each source's sentence quoted with its article.
function renderEvent(event) {
  const item = element('li');
  const card = element('article', 'event');
  card.append(element('h3', '', event.title));

  const when = element('time', 'when', formatWhen(event));
  when.dateTime = event.start;
  const facts = element('p', 'facts');
  facts.append(when);
  for (const fact of [event.kind, event.location]) {
    if (fact) facts.append(element('span', 'fact', fact));
  }
  card.append(facts);

  for (const source of event.sources || []) {
    const quote = element('blockquote');
    quote.append(element('p', '', `“${source.sentence}”`));
    const reference = link(source.url, source.title || source.article);
    if (reference) quote.cite = reference.href;
    const caption = element('p', 'source', '— ');
    caption.append(reference || element('span', '', source.title || source.article));
    card.append(quote, caption);
  }
  item.append(card);
  return item;
}

// A section for one organisation (or for "Khác"), headed `name`, with its feed link and events.
function renderGroup(headingId, name, events, organisation) {
  const section = element('section', 'group');
  const heading = element('h2', '', name);
  heading.id = headingId;
  section.setAttribute('aria-labelledby', headingId);
  if (organisation && /^#[0-9a-f]{6}$/i.test(organisation.color || '')) {
    section.style.setProperty('--org-color', organisation.color);
  }
  section.append(heading);
  const feed = organisation && link(organisation.feed, `Đăng ký lịch của ${name} (.ics)`);
  if (feed) {
    const paragraph = element('p', 'feed');
    paragraph.append(feed);
    section.append(paragraph);
  }
  const list = element('ol', 'events');
  for (const event of events) list.append(renderEvent(event));
  section.append(list);
  return section;
}

// Fills `main` with a section per organisation that has events, "Khác" last, and `nav` with links.
function render(timeline, main, nav) {
  const events = Array.isArray(timeline.events) ? timeline.events : [];
  const groups = [];
  for (const organisation of timeline.organisations || []) {
    const own = events.filter((event) => (event.organisations || []).includes(organisation.id));
    if (own.length) groups.push([`to-chuc-${organisation.id}`, organisation.name, own, organisation]);
  }
  const others = events.filter((event) => !(event.organisations || []).length);
  if (others.length) groups.push(['khac', 'Khác', others, null]);  // org ids never clash: theirs are prefixed

  main.replaceChildren();
  if (!groups.length) main.append(element('p', '', 'Chưa có sự kiện nào.'));
  for (const [id, name, own, organisation] of groups) {
    main.append(renderGroup(id, name, own, organisation));
    const entry = element('li');
    const anchor = element('a', '', `${name} (${own.length})`);
    anchor.href = `#${id}`;
    entry.append(anchor);
    nav.append(entry);
  }
}

// Fetches timeline.json beside the page and shows it, or says why it could not.
async function load() {
  const main = document.getElementById('noi-dung');
  const status = document.getElementById('trang-thai');
  try {
    const response = await fetch('timeline.json', { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    render(await response.json(), main, document.getElementById('muc-luc'));
  } catch (error) {
    status.setAttribute('role', 'alert');
    status.textContent = `Không tải được timeline.json (${error.message}). ` +
      'Hãy mở trang qua một máy chủ web, ví dụ: python3 -m http.server';
  } finally {
    main.removeAttribute('aria-busy');
  }
}

load();
