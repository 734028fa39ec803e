// The preview serves a booklet's images as the editions get them: the bytes read and checked, so an SVG
// image is its sanitized copy (test/fixtures/hostile/svg-image: a script, handlers, a remote image); and
// the images and fonts a user stylesheet loads, as the build copies them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { typesetPreview } from '../../src/preview/typeset.js';
import { subsetFace } from '../../src/html/subset-face.js';
import { FONT_FACES } from '../../src/html/fonts.js';
import { FIXTURES, withTempDir } from '../helpers.js';

test('the preview serves the sanitized copy of an SVG image, not the file on disk', async () => {
  await withTempDir(async (cache) => {
    const state = await typesetPreview(join(FIXTURES, 'hostile', 'svg-image'), cache);
    assert.ok('book' in state, 'the booklet typesets');
    const svgs = [...state.book.assets].filter(([path]) => path.endsWith('.svg'));
    assert.equal(svgs.length, 1);
    const served = svgs[0]![1];
    assert.ok(typeof served !== 'string', 'served from the checked bytes, not by its path');
    assert.equal(served.type, 'image/svg+xml');
    const text = Buffer.from(served.data).toString('utf8');
    assert.match(text, /<svg/);
    for (const banned of ['<script', 'onload', 'evil.example', 'foreignObject']) assert.ok(!text.includes(banned), `no ${banned}`);
  });
});

test('the preview serves what a user stylesheet loads, under the names its CSS in the page gives', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    await mkdir(join(book, 'css', 'fonts'), { recursive: true });
    await mkdir(join(book, 'figures'));
    const png = PNG.sync.write(new PNG({ width: 2, height: 2 }));
    await writeFile(join(book, 'figures', 'bg.png'), png);
    // Not one of the booklet's own faces, which a stylesheet may not bring again.
    const black = join(dirname(dirname(FONT_FACES[0]!.path)), '900Black', 'NotoSerifSC_900Black.ttf');
    const ttf = await subsetFace(black, '样例', { retainGids: false });
    await writeFile(join(book, 'css', 'fonts', 'heading.ttf'), ttf);
    await writeFile(join(book, 'css', 'my.css'), '@font-face { font-family: H; src: url(fonts/heading.ttf); }\n.cover { background: url(../figures/bg.png); }\n');
    const yaml = join(book, 'booklet.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(/^articles:/m, 'styles:\n  - css/my.css\narticles:'));
    const state = await typesetPreview(book, join(dir, 'cache'));
    assert.ok('book' in state, 'the booklet typesets');
    const linked = [...state.book.html.matchAll(/url\("((?:images|fonts)\/(?:figures|css)\/[^"]+)"\)/g)].map((m) => m[1]!);
    assert.equal(linked.length, 2);
    const served = linked.map((path) => state.book.assets.get(`/${path}`));
    assert.deepEqual(served.map((s) => typeof s === 'object' && Buffer.from(s.data)), [Buffer.from(ttf), png]);
    assert.deepEqual(served.map((s) => typeof s === 'object' && s.type), ['font/ttf', 'image/png']);
  });
});
