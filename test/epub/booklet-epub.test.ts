// The EPUB edition of the project's booklet: EPUBCheck, the package metadata, nav against the articles,
// the page list against the print PDF, footnotes, the cover, the container rules, determinism, and the
// CJK styles in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { toString } from 'mdast-util-to-string';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts, type Manuscript } from '../../src/manuscript/read.js';
import { pageGeometry } from '../../src/html/page-geometry.js';
import { pdfTextPages, type TextPage } from '../../src/proof/poppler.js';
import { launchBrowser } from '../../src/paginate/browser.js';
import { FIXTURES, ROOT } from '../helpers.js';
import { normalise } from '../text.js';

const run = promisify(execFile);
let dir: string;
let epub: Uint8Array;
let files: Record<string, Uint8Array>;
let manuscripts: Manuscript[];
let pages: TextPage[];
/** A file of the EPUB as text; one that is not there fails (fflate reads a missing entry as ''). */
const text = (path: string) => {
  assert.ok(files[path], `${path} is in the EPUB`);
  return strFromU8(files[path]);
};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-epub-'));
  await build({ dir: join(ROOT, 'manuscripts'), out: join(dir, 'a'), editions: ['html', 'screen', 'epub'], reporter: createMemoryReporter() });
  epub = await readFile(join(dir, 'a', 'booklet.epub'));
  files = unzipSync(epub);
  manuscripts = await readManuscripts(await loadBooklet(join(ROOT, 'manuscripts')), ROOT);
  pages = await pdfTextPages(join(dir, 'a', 'booklet.pdf'));
});

after(() => rm(dir, { recursive: true, force: true }));

test('EPUBCheck: no fatal errors, errors or warnings', async () => {
  const { stdout } = await run('java', ['-jar', '/usr/bin/epubcheck', join(dir, 'a', 'booklet.epub')], { maxBuffer: 16 << 20 }).catch(
    (error: { stdout: string; stderr: string }) => ({ stdout: `${error.stdout}\n${error.stderr}` }),
  );
  assert.match(stdout, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, stdout);
});

test('mimetype is the first entry, stored, with no extra field', () => {
  const view = new DataView(epub.buffer, epub.byteOffset);
  assert.equal(view.getUint32(0, true), 0x04034b50);
  assert.equal(view.getUint16(6, true) & 0x8, 0, 'sizes in the header, not in a data descriptor after the data');
  assert.equal(view.getUint16(8, true), 0, 'stored');
  assert.equal(view.getUint32(18, true), 20, 'compressed size');
  assert.equal(view.getUint32(22, true), 20, 'size');
  assert.equal(view.getUint16(26, true), 8, 'name length');
  assert.equal(view.getUint16(28, true), 0, 'no extra field');
  assert.equal(strFromU8(epub.subarray(30, 38)), 'mimetype');
  assert.equal(strFromU8(epub.subarray(38, 58)), 'application/epub+zip');
});

test('package metadata', () => {
  const opf = text('OEBPS/content.opf');
  assert.match(opf, /<dc:identifier id="book-id">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/);
  assert.match(opf, /<dc:title>学习读本：人工智能与高质量发展<\/dc:title>/);
  assert.deepEqual([...opf.matchAll(/<dc:creator[^>]*>([^<]+)</g)].map((m) => m[1]), ['本书编写组', '高文', '吴云']);
  assert.match(opf, /<dc:language>zh-Hans<\/dc:language>/);
  assert.match(opf, /<meta property="dcterms:modified">2026-11-28T00:00:00Z<\/meta>/);
  for (const property of ['accessMode', 'accessModeSufficient', 'accessibilityFeature', 'accessibilityHazard', 'accessibilitySummary']) {
    assert.match(opf, new RegExp(`<meta property="schema:${property}">[^<]+</meta>`), property);
  }
  assert.match(opf, /<item id="cover-image" href="images\/cover.png" media-type="image\/png" properties="cover-image"\/>/);
  assert.doesNotMatch(opf, /remote-resources|scripted/);
});

