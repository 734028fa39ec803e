// The press edition's parts on small inputs, without Chromium: the content-stream reader that finds the
// colour operators (and skips what only looks like one), the neutral greys, the ICC profile reader, and the
// refusals: Ghostscript missing, too slow or cancelled, and a file that comes back not PDF/X-4 (a
// "Ghostscript" that converts nothing) never written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { BookletError } from '../../src/diagnostics.js';
import { operations, rewriteOperations } from '../../src/paginate/content-stream.js';
import { greyNeutrals, neutralGrey } from '../../src/press/neutral-grey.js';
import { readIccProfile } from '../../src/press/icc-profile.js';
import { makePressEdition } from '../../src/press/press-edition.js';
import { imageColourMessages } from '../../src/press/image-colours.js';
import { pdfxProblems, sheetBoxes, type SheetBoxes } from '../../src/press/verify-pdfx.js';
import { DEFAULT_PROFILE, readPressProfile, type PressProfile } from '../../src/press/profile.js';
import { makePrintEdition } from '../../src/paginate/print-edition.js';
import { decoded, loadPdf } from '../../src/paginate/pdf-io.js';
import { withTempDir } from '../helpers.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const META = { title: '测试', author: 'a', subject: 's', keywords: ['k'], creator: 'booklet', producer: 'booklet', language: 'zh-CN', date: new Date(Date.UTC(2026, 0, 15)) };

test('the content-stream reader finds operators with their operands, not inside strings, comments or inline images', () => {
  const stream = bytes('q 0 0 0 rg (0 0 0 rg \\) still) Tj % 1 1 1 rg\n[<0102> -50 (a(b)c)] TJ /Span<</ActualText <FEFF2060> >> BDC EMC BI /W 2 /H 1 /CS /RGB /BPC 8 ID \x00 0 0 rg EI Q .5 .5 .5 RG');
  const ops = [...operations(stream)].map((op) => `${op.operands.join(' ')} ${op.operator}`.trim());
  assert.deepEqual(ops, ['q', '0 0 0 rg', '(0 0 0 rg \\) still) Tj', '[<0102> -50 (a(b)c)] TJ', '/Span <</ActualText <FEFF2060> >> BDC', 'EMC', 'BI', '/W 2 /H 1 /CS /RGB /BPC 8 ID', 'EI', 'Q', '.5 .5 .5 RG']);
});

test('neutral RGB colours become the same grey, every other colour and every other byte stays', () => {
  const stream = bytes('0 0 0 rg BT (0 0 0 rg) Tj ET .3333 .3333 .3333 RG 1 0 0 rg 0 0 0 1 k 1 1 1 rg\n0.5 0.50 0.5 rg');
  const { bytes: out, count } = rewriteOperations(stream, neutralGrey);
  assert.equal(Buffer.from(out).toString('latin1'), '0 g BT (0 0 0 rg) Tj ET .3333 G 1 0 0 rg 0 0 0 1 k 1 g\n0.5 g');
  assert.equal(count, 4);
});

test('a shading from black to black (a CSS rule drawn as a gradient) becomes DeviceGray; a coloured one stays', async () => {
  const pdf = await PDFDocument.create();
  const { context } = pdf;
  const shading = (c0: number[], c1: number[]) => context.obj({ ShadingType: 2, ColorSpace: 'DeviceRGB', Coords: [0, 0, 0, 1], Function: { FunctionType: 2, Domain: [0, 1], C0: c0, C1: c1, N: 1 } });
  const rule = context.register(context.obj({ PatternType: 2, Shading: shading([0, 0, 0], [0, 0, 0]) }));
  const red = context.register(context.obj({ PatternType: 2, Shading: shading([0.78, 0.09, 0.11], [0.78, 0.09, 0.11]) }));
  const page = pdf.addPage([100, 100]);
  page.node.set(PDFName.of('Contents'), context.register(context.stream('0 0 0 rg 0 0 10 10 re f')));
  greyNeutrals(pdf);
  const shaded = (ref: typeof rule) => String(context.lookup(ref));
  assert.match(shaded(rule), /\/ColorSpace \/DeviceGray/);
  assert.match(shaded(rule), /\/C0 \[ 0 \]/);
  assert.match(shaded(red), /\/ColorSpace \/DeviceRGB/);
  assert.equal(Buffer.from(decoded(context.lookup(page.node.get(PDFName.of('Contents'))) as never)).toString('latin1'), '0 g 0 0 10 10 re f');
});

