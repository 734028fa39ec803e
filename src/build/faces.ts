// Every place the build depends on the book's faces, together: the font subsets, and the faces' identity
// in the page cache's keys.
import { join } from 'node:path';
import { FONT_FILE, subsetFonts, type FontAsset } from '../html/subset-fonts.js';
import type { Subsetter } from '../html/subset-face.js';
import { faceIdentity } from '../html/fonts.js';
import type { ResolvedBooklet } from '../config/resolve.js';

export { FONT_FILE };

/** The subsets of the book's faces that `html` uses, in `<outDir>/.cache` (`options`: subsetFonts'). */
export async function bookFonts(booklet: ResolvedBooklet, html: string, outDir: string, options: { retainGids: boolean; subsetter?: Subsetter | undefined }, variant?: string): Promise<FontAsset[]> {
  const subsets = await subsetFonts(html, join(outDir, '.cache'), options, booklet.faces);
  return subsets.map((f) => ({ ...f, to: f.to.replace(/^fonts\//, `${fontFolder(variant)}/`) }));
}

/** The folder of a build's font subsets beside its HTML: a variant's apart (fonts/zh-Hant/), so that
 *  neither build removes the subsets the other's HTML uses. */
export function fontFolder(variant?: string): string {
  return variant ? `fonts/${variant}` : 'fonts';
}

/** What identifies the faces in the page cache's keys. */
export function facesKey(booklet: ResolvedBooklet): Promise<string> {
  return faceIdentity(booklet.faces);
}
