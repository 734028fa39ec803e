// Only the book's faces draw text (issue 18, item 3): emphasis dots, list markers, contents leaders,
// footnote numbers and every other character Chromium generates must come from the Noto SC subsets, not
// from a system face it falls back to (`pdffonts` listed DejaVuSerif for the emphasis dots).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

/** The booklet's faces as pdffonts names them: a subset tag, then the PostScript name. */
const BOOK_FACE = /^[A-Z]{6}\+Noto(Serif|Sans)SC-(Regular|Medium|Bold)$/;

test('pdffonts lists only the book’s faces for emphasis, lists, footnotes and the contents', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await cp(join(FIXTURES, 'faces'), book, { recursive: true });
    const built = spawnSync(process.execPath, [CLI, 'build', book, '--out', join(dir, 'out')], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    for (const pdf of ['booklet.pdf', 'booklet-print.pdf']) {
      const rows = execFileSync('pdffonts', [join(dir, 'out', pdf)], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
      const names = rows.map((l) => l.trim().split(/\s+/)[0]!);
      assert.ok(names.length >= 3, `${pdf}: ${names.join(', ')}`);
      assert.deepEqual(names.filter((n) => !BOOK_FACE.test(n)), [], `${pdf}: a face that is not the book’s`);
    }
  });
});
