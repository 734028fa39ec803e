// The text as Chromium wrote it. Ghostscript 10.0 keeps each font's codes but writes its ToUnicode CMap
// anew, and garbles a glyph that stands for two characters: Noto Serif SC's 2-em dash ——, <04E5> <20142014>
// in Chromium's CMap, becomes <20141414> (——, as copied or searched, turns into —ᐔ). So each font of
// Ghostscript's PDF gets back the ToUnicode CMap of the font it was made from (same name, less the subset
// tag; among fonts of one name, the CMap that agrees with Ghostscript's on the most codes).
// (Ghostscript also drops marked content, and with it the one ActualText Chromium writes here: the word
// joiner U+2060 that rehype-cjk-no-break puts before a dash, drawn as the space glyph in a /Span. The
// press PDF's text has a space there: invisible either way, as the proof's text comparison holds.)
import { PDFDict, PDFName, PDFRawStream, PDFStream, type PDFDocument } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import { decoded } from '../paginate/pdf-io.js';

interface FontCMap {
  name: string;
  cmap: Uint8Array;
}

/** The fonts of `pdf` that have a ToUnicode CMap, by name without the subset tag (ABCDEF+). */
function fontsWithCMaps(pdf: PDFDocument): { dict: PDFDict; font: FontCMap }[] {
  const fonts: { dict: PDFDict; font: FontCMap }[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const stream = object.lookupMaybe(PDFName.of('ToUnicode'), PDFStream);
    const base = object.lookupMaybe(PDFName.of('BaseFont'), PDFName);
    if (!(stream instanceof PDFRawStream) || !base) continue;
    fonts.push({ dict: object, font: { name: base.decodeText().replace(/^[A-Z]{6}\+/, ''), cmap: decoded(stream) } });
  }
  return fonts;
}

/** Code → text of a ToUnicode CMap (bfchar and bfrange; PDF 32000-1 §9.10.3). */
export function cmapEntries(cmap: Uint8Array): Map<number, string> {
  const text = Buffer.from(cmap).toString('latin1');
  const entries = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/[0-9a-f]{4}/gi) ?? []).map((u) => parseInt(u, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]*)>/gi)) entries.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(<[0-9a-f]*>|\[[^\]]*\])/gi)) {
      const [from, to] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16)];
      if (to - from > 0xffff) continue;
      if (m[3]!.startsWith('[')) {
        [...m[3]!.matchAll(/<([0-9a-f]*)>/gi)].forEach((d, i) => entries.set(from + i, utf16(d[1]!)));
      } else {
        const start = utf16(m[3]!.slice(1, -1));
        for (let code = from; code <= to; code++) entries.set(code, start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + code - from));
      }
    }
  }
  return entries;
}

/** Give each font of `output` (Ghostscript's) the ToUnicode CMap of its font in `input`; returns how
 *  many fonts had none to take it from (their CMap is Ghostscript's). */
export function restoreToUnicode(output: PDFDocument, input: PDFDocument): number {
  const sources = fontsWithCMaps(input).map(({ font }) => ({ ...font, entries: cmapEntries(font.cmap) }));
  let unmatched = 0;
  for (const { dict, font } of fontsWithCMaps(output)) {
    const candidates = sources.filter((s) => s.name === font.name);
    if (candidates.length === 0) {
      unmatched++;
      continue;
    }
    const written = cmapEntries(font.cmap);
    const agreement = (s: (typeof sources)[number]) => [...written].filter(([code, value]) => s.entries.get(code) === value).length;
    const source = candidates.reduce((best, s) => (agreement(s) > agreement(best) ? s : best));
    const stream = output.context.stream(deflateSync(source.cmap), { Filter: 'FlateDecode' });
    dict.set(PDFName.of('ToUnicode'), output.context.register(stream));
  }
  return unmatched;
}

