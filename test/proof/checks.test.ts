// Each proof check on recorded layout facts: what it must flag (with page and manuscript line) and what
// it must leave alone. Faults that Chromium, Paged.js and the booklet's styles already prevent cannot be
// produced from a manuscript, so these facts are written by hand, shaped like collectLayout()'s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProofContext, Check } from '../../src/proof/checks/check.js';
import { CHECKS } from '../../src/proof/checks/index.js';
import { h } from 'hastscript';
import { say } from '../../src/ui/catalogue.js';
import { FS, block, context, pageFacts, pdfPage } from './layout-facts.js';

const check = (id: string): Check => CHECKS.find((c) => c.id === id)!;
const run = (id: string, ctx: ProofContext) => check(id).run(ctx).map((f) => `p${f.page ?? '-'} ${f.file ?? '-'}:${f.line ?? '-'} ${say('en', f.message)}`);

test('every check has its own id, a severity and a rule', () => {
  assert.equal(new Set(CHECKS.map((c) => c.id)).size, CHECKS.length);
  assert.ok(CHECKS.length >= 18);
  for (const c of CHECKS) assert.ok(c.rule.length > 5 && ['error', 'warning'].includes(c.severity), c.id);
});

test('line-start: a later line starting with ， or ——; not a paragraph’s first line', () => {
  assert.deepEqual(run('line-start', context([[block(['一二三四五', '，六七八九']), block(['——开头可以'])]])), ['p1 a.md:7 Line starts with “，”']);
  assert.deepEqual(run('line-start', context([[block(['——续行'], { splitFrom: true })]])), ['p1 a.md:7 Line starts with “—”']);
});

test('line-end: a non-final line ending with “; a paragraph’s last line may not matter', () => {
  assert.deepEqual(run('line-end', context([[block(['一二三“', '四五”'])]])), ['p1 a.md:7 Line ends with ““”']);
  assert.deepEqual(run('line-end', context([[block(['一二三“'], { splitTo: true })]])), ['p1 a.md:7 Line ends with ““”']);
  assert.deepEqual(run('line-end', context([[block(['一二三', '四五（'])]])), []);
});

test('split-mark: —— or …… split over two lines; a whole pair at a line end is fine', () => {
  assert.deepEqual(run('split-mark', context([[block(['一二三—', '—四五'])]])), ['p1 a.md:7 “——” is split across two lines']);
  assert.deepEqual(run('split-mark', context([[block(['一二……', '四五'])]])), []);
});

test('narrow-quote: an isolated quote under 0.75 em; a compressed one beside a mark is fine', () => {
  const narrow = (ch: string) => ('“”'.includes(ch) ? 0.45 * FS : FS);
  assert.deepEqual(run('narrow-quote', context([[block(['一“二三”四'], {}, narrow)]])), ['p1 a.md:7 ““” is 0.45 em wide, not full width', 'p1 a.md:7 “”” is 0.45 em wide, not full width']);
  assert.deepEqual(run('narrow-quote', context([[block(['一，“二'], {}, narrow)]])), []);
  // Beside a bracket, full or half width (an editor's note: «[通“事”]», «〔通“事”〕»).
  assert.deepEqual(run('narrow-quote', context([[block(['是[通“事”]務', '是〔通“事”〕務'], {}, narrow)]])), ['p1 a.md:7 ““” is 0.45 em wide, not full width', 'p1 a.md:7 ““” is 0.45 em wide, not full width']);
});

test('punctuation-compression: 。“ at 2 em is flagged, at 1.5 em not', () => {
  assert.deepEqual(run('punctuation-compression', context([[block(['一。“二'])]])), ['p1 a.md:7 “。“” takes 2.00 em, not 1.5']);
  assert.deepEqual(run('punctuation-compression', context([[block(['一。“二'], {}, (ch) => (ch === '。' ? FS / 2 : FS))]])), []);
});

