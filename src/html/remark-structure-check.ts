// Warnings for a manuscript's structure that would print wrong without an error: a footnote called but
// never defined (the call prints as “[^x]”), defined but never called or defined twice (GFM drops the
// text), and a heading level skipped (## then ####), which breaks the outline and the EPUB's nav.
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { hasHashSections } from './remark-section-levels.js';
import { fileMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';

/** Report footnote and heading-level problems as warnings. */
export function remarkStructureCheck() {
  return (tree: Root, file: VFile) => {
    const warn = (reason: Phrase, where: { place: Position | undefined }, ruleId: string) => fileMessage(file, reason, { place: where.place, ruleId });
    const defined = new Map<string, number>();
    const called = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'footnoteDefinition') {
        const id = node.identifier;
        if (defined.has(id)) warn(phrase('footnote.twice', { label: node.label ?? id }), { place: node.position }, 'footnote');
        else defined.set(id, node.position?.start.line ?? 0);
      }
      if (node.type === 'footnoteReference') called.add(node.identifier);
      if (node.type === 'text') {
        for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
          warn(phrase('footnote.undefined', { label: m[1]! }), { place: node.position }, 'footnote');
        }
      }
    });
    visit(tree, 'footnoteDefinition', (node) => {
      if (!called.has(node.identifier) && defined.get(node.identifier) === node.position?.start.line) {
        warn(phrase('footnote.uncalled', { label: node.label ?? node.identifier }), { place: node.position }, 'footnote');
      }
    });
    // Levels as written: the title is above the top section level, which is `#` where the article has
    // one, else `##` (remark-section-levels.ts, which runs after this).
    let previous = hasHashSections(tree) ? 0 : 1;
    visit(tree, 'heading', (node) => {
      const after = previous === 0 ? '' : String(previous);
      if (node.depth > previous + 1) warn(phrase('heading.skipped', { depth: node.depth, after }), { place: node.position }, 'heading-level');
      previous = node.depth;
    });
  };
}
