// The page: timeline.json (same folder) as a vis-timeline with one lane per organisation (nested under
// its parent), an accessible list of the same events, search and filters, an event card, and the
// organisations' calendar feeds to subscribe to. The state of the view lives in the address's hash
// (#q=…&org=…&kind=…&from=…&to=…&view=…&event=…), so every view and every event has a permalink.
//
// Safety: text from articles is only ever put into the page as text (textContent, text nodes,
// attributes set one by one); vis-timeline gets DOM elements from `template`/`groupTemplate`, never
// HTML strings. Links from the data are kept only when they are http(s).
import {
  DAY_MS, PRECISION, PROVENANCE, STATUS, axisLabel, fold, formatConfidence, formatPublished, formatWhen, isoDay,
  parseInstant, placeEvent, vietnamFields,
} from './format.js';
import { eventToIcs } from './ics.js';

const PAGE_SIZE = 50;           // list items rendered at a time
const CLUSTER_ABOVE = 300;      // with more events than this, close items of a lane are clustered
const OTHER_LANE = '~khac';     // lane of events without an organisation (never a slug)
const NO_KIND = '~';            // kind filter value for events without a kind

const $ = (id) => document.getElementById(id);

// An element: options `class`, `text`, `on<event>` listeners, anything else an attribute; children are
// nodes or strings (strings become text nodes).
function h(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

// An absolute http(s) address for `url` (relative ones against the page), else null.
function httpUrl(url) {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const address = new URL(url, document.baseURI);
    return address.protocol === 'http:' || address.protocol === 'https:' ? address : null;
  } catch {
    return null;
  }
}

const validColour = (c) => (typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c) ? c : null);
const collator = new Intl.Collator('vi');

// ---------------------------------------------------------------------------------------------------
// The data, prepared once.

const data = {
  events: [],              // events of timeline.json, each with `place`, `search`, `lane`
  byId: new Map(),
  organisations: new Map(), // id -> {id, name, aliases, color, feed, parent, depth, children: []}
  tree: [],                // organisations in tree order (parents before their units)
  kinds: [],
  generated: null,
};

function prepare(timeline) {
  const orgs = data.organisations;
  for (const o of Array.isArray(timeline.organisations) ? timeline.organisations : []) {
    if (!o || typeof o.id !== 'string') continue;
    orgs.set(o.id, { ...o, name: String(o.name || o.id), aliases: Array.isArray(o.aliases) ? o.aliases : [], children: [] });
  }
  const events = (Array.isArray(timeline.events) ? timeline.events : []).filter((e) => e && typeof e.id === 'string');
  for (const e of events) {
    e.organisations = Array.isArray(e.organisations) ? e.organisations.filter((id) => typeof id === 'string') : [];
    e.sources = Array.isArray(e.sources) ? e.sources : [];
    for (const id of e.organisations) {
      if (!orgs.has(id)) orgs.set(id, { id, name: id, aliases: [], color: null, feed: null, parent: null, children: [] });
    }
  }
  for (const o of orgs.values()) {
    if (o.parent && orgs.has(o.parent) && o.parent !== o.id) orgs.get(o.parent).children.push(o);
    else o.parent = null;
  }
  const byName = (a, b) => collator.compare(a.name, b.name);
  const visit = (o, depth, seen) => {
    if (seen.has(o.id)) return;
    seen.add(o.id);
    o.depth = depth;
    data.tree.push(o);
    o.children.sort(byName).forEach((c) => visit(c, depth + 1, seen));
  };
  const seen = new Set();
  [...orgs.values()].filter((o) => !o.parent).sort(byName).forEach((o) => visit(o, 0, seen));
  [...orgs.values()].filter((o) => !seen.has(o.id)).sort(byName).forEach((o) => visit(o, 0, seen));  // cycles

  const kinds = new Set();
  for (const e of events) {
    e.place = placeEvent(e);
    e.lane = e.organisations[0] || OTHER_LANE;
    if (e.kind) kinds.add(e.kind);
    const names = e.organisations.flatMap((id) => [orgs.get(id).name, ...orgs.get(id).aliases]);
    e.search = fold([e.title, ...names, e.location, e.kind,
      ...e.sources.flatMap((s) => [s.sentence, s.title])].filter(Boolean).join(' \u0000 '));
    data.byId.set(e.id, e);
  }
  data.kinds = [...kinds].sort(collator.compare);
  data.events = events.sort((a, b) => (a.place?.start ?? Infinity) - (b.place?.start ?? Infinity) || (a.id < b.id ? -1 : 1));
  data.generated = typeof timeline.generated === 'string' ? timeline.generated : null;
}

