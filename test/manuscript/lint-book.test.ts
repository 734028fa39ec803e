// lintBook in a command that runs on keeps each manuscript's findings by its text, in the command's
// session: a fixed manuscript loses its finding, a manuscript broken again gets it back, and an unchanged
// one keeps its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { lintBook } from '../../src/manuscript/lint-book.js';
import { openCoverage } from '../../src/html/font-coverage.js';
import { openKeepSession, type KeepSession } from '../../src/keep-session.js';
import { FIXTURES, withTempDir } from '../helpers.js';

test('kept lint findings follow each manuscript’s text', async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), dir, { recursive: true });
    const keep = openKeepSession();
    const file = join(dir, '01-sample.md');
    const good = await readFile(file, 'utf8');
    /** The half-width comma findings, linted in the session (or in none). */
    const lint = async (session?: KeepSession) => {
      const booklet = await loadBooklet(dir);
      const manuscripts = await readManuscripts(booklet, process.cwd(), { kept: session?.manuscripts });
      const found = await lintBook(booklet, manuscripts, openCoverage(join(dir, '.cache')), session?.findings);
      return found.messages.filter((m) => m.ruleId === 'halfwidth-punctuation');
    };
    const before = (await lint(keep)).length;
    await writeFile(file, good.replace('这是第一段，', '这是第一段,'));
    const found = await lint(keep);
    assert.equal(found.length, before + 1, 'the new half-width comma is found');
    const again = await lint(keep);
    assert.equal(again.length, before + 1, 'and found again');
    assert.ok(found.every((m, i) => again[i] === m), 'from the kept result: the same findings');
    const alone = await lint();
    assert.equal(alone.length, before + 1);
    assert.ok(alone.every((m) => !found.includes(m)), 'a lint without a session finds them afresh');
    assert.ok((await lint(openKeepSession())).every((m) => !found.includes(m)), 'and so does a lint in another session');
    await writeFile(file, good);
    assert.equal((await lint(keep)).length, before, 'fixed: gone');
    await writeFile(file, good.replace('这是第一段，', '这是第一段,'));
    assert.equal((await lint(keep)).length, before + 1, 'broken again: back');
  });
});
