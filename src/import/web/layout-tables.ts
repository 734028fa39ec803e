// A table that lays a page out (old sites, and many a government site in China, still set their columns
// in <table>s) is no table of the article: its cells are the page's parts, read in order as blocks of
// their own. Told from a table of data as Readability tells them (its `_markDataTables`): a table inside
// it, a single row or column make one of layout; a caption, a summary, a head, <th> or columns make one
// of data; else size decides.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Turn each layout table of `tree` into the sequence of its cells' contents (in reading order, each
 *  cell a <div>), in place. */
export function flattenLayoutTables(tree: Root | Element): void {
  visit(tree, 'element', (table: Element) => {
    if (table.tagName !== 'table' || isDataTable(table)) return;
    table.tagName = 'div';
    table.properties = {};
    table.children = rowsOf(table).flatMap((row) => cellsOf(row).map((cell): ElementContent => ({ ...cell, tagName: 'div', properties: {} })));
  });
}

/** Whether `table` holds data (rows and columns of its own), not the page's layout. */
export function isDataTable(table: Element): boolean {
  const { properties } = table;
  if (String(properties['role'] ?? '') === 'presentation' || String(properties['dataTable'] ?? properties['datatable'] ?? '') === '0') return false;
  // A table inside it: the page's columns, around its tables. (Readability asks this after the
  // questions below, of the article it cut out; a page cut down keeps the table its article is in.)
  if (has(table, (element) => element.tagName === 'table')) return false;
  if (properties['summary']) return true;
  if (has(table, (element) => element.tagName === 'caption' && element.children.length > 0)) return true;
  if (has(table, (element) => ['col', 'colgroup', 'tfoot', 'thead', 'th'].includes(element.tagName))) return true;
  const rows = rowsOf(table);
  const rowCount = rows.reduce((sum, row) => sum + span(row, 'rowSpan'), 0);
  const columnCount = Math.max(0, ...rows.map((row) => cellsOf(row).reduce((sum, cell) => sum + span(cell, 'colSpan'), 0)));
  if (rowCount <= 1 || columnCount <= 1) return false;
  if (rowCount >= 10 || columnCount > 4) return true;
  return rowCount * columnCount > 10;
}

/** Whether an element inside `element` (not itself) is `which`. */
function has(element: Element, which: (element: Element) => boolean): boolean {
  return element.children.some((child) => child.type === 'element' && (which(child) || has(child, which)));
}

function span(element: Element, name: 'rowSpan' | 'colSpan'): number {
  const value = Number(element.properties[name] ?? 1);
  return Number.isFinite(value) && value > 0 ? value : 1;
}

/** The rows of a table, in its head, body and foot or not (not those of a table inside it). */
function rowsOf(table: Element): Element[] {
  return table.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    if (child.tagName === 'tr') return [child];
    return ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? child.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr') : [];
  });
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'));
}
