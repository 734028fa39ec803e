// The order of the pages on the sheets (src/impose/order.ts), alone: the sheets as the brief of saddle
// stitching gives them, the blank pages before the back matter, signatures; and, for every book, that
// folding the sheets (a model of the folded booklet written here, not order.ts's arithmetic) reads the book
// in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imposeOrder, type ImpositionOrder, type PageSlot } from '../../src/impose/order.js';

/** The pages as a reader meets them in the folded booklet: in each signature, the leaves of its first half
 *  (sheet k's front right, then its back left, outermost sheet first), then those of its second half
 *  (sheet k's back right, then its front left, innermost sheet first). */
function folded(order: ImpositionOrder): PageSlot[] {
  const read: PageSlot[] = [];
  for (let signature = 0; signature < order.signatures.length; signature += 1) {
    const sheets = order.sheets.filter((s) => s.signature === signature);
    for (const s of sheets) read.push(s.front.right, s.back.left);
    for (const s of [...sheets].reverse()) read.push(s.back.right, s.front.left);
  }
  return read;
}

const pages = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

test('4 pages: one sheet, 4 | 1 on the front and 2 | 3 on the back', () => {
  assert.deepEqual(imposeOrder(4), {
    pages: 4,
    total: 4,
    padding: undefined,
    signatures: [4],
    sheets: [{ signature: 0, depth: 0, front: { left: 4, right: 1 }, back: { left: 2, right: 3 } }],
  });
});

test('36 pages: 9 sheets, the last page and page 1 on the outermost, 20 | 17 and 18 | 19 on the innermost', () => {
  const order = imposeOrder(36);
  assert.equal(order.padding, undefined);
  assert.equal(order.sheets.length, 9);
  assert.deepEqual(order.sheets[0], { signature: 0, depth: 0, front: { left: 36, right: 1 }, back: { left: 2, right: 35 } });
  assert.deepEqual(order.sheets[1], { signature: 0, depth: 1, front: { left: 34, right: 3 }, back: { left: 4, right: 33 } });
  assert.deepEqual(order.sheets[8], { signature: 0, depth: 8, front: { left: 20, right: 17 }, back: { left: 18, right: 19 } });
  assert.deepEqual(folded(order), pages(1, 36));
});

test('22 pages: 2 blank pages before page 22, the colophon stays the last page of the 24', () => {
  const order = imposeOrder(22);
  assert.deepEqual([order.total, order.padding], [24, { count: 2, before: 22 }]);
  assert.deepEqual(order.sheets[0], { signature: 0, depth: 0, front: { left: 22, right: 1 }, back: { left: 2, right: null } });
  assert.deepEqual(order.sheets[1]!.front, { left: null, right: 3 });
  assert.deepEqual(folded(order), [...pages(1, 21), null, null, 22]);
});

test('23 pages: one blank page before page 23', () => {
  const order = imposeOrder(23);
  assert.deepEqual([order.total, order.padding, order.sheets.length], [24, { count: 1, before: 23 }, 6]);
  assert.deepEqual(folded(order), [...pages(1, 22), null, 23]);
});

test('the back matter stays last: with 2 pages kept, the blanks go before the last two', () => {
  const order = imposeOrder(22, { keepLast: 2 });
  assert.deepEqual(order.padding, { count: 2, before: 21 });
  assert.deepEqual(folded(order), [...pages(1, 20), null, null, 21, 22]);
  // Never before the cover: a book of one page is padded after it.
  assert.deepEqual(folded(imposeOrder(1)), [1, null, null, null]);
  assert.deepEqual(imposeOrder(1).padding, { count: 3, before: 2 });
  assert.deepEqual(folded(imposeOrder(5, { keepLast: 9 })), [1, null, null, null, 2, 3, 4, 5]);
});

test('signatures: every 16 pages a booklet of their own, stacked; the last one holds what is left', () => {
  const order = imposeOrder(336, { signature: 16 });
  assert.deepEqual(order.signatures, Array.from({ length: 21 }, () => 16));
  assert.equal(order.sheets.length, 84);
  // The second signature is pages 17–32: its outermost sheet carries 32 | 17 and 18 | 31.
  assert.deepEqual(order.sheets[4], { signature: 1, depth: 0, front: { left: 32, right: 17 }, back: { left: 18, right: 31 } });
  assert.deepEqual(order.sheets[7], { signature: 1, depth: 3, front: { left: 26, right: 23 }, back: { left: 24, right: 25 } });
  assert.deepEqual(folded(order), pages(1, 336));

  const short = imposeOrder(36, { signature: 16 });
  assert.deepEqual(short.signatures, [16, 16, 4]);
  assert.deepEqual(short.sheets.at(-1), { signature: 2, depth: 0, front: { left: 36, right: 33 }, back: { left: 34, right: 35 } });
  assert.deepEqual(folded(short), pages(1, 36));

  // 22 pages in signatures of 8: padded to 24 before the last page, then 8 + 8 + 8.
  const padded = imposeOrder(22, { signature: 8 });
  assert.deepEqual([padded.signatures, padded.padding], [[8, 8, 8], { count: 2, before: 22 }]);
  assert.deepEqual(folded(padded), [...pages(1, 21), null, null, 22]);
  // A signature larger than the book is one booklet.
  assert.deepEqual(imposeOrder(22, { signature: 32 }).signatures, [24]);
});

test('a leaf is one half of a sheet: page p on the front right has p + 1 behind it on the back left', () => {
  for (const [count, signature] of [[336, undefined], [336, 32], [60, 12]] as const) {
    for (const sheet of imposeOrder(count, { signature }).sheets) {
      assert.equal(sheet.back.left, sheet.front.right! + 1);
      assert.equal(sheet.front.left, sheet.back.right! + 1);
    }
  }
});

test('a book of no pages, or a signature that is not a multiple of 4, is a bug of the caller', () => {
  assert.throws(() => imposeOrder(0), /has pages/);
  assert.throws(() => imposeOrder(12, { signature: 6 }), /multiple of 4/);
});