test('punctuation-compression: a justified line stretches every character; a compressed pair is judged by it', () => {
  // Each character 0.1 em wider than its advance: the pair 1.7 em, the Han characters 1.1 em.
  const stretched = (ch: string) => (ch === '：' ? FS * 0.6 : FS * 1.1);
  assert.deepEqual(run('punctuation-compression', context([[block(['王曰：「叟不遠千里而來'], {}, stretched)]])), []);
  // The same stretch with the pair not compressed (2.2 em) is flagged, with what it should take.
  assert.deepEqual(run('punctuation-compression', context([[block(['王曰：「叟不遠千里而來'], {}, () => FS * 1.1)]])), ['p1 a.md:7 “：「” takes 2.20 em, not 1.5 (1.70 with the line\'s justification)']);
});

test('overflow: a line past the type area by more than half an em', () => {
  const long = block(['一二三'], {}, () => 10 * FS);
  assert.deepEqual(run('overflow', context([[long]])), ['p1 a.md:7 Line runs 28 px outside the type area']);
  assert.deepEqual(run('overflow', context([[block(['一二三'])]])), []);
});

test('page-overflow: content taller than the type area', () => {
  const ctx = context([[block(['一'])], [block(['二'])]]);
  ctx.layout.pages[1]!.overflow = true;
  assert.deepEqual(run('page-overflow', ctx), ['p2 a.md:7 Content is taller than the type area and is cut off']);
});

test('heading-at-foot: a heading as the last block of a page; a footnote after it does not hide it', () => {
  const heading = block(['第一节'], { tag: 'h2', line: 12 });
  assert.deepEqual(run('heading-at-foot', context([[block(['一二']), heading, block(['注'], { tag: 'footnote' })]])), ['p1 a.md:12 A heading ends the page (背题)']);
  assert.deepEqual(run('heading-at-foot', context([[heading, block(['一二'])]])), []);
});

test('heading-at-foot: a heading with one line of its text at the foot while its section goes on; two lines, or the article’s end, are fine', () => {
  const heading = block(['第一节'], { tag: 'h2', line: 12 });
  const on = block(['下一页'], { line: 16 });
  assert.deepEqual(run('heading-at-foot', context([[block(['一二']), heading, block(['《国语》'])], [on]])), ['p1 a.md:12 A heading keeps only 1 line of its text on the page (背题: two at least)']);
  assert.deepEqual(run('heading-at-foot', context([[block(['一二']), heading, block(['《国语》', '正文'])], [on]])), []);
  assert.deepEqual(run('heading-at-foot', context([[heading, block(['《国语》'])], [on]])), [], 'a heading that opens the page');
  assert.deepEqual(run('heading-at-foot', context([[block(['一二']), heading, block(['结语。'])], [block(['另一篇'], { source: 'b.md' })]])), []);
  assert.deepEqual(run('heading-at-foot', context([[block(['一二']), heading, block(['一行'])], [block(['第二节'], { tag: 'h2' }), block(['二节正文', '二节正文'])]])), []);
});

test('widows-orphans: one line of a split paragraph alone at the top or foot of a page', () => {
  const ctx = context([[block(['一二三']), block(['甲乙丙'], { splitTo: true, line: 9 })], [block(['丁戊'], { splitFrom: true, line: 9 })]]);
  assert.deepEqual(run('widows-orphans', ctx), [
    'p1 a.md:9 Orphan: the first line of a paragraph alone at the foot of the page',
    'p2 a.md:9 Widow: the last line of a paragraph alone at the top of the page',
  ]);
  assert.deepEqual(run('widows-orphans', context([[block(['甲', '乙'], { splitTo: true })], [block(['丙', '丁'], { splitFrom: true })]])), []);
});

test('orphan-character: a paragraph’s last line with one Han character', () => {
  assert.deepEqual(run('orphan-character', context([[block(['一二三四五', '六。'])]])), ['p1 a.md:7 The paragraph ends with a line of one character (孤字): “六。”']);
  assert.deepEqual(run('orphan-character', context([[block(['一二三四五', '六七。'])]])), []);
  // A last line that is a word of Latin or digits (the source note's file name) is no lone character.
  assert.deepEqual(run('orphan-character', context([[block(['来源：npm 包（MIT），', 'lunyu/lunyu.json）'])]])), []);
  assert.deepEqual(run('orphan-character', context([[block(['一二三四五', '六a。'])]])).length, 1);
  assert.deepEqual(run('orphan-character', context([[block(['六。'])]])), [], 'a one-line paragraph is not an orphan');
});

