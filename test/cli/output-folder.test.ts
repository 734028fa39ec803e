// The output folder as a user may have it: the booklet's own folder (with the user's fonts), a folder
// standing where an edition goes, temporaries left by a build killed with -9, a read-only disk. Nothing of
// the user's is removed, the editions are replaced all or none, and a failure says what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

function build(book: string, out: string, editions = 'all') {
  return spawnSync(process.execPath, [CLI, 'build', book, '--out', out, '-e', editions], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
}

test('--out the booklet folder: the user fonts in its fonts/ folder stay', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    await mkdir(join(book, 'fonts'));
    await writeFile(join(book, 'fonts', 'MyFont.ttf'), 'the user font');
    await writeFile(join(book, 'fonts', 'NotoSerifSC-Regular.ttf'), 'another of the user');
    const run = build(book, book, 'html');
    assert.equal(run.status, 0, run.stderr);
    const fonts = await readdir(join(book, 'fonts'));
    assert.ok(fonts.includes('MyFont.ttf') && fonts.includes('NotoSerifSC-Regular.ttf'), `the user's fonts are kept: ${fonts.join(' ')}`);
    assert.ok(fonts.some((f) => /^NotoSerifSC-Regular\.[0-9a-f]{20}\.ttf$/.test(f)), 'the subsets are there');
    // A subset no longer used is still removed.
    await writeFile(join(book, 'fonts', 'NotoSerifSC-Regular.0123456789abcdef0123.ttf'), 'an old subset');
    assert.equal(build(book, book, 'html').status, 0);
    assert.ok(!(await readdir(join(book, 'fonts'))).includes('NotoSerifSC-Regular.0123456789abcdef0123.ttf'), 'an old subset is pruned');
  });
});
