// One font per face in the joined PDF. Each printed part embeds its own subset of each face; Skia keeps
// the glyph ids of the font Chromium loaded (our subset of the face, CIDToGIDMap /Identity), so every
// part's glyphs are glyphs of that same file (parts from the page cache are renumbered for it first:
// remap-glyphs.ts). Each face becomes one Type 0 font holding that file, with the widths and the
// ToUnicode map of all parts together, and the parts' copies are removed.
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { decoded, flateStream } from './pdf-io.js';

/** Merge the Type 0 fonts of `pdf` whose PostScript name (after the subset tag) is a key of `files`: the
 *  font file each was subset from. Fonts from elsewhere are left as they are. */
export async function mergeFonts(pdf: PDFDocument, files: Map<string, string>): Promise<void> {
  const { context } = pdf;
  const groups = new Map<string, PDFRef[]>();
  for (const [ref, name] of typeZeroFonts(pdf)) if (files.has(name)) groups.set(name, [...(groups.get(name) ?? []), ref]);
  const replace = new Map<PDFRef, PDFRef>();
  for (const [name, refs] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const fontFile = await readFile(files.get(name)!);
    const widths = new Map<number, number>();
    const unicodes = new Map<number, string>();
    for (const ref of refs) {
      const type0 = context.lookup(ref, PDFDict);
      const cid = context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
      readWidths(cid.lookupMaybe(PDFName.of('W'), PDFArray), widths);
      const toUnicode = type0.lookupMaybe(PDFName.of('ToUnicode'), PDFStream);
      if (toUnicode instanceof PDFRawStream) readCMap(new TextDecoder('latin1').decode(decoded(toUnicode)), unicodes);
    }
    // A subset tag from the file's bytes: the same fonts give the same PDF.
    const tag = [...createHash('sha256').update(fontFile).digest().subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
    const baseFont = PDFName.of(`${tag}+${name}`);
    const template = context.lookup(refs[0]!, PDFDict);
    const templateCid = context.lookup(template.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
    const descriptor = templateCid.lookup(PDFName.of('FontDescriptor'), PDFDict).clone(context);
    descriptor.set(PDFName.of('FontName'), baseFont);
    descriptor.set(PDFName.of('FontFile2'), context.register(context.stream(await deflated(files.get(name)!, fontFile), { Filter: 'FlateDecode', Length1: fontFile.length })));
    const cid = templateCid.clone(context);
    cid.set(PDFName.of('BaseFont'), baseFont);
    cid.set(PDFName.of('FontDescriptor'), context.register(descriptor));
    cid.set(PDFName.of('W'), writeWidths(widths, context));
    const type0 = template.clone(context);
    type0.set(PDFName.of('BaseFont'), baseFont);
    type0.set(PDFName.of('DescendantFonts'), context.obj([context.register(cid)]));
    type0.set(PDFName.of('ToUnicode'), context.register(flateStream(context, writeCMap(unicodes))));
    const merged = context.register(type0);
    for (const ref of refs) {
      replace.set(ref, merged);
      removeFont(pdf, ref);
    }
  }
  // Point every font resource (pages, and forms inside them) at the merged fonts.
  for (const [, object] of context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined;
    const fonts = dict?.lookupMaybe(PDFName.of('Resources'), PDFDict)?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [key, value] of fonts?.entries() ?? []) {
      const to = value instanceof PDFRef ? replace.get(value) : undefined;
      if (to) fonts!.set(key, to);
    }
  }
}

/** The Type 0 fonts of `pdf`, by reference, with their PostScript names (without the subset tag). */
export function typeZeroFonts(pdf: PDFDocument): Map<PDFRef, string> {
  const fonts = new Map<PDFRef, string>();
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const base = object.get(PDFName.of('BaseFont'));
    if (base instanceof PDFName) fonts.set(ref, base.decodeText().replace(/^[A-Z]{6}\+/, ''));
  }
  return fonts;
}

