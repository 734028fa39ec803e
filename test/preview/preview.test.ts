// `booklet preview` as a writer uses it: the server on 127.0.0.1, the booklet laid out by Paged.js in a
// browser (headless Chromium here), numbered as the build numbers it, with lint and proof findings on
// their pages; an edit on disk shows in the page at the reader's place; a broken manuscript shows its
// error, and fixing it brings the booklet back; nothing outside the booklet's files is served.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { cp, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../src/paginate/browser.js';
import { startPreview, type PreviewServer } from '../../src/preview/server.js';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { ROOT } from '../helpers.js';

let dir: string;
let preview: PreviewServer;
let browser: Browser;
let page: Page;
const reporter = createMemoryReporter();

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-preview-'));
  await cp(join(ROOT, 'manuscripts'), join(dir, 'manuscripts'), { recursive: true });
  // Lines that may break anywhere put punctuation at line starts: proof findings for the preview to show.
  await writeFile(join(dir, 'manuscripts', 'loose.css'), 'p { line-break: anywhere; }\n');
  const config = join(dir, 'manuscripts', 'booklet.yaml');
  await writeFile(config, `${await readFile(config, 'utf8')}styles:\n  - loose.css\n`);
  preview = await startPreview({ dir: join(dir, 'manuscripts'), out: join(dir, 'output'), port: 0, reporter });
  browser = (await launchBrowser()).browser;
  page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
});

