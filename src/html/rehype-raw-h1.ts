// The article title is the page's only h1 (document.ts): an <h1> written as raw HTML in the text (the
// Markdown `#` is moved by remark-section-levels.ts) becomes an h2, a top section, styled and in the
// contents and the outline, not a bare browser h1.
import { visit } from 'unist-util-visit';
import type { Root } from 'hast';

/** Turn raw <h1> elements into <h2>. */
export function rehypeRawH1() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}
