// Read the booklet's local images for the output: each must exist and be a format Chromium shows and
// EPUB allows (PNG, JPEG, GIF, WebP, SVG), told by its bytes, not its name. A very large image is a
// warning, and it is scaled down (sharp, libvips) to its size at 300 dpi in the type area, the most it can be
// printed at: Chromium decodes every image whole, and the PDF and the EPUB carry it. An SVG image is
// sanitized (sanitize-svg.ts): its data, which the output folder and the EPUB get, is the safe copy.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createMessage } from '../diagnostics.js';
import { insideFolder } from '../config/inside-folder.js';
import { sanitizeSvg } from './sanitize-svg.js';
import type { VFileMessage } from 'vfile-message';
import type { ImageRef } from './rehype-images.js';
import { imageDimensions, imageSizeProblems, LARGE_PIXELS, MAX_PIXELS, type Dimensions } from './image-size.js';
import { phrase } from '../ui/catalogue.js';

/** Above this, an image gets a warning. */
export const LARGE_IMAGE = 20 * 1024 * 1024;

export interface ImageFile {
  /** The source file. */
  path: string;
  /** Its place in the EPUB, as the document tree links it. */
  to: string;
  /** Its place beside booklet.html, named by content (like the fonts), so a failed build leaves the
   *  previous edition's images in place. */
  hashed: string;
  /** What is published (an SVG image's safe copy). */
  data: Uint8Array;
  mediaType: string;
}

/** The media type an image's first bytes show, or undefined. */
export function imageType(data: Uint8Array): string | undefined {
  const head = Buffer.from(data.subarray(0, 512));
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (/<svg[\s>]/.test(head.toString('utf8'))) return 'image/svg+xml';
  return undefined;
}

/** `path` with the first 12 hex digits of its content's SHA-256 before the extension (`images/a.png` →
 *  `images/a.0123456789ab.png`): a copy that exists is the same file, and a failed build leaves the
 *  previous edition's in place. */
export function hashedName(path: string, data: Uint8Array): string {
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 12);
  return path.replace(/(\.[a-z0-9]+)?$/i, (ext) => `.${hash}${ext}`);
}

/** The type area in pt, which no image is printed larger than. */
export interface TypeArea {
  width: number;
  height: number;
}

/** Read every image; problems are messages at the manuscript line that uses the image. An image larger
 *  than LARGE_PIXELS or LARGE_IMAGE is scaled to fit `typeArea` at 300 dpi, when it is given. */