after(async () => {
  await browser?.close();
  await preview?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Wait until the page has laid out the booklet (or shown its errors) for a version after `after`. */
async function shown(after = 0): Promise<string> {
  await page.waitForFunction(
    (v: number) => {
      const config = JSON.parse(document.getElementById('booklet-preview')?.textContent ?? '{}') as { version?: number };
      return (config.version ?? 0) > v && (document.documentElement.dataset['bookletPreview'] === 'ready' || document.getElementById('booklet-errors') !== null);
    },
    { timeout: 30_000 },
    after,
  );
  return page.evaluate(() => (document.documentElement.dataset['bookletPreview'] === 'ready' ? 'booklet' : 'errors'));
}

const version = () => page.evaluate(() => (JSON.parse(document.getElementById('booklet-preview')!.textContent!) as { version: number }).version);

/** The page (1-based) at the top of the window. */
const pageInView = () => page.evaluate(() => [...document.querySelectorAll('.pagedjs_page')].findIndex((p) => p.getBoundingClientRect().bottom > 0) + 1);

test('the preview lays the booklet out with the pages and numbers of the built PDF', async () => {
  assert.match(preview.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  await page.goto(preview.url);
  assert.equal(await shown(), 'booklet');
  const laidOut = await page.evaluate(() => ({
    pages: document.querySelectorAll('.pagedjs_page').length,
    toc: [...document.querySelectorAll<HTMLElement>('.pagedjs_page_content .toc a')].map((a) => Number(a.dataset['page'])),
    folios: [...document.querySelectorAll<HTMLElement>('.pagedjs_page')].map((p) => Number(p.dataset['bookletFolio'])),
  }));
  const built = await build({ dir: join(dir, 'manuscripts'), out: join(dir, 'built'), editions: ['html', 'screen'], reporter: createMemoryReporter(), lint: false });
  const pagination = built.pagination!;
  assert.equal(laidOut.pages, pagination.pages.length, 'as many pages as the PDF');
  assert.deepEqual(laidOut.toc, pagination.toc.map((t) => t.shown), 'the contents show the PDF’s page numbers');
  assert.deepEqual(laidOut.folios, pagination.pages.map((p) => p.counter), 'every page has the PDF’s number');
});

test('the preview page connects only to its own server and runs no script but its own', async () => {
  const { port } = new URL(preview.url);
  const response = await fetch(preview.url);
  const header = response.headers.get('content-security-policy') ?? '';
  assert.match(header, /connect-src 'self'/);
  assert.match(header, /script-src 'self'(;|$)/);
  assert.equal(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')), header, 'and as a <meta>, the same');
  const refused = await page.evaluate(async (own: string) => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    await fetch(`http://localhost:${own}/__booklet/preview.js`).catch(() => undefined);
    new WebSocket('ws://127.0.0.1:9/');
    const script = document.createElement('script');
    script.textContent = 'window.pwned = 1';
    document.head.append(script);
    await fetch('/__booklet/preview.js');
    await new Promise((done) => setTimeout(done, 300));
    // Reported once by the header's policy and once by the <meta>'s.
    return { seen: [...new Set(seen)].sort(), pwned: (window as unknown as { pwned?: number }).pwned ?? null };
  }, port);
  assert.deepEqual(refused, { seen: [`connect-src http://localhost:${port}/__booklet/preview.js`, 'connect-src ws://127.0.0.1:9/', 'script-src-elem inline'], pwned: null });
});

test('lint and proof findings are on the pages they are about, listed for the pages in view', async () => {
  // The proof checks run on the pages as they come into view: look at every page once.
  const count = await page.$$eval('.pagedjs_page', (pages) => pages.length);
  for (let n = 1; n <= count; n++) {
    await page.evaluate((i: number) => document.querySelectorAll('.pagedjs_page')[i - 1]!.scrollIntoView(), n);
    await page.waitForFunction((i: number) => Number(document.documentElement.dataset['bookletChecked']) >= i, { timeout: 10_000 }, Math.min(n, count));
  }
  const findings = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.pagedjs_page')].map((p) => ({ badge: p.querySelector('.booklet-badge')?.textContent ?? '', flagged: [...p.querySelectorAll<HTMLElement>('.booklet-flagged')].map((b) => b.title) })),
  );
  // The heading-sequence warning (02-heyuan.md line 40): on the page where that heading is.
  const heading = await page.evaluate(() => {
    const h = [...document.querySelectorAll<HTMLElement>('.pagedjs_page_content [data-line="40"]')].find((el) => el.closest('[data-source]')?.getAttribute('data-source')?.endsWith('02-heyuan.md'));
    return h ? [...document.querySelectorAll('.pagedjs_page')].indexOf(h.closest('.pagedjs_page')!) + 1 : 0;
  });
  assert.ok(heading > 0, 'the heading of line 40 is laid out');
  assert.ok(findings[heading - 1]!.flagged.some((t) => /Heading numbered 3 follows 1/.test(t)), 'the heading is marked with the lint warning');
  // line-break: anywhere lets a line start with a comma or a stop: the proof check says so, on its page.
  const lineStarts = findings.flatMap((f, i) => (f.flagged.some((t) => /Line starts with “[，。、；：）”]”/.test(t)) ? [i + 1] : []));
  assert.ok(lineStarts.length > 0, 'some line starts with a stop mark, and its paragraph is marked');
  const first = lineStarts[0]!;
  assert.ok(Number(findings[first - 1]!.badge) > 0, 'its page has a badge');
  // The panel lists the findings of the pages on screen: scroll that page into view.
  await page.evaluate((n: number) => document.querySelectorAll('.pagedjs_page')[n - 1]!.scrollIntoView(), first);
  await page.waitForFunction((n: number) => document.querySelector(`#booklet-panel .booklet-item[data-page="${n}"]`) !== null, { timeout: 5_000 }, first);
  const panel = await page.$eval('#booklet-panel', (el) => (el as HTMLElement).innerText);
  assert.match(panel, new RegExp(`Page ${first} \\(folio \\d+\\)`));
  assert.match(panel, /Line starts with “[，。、；：）”]”[\s\S]*proof line-start/);
  // Only those: every item listed is on a page in the window.
  const listed = await page.evaluate(() => {
    const inView = [...document.querySelectorAll('.pagedjs_page')].flatMap((p, i) => {
      const box = p.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight ? [i + 1] : [];
    });
    const items = [...document.querySelectorAll<HTMLElement>('#booklet-panel .booklet-item')].map((li) => Number(li.dataset['page']));
    return { inView, items };
  });
  assert.ok(listed.items.length > 0 && listed.items.every((n) => listed.inView.includes(n)), JSON.stringify(listed));
});

test('an edit on disk shows in the page, at the same place', async () => {
  const before = await version();
  // Read on from the middle of the book.
  await page.evaluate(() => document.querySelectorAll('.pagedjs_page')[13]!.scrollIntoView());
  await new Promise((done) => setTimeout(done, 200));
  const place = await pageInView();
  assert.equal(place, 14);
  const file = join(dir, 'manuscripts', '01-ai.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('党的十八大以来', '党的十八大以来（预览改动）'));
  assert.equal(await shown(before), 'booklet');
  assert.ok((await page.evaluate(() => document.body.textContent ?? '')).includes('（预览改动）'), 'the new text is in the page');
  assert.equal(await pageInView(), place, 'the reader is on the same page');
  await writeFile(file, text);
  await shown(before + 1);
});

test('a broken manuscript shows its error in the page; fixing it brings the booklet back', async () => {
  const file = join(dir, 'manuscripts', '02-heyuan.md');
  const text = await readFile(file, 'utf8');
  const broken = await version();
  await writeFile(file, text.replace(/^---\n/, '---\ntitle: [never closed\n'));
  assert.equal(await shown(broken), 'errors');
  const error = await page.$eval('#booklet-errors', (el) => (el as HTMLElement).innerText);
  // YAML places the error at the line where the unclosed list must end.
  assert.match(error, /02-heyuan\.md:[2-4]:\d+ error Invalid YAML/, 'the error names the file and line');
  assert.match(error, /\n[2-4] \| \S/, 'and shows the line');
  await writeFile(file, text);
  assert.equal(await shown(broken + 1), 'booklet');
  assert.ok((await page.$$('.pagedjs_page')).length > 20, 'the booklet is back without a restart');
});

/** A raw request, its path sent as written (no normalising). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string }> {
  const { port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

test('the server refuses paths outside the booklet, other hosts and other origins', async (t) => {
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/fonts/../../package.json', '/..%2f..%2fpackage.json', '/fonts/..\\..\\package.json']) {
    const answer = await get(path);
    assert.equal(answer.status, 403, path);
    assert.doesNotMatch(answer.body, /"name"|puppeteer/, `${path}: nothing of the file`);
  }
  for (const path of ['/package.json', '/manuscripts/01-ai.md', '/01-ai.md', '/booklet.yaml', '/etc/passwd', '/fonts/other.ttf']) {
    assert.equal((await get(path)).status, 404, path);
  }
  assert.equal((await get('/fonts/NotoSerifSC-Regular.ttf')).status, 200, 'its own font is served');
  assert.equal((await get('/', { host: `attacker.example:${new URL(preview.url).port}` })).status, 403, 'another host name (DNS rebinding)');
  const port = new URL(preview.url).port;
  const json = { 'content-type': 'application/json' };
  const current = preview.version();
  const findings = `/__booklet/findings?version=${current}`;
  assert.equal((await get(findings, { ...json, origin: 'http://attacker.example' }, 'POST')).status, 403, 'a post from a site elsewhere');
  assert.equal((await get(findings, { ...json, origin: `http://10.9.8.7:${port}` }, 'POST')).status, 403, 'a post from another address with this port');
  assert.equal((await get(findings, { 'content-type': 'text/plain' }, 'POST')).status, 415, 'a post that is not JSON (no preflight)');
  assert.equal((await get(`/__booklet/numbers?version=${current - 1}`, json, 'POST')).status, 409, 'a page laid out from an older state');
  assert.equal((await get(`/__booklet/numbers?version=${current}`, { ...json, origin: `http://127.0.0.1:${port}` }, 'POST')).status, 400, 'its own page, with a body that is not page facts');
  // Bound to the loopback address only: another address of this machine does not answer.
  const other = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
  if (other) {
    const reached = await new Promise<boolean>((resolve) => {
      const req = request({ host: other.address, port: new URL(preview.url).port, path: '/', timeout: 2_000 }, () => resolve(true));
      req.on('error', () => resolve(false));
      req.on('timeout', () => (req.destroy(), resolve(false)));
      req.end();
    });
    assert.equal(reached, false, `not reachable on ${other.address}`);
  } else {
    t.diagnostic('no other IPv4 address on this machine: the loopback-only binding is not checked');
  }
});
