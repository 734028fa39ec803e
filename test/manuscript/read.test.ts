import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';

/** Read one manuscript with the given bytes and return the messages (first line of each). */
async function problems(content: string | Uint8Array): Promise<string[]> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n');
    await writeFile(join(dir, '01-a.md'), content);
    try {
      const [m] = await readManuscripts(await loadBooklet(dir), dir);
      assert.ok(m?.meta.id === 'a' || m?.meta.id === 'cover');
      return [];
    } catch (error) {
      if (!(error instanceof BookletError)) throw error;
      return error.messages.map((m) => formatMessage(m, dir).split('\n')[0]!);
    }
  });
}

test('a good manuscript reads with an id from its file name', async () => {
  assert.deepEqual(await problems('---\ntitle: 标题\n---\n\n正文。\n'), []);
});

test('a BOM and CRLF line ends are accepted silently', async () => {
  assert.deepEqual(await problems('\uFEFF---\r\ntitle: 标题\r\n---\r\n\r\n正文。\r\n'), []);
});

test('invalid YAML in front matter is reported at its line in the manuscript', async () => {
  const messages = await problems('---\ntitle: 标题\nauthor: [张三\n---\n\n正文。\n');
  assert.equal(messages.length, 1);
  assert.match(messages[0]!, /^01-a\.md:[34]:\d+ error Invalid YAML: .*  front-matter$/);
});

test('an unknown front-matter key is reported at its line', async () => {
  assert.deepEqual(await problems('---\ntitle: 标题\nauthr: 张三\n---\n\n正文。\n'), ['01-a.md:3:1 error Unknown key `authr`; did you mean `author`?  front-matter']);
});

test('a missing title is reported', async () => {
  assert.deepEqual(await problems('---\nauthor: 张三\n---\n\n正文。\n'), ['01-a.md:2:1 error Missing required key `title`  front-matter']);
});

test('an empty manuscript is an error', async () => {
  assert.deepEqual(await problems(''), ['01-a.md:1:1 error Manuscript is empty  manuscript']);
});

test('front matter with no text after it is an error at the line after it', async () => {
  assert.deepEqual(await problems('---\ntitle: 标题\n---\n'), ['01-a.md:4:1 error Manuscript has no text after its front matter  manuscript']);
});

test('a manuscript without front matter or an opening # heading is an error', async () => {
  assert.deepEqual(await problems('正文。\n'), ['01-a.md:1:1 error Manuscript has no title  front-matter']);
});

test('a file that is not UTF-8 (GBK here) is refused at the first bad byte', async () => {
  // "---\ntitle: 标题\n---\n\n" in UTF-8, then 中文 in GBK (D6 D0 CE C4).
  const head = Buffer.from('---\ntitle: 标题\n---\n\n正文', 'utf8');
  const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a]);
  assert.deepEqual(await problems(Buffer.concat([head, gbk])), ['01-a.md:5:3 error File is not valid UTF-8 (byte 0xD6 at byte offset 29)  manuscript']);
});

test('a real U+FFFD in the file is not mistaken for bad bytes', async () => {
  assert.deepEqual(await problems('---\ntitle: 标题\n---\n\n替换符\uFFFD。\n'), []);
});

test('a BOM before a real U+FFFD is not mistaken for bad bytes', async () => {
  assert.deepEqual(await problems('\uFEFF---\ntitle: 标题\n---\n\n替换符\uFFFD。\n'), []);
});

test('an article id reserved for the booklet’s own parts is refused', async () => {
  assert.deepEqual(await problems('---\nid: cover\ntitle: 标题\n---\n\n正文。\n'), [
    "01-a.md:1:1 error Article id `cover` is reserved for the booklet's own parts  front-matter",
  ]);
});

test('a whole file in GB18030 is recognised, and the hint says how to convert it', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n');
    // "---\ntitle: 中文\n---\n\n中文。" with 中文 and 。 in GB18030.
    const gb = Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('\n---\n\n'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3, 0x0a])]);
    await writeFile(join(dir, '01-a.md'), gb);
    await assert.rejects(readManuscripts(await loadBooklet(dir), dir), (error: unknown) => {
      assert.ok(error instanceof BookletError);
      assert.match(error.messages[0]!.note ?? '', /^It reads as GB18030 \(GBK\) Chinese.*iconv -f GB18030 -t UTF-8/);
      return true;
    });
  });
});
