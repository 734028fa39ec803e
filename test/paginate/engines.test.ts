// The two engines behind paginate() make the same book: the parts engine (parts laid out in parallel
// pages of Chromium, joined) and the simple engine (the whole book in one page). Same text at the same
// places on every page, the same page images, the same outline, destinations and links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { build, type BuildResult } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { FIXTURES } from '../helpers.js';

let dir: string;
const built: Record<'parts' | 'simple', { result: BuildResult; pdf: string }> = {} as never;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-engines-'));
  for (const engine of ['parts', 'simple'] as const) {
    const out = join(dir, engine);
    const result = await build({ dir: join(FIXTURES, 'every-feature'), out, editions: ['html', 'screen'], engine, jobs: 2, cache: false, reporter: createMemoryReporter() });
    built[engine] = { result, pdf: join(out, 'booklet.pdf') };
  }
});

after(() => rm(dir, { recursive: true, force: true }));

test('the parts engine laid the book out in parts on two pages of Chromium; the simple one in one', () => {
  const parts = built.parts.result.parts!;
  assert.ok(parts.laidOut >= 3, `${parts.laidOut} parts`);
  assert.equal(parts.pages, 2);
  assert.deepEqual(built.simple.result.parts, { laidOut: 1, cached: 0, pages: 1 });
  assert.equal(built.parts.result.pagination!.pages.length, built.simple.result.pagination!.pages.length);
  assert.ok(built.parts.result.pagination!.pages.length > 10);
});

test('every page holds the same words at the same places (pdftotext -bbox)', () => {
  const [parts, simple] = [wordsOf(built.parts.pdf), wordsOf(built.simple.pdf)];
  assert.equal(parts.length, built.parts.result.pagination!.pages.length);
  assert.ok(parts.flat().length > 300, `${parts.flat().length} words`);
  parts.forEach((words, i) => assert.deepEqual(words, simple[i], `page ${i + 1}`));
});

test('every page looks the same (50 dpi, pixel for pixel)', async () => {
  const images = async (engine: 'parts' | 'simple') => {
    const prefix = join(dir, `${engine}-page`);
    execFileSync('pdftoppm', ['-r', '50', '-png', built[engine].pdf, prefix]);
    const files = (await readdir(dir)).filter((f) => f.startsWith(`${engine}-page`)).sort();
    return Promise.all(files.map(async (f) => PNG.sync.read(await readFile(join(dir, f)))));
  };
  const [parts, simple] = [await images('parts'), await images('simple')];
  assert.equal(parts.length, simple.length);
  parts.forEach((png, i) => {
    assert.deepEqual([png.width, png.height], [simple[i]!.width, simple[i]!.height]);
    const inked = countInk(png.data);
    assert.ok(png.data.equals(simple[i]!.data), `page ${i + 1} differs`);
    if (i === 0) assert.ok(inked > 100, 'the cover is drawn');
  });
});

test('the same outline, named destinations and links', async () => {
  const [parts, simple] = [await navigationOf(built.parts.pdf), await navigationOf(built.simple.pdf)];
  assert.ok(parts.outline.length >= 3, JSON.stringify(parts.outline));
  assert.ok(Object.keys(parts.dests).length >= 3);
  assert.ok(parts.links.length >= 3);
  assert.deepEqual(parts, simple);
});

/** Each page's words with their boxes, as pdftotext -bbox reads them. */
function wordsOf(pdf: string): string[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html.split('<page ').slice(1).map((page) => [...page.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((m) => `${m[1]} ${m[2]}`));
}

/** How many pixels of an RGBA image are not white. */
function countInk(data: Buffer): number {
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 250 || data[i + 1]! < 250 || data[i + 2]! < 250) n += 1;
  return n;
}

/** The outline (title, page, y), the named destinations (name → page, y) and every link (page, rect,
 *  where it goes). */
async function navigationOf(file: string): Promise<{ outline: string[]; dests: Record<string, string>; links: string[] }> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const refs = pdf.getPages().map((p) => p.ref);
  const where = (dest: PDFObject | undefined): string => {
    const array = dest instanceof PDFRef ? pdf.context.lookup(dest) : dest;
    if (array instanceof PDFName) return array.asString();
    if (!(array instanceof PDFArray)) return String(array);
    const y = array.lookup(3);
    return `page ${refs.indexOf(array.get(0) as PDFRef) + 1} y ${y instanceof PDFNumber ? y.asNumber() : '-'}`;
  };
  const outline: string[] = [];
  const walk = (first: PDFObject | undefined, depth: number) => {
    for (let ref = first; ref instanceof PDFRef; ) {
      const item = pdf.context.lookup(ref, PDFDict);
      outline.push(`${depth} ${item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText()} → ${where(item.get(PDFName.of('Dest')))}`);
      walk(item.get(PDFName.of('First')), depth + 1);
      ref = item.get(PDFName.of('Next'));
    }
  };
  walk(pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.get(PDFName.of('First')), 0);
  const dests: Record<string, string> = {};
  const named = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, dest] of named?.entries() ?? []) dests[name.asString()] = where(dest);
  const links = pdf.getPages().flatMap((page, i) =>
    (page.node.Annots()?.asArray() ?? []).map((ref) => {
      const annot = pdf.context.lookup(ref, PDFDict);
      const rect = annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber().toFixed(1));
      const uri = annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText();
      return `page ${i + 1} [${rect.join(' ')}] → ${uri ?? where(annot.get(PDFName.of('Dest')))}`;
    }),
  );
  return { outline, dests, links };
}