// The ids of `id` and every unit below it.
function withUnits(id) {
  const ids = new Set();
  const add = (o) => {
    if (!o || ids.has(o.id)) return;
    ids.add(o.id);
    o.children.forEach(add);
  };
  add(data.organisations.get(id));
  return ids;
}

// ---------------------------------------------------------------------------------------------------
// The state of the view and the hash that holds it.

const state = { q: '', org: '', kind: '', from: '', to: '', view: null, event: null };
let matching = [];          // events that pass the filters, in time order
let matchingIds = new Set();

function stateToHash(extra = {}) {
  const s = { ...state, ...extra };
  const params = new URLSearchParams();
  for (const key of ['q', 'org', 'kind', 'from', 'to']) if (s[key]) params.set(key, s[key]);
  if (s.view) params.set('view', `${Math.round(s.view[0])}~${Math.round(s.view[1])}`);
  if (s.event) params.set('event', s.event);
  const text = params.toString();
  return text ? `#${text}` : '';
}

function hashToState(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const day = (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v || '') ? v : '');
  const view = /^(-?\d+)~(-?\d+)$/.exec(params.get('view') || '');
  return {
    q: params.get('q') || '',
    org: data.organisations.has(params.get('org')) ? params.get('org') : '',
    kind: params.get('kind') || '',
    from: day(params.get('from')),
    to: day(params.get('to')),
    view: view && +view[2] > +view[1] ? [+view[1], +view[2]] : null,
    event: params.get('event') || null,
  };
}

// The page's address with `hash`, absolute.
const addressWith = (hash) => `${location.href.replace(/#.*$/, '')}${hash}`;