test('the ICC reader tells the default CMYK printer profile from an RGB display profile and from anything else', async () => {
  const cmyk = readIccProfile(await readFile(DEFAULT_PROFILE.path));
  assert.deepEqual(cmyk, { deviceClass: 'prtr', colourSpace: 'CMYK', components: 4, version: '2.1', description: 'ISO Coated v2 300% (basICColor)' });
  const srgb = readIccProfile(await readFile('/usr/share/color/icc/ghostscript/srgb.icc'));
  assert.equal(srgb?.colourSpace, 'RGB');
  assert.equal(srgb?.deviceClass, 'mntr');
  assert.equal(readIccProfile(bytes('%PDF-1.7 not a profile at all, but long enough to have a header of 128 bytes and a tag count '.repeat(3))), undefined);
  const truncated = (await readFile(DEFAULT_PROFILE.path)).subarray(0, 4096);
  assert.equal(readIccProfile(truncated), undefined, 'a profile cut short');
});

/** A two-page print edition (pdf-lib-made screen pages: black text area, a red box), and its boxes. */
async function smallPrint(): Promise<{ print: Uint8Array; sheets: SheetBoxes[] }> {
  const screen = await PDFDocument.create();
  for (const ops of ['0 0 0 rg 50 50 300 400 re f', '.784 .086 .114 rg 50 50 100 100 re f 0 0 0 RG 2 w 50 300 m 350 300 l S']) {
    const page = screen.addPage([419.53, 595.28]);
    page.node.set(PDFName.of('Contents'), screen.context.register(screen.context.stream(ops)));
  }
  const print = await makePrintEdition(await screen.save(), { width: 148, height: 210 }, META);
  return { print, sheets: sheetBoxes(await loadPdf(print)) as SheetBoxes[] };
}

async function defaultProfile(): Promise<PressProfile> {
  const profile = await readPressProfile(undefined, 'booklet.yaml');
  assert.ok(!('fatal' in profile), 'the default profile is installed');
  return profile as PressProfile;
}

/** The message of a BookletError a promise rejects with. */
async function refusal(promise: Promise<unknown>): Promise<{ reason: string; note: string }> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof BookletError, `a BookletError, not ${String(error)}`);
  return { reason: error.messages[0]!.reason, note: error.messages[0]!.note ?? '' };
}

test('the print edition is not PDF/X: the check names what it lacks', async () => {
  const { print, sheets } = await smallPrint();
  const problems = (await pdfxProblems(print, sheets)).map((p) => p.key);
  for (const key of ['press.check.version', 'press.check.info', 'press.check.xmp', 'press.check.intent', 'press.check.rgb']) assert.ok(problems.includes(key), `${key} in ${problems.join(', ')}`);
  assert.ok(!problems.includes('press.check.box'), 'its boxes are its own');
  assert.ok((await pdfxProblems(print, sheets.slice(1))).some((p) => p.key === 'press.check.pages'));
});

test('a "Ghostscript" that converts nothing: the file, still RGB, is refused, not written as PDF/X', async () => {
  await withTempDir(async (dir) => {
    const fake = join(dir, 'fake-gs');
    // Copies its input to -sOutputFile: the marks are added, the colours stay RGB.
    await writeFile(fake, '#!/bin/sh\nfor a; do case "$a" in -sOutputFile=*) out="${a#-sOutputFile=}";; esac; last="$a"; done\ncp "$last" "$out"\n');
    await chmod(fake, 0o755);
    const { print } = await smallPrint();
    const { reason, note } = await refusal(makePressEdition(print, { profile: await defaultProfile(), meta: META, ghostscript: fake }));
    assert.match(reason, /^The press PDF is not PDF\/X-4, so it was not written: page 2 still has RGB colour$/, "page 1, black only, was made grey: page 2 keeps its red in RGB");
    assert.match(note, /fault of booklet or Ghostscript/);
  });
});

