// Stamp block elements with the manuscript line they come from (`data-line`), so that a layout finding
// on page 7 can name the line that caused it.
import { visit } from 'unist-util-visit';
import type { Root } from 'hast';

const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'aside', 'table', 'tr', 'pre', 'figure', 'hr', 'ol', 'ul', 'dl', 'dt', 'dd', 'section',
]);

/** Set `data-line` on every block element that has a position. */
export function rehypeSourceLines() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const line = node.position?.start.line;
      if (line !== undefined && BLOCKS.has(node.tagName)) node.properties['dataLine'] = line;
    });
  };
}
