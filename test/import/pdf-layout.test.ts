// The PDF reader's layout stages on runs placed by hand: lines cut at gutters and not at wide word
// spaces, CJK spacing, the reading order of columns under a title, furniture at the head and foot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linesOf } from '../../src/import/pdf/lines.js';
import { blocksOf, usualGap } from '../../src/import/pdf/blocks.js';
import { readingOrder } from '../../src/import/pdf/reading-order.js';
import { lineEnds } from '../../src/import/pdf/line-ends.js';
import { findFurniture } from '../../src/import/pdf/furniture.js';
import { isBold, weighLines } from '../../src/import/pdf/faces.js';
import { tidySpaces } from '../../src/import/pdf/join-text.js';
import { unifyRadicals } from '../../src/import/pdf/radicals.js';
import type { PdfPage, TextRun } from '../../src/import/pdf/page-text.js';

const run = (text: string, x0: number, baseline: number, size = 10, font = 'Song', width = [...text].length * size): TextRun => ({ text, x0, x1: x0 + width, baseline, size, font });
const tidy = (s: string) => tidySpaces([...s].map((ch) => ({ ch, font: '' }))).map((c) => c.ch).join('');

test('spaces next to CJK characters are the layout’s and go; spaces in Latin text stay; no character changes', () => {
  assert.equal(tidy('人工 智能 是 引领'), '人工智能是引领');
  assert.equal(tidy('他说 “你好” 。'), '他说“你好”。');
  // A justified line's gaps, as pdf.js reads them: no space next to Han or CJK punctuation stays.
  assert.equal(tidy('以 来 ， 以 ChatGPT 、 Sora 、 DeepSeek 等'), '以来，以ChatGPT、Sora、DeepSeek等');
  assert.equal(tidy('第 3 页 （ AI ）'), '第3页（AI）');
  assert.equal(tidy('open  source   model '), 'open source model');
  assert.equal(tidy('■ 高文'), '■ 高文');
  // Compatibility ideographs and Kangxi radicals are not folded.
  assert.equal(tidy('⾔論 丽'), '⾔論丽');
});

test('a row is cut at the gutter between two columns, not at a justified line’s wide word space', () => {
  const runs: TextRun[] = [];
  for (let k = 0; k < 5; k++) {
    const y = 100 + k * 16;
    runs.push(run('左栏文字左栏文字左栏文字', 50, y), run('右栏文字右栏文字右栏文字', 182, y));
  }
  // A justified Latin line with one wide space (14 pt), in the left column, between full lines.
  runs.push(run('wide', 50, 180, 10, 'Song', 40), run('space', 104, 180, 10, 'Song', 46), run('右栏文字右栏文字右栏文字', 182, 180));
  runs.push(run('左栏文字左栏文字左栏文字', 50, 196), run('右栏文字右栏文字右栏文字', 182, 196));
  const lines = linesOf(runs, 1);
  assert.equal(lines.length, 14);
  assert.ok(lines.every((l) => l.x1 <= 170 || l.x0 >= 182), 'no line across the gutter');
  assert.ok(lines.some((l) => l.text === 'wide space'), 'the wide space is a space in the line');
});

test('a smaller raised run (a note call) stays in its line', () => {
  const lines = linesOf([run('正文', 50, 100), run('①', 70, 96, 6, 'Song', 6), run('继续', 76, 100)], 1);
  assert.deepEqual(lines.map((l) => l.text), ['正文①继续']);
  assert.equal(lines[0]!.size, 10);
});

/** A page: a title across four columns, a centred subtitle, a byline over the first column, and four
 *  columns of `rows` lines, each line named by its column and row. */
function newspaper(rows: number): PdfPage {
  // The title across the four columns (20–580), the subtitle centred under it, the byline over the first.
  const runs: TextRun[] = [run('大标题横跨四栏的通栏标题', 30, 60, 30, 'Song', 540)];
  runs.push(run('——副题居中', 252, 95, 16), run('■ 作者', 20, 118, 12));
  for (let c = 0; c < 4; c++) for (let r = 0; r < rows; r++) runs.push(run(`栏${c + 1}行${String(r + 1).padStart(2, '0')}文字文字文字`, 20 + c * 150, 140 + r * 16));
  return { page: 1, width: 620, height: 900, lines: linesOf(runs, 1) };
}

test('reading order: the title, subtitle and byline across the top, then each column top to bottom', () => {
  const page = newspaper(12);
  const order = readingOrder(blocksOf(page.lines)).flatMap((b) => b.lines.map((l) => l.text));
  const expected = ['大标题横跨四栏的通栏标题', '——副题居中', '■ 作者'];
  for (let c = 1; c <= 4; c++) for (let r = 1; r <= 12; r++) expected.push(`栏${c}行${String(r).padStart(2, '0')}文字文字文字`);
  assert.deepEqual(order, expected);
});

