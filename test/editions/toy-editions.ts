// Two toy editions, defined and registered here only (the test of "an edition is one module and one
// line"): booklet.txt, the book's text from its tree; and booklet-pages.json, from the pagination and the
// bytes of the screen edition it is made from. `node --import` of this module gives the CLI them too.
import type { ElementContent, Root, RootContent } from 'hast';
import { registerEdition } from '../../src/editions/index.js';

/** Elements whose text is a line of its own. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'tr', 'figcaption', 'blockquote']);

function text(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && ['style', 'script', 'head'].includes(node.tagName)) return '';
  const inner = node.children.map((child) => text(child)).join('');
  return node.type === 'element' && BLOCKS.has(node.tagName) ? `\n${inner.trim()}\n` : inner;
}

export const txt = registerEdition({
  name: 'txt',
  file: 'booklet.txt',
  needs: {},
  write: async ({ html }) => `${text(html.tree).replace(/\n\s*\n+/g, '\n').trim()}\n`,
});

export const pages = registerEdition({
  name: 'pages',
  file: 'booklet-pages.json',
  needs: { pagination: true, editions: ['screen'] },
  async write({ pagination, edition }) {
    const screen = (await edition('screen')) as Uint8Array;
    return JSON.stringify({ pages: pagination!.facts.pages.length, screen: { bytes: screen.length, header: new TextDecoder().decode(screen.slice(0, 5)) } });
  },
});
