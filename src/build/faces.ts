// Every place the build depends on the book's faces, together: the font subsets, the faces' identity in
// the page cache's keys, and the coverage map the lint's tofu check reads.
import { join } from 'node:path';
import { BODY_FACE } from '../manuscript/lint-files.js';
import { writeCachedCoverage } from '../proof/fonts.js';
import { FONT_FILE, subsetFonts, type FontAsset } from '../html/subset-fonts.js';
import { faceIdentity } from '../html/fonts.js';
import type { ResolvedBooklet } from '../config/resolve.js';

export { FONT_FILE };

/** The subsets of the faces that `html` uses, in `<outDir>/.cache`. */
export function bookFonts(_booklet: ResolvedBooklet, html: string, outDir: string, retainGids: boolean): Promise<FontAsset[]> {
  return subsetFonts(html, join(outDir, '.cache'), { retainGids });
}

/** What identifies the faces in the page cache's keys. */
export function facesKey(_booklet: ResolvedBooklet): Promise<string> {
  return faceIdentity();
}

/** Keep the body face's coverage map read afresh by the lint. */
export function keepCoverage(_booklet: ResolvedBooklet, cacheDir: string, fresh: Set<number>): Promise<void> {
  return writeCachedCoverage(BODY_FACE, cacheDir, fresh);
}
