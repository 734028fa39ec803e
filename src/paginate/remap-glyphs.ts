// A printed part of the book from the page cache, made to draw with the current font subsets: its glyph
// ids are those of the subsets it was printed with (subset-face.ts numbers glyphs afresh), so they are
// renumbered (glyph-map.ts) in its content streams, its fonts' widths and its ToUnicode maps. The joined
// PDF then gives all parts the current subsets (merge-fonts.ts): same text, same page images as a book
// printed afresh.
//
// Content streams are read as Chromium (Skia) writes them: one stream a page, text shown with Tj, TJ, '
// and " as hex strings of 2-byte glyph ids, fonts chosen with Tf and kept across q/Q, forms drawn with Do.
// Anything else that could draw with one of the fonts to renumber (a literal string, an inline image,
// text before any Tf, a stream reached other than from a page or a form it draws, such as a soft mask or
// a pattern) makes the part unusable, never wrong: the build lays it out again.
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';
import { readCMap, readWidths, typeZeroFonts, writeCMap, writeWidths } from './merge-fonts.js';
import { decoded, flateStream } from './pdf-io.js';
import { scanOperations } from './content-stream.js';

/** Old glyph id → new, by PostScript name (without the subset tag). */
export type GlyphMaps = Map<string, Map<number, number>>;

/** Renumber the glyphs that the pages `pages` (0-based) of `pdf` draw with the fonts named in `maps`;
 *  other pages are left as they are (the old pages of an edited part: a glyph they need may be gone).
 *  False when a glyph shown has no new number or a stream holds what this does not read (then `pdf`
 *  must not be used). */
export function remapGlyphs(pdf: PDFDocument, maps: GlyphMaps, pages: number[]): boolean {
  const { context } = pdf;
  const fonts = new Map<PDFRef, Map<number, number>>();
  for (const [ref, name] of typeZeroFonts(pdf)) {
    const map = maps.get(name);
    if (map) fonts.set(ref, map);
  }
  if (fonts.size === 0) return true;
  for (const [ref, map] of fonts) remapFont(context, context.lookup(ref, PDFDict), map);
  const done = new Set<PDFRef>();
  const all = pdf.getPages();
  for (const index of pages) {
    const page = all[index];
    const contents = page?.node.get(PDFName.of('Contents'));
    const ref = contents instanceof PDFArray && contents.size() === 1 ? contents.get(0) : contents;
    if (!page || !remapStream(context, ref, page.node.Resources(), fonts, done)) return false;
  }
  // Any other stream with one of these fonts among its resources (a soft mask's form, a pattern) was
  // not read: it may draw text that now has the wrong glyphs.
  const pageStreams = new Set(all.map((p) => p.node.get(PDFName.of('Contents'))).flatMap((c) => (c instanceof PDFArray ? c.asArray() : [c])));
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFStream) || done.has(ref) || pageStreams.has(ref)) continue;
    const fontDict = object.dict.lookupMaybe(PDFName.of('Resources'), PDFDict)?.lookupMaybe(PDFName.of('Font'), PDFDict);
    if (fontDict?.values().some((v) => v instanceof PDFRef && fonts.has(v))) return false;
  }
  return true;
}

/** The font's widths and ToUnicode map, keyed by the new ids. An id with no new number is dropped: it is
 *  a glyph of pages not renumbered, or of a run Skia lists with width 0 (the pages renumbered have every
 *  glyph they show, or remapStream failed). */
function remapFont(context: PDFContext, type0: PDFDict, map: Map<number, number>): void {
  const cid = context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
  const widths = new Map<number, number>();
  readWidths(cid.lookupMaybe(PDFName.of('W'), PDFArray), widths);
  const renumbered = new Map<number, number>();
  for (const [glyph, width] of widths) {
    const to = map.get(glyph);
    if (to !== undefined) renumbered.set(to, width);
  }
  replace(context, cid, 'W', writeWidths(renumbered, context));
  const toUnicode = type0.lookupMaybe(PDFName.of('ToUnicode'), PDFStream);
  if (toUnicode instanceof PDFRawStream) {
    const unicodes = new Map<number, string>();
    readCMap(new TextDecoder('latin1').decode(decoded(toUnicode)), unicodes);
    const text = new Map<number, string>();
    for (const [glyph, hex] of unicodes) {
      const to = map.get(glyph);
      if (to !== undefined) text.set(to, hex);
    }
    replace(context, type0, 'ToUnicode', flateStream(context, writeCMap(text)));
  }
}

/** Set `key` of `dict` to `value`, in the indirect object it names if it names one (none left behind). */
function replace(context: PDFContext, dict: PDFDict, key: string, value: PDFObject): void {
  const at = dict.get(PDFName.of(key));
  if (at instanceof PDFRef) context.assign(at, value);
  else dict.set(PDFName.of(key), value instanceof PDFStream ? context.register(value) : value);
}

