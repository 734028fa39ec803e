// Font subsets: compact ones number their glyphs afresh, and glyph-map.ts finds each glyph of one in
// another; those of a command that runs on keep the glyph ids of the face (so printed parts made with an
// older subset draw the right glyphs with a newer one as they are); the cache does not grow without end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { subsetFonts } from '../../src/html/subset-fonts.js';
import { bookFaces, FONT_FACES, type FontFace } from '../../src/html/fonts.js';

/** A book of one face (both roles). */
const one = (face: FontFace) => bookFaces({ regular: face, generic: 'serif' }, { regular: face, generic: 'serif' });
import { characterMap, glyphMap } from '../../src/paginate/glyph-map.js';
import { withTempDir } from '../helpers.js';

/** The glyph id the font's cmap gives a character (glyph-map.ts reads the cmap), 0 if none. */
function glyphOf(font: Buffer, ch: string): number {
  return characterMap(font).get(ch.codePointAt(0)!) ?? 0;
}

function tableOffset(font: Buffer, tag: string): number {
  for (let i = 0; i < font.readUInt16BE(4); i++) if (font.toString('latin1', 12 + i * 16, 16 + i * 16) === tag) return font.readUInt32BE(20 + i * 16);
  throw new Error(`no ${tag} table`);
}

test('subsets with kept ids keep the glyph ids of the face, whatever else they hold', async () => {
  await withTempDir(async (dir) => {
    const face = FONT_FACES[0]!;
    const full = await readFile(face.path);
    const [small] = await subsetFonts('学习读本', dir, { retainGids: true }, one(face));
    const [large] = await subsetFonts('学习读本饕餮鳜鱼', dir, { retainGids: true }, one(face));
    const [smallFont, largeFont] = await Promise.all([readFile(small!.from), readFile(large!.from)]);
    assert.ok(smallFont.length < full.length / 10, 'a subset is small');
    for (const ch of '学习读本') {
      assert.ok(glyphOf(full, ch) > 0);
      assert.equal(glyphOf(smallFont, ch), glyphOf(full, ch), `${ch} in the small subset`);
      assert.equal(glyphOf(largeFont, ch), glyphOf(full, ch), `${ch} in the large subset`);
    }
    assert.equal(glyphOf(smallFont, '饕'), 0, 'the small subset lacks what it was not asked for');
    assert.equal(glyphOf(largeFont, '饕'), glyphOf(full, '饕'));
  });
});

test('compact subsets number glyphs afresh; the glyph map finds each glyph of one in the other', async () => {
  await withTempDir(async (dir) => {
    const face = FONT_FACES[0]!;
    // 一 has one of the face's lowest ids among these, 龢 one of the highest: new characters around them.
    const [small] = await subsetFonts('学习读本', dir, { retainGids: false }, one(face));
    const [large] = await subsetFonts('一学习读本饕餮鳜鱼龢', dir, { retainGids: false }, one(face));
    const [kept] = await subsetFonts('学习读本', dir, { retainGids: true }, one(face));
    const [smallFont, largeFont, keptFont] = await Promise.all([readFile(small!.from), readFile(large!.from), readFile(kept!.from)]);
    assert.ok(smallFont.length < keptFont.length / 2, `compact ${smallFont.length} bytes, with kept ids ${keptFont.length}`);
    const map = glyphMap(smallFont, largeFont);
    const fromKept = glyphMap(keptFont, largeFont);
    let moved = 0;
    for (const ch of '学习读本') {
      const [a, b] = [glyphOf(smallFont, ch), glyphOf(largeFont, ch)];
      assert.ok(a > 0 && b > 0);
      assert.equal(map.get(a), b, `${ch}: ${a} in the small subset is ${b} in the large one`);
      assert.equal(fromKept.get(glyphOf(keptFont, ch)), b, `${ch} from the subset with kept ids`);
      if (a !== b) moved++;
    }
    assert.ok(moved > 0, 'the new characters renumbered some glyphs');
    // Punctuation brings glyphs no character maps to (vertical forms): found by their outlines, and no
    // two glyphs of the small subset end up as one.
    const [punct] = await subsetFonts('学习“”（）《》、。，', dir, { retainGids: false }, one(face));
    const [punctLarge] = await subsetFonts('一学习“”（）《》、。，饕餮鳜鱼龢', dir, { retainGids: false }, one(face));
    const [p, q] = await Promise.all([readFile(punct!.from), readFile(punctLarge!.from)]);
    const byOutline = glyphMap(p, q);
    const glyphs = p.readUInt16BE(tableOffset(p, 'maxp') + 4);
    assert.ok(glyphs > 11 + 10, `${glyphs} glyphs: more than the 11 characters and .notdef`);
    assert.ok(byOutline.size >= glyphs - 2, `${byOutline.size} of ${glyphs} glyphs found (a blank one no character maps to is not)`);
    assert.equal(new Set(byOutline.values()).size, byOutline.size, 'one new glyph for each old one');
  });
});

test('the subset cache keeps the current subsets and at most 32 others', async () => {
  await withTempDir(async (dir) => {
    const face = FONT_FACES[0]!;
    let current = '';
    for (let i = 0; i < 40; i++) current = (await subsetFonts(`第${String.fromCodePoint(0x4e00 + i)}次`, dir, { retainGids: false }, one(face)))[0]!.from;
    const files = await readdir(join(dir, 'fonts'));
    assert.equal(files.length, 33, files.join(' '));
    assert.ok(files.includes(current.split('/').pop()!), 'the current subset stays');
  });
});
