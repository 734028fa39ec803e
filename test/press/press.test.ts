// The press edition of a small booklet, built once (`-e screen,print,press`: the print edition is made
// for the press one anyway) and read back as a printer's preflight would: the PDF/X-4 markers (document
// information, XMP, the output intent and its profile), TrimBox and BleedBox on every page as the print
// edition has them, fonts embedded, black in K only (Ghostscript's inkcov), colour kept as colour, the
// screen PDF's text; the images it tells about; and a profile that is missing or not CMYK refused at its
// line before anything is laid out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { cp, mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream, type PDFDocument } from 'pdf-lib';
import { build, type BuildResult } from '../../src/build.js';
import { BookletError, createMemoryReporter, formatMessage } from '../../src/diagnostics.js';
import { loadPdf } from '../../src/paginate/pdf-io.js';
import { pdfBoxes, pdfFonts, pdfInfo } from '../../src/proof/poppler.js';
import { DEFAULT_PROFILE } from '../../src/press/profile.js';
import { invisible } from '../../src/proof/text.js';
import { FIXTURES, ROOT } from '../helpers.js';

const run = promisify(execFile);
/** Body text for pages of black text only (the screen PDF's text is compared with the press PDF's). */
const FILLER = Array.from({ length: 10 }, (_, i) => `第${i + 1}段：推动高质量发展，要坚持以人民为中心的发展思想，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动经济实现质的有效提升和量的合理增长，不断增强发展的安全性、稳定性和可持续性。`).join('\n\n');

let dir: string;
let book: string;
let out: string;
let result: BuildResult;
let reporter: ReturnType<typeof createMemoryReporter>;
let press: PDFDocument;
let pressFile: string;
/** The manuscript's lines, with the images added. */
let manuscript: string[];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-press-test-'));
  book = join(dir, 'book');
  await cp(join(FIXTURES, 'basic'), book, { recursive: true });
  await mkdir(join(book, 'figures'));
  const solid = (background: sharp.Color, channels: 3 | 4) => sharp({ create: { width: 60, height: 40, channels, background } });
  await solid({ r: 30, g: 120, b: 200 }, 3).png().toFile(join(book, 'figures', 'plain.png'));
  await solid({ r: 200, g: 30, b: 30, alpha: 0.5 }, 4).png().toFile(join(book, 'figures', 'alpha.png'));
  // An iCCP chunk: sharp's Display P3 profile.
  await solid({ r: 30, g: 120, b: 200 }, 3).withIccProfile('p3').png().toFile(join(book, 'figures', 'p3.png'));
  const text = await readFile(join(book, '01-sample.md'), 'utf8');
  const withImages = `${text}\n![平图](figures/plain.png)\n\n![透明](figures/alpha.png)\n\n![广色域](figures/p3.png)\n\n## 第三节\n\n${FILLER}\n`;
  await writeFile(join(book, '01-sample.md'), withImages);
  manuscript = withImages.split('\n');
  // The red theme's titles and headings (its body.css: red over red rules) on the classic theme, whose
  // running heads stay black: pages in red and pages in black only, in one build.
  await cp(join(ROOT, 'themes', 'red', 'body.css'), join(book, 'red.css'));
  await writeFile(join(book, 'booklet.yaml'), `${await readFile(join(book, 'booklet.yaml'), 'utf8')}styles:\n  - red.css\n`);
  out = join(dir, 'out');
  reporter = createMemoryReporter();
  result = await build({ dir: book, out, editions: ['screen', 'print', 'press'], reporter });
  pressFile = join(out, 'booklet-press.pdf');
  press = await loadPdf(await readFile(pressFile));
});

after(() => rm(dir, { recursive: true, force: true }));

const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

