// A user stylesheet in a subfolder of the booklet (css/my.css) that uses the booklet's own files: a
// background image by a relative url() and a TrueType face by @font-face. The build copies both beside
// booklet.html under content-hashed names, the CSS points at the copies, the cover shows the image and the
// PDF embeds the face as TrueType. A CFF face builds too, with the Type 3 warning at its line; the PDF
// shows why. The EPUB has none of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { strFromU8, unzipSync } from 'fflate';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { subsetFace } from '../../src/html/subset-face.js';
import { FONT_FACES } from '../../src/html/fonts.js';
import { FIXTURES, withTempDir } from '../helpers.js';

const CFF_COLLECTION = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
/** The cover's background: a colour no page of the booklet has otherwise. */
const ORANGE = [255, 120, 0];

/** The basic fixture with css/my.css (`css`), figures/bg.png and css/fonts/black.ttf (Noto Serif SC Black,
 *  TrueType, subset to the article's title 样例文章). */
async function book(dir: string, css: string): Promise<string> {
  const root = join(dir, 'book');
  await cp(join(FIXTURES, 'basic'), root, { recursive: true });
  await mkdir(join(root, 'figures'));
  await mkdir(join(root, 'css', 'fonts'), { recursive: true });
  const image = new PNG({ width: 8, height: 8 });
  for (let i = 0; i < image.data.length; i += 4) image.data.set([...ORANGE, 255], i);
  await writeFile(join(root, 'figures', 'bg.png'), PNG.sync.write(image));
  const black = join(dirname(dirname(FONT_FACES[0]!.path)), '900Black', 'NotoSerifSC_900Black.ttf');
  await writeFile(join(root, 'css', 'fonts', 'black.ttf'), await subsetFace(black, '样例文章', { retainGids: false }));
  await writeFile(join(root, 'css', 'my.css'), css);
  const yaml = join(root, 'booklet.yaml');
  await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(/^articles:/m, 'styles:\n  - css/my.css\narticles:'));
  return root;
}

/** pdffonts' rows: name and type. */
function pdfFonts(pdf: string): { name: string; type: string }[] {
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => ({ name: l.slice(0, 36).trim(), type: l.slice(37, 54).trim() }));
}

const CSS = [
  '@font-face { font-family: "My Black"; src: url(fonts/black.ttf) format("truetype"); }',
  '.article-title { font-family: "My Black"; }',
  '.cover { background: url(../figures/bg.png); }',
  '',
].join('\n');

test('a stylesheet’s background image and TrueType face, by url()s relative to it, are copied, linked and in the PDF', async () => {
  await withTempDir(async (dir) => {
    const root = await book(dir, CSS);
    const out = join(dir, 'out');
    const reporter = createMemoryReporter();
    await build({ dir: root, out, editions: ['html', 'screen', 'epub'], reporter, cache: false });
    assert.deepEqual(reporter.messages.filter((m) => /^(stylesheet|page-request)/.test(m.ruleId ?? '')).map((m) => m.reason), []);

    const html = await readFile(join(out, 'booklet.html'), 'utf8');
    const image = /url\("(images\/figures\/bg\.[0-9a-f]{12}\.png)"\)/.exec(html)?.[1];
    const font = /url\("(fonts\/css\/fonts\/black\.[0-9a-f]{12}\.ttf)"\) format\("truetype"\)/.exec(html)?.[1];
    assert.ok(image && font, 'booklet.html links the copies');
    assert.deepEqual(await readFile(join(out, image)), await readFile(join(root, 'figures', 'bg.png')));
    assert.deepEqual(await readFile(join(out, font)), await readFile(join(root, 'css', 'fonts', 'black.ttf')));
    // Copied whole, not left as temporaries.
    assert.deepEqual((await readdir(join(out, 'images', 'figures'))).length, 1);

    const fonts = pdfFonts(join(out, 'booklet.pdf'));
    assert.deepEqual(fonts.filter((f) => f.name.endsWith('+NotoSerifSC-Black')).map((f) => f.type), ['CID TrueType']);
    assert.deepEqual(fonts.filter((f) => f.type.startsWith('Type 3')), []);
    // Cover, title page, contents, each with its blank verso: the article opens on page 7.
    const titlePage = execFileSync('pdftotext', ['-f', '7', '-l', '7', join(out, 'booklet.pdf'), '-'], { encoding: 'utf8' });
    assert.match(titlePage, /^样例文章\n/);
    const onTitlePage = execFileSync('pdffonts', ['-f', '7', '-l', '7', join(out, 'booklet.pdf')], { encoding: 'utf8' });
    assert.match(onTitlePage, /\+NotoSerifSC-Black +CID TrueType/, 'the article’s first page draws with the face');

    // The EPUB keeps its own styles (user styles are for print): none of the stylesheet nor its files.
    const epub = unzipSync(await readFile(join(out, 'booklet.epub')));
    // …which has its own stylesheet and faces, and the article.
    assert.ok(epub['OEBPS/styles/booklet.css'] && epub['OEBPS/sample.xhtml'], Object.keys(epub).join(' '));
    assert.equal(Object.keys(epub).filter((name) => name.startsWith('OEBPS/fonts/')).length, 4, Object.keys(epub).join(' '));
    assert.deepEqual(Object.keys(epub).filter((name) => /black|figures/.test(name)), []);
    assert.ok(!Object.values(epub).some((data) => strFromU8(data, true).includes('My Black')));

    // The cover shows the image: a pixel inside its type area, beside the text, is the image's colour.
    const png = join(dir, 'cover');
    execFileSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', '-singlefile', '-png', join(out, 'booklet.pdf'), png]);
    const cover = PNG.sync.read(await readFile(`${png}.png`));
    const at = (Math.round(cover.height / 2) * cover.width + Math.round(cover.width / 4)) * 4;
    assert.deepEqual([...cover.data.subarray(at, at + 3)], ORANGE);
  });
});

test('a CFF face builds, with the Type 3 warning at its url(); the PDF has the Type 3 fonts it warns of', async () => {
  await withTempDir(async (dir) => {
    const root = await book(dir, `${CSS}@font-face { font-family: "CJK"; src: url(fonts/cjk.ttc); }\n.article-byline { font-family: "CJK"; }\n`);
    await copyFile(CFF_COLLECTION, join(root, 'css', 'fonts', 'cjk.ttc'));
    const out = join(dir, 'out');
    const reporter = createMemoryReporter();
    await build({ dir: root, out, editions: ['html', 'screen'], reporter, cache: false });
    assert.deepEqual(
      reporter.messages.filter((m) => m.ruleId === 'stylesheet-font').map((m) => `${String(m.file).slice(root.length + 1)}:${m.line}:${m.column} ${m.reason}`),
      ['css/my.css:4:39 Font has CFF (PostScript) outlines, which Chromium embeds in the PDF as a Type 3 font: fonts/cjk.ttc'],
    );
    const fonts = pdfFonts(join(out, 'booklet.pdf'));
    assert.ok(fonts.some((f) => f.type.startsWith('Type 3')), 'the byline is set in Type 3 fonts');
    assert.deepEqual(fonts.filter((f) => f.name.endsWith('+NotoSerifSC-Black')).map((f) => f.type), ['CID TrueType']);
  });
});
