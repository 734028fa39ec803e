// The press PDF's check before it is written: a file that says PDF/X-4 must be one, as far as a printer's
// preflight looks first (ISO 15930-7): not encrypted, PDF 1.6 at most, GTS_PDFXVersion in the document
// information and the XMP, Trapped set, one GTS_PDFX output intent with a CMYK printer profile, TrimBox
// and BleedBox on every page (the print edition's: same sheets), every font embedded, no DeviceRGB
// colour left with a CMYK intent. It reads the bytes afresh, not the document that wrote them.
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString, PDFHexString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { decoded, loadPdf } from '../paginate/pdf-io.js';
import { phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';
import { operations } from '../paginate/content-stream.js';
import { readIccProfile } from './icc-profile.js';
import { PDFX_VERSION } from './pdfx-markers.js';

/** A page's boxes in pt: [x0, y0, x1, y1]. */
export interface SheetBoxes {
  media: number[];
  trim: number[];
  bleed: number[];
}

/** The boxes of each page of `pdf` (undefined where a page has none). */
export function sheetBoxes(pdf: PDFDocument): Partial<SheetBoxes>[] {
  return pdf.getPages().map((page) => ({
    media: boxOf(page.node.get(PDFName.of('MediaBox')), pdf),
    trim: boxOf(page.node.get(PDFName.of('TrimBox')), pdf),
    bleed: boxOf(page.node.get(PDFName.of('BleedBox')), pdf),
  }));
}

function boxOf(value: PDFObject | undefined, pdf: PDFDocument): number[] | undefined {
  const array = value && pdf.context.lookup(value);
  if (!(array instanceof PDFArray) || array.size() !== 4) return undefined;
  return array.asArray().map((n) => Number((pdf.context.lookup(n) as { asNumber?: () => number }).asNumber?.() ?? NaN));
}

/** What keeps `bytes` from being the PDF/X-4 file of `sheets` (the print edition's pages); none: it is. */
export async function pdfxProblems(bytes: Uint8Array, sheets: SheetBoxes[]): Promise<Phrase[]> {
  const problems: Phrase[] = [];
  const version = /^%PDF-(\d\.\d)/.exec(Buffer.from(bytes.subarray(0, 16)).toString('latin1'))?.[1];
  if (!version || Number(version) > 1.6) problems.push(phrase('press.check.version', { version: version ?? '?' }));
  const pdf = await loadPdf(bytes);
  const { context } = pdf;
  if (context.trailerInfo.Encrypt) problems.push(phrase('press.check.encrypted'));
  const info = context.trailerInfo.Info ? context.lookup(context.trailerInfo.Info) : undefined;
  if (!(info instanceof PDFDict) || text(info.get(PDFName.of('GTS_PDFXVersion'))) !== PDFX_VERSION) problems.push(phrase('press.check.info'));
  else if (![PDFName.of('True'), PDFName.of('False')].includes(info.get(PDFName.of('Trapped')) as PDFName)) problems.push(phrase('press.check.trapped'));
  if (!context.trailerInfo.ID) problems.push(phrase('press.check.id'));
  const metadata = pdf.catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream);
  const xmp = metadata instanceof PDFRawStream ? Buffer.from(decoded(metadata)).toString('utf8') : '';
  if (!new RegExp(`<pdfxid:GTS_PDFXVersion>${PDFX_VERSION}</pdfxid:GTS_PDFXVersion>`).test(xmp)) problems.push(phrase('press.check.xmp'));
  if (!hasCmykIntent(pdf)) problems.push(phrase('press.check.intent'));

  const pages = pdf.getPages();
  if (pages.length !== sheets.length) problems.push(phrase('press.check.pages', { expected: sheets.length, found: pages.length }));
  const boxes = sheetBoxes(pdf);
  boxes.forEach((found, index) => {
    const expected = sheets[index];
    if (!expected) return;
    for (const box of ['media', 'trim', 'bleed'] as const) {
      if (!same(found[box], expected[box])) problems.push(phrase('press.check.box', { page: index + 1, box: BOX_NAMES[box] }));
    }
  });
  pages.forEach((page, index) => {
    const found = new Set<string>();
    walkResources(pdf, page.node.get(PDFName.of('Resources')), page.node.get(PDFName.of('Contents')), found, new Set());
    const group = page.node.lookupMaybe(PDFName.of('Group'), PDFDict);
    if (group && mentionsRgb(pdf, group.get(PDFName.of('CS')))) found.add('rgb');
    for (const problem of found) {
      if (problem === 'rgb') problems.push(phrase('press.check.rgb', { page: index + 1 }));
      else problems.push(phrase('press.check.font', { page: index + 1, font: problem }));
    }
  });
  return problems;
}

const BOX_NAMES = { media: 'MediaBox', trim: 'TrimBox', bleed: 'BleedBox' } as const;

const same = (a: number[] | undefined, b: number[]) => a !== undefined && a.every((v, i) => Math.abs(v - b[i]!) < 0.01);

const text = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

/** One GTS_PDFX output intent whose DestOutputProfile is a CMYK printer profile (4 components). */
function hasCmykIntent(pdf: PDFDocument): boolean {
  const intents = pdf.catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  const pdfx = (intents?.asArray() ?? []).map((i) => pdf.context.lookup(i)).filter((i): i is PDFDict => i instanceof PDFDict && i.get(PDFName.of('S')) === PDFName.of('GTS_PDFX'));
  if (pdfx.length !== 1) return false;
  const intent = pdfx[0]!;
  const profile = pdf.context.lookup(intent.get(PDFName.of('DestOutputProfile')));
  if (!(profile instanceof PDFRawStream) || text(intent.get(PDFName.of('OutputConditionIdentifier'))) === undefined) return false;
  const icc = readIccProfile(decoded(profile));
  return icc?.colourSpace === 'CMYK' && icc.deviceClass === 'prtr' && (pdf.context.lookup(profile.dict.get(PDFName.of('N'))) as { asNumber?: () => number })?.asNumber?.() === 4;
}

