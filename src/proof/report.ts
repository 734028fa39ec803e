// The proof report: output/proof/index.html (a contact sheet of spreads with the findings on their
// pages and the visual changes side by side), report.json for tools and junit.xml for CI systems.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { Finding } from './checks/check.js';
import type { PageChange } from './compare.js';
import type { Adjustment } from '../paginate/in-page/bridge.js';

/** A page break the build moved at the foot of a page (or could not). */
export interface PageAdjustment extends Adjustment {
  page: number;
}

const RULES: Record<Adjustment['rule'], string> = {
  widow: 'no widow',
  orphan: 'no orphan',
  list: 'no list item alone',
  'single-line': 'no page of one line',
  heading: 'a heading keeps two lines after it',
};

/** "3 page breaks": the breaks the build moved. */
export const movedBreaks = (adjustments: Adjustment[]) => {
  const n = adjustments.filter((a) => a.moved !== 'none').length;
  return `${n} page break${n === 1 ? '' : 's'}`;
};

/** What the build did, in a few words. */
export function describeAdjustment(a: Adjustment): string {
  const rule = RULES[a.rule];
  if (a.moved === 'lines') return `${rule}: ${a.lines} line${a.lines === 1 ? '' : 's'} moved to the next page`;
  if (a.moved === 'paragraph') return `${rule}: the paragraph (${a.lines} line${a.lines === 1 ? '' : 's'} here) moved to the next page with its headings`;
  if (a.moved === 'items') return `${rule}: list items moved to the next page`;
  if (a.moved === 'heading') return `${rule}: the heading moved to the next page with the ${a.lines} line${a.lines === 1 ? '' : 's'} after it`;
  return `${rule}: not resolved, ${a.why ?? 'nothing could move'}`;
}

export interface ProofReport {
  title: string;
  pages: string[];
  findings: Finding[];
  changes: PageChange[];
  /** The page breaks the build moved (widows, orphans, single lines), page by page. */
  adjustments: PageAdjustment[];
  /** The checks that ran, with their severities. */
  checks: { id: string; severity: string; rule: string }[];
  approved: boolean;
}

const where = (f: Finding) => [f.file && `${f.file}${f.line ? `:${f.line}` : ''}`, f.page && `p. ${f.page}`].filter(Boolean).join(' · ');

/** index.html: spreads as a printer sees them (page 1 alone, then 2–3, 4–5, …). */
export function reportHtml(report: ProofReport): string {
  const spreads: number[][] = [[1]];
  for (let p = 2; p <= report.pages.length; p += 2) spreads.push(p + 1 <= report.pages.length ? [p, p + 1] : [p]);
  const findingsOn = (page: number) => report.findings.filter((f) => f.page === page);
  const changeOn = (page: number) => report.changes.find((c) => c.page === page);
  const thumb = (page: number): Element => {
    const marks = findingsOn(page);
    const change = changeOn(page);
    const adjusted = report.adjustments.filter((a) => a.page === page);
    return h('figure.page', { id: `page-${page}`, className: [marks.some((f) => f.severity === 'error') ? 'has-error' : marks.length ? 'has-warning' : '', change ? 'changed' : ''].filter(Boolean) }, [
      h('img', { src: `pages/${report.pages[page - 1]}`, alt: `第 ${page} 页`, loading: 'lazy' }),
      h('figcaption', [`p. ${page}`, marks.length ? h('span.badge', `${marks.length}`) : '', change ? h('span.changed-badge', change.kind) : '', adjusted.length ? h('span.adjusted-badge', { title: 'page break moved by the build' }, '↧') : '']),
      marks.length ? h('ul.marks', marks.map((f) => h('li', { className: [f.severity] }, `${f.check}: ${f.message}`))) : '',
      adjusted.length ? h('ul.adjusted', adjusted.map((a) => h('li', describeAdjustment(a)))) : '',
    ]);
  };
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const doc = h('html', { lang: 'zh-Hans' }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('title', `Proof: ${report.title}`), h('style', STYLE)]),
    h('body', [
      h('h1', `Proof: ${report.title}`),
      h('p.summary', `${report.pages.length} pages · ${errors} errors · ${report.findings.length - errors} warnings · ${report.changes.length} visual changes · ${movedBreaks(report.adjustments)} moved by the build${report.approved ? ' (approved as the new baseline)' : ''}`),
      report.changes.length
        ? h('section.changes', [
            h('h2', 'Visual changes'),
            ...report.changes.map((c) =>
              h('div.change', [
                h('h3', `p. ${c.page}: ${c.kind}${c.pixels ? ` (${c.pixels} px)` : ''}`),
                h('div.triptych', [
                  c.kind !== 'added' ? h('figure', [h('img', { src: `baseline/${pageName(c.page)}`, alt: 'baseline' }), h('figcaption', 'baseline')]) : '',
                  c.kind !== 'removed' ? h('figure', [h('img', { src: `pages/${pageName(c.page)}`, alt: 'current' }), h('figcaption', 'current')]) : '',
                  c.diff ? h('figure', [h('img', { src: `diff/${c.diff}`, alt: 'difference' }), h('figcaption', 'difference')]) : '',
                ]),
              ]),
            ),
          ])
        : '',
      h('section.findings', [
        h('h2', 'Findings'),
        report.findings.length
          ? h('table', [
              h('thead', h('tr', [h('th', 'severity'), h('th', 'check'), h('th', 'where'), h('th', 'message'), h('th', 'excerpt')])),
              h('tbody', report.findings.map((f) => h('tr', { className: [f.severity] }, [h('td', f.severity), h('td', f.check), h('td', f.page ? h('a', { href: `#page-${f.page}` }, where(f)) : where(f)), h('td', f.message), h('td', f.excerpt)]))),
            ])
          : h('p', 'None.'),
      ]),
      h('section.adjustments', [
        h('h2', 'Page breaks the build moved'),
        report.adjustments.length
          ? h('table', [
              h('thead', h('tr', [h('th', 'where'), h('th', 'what')])),
              h('tbody', report.adjustments.map((a) => h('tr', [h('td', h('a', { href: `#page-${a.page}` }, [a.source && `${a.source}${a.line ? `:${a.line}` : ''}`, `p. ${a.page}`].filter(Boolean).join(' · '))), h('td', describeAdjustment(a))]))),
            ])
          : h('p', 'None.'),
      ]),
      h('section.sheet', [h('h2', 'Pages'), ...spreads.map((s) => h('div.spread', s.map(thumb)))]),
    ]),
  ]);
  return `<!doctype html>\n${toHtml(doc)}\n`;
}

