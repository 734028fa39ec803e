// The project's booklet built as a user builds it, and its two PDFs read back with poppler and pdf-lib:
// page size and boxes, fonts, metadata, outline, contents against the real pages, recto starts, running
// heads and folios, determinism, and no text lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFDict, PDFArray, PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import { build, type BuildResult } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts, type Manuscript } from '../../src/manuscript/read.js';
import { pageGeometry, type PageGeometry } from '../../src/html/page-geometry.js';
import type { ResolvedBooklet } from '../../src/config/resolve.js';
import { pdfBoxes, pdfDests, pdfFonts, pdfInfo, pdfTextPages, type TextPage } from '../../src/proof/poppler.js';
import { toString } from 'mdast-util-to-string';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { ROOT } from '../helpers.js';
import { assertSentencesInOrder, manuscriptText, normalise } from '../text.js';

const PT_PER_MM = 72 / 25.4;
const run = promisify(execFile);
let dir: string;
let result: BuildResult;
let booklet: ResolvedBooklet;
let manuscripts: Manuscript[];
let geometry: PageGeometry;
let screen: string;
let print: string;
let pages: TextPage[];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-pdf-'));
  booklet = await loadBooklet(join(ROOT, 'manuscripts'));
  manuscripts = await readManuscripts(booklet, ROOT);
  geometry = pageGeometry(booklet.page);
  result = await build({ dir: join(ROOT, 'manuscripts'), out: join(dir, 'a'), reporter: createMemoryReporter() });
  screen = join(dir, 'a', 'booklet.pdf');
  print = join(dir, 'a', 'booklet-print.pdf');
  pages = await pdfTextPages(screen);
});

after(() => rm(dir, { recursive: true, force: true }));

/** Text lines in the head zone, the foot zone and the type area of a page. */
function zones(page: TextPage) {
  const head = page.lines.filter((l) => l.yMax < geometry.top).map((l) => l.text).join(' ');
  const foot = page.lines.filter((l) => l.yMin > page.height - geometry.bottom).map((l) => l.text).join(' ');
  const body = page.lines.filter((l) => l.yMax >= geometry.top && l.yMin <= page.height - geometry.bottom);
  return { head, foot, body };
}

test('the screen PDF is exactly A5 on every page', async () => {
  const boxes = await pdfBoxes(screen);
  assert.equal(boxes.length, result.pagination!.pages.length);
  for (const box of boxes) {
    assert.deepEqual(box.media.map((v) => Math.round(v * 100) / 100), [0, 0, 419.53, 595.28], `page ${box.number}`);
    assert.deepEqual(box.trim, box.media);
  }
});

test('the print PDF has 3 mm bleed, crop-mark paper, and TrimBox exactly the trim size', async () => {
  const boxes = await pdfBoxes(print);
  assert.equal(boxes.length, result.pagination!.pages.length);
  const slug = 10 * PT_PER_MM;
  const bleed = 3 * PT_PER_MM;
  const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 0.01);
  for (const box of boxes) {
    const [x0, y0, x1, y1] = box.trim as [number, number, number, number];
    assert.ok(Math.abs(x1 - x0 - 148 * PT_PER_MM) < 0.01 && Math.abs(y1 - y0 - 210 * PT_PER_MM) < 0.01, `trim ${box.trim}`);
    assert.ok(near(box.trim, [slug, slug, slug + 148 * PT_PER_MM, slug + 210 * PT_PER_MM]), `trim ${box.trim}`);
    assert.ok(near(box.bleed, [x0 - bleed, y0 - bleed, x1 + bleed, y1 + bleed]), `bleed ${box.bleed}`);
    assert.ok(near(box.media, [0, 0, x1 + slug, y1 + slug]), `media ${box.media}`);
  }
});

test('each print page shows, inside its trim, exactly the screen page', async () => {
  // At 254 dpi a millimetre is 10 px: the 10 mm of paper around the trim is 100 px, so both renders
  // share one pixel grid.
  const render = async (file: string, page: number, crop: string[]) => {
    const { stdout } = await run('pdftoppm', ['-r', '254', '-gray', '-png', '-f', String(page), '-l', String(page), ...crop, file], { encoding: 'buffer', maxBuffer: 64 << 20 });
    return PNG.sync.read(stdout);
  };
  const count = result.pagination!.pages.length;
  for (const page of [1, 3, 7, 8, count]) {
    const a = await render(screen, page, []);
    const b = await render(print, page, ['-x', '100', '-y', '100', '-W', String(a.width), '-H', String(a.height)]);
    assert.deepEqual([b.width, b.height], [a.width, a.height]);
    assert.equal(pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0 }), 0, `page ${page}`);
  }
});

