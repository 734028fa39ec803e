// The front matter a command that runs on (build --watch, preview) found valid is kept in its session and
// not validated again on the next read of the same text: the same metadata, a copy of its own for each
// read, and a front matter changed to something wrong is still reported at its file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BookletError } from '../../src/diagnostics.js';
import { openKeepSession } from '../../src/keep-session.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import type { ResolvedBooklet } from '../../src/config/resolve.js';
import { withTempDir } from '../helpers.js';

test('kept front matter: the same metadata, a copy for each read, and a broken edit still reported at its line', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, '01-yi.md');
    const booklet = { articles: [{ path, name: '01-yi.md', place: { file: join(dir, 'booklet.yaml'), line: 3 } }] } as unknown as ResolvedBooklet;
    await writeFile(path, '---\ntitle: 样例\nauthor: 作者\n---\n\n正文。\n');
    const fresh = await readManuscripts(booklet, dir);
    const { manuscripts: kept } = openKeepSession();
    const reusedFrontMatters = () => kept.frontMatters.reused();
    const read = () => readManuscripts(booklet, dir, { kept });
    const first = await read();
    assert.equal(reusedFrontMatters(), 0, 'a read without the session kept nothing for it: validated');
    // What a caller may do to its metadata, to the one validated and then to one kept.
    first[0]!.meta.editorial.push({ action: 'gap', line: 1, note: '改过' });
    const before = reusedFrontMatters();
    const second = await read();
    assert.equal(reusedFrontMatters(), before + 1, 'the kept front matter answered');
    assert.deepEqual(second[0]!.meta, fresh[0]!.meta, 'the same metadata, untouched by the first caller');
    second[0]!.meta.editorial.push({ action: 'gap', line: 2, note: '又改' });
    assert.deepEqual((await read())[0]!.meta, fresh[0]!.meta, 'nor by the second');

    // The body changes, the front matter does not: still kept. The front matter changes: validated afresh.
    await writeFile(path, '---\ntitle: 样例\nauthor: 作者\n---\n\n另一段正文。\n');
    await read();
    assert.equal(reusedFrontMatters(), before + 3);
    await writeFile(path, '---\ntitle: 样例\nauthor: 作者\nsubtitle: ""\n---\n\n正文。\n');
    const broken = await read().catch((error: unknown) => error);
    assert.ok(broken instanceof BookletError, 'a wrong front matter fails the read');
    assert.deepEqual(
      broken.messages.map((m) => [m.file, m.line, m.ruleId]),
      [['01-yi.md', 4, 'front-matter']],
    );
    assert.equal(reusedFrontMatters(), before + 3, 'it was validated, not taken from the kept ones');
  });
});
