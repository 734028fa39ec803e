// The proof in Chinese (issue 20, item 3): each check's finding is a phrase, worded in English as before
// (the text of record: `message`, report.json, the baseline) and in Chinese where it is shown; what the
// build tried at a page break wraps the finding's phrase; the proof command's own lines (the first run
// with no baseline, an approval, a changed page, the summary) in the language asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { h } from 'hastscript';
import { CHECKS } from '../../src/proof/checks/index.js';
import { runChecks, type Finding, type ProofContext } from '../../src/proof/checks/check.js';
import { fontCoverage } from '../../src/html/font-coverage.js';
import { defaultFaces } from '../../src/html/fonts.js';
import { checkBaseline } from '../../src/proof/baseline.js';
import { comparePages } from '../../src/proof/compare.js';
import { pdfFonts } from '../../src/proof/poppler.js';
import { proofBooklet } from '../../src/proof/proof-booklet.js';
import { whyPhrase } from '../../src/proof/why-phrase.js';
import { BookletError, createMemoryReporter, formatMessage } from '../../src/diagnostics.js';
import { say } from '../../src/ui/catalogue.js';
import { CLI, ROOT, withTempDir } from '../helpers.js';
import { FS, block, context, pageFacts, pdfPage } from '../proof/layout-facts.js';

/** Each finding of check `id` on `ctx`: its English message, and its phrase worded in Chinese. */
function worded(id: string, ctx: ProofContext): [string, string][] {
  return runChecks(CHECKS.filter((c) => c.id === id), ctx, {}).map((f: Finding) => {
    assert.ok(f.phrase, `${id}: a finding with a phrase`);
    assert.equal(say('en', f.phrase), f.message, `${id}: the English message is the phrase's English`);
    return [f.message, say('zh', f.phrase)];
  });
}

test('the typography checks: each finding in English as before, and in Chinese', () => {
  assert.deepEqual(worded('line-start', context([[block(['一二三四五', '，六七八九'])]])), [['Line starts with “，”', '行首为“，”']]);
  assert.deepEqual(worded('line-end', context([[block(['一二三“', '四五”'])]])), [['Line ends with ““”', '行尾为““”']]);
  assert.deepEqual(worded('split-mark', context([[block(['一二三—', '—四五'])]])), [['“——” is split across two lines', '“——”被拆在了两行']]);
  const narrow = (ch: string) => ('“”'.includes(ch) ? 0.45 * FS : FS);
  assert.deepEqual(worded('narrow-quote', context([[block(['一“二三四'], {}, narrow)]])), [['““” is 0.45 em wide, not full width', '““”只有 0.45 em 宽，不是全角']]);
  assert.deepEqual(worded('punctuation-compression', context([[block(['一。“二'])]])), [['“。“” takes 2.00 em, not 1.5', '“。“”占 2.00 em，应为 1.5 em']]);
  assert.deepEqual(worded('punctuation-compression', context([[block(['王曰：「叟不遠千里而來'], {}, () => FS * 1.1)]])), [
    ['“：「” takes 2.20 em, not 1.5 (1.70 with the line\'s justification)', '“：「”占 2.20 em，应为 1.5 em（计入本行两端对齐的拉伸为 1.70 em）'],
  ]);
  assert.deepEqual(worded('overflow', context([[block(['一二三'], {}, () => 10 * FS)]])), [['Line runs 28 px outside the type area', '这一行超出版心 28 px']]);
  const phrased = block(['三、坚持生态优先、绿色发', '展，大力推进绿美河源生态建设'], { tag: 'h2', phrased: true });
  assert.deepEqual(worded('heading-break', context([[phrased]])), [['The line breaks inside a word: «生态优先、绿色发|展，大力推进绿美»', '在词语中间折行：«生态优先、绿色发|展，大力推进绿美»']]);
  assert.deepEqual(worded('orphan-character', context([[block(['一二三四五', '六。'])]])), [['The paragraph ends with a line of one character (孤字): “六。”', '段落末行只有一个字（孤字）：“六。”']]);
});