test('the press PDF says PDF/X-4 in its document information and its XMP, and poppler reads it so', async () => {
  assert.deepEqual(result.editions, ['html', 'screen', 'print', 'press']);
  const info = press.context.lookup(press.context.trailerInfo.Info) as PDFDict;
  assert.equal(text(info.get(PDFName.of('GTS_PDFXVersion'))), 'PDF/X-4');
  assert.equal(info.get(PDFName.of('Trapped')), PDFName.of('False'));
  assert.equal(text(info.get(PDFName.of('Title'))), '测试读本：排版功能样例');
  const xmp = Buffer.from(decodePDFRawStream(press.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream).decode()).toString('utf8');
  assert.match(xmp, /<pdfxid:GTS_PDFXVersion>PDF\/X-4<\/pdfxid:GTS_PDFXVersion>/);
  assert.match(xmp, /xmlns:pdfxid="http:\/\/www\.npes\.org\/pdfx\/ns\/id\/"/);
  assert.match(xmp, /<rdf:li xml:lang="x-default">测试读本：排版功能样例<\/rdf:li>/);
  assert.match(xmp, /<pdf:Trapped>False<\/pdf:Trapped>/);
  const header = (await readFile(pressFile)).subarray(0, 8).toString('latin1');
  assert.equal(header, '%PDF-1.6');
  const poppler = await pdfInfo(pressFile);
  assert.equal(poppler['PDF subtype'], 'PDF/X-4');
  assert.equal(poppler['Encrypted'], 'no');
  assert.equal(press.context.trailerInfo.Encrypt, undefined);
});

test("the output intent carries the default profile's bytes and names its condition, FOGRA39", async () => {
  const intents = press.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).asArray().map((i) => press.context.lookup(i) as PDFDict);
  assert.equal(intents.length, 1);
  const [intent] = intents as [PDFDict];
  assert.equal(intent.get(PDFName.of('S')), PDFName.of('GTS_PDFX'));
  assert.equal(text(intent.get(PDFName.of('OutputConditionIdentifier'))), 'FOGRA39');
  assert.equal(text(intent.get(PDFName.of('RegistryName'))), 'http://www.color.org');
  assert.equal(text(intent.get(PDFName.of('Info'))), 'ISO Coated v2 300% (basICColor)');
  const profile = press.context.lookup(intent.get(PDFName.of('DestOutputProfile'))) as PDFRawStream;
  assert.equal(profile.dict.get(PDFName.of('N'))?.toString(), '4');
  const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  assert.equal(sha(decodePDFRawStream(profile).decode()), sha(await readFile(DEFAULT_PROFILE.path)), 'the profile embedded as it is installed');
});

test("every page has its TrimBox and BleedBox, and the sheets are the print edition's", async () => {
  const printFile = join(out, 'booklet-print.pdf');
  const [pressBoxes, printBoxes] = await Promise.all([pdfBoxes(pressFile), pdfBoxes(printFile)]);
  assert.equal(press.getPageCount(), result.pagination!.pages.length);
  assert.equal(pressBoxes.length, printBoxes.length);
  // pdfinfo shows a missing box as the CropBox: the keys themselves are on every page.
  for (const [index, page] of press.getPages().entries()) {
    for (const key of ['TrimBox', 'BleedBox', 'MediaBox']) assert.ok(page.node.get(PDFName.of(key)) instanceof PDFArray, `page ${index + 1} has its ${key}`);
  }
  const round = (box: number[]) => box.map((v) => Math.round(v * 100) / 100);
  for (const [index, box] of pressBoxes.entries()) {
    const print = printBoxes[index]!;
    for (const key of ['media', 'trim', 'bleed'] as const) assert.deepEqual(round(box[key]), round(print[key]), `page ${index + 1} ${key}`);
  }
});

test("every font is embedded (pdffonts), and they are the print edition's", async () => {
  const fonts = await pdfFonts(pressFile);
  assert.ok(fonts.length >= 2, fonts.map((f) => f.name).join(', '));
  assert.deepEqual(fonts.filter((f) => !f.embedded), []);
  const names = (rows: { name: string }[]) => rows.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort();
  assert.deepEqual(names(fonts), names(await pdfFonts(join(out, 'booklet-print.pdf'))));
  assert.ok(fonts.every((f) => f.type === 'CID TrueType'), 'the fonts stay fonts: text is not outlined');
});

