// The project's booklet.html opened in Chromium: the CJK fonts load, no Han text falls back to another
// font, and the CJK rules of the stylesheet are in force (cjk-print-rules B1, B2, C1, D1, D6, E1, G4, G5).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { renderHtml } from '../../src/html/render-html.js';
import { openOutput } from '../../src/output.js';
import { launchBrowser } from '../../src/paginate/browser.js';
import { FONT_FACES } from '../../src/html/fonts.js';
import { ROOT } from '../helpers.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { linkFonts, subsetFonts } from '../../src/html/subset-fonts.js';

let browser: Browser;
let page: Page;
let dir: string;

before(async () => {
  browser = (await launchBrowser()).browser;
  page = await browser.newPage();
  dir = await mkdtemp(join(tmpdir(), 'booklet-browser-'));
  const booklet = await loadBooklet(join(ROOT, 'manuscripts'));
  const rendered = await renderHtml(booklet, await readManuscripts(booklet, ROOT));
  // The subset fonts, as the build ships them.
  const fonts = await subsetFonts(rendered.html, join(dir, '.cache'), { retainGids: false }, booklet.faces);
  const output = await openOutput(dir);
  await output.copyAssets(fonts);
  await output.write('booklet.html', linkFonts(rendered.html, fonts));
  await output.commit();
  await page.goto(pathToFileURL(join(dir, 'booklet.html')).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
});

after(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

test('every font face loads from its TrueType file', async () => {
  const faces = await page.evaluate(() => [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.status}`));
  assert.deepEqual(
    faces.sort(),
    FONT_FACES.map((f) => `${f.family} ${f.weight} loaded`).sort(),
  );
});

test('all Han text is drawn by the booklet’s Noto SC web fonts, with no fallback font', async () => {
  const cdp = await page.createCDPSession();
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'body *' });
  const used = new Map<string, number>();
  let checked = 0;
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) {
      const key = `${font.postScriptName}|${font.isCustomFont ? 'web font' : 'system font'}`;
      used.set(key, (used.get(key) ?? 0) + font.glyphCount);
      checked += font.glyphCount;
    }
  }
  assert.ok(checked > 10_000, `glyphs checked: ${checked}`);
  // Exactly the four faces the booklet loads, all as web fonts: no system font drew anything.
  assert.deepEqual([...used.keys()].sort(), FONT_FACES.map((f) => `${f.postScriptName}|web font`).sort());
});

test('the document is zh-Hans, and body paragraphs follow the CJK rules', async () => {
  const facts = await page.evaluate(() => {
    const p = document.querySelector('.article p[data-line]')!;
    const style = getComputedStyle(p);
    const fontSize = parseFloat(style.fontSize);
    return {
      lang: document.documentElement.lang,
      indent: parseFloat(style.textIndent) / fontSize,
      align: style.textAlign,
      lineBreak: style.lineBreak,
      autospace: style.getPropertyValue('text-autospace'),
      lineHeight: parseFloat(style.lineHeight) / fontSize,
      fontSize,
      family: style.fontFamily,
      italicHan: [...document.querySelectorAll('body *')].filter(
        (el) => getComputedStyle(el).fontStyle !== 'normal' && /[\u4e00-\u9fff]/.test(el.textContent ?? ''),
      ).length,
    };
  });
  assert.equal(facts.lang, 'zh-Hans');
  assert.equal(facts.indent, 2);
  assert.equal(facts.align, 'justify');
  assert.equal(facts.lineBreak, 'strict');
  assert.equal(facts.autospace, 'normal');
  assert.ok(facts.lineHeight >= 1.5 && facts.lineHeight <= 2, `line height ${facts.lineHeight}`);
  assert.equal(facts.fontSize, 14); // 10.5pt
  assert.match(facts.family, /^"Noto Serif SC"/);
  assert.equal(facts.italicHan, 0);
});

test('quotation marks are full width (1 em) where no other mark is next to them', async () => {
  const widths = await page.evaluate(() => {
    const out: { ch: string; em: number }[] = [];
    for (const p of document.querySelectorAll('.article p')) {
      const size = parseFloat(getComputedStyle(p).fontSize);
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        for (let i = 0; i < node.data.length; i++) {
          const ch = node.data[i]!;
          if (!'“”‘’'.includes(ch)) continue;
          const near = (node.data[i - 1] ?? '') + (node.data[i + 1] ?? '');
          if (/[“”‘’。，、；：？！（）《》]/.test(near)) continue; // compressed pairs are 0.5 em by design
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          out.push({ ch, em: range.getBoundingClientRect().width / size });
        }
      }
    }
    return out;
  });
  assert.ok(widths.length > 20, `quotes measured: ${widths.length}`);
  for (const w of widths) assert.ok(Math.abs(w.em - 1) < 0.02, `${w.ch} is ${w.em.toFixed(3)} em`);
});

test('the measure is a whole number of characters (28 at A5)', async () => {
  const chars = await page.evaluate(() => {
    const p = document.querySelector('.article p[data-line]')!;
    return parseFloat(getComputedStyle(document.body).maxWidth) / parseFloat(getComputedStyle(p).fontSize);
  });
  assert.equal(chars, 28);
});