test('the page checks: widows, orphans, headings at the foot, a page of one line, overflow, a verso, images', () => {
  const split = context([[block(['一二三']), block(['甲乙丙'], { splitTo: true, line: 9 })], [block(['丁戊'], { splitFrom: true, line: 9 })]]);
  assert.deepEqual(worded('widows-orphans', split), [
    ['Orphan: the first line of a paragraph alone at the foot of the page', '孤行：段落的首行单独落在页末'],
    ['Widow: the last line of a paragraph alone at the top of the page', '孤行：段落的末行单独落在页首'],
  ]);
  const heading = block(['第一节'], { tag: 'h2', line: 12 });
  assert.deepEqual(worded('heading-at-foot', context([[block(['一二']), heading]])), [['A heading ends the page (背题)', '标题落在页末（背题）']]);
  assert.deepEqual(worded('heading-at-foot', context([[block(['一二']), heading, block(['《国语》'])], [block(['下一页'])]])), [
    ['A heading keeps only 1 line of its text on the page (背题: two at least)', '标题之后本页只有 1 行正文（背题：至少要两行）'],
  ]);
  assert.deepEqual(worded('single-line-page', context([[block(['一二', '三'])], [block(['三四'], { splitFrom: true })]])), [['The page holds a single line of text', '这一页只有一行文字（单行不成面）']]);
  const tall = context([[block(['一'])], [block(['二'])]]);
  tall.layout.pages[1]!.overflow = true;
  assert.deepEqual(worded('page-overflow', tall), [['Content is taller than the type area and is cut off', '内容比版心高，超出的部分被截掉了']]);
  const verso = context([[block(['一'])], [block(['二'])]]);
  verso.pagination.pages[1] = pageFacts(2, { opens: 'article', side: 'left' });
  verso.pagination.anchors = [{ id: 'a', tag: 'h1', text: '题目', page: 2, top: 0 }];
  verso.manuscripts = [{ meta: { id: 'a' }, file: { path: 'a.md' } } as unknown as ProofContext['manuscripts'][number]];
  assert.deepEqual(worded('verso-start', verso), [['An article opens on a verso (even page)', '文章从左页（偶数页）开始']]);
  const images = context([[block(['一二三'])]]);
  const page = images.layout.pages[0]!;
  page.images = [{ src: 'images/chart.png', source: 'a.md', line: 9, left: 0, top: 500, right: page.width + 283, bottom: page.height + 40.4 }];
  assert.deepEqual(worded('image-box', images), [
    ['Image is cut off: 283 px past the right, 40 px past the foot of the type area', '图片被截掉了：超出版心右边 283 px，超出版心下端 40 px'],
  ]);
});

test('running heads, folios and the contents, as printed', () => {
  const ctx = context([[block(['一'])], [block(['二'])], []]);
  ctx.pagination.pages = [pageFacts(1, { opens: 'article' }), pageFacts(2, { side: 'left' }), pageFacts(3, { blank: true, folio: '' })];
  ctx.pagination.anchors = [{ id: 'a', tag: 'h1', text: '题目', page: 1, top: 0 }];
  ctx.manuscripts = [{ meta: { id: 'a' } } as unknown as ProofContext['manuscripts'][number]];
  ctx.pdfPages = [pdfPage(1, '题目', '题目', '1'), pdfPage(2, '别的', '正文', '3'), pdfPage(3, '', '', '3')];
  assert.deepEqual(worded('running-heads', ctx), [
    ['A page that opens a part carries a running head', '一个部分的首页上有书眉'],
    ['Folio should be 2', '页码应为 2'],
    ['Running head should be “读本”', '书眉应为“读本”'],
    ['A blank page carries a running head or folio', '空白页上有书眉或页码'],
  ]);
  const toc = context([[block(['目录'])], [block(['二'])]]);
  toc.pagination.pages[0] = pageFacts(1, { opens: 'toc', name: 'front', folio: '' });
  toc.pagination.anchors = [{ id: 'a-1', tag: 'h2', text: '第一节', page: 2, top: 0 }];
  toc.pagination.toc = [{ href: '#a-1', text: '第一节', shown: 2 }, { href: '#a-2', text: '第二节', shown: 3 }];
  toc.pdfPages = [pdfPage(1, '', '第一节····3', ''), pdfPage(2, '', '二', '2')];
  assert.deepEqual(worded('toc-pages', toc), [
    ['The contents show 1 page number for 2 entries', '目录有 2 个条目，却印了 1 个页码'],
    ['Contents say p. 3, but it is on p. 2', '目录上写的是第 3 页，实际在第 2 页'],
    ['Contents say p. ?, but it is on p. ?', '目录上写的是第 ? 页，实际在第 ? 页'],
  ]);
});

