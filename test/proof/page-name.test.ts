// A page is named by its folio and its PDF page, and a page without a folio by what it is (issue 20,
// item 8): the labels come from the laid-out pages as the book numbers them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PageFacts } from '../../src/paginate/in-page/bridge.js';
import { labelOf, pageLabels, pageName } from '../../src/proof/page-name.js';

/** A laid-out page: `opens` the part it opens, `folio` the folio printed on it. */
const page = (index: number, folio: string, opens = '', blank = false): PageFacts => ({
  index,
  side: index % 2 ? 'right' : 'left',
  blank,
  name: folio ? 'body' : 'front',
  counter: Number(folio) || index,
  folio,
  lines: [],
  opens,
  lastBlock: '',
});

test('front matter by what it is, a contents of two pages as contents, the body by folio and PDF page', () => {
  const pages = [
    page(1, '', 'cover'),
    page(2, '', '', true),
    page(3, '', 'title-page'),
    page(4, '', '', true),
    page(5, '', 'toc'),
    page(6, ''),
    page(7, '', '', true),
    page(8, '1', 'article'),
    page(9, '2'),
    // An article page whose folio a stylesheet took away.
    page(10, ''),
  ];
  assert.deepEqual(pageLabels(pages).map((label) => pageName(label)), [
    'cover (PDF p. 1)',
    'blank page (PDF p. 2)',
    'title page (PDF p. 3)',
    'blank page (PDF p. 4)',
    'contents (PDF p. 5)',
    'contents (PDF p. 6)',
    'blank page (PDF p. 7)',
    'p. 1 (PDF p. 8)',
    'p. 2 (PDF p. 9)',
    'PDF p. 10',
  ]);
});

test('a page the book no longer has (a baseline’s) is its PDF page alone', () => {
  const labels = pageLabels([page(1, '', 'cover')]);
  assert.equal(pageName(labelOf(labels, 1)), 'cover (PDF p. 1)');
  assert.equal(pageName(labelOf(labels, 23)), 'PDF p. 23');
});

test('in Chinese: 第 2 页（PDF 第 8 页）, the front matter by what it is, else the PDF page', () => {
  const labels = pageLabels([page(1, '', 'cover'), page(2, '', '', true), page(3, '', 'title-page'), page(4, '', 'toc'), page(5, '1', 'article'), page(6, '2'), page(7, '')]);
  assert.deepEqual(
    labels.map((label) => pageName(label, 'zh')),
    ['封面（PDF 第 1 页）', '空白页（PDF 第 2 页）', '扉页（PDF 第 3 页）', '目录（PDF 第 4 页）', '第 1 页（PDF 第 5 页）', '第 2 页（PDF 第 6 页）', 'PDF 第 7 页'],
  );
  assert.equal(pageName(labelOf(labels, 12), 'zh'), 'PDF 第 12 页');
});
