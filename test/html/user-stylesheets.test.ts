// A user's stylesheet as booklet.html gets it (user-stylesheets.ts): its url()s resolved against its own
// folder and pointed at content-hashed copies; what cannot be published left out with a warning at its
// line:col naming it; a local @import followed under its conditions; a CFF face warned of.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { readUserStylesheets } from '../../src/html/user-stylesheets.js';
import { subsetFace } from '../../src/html/subset-face.js';
import { FONT_FACES } from '../../src/html/fonts.js';
import { BookletError } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';

const CFF_COLLECTION = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const hash = (data: Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 12);

/** A booklet folder with figures/bg.png, css/fonts/black.ttf (a subset of Noto Serif SC Black) and the
 *  stylesheets given (path → CSS); returns the folder and the two files' bytes. */
async function book(dir: string, sheets: Record<string, string>): Promise<{ root: string; png: Buffer; ttf: Buffer }> {
  const root = join(dir, 'book');
  await mkdir(join(root, 'figures'), { recursive: true });
  await mkdir(join(root, 'css', 'fonts'), { recursive: true });
  const image = new PNG({ width: 4, height: 4 });
  image.data.fill(200);
  const png = PNG.sync.write(image);
  await writeFile(join(root, 'figures', 'bg.png'), png);
  const black = join(dirname(dirname(FONT_FACES[0]!.path)), '900Black', 'NotoSerifSC_900Black.ttf');
  const ttf = Buffer.from(await subsetFace(black, '样例文章', { retainGids: false }));
  await writeFile(join(root, 'css', 'fonts', 'black.ttf'), ttf);
  for (const [path, css] of Object.entries(sheets)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), css);
  }
  return { root, png, ttf };
}

const places = (messages: { file?: unknown; line?: number | undefined; column?: number | undefined; reason: string; ruleId?: string | undefined }[], root: string) =>
  messages.map((m) => `${String(m.file).slice(root.length + 1)}:${m.line}:${m.column} ${m.reason.replaceAll(root, '…')}  ${m.ruleId}`);

test('url() resolves against the stylesheet’s own folder, and points at a content-hashed copy of the image or font', async () => {
  await withTempDir(async (dir) => {
    const css = [
      '@font-face { font-family: "My Black"; src: url(fonts/black.ttf) format("truetype"); }',
      'h1 { font-family: "My Black"; }',
      ".cover { background: url('../figures/bg.png') no-repeat, url(data:image/png;base64,AAAA); }",
      '.toc { --mark: url(../figures/bg.png?v=2); filter: url(#shadow); }',
      '',
    ].join('\n');
    const { root, png, ttf } = await book(dir, { 'css/my.css': css });
    const result = await readUserStylesheets([join(root, 'css', 'my.css')], root);
    assert.deepEqual(result.messages, []);
    const image = `images/figures/bg.${hash(png)}.png`;
    const font = `fonts/css/fonts/black.${hash(ttf)}.ttf`;
    assert.deepEqual(result.css, [
      [
        `@font-face { font-family: "My Black"; src: url("${font}") format("truetype"); }`,
        'h1 { font-family: "My Black"; }',
        // A data: URL and a fragment name nothing outside the document: as written.
        `.cover { background: url("${image}") no-repeat, url(data:image/png;base64,AAAA); }`,
        `.toc { --mark: url("${image}"); filter: url(#shadow); }`,
        '',
      ].join('\n'),
    ]);
    assert.deepEqual(
      result.assets.map((a) => ({ ...a, from: Buffer.from(a.from).equals(a.to === image ? png : ttf) })),
      [
        { from: true, to: font, mediaType: 'font/ttf', postScriptName: 'NotoSerifSC-Black' },
        { from: true, to: image, mediaType: 'image/png' },
      ],
    );
  });
});