test('Ghostscript missing, too slow, or cancelled: a message naming the package, the time, the cancel', async () => {
  await withTempDir(async (dir) => {
    const { print } = await smallPrint();
    const profile = await defaultProfile();
    const missing = await refusal(makePressEdition(print, { profile, meta: META, ghostscript: 'booklet-no-such-gs' }));
    assert.equal(missing.reason, 'Ghostscript (booklet-no-such-gs) not found');
    assert.match(missing.note, /apt-get install ghostscript/);
    const slow = join(dir, 'slow-gs');
    await writeFile(slow, '#!/bin/sh\nexec sleep 30\n');
    await chmod(slow, 0o755);
    const late = await refusal(makePressEdition(print, { profile, meta: META, ghostscript: slow, timeout: 300 }));
    assert.equal(late.reason, 'Ghostscript did not finish the press PDF in 1 s');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const cancelled = await refusal(makePressEdition(print, { profile, meta: META, ghostscript: slow, signal: controller.signal }));
    assert.equal(cancelled.reason, 'The press PDF was cancelled');
  });
});

test('an image whose colours cannot be read is told so at its line; an opaque alpha channel is not transparency', async () => {
  const { default: sharp } = await import('sharp');
  const opaque = await sharp({ create: { width: 8, height: 8, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
  const image = (name: string, data: Uint8Array) => ({ path: `/book/figures/${name}`, to: `images/figures/${name}`, hashed: `images/figures/${name}`, data, mediaType: 'image/png' });
  const refs = [
    { path: '/book/figures/broken.png', to: 'images/figures/broken.png', root: '/book', line: 7, column: 1, file: '/book/01.md' },
    { path: '/book/figures/opaque.png', to: 'images/figures/opaque.png', root: '/book', line: 9, column: 1, file: '/book/01.md' },
  ];
  const messages = await imageColourMessages([image('broken.png', bytes('\x89PNG\r\n\x1a\nnot really')), image('opaque.png', opaque)], refs);
  assert.equal(messages.length, 1, messages.map((m) => m.reason).join('\n'));
  const [broken] = messages as [(typeof messages)[number]];
  assert.equal(`${broken.file}:${broken.line}:${broken.column}`, '/book/01.md:7:1');
  assert.match(broken.reason, /^The colours of image figures\/broken\.png could not be read \(.+\): the press PDF converts them as sRGB$/);
  assert.equal(broken.fatal, false);
});

test("a stream of Ghostscript's whose data ends in CR or LF before endstream, its /Length an object after it, is read whole", async () => {
  await withTempDir(async (dir) => {
    // Content whose deflated bytes end in LF and in CR: pdf-lib alone would drop that byte.
    const ending = (byte: number) => {
      const char = (n: number) => String.fromCharCode(33 + (n % 94));
      for (let pad = 0; pad < 30000; pad++) {
        // A comment of three characters: the zlib trailer's last byte (Adler-32's low byte) takes every value.
        const content = `0 g 50 50 300 400 re f % ${char(pad)}${char(pad / 94)}${char(pad / 8836)}\n`;
        const data = deflateSync(content);
        if (data[data.length - 1] === byte) return { content, data };
      }
      throw new Error('no padding gives that last byte');
    };
    const pages = [ending(0x0a), ending(0x0d)];
    const parts: Buffer[] = [Buffer.from('%PDF-1.6\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2>>\nendobj\n', 'latin1')];
    pages.forEach(({ data }, i) => {
      const [page, stream, length] = [3 + i, 5 + 2 * i, 6 + 2 * i];
      parts.push(Buffer.from(`${page} 0 obj\n<</Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents ${stream} 0 R>>\nendobj\n`, 'latin1'));
      parts.push(Buffer.from(`${stream} 0 obj\n<</Length ${length} 0 R/Filter /FlateDecode>>\nstream\n`, 'latin1'), data, Buffer.from(`endstream\nendobj\n${length} 0 obj\n${data.length}\nendobj\n`, 'latin1'));
    });
    parts.push(Buffer.from('trailer\n<</Size 9 /Root 1 0 R>>\n%%EOF\n', 'latin1'));
    const written = join(dir, 'written.pdf');
    await writeFile(written, Buffer.concat(parts));
    const fake = join(dir, 'fake-gs');
    await writeFile(fake, `#!/bin/sh\nfor a; do case "$a" in -sOutputFile=*) out="\${a#-sOutputFile=}";; esac; done\ncp '${written}' "$out"\n`);
    await chmod(fake, 0o755);
    const { print, sheets } = await smallPrint();
    const press = await loadPdf(await makePressEdition(print, { profile: await defaultProfile(), meta: META, ghostscript: fake }));
    assert.deepEqual(sheetBoxes(press), sheets, "the print edition's sheets");
    press.getPages().forEach((page, i) => {
      const contents = press.context.lookup(page.node.get(PDFName.of('Contents'))) as never;
      assert.equal(Buffer.from(decoded(contents)).toString('latin1'), pages[i]!.content, `page ${i + 1}'s content, whole`);
    });
  });
});

test("an image with sRGB's own profile is not told about: it converts as an untagged one does", async () => {
  const { default: sharp } = await import('sharp');
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 30, b: 30 } } }).withIccProfile('srgb').png().toBuffer();
  assert.ok((await sharp(data).metadata()).icc, 'it carries a profile');
  const ref = { path: '/book/s.png', to: 'images/s.png', root: '/book', line: 3, column: 1, file: '/book/01.md' };
  assert.deepEqual(await imageColourMessages([{ path: '/book/s.png', to: 'images/s.png', hashed: 'images/s.png', data, mediaType: 'image/png' }], [ref]), []);
});

