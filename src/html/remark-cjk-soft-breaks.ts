// A Markdown soft line break is a space in HTML; between two Han characters (or Han and CJK punctuation)
// that space shows as a gap in print. Chinese has no spaces between words, so drop the line break there.
// Between Han and Latin the gap is left to `text-autospace` (clreq: mixed-text spacing), so drop it too.
import { visit } from 'unist-util-visit';
import type { InlineCode, Root, Text } from 'mdast';

/** Han, CJK punctuation and symbols, full-width forms (the characters that take no word space). */
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u2014\u2018\u2019\u201C\u201D\u2026\u00B7\u{20000}-\u{3FFFF}]/u;

/** Remove soft line breaks (and the indentation after them) next to a CJK character. */
export function remarkCjkSoftBreaks() {
  return (tree: Root) => {
    // Per block of inline content, so that neighbours never come from another paragraph.
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
      const runs: (Text | InlineCode)[] = [];
      visit(node, (child) => {
        if (child.type === 'text' || child.type === 'inlineCode') runs.push(child);
      });
      runs.forEach((run, i) => {
        if (run.type !== 'text') return;
        // Neighbouring characters across inline boundaries: `**重点**\n文字`, `中文`code`\nabc`.
        const before = runs[i - 1]?.value.at(-1) ?? '';
        const after = runs[i + 1]?.value[0] ?? '';
        run.value = run.value.replace(/[ \t]*\n[ \t]*/g, (match, offset: number, whole: string) => {
          const prev = offset > 0 ? whole[offset - 1] ?? '' : before;
          const next = whole[offset + match.length] ?? after;
          return isCjk(prev) || isCjk(next) ? '' : match;
        });
      });
    });
  };
}

function isCjk(char: string): boolean {
  return char !== '' && CJK.test(char);
}