/** Delete a Type 0 font and what only it uses (CID font, descriptor, font file, ToUnicode). */
function removeFont(pdf: PDFDocument, ref: PDFRef): void {
  const { context } = pdf;
  const type0 = context.lookup(ref, PDFDict);
  const cidRef = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0);
  const cid = context.lookup(cidRef, PDFDict);
  const descriptorRef = cid.get(PDFName.of('FontDescriptor'));
  const descriptor = context.lookup(descriptorRef, PDFDict);
  for (const r of [descriptor.get(PDFName.of('FontFile2')), descriptorRef, cidRef, type0.get(PDFName.of('ToUnicode')), ref]) {
    if (r instanceof PDFRef) context.delete(r);
  }
}

/** W: `c [w1 w2 …]` (widths from c on) and `c1 c2 w` (one width for c1…c2). Skia writes 0 for the glyphs
 *  of a run that a part does not use: another part's real width wins over it. */
export function readWidths(w: PDFArray | undefined, into: Map<number, number>): void {
  const set = (cid: number, width: number) => {
    if (width !== 0 || !into.has(cid)) into.set(cid, width);
  };
  const items = w?.asArray() ?? [];
  for (let i = 0; i < items.length; ) {
    const first = (items[i] as PDFNumber).asNumber();
    const next = items[i + 1];
    if (next instanceof PDFArray) {
      next.asArray().forEach((width, k) => set(first + k, (width as PDFNumber).asNumber()));
      i += 2;
    } else {
      const last = (next as PDFNumber).asNumber();
      const width = (items[i + 2] as PDFNumber).asNumber();
      for (let c = first; c <= last; c++) set(c, width);
      i += 3;
    }
  }
}

/** A W array for `widths` (glyph → width): runs of consecutive glyphs as `c [w1 w2 …]`. */
export function writeWidths(widths: Map<number, number>, context: PDFDocument['context']): PDFArray {
  const out: PDFObject[] = [];
  let run: number[] = [];
  let start = -1;
  const flush = () => {
    if (run.length > 0) out.push(PDFNumber.of(start), context.obj(run));
    run = [];
  };
  for (const cid of [...widths.keys()].sort((a, b) => a - b)) {
    if (run.length === 0 || cid !== start + run.length) {
      flush();
      start = cid;
    }
    run.push(widths.get(cid)!);
  }
  flush();
  return context.obj(out);
}

/** The bfchar and bfrange entries of a ToUnicode CMap: CID → UTF-16BE hex. */
export function readCMap(text: string, into: Map<number, string>): void {
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) into.set(parseInt(m[1]!, 16), m[2]!.toUpperCase());
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const target = m[3]!;
      if (target.startsWith('[')) {
        [...target.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((t, k) => into.set(lo + k, t[1]!.toUpperCase()));
      } else {
        const hex = target.slice(1, -1);
        const base = parseInt(hex, 16);
        for (let c = lo; c <= hi; c++) into.set(c, (base + c - lo).toString(16).toUpperCase().padStart(hex.length, '0'));
      }
    }
  }
}

/** A ToUnicode CMap for `unicodes` (glyph → UTF-16BE hex), as bfchar blocks. */
export function writeCMap(unicodes: Map<number, string>): string {
  const entries = [...unicodes].sort(([a], [b]) => a - b);
  const chunks: string[] = [];
  // At most 100 entries per block (PDF 1.7, 9.10.3).
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.map(([cid, hex]) => `<${cid.toString(16).toUpperCase().padStart(4, '0')}> <${hex}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** The font file deflated, kept beside it (`.deflate`): the four subsets take ~50 ms to deflate, on
 *  every build that uses them. Node's zlib: pdf-lib's own deflate took 0.1 s. */
async function deflated(path: string, bytes: Uint8Array): Promise<Uint8Array> {
  const kept = `${path}.deflate`;
  const known = await readFile(kept).catch(() => undefined);
  if (known) return known;
  const data = deflateSync(bytes);
  // Best effort: the cache only saves time.
  const tmp = `${kept}.${process.pid}.tmp`;
  await writeFile(tmp, data)
    .then(() => rename(tmp, kept))
    .catch(() => rm(tmp, { force: true }).catch(() => {}));
  return data;
}