test('fonts and lost text: a Type 3 face, a system font, a character the booklet’s faces lack, a sentence and a note not printed', async () => {
  const fonts = context([]);
  fonts.pdfFonts = [
    { name: '[none]', type: 'Type 3', embedded: true },
    { name: 'Helvetica', type: 'Type 1', embedded: false },
  ];
  assert.deepEqual(worded('fonts-embedded', fonts), [
    ['Type 3 font in the PDF ([none])', 'PDF 中有 Type 3 字体（[none]）'],
    ['Font not embedded: Helvetica', '字体未嵌入：Helvetica'],
  ]);
  fonts.usedFonts = [
    { postScriptName: 'DejaVuSans', familyName: 'DejaVu Sans', custom: false, glyphs: 1 },
    { postScriptName: 'Other-Regular', familyName: 'Other', custom: true, glyphs: 3 },
  ];
  fonts.pdfFonts = [{ name: 'EAAAAA+DejaVuSerif', type: 'CID TrueType', embedded: true }];
  assert.deepEqual(worded('font-allowlist', fonts), [
    ['Text drawn with a system font: DejaVu Sans (DejaVuSans)', '有文字是用系统字体排的：DejaVu Sans（DejaVuSans）'],
    ['Text drawn with an unexpected web font: Other (Other-Regular)', '有文字是用意料之外的网页字体排的：Other（Other-Regular）'],
    ['The PDF embeds a face that is not the booklet’s: DejaVuSerif', 'PDF 嵌入了不属于读本的字体：DejaVuSerif'],
  ]);
  // The booklet's own faces, as proof reads them: they have no glyph for a Nüshu character.
  const tofu = context([], { coverage: new Map([['body', await fontCoverage(defaultFaces().text)]]) });
  tofu.manuscripts = [{ file: { path: 'a.md', value: '正文\n一二𛅰三\n' } } as unknown as ProofContext['manuscripts'][number]];
  assert.deepEqual(worded('tofu', tofu), [['No glyph for U+1B170 “𛅰” in the booklet’s fonts', '读本的字体中没有 U+1B170“𛅰”的字形']]);
  // checks.test.ts's: the second sentence, then a note printed in the running text, not at the foot.
  const lost = context([]);
  lost.manuscripts = [{ file: { path: 'a.md', value: '---\ntitle: 题目\n---\n\n第一句。第二句。\n' } } as unknown as ProofContext['manuscripts'][number]];
  lost.document = h(null, [h('section.article', { dataSource: 'a.md' }, [h('header', { dataLine: 1 }, [h('h1', '题目')]), h('p', { dataLine: 5 }, '第一句。第二句。')])]);
  lost.pdfPages = [pdfPage(1, '', '题目第一句。', '1')];
  assert.deepEqual(worded('text-lost', lost), [['Sentence missing from the PDF', 'PDF 中缺了这句话']]);
  const note = context([[block(['注释'])]]);
  note.layout.pages[0]!.height = 500;
  note.document = h(null, [
    h('section.article', { dataSource: 'a.md' }, [
      h('p', ['注释', h('sup', [h('a', { dataFootnoteRef: '' }, '1')]), '之后。']),
      h('section', { dataFootnotes: '' }, [h('h2.sr-only', '注释'), h('ol', [h('li', [h('p', ['注文。', h('a', { dataFootnoteBackref: '' }, '↩')])])])]),
    ]),
  ]);
  note.pdfPages = [pdfPage(1, '', '注释①之后。①注文。', '1')];
  assert.deepEqual(worded('text-lost', note), [['Footnote missing from the foot of the pages', '页脚处缺了这条脚注']]);
});

test('every reason the page gives for a break it could not move has its phrase', async () => {
  const handlers = await readFile(join(ROOT, 'src', 'paginate', 'in-page', 'handlers.ts'), 'utf8');
  // The texts given as `why` (a quoted text with a space, on a line that names it).
  const reasons = handlers
    .split('\n')
    .filter((l) => /\bwhy\b/.test(l) && !l.trim().startsWith('//'))
    .flatMap((l) => [...l.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!))
    .filter((text) => text.includes(' '));
  assert.ok(reasons.length >= 6, reasons.join('\n'));
  for (const why of reasons) {
    const said = whyPhrase(why);
    assert.ok(typeof said !== 'string', `a phrase for “${why}”`);
    assert.equal(say('en', said), why);
    assert.match(say('zh', said), /[\u4e00-\u9fff]/u);
  }
  assert.equal(say('zh', whyPhrase(undefined)), '没有可以移动的内容');
  assert.equal(whyPhrase('a reason not yet in the catalogue'), 'a reason not yet in the catalogue');
});