test('the same print edition gives the same press PDF, byte for byte: none of Ghostscript\'s dates or ids is left', async () => {
  const { print } = await smallPrint();
  const profile = await defaultProfile();
  const [a, b] = [await makePressEdition(print, { profile, meta: META }), await makePressEdition(print, { profile, meta: META })];
  assert.ok(Buffer.from(a).equals(Buffer.from(b)));
  assert.doesNotMatch(Buffer.from(a).toString('latin1'), /GPL Ghostscript|CreationDate\(D:20(?!260115)/);
  const pdf = await loadPdf(a);
  assert.deepEqual(await pdfxProblems(a, sheetBoxes(pdf) as SheetBoxes[]), [], 'a PDF/X-4 file');
});

test("a printer's own profile: named by its registered condition when its description gives one, else Custom; the press PDF converts to it", async () => {
  await withTempDir(async (dir) => {
    const place = { file: join(dir, 'booklet.yaml'), line: 12, column: 12 };
    const copy = join(dir, 'printer.icc');
    await writeFile(copy, await readFile(DEFAULT_PROFILE.path));
    const iso = (await readPressProfile({ name: 'printer.icc', path: copy, place }, place.file)) as PressProfile;
    assert.deepEqual([iso.identifier, iso.registry, iso.condition], ['FOGRA39', 'http://www.color.org', 'ISO Coated v2 300% (basICColor)']);
    // Ghostscript's generic SWOP: a CMYK printer profile with no registered condition.
    const swop = '/usr/share/color/icc/ghostscript/default_cmyk.icc';
    const custom = (await readPressProfile({ name: 'swop.icc', path: swop, place }, place.file)) as PressProfile;
    assert.deepEqual([custom.identifier, custom.registry, custom.condition], ['Custom', undefined, 'Artifex CMYK SWOP Profile']);
    const { print, sheets } = await smallPrint();
    const press = await makePressEdition(print, { profile: custom, meta: META });
    assert.deepEqual(await pdfxProblems(press, sheets), []);
    const text = Buffer.from(press).toString('latin1');
    assert.match(text, /\/OutputConditionIdentifier \(Custom\)/);
    assert.doesNotMatch(text, /\/RegistryName/);
  });
});
