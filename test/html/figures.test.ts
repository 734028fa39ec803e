// Figures on the page: a wide (900 px) and a very wide image, a tall one (400×3000), an inline image and a
// captioned one, built to the PDF. Every image's ink lies inside the type area of its page (the images are
// flat colours, found in pdftoppm's raster), its placed size (pdfimages) fits the type area, the captions
// are printed under their images, and the proof finds no image cut off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { unzipSync, strFromU8 } from 'fflate';
import { build, type BuildResult } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { pdfTextPages, type TextPage } from '../../src/proof/poppler.js';
import { pageGeometry, type PageGeometry } from '../../src/html/page-geometry.js';
import { proofBooklet, type ProofResult } from '../../src/proof/proof-booklet.js';

const run = promisify(execFile);
/** Flat colours, one an image, so that its ink can be told from the text's (grey) in the raster. */
const COLOURS = { wide: [255, 0, 0], wider: [0, 0, 255], tall: [0, 200, 0], inline: [255, 0, 255], captioned: [0, 200, 200], sizeless: [255, 165, 0] } as const;
const SIZES = { wide: [900, 300], wider: [3000, 600], tall: [400, 3000], inline: [40, 40], captioned: [600, 400] } as const;

let dir: string;
let result: BuildResult;
let pages: TextPage[];
let proof: ProofResult;
let geometry: PageGeometry;
let html: string;
let reporter: ReturnType<typeof createMemoryReporter>;

function png(width: number, height: number, [r, g, b]: readonly number[]): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < image.data.length; i += 4) image.data.set([r!, g!, b!, 255], i);
  return PNG.sync.write(image);
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-figures-'));
  const book = join(dir, 'm');
  await mkdir(join(book, 'img'), { recursive: true });
  // An SVG with no size and no viewBox: Chromium would give it 300 × 150 px.
  await writeFile(join(book, 'img', 'sizeless.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect width="100%" height="100%" fill="#ffa500"/></svg>');
  for (const [name, [w, h]] of Object.entries(SIZES)) await writeFile(join(book, 'img', `${name}.png`), png(w, h, COLOURS[name as keyof typeof SIZES]));
  await writeFile(join(book, 'booklet.yaml'), 'title: 图片测试\ncompiler: 测试组\ndate: 2026-01-01\nfigures:\n  numbered: true\narticles:\n  - 01-a.md\n');
  const text = '正文段落，用来占据版面的一些行数，看图片前后的文字是否仍在行格上。'.repeat(3);
  await writeFile(
    join(book, '01-a.md'),
    [
      '---', 'title: 图片', '---', '',
      text, '',
      '![宽图九百像素](img/wide.png)', '',
      text, '',
      '![](img/wider.png)', '',
      text, '',
      '![高图](img/tall.png)', '',
      `行内图片![小图](img/inline.png)在文字中间。${text}`, '',
      '![带标题的图](img/captioned.png "图的标题文字")', '',
      text, '',
      '![无尺寸的矢量图](img/sizeless.svg)', '',
    ].join('\n'),
  );
  reporter = createMemoryReporter();
  result = await build({ dir: book, out: join(dir, 'out'), editions: ['html', 'screen', 'epub'], reporter, collect: true });
  pages = await pdfTextPages(join(dir, 'out', 'booklet.pdf'));
  html = await readFile(join(dir, 'out', 'booklet.html'), 'utf8');
  geometry = pageGeometry(result.collected!.booklet.page);
  proof = await proofBooklet({ dir: book, out: join(dir, 'proof'), reporter: createMemoryReporter() });
});

after(() => rm(dir, { recursive: true, force: true }));

test('an image alone in a paragraph is a figure with its caption; an inline image stays in its paragraph', () => {
  assert.match(html, /<figure class="figure"[^>]*><img [^>]*alt="宽图九百像素"[^>]*><figcaption>图1　宽图九百像素<\/figcaption><\/figure>/);
  assert.match(html, /<figure class="figure"[^>]*><img [^>]*alt=""[^>]*><\/figure>/, 'no caption for an empty alt text, and no number');
  assert.match(html, /<figcaption>图2　高图<\/figcaption>/);
  assert.match(html, /<figcaption>图3　图的标题文字<\/figcaption>/, 'the title, when given, is the caption');
  assert.match(html, /<p[^>]*>行内图片<img [^>]*alt="小图"[^>]*>在文字中间/);
  const measure = geometry.chars * geometry.bodySize;
  assert.match(html, new RegExp(`<img [^>]*alt="无尺寸的矢量图" style="width: ${measure}pt; height: ${measure / 2}pt">`), 'an SVG with no size takes the measure');
});

test('the EPUB has the same figures and captions', async () => {
  const epub = unzipSync(await readFile(join(dir, 'out', 'booklet.epub')));
  const xhtml = Object.entries(epub).filter(([name]) => name.endsWith('.xhtml')).map(([, data]) => strFromU8(data)).join('');
  assert.equal(xhtml.match(/<figure class="figure"/g)?.length, 5, "five figures; the inline image is not one");
  assert.match(xhtml, /<figcaption>图1　宽图九百像素<\/figcaption>/);
  assert.match(xhtml, /<figcaption>图4　无尺寸的矢量图<\/figcaption>/);
});

test('an image with no alt text: a warning at its line, no caption', () => {
  const warnings = reporter.messages.filter((m) => m.ruleId === 'image-alt').map((m) => `${m.line}:${m.column} ${m.reason}`);
  assert.deepEqual(warnings, ['11:1 Figure img/wider.png has no alt text: it is printed without a caption (write ![说明](img/wider.png))']);
});

