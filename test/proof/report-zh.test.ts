// The proof report in the reader's language (issue 20, item 3): in Chinese its headings, table headers,
// page names ("第 2 页（PDF 第 8 页）"), badges, visual changes and page breaks are Chinese and the page is
// <html lang="zh-Hans">; a finding shows its phrase worded, its English stays in report.json; in English the
// report reads as before. And `booklet proof` with booklet.yaml's ui: zh writes the report and its lines
// in Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runChecks, type Check, type Finding, type ProofContext } from '../../src/proof/checks/check.js';
import { CHECKS } from '../../src/proof/checks/index.js';
import { block, context as layoutContext } from './layout-facts.js';
import type { PageLabel } from '../../src/proof/page-name.js';
import { reportHtml, reportJson, type PageAdjustment, type ProofReport } from '../../src/proof/report.js';
import { phrase, say } from '../../src/ui/catalogue.js';
import { CLI, withTempDir } from '../helpers.js';

/** Layout facts of `n` pages, page 5 holding a paragraph whose second line starts with “，”. */
function context(n: number): ProofContext {
  const paragraph = block(['甲乙丙丁戊己庚辛', '，下一行的开头'], { source: '01-a.md' });
  return layoutContext(Array.from({ length: n }, (_, i) => (i === 4 ? [paragraph] : [])), { booklet: { title: '测试', runningHeads: { verso: 'title', recto: 'article' }, folio: { position: 'outer', form: 'plain' } } as ProofContext['booklet'] });
}

/** The findings of the real line-start check on those facts, and one of no page. */
function findings(): Finding[] {
  const found = runChecks(CHECKS.filter((c) => c.id === 'line-start'), context(8), {});
  assert.equal(found.length, 1, 'the line-start check finds the line');
  return [...found, { check: 'text-lost', severity: 'error', message: 'Text of the manuscript is missing from the PDF', excerpt: '丢失的文字' }];
}

/** A report of 8 pages, the first two unnumbered (a cover, a blank), the rest with folios 1, 2, …. */
function report(extra: Partial<ProofReport> = {}): ProofReport {
  const labels: PageLabel[] = Array.from({ length: 8 }, (_, i) => (i < 2 ? { pdf: i + 1, folio: '', kind: i === 0 ? ('cover' as const) : ('blank' as const) } : { pdf: i + 1, folio: String(i - 1) }));
  const adjustments: PageAdjustment[] = [
    { page: 4, rule: 'widow', moved: 'lines', lines: 2, source: '01-a.md', line: 3 },
    { page: 6, rule: 'heading', moved: 'none', lines: 1, why: 'the heading is the first thing on the page', source: '01-a.md', line: 9 },
  ];
  return {
    title: '测试',
    pages: labels.map((l) => `page-${String(l.pdf).padStart(3, '0')}.png`),
    labels,
    findings: findings(),
    changes: [{ page: 6, kind: 'changed', pixels: 120, diff: 'page-006.png' }],
    adjustments,
    checks: [{ id: 'line-start', severity: 'error', rule: 'A1' }],
    baseline: { path: '/book/proof-baseline', found: true },
    approved: false,
    ...extra,
  };
}

