// An image's pixel size, read from its header (PNG IHDR, JPEG SOF, GIF screen, WebP VP8/VP8L/VP8X):
// Chromium decodes every image in full, so a 100 KB PNG of 28,800 × 28,800 pixels takes 3.3 GB. A very
// large image is a warning, a decompression bomb an error, at the manuscript line that shows it.
import { closeSync, openSync, readSync } from 'node:fs';
import type { VFileMessage } from 'vfile-message';
import { createMessage, type Place } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

/** Above this many pixels, a warning (a 300 dpi A4 page is 8.7 megapixels). */
export const LARGE_PIXELS = 25_000_000;
/** Above this, refused (4 GB decoded, 4 bytes a pixel); below it, a large image is scaled down to its
 *  printed size (read-images.ts), which libvips does in strips, without decoding it whole. */
export const MAX_PIXELS = 1_000_000_000;

export interface Dimensions {
  width: number;
  height: number;
}

/** The width and height an image's header states; undefined for SVG or a header cut short. */
export function imageDimensions(data: Uint8Array, mediaType: string): Dimensions | undefined {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const has = (n: number) => bytes.length >= n;
  switch (mediaType) {
    case 'image/png':
      return has(24) && bytes.toString('latin1', 12, 16) === 'IHDR' ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : undefined;
    case 'image/gif':
      return has(10) ? { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) } : undefined;
    case 'image/jpeg':
      return jpegDimensions(bytes);
    case 'image/webp':
      return webpDimensions(bytes);
    default:
      return undefined;
  }
}

/** A warning for a very large image, an error for a huge one, or nothing. */
export function imageSizeProblems(data: Uint8Array, mediaType: string, place: Place, path: string): VFileMessage[] {
  const size = imageDimensions(data, mediaType);
  const pixels = size ? size.width * size.height : 0;
  if (!size || pixels <= LARGE_PIXELS) return [];
  const decoded = pixels * 4;
  const amount = decoded >= 1e9 ? `${(decoded / 1e9).toFixed(1)} GB` : `${Math.round(decoded / 1e6)} MB`;
  const reason = phrase('image.pixels', { width: size.width.toLocaleString('en'), height: size.height.toLocaleString('en'), megapixels: Math.round(pixels / 1e6), decoded: amount, path });
  const fatal = pixels > MAX_PIXELS;
  return [createMessage(reason, place, 'image', { fatal, hint: phrase('image.pixels.hint', { limit: fatal ? MAX_PIXELS / 1e6 : 0 }) })];
}

/** The first start-of-frame segment's size, walking the segments from the start of the file. */
function jpegDimensions(bytes: Buffer): Dimensions | undefined {
  let at = 2;
  while (at + 9 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    // Fill bytes, and markers with no length (restart, start of image, TEM).
    if (marker === 0xff) at += 1;
    else if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) at += 2;
    // The end of the image or the start of a scan before any frame: no size.
    else if (marker === 0xd9 || marker === 0xda) return undefined;
    // SOF0–SOF15, but C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) are not frames.
    else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    } else at += 2 + bytes.readUInt16BE(at + 2);
  }
  return undefined;
}

/** The size in a WebP's first chunk: the canvas (extended format), or the lossy or lossless frame. */
function webpDimensions(bytes: Buffer): Dimensions | undefined {
  if (bytes.length < 30) return undefined;
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  if (chunk === 'VP8L' && bytes[20] === 0x2f) {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  // A key frame: its start code, then 14-bit width and height (the top two bits are scaling).
  if (chunk === 'VP8 ' && bytes.readUIntBE(23, 3) === 0x9d012a) return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  return undefined;
}

/** How much of a file's start is read for its size: a JPEG's frame header may follow a large EXIF block. */
const HEADER_BYTES = 256 * 1024;

/** An image's natural size in CSS px as the page prints it (a raster at 300 dpi, an SVG at its stated
 *  size), and its aspect ratio; undefined parts are unknown (a missing file, an SVG with no size). */
export interface NaturalSize {
  width?: number;
  height?: number;
  /** Height over width. */
  ratio?: number;
}

/** Read the start of an image file for its natural size (the whole file is read later, read-images.ts). */
export function readNaturalSize(path: string, detect: (data: Uint8Array) => string | undefined): NaturalSize {
  let data: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      data = Buffer.alloc(HEADER_BYTES);
      data = data.subarray(0, readSync(fd, data, 0, HEADER_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return {};
  }
  const type = detect(data);
  if (type === 'image/svg+xml') return svgSize(data.toString('utf8'));
  const size = type ? imageDimensions(data, type) : undefined;
  if (!size || size.width === 0 || size.height === 0) return {};
  // 96 CSS px to the inch: a pixel at 300 dpi is 0.32 px.
  return { width: (size.width * 96) / 300, height: (size.height * 96) / 300, ratio: size.height / size.width };
}

/** CSS px per unit of an SVG length. */
const SVG_UNITS: Record<string, number> = { '': 1, px: 1, pt: 4 / 3, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 };

/** The root element's width and height (absolute units only; a percentage is no size) and viewBox ratio. */
function svgSize(text: string): NaturalSize {
  const root = /<svg\b([^>]*)>/.exec(text)?.[1] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']\\s*([^"']*)["']`).exec(root)?.[1]?.trim();
  const length = (value: string | undefined) => {
    const m = value ? /^(\d*\.?\d+)\s*(px|pt|pc|mm|cm|in)?$/.exec(value) : null;
    const px = m ? Number(m[1]) * SVG_UNITS[m[2] ?? '']! : NaN;
    return px > 0 ? px : undefined;
  };
  const width = length(attribute('width'));
  const height = length(attribute('height'));
  const box = (attribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const ratio = width && height ? height / width : box.length === 4 && box[2]! > 0 && box[3]! > 0 ? box[3]! / box[2]! : undefined;
  return { ...(width ? { width } : {}), ...(width && ratio ? { height: width * ratio } : {}), ...(ratio ? { ratio } : {}) };
}
