// What a command that runs on keeps (keep-session.ts) lives in the session it makes and passes to each
// build: a build in a session reuses the last one's parse trees and loaded faces, and makes its subsets
// with the faces' glyph ids; a build without one, even after builds in a session in the same process,
// reuses nothing and makes compact subsets; and two sessions keep apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { createMemoryReporter } from '../src/diagnostics.js';
import { loadBooklet } from '../src/config/load.js';
import { openKeepSession, type KeepSession } from '../src/keep-session.js';
import { characterMap } from '../src/paginate/glyph-map.js';
import { FIXTURES, withTempDir } from './helpers.js';

/** Characters of the fixture's title, set in its regular face. */
const TITLE = '测试读本';

test('a build in a session reuses what the last one kept; one without a session keeps and reuses nothing; sessions keep apart', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    const regular = (await loadBooklet(book)).faces.faces.find((f) => f.weight === 400)!;
    const full = await readFile(regular.path);
    /** An HTML build into `<dir>/<out>` (its own font cache: every subset made afresh), in `keep` if given. */
    const htmlBuild = (out: string, keep?: KeepSession) =>
      build({ dir: book, out: join(dir, out), editions: ['html'], reporter: createMemoryReporter(), ...(keep ? { keep } : {}) });
    /** Whether the regular face's subset in `<dir>/<out>` draws the title with the face's own glyph ids. */
    const keptIds = async (out: string) => {
      const name = (await readdir(join(dir, out, 'fonts'))).find((n) => n.startsWith(`${regular.postScriptName}.`))!;
      const subset = characterMap(await readFile(join(dir, out, 'fonts', name)));
      const ids = [...TITLE].map((ch) => [subset.get(ch.codePointAt(0)!), characterMap(full).get(ch.codePointAt(0)!)]);
      assert.ok(ids.every(([a, b]) => a && b), `the subset and the face both have ${TITLE}`);
      return ids.every(([a, b]) => a === b);
    };
    const [one, two] = [openKeepSession(), openKeepSession()];
    try {
      await htmlBuild('one-a', one);
      assert.deepEqual([one.manuscripts.trees.reused(), one.subsetter.reused()], [0, 0], 'the first build in a session made everything');
      assert.equal(await keptIds('one-a'), true, 'subsets with the face glyph ids');
      await htmlBuild('one-b', one);
      assert.equal(one.manuscripts.trees.reused(), 1, 'the one manuscript was not parsed again');
      const subsets = (await readdir(join(dir, 'one-b', 'fonts'))).length;
      assert.equal(one.subsetter.reused(), subsets, `each of the ${subsets} subsets was made from a face kept loaded`);

      await htmlBuild('alone');
      assert.equal(await keptIds('alone'), false, 'a build without a session, after those in one: compact subsets');
      await htmlBuild('two', two);
      assert.deepEqual([two.manuscripts.trees.reused(), two.subsetter.reused()], [0, 0], "another session has nothing of the first one's");
      assert.deepEqual([one.manuscripts.trees.reused(), one.subsetter.reused()], [1, subsets], 'nor the first of the others’ builds');
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
  });
});