test('a finding the build tried to resolve: its phrase wraps the finding’s, worded in the same language', () =>
  withTempDir(async (dir) => {
    // keep-lines.test.ts's bad input: a figure fills the page before the source note, which stays alone.
    const book = join(dir, 'figure');
    await mkdir(book, { recursive: true });
    await writeFile(join(book, 'booklet.yaml'), 'title: 孤行\ncompiler: 测试组\ndate: 2026-01-01\nstyles:\n  - extra.css\narticles:\n  - 01-case.md\n');
    await writeFile(join(book, 'extra.css'), '.article-header, .article-header * { margin: 0 !important; } .article-header { height: calc(var(--pitch) * 5); }');
    await writeFile(join(book, 'tall.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="350" viewBox="0 0 400 350"><rect width="400" height="350" fill="#888"/></svg>');
    const text = Array.from({ length: 80 }, (_, i) => (i % 10 === 0 ? '寡' : '甲乙丙丁戊己庚辛壬癸'[i % 10])).join('');
    await writeFile(join(book, '01-case.md'), `---\ntitle: 孤行\nnote: 来源：测试组\n---\n\n${text}。\n\n![灰色的方块](tall.svg)\n`);
    const proof = await proofBooklet({ dir: book, out: join(book, 'out'), approve: true, reporter: createMemoryReporter() });
    const [finding] = proof.findings;
    assert.equal(finding?.check, 'single-line-page');
    assert.equal(finding.message, 'The page holds a single line of text (the build tried to move the page break and could not: what comes before it (a table, a figure, code) gives no lines)');
    assert.equal(say('en', finding.phrase!), finding.message);
    assert.equal(say('zh', finding.phrase!), '这一页只有一行文字（单行不成面）；排版时曾试图移动分页，未能成功：它前面的内容（表格、图、代码）没有可以移走的行');
  }));

test('the proof command in Chinese and in English: its findings, the first run with no baseline, an approval, a changed page', () =>
  withTempDir(async (dir) => {
    // first-run.test.ts's booklet (a line that starts with ， on p. 2, the PDF's 8th), with a heading a user
    // stylesheet lets break anywhere.
    const book = join(dir, 'book');
    await mkdir(book, { recursive: true });
    await writeFile(join(book, 'booklet.yaml'), 'title: 测试\ncompiler: 测试组\ndate: 2026-01-01\nstyles:\n  - extra.css\narticles:\n  - 01-a.md\n');
    await writeFile(join(book, 'extra.css'), 'h2 { word-break: normal; }');
    const body = (last: string) =>
      `${'甲乙丙丁戊己庚辛壬癸'.repeat(60)}。\n\n这一行在这里断开\\\n，逗号开头的下一行。\n\n${'子丑寅卯辰巳午未申酉'.repeat(30)}。\n\n## 五、深刻领会习近平总书记关于人工智能的重要论述精神\n\n${'正文段落，说明这一节的内容。'.repeat(5)}${last}\n`;
    await writeFile(join(book, '01-a.md'), `---\ntitle: 样例\n---\n\n${body('正文段落，说明这一节的内容。')}`);
    const out = join(dir, 'out');
    const proof = (...args: string[]) => spawnSync(process.execPath, [CLI, 'proof', 'book', '--out', out, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true', LANG: 'en_US.UTF-8', LC_ALL: '' }, cwd: dir });
    const report = join(out, 'proof', 'index.html');

    const zh = proof('--ui', 'zh');
    assert.equal(zh.status, 1, zh.stderr);
    assert.match(zh.stderr, /^book\/01-a\.md:7:1 错误 行首为“，”——第 2 页（PDF 第 8 页）。原文：“，逗号开头的下一行。”  line-start$/m);
    assert.match(zh.stderr, /^book\/01-a\.md:12:1 错误 在词语中间折行：«会习近平总书记关\|于人工智能的重要»——第 2 页（PDF 第 8 页）。原文：“会习近平总书记关\|于人工智能的重要”  heading-break$/m);
    assert.match(zh.stderr, new RegExp(`^尚无已批准的基线（${join(book, 'proof-baseline')}），页面未经比对。运行 \`booklet proof --approve\` 即可把这些页面批准为基线。$`, 'm'));
    assert.match(zh.stderr, new RegExp(`^9 页，2 个错误，0 个警告，未比对（没有基线），构建时调整了 0 处分页。报告：${report}$`, 'm'));
    assert.doesNotMatch(zh.stderr, /Line starts|No approved|pages, /);
    // The report's findings keep their English, and the phrase to word them otherwise.
    const json = JSON.parse(await readFile(join(out, 'proof', 'report.json'), 'utf8')) as { findings: Finding[] };
    assert.deepEqual(json.findings.map((f) => [f.message, say('zh', f.phrase!)]), [
      ['Line starts with “，”', '行首为“，”'],
      ['The line breaks inside a word: «会习近平总书记关|于人工智能的重要»', '在词语中间折行：«会习近平总书记关|于人工智能的重要»'],
    ]);

    const en = proof();
    assert.match(en.stderr, /^book\/01-a\.md:7:1 error Line starts with “，” — p\. 2 \(PDF p\. 8\): «，逗号开头的下一行。»  line-start$/m);
    assert.match(en.stderr, new RegExp(`^No approved baseline at ${join(book, 'proof-baseline')}; the pages were not compared\\. Run \`booklet proof --approve\` to approve these pages\\.$`, 'm'));
    assert.match(en.stderr, new RegExp(`^9 pages, 2 errors, 0 warnings, not compared \\(no baseline\\), 0 page breaks moved by the build\\. Report: ${report}$`, 'm'));

    const approved = proof('--approve', '--ui', 'zh');
    assert.match(approved.stderr, new RegExp(`^已将 9 页批准为基线，存于 ${join(book, 'proof-baseline')}$`, 'm'));
    assert.match(approved.stderr, /^9 页，2 个错误，0 个警告，已批准为新的基线，/m);

    // One character changed on the heading's page.
    await writeFile(join(book, '01-a.md'), `---\ntitle: 样例\n---\n\n${body('正文段落，说明这一章的内容。')}`);
    const changed = proof('--ui', 'zh');
    assert.match(changed.stderr, /^第 2 页（PDF 第 8 页）：有变化（\d+ 像素不同）$/m);
    assert.match(changed.stderr, /^9 页，2 个错误，0 个警告，1 页有变化，/m);
  }));

test('the baseline refused, a damaged baseline image, poppler missing: in Chinese, the key and the command as they are', async () => {
  await withTempDir(async (dir) => {
    const refused = await checkBaseline(dir, { file: join(dir, 'booklet.yaml'), line: 4, column: 3 }, { dir, out: join(dir, 'output') }).catch((e: unknown) => e);
    assert.ok(refused instanceof BookletError);
    const [message] = refused.messages;
    assert.equal(message!.reason, `\`proof.baseline\` is the booklet folder (${dir})`);
    assert.equal(
      formatMessage(message!, dir, 'zh'),
      `booklet.yaml:4:3 错误 \`proof.baseline\` 就是读本文件夹（${dir}）  config\n  提示：请为批准的页面图片另指定一个专用文件夹，路径相对于 booklet.yaml（默认 \`proof-baseline\`）：\`booklet proof --approve\` 会在其中写入并替换 page-NNN.png 文件。`,
    );

    const baseline = join(dir, 'baseline');
    const pages = join(dir, 'pages');
    await mkdir(baseline);
    await mkdir(pages);
    await writeFile(join(pages, 'page-001.png'), PNG.sync.write(new PNG({ width: 2, height: 2 })));
    await writeFile(join(baseline, 'page-001.png'), 'not a png');
    const damaged = await comparePages(pages, baseline, join(dir, 'diff')).catch((e: unknown) => e);
    assert.ok(damaged instanceof BookletError);
    assert.match(damaged.messages[0]!.reason, /^Baseline page image is not a PNG, or is damaged \(.+\)$/);
    assert.match(formatMessage(damaged.messages[0]!, dir, 'zh'), /^baseline\/page-001\.png 错误 基线的页面图片不是 PNG，或已损坏（.+）  proof-baseline\n  提示：确认当前页面无误后，运行 `booklet proof --approve` 重新写出基线。$/);
  });
  const path = process.env['PATH'];
  process.env['PATH'] = '/nonexistent';
  const missing = await pdfFonts('booklet.pdf').catch((e: unknown) => e).finally(() => (process.env['PATH'] = path));
  assert.ok(missing instanceof BookletError);
  assert.equal(missing.messages[0]!.reason, 'pdffonts not found');
  assert.equal(formatMessage(missing.messages[0]!, '/', 'zh'), 'pdffonts 错误 找不到 pdffonts  poppler\n  提示：请安装 poppler-utils（`apt-get install poppler-utils`，或运行 `make`）。');
});
