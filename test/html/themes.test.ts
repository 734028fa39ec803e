// Themes and covers: each built-in theme builds and proofs the project's booklet with no error, and they
// differ as they claim (the red cover is red, the modern body is in the sans); a user's theme folder is
// used; a misspelt theme, a theme folder without a file and a template's unknown placeholder are errors
// at their lines; `booklet themes` lists them; `styles:` reaches the EPUB, which EPUBCheck passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { strFromU8, unzipSync } from 'fflate';
import { build } from '../../src/build.js';
import { BookletError, createMemoryReporter } from '../../src/diagnostics.js';
import { loadBooklet } from '../../src/config/load.js';
import { proofBooklet } from '../../src/proof/proof-booklet.js';
import { THEMES_DIR } from '../../src/config/theme.js';
import { CLI, ROOT, withTempDir } from '../helpers.js';
import { epubcheck } from '../epub/epubcheck.js';

/** The project's booklet in `dir`/book, without its visual baseline, with `extra` lines in booklet.yaml. */
async function book(dir: string, extra: string): Promise<string> {
  const root = join(dir, 'book');
  await cp(join(ROOT, 'manuscripts'), root, { recursive: true });
  await rm(join(root, 'proof-baseline'), { recursive: true, force: true });
  await rm(join(root, 'output'), { recursive: true, force: true });
  const yaml = join(root, 'booklet.yaml');
  await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(/^articles:/m, `${extra}\narticles:`));
  return root;
}

/** The share of a page's pixels near `rgb` (pdftoppm at 20 dpi). */
function share(pdf: string, page: number, rgb: [number, number, number], dir: string): number {
  const png = join(dir, `page-${page}`);
  execFileSync('pdftoppm', ['-r', '20', '-f', String(page), '-l', String(page), '-singlefile', '-png', pdf, png]);
  const image = PNG.sync.read(execFileSync('cat', [`${png}.png`]));
  let near = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (rgb.every((c, k) => Math.abs(image.data[i + k]! - c) < 24)) near++;
  }
  return near / (image.width * image.height);
}

const pageFonts = (pdf: string, page: number) => execFileSync('pdffonts', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' });

/** Furniture other than the default, for the themes that style it: their running heads and folios must still
 *  show what booklet.yaml chooses (a theme that wrote the margin boxes itself replaced the user's choice). */
const FURNITURE = 'runningHeads:\n  verso: none\n  recto: section\nfolio:\n  position: center\n  form: dashes';

for (const theme of ['classic', 'red', 'modern']) {
  test(`the booklet in the ${theme} theme proofs with no error${theme === 'classic' ? '' : ', with the running heads and folios booklet.yaml chooses'}`, async () => {
    await withTempDir(async (dir) => {
      const root = await book(dir, theme === 'classic' ? `theme: ${theme}` : `theme: ${theme}\n${FURNITURE}`);
      const result = await proofBooklet({ dir: root, out: join(dir, 'out'), reporter: createMemoryReporter() });
      assert.deepEqual(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.check} ${f.page ?? ''} ${f.excerpt}`), []);
      const pdf = join(dir, 'out', 'booklet.pdf');
      const red = share(pdf, 1, [200, 22, 29], dir);
      // The red theme's cover is a red field; the others have no red on theirs.
      if (theme === 'red') assert.ok(red > 0.5, `red cover: ${red}`);
      else assert.ok(red < 0.01, `${theme} cover: ${red}`);
      // The article's first page (7): the body in the serif, but in the modern theme in the sans.
      const fonts = pageFonts(pdf, 7);
      if (theme === 'modern') assert.doesNotMatch(fonts, /NotoSerif/, fonts);
      else assert.match(fonts, /NotoSerifSC-Regular/, fonts);
      if (theme === 'classic') assert.equal(result.pages, 22, 'the default look keeps its pages');
      else {
        // Page 8, the article's second page (a verso, folio 2): no running head (verso: none), the folio
        // centred as — 2 —; the recto after it heads with the section (the article's title before it).
        const text = (page: number) => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
        const verso = text(8).split('\n').filter((line) => line.trim());
        assert.doesNotMatch(verso[0]!, /学习读本/, `verso head: ${verso[0]}`);
        assert.match(verso.at(-1)!, /^\s{10,}— ?2 ?—\s*$/, `centred folio: ${verso.at(-1)}`);
        // The theme's look stays: red's head over a red rule on the recto.
        if (theme === 'red') assert.ok(share(pdf, 9, [200, 22, 29], dir) > 0.001, 'a red head and rule on the recto');
      }
    });
  });
}

test('each theme\'s cover is one page on a small trim (64开, 15 lines): the compiler and the month stay on it', async () => {
  await withTempDir(async (dir) => {
    const root = await book(dir, '');
    const yaml = join(root, 'booklet.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(/^  size: A5$/m, '  size: 64开'));
    for (const theme of ['classic', 'red', 'modern']) {
      const out = join(dir, theme);
      await build({ dir: root, out, theme, editions: ['screen'], reporter: createMemoryReporter(), lint: false, cache: false });
      const text = (page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), join(out, 'booklet.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      // (Their fixed heights in pitches took 22–26 of A5's 25 lines: on 64开 the foot went to page 2.)
      assert.match(text(1), /学习读本.*人工智能与高质量发展.*本书编写组.*2026年11月/, `${theme}: the cover`);
      assert.equal(text(2), '', `${theme}: the cover's verso is blank`);
    }
  });
});

test('a theme folder named in booklet.yaml is used, its cover template filled; cover: sets the colour and hides the compiler', async () => {
  await withTempDir(async (dir) => {
    const root = await book(dir, 'theme: house\ncover:\n  background: "#00ff00"\n  compiler: false');
    await cp(join(THEMES_DIR, 'red'), join(root, 'house'), { recursive: true });
    await writeFile(join(root, 'house', 'theme.yaml'), 'name: house\ndescription:\n  en: Ours\n  zh: 我们的\nfaces:\n  heading: sans\n');
    await writeFile(join(root, 'house', 'cover.html'), '<p class="cover-title">{{title}}</p>\n<p class="cover-subtitle">内部资料·{{date}}</p>\n<p class="cover-compiler">{{compiler}}</p>\n<script>alert(1)</script>\n');
    const booklet = await loadBooklet(root);
    assert.deepEqual({ name: booklet.theme.name, faces: booklet.theme.faces, builtIn: booklet.theme.builtIn }, { name: 'house', faces: { heading: 'sans' }, builtIn: false });
    const out = join(dir, 'out');
    await build({ dir: root, out, editions: ['html', 'screen'], reporter: createMemoryReporter(), cache: false });
    const html = await readFile(join(out, 'booklet.html'), 'utf8');
    assert.ok(!html.includes('alert(1)'), 'the template is sanitized');
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(out, 'booklet.pdf'), '-'], { encoding: 'utf8' });
    // (pdftotext shows the 1/8 em between Han and digits as spaces.)
    assert.match(cover, /内部资料·2026 ?年 ?11 ?月/);
    assert.doesNotMatch(cover, /编/, 'cover.compiler: false');
    assert.ok(share(join(out, 'booklet.pdf'), 1, [0, 255, 0], dir) > 0.5, 'cover.background');
  });
});