test('single-line-page: a page holding one line, unless it opens a part', () => {
  assert.deepEqual(run('single-line-page', context([[block(['一二', '三'])], [block(['三四'], { splitFrom: true })]])), ['p2 a.md:7 The page holds a single line of text']);
  const ctx = context([[block(['一二', '三'])], [block(['版权'])]]);
  ctx.pagination.pages[1] = pageFacts(2, { opens: 'colophon' });
  assert.deepEqual(run('single-line-page', ctx), []);
});

test('single-line-page: the last line of text above a note carried on from the page before is no lone line', () => {
  // Catches a long note's continuation page (the text ends there in one line) reported as 单行不成面,
  // and, the other way, a page of one line whose short note starts there passing for a carried one.
  const carried = context([[block(['一二', '三'])], [block(['三四']), block(['注释续'], { tag: 'footnote', splitFrom: true })]]);
  assert.deepEqual(run('single-line-page', carried), []);
  const own = context([[block(['一二', '三'])], [block(['三四']), block(['注释'], { tag: 'footnote' })]]);
  assert.deepEqual(run('single-line-page', own), ['p2 a.md:7 The page holds a single line of text']);
});

test('verso-start: an article opening on an even page', () => {
  const ctx = context([[block(['一'])], [block(['二'])]]);
  ctx.pagination.pages[1] = pageFacts(2, { opens: 'article', side: 'left' });
  ctx.pagination.anchors = [{ id: 'a', tag: 'h1', text: '题目', page: 2, top: 0 }];
  ctx.manuscripts = [{ meta: { id: 'a' }, file: { path: 'a.md' } } as unknown as ProofContext['manuscripts'][number]];
  assert.deepEqual(run('verso-start', ctx), ['p2 a.md:1 An article opens on a verso (even page)']);
});

test('running-heads: folios, heads on versos and rectos, nothing on blank pages', () => {
  const ctx = context([[block(['一'])], [block(['二'])], []]);
  ctx.pagination.pages = [pageFacts(1, { opens: 'article' }), pageFacts(2, { side: 'left' }), pageFacts(3, { blank: true, folio: '' })];
  ctx.pagination.anchors = [{ id: 'a', tag: 'h1', text: '题目', page: 1, top: 0 }];
  ctx.manuscripts = [{ meta: { id: 'a' } } as unknown as ProofContext['manuscripts'][number]];
  ctx.pdfPages = [pdfPage(1, '', '题目', '1'), pdfPage(2, '读本', '正文', '2'), pdfPage(3, '', '', '')];
  assert.deepEqual(run('running-heads', ctx), []);
  ctx.pdfPages = [pdfPage(1, '题目', '题目', '1'), pdfPage(2, '别的', '正文', '3'), pdfPage(3, '', '', '3')];
  assert.deepEqual(run('running-heads', ctx), [
    'p1 -:- A page that opens a part carries a running head',
    'p2 -:- Folio should be 2',
    'p2 -:- Running head should be “读本”',
    'p3 -:- A blank page carries a running head or folio',
  ]);
});

test('toc-pages: the printed contents numbers against the folio printed where the entry is', () => {
  const ctx = context([[block(['目录'])], [block(['二'])]]);
  ctx.pagination.pages[0] = pageFacts(1, { opens: 'toc', name: 'front', folio: '' });
  ctx.pagination.anchors = [{ id: 'a-1', tag: 'h2', text: '第一节', page: 2, top: 0 }];
  ctx.pagination.toc = [{ href: '#a-1', text: '第一节', shown: 2 }];
  ctx.pdfPages = [pdfPage(1, '', '第一节····3', ''), pdfPage(2, '', '二', '2')];
  assert.deepEqual(run('toc-pages', ctx), ['p2 -:- Contents say p. 3, but it is on p. 2']);
  ctx.pdfPages = [pdfPage(1, '', '第一节····2', ''), pdfPage(2, '', '二', '2')];
  assert.deepEqual(run('toc-pages', ctx), []);
});

