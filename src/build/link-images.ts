// The image links of booklet.html's markup: to the content-named copies of the images.
import { imageUrl } from '../html/rehype-images.js';

/** Markup with its image links pointing at the content-named copies. */
export function linkImages(markup: string, files: { to: string; hashed: string }[]): string {
  return files.reduce((doc, image) => doc.replaceAll(`src="${imageUrl(image.to)}"`, `src="${imageUrl(image.hashed)}"`), markup);
}
