// What the browser tests share: building a site with the biennien binary, serving a folder on
// 127.0.0.1 with `python3 -m http.server` (as the README tells users to), and Debian's Chromium driven
// by playwright-core (no browser download).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const chromiumPath = process.env.BIENNIEN_CHROMIUM || '/usr/bin/chromium';

// The biennien binary: $BIENNIEN (set by CTest), else the debug build.
export function binary() {
  const candidates = [process.env.BIENNIEN, path.join(root, 'build/debug/biennien')].filter(Boolean);
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`no biennien binary (tried ${candidates.join(', ')}); build first or set BIENNIEN`);
  return found;
}

const scratch = [];
export function scratchDir(name) {
  const dir = mkdtempSync(path.join(tmpdir(), `biennien-web-${name}-`));
  scratch.push(dir);
  return dir;
}
export function cleanScratch() {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// `biennien build --out DIR inputs...`; returns DIR.
export function buildSite(name, inputs) {
  const out = scratchDir(name);
  execFileSync(binary(), ['build', '--out', out, ...inputs], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

// Serves `dir` on 127.0.0.1 with a free port; resolves to {url, close()}.
export function serve(dir) {
  return new Promise((resolve, reject) => {
    const server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      server.kill();
      reject(new Error(`http.server did not start: ${output}`));
    }, 15000);
    const onData = (chunk) => {
      output += chunk;
      const match = /port (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        server.stdout.off('data', onData);
        resolve({
          url: `http://127.0.0.1:${match[1]}/`,
          close: () => new Promise((done) => {
            server.once('exit', done);
            server.kill();
          }),
        });
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', () => {});  // the request log
    server.on('error', reject);
  });
}

// Chromium, headless, with the flags this machine needs (no sandbox as root, no background traffic).
export async function launch() {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: run scripts/install-deps --test`);
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new Error('playwright-core is missing: run scripts/install-deps --test (npm ci in tests/web)');
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

// A page that records console errors, uncaught exceptions, failed requests and dialogs (alert()).
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ locale: 'vi-VN', acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  const dialogs = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    // Warnings count too, but for vis-timeline's notice when a redraw happens before layout settles
    // (seen on a loaded machine; it draws right on the next frame).
    if (m.type() === 'warning' && !/Limited drawing of grid lines/.test(m.text())) problems.push(`console warning: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => { if (!r.url().startsWith('blob:')) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  if (url) await gotoReady(page, url);
  return { context, page, problems, dialogs };
}

// Navigates and waits until the page has drawn its data.
export async function gotoReady(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60000 });
}

// Where screenshots go: $BIENNIEN_WEB_SCREENSHOTS (set by CTest), else build/web-screenshots.
export function screenshotDir() {
  const dir = process.env.BIENNIEN_WEB_SCREENSHOTS || path.join(root, 'build/web-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