function writeHash({ push = false } = {}) {
  const hash = stateToHash();
  const url = addressWith(hash) || location.pathname;
  if (url !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', hash || location.pathname + location.search);
  $('lien-ket').href = addressWith(stateToHash({ event: null }));
}

function eventMatches(e, terms, orgs, from, to) {
  if (orgs && !e.organisations.some((id) => orgs.has(id))) return false;
  if (state.kind && (state.kind === NO_KIND ? e.kind : e.kind !== state.kind)) return false;
  if (from !== null || to !== null) {
    if (!e.place) return false;
    if (from !== null && e.place.end <= from) return false;
    if (to !== null && e.place.start >= to) return false;
  }
  return terms.every((t) => e.search.includes(t));
}

function applyFilters() {
  const terms = fold(state.q).split(' ').filter(Boolean);
  const orgs = state.org ? withUnits(state.org) : null;
  const from = state.from ? parseInstant(state.from).ms : null;
  const to = state.to ? parseInstant(state.to).ms + DAY_MS : null;
  matching = data.events.filter((e) => eventMatches(e, terms, orgs, from, to));
  matchingIds = new Set(matching.map((e) => e.id));
  const total = data.events.length;
  $('dem').textContent = matching.length === total
    ? `${total} sự kiện`
    : `Đang hiện ${matching.length} trong ${total} sự kiện`;
  renderList();
  timelineView.filter();
}

// ---------------------------------------------------------------------------------------------------
// The list: the same events as text, a month heading above each month, rendered a page at a time.

let listShown = 0;

function eventLink(e, className) {
  return h('a', {
    class: className, href: `#event=${encodeURIComponent(e.id)}`, 'data-event': e.id,
    onclick: (click) => {
      if (click.button !== 0 || click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return;
      click.preventDefault();
      openEvent(e.id, { focusTimeline: true });
    },
  }, e.title || '(không có tên)');
}

function orgChip(id) {
  const o = data.organisations.get(id);
  const chip = h('span', { class: 'org', 'data-org': id }, o ? o.name : id);
  const colour = validColour(o?.color);
  if (colour) chip.style.setProperty('--org-color', colour);
  return chip;
}

function listItem(e) {
  const when = h('time', { class: 'when' }, formatWhen(e));
  if (e.place) when.dateTime = e.start;
  const facts = h('p', { class: 'facts' }, when,
    STATUS[e.status] && e.status !== 'confirmed' ? h('span', { class: `status status-${e.status}` }, STATUS[e.status]) : null,
    e.kind ? h('span', { class: 'kind' }, e.kind) : null,
    e.location ? h('span', { class: 'where' }, e.location) : null);
  const orgs = e.organisations.length ? h('p', { class: 'orgs' }, e.organisations.map(orgChip)) : null;
  return h('li', { class: 'event', 'data-event': e.id }, h('h4', {}, eventLink(e)), facts, orgs);
}

const monthKey = (e) => (e.place ? isoDay(e.place.start).slice(0, 7) : 'khong-ro');
function monthHeading(e) {
  if (!e.place) return 'Không rõ thời gian';
  const f = vietnamFields(e.place.start);
  return `Tháng ${f.month} năm ${f.year}`;
}

function renderList(more = false) {
  const box = $('cac-su-kien');
  if (!more) {
    box.replaceChildren();
    listShown = 0;
    if (!matching.length) {
      box.append(h('p', { class: 'empty' }, data.events.length
        ? 'Không có sự kiện nào khớp với bộ lọc. Hãy thử bỏ bớt điều kiện.'
        : 'Chưa có sự kiện nào.'));
    }
  }
  const end = Math.min(matching.length, listShown + PAGE_SIZE);
  let list = box.lastElementChild?.matches('section.month') ? box.lastElementChild.querySelector('ol') : null;
  let key = list ? list.parentElement.dataset.month : null;
  let first = null;
  for (let i = listShown; i < end; i++) {
    const e = matching[i];
    if (monthKey(e) !== key) {
      key = monthKey(e);
      const id = `thang-${key}`;
      list = h('ol', { class: 'events' });
      box.append(h('section', { class: 'month', 'data-month': key, 'aria-labelledby': id },
        h('h3', { id }, monthHeading(e)), list));
    }
    const item = listItem(e);
    first ??= item;
    list.append(item);
  }
  listShown = end;
  const more_ = $('hien-them');
  const left = matching.length - listShown;
  more_.hidden = left <= 0;
  more_.textContent = `Hiện thêm ${Math.min(left, PAGE_SIZE)} sự kiện (còn ${left})`;
  return first;
}

// ---------------------------------------------------------------------------------------------------
// The timeline (vis-timeline): lanes, items, Vietnamese axis in Vietnam time.

const timelineView = {
  timeline: null,
  items: null,
  groups: null,
  view: null,

  create(container, initial) {
    const vis = window.vis;
    if (!vis || !vis.Timeline) throw new Error('vis-timeline không tải được');
    this.ready = new Promise((resolve) => { this.drawn = resolve; });
    const placed = data.events.filter((e) => e.place);
    this.items = new vis.DataSet(placed.map((e) => this.item(e)));
    this.view = new vis.DataView(this.items, { filter: (item) => matchingIds.has(item.id) });

    const lanes = new Set(placed.map((e) => e.lane));
    const needed = new Set();
    for (const lane of lanes) {
      for (let o = data.organisations.get(lane); o && !needed.has(o.id); o = data.organisations.get(o.parent)) needed.add(o.id);
    }
    const groups = data.tree.filter((o) => needed.has(o.id)).map((o, order) => {
      const nested = o.children.filter((c) => needed.has(c.id)).map((c) => c.id);
      const colour = validColour(o.color);
      return {
        id: o.id, order, treeLevel: o.depth + 1, className: `lane lane-${o.id}`,
        ...(nested.length ? { nestedGroups: nested, showNested: true } : {}),
        ...(colour ? { style: `--org-color: ${colour}` } : {}),
      };
    });
    if (lanes.has(OTHER_LANE)) groups.push({ id: OTHER_LANE, order: groups.length, treeLevel: 1, className: 'lane lane-khac' });
    this.groups = new vis.DataSet(groups);

    const vietnam = (date) => vis.moment(date).utcOffset(420);
    const label = (kind) => (date, scale) => axisLabel(kind, date, scale);
    const options = {
      locale: 'vi',
      locales: { vi: { current: 'hiện tại', time: 'lúc', deleteSelected: 'Xoá mục đã chọn' } },
      moment: vietnam,
      format: {
        minorLabels: label('minor'),
        majorLabels: label('major'),
      },
      orientation: { axis: 'top', item: 'top' },
      groupOrder: 'order',
      groupTemplate: (group) => this.groupLabel(group),
      template: (item) => this.itemContent(item),
      stack: true,
      selectable: true,
      showTooltips: false,
      showCurrentTime: false,
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      verticalScroll: false,
      zoomMin: 3 * 3600 * 1000,
      zoomMax: 60 * 365 * DAY_MS,
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
      xss: { disabled: false },
      onInitialDrawComplete: () => this.drawn(),
      ...(initial ? { start: initial[0], end: initial[1] } : {}),
      ...(placed.length > CLUSTER_ABOVE
        ? { cluster: { maxItems: 3, titleTemplate: 'Có {count} sự kiện ở đây; phóng to để xem', showStipes: false } }
        : {}),
    };
    this.timeline = new vis.Timeline(container, this.view, this.groups, options);

    // The keyboard: arrows move the window, + and − zoom (the list below holds the same events).
    container.tabIndex = 0;
    container.addEventListener('keydown', (ev) => {
      const move = { ArrowLeft: -0.25, ArrowRight: 0.25 }[ev.key];
      if (move) {
        const { start, end } = this.timeline.getWindow();
        const by = (end - start) * move;
        this.show([start.valueOf() + by, end.valueOf() + by]);
      } else if (ev.key === '+' || ev.key === '=') {
        this.zoom(0.5);
      } else if (ev.key === '-' || ev.key === '−') {
        this.zoom(2);
      } else {
        return;
      }
      ev.preventDefault();
    });

    this.timeline.on('select', ({ items }) => {
      if (items.length === 1 && this.items.get(items[0])) openEvent(items[0]);
    });
    this.timeline.on('click', (props) => {  // a cluster: show the span of its events
      if (props.isCluster && props.items?.length) this.timeline.focus(props.items, { animation: false });
    });
    let pending = null;
    this.timeline.on('rangechanged', () => {
      clearTimeout(pending);
      pending = setTimeout(() => {  // the window as it is then, not as this (maybe older) event saw it
        const { start, end } = this.timeline.getWindow();
        state.view = [start.valueOf(), end.valueOf()];
        writeHash();
      }, 150);
    });
    return this.timeline;
  },

  // Resolves once vis-timeline has drawn for the first time.
  ready: null,
  drawn: () => {},

  item(e) {
    const p = e.place;
    const classes = ['ev', p.coarse ? 'coarse' : '', e.all_day ? 'all-day' : 'timed',
      STATUS[e.status] ? `status-${e.status}` : ''].filter(Boolean).join(' ');
    const colour = validColour(data.organisations.get(e.lane)?.color);
    return {
      id: e.id,
      group: e.lane,
      type: p.type === 'box' ? 'point' : 'range',
      start: new Date(p.type === 'box' ? p.at : p.start),
      ...(p.type === 'range' ? { end: new Date(p.end) } : {}),
      className: classes,
      ...(colour ? { style: `--org-color: ${colour}` } : {}),
    };
  },

  // An item's content: its title, as text.
  itemContent(item) {
    const e = data.byId.get(item.id);
    if (!e) {  // a cluster
      return h('span', { class: 'cluster-count', title: `${item.items?.length ?? ''} sự kiện; bấm để phóng to` },
        String(item.items?.length ?? ''));
    }
    return h('span', { class: 'item-title', 'data-event': e.id, title: `${e.title} — ${formatWhen(e)}` }, e.title);
  },

  groupLabel(group) {
    if (!group) return h('span');
    if (group.id === OTHER_LANE) return h('span', { class: 'lane-name' }, 'Không rõ tổ chức');
    const o = data.organisations.get(group.id);
    return h('span', { class: 'lane-name', title: o?.name }, o?.name || String(group.id));
  },

  // Shows only the matching events, and only the lanes that have some (or whose units do).
  filter() {
    if (!this.timeline) return;
    this.view.refresh();
    const busy = new Set();
    for (const e of matching) {
      if (!e.place) continue;
      for (let o = data.organisations.get(e.lane); o && !busy.has(o.id); o = data.organisations.get(o.parent)) busy.add(o.id);
      if (e.lane === OTHER_LANE) busy.add(OTHER_LANE);
    }
    const updates = this.groups.get().map((g) => ({ id: g.id, visible: busy.has(g.id) || busy.size === 0 }));
    this.groups.update(updates);
  },

  // The window to start with: the given one, else around the event, else the matching events (their
  // newest 120 days when there are many).
  initialWindow(view, event) {
    if (view) return view;
    if (event?.place) return this.around(event);
    const placed = matching.filter((e) => e.place);
    if (!placed.length) return null;
    let start = Math.min(...placed.map((e) => e.place.start));
    const end = Math.max(...placed.map((e) => e.place.end));
    if (placed.length > CLUSTER_ABOVE) start = Math.max(start, end - 120 * DAY_MS);
    const span = Math.max(end - start, 2 * DAY_MS);
    // Titles run to the right of their day: leave room for the last one (about 18rem of the axis,
    // which is the timeline less its lane labels).
    const axis = Math.max(($('dong-thoi-gian')?.clientWidth || 800) - 240, 160);
    const share = Math.min(300 / axis, 0.6);
    return [start - span * 0.04, end + (span * share) / (1 - share)];
  },

  around(e) {
    const span = Math.max(e.place.end - e.place.start, DAY_MS);
    const pad = Math.max(span, 10 * DAY_MS);
    return [e.place.start - pad, e.place.end + pad];
  },

  // Moves the window to `range` and says so in the address at once (drags are said when they end).
  show(range) {
    if (!this.timeline || !range) return;
    this.timeline.setWindow(range[0], range[1], { animation: false });
    const { start, end } = this.timeline.getWindow();
    state.view = [start.valueOf(), end.valueOf()];
    writeHash();
  },

  fit() {
    this.show(this.initialWindow(null, null));
  },

  zoom(factor) {
    const { start, end } = this.timeline.getWindow();
    const centre = (start.valueOf() + end.valueOf()) / 2;
    const half = ((end - start) * factor) / 2;
    this.show([centre - half, centre + half]);
  },
};

// ---------------------------------------------------------------------------------------------------
// Calendar feeds: subscribe controls.

// The feed's addresses for a relative path such as "calendars/x.ics".
function feedAddresses(path) {
  const https = httpUrl(path);
  if (!https) return null;
  const webcal = `webcal://${https.host}${https.pathname}${https.search}`;
  return {
    https: https.href,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
  };
}

async function copyText(text, input, button) {
  let done = false;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    if (input) {
      input.select();
      done = document.execCommand('copy');
    }
  }
  const before = button.dataset.label || button.textContent;
  button.dataset.label = before;
  button.textContent = done ? 'Đã chép' : 'Hãy chép bằng tay';
  setTimeout(() => { button.textContent = before; }, 2000);
}

let subscribeCount = 0;
// A disclosure with the ways to subscribe to the feed at `path`, for `name`.
function subscribeControl(path, name, { open = false } = {}) {
  const urls = feedAddresses(path);
  if (!urls) return null;
  const id = `lich-${++subscribeCount}`;
  const input = h('input', { id, type: 'text', readonly: true, value: urls.https, class: 'feed-url' });
  const copy = h('button', { type: 'button', onclick: (ev) => copyText(urls.https, input, ev.currentTarget) }, 'Chép');
  const details = h('details', { class: 'subscribe', open },
    h('summary', {}, 'Đăng ký lịch', h('span', { class: 'visually-hidden' }, ` của ${name}`)),
    h('ul', { class: 'subscribe-options' },
      h('li', {}, h('a', { href: urls.webcal, class: 'sub-webcal' }, 'Apple Lịch, Thunderbird (webcal)')),
      h('li', {}, h('a', { href: urls.google, class: 'sub-google', target: '_blank', rel: 'noopener' }, 'Google Lịch')),
      h('li', {}, h('a', { href: urls.https, class: 'sub-https' }, 'Outlook và ứng dụng khác (https)'))),
    h('div', { class: 'copy-row' }, h('label', { for: id }, 'Địa chỉ .ics'), input, copy));
  return details;
}

function renderFeeds() {
  const list = $('cac-lich');
  list.replaceChildren();
  const all = subscribeControl('calendars/all.ics', 'tất cả tổ chức');
  if (all) list.append(h('li', { class: 'feed', 'data-feed': 'all' }, h('span', { class: 'feed-name' }, 'Tất cả sự kiện'), all));
  for (const o of data.tree) {
    if (typeof o.feed !== 'string' || !/^calendars\/[a-z0-9-]+\.ics$/.test(o.feed)) continue;
    const control = subscribeControl(o.feed, o.name);
    if (!control) continue;
    const name = h('span', { class: 'feed-name' }, o.name);
    const colour = validColour(o.color);
    if (colour) name.style.setProperty('--org-color', colour);
    list.append(h('li', { class: `feed depth-${Math.min(o.depth, 3)}`, 'data-feed': o.id }, name, control));
  }
}

// ---------------------------------------------------------------------------------------------------
// The event card.

function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function fact(term, ...details) {
  return [h('dt', {}, term), h('dd', {}, ...details)];
}

function renderCard(e) {
  const names = new Map([...data.organisations.values()].map((o) => [o.id, o.name]));
  const permalink = addressWith(stateToHash({ event: e.id }));
  const anchors = e.sources.filter((s) => s.published);

  const facts = h('dl', { class: 'card-facts' },
    fact('Thời gian', h('strong', {}, formatWhen(e))),
    fact('Giá trị', h('code', {}, e.value || e.start || ''), ` · độ chính xác: ${PRECISION[e.precision] || e.precision || '—'}`),
    fact('Cách xác định', `${PROVENANCE[e.provenance] || e.provenance || '—'}; độ tin cậy ${formatConfidence(e.confidence)}`),
    anchors.length ? fact('Mốc (ngày đăng)', ...anchors.map((s, i) => h('span', { class: 'anchor' },
      i ? '; ' : '', formatPublished(s.published), ` (${s.published})`))) : [],
    e.organisations.length ? fact('Tổ chức', h('span', { class: 'orgs' }, e.organisations.map(orgChip))) : [],
    STATUS[e.status] ? fact('Tình trạng', STATUS[e.status]) : [],
    e.location ? fact('Địa điểm', e.location) : [],
    e.kind ? fact('Loại', e.kind) : []);

  const sources = h('section', { class: 'card-sources', 'aria-labelledby': 'the-nguon' },
    h('h3', { id: 'the-nguon' }, e.sources.length > 1 ? `Nguồn (${e.sources.length} bài)` : 'Nguồn'),
    e.sources.map((s) => {
      const url = httpUrl(s.url);
      const quote = h('blockquote', { class: 'sentence' }, h('p', {}, `“${s.sentence ?? ''}”`));
      if (url) quote.cite = url.href;
      const title = s.title || s.article || '';
      const ref = url ? h('a', { href: url.href, rel: 'noopener noreferrer', target: '_blank', class: 'source-link' }, title)
        : h('cite', {}, title);
      return h('figure', { class: 'source' }, quote,
        h('figcaption', {}, '— ', ref, s.published ? ` · đăng ${formatPublished(s.published)}` : ''));
    }));

  const organiser = data.organisations.get(e.organisations[0]);
  const ics = eventToIcs(e, names, permalink);
  const actions = h('div', { class: 'card-actions' },
    ics ? h('button', {
      type: 'button', class: 'primary', id: 'them-vao-lich',
      onclick: () => download(`su-kien-${e.id}.ics`, ics, 'text/calendar;charset=utf-8'),
    }, 'Thêm vào lịch (.ics)') : null,
    h('a', { href: permalink, class: 'event-permalink' }, 'Liên kết tới sự kiện này'));

  const subscribe = organiser && organiser.feed
    ? h('section', { class: 'card-subscribe', 'aria-labelledby': 'the-dang-ky' },
      h('h3', { id: 'the-dang-ky' }, `Theo dõi ${organiser.name}`),
      subscribeControl(organiser.feed, organiser.name))
    : null;

  return [
    h('header', { class: 'card-head' },
      h('h2', { id: 'the-tieu-de', tabindex: '-1' }, e.title || '(không có tên)'),
      h('button', { type: 'button', class: 'close', 'aria-label': 'Đóng', onclick: () => closeCard() }, '×')),
    facts, sources, actions, subscribe,
  ];
}

function openEvent(id, { push = true, focusTimeline = false } = {}) {
  const e = data.byId.get(id);
  const dialog = $('the-su-kien');
  if (!e) {
    if (dialog.open) dialog.close();
    return false;
  }
  state.event = id;
  writeHash({ push });
  $('the-noi-dung').replaceChildren(...renderCard(e));
  if (!dialog.open) dialog.showModal();
  $('the-tieu-de').focus();
  if (timelineView.timeline && e.place && matchingIds.has(id)) {
    timelineView.timeline.setSelection([id]);
    if (focusTimeline) timelineView.show(timelineView.around(e));
  }
  return true;
}

function closeCard() {
  const dialog = $('the-su-kien');
  if (dialog.open) dialog.close();
}

// ---------------------------------------------------------------------------------------------------
// Wiring.

function readControls() {
  state.q = $('q').value.trim();
  state.org = $('loc-to-chuc').value;
  state.kind = $('loc-loai').value;
  state.from = $('tu-ngay').value;
  state.to = $('den-ngay').value;
}

function writeControls() {
  $('q').value = state.q;
  $('loc-to-chuc').value = state.org;
  $('loc-loai').value = data.kinds.includes(state.kind) || state.kind === NO_KIND ? state.kind : '';
  state.kind = $('loc-loai').value;
  $('tu-ngay').value = state.from;
  $('den-ngay').value = state.to;
}

function fillFilterOptions() {
  const orgSelect = $('loc-to-chuc');
  for (const o of data.tree) {
    if (!data.events.some((e) => e.organisations.some((id) => withUnits(o.id).has(id)))) continue;
    orgSelect.append(h('option', { value: o.id }, `${'\u00a0\u00a0\u00a0'.repeat(o.depth)}${o.name}`));
  }
  const kindSelect = $('loc-loai');
  for (const k of data.kinds) kindSelect.append(h('option', { value: k }, k));
  if (data.events.some((e) => !e.kind)) kindSelect.append(h('option', { value: NO_KIND }, '(chưa rõ loại)'));
}

// Applies a changed hash (the user went back, or edited the address) to the page.
function restore() {
  const next = hashToState(location.hash);
  const filtersChanged = ['q', 'org', 'kind', 'from', 'to'].some((k) => next[k] !== state[k]);
  const viewChanged = next.view && (!state.view || next.view.some((v, i) => Math.abs(v - state.view[i]) > 1));
  Object.assign(state, next);
  writeControls();
  if (filtersChanged) applyFilters();
  if (viewChanged) timelineView.show(next.view);
  const event = state.event ? data.byId.get(state.event) : null;
  if (event) openEvent(event.id, { push: false, focusTimeline: !next.view });
  else closeCard();
}

function wire() {
  const form = $('bo-loc');
  let typing = null;
  const changed = () => {
    readControls();
    state.event = null;
    applyFilters();
    writeHash();
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearTimeout(typing);
    changed();
  });
  $('q').addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(changed, 200);
  });
  for (const id of ['loc-to-chuc', 'loc-loai', 'tu-ngay', 'den-ngay']) $(id).addEventListener('change', changed);
  form.addEventListener('reset', () => setTimeout(() => {
    changed();
    timelineView.fit();
  }, 0));
  $('chep-lien-ket').addEventListener('click', (ev) => copyText($('lien-ket').href, null, ev.currentTarget));
  $('hien-them').addEventListener('click', () => {
    const first = renderList(true);
    first?.querySelector('a')?.focus();
  });
  $('phong-to').addEventListener('click', () => timelineView.zoom(0.5));
  $('thu-nho').addEventListener('click', () => timelineView.zoom(2));
  $('vua-khung').addEventListener('click', () => timelineView.fit());

  const dialog = $('the-su-kien');
  dialog.addEventListener('close', () => {
    state.event = null;
    writeHash();
    timelineView.timeline?.setSelection([]);
  });
  dialog.addEventListener('click', (ev) => {  // a click on the backdrop closes the card
    if (ev.target === dialog) closeCard();
  });
  window.addEventListener('hashchange', () => restore());
  window.addEventListener('popstate', () => restore());
}

