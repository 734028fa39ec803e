// A footnote longer than a page (issue 18, bad input). Paged.js 0.4.3 set the foot of the page after the
// call to the note's whole remainder: it ran over the folio and off the page (its last sentences lost),
// the text after it was dropped ("Layout repeated"), the call's line was pushed on by half a leading and the
// note set twice, and a second page of notes took the side of the first. This test fails if the foot is
// not capped (capCarriedNotes), if the call's line is not kept (keepCallLine) or the pages of notes are
// not counted (numberNotesPage, src/paginate/in-page/handlers.ts): a sentence is missing, comes twice or
// out of order, the paragraph after the note is lost, the note stays on one page, or proof reports a
// finding (text-lost, page-overflow, running-heads, single-line-page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { build } from '../../src/build.js';
import { proofBooklet } from '../../src/proof/proof-booklet.js';
import { printedText } from '../../src/proof/printed-text.js';
import { pdfTextPages } from '../../src/proof/poppler.js';
import { pageGeometry } from '../../src/html/page-geometry.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { FIXTURES, withTempDir } from '../helpers.js';

/** ~2 600 Han characters, more than two pages of notes: numbered sentences, so that each part is found. */
const SENTENCES = Array.from({ length: 130 }, (_, i) => `第${i + 1}句注释讲一讲学习读本里长注释的排版办法。`);
const AFTER = '注释之后的一段正文，它必须完整地印出来。';

/** The faces booklet and a fourth article whose one paragraph calls the long note, then a paragraph. */
async function longNoteBooklet(dir: string): Promise<string> {
  const book = join(dir, 'book');
  // Without the faces booklet's approved pages: these pages differ from them on purpose.
  await cp(join(FIXTURES, 'faces'), book, { recursive: true, filter: (source) => basename(source) !== 'proof-baseline' });
  const manuscript = ['---', 'title: 第四篇文章', '---', '', '这一段正文有一个很长的注释[^long]，注释长过一页。', '', AFTER, '', `[^long]: ${SENTENCES.join('')}`, ''];
  await writeFile(join(book, '04-long.md'), manuscript.join('\n'));
  const yaml = await readFile(join(book, 'booklet.yaml'), 'utf8');
  await writeFile(join(book, 'booklet.yaml'), `${yaml.trimEnd()}\n  - 04-long.md\n`);
  return book;
}

test('a footnote longer than a page continues at the foot of the next pages, every sentence once and in order', () =>
  withTempDir(async (dir) => {
    const book = await longNoteBooklet(dir);
    const out = join(dir, 'out');
    const reporter = createMemoryReporter();
    const built = await build({ dir: book, out, editions: ['html', 'screen'], reporter, collect: true, lint: false });
    assert.deepEqual(reporter.messages.map(String), [], 'the build reports nothing (Paged.js said "Layout repeated")');
    const geometry = pageGeometry(built.collected!.booklet.page);
    const pages = await pdfTextPages(built.collected!.files.screen!);
    // The footnote area of each page as the proof reads it: the type area below the page's content box.
    const feet = pages.map((page) => printedText([page], built.collected!.layout, geometry));
    const notePages = feet.flatMap((f, i) => (f.footnotes.includes('注释讲一讲') ? [i + 1] : []));
    assert.ok(notePages.length >= 2, `the note is split across pages (at the foot of pages ${notePages.join(', ')})`);
    const notes = feet.map((f) => f.footnotes).join('');
    let from = 0;
    for (const sentence of SENTENCES) {
      const at = notes.indexOf(sentence, from);
      assert.ok(at >= 0, `${sentence.slice(0, 5)} is printed at the foot of a page, after the one before it`);
      assert.equal(notes.indexOf(sentence, at + 1), -1, `${sentence.slice(0, 5)} is printed once`);
      from = at + sentence.length;
    }
    const body = feet.map((f) => f.body).join('');
    assert.equal(body.split(AFTER).length - 1, 1, 'the paragraph after the note is printed once');
    assert.equal(body.split('注释长过一页').length - 1, 1, 'the paragraph that calls the note is printed once');
    assert.ok(!body.includes('注释讲一讲'), 'no part of the note is in the running text');
  }));

test('a booklet with a footnote longer than a page proofs without a finding', () =>
  withTempDir(async (dir) => {
    const book = await longNoteBooklet(dir);
    const result = await proofBooklet({ dir: book, out: join(dir, 'out'), approve: true, reporter: createMemoryReporter() });
    assert.deepEqual(result.findings.map((f) => `${f.check} p${f.page ?? '-'} ${f.file ? basename(f.file) : '-'}:${f.line ?? '-'} ${f.excerpt}`), []);
  }));
