// The printed parts a build takes from the page cache (page-cache.ts): read into memory at once (a PDF
// that another build removes later is already read), fitted to this build's font subsets
// (remap-glyphs.ts), and, when their glyphs were renumbered, kept renumbered for the builds after (so
// that the work is done once, not on every build while the subsets stay).
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { PageCache, UnitPrint } from './page-cache.js';
import type { PrintFonts } from './remap-glyphs.js';

/** This build's font subsets: their kind, and PostScript name → file. */
export interface Subsets {
  retainGids: boolean;
  files: Map<string, string>;
}

/** A unit's printed pages, and the document they are in. */
export interface CachedPrint {
  source: PDFDocument;
  print: UnitPrint;
}

/** What a part printed with `subsets` records of its fonts. */
export function printFonts(subsets: Subsets): PrintFonts {
  return { retainGids: subsets.retainGids, files: Object.fromEntries([...subsets.files].map(([name, path]) => [name, basename(path)])) };
}

/** The cached prints of `wanted` (unit → record) that can be used with `subsets`, by unit; each PDF
 *  is read once. `keepRenumbered` keeps the renumbered ones in the cache and points the records of
 *  `printed` that name them at the new files. */
export async function readCachedPrints(
  cache: PageCache,
  wanted: Map<number, UnitPrint>,
  subsets: Subsets,
): Promise<{ found: Map<number, CachedPrint>; keepRenumbered: (printed: Iterable<{ print: UnitPrint }>) => Promise<void> }> {
  // pdf-lib and the renumbering load with the joining (assemble-pdf.ts), while Chromium lays out.
  const { fitToFonts, loadPdf, savePdf } = await import('./assemble-pdf.js');
  const sources = new Map<string, PDFDocument | undefined>();
  const renumbered = new Set<string>();
  const found = new Map<number, CachedPrint>();
  for (const [unit, print] of wanted) {
    if (!sources.has(print.pdf)) {
      const source = await readFile(join(cache.dir, print.pdf)).then(loadPdf, () => undefined);
      const fit = source ? await fitToFonts(source, print.fonts, subsets) : 'unusable';
      sources.set(print.pdf, fit === 'unusable' ? undefined : source);
      if (fit === 'renumbered') renumbered.add(print.pdf);
    }
    const source = sources.get(print.pdf);
    if (source) found.set(unit, { source, print });
  }
  const keepRenumbered = async (printed: Iterable<{ print: UnitPrint }>) => {
    const fonts = printFonts(subsets);
    const files = new Map<string, string>();
    // The cache only saves time: a PDF it cannot keep stays as it was, to be renumbered again.
    for (const pdf of renumbered) files.set(pdf, await cache.keep(await savePdf(sources.get(pdf)!), 'pdf').catch(() => ''));
    for (const entry of printed) {
      const file = files.get(entry.print.pdf);
      if (file) entry.print = { ...entry.print, pdf: file, fonts };
    }
  };
  return { found, keepRenumbered };
}
