// What the user writes cannot leave the place it is written into: a title or a stylesheet cannot end the
// booklet's <style> element, and the typeset HTML carries a Content-Security-Policy that lets no script
// run but Paged.js (loaded as the build loads it) and lets the page connect nowhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Browser } from 'puppeteer-core';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { renderHtml } from '../../src/html/render-html.js';
import { cssString } from '../../src/html/css-string.js';
import { linkFonts, subsetFonts } from '../../src/html/subset-fonts.js';
import { openOutput } from '../../src/output.js';
import { launchBrowser } from '../../src/paginate/browser.js';
import { PAGED_POLYFILL } from '../../src/paginate/page-scripts.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';

const TITLE = '读本</style><script>window.pwned = 1</script><style>';
let browser: Browser;
let dir: string;

before(async () => {
  browser = (await launchBrowser()).browser;
  dir = await mkdtemp(join(tmpdir(), 'booklet-inject-'));
});

after(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A one-article booklet in a folder of its own, typeset and written out with its fonts. */
async function typeset(name: string, yaml: string, files: Record<string, string> = {}): Promise<string> {
  const book = join(dir, name);
  const out = join(book, 'out');
  await rm(book, { recursive: true, force: true });
  await openOutput(out).then((o) => o.commit());
  await writeFile(join(book, 'booklet.yaml'), `${yaml}\ncompiler: 测试组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n`);
  await writeFile(join(book, '01-a.md'), '---\ntitle: 第一篇\n---\n\n学习读本的正文。\n');
  for (const [file, text] of Object.entries(files)) await writeFile(join(book, file), text);
  const booklet = await loadBooklet(book);
  const rendered = await renderHtml(booklet, await readManuscripts(booklet, book));
  const fonts = await subsetFonts(rendered.html, join(out, '.cache'), { retainGids: false }, booklet.faces);
  const output = await openOutput(out);
  await output.copyAssets(fonts);
  await output.write('booklet.html', linkFonts(rendered.html, fonts));
  await output.commit();
  return join(out, 'booklet.html');
}

test('cssString escapes what could end a CSS string or a <style> element', () => {
  assert.equal(cssString('a"b\\c'), '"a\\22 b\\5c c"');
  assert.equal(cssString('</style>&'), '"\\3c /style\\3e \\26 "');
  assert.equal(cssString('x\u001b[2J\n\u0085'), '"x\\1b [2J\\a \\85 "');
  assert.equal(cssString('学习读本'), '"学习读本"');
});

test('a title with </style><script> stays inside its CSS string: no script, the running head reads the title', async () => {
  const file = await typeset('title', `title: ${JSON.stringify(TITLE)}`);
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const facts = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned,
      scripts: document.scripts.length,
      styles: document.querySelectorAll('head style').length,
      title: getComputedStyle(document.documentElement).getPropertyValue('--booklet-title'),
    }));
    assert.equal(facts.pwned, undefined);
    assert.equal(facts.scripts, 0);
    // The built-in stylesheets and the theme's (classic: print.css and the cover.css it imports), none split.
    const declared = ((await readFile(file, 'utf8')).match(/<style data-style="/g) ?? []).length;
    assert.equal(declared, 7);
    assert.equal(facts.styles, declared, 'no style element made or split by the title');
    // The custom property holds the escaped string as written; what it means is the title.
    assert.equal(JSON.parse(facts.title.trim().replace(/\\([0-9a-f]+) /g, (_, hex: string) => `\\u${hex.padStart(4, '0')}`)), TITLE);
  } finally {
    await page.close();
  }
});

test('a user stylesheet with </style is refused at its line and column', async () => {
  const css = 'p { color: red; }\n  /* </STYLE><script>alert(1)</script> */\n';
  const error = await typeset('user-css', 'title: 读本\nstyles:\n  - user.css', { 'user.css': css }).catch((e: unknown) => e);
  assert.ok(error instanceof BookletError, String(error));
  const line = formatMessage(error.messages[0]!, dir);
  assert.match(line, /^user-css\/user\.css:2:6 error Stylesheet contains `<\/style`/);
  assert.match(line, /  stylesheet\n  hint: /);
});

test('the typeset HTML lets Paged.js load and the fonts, but runs no other script and connects nowhere', async () => {
  const file = await typeset('policy', 'title: 读本');
  const { readFile } = await import('node:fs/promises');
  // A script that got into the page past every other defence (as a broken-out title once did).
  const html = (await readFile(file, 'utf8')).replace('</head>', '<script>window.pwned = 1</script></head>');
  await writeFile(file, html);
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined, 'the inline script did not run');
    // As pagedjs.ts loads Paged.js: a <script src> of its file.
    await page.evaluate(() => void ((window as unknown as { PagedConfig: object }).PagedConfig = { auto: false }));
    await page.addScriptTag({ url: pathToFileURL(PAGED_POLYFILL).href });
    assert.equal(await page.evaluate(() => typeof (window as unknown as { PagedPolyfill?: object }).PagedPolyfill), 'object', 'Paged.js loaded');
    const fonts = await page.evaluate(() => [...document.fonts].map((f) => f.status));
    assert.ok(fonts.length > 0 && fonts.every((s) => s === 'loaded'), `fonts: ${fonts.join(', ')}`);
    const refused = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
      try {
        new WebSocket('ws://127.0.0.1:9/');
      } catch {
        seen.push('connect-src');
      }
      await fetch('http://127.0.0.1:9/').catch(() => undefined);
      const img = new Image();
      img.src = 'http://127.0.0.1:9/x.png';
      document.body.append(img);
      await new Promise((done) => setTimeout(done, 300));
      return [...new Set(seen)].sort();
    });
    assert.deepEqual(refused, ['connect-src', 'img-src']);
  } finally {
    await page.close();
  }
});
