// The page in a real browser: `biennien build` writes a site, python3 -m http.server serves it on
// 127.0.0.1, and Debian's Chromium (playwright-core) looks at it as a person would. Screenshots of the
// desktop and phone views go to $BIENNIEN_WEB_SCREENSHOTS.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { STATUS, fold, parseInstant, placeEvent, vietnamFields } from '../../web/format.js';
import {
  buildSite, cleanScratch, gotoReady, launch, openPage, root, scratchDir, screenshotDir, serve,
} from './support.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let browser;
let seeds;        // {dir, server, timeline}
const servers = [];

async function site(name, inputs) {
  const dir = buildSite(name, inputs);
  const server = await serve(dir);
  servers.push(server);
  return { dir, server, url: server.url, timeline: JSON.parse(readFileSync(path.join(dir, 'timeline.json'), 'utf8')) };
}

before(async () => {
  browser = await launch();
  seeds = await site('seeds', ['seeds']);
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  cleanScratch();
});

// What the page shows in its list, as event ids in order.
const listedIds = (page) => page.$$eval('#cac-su-kien li.event', (items) => items.map((li) => li.dataset.event));
// The events drawn on the timeline (only those vis-timeline rendered).
const ids = (events) => events.map((e) => e.id);
const cardClosed = (page) => page.waitForFunction(() => !document.getElementById('the-su-kien').open);
// Waits until the timeline draws no event but those of `expected` (vis-timeline redraws on the next frame).
const timelineOnly = (page, expected) => page.waitForFunction((want) => [...document.querySelectorAll(
  '.vis-timeline .item-title')].every((t) => want.includes(t.dataset.event)), expected);
// Waits until the list shows exactly `expected` (event ids, in order).
const listShows = (page, expected) => page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll(
  '#cac-su-kien li.event')].map((li) => li.dataset.event)) === JSON.stringify(want), expected);

// The ids of `id` and the units below it, from the registry in timeline.json.
function withUnits(timeline, id) {
  const out = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const o of timeline.organisations) {
      if (o.parent && out.has(o.parent) && !out.has(o.id)) {
        out.add(o.id);
        grew = true;
      }
    }
  }
  return out;
}

function depth(timeline, id) {
  const byId = new Map(timeline.organisations.map((o) => [o.id, o]));
  let d = 0;
  for (let o = byId.get(id); o?.parent; o = byId.get(o.parent)) d++;
  return d;
}

