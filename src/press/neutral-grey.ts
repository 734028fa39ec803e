// Black and grey in K only. Chromium writes every colour as DeviceRGB, black as `0 0 0 rg`; an RGB black
// converted through a CMYK profile is a rich black of all four inks (ISO Coated v2: 72/68/67/88), which
// a printer refuses for text: the four plates never register exactly, and small text blurs. Ghostscript's
// -dDeviceGrayToK does not apply to RGB, but pdfwrite keeps DeviceGray as DeviceGray when it converts to
// CMYK (VectorDevices, "Color Conversion and Management"), and DeviceGray prints on the black plate. So
// every neutral RGB colour (r = g = b: black text, rules, grey folios) becomes the same grey before
// Ghostscript runs: `0 0 0 rg` → `0 g`, `.3333 .3333 .3333 RG` → `.3333 G`. So do shadings from one
// neutral to another: Chromium draws a CSS rule made of a gradient (the footnote separator:
// linear-gradient(currentColor, currentColor)) as a DeviceRGB axial shading, which pdfwrite would turn
// into a rich-black image. Coloured parts are left to the profile.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';
import { decoded } from '../paginate/pdf-io.js';
import { rewriteOperations, type Operation } from '../paginate/content-stream.js';
import { deflateSync } from 'node:zlib';

/** The grey operation for a neutral RGB colour operation, or undefined. */
export function neutralGrey(op: Operation): string | undefined {
  if ((op.operator !== 'rg' && op.operator !== 'RG') || op.operands.length !== 3) return undefined;
  const [r, g, b] = op.operands.map(Number) as [number, number, number];
  if (!Number.isFinite(r) || r !== g || g !== b) return undefined;
  return `${op.operands[0]} ${op.operator === 'rg' ? 'g' : 'G'}`;
}

/** The streams of `pdf` that hold content: the pages' contents, form XObjects and tiling patterns. */
export function contentStreams(pdf: PDFDocument): [PDFRef, PDFRawStream][] {
  const pages = new Set<PDFRef>();
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    refs.forEach((ref) => ref instanceof PDFRef && pages.add(ref));
  }
  const streams: [PDFRef, PDFRawStream][] = [];
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const subtype = object.dict.get(PDFName.of('Subtype'));
    const form = subtype === PDFName.of('Form');
    const pattern = object.dict.has(PDFName.of('PatternType'));
    if (pages.has(ref) || form || pattern) streams.push([ref, object]);
  }
  return streams;
}

/** Rewrite every neutral RGB colour of `pdf`'s content and shadings as DeviceGray, in place; returns how many. */
export function greyNeutrals(pdf: PDFDocument): number {
  let total = 0;
  for (const shading of shadings(pdf)) if (greyShading(pdf.context, shading)) total++;
  for (const [ref, stream] of contentStreams(pdf)) {
    const { bytes, count } = rewriteOperations(decoded(stream), neutralGrey);
    if (count === 0) continue;
    total += count;
    const dict = stream.dict.clone(pdf.context);
    dict.delete(PDFName.of('DecodeParms'));
    dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    pdf.context.assign(ref, PDFRawStream.of(dict, deflateSync(bytes)));
  }
  return total;
}

/** Every shading dictionary of `pdf`: indirect ones (and streams), and those inside shading patterns. */
function shadings(pdf: PDFDocument): PDFDict[] {
  const found: PDFDict[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict) continue;
    if (dict.has(PDFName.of('ShadingType'))) found.push(dict);
    const inner = dict.has(PDFName.of('PatternType')) ? dict.get(PDFName.of('Shading')) : undefined;
    if (inner instanceof PDFDict) found.push(inner);
  }
  return found;
}

/** A DeviceRGB shading whose colours are exponential functions (FunctionType 2, alone or stitched) from
 *  one neutral to another, made DeviceGray with the same greys (its functions copied: another shading
 *  may share them). Whether it was. */
function greyShading(context: PDFContext, shading: PDFDict): boolean {
  if (context.lookup(shading.get(PDFName.of('ColorSpace'))) !== PDFName.of('DeviceRGB')) return false;
  const fn = context.lookup(shading.get(PDFName.of('Function')));
  if (!(fn instanceof PDFDict)) return false;
  const type = numberOf(context, fn.get(PDFName.of('FunctionType')));
  const parts = type === 2 ? [fn] : type === 3 ? (fn.lookupMaybe(PDFName.of('Functions'), PDFArray)?.asArray() ?? []).map((f) => context.lookup(f)) : [];
  if (parts.length === 0 || !parts.every((p) => p instanceof PDFDict && numberOf(context, p.get(PDFName.of('FunctionType'))) === 2)) return false;
  const grey = (value: PDFObject | undefined) => {
    const array = value && context.lookup(value);
    const rgb = array instanceof PDFArray && array.size() === 3 ? array.asArray().map((v) => numberOf(context, v)) : [];
    return rgb.length === 3 && rgb[0] !== undefined && rgb[0] === rgb[1] && rgb[1] === rgb[2] ? rgb[0] : undefined;
  };
  const ends = (parts as PDFDict[]).map((p) => [grey(p.get(PDFName.of('C0'))), grey(p.get(PDFName.of('C1')))]);
  const background = shading.get(PDFName.of('Background'));
  if (ends.some(([a, b]) => a === undefined || b === undefined) || (background && grey(background) === undefined)) return false;
  const greyFn = (p: PDFDict, [c0, c1]: (number | undefined)[]) => {
    const copy = p.clone(context);
    copy.set(PDFName.of('C0'), context.obj([c0!]));
    copy.set(PDFName.of('C1'), context.obj([c1!]));
    return copy;
  };
  if (type === 2) shading.set(PDFName.of('Function'), greyFn(fn, ends[0]!));
  else {
    const stitched = fn.clone(context);
    stitched.set(PDFName.of('Functions'), context.obj((parts as PDFDict[]).map((p, i) => greyFn(p, ends[i]!))));
    shading.set(PDFName.of('Function'), stitched);
  }
  if (background) shading.set(PDFName.of('Background'), context.obj([grey(background)!]));
  shading.set(PDFName.of('ColorSpace'), PDFName.of('DeviceGray'));
  return true;
}

const numberOf = (context: PDFContext, value: PDFObject | undefined) => {
  const n = value && context.lookup(value);
  return n instanceof PDFNumber ? n.asNumber() : undefined;
};