test('fonts-embedded: Type 3 and non-embedded fonts', () => {
  const ctx = context([]);
  ctx.pdfFonts = [
    { name: 'AAAAAA+NotoSerifSC-Regular', type: 'CID TrueType', embedded: true },
    { name: '[none]', type: 'Type 3', embedded: true },
    { name: 'Helvetica', type: 'Type 1', embedded: false },
  ];
  assert.deepEqual(run('fonts-embedded', ctx), ['p- -:- Type 3 font in the PDF ([none])', 'p- -:- Font not embedded: Helvetica']);
});

test('font-allowlist: a system font or an unexpected web font drew text', () => {
  const ctx = context([]);
  ctx.usedFonts = [
    { postScriptName: 'NotoSerifSC-Regular', familyName: 'Noto Serif SC', custom: true, glyphs: 900 },
    { postScriptName: 'DejaVuSans', familyName: 'DejaVu Sans', custom: false, glyphs: 1 },
  ];
  assert.deepEqual(run('font-allowlist', ctx), ['p- -:- Text drawn with a system font: DejaVu Sans (DejaVuSans)']);
});

test('font-allowlist: a face in the PDF that is not the book’s (emphasis dots CDP does not report)', () => {
  const ctx = context([]);
  ctx.pdfFonts = [
    { name: 'LDNCPA+NotoSerifSC-Regular', type: 'CID TrueType', embedded: true },
    { name: 'EAAAAA+DejaVuSerif', type: 'CID TrueType', embedded: true },
  ];
  assert.deepEqual(run('font-allowlist', ctx), ['p- -:- The PDF embeds a face that is not the booklet’s: DejaVuSerif']);
});

test('tofu: a character no face covers, at its manuscript line', () => {
  const ctx = context([]);
  ctx.manuscripts = [{ file: { path: 'a.md', value: '正文\n一二𖬀三\n' } } as unknown as ProofContext['manuscripts'][number]];
  assert.deepEqual(run('tofu', ctx), ['p- a.md:2 No glyph for U+16B00 “𖬀” in the booklet’s fonts']);
});

test('tofu: the front matter’s editorial record is never printed, so not checked; its printed values are', () => {
  const ctx = context([]);
  const text = '---\ntitle: 题𖬁\neditorial:\n  - action: fix\n    line: 3\n    note: 𖬀 was read\nsource: 报\n---\n正文\n';
  ctx.manuscripts = [{ file: { path: 'a.md', value: text } } as unknown as ProofContext['manuscripts'][number]];
  // (This context's faces cover a few Han characters only: the ASCII findings are left aside.)
  assert.deepEqual(run('tofu', ctx).filter((f) => !/U\+00/.test(f)), ['p- a.md:2 No glyph for U+9898 “题” in the booklet’s fonts', 'p- a.md:2 No glyph for U+16B01 “𖬁” in the booklet’s fonts', 'p- a.md:7 No glyph for U+62A5 “报” in the booklet’s fonts']);
});

test('text-lost: a sentence of the document missing from the PDF, at its manuscript line', () => {
  const ctx = context([]);
  ctx.manuscripts = [{ file: { path: 'a.md', value: '---\ntitle: 题目\n---\n\n第一句。第二句。\n' } } as unknown as ProofContext['manuscripts'][number]];
  ctx.document = h(null, [
    h('section.article', { dataSource: 'a.md' }, [h('header', { dataLine: 1 }, [h('h1', '题目')]), h('p', { dataLine: 5 }, '第一句。第二句。')]),
  ]);
  ctx.pdfPages = [pdfPage(1, '', '题目第一句。', '1')];
  assert.deepEqual(run('text-lost', ctx), ['p- a.md:5 Sentence missing from the PDF']);
  ctx.pdfPages = [pdfPage(1, '', '题目第一句。第二句。', '1')];
  assert.deepEqual(run('text-lost', ctx), []);
});

