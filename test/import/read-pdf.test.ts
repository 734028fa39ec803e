// The PDF reader on PDFs printed by Chromium from known text (pdf-fixtures.ts): a newspaper of four
// columns, a book with a running head and folios; and the PDFs it cannot read: a scan, a PDF cut short,
// one damaged inside, one locked by a password, a file that is not a PDF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, type Chromium } from '../../src/paginate/browser.js';
import { readPdf } from '../../src/import/read-pdf.js';
import type { SourceDocument, SourceLine } from '../../src/import/source.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';
import { say } from '../../src/ui/catalogue.js';
import { BOOK_HEAD, bookHtml, firstArticle, lockPdf, newspaperHtml, ownerLockedPdf, PAPER, printPdf, scanHtml, sourceArticles, twoArticlesHtml, withSystemFont, type Article } from './pdf-fixtures.js';

let chromium: Chromium | undefined;
let browser: Browser;
let dir: string;
let article: Article;
let newspaper: string;
let book: string;
let scan: string;
let paper: SourceDocument;
const progress: [number, number][] = [];

before(async () => {
  chromium = await launchBrowser();
  browser = chromium.browser;
  dir = await mkdtemp(join(tmpdir(), 'booklet-pdf-'));
  article = firstArticle();
  newspaper = await printPdf(browser, dir, 'newspaper', newspaperHtml(article));
  book = await printPdf(browser, dir, 'book', bookHtml(article));
  scan = await printPdf(browser, dir, 'scan', await scanHtml(dir));
  paper = await readPdf(newspaper, { progress: (done, total) => progress.push([done, total]) });
});

after(async () => {
  await chromium?.release();
  await rm(dir, { recursive: true, force: true });
});

const bare = (s: string) => s.replace(/\s+/g, '');
const sentencesOf = (text: string) => text.match(/[^。！？]+[。！？”）)]*/gu) ?? [];
const knownText = (a: Article) => [a.title, a.subtitle, a.byline, ...a.blocks.map((b) => b.text)].filter((t) => t !== '');

/** Every sentence of `texts`, found in order in the lines' text (spaces aside). */
function assertInOrder(doc: SourceDocument, texts: string[], least = 20): void {
  const all = bare(doc.lines!.map((l) => l.text).join(''));
  let at = 0;
  let n = 0;
  for (const sentence of texts.flatMap(sentencesOf).map(bare)) {
    const found = all.indexOf(sentence, at);
    assert.ok(found >= 0, `sentence ${n + 1} in order: ${sentence}\n(next text: ${all.slice(at, at + 80)})`);
    at = found + sentence.length;
    n++;
  }
  assert.ok(n >= least, `${n} sentences`);
  // Nothing more than the text: the lines hold the known text and nothing else.
  assert.equal(all.length, bare(texts.join('')).length, 'no text added, none repeated');
}

test('a newspaper of four columns: every sentence of the article, in reading order', () => {
  assert.equal(paper.kind, 'pdf');
  assert.equal(paper.title, article.title, 'the title of its metadata (Chromium takes the HTML’s <title>)');
  const pages = new Set(paper.lines!.map((l) => l.place.page));
  assert.ok(pages.size >= 2 && pages.size <= 3, `${pages.size} pages`);
  assertInOrder(paper, knownText(article));
});

test('the newspaper’s furniture is dropped, with why: the paper’s name, the date, the edition', () => {
  const text = paper.lines!.map((l) => l.text).join('\n');
  for (const furniture of [PAPER.name, PAPER.date, '第 1 版', '第 2 版']) assert.ok(!text.includes(furniture.replace(/ /g, '')) && !text.includes(furniture), `${furniture} is not in the lines`);
  const pages = new Set(paper.lines!.map((l) => l.place.page)).size;
  // (A space between two Han characters is the layout's, and is read as none: 3日 星期四 → 3日星期四.)
  const dropped = (why: string, match: RegExp) => paper.dropped.filter((d) => d.why === why && match.test(d.text));
  assert.equal(dropped('header', new RegExp(`^${PAPER.name}$`)).length, pages, 'the paper’s name on every page');
  assert.equal(dropped('header', new RegExp(`^${bare(PAPER.date)}$`)).length, pages, 'the date on every page');
  const folios = dropped('folio', /^第 ?\d+ ?版$/).map((d) => [d.text.replace(/\D/g, ''), d.place.page]);
  assert.deepEqual(folios, [...Array(pages).keys()].map((k) => [String(k + 1), k + 1]), 'each page’s edition, on its page');
  assert.equal(paper.dropped.length, 3 * pages, `nothing else dropped: ${paper.dropped.map((d) => d.text).join(' | ')}`);
});

