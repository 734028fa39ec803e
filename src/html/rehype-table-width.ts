// A table wider than the type area cannot be set: Paged.js would cut off its last columns. Each column
// needs at least one character of the table's type and its cell padding; a table with more columns than
// fit is an error at its line.
import { visit } from 'unist-util-visit';
import type { Root } from 'hast';
import type { VFile } from 'vfile';

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
      const message = file.message(`Table has ${columns} columns; at most ${options.maxColumns} fit across the page, so the rest would be cut off`, {
        place: table.position?.start,
        ruleId: 'table-width',
        source: 'booklet',
      });
      message.fatal = true;
      message.note = 'Split it into narrower tables, or turn it so that its rows become columns.';
    });
  };
}
