// ASCII heading ids (`ai-1`, `ai-2`, …): they become PDF named destinations, which must stay short and
// must not be percent-encoded Chinese. The headings are collected on `file.data.headings` for the TOC.
import { visit } from 'unist-util-visit';
import type { Root, Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';

export interface HeadingInfo {
  id: string;
  depth: number;
  /** The heading's plain text. */
  text: string;
  line: number | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** Headings of one article, in order (set by rehypeHeadingIds). */
    headings: HeadingInfo[];
  }
}

export interface HeadingIdsOptions {
  /** The article id; headings become `${prefix}-1`, `${prefix}-2`, … Required. */
  prefix: string;
}

/** Give every section heading (h2–h6) a short ASCII id and record it. */
export function rehypeHeadingIds(options: HeadingIdsOptions) {
  const prefix = options.prefix;
  return (tree: Root, file: VFile) => {
    const headings: HeadingInfo[] = [];
    visit(tree, 'element', (node, _index, parent) => {
      const depth = /^h([2-6])$/.exec(node.tagName)?.[1];
      if (!depth) return;
      // Footnote section labels are not part of the outline.
      if (parent?.type === 'element' && 'dataFootnotes' in parent.properties) return;
      const id = `${prefix}-${headings.length + 1}`;
      node.properties['id'] = id;
      headings.push({ id, depth: Number(depth), text: textOf(node), line: node.position?.start.line });
    });
    file.data.headings = headings;
  };
}

/** The text content of an element. */
export function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
