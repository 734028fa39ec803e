// Manuscripts → one typeset HTML document (the input of pagination and of the EPUB).
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'hast';
import type { VFileMessage } from 'vfile-message';
import type { ResolvedBooklet } from '../config/resolve.js';
import { RESERVED_IDS, type Manuscript } from '../manuscript/read.js';
import { fatalMessages } from '../diagnostics.js';
import { articleToHast } from './processor.js';
import { CAPTION_SCALE } from './rehype-figures.js';
import { idsIn } from './rehype-user-ids.js';
import type { ImageRef } from './rehype-images.js';
import { bookletDocument, type RenderedArticle } from './document.js';
import { printStylesheets } from './styles.js';
import type { StylesheetAsset } from './user-stylesheets.js';
import { markPhraseBreaks } from './rehype-phrase-breaks.js';
import { pageGeometry, type PageGeometry } from './page-geometry.js';
import { bookStrings } from './book-strings.js';
import { bookScript } from '../config/language.js';
import { settleFallbacks, type FaceCoverage } from './fallback-faces.js';
import { drawnText } from './drawn-text.js';
import type { BookFaces } from './fonts.js';

/** Where fonts go, relative to the HTML file. */
export const FONT_DIR = 'fonts/';

export interface RenderedHtml {
  html: string;
  tree: Root;
  articles: RenderedArticle[];
  geometry: PageGeometry;
  /** Warnings (fatal problems are thrown). */
  messages: VFileMessage[];
  /** Local images the articles use, each once, with the manuscript that uses it. */
  images: (ImageRef & { file: string })[];
  /** The files the user's stylesheets load (images, fonts), each once, as booklet.html links them. */
  styleAssets: StylesheetAsset[];
  /** The faces the document loads: the booklet's, with the fallbacks its characters need
   *  (fallback-faces.ts). */
  faces: BookFaces;
}

/** The size of a table's type (cjk.css). */
const TABLE_TYPE_PT = 9;

/** Transform every manuscript and assemble the booklet document; `policy` is its Content-Security-Policy
 *  (default: the build's, content-policy.ts); `coverage` reads the faces' maps, to choose the fallback
 *  faces (default: none are used). */
export async function renderHtml(booklet: ResolvedBooklet, manuscripts: Manuscript[], policy?: string, coverage?: FaceCoverage): Promise<RenderedHtml> {
  const articles: RenderedArticle[] = [];
  const geometry = pageGeometry(booklet.page);
  // A column needs a character of the table's 9 pt type, 1 em of padding and its rule (cjk.css).
  const maxColumns = Math.floor((geometry.chars * booklet.page.bodySize) / (2 * TABLE_TYPE_PT + 0.5));
  // Ids an article's raw HTML may not take: the booklet's, and those of the articles before it.
  const usedBefore = new Map<string, string>();
  const ids = { articles: manuscripts.map((m) => m.meta.id), parts: RESERVED_IDS, usedBefore };
  // Figures are numbered through the booklet: each article starts after the figures before it.
  let figuresBefore = 0;
  const strings = bookStrings(bookScript(booklet.language));
  for (const m of manuscripts) {
    const figures = {
      measure: geometry.chars * geometry.bodySize, pitch: geometry.pitch, lines: geometry.lines,
      captionSize: geometry.bodySize * CAPTION_SCALE, numbered: booklet.figures.numbered, start: figuresBefore,
    };
    const body = await articleToHast(m.tree, m.file, m.meta.id, booklet.dir, maxColumns, ids, figures, strings, { titles: booklet.studyBoxes.titles });
    figuresBefore += m.file.data.figures ?? 0;
    for (const id of idsIn(body)) usedBefore.set(id, m.file.path);
    articles.push({ meta: m.meta, path: m.file.path, body, headings: m.file.data.headings ?? [] });
  }
  const failure = fatalMessages(manuscripts.map((m) => m.file));
  if (failure) throw failure;

  const assemble = async (book: ResolvedBooklet) => {
    const sheets = await printStylesheets(geometry, FONT_DIR, book.title, book, book);
    return { ...sheets, tree: bookletDocument(book, articles, sheets.styles, geometry.lines, policy) };
  };
  let assembled = await assemble(booklet);
  // The faces name themselves only in the fonts stylesheet and the colophon (in ASCII): the characters
  // the document draws are those of its first assembly.
  const faces = coverage && booklet.faces.fallbacks.length > 0 ? await settleFallbacks(booklet.faces, drawnText(assembled.tree), coverage) : booklet.faces;
  if (faces !== booklet.faces) assembled = await assemble({ ...booklet, faces });
  const { tree, messages: styleMessages, assets: styleAssets } = assembled;
  markPhraseBreaks(tree);
  const html = unified().use(rehypeStringify).stringify(tree);
  return {
    html,
    tree,
    articles,
    geometry,
    messages: [...manuscripts.flatMap((m) => m.file.messages.filter((x) => !x.fatal)), ...styleMessages],
    styleAssets,
    faces,
    images: [...new Map([...coverImages(booklet), ...manuscripts.flatMap((m) => (m.file.data.images ?? []).map((i) => [i.to, { ...i, file: m.file.path }] as const))]).values()],
  };
}

/** The cover's picture and emblem (booklet.yaml's `cover:`), read and checked as the articles' images are,
 *  problems at their lines in booklet.yaml. */
function coverImages(booklet: ResolvedBooklet): (readonly [string, ImageRef & { file: string }])[] {
  return [booklet.cover.image, booklet.cover.emblem].flatMap((image) =>
    image ? [[image.to, { path: image.path, to: image.to, root: booklet.dir, line: image.place.line, column: image.place.column, file: image.place.file }] as const] : [],
  );
}