async function main() {
  const status = $('dem');
  let timeline;
  try {
    const response = await fetch('timeline.json', { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    timeline = await response.json();
  } catch (error) {
    status.setAttribute('role', 'alert');
    status.textContent = `Không tải được timeline.json (${error.message}). Hãy mở trang qua một máy chủ web, ` +
      'ví dụ: python3 -m http.server --directory THƯ_MỤC 8000';
    return;
  }
  prepare(timeline);
  if (data.generated) {
    const note = $('cap-nhat');
    note.textContent = `Dữ liệu đến bài đăng ngày ${formatPublished(data.generated)}`;
    note.hidden = false;
  }
  fillFilterOptions();
  renderFeeds();
  wire();
  Object.assign(state, hashToState(location.hash));
  writeControls();
  applyFilters();
  const event = state.event ? data.byId.get(state.event) : null;
  try {
    timelineView.create($('dong-thoi-gian'), timelineView.initialWindow(state.view, event));
    timelineView.filter();
  } catch (error) {
    $('dong-thoi-gian').append(h('p', { class: 'empty', role: 'alert' }, `Không vẽ được dòng thời gian: ${error.message}`));
  }
  if (event) openEvent(event.id, { push: false });
  writeHash();
  // Ready (for people's scripts and the tests) once the timeline has drawn, or after 10 s in any case.
  if (timelineView.ready) await Promise.race([timelineView.ready, new Promise((r) => { setTimeout(r, 10000); })]);
  document.documentElement.dataset.ready = 'true';
}

main();