test('the title is the largest type; the subtitle the next; the headings are bold and larger than the text', () => {
  const lines = paper.lines!;
  const title = lines.find((l) => l.text === article.title);
  assert.ok(title, 'the title is one line');
  assert.ok(lines.every((l) => l === title || l.size! < title.size!), 'no line larger than the title');
  assert.ok(Math.abs(title.size! - 30) < 0.2, `title at 30 pt: ${title.size}`);
  const subtitle = lines.find((l) => l.text === article.subtitle);
  assert.ok(subtitle && Math.abs(subtitle.size! - 16) < 0.2, `subtitle at 16 pt: ${subtitle?.size}`);
  assert.equal(title.bold, true, 'the title is bold');
  // The head's lines end paragraphs (the byline is not run into the text under it).
  assert.deepEqual([title, subtitle, lines.find((l) => l.text === article.byline)].map((l) => l?.end), ['blank', 'blank', 'blank']);
  assert.equal(subtitle.bold, false, 'the subtitle is not');
  for (const heading of article.blocks.filter((b) => b.kind === 'h2' || b.kind === 'bold')) {
    const own = linesOf(lines, heading.text);
    assert.ok(own.length >= 1, `heading on lines of its own: ${heading.text}`);
    for (const line of own) {
      assert.equal(line.bold, true, `heading bold: ${line.text}`);
      assert.equal(line.size, heading.kind === 'h2' ? 13 : 10.5);
    }
    // A heading over two lines is one paragraph: only its last line ends it.
    assert.deepEqual(own.map((l) => l.end ?? 'line').slice(0, -1), own.slice(1).map(() => 'line'), heading.text);
    assert.notEqual(own.at(-1)!.end ?? 'line', 'line', `a heading ends its paragraph: ${heading.text}`);
  }
  const body = lines.filter((l) => l.size === 10.5 && !l.bold && !l.spans);
  assert.ok(body.length > 200, `${body.length} lines of text, regular`);
});

test('run-in bold headings: the line that starts the paragraph is bold up to the heading’s end', () => {
  const runIns = article.blocks.filter((b) => b.runIn);
  assert.ok(runIns.length >= 8, `${runIns.length} run-in headings`);
  const all = paper.lines!;
  for (const block of runIns) {
    const line = all.find((l) => bare(block.runIn!).startsWith(bare(l.text)) || bare(l.text).startsWith(bare(block.runIn!)));
    assert.ok(line, `the run-in heading's line: ${block.runIn}`);
    // A heading longer than the line is bold all through it; the next line then starts bold.
    if (bare(line.text).length <= bare(block.runIn!).length) assert.equal(line.bold, true, block.runIn);
    else {
      assert.ok(line.spans, `a line of two weights: ${line.text}`);
      assert.equal(line.spans[0]!.bold, true);
      assert.equal(bare(line.spans[0]!.text), bare(block.runIn!).slice(0, bare(line.spans[0]!.text).length));
      assert.ok(bare(line.spans[0]!.text).endsWith('。'), `bold to its full stop: ${line.spans[0]!.text}`);
      assert.equal(line.spans[1]!.bold, false);
      assert.equal(line.spans.map((s) => s.text).join(''), line.text);
    }
  }
  // No bold where the text is regular.
  assert.ok(all.filter((l) => l.bold).every((l) => knownBold(article).some((b) => bare(b).includes(bare(l.text)))), 'bold lines are bold in the source');
});

/** The lines that hold exactly `text`, one after another. */
function linesOf(lines: readonly SourceLine[], text: string): SourceLine[] {
  for (let i = 0; i < lines.length; i++) {
    let joined = '';
    for (let j = i; j < lines.length && text.startsWith(joined + lines[j]!.text); j++) {
      joined += lines[j]!.text;
      if (joined === text) return lines.slice(i, j + 1);
    }
  }
  return [];
}

const knownBold = (a: Article) => [a.title, ...a.blocks.flatMap((b) => (b.kind === 'h2' || b.kind === 'bold' ? [b.text] : b.runIn ? [b.runIn] : []))];

