// No widow, no orphan, no page of a single line (issue 19, items 1, 2 and 4): the build moves the page
// break (handlers.ts keepLines, keepLastLines) so that a paragraph split by the page keeps two lines on
// each side, an article's last line or its source note never stands alone on a page, and a heading goes
// with what follows it; the page before runs short. Each case breaks a rule on purpose with the article's
// header set to a number of lines (as proof.test.ts does). Built, proof finds nothing (its text-lost
// check: every character printed, in order) and records the move on its page; with `widows: 1;
// orphans: 1` in a user stylesheet the adjustment is off and proof reports each at its page and
// manuscript line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { proofBooklet, type ProofResult } from '../../src/proof/proof-booklet.js';
import { build } from '../../src/build.js';
import { pdfTextPages } from '../../src/proof/poppler.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';
import type { Adjustment, BlockLayout } from '../../src/paginate/in-page/bridge.js';

// Distinct characters, so that a line can be told apart: the paragraph's number, then a count.
const text = (n: number, tag: string) => Array.from({ length: n }, (_, i) => (i % 10 === 0 ? tag : '甲乙丙丁戊己庚辛壬癸'[i % 10])).join('');
const header = (lines: number) => `.article-header, .article-header * { margin: 0 !important; } .article-header { height: calc(var(--pitch) * ${lines}); }`;

// A5: 25 lines of 28 characters, the first of a paragraph 26 after its indent. Five lines of header, then
// 20 lines of text on the article's first page. Each case: the manuscript's body (and source note), what
// the build does about it (the proof's record of the moved break), and what proof finds with the
// adjustment off (`widows: 1; orphans: 1` in a user stylesheet).
interface Case {
  body: string;
  note?: string;
  /** The build's move; none where Chromium's own fragmentation of Paged.js's column already keeps the
   *  lines (a paragraph long enough to give two and keep two: widows and orphans of cjk.css). */
  moved?: { rule: Adjustment['rule']; moved: Adjustment['moved']; lines: number };
  /** The break falls inside a paragraph (two lines or more each side); otherwise between blocks. */
  split?: boolean;
  unmoved: string;
}
const CASES: Record<string, Case> = {
  // 21 lines: the 21st would be alone at the head of the next page.
  widow: { body: `${text(585, '寡')}。\n\n${text(80, '众')}。`, split: true, unmoved: 'widows-orphans p8 01-case.md:5' },
  // 19 lines, then a paragraph of 3 whose first would be alone at the foot.
  orphan: { body: `${text(529, '寡')}。\n\n${text(80, '众')}。\n\n${text(80, '多')}。`, unmoved: 'widows-orphans p7 01-case.md:7' },
  // 18 lines, then a paragraph of 3 whose third would be alone: two cannot go over and leave two, so it
  // goes whole.
  'widow of three lines': { body: `${text(501, '寡')}。\n\n${text(80, '众')}。\n\n${text(80, '多')}。`, moved: { rule: 'widow', moved: 'paragraph', lines: 2 }, unmoved: 'widows-orphans p8 01-case.md:7' },
  // 20 lines fill the page; the article's source note would be alone on the next (单行不成面): the
  // paragraph's last two lines go over with it.
  'last line': { body: `${text(557, '满')}。`, note: '来源：测试组', moved: { rule: 'single-line', moved: 'lines', lines: 2 }, split: true, unmoved: 'single-line-page p8 01-case.md:1' },
  // 17 lines and a paragraph of 3 fill the page: too short to give two lines and keep two, it goes over
  // whole with the note.
  'last paragraph': { body: `${text(473, '满')}。\n\n${text(80, '末')}。`, note: '来源：测试组', moved: { rule: 'single-line', moved: 'paragraph', lines: 3 }, unmoved: 'single-line-page p8 01-case.md:1' },
  // 16 lines, a heading, a list whose first item's third line would go over alone: the item goes with
  // its list's heading (no heading left at the foot).
  // 17 lines, a heading and a one-line byline at the foot (Paged.js keeps the heading with the byline),
  // the paragraphs after them on the next page: the heading and its byline go over too (背题).
  'heading with one line': { body: `${text(473, '寡')}。\n\n## 小节\n\n《国语》　先秦：佚名\n\n${text(80, '众')}。\n\n${text(80, '多')}。`, moved: { rule: 'heading', moved: 'heading', lines: 1 }, unmoved: 'heading-at-foot p7 01-case.md:7' },
  'list after a heading': { body: `${text(445, '寡')}。\n\n## 小节\n\n- ${text(76, '项')}。\n- ${text(40, '再')}。`, moved: { rule: 'widow', moved: 'paragraph', lines: 2 }, unmoved: 'widows-orphans p8 01-case.md:9' },
};