export async function readImages(images: (ImageRef & { file: string })[], typeArea?: TypeArea): Promise<{ files: ImageFile[]; messages: VFileMessage[] }> {
  const files: ImageFile[] = [];
  const messages: VFileMessage[] = [];
  for (const image of images) {
    const place = { file: image.file, line: image.line, column: image.column };
    let data: Uint8Array | undefined = await readFile(image.path).catch(() => undefined);
    if (!data) {
      messages.push(createMessage(phrase('image.not-found', { path: image.path }), place, 'image', { hint: phrase('image.not-found.hint') }));
      continue;
    }
    // The name is inside (rehype-images.ts); a link there may still point out of the folder.
    if (!(await insideFolder(image.root, image.path).catch(() => false))) {
      messages.push(createMessage(phrase('image.link-outside', { path: image.path }), place, 'image', { hint: phrase('image.link-outside.hint') }));
      continue;
    }
    const mediaType = imageType(data);
    if (!mediaType) {
      messages.push(createMessage(phrase('image.unknown-type', { path: image.path }), place, 'image', { hint: phrase('image.unknown-type.hint') }));
      continue;
    }
    if (mediaType === 'image/svg+xml') {
      const svg = sanitizeSvg(data);
      if ('refused' in svg) {
        messages.push(createMessage(phrase('image.svg-refused', { why: svg.refused, path: image.path }), place, 'image', { hint: phrase('image.svg-refused.hint') }));
        continue;
      }
      if (svg.removed.length > 0) {
        const removed = phrase('image.svg-removed', { path: image.to.replace(/^images\//, ''), removed: svg.removed.join('\n') });
        messages.push(createMessage(removed, place, 'unsafe-svg', { fatal: false, hint: phrase('image.svg-removed.hint') }));
      }
      data = svg.data;
    }
    const size = imageDimensions(data, mediaType);
    const pixels = size ? size.width * size.height : 0;
    const large = data.length > LARGE_IMAGE || pixels > LARGE_PIXELS;
    const scaled = large && typeArea && size && pixels <= MAX_PIXELS ? await scaledCopy(data, mediaType, size, typeArea) : undefined;
    if (scaled && 'data' in scaled) {
      const from = `${size!.width.toLocaleString('en')} × ${size!.height.toLocaleString('en')} pixels, ${megabytes(data.length)}`;
      const to = `${scaled.width.toLocaleString('en')} × ${scaled.height.toLocaleString('en')}, ${megabytes(scaled.data.length)}`;
      messages.push(createMessage(phrase('image.scaled', { from, to, path: image.path }), place, 'image', { fatal: false, hint: phrase('image.scaled.hint') }));
      data = scaled.data;
    } else {
      const failed = scaled && 'failed' in scaled ? scaled.failed : '';
      if (data.length > LARGE_IMAGE) {
        const large = phrase('image.megabytes', { size: Math.round(data.length / 1048576), failed, path: image.path });
        messages.push(createMessage(large, place, 'image', { fatal: false, hint: phrase('image.megabytes.hint') }));
      }
      if (!scaled || 'failed' in scaled) messages.push(...imageSizeProblems(data, mediaType, place, image.path));
    }
    files.push({ path: image.path, to: image.to, hashed: hashedName(image.to, data), data, mediaType });
  }
  return { files, messages };
}

type Scaled = Awaited<ReturnType<typeof scaleDown>>;

/** The last few scaled copies, by the source's bytes and the box: a watch or the preview, which read the
 *  images again on every edit, scale an image once (seconds for a large scan), not at each keystroke. */
const SCALED = new Map<string, Scaled>();
const KEEP_SCALED = 8;

/** scaleDown, remembered for this process. */
async function scaledCopy(data: Uint8Array, mediaType: string, size: Dimensions, box: TypeArea): Promise<Scaled> {
  const key = `${createHash('sha256').update(data).digest('hex')} ${box.width}×${box.height}`;
  if (SCALED.has(key)) {
    const kept = SCALED.get(key);
    // The most recently used goes last; the oldest is dropped first.
    SCALED.delete(key);
    SCALED.set(key, kept);
    return kept;
  }
  const scaled = await scaleDown(data, mediaType, size, box);
  SCALED.set(key, scaled);
  if (SCALED.size > KEEP_SCALED) SCALED.delete(SCALED.keys().next().value!);
  return scaled;
}

const megabytes = (bytes: number) => (bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`);

/** The image scaled to fit `box` at 300 dpi, in its own format (turned upright as its EXIF says: the
 *  copy has no EXIF), or why it could not be; undefined when it is no larger than that already. sharp is
 *  loaded only here: most booklets never need it. libvips reads the image in strips (sequentialRead), so
 *  a 20,000 × 20,000 PNG takes some 170 MB, not the 1.6 GB decoded. */
async function scaleDown(data: Uint8Array, mediaType: string, size: Dimensions, box: TypeArea): Promise<{ data: Uint8Array; width: number; height: number } | { failed: string } | undefined> {
  const most = { width: Math.ceil((box.width / 72) * 300), height: Math.ceil((box.height / 72) * 300) };
  if (size.width <= most.width && size.height <= most.height && data.length <= LARGE_IMAGE) return undefined;
  try {
    const { default: sharp } = await import('sharp');
    const pipeline = sharp(data, { sequentialRead: true, limitInputPixels: MAX_PIXELS, animated: false })
      .rotate()
      .resize({ ...most, fit: 'inside', withoutEnlargement: true });
    const encoded =
      mediaType === 'image/jpeg' ? pipeline.jpeg({ quality: 90, mozjpeg: true })
      : mediaType === 'image/webp' ? pipeline.webp({ quality: 90 })
      : mediaType === 'image/gif' ? pipeline.gif()
      : pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
    const { data: out, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), width: info.width, height: info.height };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}
