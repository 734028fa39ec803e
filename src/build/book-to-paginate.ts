// What the pagination is told of the typeset book (paginate/paginate.ts): booklet.html's file, its tree
// and head, its links to the images' copies, the trim size, the faces Chromium is given.
import type { BookToPaginate } from '../paginate/paginate.js';
import { PT_PER_MM } from '../html/page-geometry.js';
import type { Published, Typeset } from './typeset.js';
import { facesKey } from './faces.js';
import { linkImages } from './link-images.js';

/** The book `typeset` made, as published to `htmlPath` (its final name `htmlFile`, for messages); `cover`:
 *  render the first page too (the EPUB's cover). */
export async function bookToPaginate(typeset: Typeset, published: Published, htmlPath: string, htmlFile: string, cover: boolean): Promise<BookToPaginate> {
  const { booklet, html, images } = typeset;
  const unlinked = linkImages(html.html, images);
  return {
    htmlPath,
    htmlFile,
    tree: html.tree,
    head: unlinked.slice(0, unlinked.indexOf('<body')),
    link: (markup) => linkImages(markup, images),
    width: booklet.page.width * PT_PER_MM,
    height: booklet.page.height * PT_PER_MM,
    fonts: new Map(published.fonts.map((f) => [f.face.postScriptName, f.from])),
    retainGids: published.retainGids,
    // Keyed by the faces, not by this build's subsets of them: a part printed with other subsets has its
    // glyphs renumbered (remap-glyphs.ts), so an edit that brings in a new character leaves the other
    // parts' pages good.
    facesKey: await facesKey(booklet),
    cover,
  };
}