test('a URL that leaves the booklet, names a missing file or one that is no image or font, is left out with a warning at its line:col', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'outside.png'), PNG.sync.write(new PNG({ width: 1, height: 1 })));
    const css = [
      '.a { background: url(http://127.0.0.1:9/x.png); }',
      '.b { background: url(//cdn.example/x.png), url(../figures/bg.png); }',
      '.c { background: url(/etc/passwd); cursor: url(file:///etc/passwd), auto; }',
      '.d { background: url(../../outside.png); }',
      '.e { background: url(missing.png); }',
      '.f { background: url(../link.png); }',
      '.g { background: url(../booklet.yaml); }',
      '.h { background: url(bad%E0%A4%A.png); }',
      '@font-face { font-family: X; src: url(https://fonts.example/x.woff2) format("woff2"), url(fonts/black.ttf) format("truetype"); }',
      '@font-face { font-family: Y; src: local(Y), url(fonts/black.ttf), url(https://fonts.example/y.woff2); }',
      '.i { background-image: image-set("https://x.example/a.png" 1x, "../figures/bg.png" 2x); }',
      '',
    ].join('\n');
    const { root, png, ttf } = await book(dir, { 'css/my.css': css });
    await writeFile(join(root, 'booklet.yaml'), 'title: 测试\n');
    await symlink(join(dir, 'outside.png'), join(root, 'link.png'));
    const result = await readUserStylesheets([join(root, 'css', 'my.css')], root);
    assert.deepEqual(places(result.messages, root), [
      'css/my.css:1:18 Stylesheet loads a file outside the booklet, left out: http://127.0.0.1:9/x.png  stylesheet-url',
      'css/my.css:2:18 Stylesheet loads a file outside the booklet, left out: //cdn.example/x.png  stylesheet-url',
      'css/my.css:3:18 Stylesheet loads a file outside the booklet, left out: /etc/passwd  stylesheet-url',
      'css/my.css:3:44 Stylesheet loads a file outside the booklet, left out: file:///etc/passwd  stylesheet-url',
      `css/my.css:4:18 Stylesheet loads a file outside the booklet, left out: ../../outside.png (${dir}/outside.png)  stylesheet-url`,
      'css/my.css:5:18 Stylesheet file not found, left out: missing.png (looked for …/css/missing.png)  stylesheet-url',
      'css/my.css:6:18 Stylesheet loads a file outside the booklet, left out: ../link.png (a link from …/link.png)  stylesheet-url',
      'css/my.css:7:18 Stylesheet loads a file that is neither an image nor a font, left out: ../booklet.yaml  stylesheet-url',
      'css/my.css:8:18 Stylesheet URL has a malformed %-escape, left out: bad%E0%A4%A.png  stylesheet-url',
      'css/my.css:9:35 Stylesheet loads a file outside the booklet, left out: https://fonts.example/x.woff2  stylesheet-url',
      'css/my.css:10:67 Stylesheet loads a file outside the booklet, left out: https://fonts.example/y.woff2  stylesheet-url',
      'css/my.css:11:34 Stylesheet loads a file outside the booklet, left out: https://x.example/a.png  stylesheet-url',
    ]);
    assert.ok(result.messages.every((m) => m.fatal === false));
    const image = `images/figures/bg.${hash(png)}.png`;
    const font = `fonts/css/fonts/black.${hash(ttf)}.ttf`;
    assert.deepEqual(result.css[0]!.split('\n'), [
      // A background keeps its layers.
      '.a { background: none; }',
      `.b { background: none, url("${image}"); }`,
      '.c { background: none; cursor: none, auto; }',
      '.d { background: none; }',
      '.e { background: none; }',
      '.f { background: none; }',
      '.g { background: none; }',
      '.h { background: none; }',
      // A list of choices keeps the others.
      `@font-face { font-family: X; src: url("${font}") format("truetype"); }`,
      `@font-face { font-family: Y; src: local(Y), url("${font}"); }`,
      `.i { background-image: image-set("${image}" 2x); }`,
      '',
    ]);
    assert.deepEqual(result.assets.map((a) => a.to), [image, font], 'each file once');
  });
});

