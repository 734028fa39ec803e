// The body face's map as a build keeps it in `<out>/.cache/coverage/` (ranges, looked up without being
// spread into a set): it answers exactly as the map read from the face does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fontCoverage, readCachedCoverage, writeCachedCoverage } from '../../src/proof/fonts.js';
import { FONT_FACES } from '../../src/html/fonts.js';

const BODY_FACE = FONT_FACES[0]!;
import { withTempDir } from '../helpers.js';

test('the kept coverage map answers as the face does, for every code point', async () => {
  await withTempDir(async (dir) => {
    assert.equal(await readCachedCoverage(BODY_FACE, dir), undefined, 'nothing kept yet');
    const fresh = await fontCoverage(BODY_FACE);
    await writeCachedCoverage(BODY_FACE, dir, fresh);
    const kept = await readCachedCoverage(BODY_FACE, dir);
    assert.ok(kept);
    let differ = 0;
    for (let code = 0; code <= 0x3ffff; code++) if (kept.has(code) !== fresh.has(code)) differ++;
    assert.equal(differ, 0);
    assert.ok(kept.has('学'.codePointAt(0)!) && !kept.has(0x16b00), 'a character it has; one it lacks');
  });
});

test('a damaged coverage file is read as none (the face is read again)', async () => {
  await withTempDir(async (dir) => {
    await writeCachedCoverage(BODY_FACE, dir, new Set([0x5b66]));
    const [file] = await readdir(join(dir, 'coverage'));
    await writeFile(join(dir, 'coverage', file!), '[[1, "x"]]');
    assert.equal(await readCachedCoverage(BODY_FACE, dir), undefined);
    await writeFile(join(dir, 'coverage', file!), '[[5, 6], [1, 2]]');
    assert.equal(await readCachedCoverage(BODY_FACE, dir), undefined, 'out of order');
    await writeFile(join(dir, 'coverage', file!), '{not json');
    assert.equal(await readCachedCoverage(BODY_FACE, dir), undefined);
  });
});
