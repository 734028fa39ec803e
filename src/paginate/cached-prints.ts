// The printed parts a build takes from the page cache (page-cache.ts): read into memory at once (a PDF
// that another build removes later is already read), fitted to this build's font subsets, and kept so
// for the builds after (renumbered once, not on every build while the subsets stay).
//
// Fitting: a part printed with other subsets than this build's draws glyphs by their ids, so unless both
// keep the faces' ids (build --watch) its glyphs are renumbered (glyph-map.ts, remap-glyphs.ts). A part
// that cannot be (a subset file since removed from the font cache, a damaged PDF, a stream not read) is
// not used: the build lays it out again; so is one whose index names pages its PDF does not have.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { PageCache, PrintFonts, UnitPrint } from './page-cache.js';
import { glyphMap } from './glyph-map.js';
import type { GlyphMaps } from './remap-glyphs.js';

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
 *  is read once. `keepFitted` keeps the renumbered PDFs in the cache and points the records of `printed`
 *  that name them, or that were good as they were, at this build's subsets. */
export async function readCachedPrints(
  cache: PageCache,
  wanted: Map<number, UnitPrint>,
  subsets: Subsets,
): Promise<{ found: Map<number, CachedPrint>; keepFitted: (printed: Iterable<{ print: UnitPrint }>) => Promise<void> }> {
  // pdf-lib and the renumbering load with the joining (assemble-pdf.ts), while Chromium lays out.
  const { loadPdf, remapGlyphs, savePdf } = await import('./assemble-pdf.js');
  const fonts = printFonts(subsets);
  const maps = new Map<string, Promise<Map<number, number>>>();
  const mapOf = (from: string, to: string) => {
    const key = `${from}\0${to}`;
    if (!maps.has(key)) maps.set(key, Promise.all([readFile(from), readFile(to)]).then(([a, b]) => glyphMap(a, b)));
    return maps.get(key)!;
  };
  // Each PDF, the pages of it this build uses, and the subsets it was printed with.
  const pdfs = new Map<string, { used: number[]; then: PrintFonts | undefined }>();
  for (const print of wanted.values()) {
    const known = pdfs.get(print.pdf);
    if (known) known.used.push(...print.indices);
    else pdfs.set(print.pdf, { used: [...print.indices], then: print.fonts });
  }
  const sources = new Map<string, { pdf: PDFDocument; fit: 'as-is' | 'renumbered' } | undefined>();
  for (const [file, { used, then }] of pdfs) {
    sources.set(
      file,
      await (async () => {
        const pdf = await loadPdf(await readFile(join(cache.dir, file)));
        // Pages the PDF does not have: an index of another PDF, or damaged.
        if (used.some((i) => i >= pdf.getPageCount())) return undefined;
        const glyphs = await glyphMapsFor(then, subsets, mapOf);
        if (glyphs === undefined) return undefined;
        if (glyphs.size === 0) return { pdf, fit: 'as-is' as const };
        return remapGlyphs(pdf, glyphs, [...new Set(used)]) ? { pdf, fit: 'renumbered' as const } : undefined;
      })().catch(() => undefined), // a damaged PDF or subset file: not used
    );
  }
  const found = new Map<number, CachedPrint>();
  for (const [unit, print] of wanted) {
    const source = sources.get(print.pdf);
    if (source) found.set(unit, { source: source.pdf, print });
  }
  const keepFitted = async (printed: Iterable<{ print: UnitPrint }>) => {
    const files = new Map<string, string>();
    for (const [file, source] of sources) {
      // The cache only saves time: a PDF it cannot keep stays as it was, to be renumbered again.
      if (source?.fit === 'renumbered') files.set(file, await cache.keep(await savePdf(source.pdf), 'pdf').catch(() => ''));
      if (source?.fit === 'as-is') files.set(file, file);
    }
    for (const entry of printed) {
      const file = files.get(entry.print.pdf);
      if (file) entry.print = { ...entry.print, pdf: file, fonts };
    }
  };
  return { found, keepFitted };
}

/** Old glyph id → new, by face, for a part printed with the subsets `then` and drawn with `now`: empty
 *  when nothing changes (the same files, or both keep the faces' ids); undefined when it cannot be told
 *  (a record from an older cache, a subset since removed from the font cache). */
async function glyphMapsFor(
  then: PrintFonts | undefined,
  now: Subsets,
  mapOf: (from: string, to: string) => Promise<Map<number, number>>,
): Promise<GlyphMaps | undefined> {
  if (typeof then !== 'object' || then === null || typeof then.files !== 'object' || then.files === null) return undefined;
  const maps: GlyphMaps = new Map();
  for (const [name, file] of now.files) {
    const old = then.files[name];
    if (typeof old !== 'string') return undefined;
    if (old === basename(file) || (then.retainGids === true && now.retainGids)) continue;
    maps.set(name, await mapOf(join(dirname(file), basename(old)), file));
  }
  return maps;
}
