// Heading levels as the book sets them. The article title is the page's only h1 (document.ts), so an
// article whose sections are written `#` (what most Markdown writers type) has every heading moved one
// level down: `#` becomes the h2 that `##` is elsewhere, styled, on the grid, in the contents and the
// outline. Levels below the book's three styled section levels are a warning at their line.
import { visit } from 'unist-util-visit';
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { fileMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

/** The deepest heading element the book styles (styles/cjk.css: h2, h3, h4). */
export const DEEPEST_STYLED = 4;

/** Whether the article writes its top sections as `#` (its title then comes from front matter). */
export function hasHashSections(tree: Root): boolean {
  let found = false;
  visit(tree, 'heading', (node) => {
    if (node.depth !== 1) return;
    found = true;
    return false;
  });
  return found;
}

/** Move `#` sections to h2 (and the rest one level down with them); warn on unstyled levels. */
export function remarkSectionLevels() {
  return (tree: Root, file: VFile) => {
    const shift = hasHashSections(tree) ? 1 : 0;
    const styled = Array.from({ length: 3 }, (_, i) => `\`${'#'.repeat(2 - shift + i)}\``).join(', ');
    visit(tree, 'heading', (node) => {
      const written = node.depth;
      const depth = Math.min(6, written + shift) as Heading['depth'];
      node.depth = depth;
      if (written + shift <= DEEPEST_STYLED) return;
      const reason = phrase('heading.too-deep', { depth: written, under: shift ? 'yes' : '', styled, n: DEEPEST_STYLED - shift });
      fileMessage(file, reason, { place: node.position, ruleId: 'heading-level' });
    });
  };
}
