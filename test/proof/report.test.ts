// The proof report's page (issue 20, item 8): the findings first, then the contact sheet of spreads as the
// book opens (page 1 alone on the right, then 2|3, …) with a badge on each page that has findings, then
// the visual changes, or, with no baseline, how to make one. Made from a report's data alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../src/proof/checks/check.js';
import type { PageChange } from '../../src/proof/compare.js';
import type { PageLabel } from '../../src/proof/page-name.js';
import { reportHtml, reportJson, reportJunit, spreads, type ProofReport } from '../../src/proof/report.js';

/** A report of `n` pages: the first two unnumbered, the rest with folios 1, 2, …. */
function report(n: number, options: { findings?: Finding[]; changes?: PageChange[]; found?: boolean } = {}): ProofReport {
  const labels: PageLabel[] = Array.from({ length: n }, (_, i) => (i < 2 ? { pdf: i + 1, folio: '', ...(i === 0 ? { kind: 'cover' as const } : {}) } : { pdf: i + 1, folio: String(i - 1) }));
  return {
    title: '测试',
    pages: labels.map((l) => `page-${String(l.pdf).padStart(3, '0')}.png`),
    labels,
    findings: options.findings ?? [],
    changes: options.changes ?? [],
    adjustments: [],
    checks: [{ id: 'line-start', severity: 'error', rule: 'A1' }],
    baseline: { path: '/book/proof-baseline', found: options.found ?? true },
    approved: false,
  };
}

/** The spreads of the contact sheet as written, each page by its PDF page ('-' for the empty side). */
function sheet(html: string): string[] {
  const section = /<section class="sheet"[^]*?<\/section>/.exec(html)?.[0] ?? '';
  return section
    .split('<div class="spread">')
    .slice(1)
    .map((spread) => [...spread.matchAll(/<(?:figure class="page[^"]*" id="page-(\d+)"|div class="page empty")/g)].map((m) => m[1] ?? '-').join('|'));
}

test('spreads: page 1 alone on the right, then pairs; an even last page alone on the left', () => {
  assert.deepEqual(spreads(0), []);
  assert.deepEqual(spreads(1), [[undefined, 1]]);
  assert.deepEqual(spreads(5), [[undefined, 1], [2, 3], [4, 5]]);
  assert.deepEqual(spreads(6), [[undefined, 1], [2, 3], [4, 5], [6, undefined]]);
});

test('the contact sheet pairs the pages of an odd and of an even book as they open', () => {
  assert.deepEqual(sheet(reportHtml(report(7))), ['-|1', '2|3', '4|5', '6|7']);
  assert.deepEqual(sheet(reportHtml(report(8))), ['-|1', '2|3', '4|5', '6|7', '8|-']);
});

const finding = (page: number | undefined, check = 'line-start'): Finding => ({ check, severity: 'error', message: 'Line starts with “，”', page, excerpt: '，下一行', file: '01-a.md', line: 7 });

test('the report opens with the findings, then the spreads, then the visual changes', () => {
  const html = reportHtml(report(8, { findings: [finding(5)], changes: [{ page: 6, kind: 'changed', pixels: 120, diff: 'page-006.png' }] }));
  const at = ['<section class="findings"', '<section class="sheet"', '<section class="changes"'].map((s) => html.indexOf(s));
  assert.ok(at.every((i) => i > html.indexOf('<body>')), JSON.stringify(at));
  assert.deepEqual([...at].sort((a, b) => a - b), at, `sections in the order ${JSON.stringify(at)}`);
  assert.match(html, /<h3>p\. 4 \(PDF p\. 6\): changed \(120 px\)<\/h3>/);
});

test('a page with findings has a badge with their count, linking to them; they are named by folio and PDF page', () => {
  const html = reportHtml(report(8, { findings: [finding(5), finding(5, 'split-mark'), finding(undefined, 'text-lost')] }));
  const page5 = /<figure class="page has-error" id="page-5">[^]*?<\/figure>/.exec(html)?.[0] ?? '';
  assert.match(page5, /<a class="badge error" href="#findings-page-5"[^>]*>2<\/a>/);
  assert.match(page5, /<figcaption>p\. 3 \(PDF p\. 5\)<\/figcaption>/);
  assert.equal((html.match(/class="badge /g) ?? []).length, 1, 'a badge on that page only');
  const group = /<tbody id="findings-page-5">[^]*?<\/tbody>/.exec(html)?.[0] ?? '';
  assert.match(group, /<a href="#page-5">p\. 3 \(PDF p\. 5\)<\/a>/);
  assert.equal((group.match(/<tr class="error">/g) ?? []).length, 2);
  assert.match(html, /<tbody id="findings-book">[^]*text-lost/);
  assert.match(html, /<figcaption>cover \(PDF p\. 1\)<\/figcaption>/);
});

test('with no baseline: no comparison, a paragraph saying how to approve, report.json and junit.xml say so', () => {
  const r = report(8, { found: false });
  const html = reportHtml(r);
  const changes = /<section class="changes"[^]*?<\/section>/.exec(html)?.[0] ?? '';
  assert.match(changes, /No approved baseline at \/book\/proof-baseline; the pages were not compared\. Run <code>booklet proof --approve<\/code> to approve these pages\./);
  assert.doesNotMatch(changes, /<div class="change"/);
  assert.deepEqual((JSON.parse(reportJson(r)) as { baseline: unknown }).baseline, { path: '/book/proof-baseline', found: false });
  assert.match(reportJunit(r), /<testcase classname="booklet\.proof" name="visual-regression"><skipped message="No approved baseline at /);
  assert.match(reportJunit(r), /failures="0" skipped="1"/);
});

test('report.json gives a finding’s folio beside its PDF page', () => {
  const json = JSON.parse(reportJson(report(8, { findings: [finding(5), finding(1)] }))) as { findings: (Finding & { folio?: string })[] };
  assert.deepEqual(json.findings.map((f) => [f.page, f.folio]), [[5, '3'], [1, undefined]]);
});