/** Renumber one content stream (a page's, or a form's it draws), once. */
function remapStream(context: PDFContext, ref: PDFObject | undefined, resources: PDFDict | undefined, fonts: Map<PDFRef, Map<number, number>>, done: Set<PDFRef>): boolean {
  if (!(ref instanceof PDFRef)) return ref === undefined;
  if (done.has(ref)) return true;
  done.add(ref);
  const stream = context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) return false;
  const fontDict = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const fontOf = (name: string) => {
    const font = fontDict?.get(PDFName.of(name));
    return font instanceof PDFRef ? fonts.get(font) : undefined;
  };
  const drawForm = (name: string) => {
    const form = xobjects?.get(PDFName.of(name));
    const object = form instanceof PDFRef ? context.lookup(form) : undefined;
    if (!(object instanceof PDFRawStream) || object.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form')) return true;
    return remapStream(context, form, object.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources, fonts, done);
  };
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter !== undefined && filter !== PDFName.of('FlateDecode')) return false;
  const plain = decoded(stream);
  const bytes = Buffer.isBuffer(plain) ? plain : Buffer.from(plain);
  if (!rewriteContent(bytes, fontOf, drawForm)) return false;
  const dict = stream.dict.clone(context);
  dict.delete(PDFName.of('DecodeParms'));
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  context.assign(ref, PDFRawStream.of(dict, deflateSync(bytes)));
  return true;
}

const SHOW = new Set(['Tj', 'TJ', "'", '"']);

/** Rewrite, in place (same length), the glyph ids of the hex strings shown with a font `fontOf` maps;
 *  `drawForm` renumbers a form that `Do` draws. False on what it cannot read safely (the stream is read
 *  with the one content-stream reader, content-stream.ts). */
export function rewriteContent(bytes: Buffer, fontOf: (name: string) => Map<number, number> | undefined, drawForm: (name: string) => boolean): boolean {
  // null: no Tf yet (a form may show text in its caller's font, which this does not follow).
  let font: Map<number, number> | undefined | null = null;
  const saved: (Map<number, number> | undefined | null)[] = [];
  let ok = true;
  const clean = scanOperations(bytes, (operator, _start, _end, spans) => {
    if (!ok) return;
    if (operator === 'BI') ok = false; // an inline image: binary data
    else if (operator === 'q') saved.push(font);
    else if (operator === 'Q') font = saved.length > 0 ? saved.pop()! : null;
    else if (operator === 'Tf') {
      const name = lastName(bytes, spans);
      font = name === undefined ? undefined : fontOf(name);
    } else if (operator === 'Do') {
      const name = lastName(bytes, spans);
      if (name !== undefined && !drawForm(name)) ok = false;
    } else if (SHOW.has(operator) && font !== undefined) {
      ok = font !== null && renumberShown(bytes, spans, font);
    }
  });
  return clean && ok;
}

/** The last name among the operands (without its slash). */
function lastName(bytes: Buffer, spans: readonly number[]): string | undefined {
  for (let k = spans.length - 2; k >= 0; k -= 2) if (bytes[spans[k]!] === 0x2f) return bytes.toString('latin1', spans[k]! + 1, spans[k + 1]!);
  return undefined;
}

/** Renumber the hex strings of a show operator's operands (TJ's inside its array); a literal string
 *  (glyph ids as bytes, which this does not rewrite) fails it. */
function renumberShown(bytes: Buffer, spans: readonly number[], font: Map<number, number>): boolean {
  for (let k = 0; k < spans.length; k += 2) {
    const end = spans[k + 1]!;
    for (let at = spans[k]!; at < end; at++) {
      const c = bytes[at];
      if (c === 0x28) return false;
      if (c !== 0x3c) continue;
      const close = bytes.indexOf(0x3e, at);
      if (close < 0 || close >= end || !renumber(bytes, at + 1, close, font)) return false;
      at = close;
    }
  }
  return true;
}

const HEX = '0123456789ABCDEF';

/** The 2-byte glyph ids in bytes[start, end) (hex digits), renumbered in place. */
function renumber(bytes: Buffer, start: number, end: number, map: Map<number, number>): boolean {
  if ((end - start) % 4 !== 0) return false;
  for (let at = start; at < end; at += 4) {
    let id = 0;
    for (let k = at; k < at + 4; k++) {
      const d = hexDigit(bytes[k]!);
      if (d < 0) return false;
      id = id * 16 + d;
    }
    const to = map.get(id);
    if (to === undefined) return false;
    for (let k = 3; k >= 0; k--) bytes[at + 3 - k] = HEX.charCodeAt((to >> (k * 4)) & 15);
  }
  return true;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}
