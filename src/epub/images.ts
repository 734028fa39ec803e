// The articles' images in the EPUB. OCF forbids some characters in file names (`"` `*` `:` `<` `>` `?`
// `\`, controls, …), EPUBCheck warns about spaces, and names that differ only in case are one file on
// many readers' disks: such an image is stored under a name of its own, and the content documents'
// links follow it. Other images keep their place.
import type { Element } from 'hast';
import type { ImageFile } from '../html/read-images.js';
import { imageUrl } from '../html/rehype-images.js';
import { elements } from './chapters.js';

export interface EpubImage {
  image: ImageFile;
  /** Its path inside the content folder. */
  path: string;
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg' };
/** Letters and digits of any script, `.` `_` `-`, and `/` between names that do not start or end with a dot. */
const PLAIN = /^(?:[\p{L}\p{N}_-][\p{L}\p{N}._-]*[\p{L}\p{N}_-]|[\p{L}\p{N}_-])(?:\/(?:[\p{L}\p{N}_-][\p{L}\p{N}._-]*[\p{L}\p{N}_-]|[\p{L}\p{N}_-]))*$/u;

/** Where each image goes in the EPUB (`taken`: paths used by other files, lower case). */
export function placeImages(images: ImageFile[], taken: Set<string>): EpubImage[] {
  const used = new Set(taken);
  const plain = images.map((image) => PLAIN.test(image.to) && !/[\uE000-\uF8FF]/u.test(image.to));
  // Plain names first, so a renamed image never takes the place of one that keeps its name.
  const placed = images.map((image, i) => {
    if (!plain[i] || used.has(image.to.toLowerCase())) return undefined;
    used.add(image.to.toLowerCase());
    return image.to;
  });
  let n = 0;
  return images.map((image, i) => {
    let path = placed[i];
    while (path === undefined) {
      const candidate = `images/image-${++n}.${EXTENSIONS[image.mediaType] ?? 'bin'}`;
      if (!used.has(candidate)) path = candidate;
    }
    used.add(path.toLowerCase());
    return { image, path };
  });
}

/** Point the images of a content document at their places in the EPUB. */
export function linkEpubImages(body: Element, placed: EpubImage[]): void {
  const byUrl = new Map(placed.map((p) => [imageUrl(p.image.to), imageUrl(p.path)]));
  for (const el of elements(body)) {
    if (el.tagName !== 'img') continue;
    const to = byUrl.get(String(el.properties['src'] ?? ''));
    if (to) el.properties['src'] = to;
  }
}
