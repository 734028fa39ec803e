// booklet.yaml's `faces:`: a role in a built-in design or in the user's TrueType files, and every face
// that cannot be used refused at its line with why (a CFF face would be a Type 3 font in the PDF).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../../src/config/load.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';
import { FONT_FACES, notoFace } from '../../src/html/fonts.js';
import { withTempDir } from '../helpers.js';

const BOOK = 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01.md\n';
/** Debian's Noto Serif CJK: a collection of CFF faces (fonts-noto-cjk, installed by make). */
const CFF_COLLECTION = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

/** Load a booklet.yaml (with 01.md and what `files` puts beside it) and return the booklet or its problems. */
async function load(yaml: string, files: (dir: string) => Promise<void> = async () => {}) {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), yaml);
    await writeFile(join(dir, '01.md'), '---\ntitle: 一\n---\n正文');
    await mkdir(join(dir, 'fonts'));
    await files(dir);
    try {
      return { booklet: await loadBooklet(dir), dir };
    } catch (error) {
      if (!(error instanceof BookletError)) throw error;
      return { problems: error.messages.map((m) => formatMessage(m, dir).split('\n')[0]!), hints: error.messages.map((m) => String(m.note ?? '')) };
    }
  });
}

test('the faces follow the language: Noto SC, TC for Traditional and Taiwan, HK for Hong Kong', async () => {
  const names = async (language: string) => {
    const { booklet } = await load(`${BOOK}language: ${language}\n`);
    return booklet!.faces.faces.map((f) => f.postScriptName);
  };
  assert.deepEqual(await names('zh-Hans'), ['NotoSerifSC-Regular', 'NotoSerifSC-Bold', 'NotoSansSC-Medium', 'NotoSansSC-Bold']);
  assert.deepEqual(await names('zh-Hant'), ['NotoSerifTC-Regular', 'NotoSerifTC-Bold', 'NotoSansTC-Medium', 'NotoSansTC-Bold']);
  assert.deepEqual(await names('zh-Hant-TW'), ['NotoSerifTC-Regular', 'NotoSerifTC-Bold', 'NotoSansTC-Medium', 'NotoSansTC-Bold']);
  assert.deepEqual(await names('zh-Hant-HK'), ['NotoSerifHK-Regular', 'NotoSerifHK-Bold', 'NotoSansHK-Medium', 'NotoSansHK-Bold']);
});

test('every built-in face is a TrueType (glyf) file, never CFF', async () => {
  for (const design of ['serif', 'sans'] as const) {
    for (const script of ['SC', 'TC', 'HK'] as const) {
      for (const weight of [400, 500, 700] as const) {
        const { readFile } = await import('node:fs/promises');
        const head = (await readFile(notoFace(design, script, weight).path)).subarray(0, 4);
        assert.deepEqual([...head], [0, 1, 0, 0], `${design} ${script} ${weight}`);
      }
    }
  }
});

test('a sans body and a serif heading: the CSS families of the roles follow', async () => {
  const { booklet } = await load(`${BOOK}faces:\n  body: sans\n  heading: serif\n`);
  assert.equal(booklet!.faces.body, '"Noto Sans SC", sans-serif');
  assert.equal(booklet!.faces.heading, '"Noto Serif SC", serif');
  assert.equal(booklet!.faces.text.postScriptName, 'NotoSansSC-Regular');
  assert.deepEqual(booklet!.faces.faces.map((f) => `${f.family} ${f.weight}`), ['Noto Sans SC 400', 'Noto Sans SC 700', 'Noto Serif SC 500', 'Noto Serif SC 700']);
});

test('a TrueType file of the user’s: the role’s family, its own PostScript name and label', async () => {
  const black = join(FONT_FACES[0]!.path, '..', '..', '900Black', 'NotoSerifSC_900Black.ttf');
  const { booklet } = await load(`${BOOK}faces:\n  heading:\n    regular: fonts/Heavy.ttf\n    bold: fonts/Heavy.ttf\n`, async (dir) => copyFile(black, join(dir, 'fonts', 'Heavy.ttf')));
  const heading = booklet!.faces.faces.filter((f) => f.postScriptName === 'NotoSerifSC-Black');
  assert.deepEqual(heading.map((f) => `${f.family} ${f.weight} ${f.label} ${f.source}`), ['Booklet Heading 500 Noto Serif SC fonts/Heavy.ttf', 'Booklet Heading 700 Noto Serif SC fonts/Heavy.ttf']);
  assert.equal(booklet!.faces.heading, '"Booklet Heading", sans-serif');
  // The body keeps the built-in Noto Serif SC, whose name the file also gives itself.
  assert.deepEqual(booklet!.faces.faces.filter((f) => f.family === 'Noto Serif SC').map((f) => f.postScriptName), ['NotoSerifSC-Regular', 'NotoSerifSC-Bold']);
});

