// What the press edition tells about the booklet's images, at the manuscript line that shows each: every
// image is converted to the printing condition's CMYK (Ghostscript, through the profile), and the printer
// should know which ones were not plain sRGB pictures: an image with an ICC profile of its own, not sRGB's
// (Display P3, Adobe RGB; Chromium keeps it as the image's ICCBased colour space, and the conversion starts
// from it: colours outside the press's gamut are clipped), and one with transparency (kept live, as PDF/X-4
// allows; the printer's RIP flattens it). sharp (libvips) reads them; an image whose colours it cannot read
// is said so.
import type { VFileMessage } from 'vfile-message';
import { createMessage, type Place } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { ImageFile } from '../html/read-images.js';
import type { ImageRef } from '../html/rehype-images.js';
import { readIccProfile } from './icc-profile.js';

/** The messages about `images`, each at the first place in `refs` that shows it. */
export async function imageColourMessages(images: readonly ImageFile[], refs: readonly (ImageRef & { file?: string })[]): Promise<VFileMessage[]> {
  const messages: VFileMessage[] = [];
  const { default: sharp } = await import('sharp');
  for (const image of images) {
    if (image.mediaType === 'image/svg+xml') continue; // vector: its colours are CSS's, sRGB
    const ref = refs.find((r) => r.path === image.path);
    const place: Place = ref?.file ? { file: ref.file, line: ref.line, column: ref.column } : { file: image.path };
    const path = image.to.replace(/^images\//, '');
    let meta;
    try {
      meta = await sharp(image.data, { animated: false }).metadata();
    } catch (error) {
      messages.push(createMessage(phrase('press.image-no-colour', { path, detail: error instanceof Error ? error.message : String(error) }), place, 'press-image', { fatal: false, hint: phrase('press.image-no-colour.hint') }));
      continue;
    }
    if (!meta.space || !meta.channels) {
      messages.push(createMessage(phrase('press.image-no-colour', { path, detail: 'no colour space' }), place, 'press-image', { fatal: false, hint: phrase('press.image-no-colour.hint') }));
      continue;
    }
    // An sRGB profile is what an image without one is taken to be: the conversion is the same.
    const description = meta.icc ? readIccProfile(meta.icc)?.description || 'unnamed' : undefined;
    if (description !== undefined && !/\bsRGB\b/i.test(description)) {
      messages.push(createMessage(phrase('press.image-profile', { path, profile: description }), place, 'press-image', { fatal: false, hint: phrase('press.image-profile.hint') }));
    }
    if (meta.hasAlpha && !(await sharp(image.data, { animated: false }).stats()).isOpaque) {
      messages.push(createMessage(phrase('press.image-alpha', { path }), place, 'press-image', { fatal: false, hint: phrase('press.image-alpha.hint') }));
    }
  }
  return messages;
}
