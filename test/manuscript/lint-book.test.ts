// lintBook in a long-running command keeps each manuscript's findings by its text: a fixed manuscript
// loses its finding, a manuscript broken again gets it back, and an unchanged one keeps its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { lintBook } from '../../src/manuscript/lint-book.js';
import { openCoverage } from '../../src/html/font-coverage.js';
import { runLong } from '../../src/long-running.js';
import { FIXTURES, withTempDir } from '../helpers.js';

test('kept lint findings follow each manuscript’s text', async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), dir, { recursive: true });
    runLong();
    const file = join(dir, '01-sample.md');
    const good = await readFile(file, 'utf8');
    const lint = async () => {
      const booklet = await loadBooklet(dir);
      const found = await lintBook(booklet, await readManuscripts(booklet), openCoverage(join(dir, '.cache')));
      return found.messages.filter((m) => m.ruleId === 'halfwidth-punctuation').length;
    };
    const before = await lint();
    await writeFile(file, good.replace('这是第一段，', '这是第一段,'));
    assert.equal(await lint(), before + 1, 'the new half-width comma is found');
    assert.equal(await lint(), before + 1, 'and found again from the kept result');
    await writeFile(file, good);
    assert.equal(await lint(), before, 'fixed: gone');
    await writeFile(file, good.replace('这是第一段，', '这是第一段,'));
    assert.equal(await lint(), before + 1, 'broken again: back');
  });
});