test('faces that cannot be used are refused at their line, saying why', async () => {
  const result = await load(
    `${BOOK}faces:\n  body: fonts/Kai.otf\n  heading:\n    regular: fonts/Old.pfb\n    bold: fonts/missing.ttf\n`,
    async (dir) => {
      await copyFile(CFF_COLLECTION, join(dir, 'fonts', 'Kai.otf'));
      await writeFile(join(dir, 'fonts', 'Old.pfb'), Buffer.concat([Buffer.from([0x80, 0x01, 0x10, 0, 0, 0]), Buffer.from('%!PS-AdobeFont-1.0: Old 001.000\n')]));
    },
  );
  assert.deepEqual(result.problems, [
    'booklet.yaml:7:9 error fonts/Kai.otf has CFF (PostScript) outlines: Chromium would embed it in the PDF as a nameless Type 3 font  faces',
    'booklet.yaml:9:14 error fonts/Old.pfb is a Type 1 (PostScript) font, which Chromium cannot load  faces',
    `booklet.yaml:10:11 error Face file not found: fonts/missing.ttf (looked for ${'DIR'}/fonts/missing.ttf)  faces`.replace('DIR', result.problems![2]!.match(/looked for (.*)\/fonts\/missing/)![1]!),
  ]);
  assert.match(result.hints![0]!, /TrueType/);
});

test('a font collection or a WOFF2 web font is refused: the subsetter needs one .ttf face', async () => {
  const result = await load(`${BOOK}faces:\n  body: fonts/Ming.ttc\n`, async (dir) => {
    // A collection of TrueType faces: one of Debian's is not at hand, so a TrueType face in a ttcf header.
    const { readFile } = await import('node:fs/promises');
    const face = await readFile(FONT_FACES[0]!.path);
    const head = Buffer.alloc(16);
    head.write('ttcf', 0, 'latin1');
    head.writeUInt32BE(0x00010000, 4);
    head.writeUInt32BE(1, 8);
    head.writeUInt32BE(16, 12);
    // The face's table offsets count from the file's start: shift them by the header.
    const shifted = Buffer.from(face);
    const count = shifted.readUInt16BE(4);
    for (let i = 0; i < count; i++) shifted.writeUInt32BE(shifted.readUInt32BE(12 + i * 16 + 8) + 16, 12 + i * 16 + 8);
    await writeFile(join(dir, 'fonts', 'Ming.ttc'), Buffer.concat([head, shifted]));
  });
  assert.deepEqual(result.problems, ['booklet.yaml:7:9 error fonts/Ming.ttc is a font collection (.ttc): the booklet needs a single TrueType face (.ttf) to cut to the characters it uses  faces']);
});

test('a face that is not a font file, or a misspelt design, is named', async () => {
  assert.deepEqual((await load(`${BOOK}faces:\n  body: sanss\n`)).problems, ['booklet.yaml:7:9 error `faces.body` must be serif, sans, or a font file (a TrueType .ttf)  config']);
  const text = await load(`${BOOK}faces:\n  body: fonts/notes.ttf\n`, (dir) => writeFile(join(dir, 'fonts', 'notes.ttf'), 'not a font\n'));
  assert.deepEqual(text.problems, ['booklet.yaml:7:9 error fonts/notes.ttf is not a TrueType font (its bytes are not a font Chromium can load)  faces']);
});

test('a variant in another script takes the built-in faces of that script, the user’s faces as they are', async () => {
  const { facesInLanguage } = await import('../../src/html/fonts.js');
  const black = join(FONT_FACES[0]!.path, '..', '..', '900Black', 'NotoSerifSC_900Black.ttf');
  const { booklet } = await load(`${BOOK}faces:\n  heading: fonts/Heavy.ttf\n`, async (dir) => copyFile(black, join(dir, 'fonts', 'Heavy.ttf')));
  const hant = facesInLanguage(booklet!.faces, 'zh-Hant-HK');
  assert.deepEqual(hant.faces.map((f) => `${f.family} ${f.weight} ${f.postScriptName}`), ['Noto Serif HK 400 NotoSerifHK-Regular', 'Noto Serif HK 700 NotoSerifHK-Bold', 'Booklet Heading 500 NotoSerifSC-Black']);
  assert.equal(hant.body, '"Noto Serif HK", serif');
  assert.equal(hant.text.postScriptName, 'NotoSerifHK-Regular');
});
