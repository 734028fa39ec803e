// The circled numbers: the module the EPUB and the font subsets use, and the copy inside the print
// editions' in-page handler (which cannot import it), give the same number for every count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CIRCLED_NUMBERS, circled } from '../../src/html/circled.js';
import { installBookletHandlers } from '../../src/paginate/in-page/handlers.js';

/** The in-page `circled`, cut out of the handler's source as puppeteer sends it to Chromium. */
function inPageCircled(): (n: number) => string {
  const source = String(installBookletHandlers);
  const start = source.indexOf('function circled(');
  assert.ok(start > 0, 'the handler has its own circled()');
  let depth = 0;
  let end = source.indexOf('{', start);
  do {
    if (source[end] === '{') depth++;
    if (source[end] === '}') depth--;
    end++;
  } while (depth > 0);
  return new Function(`${source.slice(start, end)}\nreturn circled;`)() as (n: number) => string;
}

test('circled numbers: ① … ⑳, ㉑ … ㉟, ㊱ … ㊿, then digits', () => {
  assert.deepEqual([1, 2, 20, 21, 35, 36, 50, 51, 60].map(circled), ['①', '②', '⑳', '㉑', '㉟', '㊱', '㊿', '51', '60']);
  assert.equal(CIRCLED_NUMBERS, [...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿'].join(''));
});

test('circled numbers: the print editions’ in-page copy agrees for 1 … 60', () => {
  const inPage = inPageCircled();
  for (let n = 1; n <= 60; n++) assert.equal(inPage(n), circled(n), `${n}`);
});