test('every font is an embedded TrueType Noto SC face: no Type 3', async () => {
  for (const file of [screen, print]) {
    const fonts = await pdfFonts(file);
    assert.ok(fonts.length >= 3, file);
    for (const font of fonts) {
      assert.equal(font.type, 'CID TrueType', `${file}: ${font.name}`);
      assert.ok(font.embedded, font.name);
      assert.match(font.name, /^[A-Z]{6}\+Noto(Serif|Sans)SC-(Regular|Medium|Bold)$/);
    }
  }
});

test('metadata: title, author, subject, creator, fixed dates and /Lang zh-CN', async () => {
  for (const file of [screen, print]) {
    const info = await pdfInfo(file);
    assert.equal(info['Title'], '学习读本：人工智能与高质量发展');
    assert.equal(info['Author'], '本书编写组；高文；吴云');
    assert.equal(info['Subject'], '抢抓人工智能发展的历史性机遇；加快构建现代化产业体系，奋力推进河源高质量发展');
    assert.equal(info['Creator'], 'booklet');
    assert.match(info['CreationDate'] ?? '', /Nov 28 00:00:00 2026 UTC/);
    const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
    assert.equal(pdf.catalog.lookup(PDFName.of('Lang'), PDFString, PDFHexString).decodeText(), 'zh-CN');
  }
});

test('named destinations are short ASCII ids', async () => {
  const dests = await pdfDests(screen);
  assert.ok(dests.has('ai') && dests.has('heyuan') && dests.has('ai-1'), [...dests.keys()].join(' '));
  for (const name of dests.keys()) assert.match(name, /^[a-z][a-z0-9-]{0,24}$/);
});

test('the outline has every article with its sections, each pointing at the page that shows it', async () => {
  const pdf = await PDFDocument.load(await readFile(screen), { updateMetadata: false });
  const refs = pdf.getPages().map((p) => p.ref);
  const read = (first: PDFRef | undefined): { title: string; page: number; children: unknown[] }[] => {
    const out = [];
    for (let ref = first; ref; ) {
      const item = pdf.context.lookup(ref, PDFDict);
      const dest = item.lookup(PDFName.of('Dest'), PDFArray);
      const pageRef = dest.get(0) as PDFRef;
      out.push({
        title: item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText(),
        page: refs.findIndex((r) => r === pageRef) + 1,
        children: read(item.get(PDFName.of('First')) as PDFRef | undefined),
      });
      ref = item.get(PDFName.of('Next')) as PDFRef | undefined;
    }
    return out;
  };
  const root = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const outline = read(root.get(PDFName.of('First')) as PDFRef);
  assert.deepEqual(
    outline.map((o) => [o.title, (o.children as { title: string }[]).map((c) => c.title)]),
    manuscripts.map((m) => [m.meta.title, m.tree.children.filter((n) => n.type === 'heading' && n.depth === 2).map((n) => toString(n))]),
  );
  for (const item of outline.flatMap((o) => [o, ...(o.children as typeof outline)])) {
    const text = normalise(pages[item.page - 1]!.lines.map((l) => l.text).join(''));
    assert.ok(text.includes(normalise(item.title)), `“${item.title}” is on page ${item.page}`);
  }
});

test('contents page numbers are the folios of the pages where the articles and sections are', () => {
  const facts = result.pagination!;
  assert.equal(facts.toc.length, 2 + 4 + 3);
  for (const entry of facts.toc) {
    const anchor = facts.anchors.find((a) => `#${a.id}` === entry.href);
    assert.ok(anchor, entry.href);
    const page = pages[anchor.page - 1]!;
    assert.ok(normalise(zones(page).body.map((l) => l.text).join('')).includes(normalise(entry.text)), `${entry.text} on page ${anchor.page}`);
    assert.equal(zones(page).foot, String(entry.shown), `${entry.text}: contents say ${entry.shown}`);
  }
  // And the printed contents show those numbers, in order, at the ends of its lines.
  // The title 目录 is letter-spaced: pdftotext sees 目 and 录 as two lines.
  const tocPage = pages.find((p) => p.lines.some((l) => l.text === '录'))!;
  const printed = tocPage.lines.map((l) => /(\d+)$/.exec(l.text.replace(/\s/g, ''))?.[1]).filter(Boolean).map(Number);
  assert.deepEqual(printed, facts.toc.map((e) => e.shown));
});