test('a local @import is followed: its sheet goes first, under the import’s conditions, its url()s resolved against its own folder', async () => {
  await withTempDir(async (dir) => {
    const { root, png } = await book(dir, {
      'css/my.css': '@charset "utf-8";\n@import "parts/a.css";\n@import url(parts/b.css) layer(theme) print;\n@import "../theme/missing.css";\nh1 { color: red; }\n@import "parts/a.css";\n',
      'css/parts/a.css': '.cover { background: url(../../figures/bg.png); }\n',
      'css/parts/b.css': '@import "../my.css";\n@import "b.css";\nh2 { color: blue; }\n',
    });
    const result = await readUserStylesheets([join(root, 'css', 'my.css')], root);
    assert.deepEqual(places(result.messages, root), [
      'css/parts/b.css:1:1 Stylesheet imports a stylesheet that imports it, left out: ../my.css  stylesheet-url',
      'css/parts/b.css:2:1 Stylesheet imports itself, left out: b.css  stylesheet-url',
      'css/my.css:4:1 Stylesheet file not found, left out: ../theme/missing.css (looked for …/theme/missing.css)  stylesheet-url',
      "css/my.css:6:1 Stylesheet's @import comes after other rules, where CSS ignores it, left out: parts/a.css  stylesheet-url",
    ]);
    assert.deepEqual(result.css, [
      `.cover { background: url("images/figures/bg.${hash(png)}.png"); }\n`,
      '@layer theme {\n@media print {\n\n\nh2 { color: blue; }\n\n}\n}',
      '@charset "utf-8";\n\n\n\nh1 { color: red; }\n\n',
    ]);
  });
});

test('a CFF face gets the Type 3 warning at its url(); a copy of one of the booklet’s own faces is left out', async () => {
  await withTempDir(async (dir) => {
    const css = '@font-face { font-family: "CJK"; src: url(fonts/cjk.ttc); }\n@font-face { font-family: "Mine"; src: url(fonts/serif.ttf); }\n';
    const { root } = await book(dir, { 'css/my.css': css });
    await copyFile(CFF_COLLECTION, join(root, 'css', 'fonts', 'cjk.ttc'));
    await writeFile(join(root, 'css', 'fonts', 'serif.ttf'), await subsetFace(FONT_FACES[0]!.path, '学', { retainGids: false }));
    const result = await readUserStylesheets([join(root, 'css', 'my.css')], root);
    assert.deepEqual(places(result.messages, root), [
      'css/my.css:1:39 Font has CFF (PostScript) outlines, which Chromium embeds in the PDF as a Type 3 font: fonts/cjk.ttc  stylesheet-font',
      `css/my.css:2:40 Font is one of the booklet's own faces (${FONT_FACES[0]!.postScriptName}), left out: fonts/serif.ttf  stylesheet-font`,
    ]);
    assert.match(result.messages[0]!.note ?? '', /TrueType-outline \(glyf\)/);
    assert.match(result.messages[1]!.note ?? '', /font-family: "Noto Serif SC"; font-weight: 400/);
    // The CFF face is still published (the screen PDF shows it); the booklet's own is not.
    assert.deepEqual(result.assets.map((a) => [a.mediaType, a.postScriptName]), [['font/collection', 'NotoSerifCJKjp-Regular']]);
    assert.match(result.css[0]!, /"Mine"; src: ; }/, 'its src is empty: the rule is dropped');
  });
});

test('`</style` in an imported sheet stops the build at its place', async () => {
  await withTempDir(async (dir) => {
    const { root } = await book(dir, { 'css/my.css': '@import "x.css";\n', 'css/x.css': 'p { color: red; }\n</style><script>alert(1)</script>\n' });
    await assert.rejects(readUserStylesheets([join(root, 'css', 'my.css')], root), (error: unknown) => {
      assert.ok(error instanceof BookletError);
      assert.deepEqual(places(error.messages, root), ["css/x.css:2:1 Stylesheet contains `</style`, which would end the booklet's <style> element  stylesheet"]);
      return true;
    });
  });
});