/** The messages a load of `root` fails with, as `file:line reason`. */
async function loadErrors(root: string, theme?: string): Promise<string[]> {
  const error = await loadBooklet(root, { theme }).then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof BookletError, String(error));
  return error.messages.map((m) => `${m.file?.replace(`${root}/`, '')}:${m.line ?? ''} ${m.reason}`);
}

test('an unknown theme names the built-in ones and the near miss; a theme folder without a file names it', async () => {
  await withTempDir(async (dir) => {
    const root = await book(dir, 'theme: rde');
    const line = (await readFile(join(root, 'booklet.yaml'), 'utf8')).split('\n').indexOf('theme: rde') + 1;
    assert.deepEqual(await loadErrors(root), [`booklet.yaml:${line} No theme \`rde\`: did you mean \`red\`? The built-in themes are classic, modern, red`]);
    assert.match((await loadErrors(root, 'modren'))[0]!, /^--theme: No theme `modren`: did you mean `modern`\?/);

    await writeFile(join(root, 'booklet.yaml'), (await readFile(join(root, 'booklet.yaml'), 'utf8')).replace('theme: rde', 'theme: mine'));
    await cp(join(THEMES_DIR, 'classic'), join(root, 'mine'), { recursive: true });
    await rm(join(root, 'mine', 'epub.css'));
    assert.deepEqual(await loadErrors(root), [`booklet.yaml:${line} The theme folder ${join(root, 'mine')} has no epub.css`]);

    await writeFile(join(root, 'mine', 'epub.css'), '');
    await writeFile(join(root, 'mine', 'cover.html'), '<p>{{title}}</p>\n<p>{{compiller}}</p>\n');
    assert.deepEqual(await loadErrors(root), [`mine/cover.html:2 Unknown placeholder {{compiller}} in the cover template; it takes title, subtitle, compiler, date, image, emblem`]);
  });
});

test('booklet themes lists the built-in themes with their descriptions, in the interface language', () => {
  const en = execFileSync(process.execPath, [CLI, 'themes', '--ui', 'en'], { encoding: 'utf8' });
  assert.match(en, /^ {2}classic +The plain study booklet.*\(default\)$/m);
  assert.match(en, /^ {2}red +In the manner of political-study booklets/m);
  assert.match(en, /^ {2}modern +A modern sans booklet/m);
  const zh = execFileSync(process.execPath, [CLI, '--ui', 'zh', 'themes'], { encoding: 'utf8' });
  assert.match(zh, /^ {2}red +党政学习读本样式/m);
});

test('styles: reach the EPUB without their @page rules, with the images they load; EPUBCheck passes', async () => {
  await withTempDir(async (dir) => {
    const root = await book(dir, 'theme: red\nstyles:\n  - my.css');
    const image = new PNG({ width: 4, height: 4 });
    image.data.fill(200);
    await writeFile(join(root, 'dot.png'), PNG.sync.write(image));
    await writeFile(join(root, 'my.css'), '@page { margin: 20mm; @top-center { content: "x"; } }\n.study-box { background: url(dot.png); }\nh2 { letter-spacing: 0.13em; }\n');
    const out = join(dir, 'out');
    await build({ dir: root, out, editions: ['html', 'screen', 'epub'], reporter: createMemoryReporter(), cache: false });
    const epub = unzipSync(await readFile(join(out, 'booklet.epub')));
    const css = strFromU8(epub['OEBPS/styles/booklet.css']!);
    assert.match(css, /letter-spacing:0\.13em/);
    assert.doesNotMatch(css, /@page\s*\{|@top-center/);
    const dot = /url\("?\.\.\/(images\/dot\.[0-9a-f]{12}\.png)"?\)/.exec(css)?.[1];
    assert.ok(dot && epub[`OEBPS/${dot}`], css.slice(-400));
    const report = await epubcheck(join(out, 'booklet.epub'));
    assert.match(report, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, report);
  });
});