test('lines carry their page and place, and paragraph ends; columns and pages end as such', () => {
  const lines = paper.lines!;
  for (const l of lines) assert.ok(l.place.page! >= 1 && l.place.x! >= 0 && l.place.y! > 0, JSON.stringify(l.place));
  const ends = (e: string) => lines.filter((l) => l.end === e).length;
  const pages = new Set(lines.map((l) => l.place.page)).size;
  assert.equal(ends('page'), pages, 'one page end a page');
  assert.ok(ends('column') >= 3 * (pages - 1), `column ends: ${ends('column')}`);
  // Every paragraph gap is the end of a paragraph of the source, and most paragraph ends are seen.
  const paragraphEnds = new Set(knownText(article).map((t) => bare(t).slice(-6)));
  const blanks = lines.filter((l) => l.end === 'blank');
  for (const l of blanks) assert.ok([...paragraphEnds].some((e) => bare(l.text).endsWith(e) || e.endsWith(bare(l.text))), `a paragraph ends at ${l.text}`);
  assert.ok(blanks.length >= 0.8 * (knownText(article).length - ends('column') - pages), `${blanks.length} paragraph ends of ${knownText(article).length}`);
  assert.deepEqual(progress, [...Array(pages).keys()].map((k) => [k + 1, pages]), 'progress after every page');
});

test('a book: the running head and the folios are dropped, the text kept in order', async () => {
  const doc = await readPdf(book);
  assertInOrder(doc, knownText(article));
  const pages = new Set(doc.lines!.map((l) => l.place.page)).size;
  assert.ok(pages >= 5, `${pages} pages`);
  assert.equal(doc.dropped.filter((d) => d.why === 'running-head' && d.text === BOOK_HEAD).length, pages, 'the running head on every page');
  assert.deepEqual(doc.dropped.filter((d) => d.why === 'folio').map((d) => d.text), [...Array(pages).keys()].map((k) => String(k + 1)));
  assert.equal(doc.dropped.length, 2 * pages);
  assert.ok(!doc.lines!.some((l) => l.text.includes(BOOK_HEAD)));
});

/** The message of the BookletError that `run` fails with, and its hint, in English and Chinese. */
async function failure(run: () => Promise<unknown>): Promise<{ en: string; zh: string; file: string }> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof BookletError, `a BookletError, not ${String(error)}`);
    const m = error.messages[0]!;
    return { en: formatMessage(m, '/', 'en'), zh: formatMessage(m, '/', 'zh'), file: String(m.file) };
  }
  assert.fail('it should have failed');
}

test('a scan (an image, no text layer): says so, and suggests OCR', async () => {
  const f = await failure(() => readPdf(scan));
  assert.match(f.en, /has no text layer: its page is an image \(a scan\?\)/);
  assert.match(f.en, /hint: .*ocrmypdf -l chi_sim/);
  assert.match(f.zh, /没有文字层/);
  assert.equal(f.file, scan);
});

test('a PDF cut short (a download that stopped): says so, and how to repair it', async () => {
  const bytes = await readFile(newspaper);
  const cut = join(dir, 'cut.pdf');
  await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const f = await failure(() => readPdf(cut));
  assert.match(f.en, new RegExp(`The PDF is cut short: its ${Math.floor(bytes.length / 2)} bytes end without the end-of-file mark`));
  assert.match(f.en, /hint: .*qpdf in\.pdf repaired\.pdf/);
  assert.equal(f.file, cut);
});

test('a PDF damaged inside (its page drawings overwritten): says which page, and how to repair it', async () => {
  const bytes = Buffer.from(await readFile(newspaper));
  // Overwrite the middle of every compressed stream with zeros: the pages can no longer be decoded.
  let from = 0;
  for (;;) {
    const start = bytes.indexOf('stream\n', from, 'latin1');
    if (start < 0) break;
    const end = bytes.indexOf('endstream', start, 'latin1');
    if (end - start > 200) bytes.fill(0x41, start + 60, end - 20);
    from = end + 9;
  }
  const damaged = join(dir, 'damaged.pdf');
  await writeFile(damaged, bytes);
  const f = await failure(() => readPdf(damaged));
  assert.match(f.en, /Page 1 of the PDF is damaged: /);
  assert.match(f.en, /hint: .*qpdf/);
});

test('a PDF locked by a password: says so, and how to unlock a copy', async () => {
  const locked = join(dir, 'locked.pdf');
  await lockPdf(await readFile(book), locked);
  const f = await failure(() => readPdf(locked));
  assert.match(f.en, /The PDF is encrypted: it opens only with its password/);
  assert.match(f.en, /hint: .*qpdf --decrypt --password=PASSWORD in\.pdf open\.pdf/);
  assert.match(f.zh, /已加密/);
});

