// Read the booklet's local images for the output: each must exist and be a format Chromium shows and
// EPUB allows (PNG, JPEG, GIF, WebP, SVG), told by its bytes, not its name. A very large image is a
// warning (it slows every build and bloats the PDF). An SVG image is sanitized (sanitize-svg.ts): its
// data, which the output folder and the EPUB get, is the safe copy.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createMessage } from '../diagnostics.js';
import { insideFolder } from '../config/inside-folder.js';
import { sanitizeSvg } from './sanitize-svg.js';
import type { VFileMessage } from 'vfile-message';
import type { ImageRef } from './rehype-images.js';
import { imageSizeProblems } from './image-size.js';

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

/** Read every image; problems are messages at the manuscript line that uses the image. */
export async function readImages(images: (ImageRef & { file: string })[]): Promise<{ files: ImageFile[]; messages: VFileMessage[] }> {
  const files: ImageFile[] = [];
  const messages: VFileMessage[] = [];
  for (const image of images) {
    const place = { file: image.file, line: image.line, column: image.column };
    let data: Uint8Array | undefined = await readFile(image.path).catch(() => undefined);
    if (!data) {
      messages.push(createMessage(`Image not found: ${image.path}`, place, 'image', { hint: 'Check the path; it is relative to the manuscript.' }));
      continue;
    }
    // The name is inside (rehype-images.ts); a link there may still point out of the folder.
    if (!(await insideFolder(image.root, image.path).catch(() => false))) {
      messages.push(createMessage(`Image is a link that leads outside the booklet folder: ${image.path}`, place, 'image', { hint: 'Copy the image into the manuscripts folder (or below it) rather than linking to it.' }));
      continue;
    }
    const mediaType = imageType(data);
    if (!mediaType) {
      messages.push(createMessage(`Not an image Chromium can show (PNG, JPEG, GIF, WebP or SVG): ${image.path}`, place, 'image', { hint: 'Convert it to PNG or JPEG.' }));
      continue;
    }
    if (mediaType === 'image/svg+xml') {
      const svg = sanitizeSvg(data);
      if ('refused' in svg) {
        messages.push(createMessage(`${svg.refused}: ${image.path}`, place, 'image', { hint: 'Save it again as plain SVG without a DOCTYPE (Inkscape: Plain SVG), or convert it to PNG.' }));
        continue;
      }
      if (svg.removed.length > 0) {
        const hint = 'An SVG image may only draw: scripts, event handlers, foreignObject and links or styles that load other files never reach the booklet.';
        messages.push(createMessage(`Removed from the SVG image ${image.to.replace(/^images\//, '')}: ${svg.removed.join(', ')}`, place, 'unsafe-svg', { fatal: false, hint }));
      }
      data = svg.data;
    }
    if (data.length > LARGE_IMAGE) {
      messages.push(createMessage(`Image is ${Math.round(data.length / 1048576)} MB: ${image.path}`, place, 'image', { fatal: false, hint: 'Scale it to the size it is printed at (300 dpi).' }));
    }
    messages.push(...imageSizeProblems(data, mediaType, place, image.path));
    const hash = createHash('sha256').update(data).digest('hex').slice(0, 12);
    files.push({ path: image.path, to: image.to, hashed: image.to.replace(/(\.[a-z0-9]+)?$/i, (ext) => `.${hash}${ext}`), data, mediaType });
  }
  return { files, messages };
}
