// The output folder's writes (src/output.ts): a commit is all or none, and a failed write says what is
// wrong for its error code (write-errors.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finalName, openOutput } from '../../src/output.js';
import { writeHint } from '../../src/write-errors.js';
import { say } from '../../src/ui/catalogue.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';

test('a rename that fails midway puts back the files already replaced, and says which failed', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a.html'), 'old a');
    await writeFile(join(dir, 'b.pdf'), 'old b');
    const output = await openOutput(dir);
    await output.write('a.html', 'new a');
    await output.write('c.epub', 'new c');
    const b = await output.write('b.pdf', 'new b');
    // The second rename fails after the first has been done (its temporary is gone: removed by hand).
    await rm(b);
    const error = await output.commit().then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof BookletError, String(error));
    assert.match(formatMessage(error.messages[0]!), /error Cannot replace \S*b\.pdf \(ENOENT\)  output\n  hint: .* No output was replaced: the previous ones are as they were\./);
    await output.abort();
    assert.equal(await readFile(join(dir, 'a.html'), 'utf8'), 'old a');
    assert.equal(await readFile(join(dir, 'b.pdf'), 'utf8'), 'old b');
    assert.deepEqual((await readdir(dir)).sort(), ['a.html', 'b.pdf'], 'the new c.epub is gone, no temporary left');
  });
});

test('a commit that succeeds replaces every file and leaves nothing aside', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a.html'), 'old a');
    const output = await openOutput(dir);
    await output.write('a.html', 'new a');
    await output.write('b.pdf', 'new b');
    await output.commit();
    assert.deepEqual((await readdir(dir)).sort(), ['a.html', 'b.pdf']);
    assert.equal(await readFile(join(dir, 'a.html'), 'utf8'), 'new a');
  });
});

test('each error code of a failed write gets its own hint, in English and in Chinese', () => {
  const codes = ['ENOSPC', 'EROFS', 'EACCES', 'EISDIR', 'ENOTDIR', 'EBUSY', 'EIO', 'EMFILE', 'ENAMETOOLONG'];
  const hints = new Map(codes.map((code) => [code, say('en', writeHint(code))]));
  assert.match(hints.get('ENOSPC')!, /disk is full/);
  assert.match(hints.get('EROFS')!, /read-only/);
  assert.match(hints.get('EACCES')!, /permissions/);
  assert.equal(say('en', writeHint('EPERM')), hints.get('EACCES'));
  assert.match(hints.get('EISDIR')!, /A folder stands where the file/);
  assert.match(hints.get('ENOTDIR')!, /A file stands where a folder/);
  assert.equal(new Set(hints.values()).size, hints.size, 'no two codes share a hint');
  for (const [code, hint] of hints) if (code !== 'ENOSPC') assert.doesNotMatch(hint, /space/, code);
  const zh = new Map(codes.map((code) => [code, say('zh', writeHint(code))]));
  assert.match(zh.get('ENOSPC')!, /磁盘已满/);
  assert.match(zh.get('EROFS')!, /只读/);
  assert.equal(new Set(zh.values()).size, codes.length, 'no two codes share a Chinese hint');
  assert.match(say('zh', writeHint('ESOMETHING')), /请检查文件夹是否可写/);
});

test('finalName maps each temporary write() makes back to its final name, and leaves other paths alone', async () => {
  await withTempDir(async (dir) => {
    const output = await openOutput(dir);
    for (const name of ['booklet.html', 'booklet.pdf', 'fonts/NotoSerifSC-Regular.0123456789abcdef0123.ttf', 'my.book.tmp.html', 'README']) {
      const tmp = await output.write(name, 'x');
      assert.notEqual(tmp, join(dir, name));
      assert.equal(finalName(tmp), join(dir, name), tmp);
    }
    await output.abort();
    for (const path of [join(dir, 'booklet.html'), join(dir, '.booklet.html'), join(dir, 'notes.12.tmp')]) assert.equal(finalName(path), path);
  });
});
