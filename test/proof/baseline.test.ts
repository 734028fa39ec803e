// The proof baseline as a user can get it wrong: `proof --approve` rewrites the folder booklet.yaml names,
// so a baseline that is (or holds) the booklet, the output or anything but page images is refused at its
// line, before anything is built; an approved baseline loses only the page images it no longer has; a
// damaged baseline image is a message naming it, not an internal error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, withTempDir } from '../helpers.js';

/** A one-article booklet at `<dir>/a/b/book` (deep, so that `../..` stays inside the temporary folder). */
async function book(dir: string, baseline: string): Promise<string> {
  const at = join(dir, 'a', 'b', 'book');
  await mkdir(join(at, 'images'), { recursive: true });
  await writeFile(join(at, 'booklet.yaml'), `title: 测试\ncompiler: 测试组\ndate: 2026-01-01\narticles:\n  - 01-a.md\nproof:\n  baseline: ${baseline}\n`);
  await writeFile(join(at, '01-a.md'), '---\ntitle: 样例\n---\n\n这是一段正常的文字。\n');
  await writeFile(join(at, 'images', 'photo.jpg'), 'a photo');
  await writeFile(join(dir, 'a', 'keep.txt'), 'the user’s file');
  return at;
}

function proof(at: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'proof', at, '--out', join(at, 'out'), ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' }, cwd: at });
}

const REFUSED: [string, RegExp][] = [
  ['.', /^booklet\.yaml:7:13 error `proof\.baseline` is the booklet folder/m],
  ['../..', /^booklet\.yaml:7:13 error `proof\.baseline` contains the booklet folder/m],
  ['out', /^booklet\.yaml:7:13 error `proof\.baseline` is the output folder/m],
  ['out/proof/pages', /^booklet\.yaml:7:13 error `proof\.baseline` is inside the report folder/m],
  ['images', /^booklet\.yaml:7:13 error `proof\.baseline` holds files that are not page images: photo\.jpg/m],
  ['01-a.md', /^booklet\.yaml:7:13 error `proof\.baseline` is not a folder/m],
  ['/', /^booklet\.yaml:7:13 error `proof\.baseline` is the filesystem root/m],
  ['up', /^booklet\.yaml:7:13 error `proof\.baseline` contains the booklet folder/m],
];

for (const [baseline, message] of REFUSED) {
  test(`proof --approve refuses \`baseline: ${baseline}\` at its line and deletes nothing`, async () => {
    await withTempDir(async (dir) => {
      const at = await book(dir, baseline);
      await symlink('..', join(at, 'up'));
      const result = proof(at, '--approve');
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, message);
      assert.match(result.stderr, /hint: .*page-NNN\.png/);
      assert.doesNotMatch(result.stderr, /internal error/);
      assert.equal(await readFile(join(at, '01-a.md'), 'utf8'), '---\ntitle: 样例\n---\n\n这是一段正常的文字。\n');
      assert.equal(await readFile(join(at, 'images', 'photo.jpg'), 'utf8'), 'a photo');
      assert.equal(await readFile(join(dir, 'a', 'keep.txt'), 'utf8'), 'the user’s file');
    });
  });
}

test('an approved baseline: stale page images go, a dot-file stays', async () => {
  await withTempDir(async (dir) => {
    const at = await book(dir, 'pages-approved');
    const baseline = join(at, 'pages-approved');
    await mkdir(baseline);
    await writeFile(join(baseline, '.gitkeep'), '');
    await writeFile(join(baseline, 'page-099.png'), 'stale');
    const approved = proof(at, '--approve');
    assert.equal(approved.status, 0, approved.stderr);
    const names = (await readdir(baseline)).sort();
    assert.equal(names[0], '.gitkeep');
    assert.ok(names.slice(1).every((n) => /^page-00\d\.png$/.test(n)) && names.length > 2, names.join(' '));
  });
});

test('a damaged baseline page image is named with a hint, not an internal error; --approve writes it again', async () => {
  await withTempDir(async (dir) => {
    const at = await book(dir, 'pages-approved');
    const baseline = join(at, 'pages-approved');
    assert.equal(proof(at, '--approve').status, 0);
    await writeFile(join(baseline, 'page-001.png'), (await readFile(join(baseline, 'page-001.png'))).subarray(0, 60));
    const damaged = proof(at);
    assert.equal(damaged.status, 1, damaged.stderr);
    assert.match(damaged.stderr, /^pages-approved\/page-001\.png error Baseline page image is not a PNG, or is damaged/m);
    assert.match(damaged.stderr, /hint: .*`booklet proof --approve`/);
    assert.doesNotMatch(damaged.stderr, /internal error/);
    assert.equal(proof(at, '--approve').status, 0);
    const again = proof(at);
    assert.equal(again.status, 0, again.stderr);
  });
});
