// `booklet preview` in Chinese (issue 20, item 3): the server words the panel's words and sends them in
// the page (client.ts, in the browser, has no catalogue); the panel, its groups and items, and the error
// page shown in place of a broken booklet read in Chinese. booklet.yaml's ui: counts as for the terminal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../src/paginate/browser.js';
import { startPreview, type PreviewServer } from '../../src/preview/server.js';
import type { PanelWords } from '../../src/preview/client.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { terminalLanguage } from '../../src/ui/terminal-language.js';
import { ROOT } from '../helpers.js';

let dir: string;
let preview: PreviewServer;
let browser: Browser;
let page: Page;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-preview-zh-'));
  await cp(join(ROOT, 'manuscripts'), join(dir, 'manuscripts'), { recursive: true });
  // Lines that may break anywhere put punctuation at line starts: proof findings for the panel to list.
  await writeFile(join(dir, 'manuscripts', 'loose.css'), 'p { line-break: anywhere; }\n');
  const config = join(dir, 'manuscripts', 'booklet.yaml');
  await writeFile(config, `${await readFile(config, 'utf8')}styles:\n  - loose.css\n`);
  preview = await startPreview({ dir: join(dir, 'manuscripts'), out: join(dir, 'output'), port: 0, reporter: createMemoryReporter(), language: terminalLanguage(['--ui', 'zh'], {}) });
  browser = (await launchBrowser()).browser;
  page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
});

after(async () => {
  await browser?.close();
  await preview?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The words the page is given, from the document the server sends. */
async function wordsOf(url: string): Promise<PanelWords> {
  const html = await (await fetch(url)).text();
  const json = /<script type="application\/json" id="booklet-preview">(.*?)<\/script>/.exec(html)?.[1];
  assert.ok(json, 'the page is told its configuration');
  return (JSON.parse(json) as { words: PanelWords }).words;
}

test('the page is sent the panel’s words in Chinese, their values left for the page to fill in', async () => {
  const words = await wordsOf(preview.url);
  assert.deepEqual(words, {
    lang: 'zh-Hans',
    heading: '共 {count} 条问题，可见的页面上有 {n} 条',
    headingOne: '共 1 条问题，可见的页面上有 {n} 条',
    note: '稿件检查：整本读本。校对检查：全书 {pages} 页，每页进入视野时检查。',
    book: '整本读本',
    page: '第 {page} 页（页码 {folio}）',
    lint: '稿件检查',
    proof: '校对',
    failed: '预览失败：{detail}',
  });
});

test('the panel lists the findings in Chinese', async () => {
  await page.goto(preview.url);
  await page.waitForFunction(() => document.documentElement.dataset['bookletPreview'] === 'ready', { timeout: 60_000 });
  // Look at the pages until one with a proof finding is in view.
  const count = await page.$$eval('.pagedjs_page', (pages) => pages.length);
  let found = 0;
  for (let n = 1; n <= count && !found; n++) {
    await page.evaluate((i: number) => document.querySelectorAll('.pagedjs_page')[i - 1]!.scrollIntoView(), n);
    await page.waitForFunction((i: number) => Number(document.documentElement.dataset['bookletChecked']) >= i, { timeout: 10_000 }, n);
    found = await page.evaluate(() => {
      const item = [...document.querySelectorAll<HTMLElement>('#booklet-panel .booklet-item')].find((li) => li.innerText.includes('line-start'));
      return item ? Number(item.dataset['page']) : 0;
    });
  }
  assert.ok(found > 0, 'a page with a line-start finding');
  const panel = await page.$eval('#booklet-panel', (el) => ({ text: (el as HTMLElement).innerText, lang: el.getAttribute('lang') }));
  assert.equal(panel.lang, 'zh-Hans');
  assert.match(panel.text, /^共 \d+ 条问题，可见的页面上有 \d+ 条\n/);
  assert.match(panel.text, new RegExp(`稿件检查：整本读本。校对检查：全书 ${count} 页，每页进入视野时检查。`));
  assert.match(panel.text, new RegExp(`第 ${found} 页（页码 \\d+）`));
  // A proof finding: its message, the excerpt worded around it, and where and what found it.
  assert.match(panel.text, /。原文：“[^\n]*”\n[^\n]*\.md:\d+ · 校对 line-start/);
  assert.doesNotMatch(panel.text, /\b(findings?|on the pages in view|Lint:|Proof checks|Page \d+ \(folio|The booklet|proof line-start)\b/);
  // The block the finding is about carries it as its title, as the panel words it.
  const titles = await page.$$eval('.booklet-flagged', (blocks) => blocks.map((b) => (b as HTMLElement).title).join('\n'));
  assert.match(titles, /。原文：“/);
});

test('a broken manuscript shows its error page in Chinese', async () => {
  const file = join(dir, 'manuscripts', '02-heyuan.md');
  const text = await readFile(file, 'utf8');
  const before = preview.version();
  const updated = preview.updated();
  await writeFile(file, text.replace(/^---\n/, '---\ntitle: [never closed\n'));
  await updated;
  assert.ok(preview.version() > before);
  const html = await (await fetch(preview.url)).text();
  assert.match(html, /<html lang="zh-Hans">/);
  assert.match(html, /<title>booklet：\d+ 个错误<\/title>/);
  assert.match(html, /<h1>读本无法排版<\/h1>/);
  assert.match(html, /<code>[^<]*02-heyuan\.md:[2-4]:\d+ 错误 /);
  assert.match(html, /<p>改正文件并保存，预览会自动恢复。<\/p>/);
  const back = preview.updated();
  await writeFile(file, text);
  await back;
});

test('booklet.yaml’s ui: zh words the page when the locale says English; --ui en over it', async () => {
  const book = join(dir, 'manuscripts');
  const config = join(book, 'booklet.yaml');
  const yaml = await readFile(config, 'utf8');
  await writeFile(config, `${yaml}ui: zh\n`);
  try {
    for (const [argv, heading] of [[[], '共 {count} 条问题，可见的页面上有 {n} 条'], [['--ui', 'en'], '{count} findings; {n} on the pages in view']] as const) {
      const other = await startPreview({ dir: book, out: join(dir, 'output'), port: 0, reporter: createMemoryReporter(), language: terminalLanguage([...argv], { LANG: 'en_US.UTF-8' }) });
      try {
        assert.equal((await wordsOf(other.url)).heading, heading, argv.join(' '));
      } finally {
        await other.close();
      }
    }
  } finally {
    await writeFile(config, yaml);
  }
});