test('every content document is XHTML with xml:lang and lang, and no script', () => {
  const docs = Object.keys(files).filter((f) => f.endsWith('.xhtml'));
  assert.deepEqual(docs.sort(), ['OEBPS/ai.xhtml', 'OEBPS/colophon.xhtml', 'OEBPS/cover.xhtml', 'OEBPS/heyuan.xhtml', 'OEBPS/nav.xhtml', 'OEBPS/title-page.xhtml']);
  for (const doc of docs) {
    assert.match(text(doc), /^<\?xml version="1.0" encoding="UTF-8"\?><!DOCTYPE html><html xmlns="http:\/\/www.w3.org\/1999\/xhtml" xmlns:epub="http:\/\/www.idpf.org\/2007\/ops" lang="zh-Hans" xml:lang="zh-Hans">/, doc);
    assert.doesNotMatch(text(doc), /<script|@page/i, doc);
  }
  assert.doesNotMatch(text('OEBPS/styles/booklet.css'), /@page\s*[{:\w]|float:\s*footnote/);
});

test('nav lists every article and its sections, linked to their content documents', () => {
  const nav = text('OEBPS/nav.xhtml');
  const toc = nav.slice(nav.indexOf('epub:type="toc"'), nav.indexOf('</nav>'));
  const links = [...toc.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
  const expected = manuscripts.flatMap((m) => [
    [`${m.meta.id}.xhtml`, m.meta.title],
    ...m.tree.children.filter((n) => n.type === 'heading' && n.depth === 2).map((n, i) => [`${m.meta.id}.xhtml#${m.meta.id}-${i + 1}`, toString(n)]),
  ]);
  assert.deepEqual(links, expected);
  for (const [href] of links) {
    const [file, id] = href!.split('#');
    if (id) assert.match(text(`OEBPS/${file}`), new RegExp(`id="${id}"`));
  }
  assert.match(nav, /epub:type="landmarks"/);
  assert.match(text('OEBPS/toc.ncx'), /<navMap><navPoint id="nav-ai" playOrder="1">/);
});

test('the page list cites the print pages: each marker sits where that printed page begins', () => {
  const nav = text('OEBPS/nav.xhtml');
  const list = [...nav.slice(nav.indexOf('epub:type="page-list"')).matchAll(/<a href="([^"#]+)#(page-\d+)">(\d+)<\/a>/g)];
  assert.ok(list.length >= 10, `page list has ${list.length} entries`);
  const geometry = pageGeometry({ name: 'A5', width: 148, height: 210, bodySize: 10.5, lineHeight: 1.75 });
  for (const [, file, id, label] of list) {
    const xhtml = text(`OEBPS/${file}`);
    const at = xhtml.indexOf(`id="${id}"`);
    assert.ok(at > 0, id);
    const following = normalise(xhtml.slice(xhtml.indexOf('>', at) + 1).replace(/<[^>]+>/g, '')).slice(0, 10);
    const page = pages.find((p) => p.lines.some((l) => l.yMin > p.height - geometry.bottom && l.text === label))!;
    assert.ok(page, `a printed page with folio ${label}`);
    const body = normalise(page.lines.filter((l) => l.yMax >= geometry.top && l.yMin <= page.height - geometry.bottom).map((l) => l.text).join(''));
    assert.ok(following.length >= 6, `text follows the marker ${id}`);
    assert.ok(body.startsWith(following), `page ${label} starts “${body.slice(0, 10)}”, the marker is before “${following}”`);
  }
});

test('the cover image is the printed cover, at the trim proportions', () => {
  const png = files['OEBPS/images/cover.png']!;
  const view = new DataView(png.buffer, png.byteOffset);
  const [width, height] = [view.getUint32(16), view.getUint32(20)];
  assert.ok(width >= 1000, `cover ${width}×${height}`);
  assert.ok(Math.abs(height / width - 210 / 148) < 0.01, `cover ${width}×${height}`);
  assert.match(text('OEBPS/cover.xhtml'), /<img src="images\/cover.png" alt="学习读本，人工智能与高质量发展，本书编写组" class="cover-image" ?\/>/);
});

test('footnotes are pop-up notes (noteref and aside epub:type="footnote")', async () => {
  const out = join(dir, 'fixture');
  await build({ dir: join(FIXTURES, 'basic'), out, editions: ['html', 'epub'], reporter: createMemoryReporter() });
  const article = strFromU8(unzipSync(await readFile(join(out, 'booklet.epub')))['OEBPS/sample.xhtml']!);
  assert.match(article, /<a href="#sample-fn-1" id="sample-fnref-1" data-footnote-ref="" epub:type="noteref" role="doc-noteref">①<\/a>/);
  assert.match(article, /<aside id="sample-fn-1" epub:type="footnote" role="doc-footnote"><p data-line="34"><span class="footnote-number">①<\/span> 脚注内容。<\/p><\/aside>/);
  assert.doesNotMatch(article, /data-footnotes|footnote-label/);
});

test('building twice gives a byte-identical EPUB', async () => {
  await build({ dir: join(ROOT, 'manuscripts'), out: join(dir, 'b'), editions: ['html', 'epub'], reporter: createMemoryReporter() });
  assert.equal(Buffer.compare(Buffer.from(epub), await readFile(join(dir, 'b', 'booklet.epub'))), 0);
});

test('an article’s XHTML in Chromium: the CJK styles and embedded fonts apply', async () => {
  const root = join(dir, 'unzipped');
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
  }
  const { browser } = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(root, 'OEBPS', 'heyuan.xhtml')).href, { waitUntil: 'load' });
    const facts = await page.evaluate(async () => {
      await document.fonts.ready;
      const p = document.querySelector('p[data-line]')!;
      const h2 = document.querySelector('h2')!;
      const style = getComputedStyle(p);
      return {
        xmlLang: document.documentElement.getAttribute('xml:lang'),
        indent: parseFloat(style.textIndent) / parseFloat(style.fontSize),
        align: style.textAlign,
        body: style.fontFamily,
        heading: getComputedStyle(h2).fontFamily,
        loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`).sort(),
      };
    });
    assert.equal(facts.xmlLang, 'zh-Hans');
    assert.equal(facts.indent, 2);
    assert.equal(facts.align, 'justify');
    assert.match(facts.body, /^"Noto Serif SC"/);
    assert.match(facts.heading, /^"Noto Sans SC"/);
    assert.ok(facts.loaded.includes('Noto Serif SC 400') && facts.loaded.includes('Noto Sans SC 500'), facts.loaded.join());
  } finally {
    await browser.close();
  }
});
