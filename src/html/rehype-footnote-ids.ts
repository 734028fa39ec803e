// remark-rehype prefixes footnote ids with `clobberPrefix` but not the footnote section's label
// (`footnote-label`, hard-coded), so two articles with footnotes would share an id in one document.
import { visit } from 'unist-util-visit';
import type { Root } from 'hast';

const LABEL = 'footnote-label';

export interface FootnoteIdsOptions {
  /** The article id; the label becomes `${prefix}-footnote-label`. Required. */
  prefix: string;
}

/** Prefix the footnote label id and the `aria-describedby` references to it. */
export function rehypeFootnoteIds(options: FootnoteIdsOptions) {
  const id = `${options.prefix}-${LABEL}`;
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.properties['id'] === LABEL) node.properties['id'] = id;
      const described = node.properties['ariaDescribedBy'];
      if (Array.isArray(described)) node.properties['ariaDescribedBy'] = described.map((x) => (x === LABEL ? id : x));
    });
  };
}