async function proofOf(dir: string, name: string, c: Case, css: string): Promise<{ proof: ProofResult; book: string }> {
  const book = join(dir, name.replace(/ /g, '-'));
  await mkdir(book, { recursive: true });
  await writeFile(join(book, 'booklet.yaml'), 'title: 孤行\ncompiler: 测试组\ndate: 2026-01-01\nstyles:\n  - extra.css\narticles:\n  - 01-case.md\n');
  await writeFile(join(book, 'extra.css'), css);
  await writeFile(join(book, '01-case.md'), `---\ntitle: 孤行\n${c.note ? `note: ${c.note}\n` : ''}---\n\n${c.body}\n`);
  return { proof: await proofBooklet({ dir: book, out: join(book, 'out'), approve: true, reporter: createMemoryReporter() }), book };
}

const findings = (r: ProofResult) => r.findings.map((f) => `${f.check} p${f.page ?? '-'} ${f.file ? basename(f.file) : '-'}:${f.line ?? '-'}`);
const TEXT = (b: BlockLayout) => /^(p|li)$/.test(b.tag) && b.source !== '' && b.line !== undefined;

for (const [name, c] of Object.entries(CASES)) {
  test(`${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}: the break moves (${c.moved ? 'by the build' : 'by Chromium'}), proof finds nothing and shows what the build moved; with widows/orphans 1, proof finds it`, () =>
    withTempDir(async (dir) => {
      const { proof, book } = await proofOf(dir, name, c, header(5));
      assert.deepEqual(findings(proof), []);
      // The moved break, on the page that runs short, in the proof's result and its report.
      assert.deepEqual(proof.adjustments.map((a) => ({ page: a.page, rule: a.rule, moved: a.moved, lines: a.lines })), c.moved ? [{ page: 7, ...c.moved }] : []);
      const report = JSON.parse(await readFile(join(proof.reportDir, 'report.json'), 'utf8')) as { adjustments: Adjustment[] };
      assert.equal(report.adjustments.length, c.moved ? 1 : 0);
      assert.match(await readFile(join(proof.reportDir, 'index.html'), 'utf8'), c.moved ? /1 page break moved by the build/ : /0 page breaks moved by the build/);
      // The pages as laid out: the split paragraph has two lines or more on each side, and the page
      // before the break runs short; a heading is never the last thing on it.
      const built = await build({ dir: book, out: join(dir, 'again'), editions: ['html', 'screen'], reporter: createMemoryReporter(), collect: true, lint: false });
      const pages = built.collected!.layout.pages.filter((p) => p.blocks.some((b) => TEXT(b) && b.line! >= 5));
      assert.equal(pages.length, 2, 'the text runs over two pages');
      const [first, second] = pages.map((p) => p.blocks.filter(TEXT));
      // Which case splits a paragraph is part of the case: a split never recorded would skip the check.
      assert.deepEqual([first!.at(-1)!.splitTo, second![0]!.splitFrom], c.split ? [true, true] : [false, false], 'the paragraph split by the break');
      if (c.split) assert.ok(first!.at(-1)!.lines.length >= 2 && second![0]!.lines.length >= 2, `${first!.at(-1)!.lines.length} and ${second![0]!.lines.length} lines`);
      assert.ok(first!.reduce((n, b) => n + b.lines.length, 0) < 20, 'the first page runs short');
      assert.ok(second!.reduce((n, b) => n + b.lines.length, 0) >= 2, 'the second page holds two lines or more');
      assert.notEqual(pages[0]!.blocks.at(-1)!.tag, 'h2', 'a heading at the foot');
      const unmoved = await proofOf(dir, `${name}-off`, c, `${header(5)} p, li { orphans: 1; widows: 1; }`);
      assert.deepEqual(findings(unmoved.proof).filter((f) => /^(widows-orphans|single-line-page|heading-at-foot)/.test(f)), [c.unmoved]);
      assert.deepEqual(unmoved.proof.adjustments.filter((a) => a.rule !== 'list'), []);
      // The same text in the same order, apart from where the pages break.
      const again = await build({ dir: unmoved.book, out: join(dir, 'unmoved-again'), editions: ['html', 'screen'], reporter: createMemoryReporter(), collect: true, lint: false });
      const printed = (r: typeof built) => r.collected!.layout.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines.map((l) => l.text))).join('');
      assert.equal(printed(built), printed(again));
    }));
}