const pageName = (page: number) => `page-${String(page).padStart(3, '0')}.png`;

/** report.json */
export function reportJson(report: ProofReport): string {
  return `${JSON.stringify({ title: report.title, pages: report.pages.length, checks: report.checks, findings: report.findings, changes: report.changes, adjustments: report.adjustments, approved: report.approved }, null, 2)}\n`;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** junit.xml: one test case per check and one for the visual comparison; errors are failures. */
export function reportJunit(report: ProofReport): string {
  const cases = report.checks.map((c) => {
    const found = report.findings.filter((f) => f.check === c.id);
    const errors = found.filter((f) => f.severity === 'error');
    const body = found.map((f) => `${f.severity} ${where(f)} ${f.message} «${f.excerpt}»`).join('\n');
    const failure = errors.length ? `<failure message="${xml(`${errors.length} error(s)`)}">${xml(body)}</failure>` : body ? `<system-out>${xml(body)}</system-out>` : '';
    return `    <testcase classname="booklet.proof" name="${xml(c.id)}">${failure}</testcase>`;
  });
  const visual = report.changes.length && !report.approved
    ? `<failure message="${report.changes.length} page(s) changed">${xml(report.changes.map((c) => `p. ${c.page} ${c.kind}`).join('\n'))}</failure>`
    : '';
  cases.push(`    <testcase classname="booklet.proof" name="visual-regression">${visual}</testcase>`);
  const failures = cases.filter((c) => c.includes('<failure')).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="booklet proof: ${xml(report.title)}" tests="${cases.length}" failures="${failures}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

const STYLE = `
body { font-family: "Noto Sans SC", sans-serif; margin: 1.5em; background: #eee; }
.spread { display: flex; gap: 0; margin: 0 0 1.5em; justify-content: center; }
.page { margin: 0; background: #fff; box-shadow: 0 0 3px #999; position: relative; width: 300px; }
.page img { width: 300px; display: block; }
.page.has-error { outline: 3px solid #c00; } .page.has-warning { outline: 3px solid #e90; } .page.changed { outline: 3px dashed #06c; }
.page figcaption { text-align: center; font-size: 12px; padding: 2px; }
.badge { background: #c00; color: #fff; border-radius: 8px; padding: 0 6px; margin-left: 4px; }
.adjusted-badge { background: #383; color: #fff; border-radius: 8px; padding: 0 6px; margin-left: 4px; }
.adjusted { font-size: 11px; margin: 0; padding: 2px 4px 4px 18px; color: #383; }
.changed-badge { background: #06c; color: #fff; border-radius: 8px; padding: 0 6px; margin-left: 4px; }
.marks { font-size: 11px; margin: 0; padding: 2px 4px 4px 18px; }
.marks .error, tr.error td:first-child { color: #c00; } .marks .warning, tr.warning td:first-child { color: #a60; }
table { border-collapse: collapse; background: #fff; font-size: 13px; } td, th { border: 1px solid #ccc; padding: 2px 6px; }
.triptych { display: flex; gap: 8px; } .triptych img { width: 300px; border: 1px solid #999; } .triptych figure { margin: 0; }
`;
