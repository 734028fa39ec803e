// The faces' maps as a build keeps them in `<out>/.cache/coverage/` (ranges, looked up without being
// spread into a set): they answer exactly as the map read from the face does, and a command's reader
// keeps every face it read afresh (the body face's and its fallback's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fontCoverage, openCoverage, readCachedCoverage, writeCachedCoverage } from '../../src/html/font-coverage.js';
import { defaultFaces, FONT_FACES } from '../../src/html/fonts.js';
import { fallbackOf } from '../../src/html/fallback-faces.js';

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

test('a command’s maps: each face read once, those read afresh kept for the next (a face and its fallback)', async () => {
  await withTempDir(async (dir) => {
    const faces = defaultFaces('zh-Hant');
    const fallback = fallbackOf(faces, faces.text)!;
    const first = openCoverage(dir);
    assert.equal(first.of(faces.text), first.of(faces.text), 'read once');
    const [tc, sc] = await Promise.all([first.of(faces.text), first.of(fallback)]);
    assert.ok(tc instanceof Set && sc instanceof Set, 'read from the faces');
    assert.ok(!tc.has(0x7232) && sc.has(0x7232), '爲: not in the TC face, in the SC face');
    assert.deepEqual(await readdir(join(dir, 'coverage')).catch(() => []), [], 'nothing kept before keep()');
    await first.keep();
    assert.deepEqual((await readdir(join(dir, 'coverage'))).map((n) => n.replace(/-\d+-\d+\.json$/, '')).sort(), ['NotoSerifSC-Regular', 'NotoSerifTC-Regular']);
    const next = openCoverage(dir);
    const [keptTc, keptSc] = await Promise.all([next.of(faces.text), next.of(fallback)]);
    assert.ok(!(keptTc instanceof Set) && !(keptSc instanceof Set), 'read from the kept ranges');
    assert.ok(!keptTc.has(0x7232) && keptSc.has(0x7232));
  });
});