describe('the site of the seeds', () => {
  test('biennien build writes a complete site, vendored code and its licences included', () => {
    for (const file of ['index.html', 'app.js', 'format.js', 'ics.js', 'style.css', 'timeline.json', 'calendars/all.ics',
      'vendor/vis-timeline/vis-timeline-graph2d.min.js', 'vendor/vis-timeline/LICENSES.txt']) {
      assert.ok(existsSync(path.join(seeds.dir, file)), `${file} is missing`);
    }
    const licences = readFileSync(path.join(seeds.dir, 'vendor/vis-timeline/LICENSES.txt'), 'utf8');
    for (const p of ['vis-timeline', 'moment', '@egjs/hammerjs', 'xss']) assert.match(licences, new RegExp(`==== ${p} `));
    const html = readFileSync(path.join(seeds.dir, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3)/, 'the page loads nothing from elsewhere');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)/, 'no inline script');
  });

  test('the page loads with no console error and shows every event', async () => {
    const { page, problems, context } = await openPage(browser, seeds.url, DESKTOP);
    try {
      assert.ok(seeds.timeline.events.length > 0);
      assert.deepEqual(await listedIds(page), ids(seeds.timeline.events));
      assert.equal(await page.textContent('#dem'), `${seeds.timeline.events.length} sự kiện`);
      assert.equal(await page.locator('.vis-timeline').count(), 1);
      await page.screenshot({ path: path.join(screenshotDir(), 'desktop.png'), fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('each event is in its organiser\'s lane, nested under its parent, on its day in Vietnam time, whatever the browser\'s zone', async () => {
    const { page, problems, context } = await openPage(browser, null, { ...DESKTOP, timezoneId: 'America/Los_Angeles' });
    try {
      for (const e of seeds.timeline.events) {
        const place = placeEvent(e);
        if (!place || place.coarse) continue;
        // A week around the event, so that each day has a column of its own.
        const view = `${place.start - 3 * 86400000}~${place.start + 4 * 86400000}`;
        await page.goto('about:blank');
        await gotoReady(page, `${seeds.url}#view=${view}&event=${e.id}`);
        await page.keyboard.press('Escape');
        const lane = e.organisations[0];
        const item = page.locator(`.vis-foreground .vis-group.lane-${lane} .item-title[data-event="${e.id}"]`);
        await item.waitFor({ timeout: 10000 }).catch(() => {});
        assert.equal(await item.count(), 1, `${e.title} is in the lane of ${lane}`);
        const label = page.locator(`.vis-labelset .vis-label.lane-${lane}`);
        assert.match(await label.getAttribute('class'), new RegExp(`vis-group-level-${depth(seeds.timeline, lane) + 1}\\b`));
        assert.equal((await label.textContent()).trim(), seeds.timeline.organisations.find((o) => o.id === lane).name);

        // The dot of the event stands in the column of its day, under its month.
        const dot = await page.locator(`.vis-item.vis-point:has(.item-title[data-event="${e.id}"]) .vis-dot`).boundingBox();
        const x = dot.x + dot.width / 2;
        const labels = await page.$$eval('.vis-time-axis .vis-text:not(.vis-measure)', (texts) => texts.map((t) => {
          const r = t.getBoundingClientRect();
          return { major: t.classList.contains('vis-major'), left: r.left, right: r.right, text: t.textContent };
        }));
        const f = vietnamFields(place.start);
        const minor = labels.find((l) => !l.major && l.left <= x && x < l.right);
        assert.ok(minor, `a day column under ${e.start}`);
        assert.match(minor.text, new RegExp(`(^|\\s)${f.day}$`), `${e.title}: ${e.start}`);
        const major = labels.filter((l) => l.major && l.left <= x + 1).sort((a, b) => b.left - a.left)[0];
        assert.equal(major.text, `tháng ${f.month} năm ${f.year}`);
      }
      // A click on an event of the timeline opens its card.
      const last = seeds.timeline.events.at(-1);
      await page.click(`.vis-timeline .item-title[data-event="${last.id}"]`);
      await page.waitForSelector('#the-su-kien[open]');
      assert.equal(await page.textContent('#the-tieu-de'), last.title);
      await page.keyboard.press('Escape');
      // Parents above their units.
      const tops = await page.$$eval('.vis-labelset .vis-label', (ls) => ls.map((l) => [l.className, l.getBoundingClientRect().top]));
      const top = (id) => tops.find(([c]) => c.split(' ').includes(`lane-${id}`))?.[1];
      for (const o of seeds.timeline.organisations) {
        if (o.parent && top(o.id) !== undefined) assert.ok(top(o.parent) < top(o.id), `${o.parent} above ${o.id}`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('search narrows the list and the timeline, with or without diacritics', async () => {
    const { page, problems, context } = await openPage(browser, seeds.url, DESKTOP);
    try {
      const events = seeds.timeline.events;
      for (const query of ['hoan kiem', 'Tây Nguyên']) {
        const names = new Map(seeds.timeline.organisations.map((o) => [o.id, [o.name, ...o.aliases]]));
        const expected = events.filter((e) => fold([e.title, ...e.organisations.flatMap((id) => names.get(id) || []), e.location,
          e.kind, ...e.sources.flatMap((s) => [s.sentence, s.title])].join(' ')).includes(fold(query)));
        assert.ok(expected.length > 0 && expected.length < events.length, `"${query}" picks some events`);
        await page.fill('#q', query);
        await listShows(page, ids(expected));
        assert.equal(await page.textContent('#dem'), `Đang hiện ${expected.length} trong ${events.length} sự kiện`);
        await timelineOnly(page, ids(expected));
      }
      await page.fill('#q', 'không có sự kiện nào như thế này');
      await page.waitForSelector('#cac-su-kien .empty');
      await timelineOnly(page, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the organisation (with its units), kind and date filters each narrow the list', async () => {
    const { page, problems, context } = await openPage(browser, seeds.url, DESKTOP);
    try {
      const events = seeds.timeline.events;
      const check = async (what, expected) => {
        assert.ok(expected.length > 0 && expected.length < events.length, `${what} narrows`);
        await listShows(page, ids(expected));
        await timelineOnly(page, ids(expected));
        await page.click('#xoa-loc');
        await listShows(page, ids(events));
      };
      // An organisation that has units with events of their own.
      const parent = seeds.timeline.organisations.find((o) => {
        const units = withUnits(seeds.timeline, o.id);
        return units.size > 1 && events.some((e) => e.organisations.some((id) => id !== o.id && units.has(id)))
          && events.some((e) => !e.organisations.some((id) => units.has(id)));
      });
      assert.ok(parent, 'the seeds have an organisation with units');
      const units = withUnits(seeds.timeline, parent.id);
      await page.selectOption('#loc-to-chuc', parent.id);
      await check(`organisation ${parent.id}`, events.filter((e) => e.organisations.some((id) => units.has(id))));

      const kind = events.map((e) => e.kind).find((k) => k && events.some((e) => e.kind !== k));
      await page.selectOption('#loc-loai', kind);
      await check(`kind ${kind}`, events.filter((e) => e.kind === kind));

      const starts = events.map((e) => placeEvent(e).start).sort((a, b) => a - b);
      const middle = starts[Math.floor(starts.length / 2)];
      const day = (ms) => { const f = vietnamFields(ms); return `${f.year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`; };
      await page.fill('#tu-ngay', day(middle));
      await page.dispatchEvent('#tu-ngay', 'change');
      await check(`from ${day(middle)}`, events.filter((e) => placeEvent(e).end > parseInstant(day(middle)).ms));
      await page.fill('#den-ngay', day(starts[0]));
      await page.dispatchEvent('#den-ngay', 'change');
      await check(`to ${day(starts[0])}`, events.filter((e) => placeEvent(e).start < parseInstant(day(starts[0])).ms + 86400000));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a permalink restores the filters and the timeline\'s window; #event=ID opens the event', async () => {
    const { page, problems, context } = await openPage(browser, seeds.url, DESKTOP);
    try {
      const org = seeds.timeline.events[0].organisations[0];
      await page.selectOption('#loc-to-chuc', org);
      await page.fill('#q', 'hội');
      await page.click('#phong-to');
      await page.click('#phong-to');
      await page.waitForFunction(() => /view=/.test(location.hash) && /q=/.test(location.hash));
      const link = await page.getAttribute('#lien-ket', 'href');
      assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#.*org=/);
      const axis = (p) => p.$$eval('.vis-time-axis .vis-text:not(.vis-measure)', (ts) => ts.map((t) => [t.getBoundingClientRect().left,
        t.textContent]).sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)).map(([left, text]) => `${Math.round(left)}:${text}`).join('|'));
      const before_ = { list: await listedIds(page), axis: await axis(page) };

      const other = await openPage(browser, link, DESKTOP);
      try {
        assert.equal(await other.page.inputValue('#q'), 'hội');
        assert.equal(await other.page.inputValue('#loc-to-chuc'), org);
        assert.deepEqual(await listedIds(other.page), before_.list);
        assert.equal(await axis(other.page), before_.axis);
        assert.deepEqual(other.problems, []);
      } finally {
        await other.context.close();
      }

      const e = seeds.timeline.events.at(-1);
      const card = await openPage(browser, `${seeds.url}#event=${e.id}`, DESKTOP);
      try {
        await card.page.waitForSelector('#the-su-kien[open]');
        assert.equal(await card.page.textContent('#the-tieu-de'), e.title);
        assert.deepEqual(card.problems, []);
      } finally {
        await card.context.close();
      }

      // Opening an event from the list adds a history entry; Back closes the card.
      await page.click('#xoa-loc');
      await page.click(`#cac-su-kien a[data-event="${e.id}"]`);
      await page.waitForSelector('#the-su-kien[open]');
      assert.match(page.url(), new RegExp(`event=${e.id}`));
      await page.goBack();
      await cardClosed(page);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the event card shows the date, how it was worked out, the sources, and a one-event .ics', async () => {
    const { page, problems, context } = await openPage(browser, seeds.url, DESKTOP);
    try {
      const e = seeds.timeline.events.find((x) => x.sources.some((s) => s.url)) || seeds.timeline.events[0];
      await page.click(`#cac-su-kien a[data-event="${e.id}"]`);
      const dialog = page.locator('#the-su-kien[open]');
      await dialog.waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'the-tieu-de');
      const text = await dialog.textContent();
      assert.ok(text.includes(e.value), 'TIMEX3 value');
      assert.ok(text.includes(`${Math.round(e.confidence * 100)} %`), 'confidence');
      if (e.status) assert.ok(text.includes(STATUS[e.status]), 'status');
      for (const s of e.sources) {
        assert.ok(text.includes(s.sentence), 'the quoted sentence');
        if (s.published) assert.ok(text.includes(s.published), 'the anchor');
        if (s.url) assert.equal(await dialog.locator('a.source-link').first().getAttribute('href'), new URL(s.url).href);
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(screenshotDir(), 'desktop-card.png') });

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#them-vao-lich')]);
      const ics = readFileSync(await download.path(), 'utf8');
      assert.match(download.suggestedFilename(), /\.ics$/);
      assert.ok(!/[^\r]\n/.test(ics), 'CRLF line ends');
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
      assert.equal(vevent.getFirstPropertyValue('uid'), `${e.id}@biennien`);
      assert.equal(vevent.getFirstPropertyValue('summary'), e.title);
      if (e.all_day) assert.equal(vevent.getFirstPropertyValue('dtstart').toString(), e.start.slice(0, 10));

      await page.keyboard.press('Escape');
      await cardClosed(page);
      assert.equal(await page.evaluate(() => document.activeElement.dataset.event), e.id, 'focus goes back to the link');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('subscribe links point at the organisation\'s feed, absolute, in every form', async () => {
    const { page, problems, context } = await openPage(browser, seeds.url, DESKTOP);
    try {
      const e = seeds.timeline.events[0];
      const org = seeds.timeline.organisations.find((o) => o.id === e.organisations[0]);
      const host = new URL(seeds.url).host;
      const expectFeed = async (scope, feed) => {
        const https = `http://${host}/${feed}`;
        const webcal = `webcal://${host}/${feed}`;
        assert.equal(await scope.locator('a.sub-webcal').getAttribute('href'), webcal);
        assert.equal(await scope.locator('a.sub-https').getAttribute('href'), https);
        const google = new URL(await scope.locator('a.sub-google').getAttribute('href'));
        assert.equal(`${google.origin}${google.pathname}`, 'https://calendar.google.com/calendar/render');
        assert.equal(google.searchParams.get('cid'), webcal);
        assert.equal(await scope.locator('input.feed-url').inputValue(), https);
        const response = await page.request.get(https);
        assert.equal(response.status(), 200);
        return response.text();
      };
      // In the list of feeds.
      for (const o of seeds.timeline.organisations.filter((x) => x.feed)) {
        const item = page.locator(`#cac-lich li[data-feed="${o.id}"]`);
        await item.locator('summary').click();
        await expectFeed(item, o.feed);
      }
      assert.match(await expectFeed(page.locator('#cac-lich li[data-feed="all"]'), 'calendars/all.ics'), /BEGIN:VCALENDAR/);
      // On the card of an event: its organiser's feed holds the event.
      await page.click(`#cac-su-kien a[data-event="${e.id}"]`);
      const card = page.locator('#the-su-kien .card-subscribe');
      await card.locator('summary').click();
      const feed = await expectFeed(card, org.feed);
      await page.screenshot({ path: path.join(screenshotDir(), 'desktop-card-subscribe.png') });
      assert.ok(feed.includes(`UID:${e.id}@biennien`));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a phone sees the same page without horizontal scrolling', async () => {
    const { page, problems, context } = await openPage(browser, seeds.url, PHONE);
    try {
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(await overflow(), 0);
      assert.deepEqual(await listedIds(page), ids(seeds.timeline.events));
      await page.screenshot({ path: path.join(screenshotDir(), 'phone.png'), fullPage: true });
      await page.click(`#cac-su-kien a[data-event="${seeds.timeline.events[0].id}"]`);
      await page.waitForSelector('#the-su-kien[open]');
      const box = await page.locator('#the-su-kien').boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 390, 'the card fits the screen');
      await page.screenshot({ path: path.join(screenshotDir(), 'phone-card.png') });
      assert.equal(await overflow(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the list view is accessible: landmarks, labels, heading order, keyboard', async () => {
    const { page, problems, context } = await openPage(browser, seeds.url, DESKTOP);
    try {
      for (const role of ['banner', 'search', 'main', 'contentinfo']) {
        assert.equal(await page.getByRole(role).count(), 1, `one ${role} landmark`);
      }
      const unlabelled = await page.$$eval('input, select', (els) => els.filter((el) => !el.labels?.length
        && !el.getAttribute('aria-label')).map((el) => el.id || el.outerHTML));
      assert.deepEqual(unlabelled, []);
      const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.filter((h) => h.offsetParent !== null
        && !h.closest('dialog')).map((h) => +h.tagName[1]));
      assert.equal(levels[0], 1);
      assert.equal(levels.filter((l) => l === 1).length, 1);
      for (let i = 1; i < levels.length; i++) assert.ok(levels[i] <= levels[i - 1] + 1, `heading order ${levels}`);

      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => document.activeElement.closest('#danh-sach') !== null), 'skip link leads to the list');
      const id = await page.evaluate(() => document.activeElement.dataset.event);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#the-su-kien[open]');
      await page.keyboard.press('Escape');
      await cardClosed(page);
      assert.equal(await page.evaluate(() => document.activeElement.dataset.event), id);

      // The timeline moves with the arrow keys and zooms with + and −.
      const view = () => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('view'));
      const span = (v) => { const [a, b] = v.split('~').map(Number); return b - a; };
      await page.focus('#dong-thoi-gian');
      const v0 = await view();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((v) => new URLSearchParams(location.hash.slice(1)).get('view') !== v, v0);
      const v1 = await view();
      if (v0) assert.ok(Math.abs(span(v1) - span(v0)) < 1000, 'moving keeps the zoom');
      await page.keyboard.press('+');
      await page.waitForFunction((v) => new URLSearchParams(location.hash.slice(1)).get('view') !== v, v1);
      assert.ok(Math.abs(span(await view()) / span(v1) - 0.5) < 0.01, '+ halves the window');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

describe('an article written to attack the page', () => {
  let xss;
  before(async () => {
    xss = await site('xss', [path.join(root, 'tests/web/data/xss.jsonl')]);
  });

  for (const bypassCSP of [true, false]) {
    test(`runs nothing and shows its characters${bypassCSP ? ' (even without the Content-Security-Policy)' : ''}`, async () => {
      assert.ok(xss.timeline.events.length >= 2, 'the pipeline found the hostile events');
      assert.ok(xss.timeline.events.some((e) => e.title.includes('<img src=x onerror=alert(1)>')));
      const { page, problems, dialogs, context } = await openPage(browser, xss.url, { ...DESKTOP, bypassCSP });
      try {
        const injected = () => page.$$eval('body img, body script, body svg, body iframe, body b', (els) => els.length);
        for (const e of xss.timeline.events) {
          await page.click(`#cac-su-kien a[data-event="${e.id}"]`);
          await page.waitForSelector('#the-su-kien[open]');
          assert.equal(await page.textContent('#the-tieu-de'), e.title);
          const text = await page.textContent('#the-su-kien');
          for (const s of e.sources) assert.ok(text.includes(s.sentence) && text.includes(s.title));
          if (!bypassCSP && e.title.includes('<img')) await page.screenshot({ path: path.join(screenshotDir(), 'xss-card.png') });
          await page.keyboard.press('Escape');
        }
        await page.waitForTimeout(300);
        assert.equal(await injected(), 0, 'no element came from the data');
        assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
        const listText = await page.textContent('#cac-su-kien');
        assert.ok(listText.includes('<img src=x onerror=alert(1)>') && listText.includes('<script>alert(2)</script>'));
        const drawn = await page.$$eval('.vis-timeline .item-title', (ts) => ts.map((t) => t.textContent).join(' '));
        assert.ok(drawn.includes('<img src=x onerror=alert(1)>'), 'the timeline shows the characters');
        assert.deepEqual(dialogs, [], 'no alert() ran');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('a timeline of 5,000 events', () => {
  let big;
  before(async () => {
    // The seeds' site with a generated timeline.json: 5,000 events over two years, 3 Thành đoàn with
    // 3 Quận đoàn each, and Trung ương Đoàn above them.
    const dir = scratchDir('large');
    cpSync(seeds.dir, dir, { recursive: true });
    const organisations = [{ id: 'trung-uong-doan', name: 'Trung ương Đoàn', aliases: [], color: '#C62828', feed: null, parent: null }];
    const colours = ['#1565C0', '#2E7D32', '#EF6C00', '#6A1B9A', '#00838F', '#AD1457', '#4E342E', '#283593', '#558B2F'];
    for (let t = 0; t < 3; t++) {
      const city = `thanh-doan-${t}`;
      organisations.push({ id: city, name: `Thành đoàn Số ${t}`, aliases: [], color: colours[t], feed: null, parent: 'trung-uong-doan' });
      for (let q = 0; q < 3; q++) {
        organisations.push({ id: `quan-doan-${t}-${q}`, name: `Quận đoàn ${t}.${q}`, aliases: [], color: colours[3 + q],
          feed: null, parent: city });
      }
    }
    const kinds = ['hội nghị', 'tổng kết', 'phát động', 'ra mắt', 'giao ban'];
    let seed = 42;
    const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const events = [];
    const first = Date.UTC(2023, 0, 1);
    for (let i = 0; i < 5000; i++) {
      const org = organisations[1 + Math.floor(random() * (organisations.length - 1))];
      const day = new Date(first + Math.floor(random() * 730) * 86400000);
      const start = day.toISOString().slice(0, 10);
      const end = new Date(day.getTime() + 86400000).toISOString().slice(0, 10);
      const kind = kinds[i % kinds.length];
      const e = {
        id: i.toString(16).padStart(16, '0'), title: `Sự kiện số ${i}: ${kind} của ${org.name}`, start, end, all_day: true,
        part_of_day: null, precision: 'day', organisations: [org.id], location: null, kind,
        status: i % 13 === 0 ? 'tentative' : i % 17 === 0 ? 'cancelled' : 'confirmed', confidence: 0.9,
        value: start, provenance: 'publication',
        sources: [{ article: `a${i}`, title: `Bài ${i}`, url: `https://example.org/${i}`, published: start,
          sentence: `Ngày ${start}, ${org.name} tổ chức ${kind} số ${i}.`, start: 0, end: 10 }],
      };
      // Some of every shape: several days, a month, a clock time, no organisation.
      if (i % 97 === 1) Object.assign(e, { end: new Date(day.getTime() + 3 * 86400000).toISOString().slice(0, 10), value: `${start}/${end}` });
      if (i % 211 === 2) Object.assign(e, { start: start.slice(0, 7), end: start.slice(0, 7), precision: 'month', value: start.slice(0, 7) });
      if (i % 89 === 3) Object.assign(e, { start: `${start}T08:30:00+07:00`, end: `${start}T08:30:00+07:00`, all_day: false, precision: 'minute', value: `${start}T08:30` });
      if (i % 301 === 4) e.organisations = [];
      events.push(e);
    }
    events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
    writeFileSync(path.join(dir, 'timeline.json'), JSON.stringify({ generated: '2024-12-31', organisations, events }));
    const server = await serve(dir);
    servers.push(server);
    big = { dir, url: server.url, events };
  });

  test('stays responsive: a bounded number of items drawn, the list a page at a time, search still quick', async () => {
    const { page, problems, context } = await openPage(browser, null, DESKTOP);
    try {
      const started = Date.now();
      await gotoReady(page, big.url);
      const loaded = Date.now() - started;
      assert.ok(loaded < 30000, `first view in ${loaded} ms`);
      const drawn = await page.locator('.vis-timeline .vis-item').count();
      assert.ok(drawn > 0 && drawn <= 600, `${drawn} timeline items in the DOM`);
      assert.equal(await page.locator('#cac-su-kien li.event').count(), 50);
      assert.equal(await page.textContent('#dem'), '5000 sự kiện');
      await page.click('#hien-them');
      assert.equal(await page.locator('#cac-su-kien li.event').count(), 100);
      assert.ok(await page.evaluate(() => document.activeElement.closest('li.event') !== null), 'focus on the first new item');

      await page.fill('#q', 'số 4321:');
      await page.waitForFunction(() => document.querySelectorAll('#cac-su-kien li.event').length === 1, null, { timeout: 10000 });
      await page.fill('#q', '');
      await page.selectOption('#loc-to-chuc', 'thanh-doan-1');
      const expected = big.events.filter((e) => /^(thanh-doan-1|quan-doan-1-\d)$/.test(e.organisations[0] || '')).length;
      await page.waitForFunction((n) => document.getElementById('dem').textContent.startsWith(`Đang hiện ${n} `), expected);
      await page.click('#thu-nho');
      await page.click('#thu-nho');
      await page.waitForTimeout(300);
      const zoomedOut = await page.locator('.vis-timeline .vis-item').count();
      assert.ok(zoomedOut <= 600, `${zoomedOut} items once zoomed out (clustered)`);
      await page.screenshot({ path: path.join(screenshotDir(), 'large-5000.png') });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
      assert.deepEqual(problems, []);
      console.log(`# 5,000 events: ready in ${loaded} ms, ${drawn} items drawn, ${zoomedOut} zoomed out`);
    } finally {
      await context.close();
    }
  });
});
