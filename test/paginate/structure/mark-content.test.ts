// Marking what a page draws (structure/mark-content.ts) on content streams written as Chromium writes
// them: text runs to the element whose box holds them, rules and unowned text as artifacts, Chromium's
// own spans kept whole inside (or taken out when they say only a WORD JOINER), images to figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markContent, type Place, type XObjectKind } from '../../../src/paginate/structure/mark-content.js';

// A page 400 pt high; Chromium's matrix puts CSS px (y down) in pt (y up): 0.75, flipped.
const HEIGHT = 400;
const PAGE = `.75 0 0 -.75 0 ${HEIGHT} cm\n`;
const run = (x: number, y: number, glyphs = '<0101> Tj') => `BT\n/F1 14 Tf\n1 0 0 -1 ${x} ${y} Tm\n${glyphs}\nET\n`;

/** Owners by box: a heading at the top (y 0–40), a paragraph below (y 40–200), a figure (y 200–300). */
function owner(place: Place): string | undefined {
  if (place.what !== 'text') return place.y >= 200 && place.y < 300 ? 'Figure' : undefined;
  if (place.y < 40 && place.x < 300) return 'H1';
  if (place.y >= 40 && place.y < 200) return 'P';
  return undefined;
}

const mark = (content: string, xobject: (name: string) => XObjectKind = () => undefined) => {
  const marked = markContent(Buffer.from(PAGE + content, 'latin1'), { height: HEIGHT, owner, tag: (o) => o, xobject });
  return { text: Buffer.from(marked.bytes).toString('latin1'), marks: marked.marks, forms: marked.forms };
};

test('text runs go to the element whose box holds them; consecutive runs of one element share a sequence', () => {
  const { text, marks } = mark(run(20, 30) + run(60, 30) + 'q\n' + run(20, 80) + 'Q\n' + run(20, 100));
  assert.deepEqual(marks, ['H1', 'P']);
  assert.equal(text.match(/BDC/g)?.length, 2);
  assert.equal(text.match(/EMC/g)?.length, 2);
  // The heading's sequence holds both of its runs and ends before the paragraph's begins.
  const h1 = text.indexOf('/H1 <</MCID 0>> BDC');
  const p = text.indexOf('/P <</MCID 1>> BDC');
  assert.ok(h1 >= 0 && p > text.indexOf('60 30 Tm') && text.lastIndexOf('EMC', p) > text.indexOf('60 30 Tm'));
});

test('a run outside every box (a folio) and the rules are artifacts; a clipping path is left unmarked', () => {
  const { text, marks } = mark('0 0 300 400 re\nW* n\n' + run(20, 30) + '10 50 100 .5 re\nf\n' + run(150, 380));
  assert.deepEqual(marks, ['H1']);
  const artifacts = text.split('/Artifact BMC').length - 1;
  assert.equal(artifacts, 1, 'the rule and the folio after it are one artifact sequence');
  assert.ok(text.indexOf('/H1') > text.indexOf('W* n'), 'the clip before the heading is not marked');
  assert.ok(text.indexOf('/Artifact BMC') < text.indexOf('10 50 100 .5 re'));
});

test('an image is its figure’s; a form outside every figure is an artifact, and counted', () => {
  const content = 'q\n100 0 0 80 20 220 cm\n/Im1 Do\nQ\nq\n/Fm1 Do\nQ\n';
  const { text, marks, forms } = mark(content, (name) => (name === 'Im1' ? { kind: 'Image' } : { kind: 'Form', box: [0, 0, 10, 10] }));
  assert.deepEqual(marks, ['Figure']);
  assert.equal(forms, 1);
  assert.ok(text.indexOf('/Figure <</MCID 0>> BDC') < text.indexOf('/Im1 Do'));
  assert.ok(text.indexOf('/Artifact BMC') > text.indexOf('/Im1 Do') && text.indexOf('/Artifact BMC') < text.indexOf('/Fm1 Do'));
});

test('the paths of an SVG image drawn in a figure’s box are the figure’s; a form there too', () => {
  // The figure's box is y 200–300 px; the page's matrix flips y: pt y = 400 - 0.75 px.
  const content = 'q\n1 0 0 1 0 0 cm\n30 250 m\n80 250 l\nS\n40 260 10 10 re\nf\nQ\n/Fm1 Do\n10 50 100 .5 re\nf\n';
  const { text, marks, forms } = mark(content, () => ({ kind: 'Form', box: [0, 200, 100, 300] }));
  assert.deepEqual(marks, ['Figure']);
  assert.equal(forms, 0);
  assert.ok(text.indexOf('/Figure <</MCID 0>> BDC') < text.indexOf('30 250 m'));
  assert.ok(text.indexOf('/Artifact BMC') > text.indexOf('/Fm1 Do') && text.indexOf('/Artifact BMC') < text.indexOf('10 50 100 .5 re'));
});

test('Chromium’s own spans stay whole inside a sequence; a span that says only a WORD JOINER is taken out', () => {
  const joiner = 'BT\n/Span<</ActualText <FEFF2060> >> BDC\n/F1 14 Tf\n1 0 0 -1 20 60 Tm\n<0001> Tj\nEMC\nET\n';
  const actual = '/Span <</ActualText <FEFF0041> >> BDC\n' + run(40, 60) + 'EMC\n';
  const { text, marks } = mark(joiner + actual + run(60, 30));
  assert.deepEqual(marks, ['P', 'H1']);
  assert.doesNotMatch(text, /FEFF2060/);
  assert.match(text, /\/P <<\/MCID 0>> BDC\nBT\n\n\/F1 14 Tf/);
  // The span with real text is inside the paragraph's sequence, closed before the heading's opens.
  const span = text.indexOf('/Span <</ActualText <FEFF0041>');
  assert.ok(span > text.indexOf('/P <</MCID 0>>') && text.indexOf('EMC', span) < text.indexOf('/H1 <</MCID 1>>'));
  assert.equal(text.match(/BDC/g)?.length, 3);
  assert.equal(text.match(/EMC/g)?.length, 3);
});

test('a run is placed by its first glyph, not its origin: one that starts with a space at a box’s edge is the next box’s', () => {
  // The heading's box ends at x = 300 (px); a run starting at 298 has its glyph beyond it.
  const { marks } = mark(run(298, 30));
  assert.deepEqual(marks, []);
  assert.deepEqual(mark(run(290, 30)).marks, ['H1']);
});
