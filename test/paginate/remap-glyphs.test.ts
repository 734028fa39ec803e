// Renumbering the glyphs of a content stream as Chromium writes them: only text shown with a font being
// renumbered changes, fonts follow Tf and q/Q, and what cannot be read safely fails rather than guesses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteContent } from '../../src/paginate/remap-glyphs.js';

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
  assert.notEqual(run('BT /F2 12 Tf (ab) Tj <0004> Tj ET'), false, 'other fonts are not read');
  // The operands of an operator it does not act on are forgotten with it.
  assert.equal(run('BT /F1 12 Tf /Span <</ActualText <FEFF0041>>> BDC <0001> Tj EMC ET'), 'BT /F1 12 Tf /Span <</ActualText <FEFF0041>>> BDC <0010> Tj EMC ET');
});
