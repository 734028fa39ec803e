// What an edition's write is given: the typeset book, and the pagination when it needs it. Types only:
// importing this costs nothing at run time.
import type { PDFDocument } from 'pdf-lib';
import type { VFileMessage } from 'vfile-message';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { Manuscript } from '../manuscript/read.js';
import type { RenderedHtml } from '../html/render-html.js';
import type { FontAsset } from '../html/subset-fonts.js';
import type { ImageFile } from '../html/read-images.js';
import type { PdfMetadata } from '../paginate/pdf-metadata.js';
import type { UnitStructure } from '../paginate/structure/tag-book.js';
import type { PaginationFacts } from '../paginate/in-page/bridge.js';
import type { MessageKey } from '../ui/catalogue.js';

/** The book as Paged.js laid it out in Chromium. */
export interface Pagination {
  facts: PaginationFacts;
  /** Chromium's PDF, not yet finished (the screen edition finishes it). */
  pdf: PDFDocument;
  /** What each page holds as the structure tree (the screen edition tags its PDF with it). */
  structure: UnitStructure[];
  /** The first page as a PNG, when an edition needs the cover. */
  cover?: Uint8Array | undefined;
}

export interface EditionContext {
  booklet: ResolvedBooklet;
  manuscripts: readonly Manuscript[];
  /** The typeset book: its tree, its articles, and the HTML before its fonts and images were linked. */
  html: RenderedHtml;
  /** booklet.html as written: its fonts and images linked to their copies beside it. */
  linked: string;
  /** The font subsets and images copied into the output folder. */
  fonts: FontAsset[];
  images: ImageFile[];
  /** The PDF and EPUB metadata (title, date, language). */
  meta: PdfMetadata;
  /** Present for an edition that needs the pagination (or the cover). */
  pagination?: Pagination | undefined;
  /** A language variant (`zh-Hant`) being built, if any. */
  variant?: string | undefined;
  /** Cancels the build: an edition that runs a child process (Ghostscript) passes it on. */
  signal?: AbortSignal | undefined;
  /** The bytes of an edition this one is made from (needs.editions): made once per build. */
  edition(name: string): Promise<Uint8Array | string>;
  /** Run a stage of the build, shown in the progress under its label (a key of the catalogue). */
  stage<T>(label: MessageKey, run: () => Promise<T>): Promise<T>;
  /** A warning for the user. */
  report(message: VFileMessage): void;
}
