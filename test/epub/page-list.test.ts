// Page-break markers (EPUB page list) without Chromium: a chapter made by the real pipeline from
// Markdown, and page starts given as the pagination reports them (characters of the block's text set on
// earlier pages, the whitespace between a table's rows and cells not counted: measure.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VFile } from 'vfile';
import type { Element, ElementContent, Root } from 'hast';
import { parseManuscript } from '../../src/manuscript/parse.js';
import { articleToHast } from '../../src/html/processor.js';
import { insertPageBreaks } from '../../src/epub/page-list.js';
import type { Chapter } from '../../src/epub/chapters.js';
import type { PageFacts, PaginationFacts } from '../../src/paginate/in-page/bridge.js';

const SOURCE = 'book/01-a.md';
const TABLE_LINE = 3;

async function tableChapter(rows: number): Promise<Chapter> {
  const lines = ['第一段。', '', '| 序号 | 名称 | 说明 |', '| --- | --- | --- |'];
  for (let i = 1; i <= rows; i++) lines.push(`| ${i} | 项目${i} | 说明文字第${i}行。 |`);
  lines.push('', '最后一段。', '');
  const file = new VFile({ path: SOURCE, value: lines.join('\n') });
  const tree = await articleToHast(parseManuscript(file), file, 'a');
  const body: Element = { type: 'element', tagName: 'section', properties: { id: 'a', dataSource: SOURCE }, children: tree.children as ElementContent[] };
  return { file: 'a.xhtml', id: 'article-a', title: 'a', body, type: 'bodymatter', source: SOURCE };
}

const isElement = (n: ElementContent | Root['children'][number]): n is Element => n.type === 'element';
const text = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(text).join('') : '');

function rowsOf(chapter: Chapter): Element[] {
  const table = chapter.body.children.filter(isElement).find((e) => e.tagName === 'table')!;
  return table.children.filter(isElement).flatMap((part) => part.children.filter(isElement));
}

/** The offset the pagination reports for a page that starts with row `index` (0 is the header row). */
function offsetOfRow(rows: Element[], index: number): number {
  return rows.slice(0, index).reduce((n, row) => n + row.children.filter(isElement).reduce((m, cell) => m + text(cell).length, 0), 0);
}

function facts(starts: { offset: number; folio: number }[]): PaginationFacts {
  const pages: PageFacts[] = starts.map((s, i) => ({
    index: i + 1, side: 'right', blank: false, name: 'body', counter: s.folio, folio: String(s.folio), lines: [], opens: '', lastBlock: 'table',
    start: { source: SOURCE, line: TABLE_LINE, tag: 'table', offset: s.offset },
  }));
  return { pages, anchors: [], toc: [], width: 0, height: 0 } as PaginationFacts;
}

/** [parent tag, marker id] of every page-break marker, in document order. */
function markers(node: Element, out: [string, string][] = []): [string, string][] {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.properties['epub:type'] === 'pagebreak') out.push([node.tagName, String(child.properties['id'])]);
    else markers(child, out);
  }
  return out;
}

test('a page that starts inside a table gets its marker in the first cell of the row that starts the page', async () => {
  const chapter = await tableChapter(120);
  const rows = rowsOf(chapter);
  const starting = [23, 54, 85, 116];
  const targets = insertPageBreaks([chapter], facts(starting.map((row, i) => ({ offset: offsetOfRow(rows, row), folio: i + 2 }))));
  assert.deepEqual(targets.map((t) => t.id), ['page-2', 'page-3', 'page-4', 'page-5']);
  // Only where phrasing content is allowed: never between rows or cells (EPUBCheck RSC-005).
  assert.deepEqual(markers(chapter.body).map(([parent]) => parent), ['td', 'td', 'td', 'td']);
  starting.forEach((row, i) => {
    const cell = rows[row]!.children.filter(isElement)[0]!;
    const first = cell.children[0];
    assert.ok(first && isElement(first) && first.properties['id'] === `page-${i + 2}`, `page ${i + 2} begins at row ${row}: ${text(rows[row]!).trim()}`);
  });
});

test('a marker past the end of a table stays inside a cell', async () => {
  const chapter = await tableChapter(3);
  insertPageBreaks([chapter], facts([{ offset: 10_000, folio: 2 }]));
  assert.deepEqual(markers(chapter.body).map(([parent]) => parent), ['td']);
});

test('page breaks are inserted in linear time: each node of the chapter is read a bounded number of times', async () => {
  // Counts reads of `children` through proxies: a search of the whole chapter for every page is
  // pages × nodes reads (the 50,000-row table's 302 s); one pass is a few reads per node.
  for (const rows of [500, 2000]) {
    const chapter = await tableChapter(rows);
    const all = rowsOf(chapter);
    const pages = Math.floor(rows / 25);
    let reads = 0;
    let nodes = 0;
    const counted = (node: Element): Element => {
      nodes++;
      node.children = node.children.map((c) => (isElement(c) ? counted(c) : c));
      return new Proxy(node, { get: (target, key, receiver) => ((key === 'children' && reads++), Reflect.get(target, key, receiver)) });
    };
    chapter.body = counted(chapter.body);
    const starts = Array.from({ length: pages }, (_, i) => ({ offset: offsetOfRow(all, (i + 1) * 25), folio: i + 2 }));
    reads = 0;
    insertPageBreaks([chapter], facts(starts));
    assert.ok(reads < 4 * nodes + 8 * pages, `${rows} rows, ${pages} pages: ${reads} reads of children for ${nodes} elements`);
  }
});
