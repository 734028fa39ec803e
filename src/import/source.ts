// What a reader makes of a source (a text copied out of a PDF, a PDF, a .docx, a saved web page): its text
// as lines or blocks, each with its place in the source, and what the reader dropped as page furniture or
// clutter. One model for every reader, so that splitting articles, recognising their front matter, the
// repairs and the check that no text was lost or added (import-source.ts) are written once.
//
// Lines come from sources without paragraphs of their own (text out of a PDF, a PDF's text layer): the
// importer decides where a paragraph ends (a break inside a sentence is none). Blocks come from sources
// that have paragraphs (.docx, HTML): they are kept as they are.
import type { VFileMessage } from 'vfile-message';

/** Where a piece of text was in its source: a line of a text file (1-based), or a page of a PDF and the
 *  position on it (PDF points from the top left), or the n-th block of a .docx or HTML document. */
export interface SourcePlace {
  /** The line of a text or Markdown file. */
  line?: number;
  /** The page of a PDF (1-based). */
  page?: number;
  /** Position on the page, in PDF points from its top left. */
  x?: number;
  y?: number;
  /** The block of a .docx or an HTML file (1-based, in reading order). */
  block?: number;
}

/** One line of a source without paragraphs of its own, in reading order. */
export interface SourceLine {
  text: string;
  place: SourcePlace;
  /** Type size in points (PDF), when the source says. */
  size?: number;
  /** Set in a bold face (PDF: the font's name says Bold, Heavy, Black…), when the source says. */
  bold?: boolean;
  /** A line that mixes weights (a run-in bold heading and the start of its paragraph, a bold phrase):
   *  its pieces in order, each bold or not, their text joined equal to `text`. Absent when the line is
   *  all of one weight. */
  spans?: { text: string; bold: boolean }[];
  /** What ends this line in the source: a line end, the end of a column, of a page, or an empty line
   *  (a text file's blank line, a PDF's larger gap, or the first-line indent of the next line). Default
   *  `line`. */
  end?: 'line' | 'blank' | 'column' | 'page';
}

/** One block of a source with paragraphs of its own. `markdown` is a block kept as Markdown (a table, a
 *  list, an image, a quotation) whose text is checked like any other. */
export interface SourceBlock {
  kind: 'paragraph' | 'heading' | 'markdown';
  /** The plain text (paragraph, heading), or the block's Markdown (`markdown`). */
  text: string;
  /** For a heading: its level in the source (1 for the largest). */
  depth?: number;
  /** The whole paragraph is bold (a run-in heading written as a bold line). */
  bold?: boolean;
  /** What the source itself says the block is, when it says: a .docx's Title or Subtitle style, the
   *  heading a web page's own title names, the byline a web page marks as such. */
  role?: 'title' | 'subtitle' | 'byline';
  place: SourcePlace;
}

/** A file that a document holds and its blocks refer to by `name` (a .docx's pictures, a saved web page's
 *  images beside it): the importer writes it at `name`, relative to the manuscripts. */
export interface SourceMedia {
  /** Where the blocks' Markdown refers to it, e.g. `images/report-1.png`. */
  name: string;
  bytes: Uint8Array;
  /** Its media type, e.g. `image/png`. */
  type: string;
}

/** Text a reader left out of the manuscripts, and why: shown with `--verbose`, and taken out of the
 *  source's text before the check that nothing was lost. */
export interface Dropped {
  text: string;
  place: SourcePlace;
  why: 'folio' | 'running-head' | 'header' | 'footer' | 'navigation' | 'advertisement' | 'related' | 'clutter';
}

/** A source as its reader read it: lines or blocks (one of them), and what it dropped. */
export interface SourceDocument {
  /** The file, as given. */
  path: string;
  kind: 'text' | 'markdown' | 'pdf' | 'docx' | 'html';
  lines?: SourceLine[];
  blocks?: SourceBlock[];
  dropped: Dropped[];
  /** The document's own title, when it has one (an HTML <title>, a .docx's core properties). */
  title?: string;
  /** What the reader has to tell the user and that does not stop the import (a text read as GB18030, not
   *  UTF-8): warnings, printed with the import's own. Default none. */
  warnings?: VFileMessage[];
  /** The files its blocks refer to (pictures), when it holds any. */
  media?: SourceMedia[];
}

/** What a reader is given: the file and a reporter of progress for a long source. */
export interface ReaderOptions {
  /** Called now and then on a long source: pages (or blocks) read so far, of how many. */
  progress?: (done: number, total: number) => void;
}

/** A reader of one kind of source. A source it cannot read (a scan, an encrypted or damaged file, a page
 *  with no article) fails with a BookletError naming the file, what is wrong and what to do. */
export type Reader = (path: string, options?: ReaderOptions) => Promise<SourceDocument>;
