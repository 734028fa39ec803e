// font-file.ts tells a font's outlines from its bytes: TrueType (glyf) faces are fine for print, CFF ones
// become Type 3 in Chromium's PDF. The same faces in a collection, WOFF and WOFF2 (made here from their
// tables) are judged the same; the name is the PostScript name; what is not a font is undefined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, deflateSync } from 'node:zlib';
import { fontFile } from '../../src/html/font-file.js';
import { subsetFace } from '../../src/html/subset-face.js';
import { FONT_FACES } from '../../src/html/fonts.js';

/** Debian's Noto Serif CJK (fonts-noto-cjk, which `make` installs): a collection of CFF faces, JP first. */
const CFF_COLLECTION = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

interface Table {
  tag: string;
  data: Buffer;
}

/** The sfnt version and tables of the face whose table directory is at `at`. */
function tablesOf(font: Buffer, at = 0): { version: Buffer; tables: Table[] } {
  const tables: Table[] = [];
  for (let i = 0; i < font.readUInt16BE(at + 4); i++) {
    const record = at + 12 + i * 16;
    const offset = font.readUInt32BE(record + 8);
    tables.push({ tag: font.toString('latin1', record, record + 4), data: font.subarray(offset, offset + font.readUInt32BE(record + 12)) });
  }
  return { version: font.subarray(at, at + 4), tables };
}

/** A plain sfnt of these tables (checksums left 0: no reader here checks them). */
function sfnt(version: Buffer, tables: Table[]): Buffer {
  const head = Buffer.alloc(12 + tables.length * 16);
  version.copy(head, 0);
  head.writeUInt16BE(tables.length, 4);
  let offset = head.length;
  const parts: Buffer[] = [head];
  tables.forEach((t, i) => {
    head.write(t.tag, 12 + i * 16, 'latin1');
    head.writeUInt32BE(offset, 20 + i * 16);
    head.writeUInt32BE(t.data.length, 24 + i * 16);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** WOFF 1.0 (each table deflated). */
function woff(version: Buffer, tables: Table[]): Buffer {
  const head = Buffer.alloc(44 + tables.length * 20);
  head.write('wOFF', 0, 'latin1');
  version.copy(head, 4);
  head.writeUInt16BE(tables.length, 12);
  let offset = head.length;
  const parts: Buffer[] = [head];
  tables.forEach((t, i) => {
    const stored = deflateSync(t.data, { level: 1 });
    const entry = 44 + i * 20;
    head.write(t.tag, entry, 'latin1');
    head.writeUInt32BE(offset, entry + 4);
    head.writeUInt32BE(stored.length, entry + 8);
    head.writeUInt32BE(t.data.length, entry + 12);
    const padded = Buffer.alloc(Math.ceil(stored.length / 4) * 4);
    stored.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** WOFF2 with every table as it is (the null transform; glyf and loca say so with version 3), each tag
 *  written out (index 63), the tables in one Brotli stream. */
function woff2(version: Buffer, tables: Table[]): Buffer {
  const base128 = (n: number) => {
    const bytes = [n & 0x7f];
    for (n = Math.floor(n / 128); n > 0; n = Math.floor(n / 128)) bytes.unshift((n & 0x7f) | 0x80);
    return Buffer.from(bytes);
  };
  const directory = Buffer.concat(
    tables.flatMap((t) => [Buffer.from([t.tag === 'glyf' || t.tag === 'loca' ? 0xff : 0x3f]), Buffer.from(t.tag, 'latin1'), base128(t.data.length)]),
  );
  // The lowest quality: the CJK face's 20 MB take a minute at the highest.
  const stream = brotliCompressSync(Buffer.concat(tables.map((t) => t.data)), { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } });
  const head = Buffer.alloc(48);
  head.write('wOF2', 0, 'latin1');
  version.copy(head, 4);
  head.writeUInt16BE(tables.length, 12);
  head.writeUInt32BE(stream.length, 20);
  return Buffer.concat([head, directory, stream]);
}

test('a TrueType face, plain, in WOFF and in WOFF2, is TrueType, with its PostScript name and family', async () => {
  const face = FONT_FACES.find((f) => f.postScriptName === 'NotoSerifSC-Regular')!;
  const ttf = Buffer.from(await subsetFace(face.path, '学习读本', { retainGids: false }));
  const { version, tables } = tablesOf(ttf);
  assert.ok(tables.some((t) => t.tag === 'glyf'));
  assert.deepEqual(fontFile(ttf), { container: 'sfnt', mediaType: 'font/ttf', outlines: 'truetype', postScriptName: 'NotoSerifSC-Regular', family: 'Noto Serif SC' });
  assert.deepEqual(fontFile(woff(version, tables)), { container: 'woff', mediaType: 'font/woff', outlines: 'truetype', postScriptName: 'NotoSerifSC-Regular', family: 'Noto Serif SC' });
  assert.deepEqual(fontFile(woff2(version, tables)), { container: 'woff2', mediaType: 'font/woff2', outlines: 'truetype', postScriptName: 'NotoSerifSC-Regular', family: 'Noto Serif SC' });
  // Apple's sfnt version `true` is TrueType too.
  assert.equal(fontFile(sfnt(Buffer.from('true', 'latin1'), tables))?.outlines, 'truetype');
});

test('a collection of CFF faces is CFF, by its first face; that face alone, in WOFF and in WOFF2, too', async () => {
  const ttc = await readFile(CFF_COLLECTION);
  assert.deepEqual(fontFile(ttc), { container: 'collection', mediaType: 'font/collection', outlines: 'cff', postScriptName: 'NotoSerifCJKjp-Regular', family: 'Noto Serif CJK JP' });
  const { version, tables } = tablesOf(ttc, ttc.readUInt32BE(12));
  assert.equal(version.toString('latin1'), 'OTTO');
  assert.ok(tables.some((t) => t.tag === 'CFF '));
  const otf = sfnt(version, tables);
  assert.deepEqual(fontFile(otf), { container: 'sfnt', mediaType: 'font/otf', outlines: 'cff', postScriptName: 'NotoSerifCJKjp-Regular', family: 'Noto Serif CJK JP' });
  assert.deepEqual(fontFile(woff(version, tables)), { container: 'woff', mediaType: 'font/woff', outlines: 'cff', postScriptName: 'NotoSerifCJKjp-Regular', family: 'Noto Serif CJK JP' });
  assert.deepEqual(fontFile(woff2(version, tables)), { container: 'woff2', mediaType: 'font/woff2', outlines: 'cff', postScriptName: 'NotoSerifCJKjp-Regular', family: 'Noto Serif CJK JP' });
  // The tables decide against a version that says otherwise: CFF outlines under 0x00010000 are CFF.
  assert.equal(fontFile(sfnt(Buffer.from([0, 1, 0, 0]), tables))?.outlines, 'cff');
});

test('what is not a font, or a font cut short, is undefined', async () => {
  assert.equal(fontFile(Buffer.from('p { color: red; }\n')), undefined);
  assert.equal(fontFile(new Uint8Array(0)), undefined);
  const face = FONT_FACES[0]!;
  const ttf = Buffer.from(await subsetFace(face.path, '学', { retainGids: false }));
  assert.equal(fontFile(ttf.subarray(0, 40)), undefined, 'a table directory pointing past the end');
  const { version, tables } = tablesOf(ttf);
  const broken = woff2(version, tables);
  broken.fill(0, broken.length - 20);
  assert.equal(fontFile(broken), undefined, 'a Brotli stream that does not decompress');
});