/** What the page shows: its text, tags and attributes left out. */
const text = (html: string) => html.replace(/<style>[^]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

test('the report in Chinese: lang zh-Hans, Chinese headings, table, page names, changes and page breaks', () => {
  const html = reportHtml(report(), 'zh');
  assert.match(html, /^<!doctype html>\n<html lang="zh-Hans">/);
  assert.match(html, /<title>校对：测试<\/title>/);
  assert.match(html, /<h1>校对：测试<\/h1>/);
  assert.match(html, /<p class="summary">8 页 · 2 个错误 · 0 个警告 · 1 页有变化 · 构建时调整了 1 处分页<\/p>/);
  for (const h2 of ['发现的问题', '页面', '版面变化', '构建时调整的分页']) assert.match(html, new RegExp(`<h2>${h2}</h2>`), h2);
  assert.match(html, /<thead><tr><th>级别<\/th><th>检查项<\/th><th>稿件<\/th><th>说明<\/th><th>原文<\/th><\/tr><\/thead>/);
  // The findings of page 5 under its name, with the severity in Chinese; the one of no page apart.
  const group = /<tbody id="findings-page-5">[^]*?<\/tbody>/.exec(html)?.[0];
  assert.ok(group, 'a group for page 5');
  assert.match(group, /<a href="#page-5">第 3 页（PDF 第 5 页）<\/a>/);
  assert.match(group, /<tr class="error"><td>错误<\/td><td>line-start<\/td><td>01-a\.md:7<\/td><td>[^<]+<\/td><td lang="zh-Hans">，下一行的开头<\/td><\/tr>/);
  assert.match(html, /<tbody id="findings-book"><tr class="group"><th colspan="5">不在某一页上<\/th>/);
  // The contact sheet: pages by folio and PDF page, or by what they are.
  for (const name of ['封面（PDF 第 1 页）', '空白页（PDF 第 2 页）', '第 1 页（PDF 第 3 页）', '第 6 页（PDF 第 8 页）']) assert.match(html, new RegExp(`<figcaption>${name}</figcaption>`), name);
  assert.match(html, /<a class="badge error" href="#findings-page-5" title="检查项 line-start：[^"]+">1<\/a>/);
  assert.match(html, /<a class="changed-badge" href="#change-6">有变化<\/a>/);
  assert.match(html, /<span class="adjusted-badge" title="页首不留孤行：2 行移到下一页">/);
  // The visual change, its three images captioned.
  assert.match(html, /<h3>第 4 页（PDF 第 6 页）：有变化（120 像素）<\/h3>/);
  assert.match(html, /<figcaption>基线<\/figcaption>[^]*<figcaption>当前<\/figcaption>[^]*<figcaption>差异<\/figcaption>/);
  // The page breaks: what the build did, and why it could not.
  assert.match(html, /<thead><tr><th>位置<\/th><th>调整<\/th><\/tr><\/thead>/);
  assert.match(html, /<td>标题后至少跟两行：未能解决，标题位于本页开头<\/td>/);
  // No word of the English interface is left (the findings' own English aside: their checks word them).
  const shown = text(html).replace(/Line starts with “，”|Text of the manuscript is missing from the PDF/g, '');
  assert.doesNotMatch(shown, /\b(Proof|Findings|Pages|Visual changes|severity|check|manuscript|message|excerpt|baseline|current|difference|changed|moved|None|page|cover|blank|PDF p\.)\b/);
});

test('the report in Chinese: no baseline, approved, nothing changed', () => {
  const none = reportHtml(report({ baseline: { path: '/book/proof-baseline', found: false }, changes: [] }), 'zh');
  assert.match(none, /<p>尚无已批准的基线（\/book\/proof-baseline），页面未经比对。运行 <code>booklet proof --approve<\/code> 即可把这些页面批准为基线。<\/p>/);
  assert.match(none, /未比对（没有基线）/);
  assert.match(reportHtml(report({ approved: true, changes: [] }), 'zh'), /<p>这些页面已批准为基线，存于 \/book\/proof-baseline；未做比对。<\/p>[^]*已批准为新的基线|已批准为新的基线[^]*<p>这些页面已批准为基线/);
  assert.match(reportHtml(report({ changes: [] }), 'zh'), /<p>无：每一页都与已批准的基线一致。<\/p>/);
  assert.match(reportHtml(report({ findings: [], adjustments: [] }), 'zh'), /<h2>发现的问题<\/h2><p>无。<\/p>[^]*<h2>构建时调整的分页<\/h2><p>无。<\/p>/);
});

test('a finding’s phrase is shown in the report’s language; its English stays the text of record', () => {
  // A check whose message is a phrase of the catalogue (the checks' own phrases are theirs to word).
  const check: Check = { id: 'sample', severity: 'warning', rule: 'X1', run: () => [{ message: phrase('proof.why.nothing'), page: 5, excerpt: '甲乙' }] };
  const [found] = runChecks([check], context(8), {});
  assert.ok(found?.phrase, 'the finding keeps its phrase');
  const r = report({ findings: [found] });
  const zh = reportHtml(r, 'zh');
  assert.match(zh, /<td>警告<\/td><td>sample<\/td><td><\/td><td>没有可以移动的内容<\/td>/);
  assert.match(zh, /title="检查项 sample：没有可以移动的内容"/);
  assert.doesNotMatch(zh, /nothing could move/);
  assert.match(reportHtml(r, 'en'), /<td>warning<\/td><td>sample<\/td><td><\/td><td>nothing could move<\/td>/);
  assert.equal((JSON.parse(reportJson(r)) as { findings: Finding[] }).findings[0]?.message, 'nothing could move');
  assert.equal(say('zh', found.phrase), '没有可以移动的内容');
});

test('in English the report reads as it did: lang en, the same headings and page names', () => {
  const html = reportHtml(report());
  assert.equal(reportHtml(report(), 'en'), html, 'English is the default');
  assert.match(html, /^<!doctype html>\n<html lang="en">/);
  assert.match(html, /<h1>Proof: 测试<\/h1>/);
  assert.match(html, /<p class="summary">8 pages · 2 errors · 0 warnings · 1 changed page · 1 page break moved by the build<\/p>/);
  for (const h2 of ['Findings', 'Pages', 'Visual changes', 'Page breaks the build moved']) assert.match(html, new RegExp(`<h2>${h2}</h2>`), h2);
  assert.match(html, /<thead><tr><th>severity<\/th><th>check<\/th><th>manuscript<\/th><th>message<\/th><th>excerpt<\/th><\/tr><\/thead>/);
  assert.match(html, /<a href="#page-5">p\. 3 \(PDF p\. 5\)<\/a>/);
  assert.match(html, /<td>error<\/td><td>line-start<\/td><td>01-a\.md:7<\/td><td>Line starts with “，”<\/td>/);
  assert.match(html, /<th colspan="5">Not tied to a page<\/th>/);
  assert.match(html, /<figcaption>cover \(PDF p\. 1\)<\/figcaption>/);
  assert.match(html, /<figcaption>blank page \(PDF p\. 2\)<\/figcaption>/);
  assert.match(html, /title="line-start: Line starts with “，”"/);
  assert.match(html, /<h3>p\. 4 \(PDF p\. 6\): changed \(120 px\)<\/h3>/);
  assert.match(html, /title="no widow: 2 lines moved to the next page"/);
  assert.match(html, /<td>a heading keeps two lines after it: not resolved, the heading is the first thing on the page<\/td>/);
  // No Chinese but the book's own (its title, the excerpts).
  assert.doesNotMatch(text(html).replace(/测试|，下一行的开头|丢失的文字/g, ''), /[\u4e00-\u9fff]/u);
});

test('booklet proof with ui: zh in booklet.yaml writes the report and its lines in Chinese', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await mkdir(book, { recursive: true });
    await writeFile(join(book, 'booklet.yaml'), 'title: 测试\ncompiler: 测试组\ndate: 2026-01-01\nui: zh\narticles:\n  - 01-a.md\n');
    // A hard line break before ， (line-start) on the article's second page: p. 2, the PDF's 8th.
    const body = `${'甲乙丙丁戊己庚辛壬癸'.repeat(60)}。\n\n这一行在这里断开\\\n，逗号开头的下一行。\n\n${'子丑寅卯辰巳午未申酉'.repeat(30)}。`;
    await writeFile(join(book, '01-a.md'), `---\ntitle: 样例\n---\n\n${body}\n`);
    const out = join(dir, 'out');
    // The locale says English: booklet.yaml's ui: is read with the booklet, before the report is written.
    const run = spawnSync(process.execPath, [CLI, 'proof', book, '--out', out], { encoding: 'utf8', env: { ...process.env, CI: 'true', LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' }, cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /^book\/01-a\.md:7:1 错误 .+——第 2 页（PDF 第 8 页）。原文：“，逗号开头的下一行。”  line-start$/m);
    assert.match(run.stderr, new RegExp(`^尚无已批准的基线（${join(book, 'proof-baseline')}），页面未经比对。运行 \`booklet proof --approve\` 即可把这些页面批准为基线。$`, 'm'));
    assert.match(run.stderr, /^\d+ 页，1 个错误，0 个警告，未比对（没有基线），构建时调整了 \d+ 处分页。报告：.*\/proof\/index\.html$/m);
    const html = await readFile(join(out, 'proof', 'index.html'), 'utf8');
    assert.match(html, /<html lang="zh-Hans">/);
    assert.match(html, /<h1>校对：测试<\/h1>/);
    assert.match(html, /<tbody id="findings-page-8"><tr class="group"><th colspan="5"><a href="#page-8">第 2 页（PDF 第 8 页）<\/a><\/th><\/tr><tr class="error"><td>错误<\/td><td>line-start<\/td>/);
    for (const name of ['封面（PDF 第 1 页）', '空白页（PDF 第 2 页）', '扉页（PDF 第 3 页）', '目录（PDF 第 5 页）', '第 1 页（PDF 第 7 页）', '第 2 页（PDF 第 8 页）']) {
      assert.match(html, new RegExp(`<figcaption>${name}</figcaption>`), name);
    }
    // report.json stays English, for tools.
    const json = JSON.parse(await readFile(join(out, 'proof', 'report.json'), 'utf8')) as { findings: Finding[] };
    assert.match(json.findings[0]!.message, /^Line starts with “，”/);
  });
});
