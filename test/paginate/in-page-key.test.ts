// The page cache's keys hash the code that runs in the page as the page loads it (dist/bin/in-page.js:
// page-scripts.ts), not a list of functions: the same bundle takes every part from the cache, and a bundle
// whose bytes differ lays every part out again. The command runs from a copy of dist/bin/ (beside links to
// the project's packages, styles and themes), whose bundle the test changes: the project's own is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pdfTextPages } from '../../src/proof/poppler.js';
import { FIXTURES, ROOT, withTempDir } from '../helpers.js';

/** The folio of each page: its lowest line when that is a number alone, else ''. */
const folios = async (pdf: string) =>
  (await pdfTextPages(pdf)).map((page) => {
    const lowest = page.lines.reduce<{ text: string; yMin: number } | undefined>((low, line) => (!low || line.yMin > low.yMin ? line : low), undefined);
    return lowest && /^\d+$/.test(lowest.text) ? lowest.text : '';
  });

test('a changed in-page bundle is a cache miss (its pages show the change); the same bundle is a hit', async () => {
  await withTempDir(async (dir) => {
    const pkg = join(dir, 'pkg');
    await mkdir(join(pkg, 'dist'), { recursive: true });
    await cp(join(ROOT, 'dist', 'bin'), join(pkg, 'dist', 'bin'), { recursive: true });
    for (const name of ['node_modules', 'styles', 'themes']) await symlink(join(ROOT, name), join(pkg, name));
    await copyFile(join(ROOT, 'package.json'), join(pkg, 'package.json'));
    const out = join(dir, 'out');
    const build = () => {
      const run = spawnSync(process.execPath, [join(pkg, 'dist', 'bin', 'main.js'), 'build', join(FIXTURES, 'basic'), '--out', out, '-e', 'screen'], {
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      });
      assert.equal(run.status, 0, run.stderr);
      return run.stderr;
    };
    const pdf = join(out, 'booklet.pdf');

    assert.match(build(), /4 of 4 parts laid out, 0 from the cache/);
    const before = await folios(pdf);
    assert.ok(before.includes('1'), `a page shows folio 1: ${before.join(',')}`);
    assert.match(build(), /0 of 4 parts laid out, 4 from the cache/, 'the same bundle: every part from the cache');

    // A change to folios.ts as the bundle holds it: every page numbered 100 up.
    const bundle = join(pkg, 'dist', 'bin', 'in-page.js');
    const code = await readFile(bundle, 'utf8');
    const changed = code.replace('`page ${n}`', '`page ${n + 100}`');
    assert.notEqual(changed, code, 'the bundle sets each page number with counter-set (folios.ts)');
    await writeFile(bundle, changed);
    assert.match(build(), /4 of 4 parts laid out, 0 from the cache/, 'a changed bundle: every part laid out again');
    assert.deepEqual(await folios(pdf), before.map((folio) => (folio ? String(Number(folio) + 100) : '')), 'the pages are the changed code’s');
  });
});