/** Ghostscript's inkcov inside the trim: C, M, Y, K coverage of each page. */
async function inkCoverage(file: string): Promise<number[][]> {
  const { stdout } = await run('gs', ['-q', '-dSAFER', '-o', '-', '-dUseTrimBox', '-sDEVICE=inkcov', file]);
  return stdout.trim().split('\n').map((line) => line.trim().split(/\s+/).slice(0, 4).map(Number));
}

test("black text and rules are K only; the red theme's red is printed in C, M and Y, as the profile mixes it", async () => {
  const ink = await inkCoverage(pressFile);
  assert.equal(ink.length, press.getPageCount());
  // Which pages draw a colour (r, g, b not all equal) in the print edition, as Chromium wrote them.
  const print = await loadPdf(await readFile(join(out, 'booklet-print.pdf')));
  const coloured = print.getPages().map((_, index) => [...pageContent(print, index).matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (rg|RG)\b/g)].some((m) => !(m[1] === m[2] && m[2] === m[3])));
  assert.ok(coloured.filter(Boolean).length >= 2, `pages in red: ${coloured.map((c, i) => (c ? i + 1 : '')).filter(Boolean)}`);
  const black = ink.filter((_, index) => !coloured[index]);
  // The cover, the title page, a page of body text, the colophon: K only.
  assert.ok(black.filter((page) => page[3]! > 0.005).length >= 4 && black.some((page) => page[3]! > 0.03), `pages in black only, their K: ${black.map((p) => p[3])}`);
  for (const [index, page] of ink.entries()) {
    if (coloured[index]) assert.ok(page[0]! > 0 && page[1]! > 0 && page[2]! > 0, `page ${index + 1} keeps its red in C, M and Y: ${page}`);
    else assert.deepEqual(page.slice(0, 3), [0, 0, 0], `page ${index + 1}: black only, so no C, M or Y: ${page}`);
  }
  // The print edition's RGB black, as the check sees it, would be in all four inks.
  const printInk = await inkCoverage(join(out, 'booklet-print.pdf'));
  assert.ok(printInk.some((page, index) => !coloured[index] && page[0]! > 0.005), 'inkcov finds rich black in the RGB print edition');
  // #c8161d became the profile's red: mostly magenta and yellow, little cyan, little black.
  const reds = new Set(press.getPages().flatMap((_, index) => [...pageContent(press, index).matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (k|K)\b/g)].map((m) => m.slice(1, 5).join(' '))));
  reds.delete('1 1 1 1'); // the crop marks, in registration colour
  assert.ok([...reds].some((red) => { const [c, m, y, k] = red.split(' ').map(Number) as [number, number, number, number]; return m > 0.8 && y > 0.8 && c < 0.3 && k < 0.3; }), `the red in CMYK: ${[...reds].join('; ')}`);
});

/** A page's drawing: its content and its form XObjects', decoded. */
function pageContent(pdf: PDFDocument, index: number): string {
  const page = pdf.getPage(index);
  const streams: string[] = [];
  const visit = (resources: PDFDict | undefined, depth: number) => {
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, ref] of xobjects?.entries() ?? []) {
      const form = pdf.context.lookup(ref);
      if (!(form instanceof PDFRawStream) || form.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form')) continue;
      streams.push(Buffer.from(decodePDFRawStream(form).decode()).toString('latin1'));
      if (depth < 4) visit(form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), depth + 1);
    }
  };
  const contents = pdf.context.lookup(page.node.get(PDFName.of('Contents')));
  if (contents instanceof PDFRawStream) streams.push(Buffer.from(decodePDFRawStream(contents).decode()).toString('latin1'));
  visit(page.node.lookupMaybe(PDFName.of('Resources'), PDFDict), 0);
  return streams.join('\n');
}

test("the press PDF's text is the screen PDF's, page by page", async () => {
  const pageText = async (file: string) => {
    const { stdout } = await run('pdftotext', ['-layout', file, '-']);
    // As the proof compares text: without what is not seen (white space, word joiners: Ghostscript drops
    // the ActualText that Chromium gives the word joiner before a dash, and leaves the space glyph's text).
    return stdout.split('\f').map(invisible);
  };
  const [screen, pressed] = await Promise.all([pageText(join(out, 'booklet.pdf')), pageText(pressFile)]);
  assert.equal(pressed.length, screen.length);
  assert.ok(screen.join('').length > 200, 'the screen PDF has text');
  assert.deepEqual(pressed, screen);
});