test('bad input: a figure fills the page before the source note; the note stays alone and proof reports it with what the build tried', () =>
  withTempDir(async (dir) => {
    const c: Case = { body: `${text(80, '寡')}。\n\n![灰色的方块](tall.svg)`, note: '来源：测试组', unmoved: '' };
    const book = join(dir, 'figure');
    await mkdir(book, { recursive: true });
    // 343 px of the type area's 614 with the paragraph, the caption and the header: no room for the note.
    await writeFile(join(book, 'tall.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="350" viewBox="0 0 400 350"><rect width="400" height="350" fill="#888"/></svg>');
    const { proof } = await proofOf(dir, 'figure', c, header(5));
    assert.deepEqual(findings(proof), ['single-line-page p8 01-case.md:1']);
    assert.match(proof.findings[0]!.message, /the build tried to move the page break and could not: what comes before it \(a table, a figure, code\) gives no lines/);
    assert.deepEqual(proof.adjustments.map((a) => `${a.page} ${a.rule} ${a.moved}`), ['7 single-line none']);
  }));

// 孤字 (issue 19, item 3): each paragraph is one character longer than its lines hold, so that plain line
// breaking leaves one character (and its full stop) alone on its last line. Chromium's `text-wrap:
// pretty` (cjk.css) breaks the last lines again; with `text-wrap: wrap`, proof finds every one.
test('a paragraph whose last line would hold one character: text-wrap pretty gives it more; with plain wrapping proof finds each', () =>
  withTempDir(async (dir) => {
    const HAN = '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜';
    const paragraphs = Array.from({ length: 8 }, (_, k) => Array.from({ length: 26 + 28 * k }, (_, i) => HAN[(i * 7 + k) % HAN.length]).join('') + '。');
    const c: Case = { body: paragraphs.join('\n\n'), unmoved: '' };
    const { proof } = await proofOf(dir, 'pretty', c, '');
    assert.deepEqual(findings(proof), []);
    const plain = await proofOf(dir, 'plain', c, 'p { text-wrap: wrap !important; }');
    // The paragraphs start at lines 5, 7, 9, … of the manuscript.
    assert.deepEqual(
      findings(plain.proof).map((f) => f.replace(/ p\d+ /, ' ')),
      paragraphs.map((_, k) => `orphan-character 01-case.md:${5 + 2 * k}`),
    );
  }));

// The page cache keeps each part's pages with the breaks moved in them, keyed by the part's HTML and the
// handlers' code (pagedjs.ts): an edit that changes one article's length lays out that article again
// (its breaks moved anew) and takes the other from the cache, and the book is the one a cold build makes.
test('an edit that changes one article’s breaks lays out only that article again, and gives the book a cold build gives', () =>
  withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await mkdir(book, { recursive: true });
    const write = async (second: Case) => {
      await writeFile(join(book, '01-a.md'), `---\ntitle: 孤行\nnote: 来源：测试组\n---\n\n${CASES['last line']!.body}\n`);
      await writeFile(join(book, '02-b.md'), `---\ntitle: 孤行之二\n${second.note ? `note: ${second.note}\n` : ''}---\n\n${second.body}\n`);
    };
    await writeFile(join(book, 'booklet.yaml'), 'title: 孤行\ncompiler: 测试组\ndate: 2026-01-01\nstyles:\n  - extra.css\narticles:\n  - 01-a.md\n  - 02-b.md\n');
    await writeFile(join(book, 'extra.css'), header(5));
    await write(CASES['widow of three lines']!);
    const run = (out: string, cache: boolean) => build({ dir: book, out: join(dir, out), editions: ['html', 'screen'], reporter: createMemoryReporter(), cache, jobs: 1, lint: false });
    const pageTexts = async (out: string) => (await pdfTextPages(join(dir, out, 'booklet.pdf'))).map((p) => p.lines.map((l) => l.text).join('\n'));
    const first = await run('out', true);
    assert.equal(first.parts?.cached, 0);
    // Three lines fewer in the second article, and a source note: its last paragraph now goes over with
    // the note, where the one before went over for a widow.
    await write(CASES['last paragraph']!);
    const edited = await run('out', true);
    assert.equal(edited.parts?.laidOut, 1, 'only the edited article is laid out again');
    await run('cold', false);
    const [cached, cold] = await Promise.all([pageTexts('out'), pageTexts('cold')]);
    assert.deepEqual(cached, cold);
    // Both articles' breaks hold in the cached book: no finding of proof on a cold proof of it.
    const proof = await proofBooklet({ dir: book, out: join(dir, 'proof'), approve: true, reporter: createMemoryReporter() });
    assert.deepEqual(findings(proof), []);
    assert.deepEqual(proof.adjustments.map((a) => `${a.rule} ${a.moved}`).sort(), ['single-line lines', 'single-line paragraph']);
  }));