test('reading order: an element across two columns in mid-page splits them; the columns beside it run on', () => {
  const runs: TextRun[] = [];
  for (let c = 0; c < 3; c++) {
    for (let r = 0; r < 10; r++) {
      // Columns 1 and 2 leave rows 5 and 6 to a box across them.
      if (c < 2 && (r === 4 || r === 5)) continue;
      runs.push(run(`栏${c + 1}行${r + 1}文字文字`, 20 + c * 150, 100 + r * 16));
    }
  }
  runs.push(run('横跨两栏的插图说明文字横跨两栏的插图说明', 20, 172, 12, 'Song', 280));
  const order = readingOrder(blocksOf(linesOf(runs, 1))).flatMap((b) => b.lines.map((l) => l.text.replace(/文字/g, '')));
  assert.deepEqual(order, [
    ...[1, 2, 3, 4].map((r) => `栏1行${r}`),
    ...[1, 2, 3, 4].map((r) => `栏2行${r}`),
    '横跨两栏的插图说明横跨两栏的插图说明',
    ...[7, 8, 9, 10].map((r) => `栏1行${r}`),
    ...[7, 8, 9, 10].map((r) => `栏2行${r}`),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => `栏3行${r}`),
  ]);
});

test('line ends: a larger gap and a first-line indent end a paragraph; a column and a page end as such', () => {
  const runs = [run('第一段第一行', 20, 100), run('第一段末行。', 20, 116), run('二段首行', 40, 132), run('第二段第二行', 20, 148), run('第三段空行后', 20, 180), run('第二栏', 170, 100)];
  const lines = linesOf(runs, 1);
  const leading = usualGap(lines);
  const ends = lineEnds(readingOrder(blocksOf(lines, leading)), leading).map(({ line, end }) => `${line.text}:${end}`);
  assert.deepEqual(ends, ['第一段第一行:line', '第一段末行。:blank', '二段首行:line', '第二段第二行:blank', '第三段空行后:column', '第二栏:page']);
});

test('furniture: a running head and a folio on every page, a newspaper’s date line; not a line of text', () => {
  const pages: PdfPage[] = [1, 2, 3].map((n) => {
    // The text's first line is the same on every page, but not set off from the text as the head is.
    const runs = [run('学习读本', 200, 30, 9), run(String(n + 10), 210, 880, 9), run('正文第一行', 20, 100), run(`正文第二行${'甲乙丙'[n - 1]}`, 20, 116), run(`正文末行${'甲乙丙'[n - 1]}`, 20, 860)];
    if (n === 1) runs.push(run('2026年12月3日 星期四', 400, 30, 9));
    return { page: n, width: 620, height: 900, lines: linesOf(runs, n) };
  });
  const found = findFurniture(pages);
  const dropped = [...found].map(([line, why]) => `${line.page}:${line.text}:${why}`).sort();
  assert.deepEqual(dropped, ['1:11:folio', '1:2026年12月3日星期四:header', '1:学习读本:running-head', '2:12:folio', '2:学习读本:running-head', '3:13:folio', '3:学习读本:running-head']);
});

test('bold faces by name; 黑体 is bold unless it is the body face; a line of two weights has spans', () => {
  assert.equal(isBold('ABCDEF+NotoSerifSC-Bold', 'ABCDEF+NotoSerifSC-Regular'), true);
  assert.equal(isBold('ABCDEF+NotoSerifSC-Regular', 'ABCDEF+NotoSerifSC-Regular'), false);
  assert.equal(isBold('FZHTK--GBK1-0', 'FZSSK--GBK1-0'), true);
  assert.equal(isBold('FZHTK--GBK1-0', 'FZHTK--GBK1-0'), false);
  assert.equal(isBold('SourceHanSerifSC-Heavy', 'x'), true);
  assert.equal(isBold('Helvetica', 'x'), false);
  const [line] = linesOf([run('一是坚持。', 20, 100, 10, 'Bold'), run('正文继续', 70, 100, 10, 'Regular')], 1);
  weighLines([line!], (f) => f === 'Bold');
  assert.equal(line!.bold, false);
  assert.deepEqual(line!.spans, [{ text: '一是坚持。', bold: true }, { text: '正文继续', bold: false }]);
});

test('furniture: a heading that opens two pages far apart is text, not a running head', () => {
  const pages: PdfPage[] = [1, 2, 3, 4, 5].map((n) => {
    const runs = [run('学习读本', 200, 30, 9), run(`正文${'一二三四五'[n - 1]}`, 20, 120), run(`正文又${'一二三四五'[n - 1]}`, 20, 136)];
    // 思考题 opens pages 1 and 5, set off from the text below it as a running head would be.
    if (n === 1 || n === 5) runs.push(run('思考题', 20, 80, 14));
    return { page: n, width: 620, height: 900, lines: linesOf(runs, n) };
  });
  const dropped = [...findFurniture(pages)].map(([line, why]) => `${line.page}:${line.text}:${why}`).sort();
  assert.deepEqual(dropped, [1, 2, 3, 4, 5].map((n) => `${n}:学习读本:running-head`));
});

test('radicals a PDF writer put for ideographs are read as the ideographs; other characters stay', () => {
  // ⼈⼯ (Kangxi radicals), ⺠ (a CJK radical supplement), ㇐ (a stroke), as Chromium writes 人工, 民, 一.
  assert.equal(unifyRadicals('⼈⼯智能，⺠族，㇐个'), '人工智能，民族，一个');
  // A simplified Chinese font draws ⼾ with 户, not with 戶 as Unicode's equivalence has it.
  assert.equal(unifyRadicals('用⼾'), '用户');
  assert.equal(unifyRadicals('戶籍 丽 ﬁ'), '戶籍 丽 ﬁ');
});