test("the images with their own profile or with transparency are told at their manuscript lines", () => {
  const told = reporter.messages.filter((m) => m.ruleId === 'press-image');
  const shown = told.map((m) => formatMessage(m)).join('\n');
  assert.equal(told.length, 2, shown);
  const at = (image: string) => `${join(book, '01-sample.md')}:${manuscript.findIndex((l) => l.includes(`(figures/${image})`)) + 1}:1`;
  const place = (m: (typeof told)[number]) => `${resolve(String(m.file))}:${m.line}:${m.column}`;
  assert.ok(told.some((m) => place(m) === at('alpha.png') && m.fatal === false && m.reason.startsWith('Image figures/alpha.png has transparency')), shown);
  assert.ok(told.some((m) => place(m) === at('p3.png') && m.fatal === false && m.reason.startsWith('Image figures/p3.png has its own colour profile (sP3C)')), shown);
  assert.ok(!/plain\.png/.test(shown), 'a plain sRGB image is not told about');
  // And each is in the press PDF in CMYK, the transparent one with its soft mask.
  const images = [...press.context.enumerateIndirectObjects()].map(([, o]) => o).filter((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image') && o.dict.get(PDFName.of('Width'))?.toString() === '60');
  assert.equal(images.filter((i) => i.dict.get(PDFName.of('ColorSpace')) === PDFName.of('DeviceCMYK')).length, 3, 'the three pictures, in CMYK');
  assert.equal(images.filter((i) => i.dict.has(PDFName.of('SMask'))).length, 1, 'the transparent one keeps its soft mask');
});

test('a press profile that is missing, or not a CMYK printer profile, is refused at its line; nothing is written', async () => {
  const yaml = await readFile(join(book, 'booklet.yaml'), 'utf8');
  const cases = [
    { profile: 'printer/missing.icc', message: /error Press profile `printer\/missing\.icc` not found/ },
    { profile: '/usr/share/color/icc/ghostscript/srgb.icc', message: /error Press profile `\/usr\/share\/color\/icc\/ghostscript\/srgb\.icc` is for RGB \(class mntr: “Artifex Software sRGB ICC Profile”\), not a CMYK printer profile/ },
    { profile: '01-sample.md', message: /error Press profile `01-sample\.md` is not an ICC profile/ },
  ];
  const line = yaml.split('\n').length; // the profile's line, after the yaml as it is
  for (const { profile, message } of cases) {
    await writeFile(join(book, 'booklet.yaml'), `${yaml}press:\n  profile: ${profile}\n`);
    const target = join(dir, `refused-${cases.findIndex((c) => c.profile === profile)}`);
    const error = await build({ dir: book, out: target, editions: ['press'], reporter: createMemoryReporter() }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof BookletError, String(error));
    const [shown] = error.messages.map((m) => formatMessage(m, book));
    assert.match(shown!, new RegExp(`^booklet\\.yaml:${line + 1}:12 `), shown);
    assert.match(shown!, message);
    assert.match(error.messages[0]!.note ?? '', /press\.profile/);
    assert.ok(!existsSync(join(target, 'booklet-press.pdf')), 'no press file');
    assert.deepEqual((await readdir(target).catch(() => [])).filter((f) => f.endsWith('.pdf')), []);
  }
  await writeFile(join(book, 'booklet.yaml'), yaml);
});

test('the project root has the default profile where the Makefile installs it (scribus-data)', async () => {
  const makefile = await readFile(join(ROOT, 'Makefile'), 'utf8');
  assert.match(makefile, new RegExp(`\\[ -e ${DEFAULT_PROFILE.path.replace(/\./g, '\\.')} \\] \\|\\| missing="\\$\\$missing ${DEFAULT_PROFILE.package}"`));
  assert.match(makefile, /command -v gs >\/dev\/null 2>&1 \|\| missing="\$\$missing ghostscript"/);
});