test('a file that is not a PDF, and one that is not there', async () => {
  const html = join(dir, 'page.pdf');
  await writeFile(html, '<!doctype html><title>x</title>');
  const f = await failure(() => readPdf(html));
  assert.match(f.en, /Not a PDF: the file begins with "<!doctype html><", not %PDF-/);
  const g = await failure(() => readPdf(join(dir, 'missing.pdf')));
  assert.match(g.en, /Cannot read the PDF: ENOENT/);
  assert.ok(say('zh', { key: 'import-pdf.no-text', values: { pages: 3 } }).includes('3 页'));
});

test('a PDF locked by an owner password only (copying not allowed) opens without one, and is read', async () => {
  const restricted = join(dir, 'restricted.pdf');
  await ownerLockedPdf(restricted, 'Printing and copying are not allowed here');
  const doc = await readPdf(restricted);
  assert.deepEqual(doc.lines!.map((l) => l.text), ['Printing and copying are not allowed here']);
  assert.equal(doc.lines![0]!.size, 24);
});

test('two articles side by side, each in two columns under its title: each read whole, the left one first', async () => {
  /** An article cut to its first blocks, about 1,500 characters (a page's half holds it). */
  const cut = (a: Article): Article => {
    let length = 0;
    return { ...a, blocks: a.blocks.filter((b) => (length += b.text.length) <= 1500) };
  };
  const [left, right] = sourceArticles().map(cut);
  const file = await printPdf(browser, dir, 'two-articles', twoArticlesHtml(left!, right!));
  const doc = await readPdf(file);
  assert.equal(new Set(doc.lines!.map((l) => l.place.page)).size, 1, 'one page');
  assertInOrder(doc, [...knownText(left!), ...knownText(right!)]);
  assert.deepEqual(doc.dropped.map((d) => d.why).sort(), ['folio', 'header', 'header']);
});

test('the newspaper set in a CFF font (Type 3 fonts in the PDF): the same text in the same order, the same weights', async () => {
  const file = await printPdf(browser, dir, 'newspaper-cff', withSystemFont(newspaperHtml(article)));
  const doc = await readPdf(file);
  assertInOrder(doc, knownText(article));
  const lines = doc.lines!;
  assert.equal(lines.find((l) => l.text === article.title)?.bold, true, 'the title is bold');
  for (const heading of article.blocks.filter((b) => b.kind === 'h2')) {
    const own = linesOf(lines, heading.text);
    assert.ok(own.length > 0 && own.every((l) => l.bold && l.size === 13), heading.text);
  }
  assert.equal(doc.dropped.length, paper.dropped.length);
});

test('a page with a photograph, a short article under it: read in order (the byline over its empty columns first), the bold face first used after the photograph known as bold', async () => {
  await scanHtml(dir);
  const html = newspaperHtml({ ...article, blocks: article.blocks.slice(0, 3) }).replace('<h1>', '<img src="scan.png" style="width: 60mm; column-span: all"><h1>');
  const doc = await readPdf(await printPdf(browser, dir, 'photo', html));
  assert.equal(doc.lines!.find((l) => l.text === article.title)?.bold, true, 'the title, set after the photograph, is bold');
  assertInOrder(doc, knownText({ ...article, blocks: article.blocks.slice(0, 3) }), 10);
});

test('a page that is an image among pages with text: read, with a warning naming it', async () => {
  await scanHtml(dir);
  const blocks = article.blocks.slice(0, 3);
  const html = newspaperHtml({ ...article, blocks }).replace('</body>', '<img src="scan.png" style="column-span: all; display: block; width: 250mm; height: 360mm"></body>');
  const doc = await readPdf(await printPdf(browser, dir, 'part-scan', html));
  assertInOrder(doc, knownText({ ...article, blocks }), 10);
  assert.equal(doc.warnings?.length, 1);
  const warning = doc.warnings![0]!;
  assert.equal(warning.fatal, false);
  assert.match(formatMessage(warning, '/', 'en'), /warning Page 2 of the PDF is an image with no text \(scanned\?\): any text on it is not imported {2}pdf\n {2}hint: .*ocrmypdf --skip-text/);
  assert.match(formatMessage(warning, '/', 'zh'), /第 2 页是没有文字的图像/);
  // A PDF whose pages all have text has no warning.
  assert.equal(paper.warnings, undefined);
});
