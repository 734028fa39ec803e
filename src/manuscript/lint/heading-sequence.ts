// Numbered headings run without a gap (一、二、三、 or 1. 2. 3.): a gap means a heading was lost.
import type { Rule } from './rule.js';
import { phrase } from '../../ui/catalogue.js';

const CHINESE = '一二三四五六七八九十';

/** The number a heading opens with (一、 二、 …, 1. 2. …), or undefined. */
export function numberOf(text: string): number | undefined {
  const han = /^([一二三四五六七八九十]{1,3})、/.exec(text);
  if (han) {
    const s = han[1]!;
    if (s.length === 1) return CHINESE.indexOf(s) + 1;
    if (s.startsWith('十')) return 10 + (CHINESE.indexOf(s[1]!) + 1);
    return (CHINESE.indexOf(s[0]!) + 1) * 10 + (s.length === 3 ? CHINESE.indexOf(s[2]!) + 1 : 0);
  }
  const arabic = /^(\d{1,2})[.、．]/.exec(text);
  return arabic ? Number(arabic[1]) : undefined;
}

export const headingSequence: Rule = {
  id: 'heading-sequence',
  severity: 'error',
  description: 'Numbered headings skip a number (一、三、): a heading is missing',
  check({ blocks, report }) {
    const byDepth = new Map<number, number>();
    for (const block of blocks) {
      if (block.node.type !== 'heading') continue;
      const n = numberOf(block.text.trim());
      if (n === undefined) continue;
      const depth = block.node.depth;
      const previous = byDepth.get(depth) ?? 0;
      if (n > previous + 1) {
        // The phrase names the numbers missing by how many there are: those just before n.
        report(phrase('lint.heading-sequence', { n, count: n - previous - 1 }), block.start);
      }
      byDepth.set(depth, n);
    }
  },
};
