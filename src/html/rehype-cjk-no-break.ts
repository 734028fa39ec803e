// Chromium lets a line start with —— (dash), a single — or ～ (connectors) and · (interpunct), which
// clreq forbids (cjk-print-rules A1/A4, GB/T 15834 §5.1.6–5.1.7). A WORD JOINER (U+2060) between the
// preceding character and the mark keeps them together (tested: the mark moves down with the character).
import { visit } from 'unist-util-visit';
import type { ElementContent, Root } from 'hast';
import { textOf } from './rehype-heading-ids.js';

export const WORD_JOINER = '\u2060';

/** Marks that must not start a line and that Chromium does not hold back by itself. */
const NO_START = /([^\s\u2060—～·])([—～·])/gu;

const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/** Insert U+2060 before ——, —, ～ and · wherever they follow another character. */
export function rehypeCjkNoBreak() {
  return (tree: Root) => {
    visit(tree, 'text', (node, index, parent) => {
      if (parent?.type === 'element' && SKIP.has(parent.tagName)) return;
      node.value = node.value.replace(NO_START, `$1${WORD_JOINER}$2`);
      // The mark right after inline markup: `**重点**——说明`.
      const previous = index !== undefined && index > 0 ? parent?.children[index - 1] : undefined;
      const last = previous ? textOf(previous as ElementContent).at(-1) ?? '' : '';
      if (/^[—～·]/.test(node.value) && last !== '' && !/[\s\u2060—～·]/.test(last)) node.value = WORD_JOINER + node.value;
    });
  };
}
