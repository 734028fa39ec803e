// A table wider than the type area cannot be set: Paged.js would cut off its last columns. Each column
// needs at least one character of the table's type and its cell padding; a table with more columns than
// fit is an error at its line.
import { visit } from 'unist-util-visit';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { fileMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

export interface TableWidthOptions {
  /** The most columns that fit across the type area. Required. */
  maxColumns: number;
}

/** Report tables with more columns than fit. */
export function rehypeTableWidth(options: TableWidthOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (table) => {
      if (table.tagName !== 'table') return;
      let columns = 0;
      visit(table, 'element', (row) => {
        if (row.tagName !== 'tr') return;
        const cells = row.children.filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
        const span = cells.reduce((n, c) => n + Math.max(1, Number((c as { properties: Record<string, unknown> }).properties['colSpan'] ?? 1)), 0);
        columns = Math.max(columns, span);
      });
      if (columns <= options.maxColumns) return;
      fileMessage(file, phrase('table.too-wide', { n: columns, limit: options.maxColumns }), {
        place: table.position?.start,
        ruleId: 'table-width',
        fatal: true,
        hint: phrase('table.too-wide.hint'),
      });
    });
  };
}
