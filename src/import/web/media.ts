// The pictures a document holds, named for the manuscripts' images/ folder: `images/<source>-<n>.<ext>`,
// the source's name made ASCII (an id-like stem), so that two sources imported together do not take
// each other's names.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { SourceMedia } from '../source.js';

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/x-emf': 'emf',
  'image/x-wmf': 'wmf',
};

/** The media types of the extensions above, and of the other names an extension goes by. */
const TYPES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(EXTENSIONS).map(([type, ext]) => [ext, type])),
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
};

/** The pictures of one source, as they are found: `add` keeps one and says the name the blocks refer to
 *  it by. */
export interface MediaShelf {
  media: SourceMedia[];
  add(bytes: Uint8Array, type: string): string;
}

/** A shelf for the pictures of `source` (its path and bytes). */
export function mediaShelf(source: string, bytes: Uint8Array): MediaShelf {
  const ascii = basename(source, extname(source))
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  // A name with no ASCII letters in it (报告.docx): the file's bytes tell it from another.
  const stem = ascii || `source-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}`;
  const media: SourceMedia[] = [];
  return {
    media,
    add(bytes, type) {
      const ext = EXTENSIONS[type.toLowerCase()] ?? (type.split('/')[1]?.replace(/[^a-z0-9]/gi, '') || 'bin');
      const name = `images/${stem}-${media.length + 1}.${ext}`;
      media.push({ name, bytes, type });
      return name;
    },
  };
}

/** The media type a picture's file name says. */
export function typeOfName(name: string): string | undefined {
  return TYPES[extname(name).slice(1).toLowerCase()];
}