/** Walk a resource dictionary and its content (fonts, form XObjects, patterns, soft masks, Type 3
 *  glyphs), adding to `found` each font not embedded (by name) and `rgb` for DeviceRGB colour. */
function walkResources(pdf: PDFDocument, resourcesValue: PDFObject | undefined, contents: PDFObject | undefined, found: Set<string>, seen: Set<PDFObject>): void {
  scanContent(pdf, contents, found);
  const resources = resourcesValue && pdf.context.lookup(resourcesValue);
  if (!(resources instanceof PDFDict) || seen.has(resources)) return;
  seen.add(resources);
  const entries = (key: string) => {
    const dict = resources.lookupMaybe(PDFName.of(key), PDFDict);
    return dict ? [...dict.entries()].map(([, value]) => [value, pdf.context.lookup(value)] as const) : [];
  };
  for (const [, font] of entries('Font')) if (font instanceof PDFDict) checkFont(pdf, font, found, seen);
  for (const [, space] of entries('ColorSpace')) if (mentionsRgb(pdf, space)) found.add('rgb');
  for (const [, shading] of entries('Shading')) if (shadingRgb(pdf, shading)) found.add('rgb');
  for (const [ref, object] of [...entries('XObject'), ...entries('Pattern')]) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict) continue;
    if (dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) {
      if (mentionsRgb(pdf, dict.get(PDFName.of('ColorSpace')))) found.add('rgb');
    } else if (dict.has(PDFName.of('Shading'))) {
      if (shadingRgb(pdf, dict.get(PDFName.of('Shading')))) found.add('rgb');
    } else {
      const group = dict.lookupMaybe(PDFName.of('Group'), PDFDict);
      if (group && mentionsRgb(pdf, group.get(PDFName.of('CS')))) found.add('rgb');
      walkResources(pdf, dict.get(PDFName.of('Resources')), ref, found, seen);
    }
  }
  for (const [, state] of entries('ExtGState')) {
    const mask = state instanceof PDFDict ? state.lookupMaybe(PDFName.of('SMask'), PDFDict) : undefined;
    const form = mask?.get(PDFName.of('G'));
    const stream = form && pdf.context.lookup(form);
    if (stream instanceof PDFStream && !seen.has(form!)) {
      seen.add(form!);
      walkResources(pdf, stream.dict.get(PDFName.of('Resources')), form, found, seen);
    }
  }
}

/** A font is embedded when its descriptor has a font file (a Type 0 font's through its descendant); a
 *  Type 3 font's glyphs are content, walked like a form. */
function checkFont(pdf: PDFDocument, font: PDFDict, found: Set<string>, seen: Set<PDFObject>): void {
  const subtype = font.get(PDFName.of('Subtype'));
  const name = (font.get(PDFName.of('BaseFont')) as PDFName | undefined)?.decodeText() ?? '?';
  if (subtype === PDFName.of('Type3')) {
    const procs = font.lookupMaybe(PDFName.of('CharProcs'), PDFDict);
    for (const [, glyph] of procs?.entries() ?? []) walkResources(pdf, font.get(PDFName.of('Resources')), glyph, found, seen);
    return;
  }
  const descendant = subtype === PDFName.of('Type0') ? pdf.context.lookup(font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.get(0)) : font;
  const descriptor = descendant instanceof PDFDict ? descendant.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict) : undefined;
  if (!descriptor || !['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)))) found.add(name);
}

/** Whether a colour space is or rests on DeviceRGB (Indexed, Separation, DeviceN, Pattern bases). */
function mentionsRgb(pdf: PDFDocument, value: PDFObject | undefined, depth = 0): boolean {
  const space = value && pdf.context.lookup(value);
  if (space instanceof PDFName) return space === PDFName.of('DeviceRGB') || space === PDFName.of('CalRGB');
  if (!(space instanceof PDFArray) || depth > 4) return false;
  return space.asArray().some((item) => !(item instanceof PDFRef && pdf.context.lookup(item) instanceof PDFStream) && mentionsRgb(pdf, item, depth + 1));
}

function shadingRgb(pdf: PDFDocument, value: PDFObject | undefined): boolean {
  const shading = value && pdf.context.lookup(value);
  const dict = shading instanceof PDFStream ? shading.dict : shading instanceof PDFDict ? shading : undefined;
  return dict !== undefined && mentionsRgb(pdf, dict.get(PDFName.of('ColorSpace')));
}

/** DeviceRGB set in content: rg, RG, `/DeviceRGB cs`, an inline image in RGB. */
function scanContent(pdf: PDFDocument, contents: PDFObject | undefined, found: Set<string>): void {
  const value = contents && pdf.context.lookup(contents);
  const streams = value instanceof PDFArray ? value.asArray().map((v) => pdf.context.lookup(v)) : [value];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    for (const op of operations(decoded(stream))) {
      const rgb =
        op.operator === 'rg' || op.operator === 'RG' ||
        ((op.operator === 'cs' || op.operator === 'CS') && (op.operands[0] === '/DeviceRGB' || op.operands[0] === '/CalRGB')) ||
        (op.operator === 'ID' && op.operands.some((o, i) => (o === '/CS' || o === '/ColorSpace') && ['/RGB', '/DeviceRGB'].includes(op.operands[i + 1] ?? '')));
      if (rgb) return void found.add('rgb');
    }
  }
}
