// Decompression bombs: an image small on disk can be gigabytes once decoded, which Chromium does for every
// image it lays out. The build reads the dimensions from the image's header; a very large one is scaled
// down to the type area at 300 dpi, the most it is printed at (libvips reads it in strips, never whole),
// with a warning at the manuscript line that uses it; one past a gigapixel is refused there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { imageDimensions } from '../../src/html/image-size.js';
import { imageType, readImages } from '../../src/html/read-images.js';
import { typeArea } from '../../src/html/page-geometry.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

/** A valid PNG of black 1-bit grey pixels: tiny on disk, `width × height × 4` bytes once decoded. */
function blackPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth; colour type 0 (grey), no interlace
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Build (HTML edition) a booklet whose article shows `images/<name>.png` at line 7. */
function buildWith(dir: string, png: Buffer) {
  return async () => {
    const book = join(dir, 'm');
    await mkdir(join(book, 'images'), { recursive: true });
    await writeFile(join(book, 'images', 'scan.png'), png);
    await writeFile(join(book, 'booklet.yaml'), 'title: 测试\ncompiler: 测试组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n');
    await writeFile(join(book, '01-a.md'), '---\ntitle: 样例\n---\n\n第一段。\n\n![扫描件](images/scan.png)\n');
    return spawnSync(process.execPath, [CLI, 'build', 'm', '--edition', 'html'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  };
}

test('a 130 KB PNG of 32,000 × 32,000 pixels (4.1 GB decoded) is refused at its line, with a hint to downscale', async () => {
  await withTempDir(async (dir) => {
    const png = blackPng(32_000, 32_000);
    assert.ok(png.length < 400_000, `${png.length} bytes`);
    const result = await buildWith(dir, png)();
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /^m\/01-a\.md:7:1 error Image is 32,000 × 32,000 pixels \(1024 megapixels, 4\.1 GB decoded\): .*scan\.png  image$/m);
    assert.match(result.stderr, /hint: .*[Ss]cale it down/);
  });
});

/** The images the HTML edition links, with their pixel size. */
async function printedImages(dir: string): Promise<{ width: number; height: number; bytes: number }[]> {
  const html = await readFile(join(dir, 'm', 'output', 'booklet.html'), 'utf8');
  const names = [...html.matchAll(/<img src="(images\/[^"]+)"/g)].map((m) => m[1]!);
  return Promise.all(names.map(async (name) => {
    const data = await readFile(join(dir, 'm', 'output', name));
    return { ...imageDimensions(data, imageType(data)!)!, bytes: data.length };
  }));
}

// A5 at the default body size: 300 dpi fits its type area (28 characters of 10.5 pt by 25 pitches) in
// 1,225 × 1,914 pixels.
const AREA = typeArea({ name: 'A5', width: 148, height: 210, bodySize: 10.5, lineHeight: 1.75 });
const MOST = { width: Math.ceil((AREA.width / 72) * 300), height: Math.ceil((AREA.height / 72) * 300) };

test('a PNG of 20,000 × 20,000 pixels (1.6 GB decoded) is scaled to the type area at 300 dpi, with a warning at its line', async () => {
  await withTempDir(async (dir) => {
    const result = await buildWith(dir, blackPng(20_000, 20_000))();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, new RegExp(`^m/01-a\\.md:7:1 warning Image scaled from 20,000 × 20,000 pixels, [\\d.]+ [KM]B to ${MOST.width.toLocaleString('en')} × ${MOST.width.toLocaleString('en')}, [\\d.]+ [KM]B \\(the type area at 300 dpi\\): .*scan\\.png  image$`, 'm'));
    assert.deepEqual((await printedImages(dir)).map(({ width, height }) => ({ width, height })), [{ width: MOST.width, height: MOST.width }]);
    // The manuscript's file is left as it was.
    assert.deepEqual(imageDimensions(await readFile(join(dir, 'm', 'images', 'scan.png')), 'image/png'), { width: 20_000, height: 20_000 });
  });
});