test('an inline image is set at the height of the text', () => {
  const inline = result.collected!.layout.pages.flatMap((p) => p.images ?? []).filter((i) => i.src.includes('inline'));
  assert.equal(inline.length, 1);
  const height = inline[0]!.bottom - inline[0]!.top;
  assert.ok(Math.abs(height - geometry.bodySize / 0.75) < 0.5, `inline image ${height} px high`);
});

test('every image’s ink lies inside the type area of its page', async () => {
  const dpi = 70;
  const scale = dpi / 72;
  const { stdout } = await run('pdftoppm', ['-r', String(dpi), '-png', join(dir, 'out', 'booklet.pdf'), join(dir, 'page')]);
  void stdout;
  const found = new Map<string, number>();
  const sides = result.pagination!.pages.map((p) => p.side);
  for (let n = 1; n <= sides.length; n++) {
    const file = join(dir, `page-${String(n).padStart(String(sides.length).length, '0')}.png`);
    const image = PNG.sync.read(await readFile(file));
    const left = (sides[n - 1] === 'left' ? geometry.outer : geometry.inner) * scale;
    const area = { left: left - 1, right: left + geometry.chars * geometry.bodySize * scale + 1, top: geometry.top * scale - 1, bottom: (geometry.height - geometry.bottom) * scale + 1 };
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const i = (y * image.width + x) * 4;
        const px = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
        for (const [name, c] of Object.entries(COLOURS)) {
          if (px.every((v, k) => Math.abs(v - c[k]!) < 30)) {
            found.set(name, (found.get(name) ?? 0) + 1);
            assert.ok(x >= area.left && x <= area.right && y >= area.top && y <= area.bottom, `${name} image ink at (${x}, ${y}) px on page ${n}, outside the type area ${JSON.stringify(area)}`);
          }
        }
      }
    }
  }
  assert.deepEqual([...found.keys()].sort(), Object.keys(COLOURS).sort(), 'every image is printed');
});

test('placed sizes: no image wider than the measure or taller than the type area, none above 300 dpi', async () => {
  const { stdout } = await run('pdfimages', ['-list', join(dir, 'out', 'booklet.pdf')]);
  const rows = stdout.split('\n').slice(2).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/));
  assert.equal(rows.length, 5);
  for (const row of rows) {
    const [w, h, xppi, yppi] = [Number(row[3]), Number(row[4]), Number(row[12]), Number(row[13])];
    const placed = { width: (w / xppi) * 72, height: (h / yppi) * 72 };
    assert.ok(placed.width <= geometry.chars * geometry.bodySize + 0.5, `${w}×${h} placed ${placed.width.toFixed(1)} pt wide`);
    assert.ok(placed.height <= geometry.lines * geometry.pitch + 0.5, `${w}×${h} placed ${placed.height.toFixed(1)} pt high`);
    if (w > 100) assert.ok(xppi >= 299, `${w}×${h} at ${xppi} ppi: enlarged past its 300 dpi size`);
  }
});

test('the captions are printed, centred under their images', () => {
  // pdftotext puts the number and the text, an ideographic space apart, in two flows: join by baseline.
  const rows = pages.flatMap((p) => {
    const byY = new Map<number, typeof p.lines>();
    for (const l of p.lines) byY.set(Math.round(l.yMax), [...(byY.get(Math.round(l.yMax)) ?? []), l]);
    return [...byY.values()].map((ls) => ({ text: ls.sort((a, b) => a.xMin - b.xMin).map((l) => l.text).join(''), xMin: ls[0]!.xMin, xMax: ls.at(-1)!.xMax, page: p }));
  });
  for (const caption of ['图1宽图九百像素', '图2高图', '图3图的标题文字', '图4无尺寸的矢量图']) {
    const row = rows.find((r) => r.text.replace(/\s/g, '') === caption);
    assert.ok(row, `caption ${caption} printed on a line of its own`);
    // Centred on the page's type area: the same margin left and right, within a character.
    const left = result.pagination!.pages[row.page.number - 1]!.side === 'left' ? geometry.outer : geometry.inner;
    const right = left + geometry.chars * geometry.bodySize;
    assert.ok(Math.abs(row.xMin - left - (right - row.xMax)) < geometry.bodySize, `${caption} at ${row.xMin}–${row.xMax}, type area ${left}–${right}`);
  }
});

test('the text after a figure stays on the line grid', () => {
  const pitch = geometry.pitch / 0.75;
  // The article's paragraphs, on every page of it (a block's `article` is set only on the page the
  // article opens; its source is on all), and how many images have some of them below on their page.
  let after = 0;
  for (const page of result.collected!.layout.pages) {
    const tops = page.blocks.filter((b) => b.tag === 'p' && b.source !== '').flatMap((b) => b.lines.map((l) => l.top));
    const phase = (top: number) => ((top % pitch) + pitch) % pitch;
    const below = (page.images ?? []).filter((i) => tops.some((top) => top > i.bottom));
    after += below.length;
    for (const top of tops) {
      const off = Math.abs(phase(top) - phase(tops[0]!));
      assert.ok(Math.min(off, pitch - off) < 0.75, `page ${page.index}: a line at ${top} px is ${off.toFixed(2)} px off the grid of the first at ${tops[0]} px`);
    }
  }
  assert.ok(after >= 4, `${after} images with lines of text after them on their page`);
});

test('the proof finds no image cut off, no page overflow, and no figure page taken for a lone line', () => {
  const bad = proof.findings.filter((f) => f.severity === 'error' && ['image-box', 'page-overflow', 'overflow', 'single-line-page'].includes(f.check));
  assert.deepEqual(bad, []);
  assert.ok(result.collected!.layout.pages.some((p) => (p.images ?? []).length > 0), 'image boxes are in the layout facts');
});
