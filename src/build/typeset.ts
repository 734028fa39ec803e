// Typesetting: the manuscripts into the booklet's HTML, its images read and checked; then, into the output
// folder, the font subsets, the images and the stylesheets' files, and the HTML linked to them.
import { BookletError, type Reporter } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { renderHtml, type RenderedHtml } from '../html/render-html.js';
import { linkFonts, type FontAsset } from '../html/subset-fonts.js';
import { readImages, type ImageFile } from '../html/read-images.js';
import { typeArea } from '../html/page-geometry.js';
import type { Output } from '../output.js';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { Manuscript } from '../manuscript/read.js';
import { bookFonts } from './faces.js';
import { stage } from '../stage.js';
import { linkImages } from './link-images.js';
import type { FaceMaps } from '../html/font-coverage.js';
import type { Subsetter } from '../html/subset-face.js';

export interface Typeset {
  html: RenderedHtml;
  images: ImageFile[];
  /** The booklet with the faces its document loads (the fallbacks its characters need: fallback-faces.ts). */
  booklet: ResolvedBooklet;
}

/** `maps`: the faces' maps of the build, which choose the fallback faces. */
export async function typeset(booklet: ResolvedBooklet, manuscripts: Manuscript[], reporter: Reporter, maps: FaceMaps): Promise<Typeset> {
  const html = await stage(reporter, phrase('stage.html'), () => renderHtml(booklet, manuscripts, undefined, (face) => maps.of(face)));
  html.messages.forEach((m) => reporter.message(m));
  const images = await stage(reporter, phrase('stage.images'), () => readImages(html.images, typeArea(booklet.page)));
  images.messages.filter((m) => !m.fatal).forEach((m) => reporter.message(m));
  if (images.messages.some((m) => m.fatal)) throw new BookletError(images.messages.filter((m) => m.fatal));
  return { html, images: images.files, booklet: { ...booklet, faces: html.faces } };
}

export interface Published {
  fonts: FontAsset[];
  /** booklet.html with its fonts and images linked to their copies. */
  linked: string;
  /** The subsets keep the faces' glyph ids (see below). */
  retainGids: boolean;
}

/** Copy what booklet.html loads into the output folder (before the commit: Chromium loads it from there).
 *  `subsetter`: the one a command that runs on keeps, with its faces loaded (default: the build's own). */
export async function publishAssets(output: Output, booklet: ResolvedBooklet, book: Typeset, reporter: Reporter, variant?: string, subsetter?: Subsetter): Promise<Published> {
  const { html, images } = book;
  // Glyphs numbered afresh (smaller subsets: faster to load and print), but kept at the faces' ids in a
  // command that runs on (the one that gives a subsetter), whose every edit reuses the other parts'
  // printed pages (subset-face.ts).
  const retainGids = subsetter !== undefined;
  const fonts = await stage(reporter, phrase('stage.fonts'), () => bookFonts(booklet, html.html, output.dir, { retainGids, subsetter }, variant));
  await output.copyAssets(fonts);
  // The bytes read and checked (an SVG image's sanitized copy), not the file as it may be by now.
  await output.copyAssets(images.map((image) => ({ from: image.data, to: image.hashed })));
  // What the user's stylesheets load, under the names their CSS in booklet.html already gives.
  await output.copyAssets(html.styleAssets);
  return { fonts, linked: linkImages(linkFonts(html.html, fonts), images), retainGids };
}
