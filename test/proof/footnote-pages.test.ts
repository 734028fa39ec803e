// Pages with footnotes as the checks see them (issue 18: false alarms). Paged.js floats each note to the
// foot of its page and leaves an empty call element in the paragraph; the paragraph is still a block of
// the running text (a heading followed by it does not end the page) and each note is a block of its own,
// at its manuscript line. pdftotext reads a raised call (③) as a line of its own; the printed text puts it
// back in its row, so the sentence that calls it is not "missing".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { build } from '../../src/build.js';
import { proofBooklet } from '../../src/proof/proof-booklet.js';
import { printedText } from '../../src/proof/printed-text.js';
import { bodyBlocks } from '../../src/proof/checks/check.js';
import { pageGeometry } from '../../src/html/page-geometry.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import type { TextPage, TextWord } from '../../src/proof/poppler.js';
import { FIXTURES, withTempDir } from '../helpers.js';

test('a booklet whose headings are followed by paragraphs that call notes proofs without a finding', () =>
  withTempDir(async (dir) => {
    // A copy: --approve writes the baseline beside booklet.yaml.
    await cp(join(FIXTURES, 'faces'), join(dir, 'book'), { recursive: true });
    const result = await proofBooklet({ dir: join(dir, 'book'), out: join(dir, 'out'), approve: true, reporter: createMemoryReporter() });
    assert.deepEqual(result.findings.map((f) => `${f.check} ${f.file ? basename(f.file) : '-'}:${f.line ?? '-'} ${f.excerpt}`), []);
  }));

test('the paragraph that calls a note is a block of the running text; each note is a block at its line', () =>
  withTempDir(async (dir) => {
    const built = await build({ dir: join(FIXTURES, 'faces'), out: dir, editions: ['html', 'screen'], reporter: createMemoryReporter(), collect: true, lint: false });
    const page = built.collected!.layout.pages.find((p) => p.blocks.some((b) => b.tag === 'h2' && b.lines[0]?.text === '第二节'))!;
    const body = bodyBlocks(page).map((b) => `${b.tag} ${basename(b.source)}:${b.line} ${b.lines.map((l) => l.text).join('')}`);
    assert.deepEqual(body.slice(-2), ['h2 01-a.md:15 第二节', 'p 01-a.md:17 正文继续。']);
    assert.deepEqual(
      page.blocks.filter((b) => b.tag === 'footnote').map((b) => `${basename(b.source)}:${b.line} ${b.lines.map((l) => l.text).join('')}`),
      ['01-a.md:19 第一条脚注的文字。', '01-a.md:20 第二条脚注的文字。', '01-a.md:21 第三条脚注的文字。'],
    );
    // The notes lie below the running text, in the footnote area.
    const lastBody = Math.max(...page.blocks.filter((b) => b.tag !== 'footnote').flatMap((b) => b.lines.map((l) => l.top)));
    assert.ok(page.blocks.filter((b) => b.tag === 'footnote').every((b) => b.lines[0]!.top > lastBody));
  }));

test('a raised call that pdftotext reads as a line of its own is read in the row it stands in', () => {
  const geometry = pageGeometry({ name: 'A5', width: 148, height: 210, bodySize: 10.5, lineHeight: 1.75 });
  const word = (text: string, xMin: number, yMin: number, yMax: number): TextWord => ({ text, xMin, xMax: xMin + 10 * text.length, yMin, yMax });
  const call = word('③', 119.5, 333.1, 340.4);
  const line = word('正文继续', 77.5, 334, 344.5);
  const stop = word('。', 126.8, 334, 344.5);
  const page: TextPage = {
    number: 1,
    width: geometry.width,
    height: geometry.height,
    lines: [
      { ...call, words: [call] },
      { ...line, text: '正文继续 。', words: [line, stop] },
    ],
  };
  const layout = { pages: [{ index: 1, side: 'right' as const, blank: false, overflow: false, width: 392, height: 560, blocks: [], images: [] }] };
  assert.equal(printedText([page], layout, geometry).body, '正文继续③。');
});
