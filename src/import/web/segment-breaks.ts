// A line break in an HTML file's text between two Chinese characters is no space: CSS Text 3, §4.1.2
// (segment break transformation) removes a segment break between two East Asian wide characters, where
// a browser that shows Latin text turns it into a space; a hand-written page wraps its Chinese
// paragraphs across lines (`<p>……发展\n新质生产力……</p>`), and a space there is wrong (clreq §3.3: no
// space between Han characters).
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

const WIDE = '\\p{Script=Han}\\u3000-\\u303f\\u3040-\\u30ff\\uff01-\\uff60\\uffe0-\\uffe6';
const BREAK = new RegExp(`(?<=[${WIDE}])[ \\t]*\\n[ \\t\\n]*(?=[${WIDE}])`, 'gu');
/** Where white space is kept as it is. */
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);

/** Remove the line breaks between wide characters in the text of `tree`, outside preformatted text. */
export function rehypeSegmentBreaks() {
  return (tree: Root | Element) => {
    visit(tree, (node) => {
      if (node.type === 'element' && PREFORMATTED.has(node.tagName)) return SKIP;
      if (node.type === 'text' && node.value.includes('\n')) node.value = node.value.replace(BREAK, '');
      return undefined;
    });
  };
}
