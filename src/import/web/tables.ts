// Tables as GFM can hold them. A table's caption is a paragraph before it (GFM has no caption, and
// hast-util-to-mdast leaves it out). A table with no header row (a Word table, most tables on the web:
// every cell a <td>) takes its first row for its head: a GFM table must have one, and hast-util-to-mdast would give it an empty row of its
// own, printed as an empty shaded band above the table. A first row is its table's head in nearly every
// document.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Make the first row of each table that has no <thead> and no <th> in it a row of <th>. */
export function rehypeTableHeads() {
  return (tree: Root | Element) => {
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      const rows = rowsOf(table);
      const headed = table.children.some((child) => child.type === 'element' && child.tagName === 'thead') || rows.some((row) => cellsOf(row).some((cell) => cell.tagName === 'th'));
      if (headed || !rows[0]) return;
      for (const cell of cellsOf(rows[0])) cell.tagName = 'th';
    });
  };
}

/** Put each table's <caption> before it, as a paragraph. */
export function rehypeTableCaptions() {
  return (tree: Root | Element) => {
    visit(tree, 'element', (table: Element, index, parent) => {
      if (table.tagName !== 'table' || !parent || index === undefined) return;
      const captions = table.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'caption');
      if (captions.length === 0) return;
      table.children = table.children.filter((child) => !captions.includes(child as Element));
      parent.children.splice(index, 0, ...captions.map((caption): Element => ({ ...caption, tagName: 'p', properties: {} })));
      return index + captions.length + 1;
    });
  };
}

/** The rows of a table, in its body or not (not those of a table inside it). */
function rowsOf(table: Element): Element[] {
  return table.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    if (child.tagName === 'tr') return [child];
    return child.tagName === 'tbody' || child.tagName === 'tfoot' ? child.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr') : [];
  });
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'));
}
