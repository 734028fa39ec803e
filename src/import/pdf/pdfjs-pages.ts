// A PDF's text layer read with pdf.js (pdfjs-dist), page by page: each text run with its position, its
// size (from the text matrix) and the name of its face. pdf.js rather than poppler's `pdftotext
// -bbox-layout`, which gives words and their boxes but neither sizes nor faces (so no bold), and rather
// than `pdftohtml -xml`, which rounds sizes to whole points and merges runs by its own rules: here the
// runs come as the PDF draws them and lines.ts and reading-order.ts make lines and columns of them.
// pdf.js also ships the CMaps that Chinese PDFs with unembedded fonts need (UniGB-UCS2-H, …), which
// poppler has only with poppler-data.
//
// pdf.js runs in this thread (no worker): one page is read at a time and let go once read (its drawing
// operators and text), so memory stays bounded by the file, its fonts and one page. The document's caches
// are not emptied on the way: they hold the fonts (a few for a whole book), and emptying them every 25
// pages made a 500-page book slower (its fonts parsed again) and no smaller.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fail, firstLine } from '../../diagnostics.js';
import { phrase } from '../../ui/catalogue.js';
import type { TextRun } from './page-text.js';
import { unifyRadicals } from './radicals.js';

export interface PageRuns {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** The page has little text (a page number, a running head) and draws an image: a scanned page? */
  image?: boolean;
}

export interface OpenPdf {
  pages: number;
  /** The title its metadata gives, unless that is a file's or a program's name (Microsoft Word -
   *  文档1.docx, Untitled). */
  title?: string;
  /** Page `n` (1-based): its size and runs. */
  read(n: number): Promise<PageRuns>;
  close(): Promise<void>;
}

/** A page with no more letters than this may be a scanned page with its page number or running head. */
const SPARSE = 200;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Document = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type TextItem = { str: string; transform: number[]; width: number; fontName: string };

/** A title that names a file or a program rather than the document. */
const JUNK_TITLE = /^$|^(untitled|无标题|未命名|microsoft (word|powerpoint)|wps|document\s*\d*$|文档\s*\d*$)|\.(docx?|pdf|indd|tex|html?|wps|txt)$/i;

let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js, loaded once, with its worker's code in this thread. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

/** The folder of pdf.js's package (its CMaps and standard fonts), ending with a slash. */
function packageFolder(sub: string): string {
  const require = createRequire(import.meta.url);
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')), sub)}/`;
}

/** Open the PDF at `path` (fails with a BookletError when it is encrypted or damaged). */
export async function openPdf(path: string): Promise<OpenPdf> {
  const lib = await loadPdfJs();
  const doc = await loadDocument(lib, path);
  const faces = new Map<string, string>();
  const imageOps = new Set([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageMaskXObject, lib.OPS.paintImageXObjectRepeat]);
  const title = await doc.getMetadata().then(({ info }) => (info as { Title?: unknown }).Title, () => undefined);
  return {
    pages: doc.numPages,
    ...(typeof title === 'string' && !JUNK_TITLE.test(title.trim()) ? { title: title.trim() } : {}),
    read: (n) => readPage(doc, n, { path, faces, imageOps }),
    close: () => doc.destroy(),
  };
}

type Page = Awaited<ReturnType<Document['getPage']>>;
type Viewport = ReturnType<Page['getViewport']>;

/** What reading a page needs of the open PDF: its path (for messages), the names of the faces seen so
 *  far (by pdf.js's id), and the drawing operators that paint an image. */
interface PageContext {
  path: string;
  faces: Map<string, string>;
  imageOps: ReadonlySet<number>;
}

/** The document at `path`, parsed by pdf.js; an encrypted or damaged one fails. */
async function loadDocument(lib: PdfJs, path: string): Promise<Document> {
  const data = new Uint8Array(await readFile(path));
  try {
    return await lib.getDocument({
      data,
      cMapUrl: packageFolder('cmaps'),
      cMapPacked: true,
      standardFontDataUrl: packageFolder('standard_fonts'),
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      // A broken content stream is an error, not a page read in part.
      stopAtErrors: true,
      verbosity: lib.VerbosityLevel.ERRORS,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') fail(phrase('import-pdf.encrypted'), { file: path }, 'pdf', phrase('import-pdf.encrypted.hint'));
    fail(phrase('import-pdf.damaged', { detail: firstLine(error) }), { file: path }, 'pdf', phrase('import-pdf.repair.hint'));
  }
}

/** Page `n`: its size and runs, and whether it may be a scanned page; the page let go once read. */
async function readPage(doc: Document, n: number, context: PageContext): Promise<PageRuns> {
  try {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    // disableNormalization: the text as the PDF maps it, no character folded (ﬁ and compatibility
    // ideographs stay what they are); only radicals that stand for ideographs are read as such
    // (radicals.ts).
    const content = await page.getTextContent({ disableNormalization: true });
    const items = content.items.filter((i): i is TextItem & typeof i => 'str' in i && i.str !== '');
    await learnFaces(page, items, context.faces);
    const runs = textRuns(items, viewport, context.faces);
    const image = await mayBeScanned(page, items, context.imageOps);
    page.cleanup();
    return { page: n, width: viewport.width, height: viewport.height, runs, ...(image ? { image } : {}) };
  } catch (error) {
    fail(phrase('import-pdf.page-damaged', { page: n, detail: firstLine(error) }), { file: context.path }, 'pdf', phrase('import-pdf.repair.hint'));
  }
}

/** Add the names of the page's faces not seen before to `faces`. */
async function learnFaces(page: Page, items: TextItem[], faces: Map<string, string>): Promise<void> {
  // Faces' names come with the page's drawing operators; only a page with a face not seen before
  // needs them.
  const unknown = new Set(items.map((i) => i.fontName).filter((f) => !faces.has(f)));
  if (unknown.size === 0) return;
  await page.getOperatorList();
  for (const id of unknown) {
    const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string } | null) : null;
    faces.set(id, font?.name ?? id);
  }
}

/** The page's text items as runs in the page's coordinates, each with its size and the name of its face. */
function textRuns(items: TextItem[], viewport: Viewport, faces: ReadonlyMap<string, string>): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
    const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    const last = runs.at(-1);
    if (item.str.trim() === '') {
      // A space of a word's width belongs to the text before it (■ 高文); a wider one stands for a
      // gap of the layout (between columns, before a date set to the right), which lines.ts reads.
      if (last && item.width <= 1.5 * size && Math.abs(last.baseline - y) < 0.2 * size) last.text += ' ';
      continue;
    }
    runs.push({ text: unifyRadicals(item.str), x0: x, x1: x + item.width, baseline: y, size, font: faces.get(item.fontName) ?? item.fontName });
  }
  return runs;
}

/** Whether the page may be a scanned page among pages with text. */
async function mayBeScanned(page: Page, items: TextItem[], imageOps: ReadonlySet<number>): Promise<boolean> {
  // A page with little text (its furniture at most): an image on it may be a scanned page among
  // pages with text. Only such pages have their drawing operators read for it.
  const letters = items.reduce((sum, i) => sum + i.str.replace(/\s/g, '').length, 0);
  return letters <= SPARSE && (await page.getOperatorList()).fnArray.some((op) => imageOps.has(op));
}