test('a PNG of 21 MB is scaled to the type area at 300 dpi and printed from the smaller copy', async () => {
  const { default: sharp } = await import('sharp');
  // Noise does not compress: 2,800 × 2,800 RGB is a PNG of some 23 MB.
  const noise = await sharp({ create: { width: 2800, height: 2800, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer();
  assert.ok(noise.length > 20 * 1024 * 1024, `${noise.length} bytes`);
  await withTempDir(async (dir) => {
    const result = await buildWith(dir, noise)();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^m\/01-a\.md:7:1 warning Image scaled from 2,800 × 2,800 pixels, 2\d MB to 1,225 × 1,225, [\d.]+ [KM]B \(the type area at 300 dpi\): .*scan\.png  image$/m);
    const [printed] = await printedImages(dir);
    assert.deepEqual({ width: printed!.width, height: printed!.height }, { width: MOST.width, height: MOST.width });
    assert.ok(printed!.bytes < noise.length / 4, `${printed!.bytes} bytes`);
  });
});

test('a 6,000 × 5,000 PNG (120 MB decoded) builds, scaled with a warning at its line', async () => {
  await withTempDir(async (dir) => {
    const result = await buildWith(dir, blackPng(6000, 5000))();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^m\/01-a\.md:7:1 warning Image scaled from 6,000 × 5,000 pixels, [\d.]+ [KM]B to 1,225 × 1,021, [\d.]+ [KM]B \(the type area at 300 dpi\): .*scan\.png  image$/m);
  });
});

test('a 2,000 × 1,500 PNG builds with no message', async () => {
  await withTempDir(async (dir) => {
    const result = await buildWith(dir, blackPng(2000, 1500))();
    assert.equal(result.status, 0, result.stderr);
    // The summary, in the words the messages would be in.
    assert.match(result.stderr, /^Built 1 edition in /m);
    assert.doesNotMatch(result.stderr, /warning|error/);
  });
});

test('dimensions from the headers Chromium’s encoders write: PNG, JPEG, WebP lossy, lossless and extended', async () => {
  for (const name of ['37x23.png', '37x23.jpg', '37x23-vp8.webp', '37x23-vp8l.webp', '37x23-vp8x.webp', '37x23-vp8x-alpha.webp']) {
    const data = await readFile(join(FIXTURES, 'images', name));
    assert.deepEqual(imageDimensions(data, imageType(data)!), { width: 37, height: 23 }, name);
  }
});

test('dimensions of a GIF, and of a progressive JPEG with fill bytes before its frame', () => {
  const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([0x25, 0x00, 0x17, 0x00, 0xf0, 0, 0])]);
  assert.deepEqual(imageDimensions(gif, 'image/gif'), { width: 37, height: 23 });
  // SOI, an APP1 segment of 4 bytes, two fill bytes, SOF2 (progressive) of 40,000 × 30,000.
  const jpeg = Buffer.from('ffd8ffe100040000ffffffc200110875309c4003012200021101031101', 'hex');
  assert.deepEqual(imageDimensions(jpeg, 'image/jpeg'), { width: 40_000, height: 30_000 });
});

test('a header cut short, or garbage after the signature, gives no dimensions and throws nothing', async () => {
  for (const name of ['37x23.png', '37x23.jpg', '37x23-vp8.webp', '37x23-vp8l.webp', '37x23-vp8x.webp']) {
    const data = await readFile(join(FIXTURES, 'images', name));
    const type = imageType(data)!;
    for (let n = 0; n < 30; n++) assert.ok([undefined, 37].includes(imageDimensions(data.subarray(0, n), type)?.width), `${name} cut at ${n}`);
  }
  // A segment length that points past the end.
  assert.equal(imageDimensions(Buffer.from('ffd8ffe1fffe00000000000000', 'hex'), 'image/jpeg'), undefined);
  assert.equal(imageDimensions(Buffer.from('ffd8ffe1', 'hex'), 'image/jpeg'), undefined);
  assert.equal(imageDimensions(Buffer.from('<svg width="100000" height="100000"/>'), 'image/svg+xml'), undefined);
});

test('a large image read again (a watch, the preview: every edit) is scaled once; another box scales it anew', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'scan.png');
    await writeFile(path, blackPng(6000, 5000));
    const ref = { path, to: 'images/scan.png', root: dir, line: 7, column: 1, file: join(dir, '01-a.md') };
    const [first, again] = [await readImages([ref], AREA), await readImages([ref], AREA)];
    assert.equal(imageDimensions(first.files[0]!.data, 'image/png')!.width, MOST.width);
    // The very bytes of the first scaling, with the same warning.
    assert.equal(again.files[0]!.data, first.files[0]!.data);
    assert.deepEqual(again.messages.map(String), first.messages.map(String));
    const half = await readImages([ref], { width: AREA.width / 2, height: AREA.height / 2 });
    assert.notEqual(half.files[0]!.data, first.files[0]!.data);
    assert.equal(imageDimensions(half.files[0]!.data, 'image/png')!.width, Math.ceil((AREA.width / 2 / 72) * 300));
  });
});
