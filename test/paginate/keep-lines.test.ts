// No widow, no orphan (issue 19, item 1): the build moves the page break so that a paragraph split by the
// page keeps two lines on each side (handlers.ts keepLines), the page before running short. Each case
// breaks the rule on purpose with the article's header set to a number of lines (as proof.test.ts does):
// a paragraph whose last line would go over alone (a widow), and one whose first line would be alone at
// the foot (an orphan). Built, neither has a finding, every sentence is printed in order, and each page's
// lines stay on the grid; with `widows: 1; orphans: 1` in a user stylesheet the adjustment is off and
// proof reports each at its page and manuscript line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { proofBooklet, type ProofResult } from '../../src/proof/proof-booklet.js';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';

// Distinct characters, so that a line can be told apart: the paragraph's number, then a count.
const text = (n: number, tag: string) => Array.from({ length: n }, (_, i) => (i % 10 === 0 ? tag : '甲乙丙丁戊己庚辛壬癸'[i % 10])).join('');
const header = (lines: number) => `.article-header, .article-header * { margin: 0 !important; } .article-header { height: calc(var(--pitch) * ${lines}); }`;

// A5: 25 lines of 28 characters, the first of a paragraph 26 after its indent. Five lines of header, then:
const CASES = {
  // 21 lines: the 21st would be alone at the head of the next page.
  widow: `${text(585, '寡')}。\n\n${text(80, '众')}。`,
  // 19 lines, then a paragraph of 3 whose first would be alone at the foot.
  orphan: `${text(529, '寡')}。\n\n${text(80, '众')}。\n\n${text(80, '多')}。`,
};

async function proofOf(dir: string, name: string, body: string, css: string): Promise<{ proof: ProofResult; book: string }> {
  const book = join(dir, name);
  await mkdir(book, { recursive: true });
  await writeFile(join(book, 'booklet.yaml'), 'title: 孤行\ncompiler: 测试组\ndate: 2026-01-01\nstyles:\n  - extra.css\narticles:\n  - 01-case.md\n');
  await writeFile(join(book, 'extra.css'), css);
  await writeFile(join(book, '01-case.md'), `---\ntitle: 孤行\n---\n\n${body}\n`);
  return { proof: await proofBooklet({ dir: book, out: join(book, 'out'), approve: true, reporter: createMemoryReporter() }), book };
}

const findings = (r: ProofResult) => r.findings.map((f) => `${f.check} p${f.page ?? '-'} ${f.file ? basename(f.file) : '-'}:${f.line ?? '-'}`);

for (const [name, body] of Object.entries(CASES)) {
  test(`${name === 'orphan' ? 'an' : 'a'} ${name}: the build moves the break, and proof finds nothing; with widows/orphans 1, proof finds it`, () =>
    withTempDir(async (dir) => {
      const { proof, book } = await proofOf(dir, name, body, header(5));
      assert.deepEqual(findings(proof), []);
      // The pages as laid out: the split paragraph has two lines or more on each side, the lines of each
      // page on one grid, and the page before the break runs short.
      const built = await build({ dir: book, out: join(dir, 'again'), editions: ['html', 'screen'], reporter: createMemoryReporter(), collect: true, lint: false });
      const pages = built.collected!.layout.pages.filter((p) => p.blocks.some((b) => b.tag === 'p' && b.source !== '' && b.line !== undefined && b.line >= 5));
      assert.equal(pages.length, 2, 'the text runs over two pages');
      const [first, second] = pages.map((p) => p.blocks.filter((b) => b.tag === 'p' && b.source !== ''));
      assert.ok(first!.at(-1)!.lines.length >= 2 && second![0]!.lines.length >= 2, `${first!.at(-1)!.lines.length} and ${second![0]!.lines.length} lines`);
      assert.ok(first!.reduce((n, b) => n + b.lines.length, 0) < 20, 'the first page runs short');
      const unmoved = await proofOf(dir, `${name}-off`, body, `${header(5)} p { orphans: 1; widows: 1; }`);
      assert.deepEqual(findings(unmoved.proof).filter((f) => f.startsWith('widows-orphans')), [name === 'widow' ? 'widows-orphans p8 01-case.md:5' : 'widows-orphans p7 01-case.md:7']);
    }));
}
