// Reading PDFs with poppler-utils (pdftotext, pdffonts, pdfinfo): the printed result, as a printer's
// preflight would see it. Used by `booklet proof` and by the tests.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

const run = promisify(execFile);

async function poppler(tool: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') fail(phrase('proof.tool-missing', { tool }), { file: tool }, 'poppler', phrase('proof.poppler-hint'));
    fail(phrase('proof.tool-failed', { tool, detail: (e.stderr ?? e.message).trim().split('\n')[0]! }), { file: args.at(-2) ?? tool }, 'poppler');
  }
}

/** A box in pt, y from the top of the page. */
export interface TextBox {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** One word as pdftotext found it (a run of characters without a gap), with its box. */
export interface TextWord extends TextBox {
  text: string;
}

/** One line of text as pdftotext found it, with its box and its words. */
export interface TextLine extends TextBox {
  text: string;
  words: TextWord[];
}

export interface TextPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  lines: TextLine[];
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

/** Every text line of every page (`pdftotext -bbox-layout`). Words of a line are joined without spaces
 *  between Han characters (pdftotext splits CJK runs at autospace gaps). */
export async function pdfTextPages(file: string): Promise<TextPage[]> {
  const xml = await poppler('pdftotext', ['-bbox-layout', file, '-']);
  const pages: TextPage[] = [];
  for (const page of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines: TextLine[] = [];
    for (const line of page[3]!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...line[5]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g)].map((w) => ({
        text: unescape(w[5]!),
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
      }));
      const text = words.reduce((acc, { text: word }) => (acc && /[A-Za-z0-9]$/.test(acc) && /^[A-Za-z0-9]/.test(word) ? `${acc} ${word}` : acc + word), '');
      lines.push({ text, words, xMin: Number(line[1]), yMin: Number(line[2]), xMax: Number(line[3]), yMax: Number(line[4]) });
    }
    pages.push({ number: pages.length + 1, width: Number(page[1]), height: Number(page[2]), lines });
  }
  return pages;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts of a PDF (`pdffonts`). */
export async function pdfFonts(file: string): Promise<FontRow[]> {
  const out = await poppler('pdffonts', [file]);
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      // name, type (one or two words), encoding, emb, sub, uni, object, id
      const cols = line.trim().split(/\s+/);
      const tail = cols.slice(-5);
      return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: tail[0] === 'yes' };
    });
}

export interface PageBoxes {
  number: number;
  media: number[];
  crop: number[];
  bleed: number[];
  trim: number[];
}

/** The page boxes of every page (`pdfinfo -box`), as [x0, y0, x1, y1] in pt. */
export async function pdfBoxes(file: string): Promise<PageBoxes[]> {
  const out = await poppler('pdfinfo', ['-box', '-f', '1', '-l', '100000', file]);
  const pages = new Map<number, PageBoxes>();
  for (const m of out.matchAll(/^Page\s+(\d+) (MediaBox|CropBox|BleedBox|TrimBox):\s+([\d.\s-]+)$/gm)) {
    const n = Number(m[1]);
    const page = pages.get(n) ?? { number: n, media: [], crop: [], bleed: [], trim: [] };
    const key = ({ MediaBox: 'media', CropBox: 'crop', BleedBox: 'bleed', TrimBox: 'trim' } as const)[m[2] as 'MediaBox'];
    page[key] = m[3]!.trim().split(/\s+/).map(Number);
    pages.set(n, page);
  }
  return [...pages.values()];
}

/** `pdfinfo` fields (Title, Author, Pages, …). */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const out = await poppler('pdfinfo', [file]);
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Named destinations (`pdfinfo -dests`): name → page. */
export async function pdfDests(file: string): Promise<Map<string, number>> {
  const out = await poppler('pdfinfo', ['-dests', file]);
  return new Map([...out.matchAll(/^\s*(\d+) \[.*\] "(.*)"$/gm)].map((m) => [m[2]!, Number(m[1])]));
}
