// The elements set as headings (their lines break between phrases): the list the typesetting marks
// (rehype-phrase-breaks.ts PHRASED_CLASSES), and the selector inside the in-page layout collector (which
// cannot import it) that tells proof's heading-break check which blocks to hold, name the same elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHRASED_CLASSES } from '../../src/html/rehype-phrase-breaks.js';
import { collectLayout } from '../../src/paginate/in-page/collect-layout.js';

test('the in-page collector’s phrased selector names the headings and classes the typesetting marks', () => {
  const source = String(collectLayout);
  const selector = /const PHRASED = '([^']+)'/.exec(source)?.[1];
  assert.ok(selector, 'the collector has its own PHRASED selector');
  // A contents entry is found by its text (.toc-text) inside the entry's block.
  const expected = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', ...PHRASED_CLASSES.filter((c) => c !== 'toc-text').map((c) => `.${c}`)];
  assert.deepEqual(selector.split(',').map((s) => s.trim()).sort(), expected.sort());
  assert.ok(PHRASED_CLASSES.includes('toc-text') && source.includes("querySelector('.toc-text')"), 'contents entries');
});
