// Chinese text uses curly quotes “” ‘’ (GB/T 15834) or, in Traditional, corner brackets 「」 『』 (Taiwan's
// 重訂標點符號手冊; clreq §quotation marks); straight " and ' next to Han are typewriter quotes. In a Traditional
// book the fix writes the corner brackets, when a paragraph's straight quotes pair up: " → 「」, ' → 『』.
import { HAN, type Block, type Edit, type Rule } from './rule.js';
import { scanBlocks } from './scan.js';
import { QUOTES } from './script-marks.js';
import { phrase } from '../../ui/catalogue.js';

export const straightQuotes: Rule = {
  id: 'straight-quotes',
  severity: 'error',
  description: 'Straight quotes " \' in Chinese text (GB/T 15834; 「」 in Traditional)',
  check(input) {
    const pattern = new RegExp(`(?<=[${HAN}，。：；！？、])["']|["'](?=[${HAN}「『])`, 'gu');
    if (input.script === 'Hans') {
      scanBlocks(input, pattern, (m) => phrase('lint.straight-quotes', { found: m[0] }));
      return;
    }
    const { outer, inner } = QUOTES.Hant;
    for (const block of input.blocks) {
      const brackets = pairedBrackets(block, outer, inner);
      for (const m of block.raw.matchAll(pattern)) {
        const start = block.start + m.index;
        const fix: Edit[] | undefined = brackets?.has(m.index) ? [{ start, end: start + 1, text: brackets.get(m.index)! }] : undefined;
        input.report(phrase('hant.straight-quotes', { found: m[0] }), start, fix);
      }
    }
  },
};

/** The corner bracket for each straight quote of the paragraph, by its offset: the first " opens 「, the
 *  next closes it, and so on (' likewise with 『』). None when a paragraph's " or ' are odd in number,
 *  or an ' stands between Latin letters (don't): then which ones pair up is a guess. */
function pairedBrackets(block: Block, outer: readonly [string, string], inner: readonly [string, string]): Map<number, string> | undefined {
  if (/[A-Za-z]'[A-Za-z]/.test(block.raw)) return undefined;
  const out = new Map<number, string>();
  for (const [quote, pair] of [['"', outer], ["'", inner]] as const) {
    const at = [...block.raw.matchAll(new RegExp(quote, 'g'))].map((m) => m.index);
    if (at.length % 2 !== 0) return undefined;
    at.forEach((offset, k) => out.set(offset, pair[k % 2]!));
  }
  return out;
}
