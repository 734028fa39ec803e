// Lines → paragraphs, alone: a PDF's lines across a column's and a page's end, a heading set larger, a
// bold run-in line; a text with a paragraph a line; a Markdown source's soft breaks and blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines } from '../../src/import/join-lines.js';
import { splitArticles } from '../../src/import/split-articles.js';
import { recogniseHeadings } from '../../src/import/recognise-headings.js';
import type { SourceDocument, SourceLine } from '../../src/import/source.js';

type Row = string | [string, { x?: number; bold?: boolean; size?: number; end?: SourceLine['end'] }];

/** PDF lines of a column at `x`, down the page. */
function pdfLines(page: number, x: number, rows: Row[]): SourceLine[] {
  return rows.map((row, i) => {
    const [text, o] = typeof row === 'string' ? [row, {}] : row;
    const line: SourceLine = { text, place: { page, x: o.x ?? x, y: 60 + 14 * i }, size: o.size ?? 10, end: o.end ?? 'line' };
    if (o.bold) line.bold = true;
    return line;
  });
}

test('a PDF: a paragraph across a column and a page end is one, recorded; a short line that ends a sentence ends one', () => {
  const column1 = pdfLines(1, 40, [
    ['乡村全面振兴的几点思考', { size: 18, x: 60 }],
    ['数字技术正在深刻改变农业生产方式和农', { x: 60 }],
    '民生活方式。从田间地头的智能传感器，到直',
    ['播间里的农产品销售，数字化已经渗透到乡村', { end: 'column' }],
  ]);
  const column2 = pdfLines(1, 200, [
    '经济社会的各个环节。',
    ['夯实数字基础设施', { bold: true }],
    ['基础设施是数字乡村的“底座”。要加快推进', { x: 220 }],
    ['农村地区光纤网络和移动通信网络覆盖，推动', { end: 'page' }],
  ]);
  const page2 = pdfLines(2, 40, ['水利、公路、电力等传统基础设施数字化改造。']);
  const doc: SourceDocument = { path: 'a.pdf', kind: 'pdf', lines: [...column1, ...column2, ...page2], dropped: [] };
  const units = joinLines(doc);
  assert.deepEqual(
    units.map((u) => u.text),
    [
      '乡村全面振兴的几点思考',
      '数字技术正在深刻改变农业生产方式和农民生活方式。从田间地头的智能传感器，到直播间里的农产品销售，数字化已经渗透到乡村经济社会的各个环节。',
      '夯实数字基础设施',
      '基础设施是数字乡村的“底座”。要加快推进农村地区光纤网络和移动通信网络覆盖，推动水利、公路、电力等传统基础设施数字化改造。',
    ],
  );
  assert.deepEqual(units[1]!.joins.map((j) => [j.end, j.before.page, j.after.page]), [['column', 1, 1]]);
  assert.deepEqual(units[3]!.joins.map((j) => [j.end, j.before.page, j.after.page]), [['page', 1, 2]]);
  const [article] = splitArticles(doc, units);
  assert.equal(article!.title, '乡村全面振兴的几点思考');
  const blocks = recogniseHeadings(article!.body, 'pdf');
  assert.deepEqual(blocks.map((b) => [b.kind, b.level, b.made]), [['paragraph', undefined, undefined], ['heading', 2, 'bold'], ['paragraph', undefined, undefined]]);
});

test('a text with a paragraph a line: a line is a paragraph, unless it breaks mid-sentence (recorded)', () => {
  const text = ['标题在这里', '第一段写完了。', '第二段在句中断', '开了，又接上。', '第三段。'];
  const doc: SourceDocument = { path: 'a.txt', kind: 'text', lines: text.map((t, i) => ({ text: t, place: { line: i + 1 }, end: 'line' })), dropped: [] };
  const units = joinLines(doc);
  assert.deepEqual(units.map((u) => u.text), ['标题在这里', '第一段写完了。', '第二段在句中断开了，又接上。', '第三段。']);
  assert.deepEqual(units[2]!.joins.map((j) => [j.before.line, j.after.line]), [[3, 4]]);
});

test('a Markdown source: lines of a paragraph are one (not recorded), a list stays a block, a Latin line end is a space', () => {
  const text = ['# 标题', 'The quick brown', 'fox jumps.', '', '- 一项', '- 二项', '', '正文在这里。'];
  const lines: SourceLine[] = [];
  text.forEach((t, i) => {
    if (t === '') lines.at(-1)!.end = 'blank';
    else lines.push({ text: t, place: { line: i + 1 }, end: 'line' });
  });
  const units = joinLines({ path: 'a.md', kind: 'markdown', lines, dropped: [] });
  assert.deepEqual(units.map((u) => [u.kind, u.text]), [['heading', '标题'], ['paragraph', 'The quick brown fox jumps.'], ['markdown', '- 一项\n- 二项'], ['paragraph', '正文在这里。']]);
  assert.deepEqual(units.flatMap((u) => u.joins), []);
});
