// Renumbering the glyphs of a printed part as Chromium writes them: only text shown with a font being
// renumbered changes, fonts follow Tf and q/Q, the fonts' widths and ToUnicode maps follow, and what
// cannot be read safely fails rather than guesses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { remapGlyphs, rewriteContent } from '../../src/paginate/remap-glyphs.js';

const F1 = new Map([
  [1, 0x10],
  [2, 0x2a],
  [3, 0xbeef],
]);
const fontOf = (name: string) => (name === 'F1' ? F1 : undefined);
const run = (text: string, forms: string[] = []) => {
  const bytes = Buffer.from(text, 'latin1');
  const ok = rewriteContent(bytes, fontOf, (name) => (forms.push(name), true));
  return ok ? bytes.toString('latin1') : false;
};

test('hex strings shown with a renumbered font are renumbered; others are left alone', () => {
  const content = [
    '.24 0 0 -.24 0 595 cm q',
    'BT /F1 12 Tf 1 0 0 -1 10 20 Tm <00010002> Tj 12 0 Td [<0003> -20 <0001>] TJ ET',
    'BT /F2 10 Tf <0001> Tj (lit\\)eral) Tj ET',
    'q BT /F1 9 Tf <0002> Tj ET Q BT <0001> Tj ET Q',
    '% a comment <0001> Tj',
    '/Im1 Do',
  ].join('\n');
  const forms: string[] = [];
  assert.equal(
    run(content, forms),
    [
      '.24 0 0 -.24 0 595 cm q',
      'BT /F1 12 Tf 1 0 0 -1 10 20 Tm <0010002A> Tj 12 0 Td [<BEEF> -20 <0010>] TJ ET',
      'BT /F2 10 Tf <0001> Tj (lit\\)eral) Tj ET',
      // After Q, the font is the one before q: F2.
      'q BT /F1 9 Tf <002A> Tj ET Q BT <0001> Tj ET Q',
      '% a comment <0001> Tj',
      '/Im1 Do',
    ].join('\n'),
  );
  assert.deepEqual(forms, ['Im1'], 'the form it draws is renumbered too');
});

test('what it cannot renumber safely fails', () => {
  assert.equal(run('BT /F1 12 Tf <0004> Tj ET'), false, 'a glyph without a new id');
  assert.equal(run('BT /F1 12 Tf (ab) Tj ET'), false, 'a literal string in a renumbered font');
  assert.equal(run('BT /F1 12 Tf <001> Tj ET'), false, 'half a glyph id');
  assert.equal(run('q BI /W 1 /H 1 ID x EI Q'), false, 'an inline image');
  assert.equal(run('BT /F1 12 Tf <0001'), false, 'an unended string');
  assert.equal(run('BT /F1 12 Tf (a\\) Tj ET'), false, 'an unended literal string');
  assert.equal(run('BT /F1 12 Tf <0001> Tj ) ET'), false, 'a stray delimiter: a damaged stream');
  assert.notEqual(run('BT /F2 12 Tf (ab) Tj <0004> Tj ET'), false, 'other fonts are not read');
  assert.equal(run('BT <0001> Tj ET'), false, 'text before any Tf (a form showing its caller\'s font)');
  assert.equal(run('BT /F1 12 Tf q /F2 9 Tf Q <0001> Tj ET'), 'BT /F1 12 Tf q /F2 9 Tf Q <0010> Tj ET', 'Q brings back the font of q');
  // The operands of an operator it does not act on are forgotten with it.
  assert.equal(run('BT /F1 12 Tf /Span <</ActualText <FEFF0041>>> BDC <0001> Tj EMC ET'), 'BT /F1 12 Tf /Span <</ActualText <FEFF0041>>> BDC <0010> Tj EMC ET');
});

/** A one-page PDF as Chromium prints it: a Type 0 font `FontA` (widths, ToUnicode) shown by the page,
 *  and, with `maskForm`, a form using the font that the page does not draw (as a soft mask's would be). */
async function printedPart(maskForm: boolean): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  const { context } = pdf;
  const cmap = '1 beginbfchar\n<0001> <5B66>\n<0002> <4E60>\nendbfchar';
  const cid = context.obj({ Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'ABCDEF+FontA', W: [1, [1000, 500]] });
  const font = context.register(
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'ABCDEF+FontA', Encoding: 'Identity-H', DescendantFonts: [context.register(cid)], ToUnicode: context.register(context.stream(deflateSync(cmap), { Filter: 'FlateDecode' })) }),
  );
  const page = pdf.addPage([100, 100]);
  page.node.set(PDFName.of('Resources'), context.obj({ Font: { F1: font } }));
  page.node.set(PDFName.of('Contents'), context.register(context.stream(deflateSync('BT /F1 12 Tf <00010002> Tj ET'), { Filter: 'FlateDecode' })));
  if (maskForm) context.register(context.stream(deflateSync('BT /F1 12 Tf <0001> Tj ET'), { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1], Resources: { Font: { F1: font } } }));
  return pdf;
}

const text = (pdf: PDFDocument, ref: unknown) => inflateSync((pdf.context.lookup(ref as PDFRef) as PDFRawStream).getContents()).toString('latin1');

test('a part is renumbered: its page, its font widths and its ToUnicode map', async () => {
  const pdf = await printedPart(false);
  assert.equal(remapGlyphs(pdf, new Map([['FontA', new Map([[1, 7], [2, 3]])]]), [0]), true);
  const page = pdf.getPages()[0]!;
  assert.equal(text(pdf, page.node.get(PDFName.of('Contents'))), 'BT /F1 12 Tf <00070003> Tj ET');
  const type0 = pdf.context.lookup((page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict)).get(PDFName.of('F1')), PDFDict);
  const cid = pdf.context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
  assert.equal(cid.get(PDFName.of('W'))!.toString(), '[ 3 [ 500 ] 7 [ 1000 ] ]');
  assert.match(text(pdf, type0.get(PDFName.of('ToUnicode'))), /<0003> <4E60>\n<0007> <5B66>/);
});

test('a part with a glyph that has no new id, or a stream using the font that is not read, is not used', async () => {
  assert.equal(remapGlyphs(await printedPart(false), new Map([['FontA', new Map([[1, 7]])]]), [0]), false, 'glyph 2 has no new id');
  assert.equal(remapGlyphs(await printedPart(true), new Map([['FontA', new Map([[1, 7], [2, 3]])]]), [0]), false, 'a form no page draws');
  assert.equal(remapGlyphs(await printedPart(false), new Map([['FontB', new Map()]]), [0]), true, 'other fonts: nothing to do');
});