test('articles start on rectos; blank versos are blank; folios run from 1 on the first article', () => {
  const facts = result.pagination!;
  const openers = manuscripts.map((m) => facts.anchors.find((a) => a.id === m.meta.id)!.page);
  for (const page of openers) assert.equal(page % 2, 1, `article opens on page ${page}`);
  const firstBody = openers[0]!;
  assert.equal(pages.length, facts.pages.length, 'pdftotext read every page');
  pages.forEach((page, i) => {
    const { head, foot, body } = zones(page);
    if (body.length === 0) {
      assert.equal(head + foot, '', `blank page ${i + 1} has no running head or folio`);
      return;
    }
    if (i + 1 < firstBody) assert.equal(foot, '', `front matter page ${i + 1} is unnumbered`);
    else assert.equal(foot, String(i + 2 - firstBody), `folio of page ${i + 1}`);
  });
});

test('running heads: booklet title on versos, article title on rectos, none on openers', () => {
  const facts = result.pagination!;
  const openers = new Map(manuscripts.map((m) => [facts.anchors.find((a) => a.id === m.meta.id)!.page, m.meta.title]));
  let article = '';
  const headed = { left: 0, right: 0 };
  pages.forEach((page, i) => {
    const n = i + 1;
    if (openers.has(n)) article = openers.get(n)!;
    const { head, body } = zones(page);
    const isBody = facts.pages[i]!.name === 'body' && body.length > 0;
    // Pages that open a part (an article, a note page, the colophon) carry no running head.
    if (!isBody || facts.pages[i]!.opens !== '') return;
    assert.equal(head, facts.pages[i]!.side === 'left' ? '学习读本' : article, `${facts.pages[i]!.side} page ${n}`);
    headed[facts.pages[i]!.side]++;
  });
  // Not a check of no page: versos and rectos of both articles carry heads.
  assert.ok(headed.left >= 4 && headed.right >= 4, `running heads checked on ${headed.left} versos and ${headed.right} rectos`);
  for (const page of result.pagination!.pages.filter((p) => p.opens !== '')) {
    assert.equal(zones(pages[page.index - 1]!).head, '', `page ${page.index} opens a ${page.opens}`);
  }
  assert.deepEqual(result.pagination!.pages.filter((p) => p.opens === 'article').map((p) => p.index), [...openers.keys()]);
});

test('no heading ends a page', () => {
  const filled = result.pagination!.pages.filter((p) => !p.blank);
  // The last block is recorded for every page with something on it (a blank page has none): an empty
  // record would pass on nothing.
  assert.ok(filled.length > 10, `${filled.length} pages with content`);
  assert.deepEqual(filled.filter((p) => p.lastBlock === '').map((p) => p.index), [], 'pages whose last block is not recorded');
  for (const page of filled) assert.doesNotMatch(page.lastBlock, /^h[1-6]$/, `page ${page.index}`);
});

test('no text lost: every sentence of the manuscripts is in the PDF’s type area, in order', () => {
  const text = normalise(pages.flatMap((p) => zones(p).body.map((l) => l.text)).join(''));
  for (const m of manuscripts) assertSentencesInOrder(normalise(manuscriptText(m)), text, m.file.path);
});

test('building twice gives byte-identical PDFs', async () => {
  const again = join(dir, 'b');
  await build({ dir: join(ROOT, 'manuscripts'), out: again, reporter: createMemoryReporter() });
  for (const name of ['booklet.pdf', 'booklet-print.pdf']) {
    assert.ok(Buffer.compare(await readFile(join(dir, 'a', name)), await readFile(join(again, name))) === 0, `${name} differs`);
  }
});

test('page labels: a viewer shows the folio each page prints (the front matter in roman)', async () => {
  const pdf = await PDFDocument.load(await readFile(screen), { updateMetadata: false });
  const labels = pdf.catalog.lookup(PDFName.of('PageLabels'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  const ranges: { from: number; style: string; start: number }[] = [];
  for (let i = 0; i < labels.size(); i += 2) {
    const dict = labels.lookup(i + 1, PDFDict);
    ranges.push({ from: Number(labels.get(i)!.toString()), style: dict.get(PDFName.of('S'))!.toString(), start: Number(dict.get(PDFName.of('St'))?.toString() ?? 1) });
  }
  // The label of every page with an Arabic folio is that folio.
  const printed = result.pagination!.pages.filter((p) => /^\d+$/.test(p.folio));
  assert.ok(printed.length > 10, `${printed.length} numbered pages`);
  for (const page of printed) {
    const range = ranges.filter((r) => r.from <= page.index - 1).at(-1)!;
    assert.equal(range.style, '/D', `PDF page ${page.index}`);
    assert.equal(String(range.start + page.index - 1 - range.from), page.folio, `PDF page ${page.index} prints ${page.folio}`);
  }
  assert.equal(ranges[0]!.style, '/r', 'the front matter is roman');
});