test('text-lost: list numbers and footnote calls are read as the styles print them; an alt text and a closed details are not', () => {
  // A page whose content box Paged.js shortened for a note at its foot.
  const ctx = context([[block(['注释'])]]);
  ctx.layout.pages[0]!.height = 500;
  ctx.document = h(null, [
    h('section.article', { dataSource: 'a.md' }, [
      h('p', ['注释', h('sup', [h('a', { dataFootnoteRef: '' }, '1')]), '之后。', h('img', { alt: '图的说明' })]),
      h('ol', { start: 2 }, [h('li', '第二条。'), h('li', [h('p', '第三条。')])]),
      h('details', [h('summary', '摘要。'), h('p', '收起的内容。')]),
      h('section', { dataFootnotes: '' }, [h('h2.sr-only', '注释'), h('ol', [h('li', [h('p', ['注文。', h('a', { dataFootnoteBackref: '' }, '↩')])])])]),
    ]),
  ]);
  const page = (body: string, foot: string) => {
    const p = pdfPage(1, '', body, '1');
    p.lines.push({ text: foot, xMin: 60, xMax: 300, yMin: 500, yMax: 510, words: [{ text: foot, xMin: 60, xMax: 300, yMin: 500, yMax: 510 }] });
    return p;
  };
  ctx.pdfPages = [page('注释①之后。2.第二条。3.第三条。摘要。', '①注文。')];
  assert.deepEqual(run('text-lost', ctx), []);
  // A list number that is not the item's.
  ctx.pdfPages = [page('注释①之后。2.第二条。4.第三条。摘要。', '①注文。')];
  assert.deepEqual(run('text-lost', ctx), ['p- a.md:- Sentence missing from the PDF']);
  // A call without its number.
  ctx.pdfPages = [page('注释之后。2.第二条。3.第三条。摘要。', '①注文。')];
  assert.deepEqual(run('text-lost', ctx), ['p- a.md:- Sentence missing from the PDF']);
  // The note in the running text, not at the foot of the page.
  ctx.pdfPages = [page('注释①之后。2.第二条。3.第三条。摘要。①注文。', '')];
  assert.deepEqual(run('text-lost', ctx), ['p- a.md:- Footnote missing from the foot of the pages']);
});

test('image-box: an image past the measure or the foot is cut off, at its line; one inside is fine', () => {
  const ctx = context([[block(['一二三'])]]);
  const page = ctx.layout.pages[0]!;
  const image = { src: 'images/img/chart.0123456789ab.png', source: 'a.md', line: 9, left: 0, top: 30, right: 200, bottom: 300 };
  page.images = [image, { ...image, line: 11, right: page.width + 283 }, { ...image, line: 13, top: 500, bottom: page.height + 40.4 }];
  assert.deepEqual(run('image-box', ctx), ['p1 a.md:11 Image is cut off: 283 px past the right of the type area', 'p1 a.md:13 Image is cut off: 40 px past the foot of the type area']);
  assert.equal(check('image-box').run(ctx)[0]!.excerpt, 'img/chart.png');
  page.images = [{ ...image, src: 'images/%E0%A4%A.png', right: page.width + 10 }];
  assert.equal(check('image-box').run(ctx)[0]!.excerpt, '%E0%A4%A.png', 'a malformed escape is named as written');
});

test('single-line-page: a figure with a one-line caption is not a lone line; an inline image does not hide one', () => {
  const ctx = context([[block(['一二', '三'])], [block(['图1　高图'], { tag: 'figcaption' })]]);
  const image = { src: 'images/tall.png', source: 'a.md', line: 9, left: 100, top: 0, right: 160, bottom: 560 };
  ctx.layout.pages[1]!.images = [image];
  assert.deepEqual(run('single-line-page', ctx), []);
  ctx.layout.pages[1]!.images = [{ ...image, top: 0, bottom: FS }];
  assert.deepEqual(run('single-line-page', ctx), ['p2 a.md:7 The page holds a single line of text']);
});
