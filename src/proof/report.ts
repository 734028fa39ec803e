// The proof report: output/proof/index.html (the findings, a contact sheet of spreads with the pages that
// have findings marked, and the visual changes side by side), report.json for tools and junit.xml for CI.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { Finding } from './checks/check.js';
import type { PageChange } from './compare.js';
import type { Adjustment } from '../paginate/in-page/bridge.js';
import { labelOf, pageName, type PageLabel } from './page-name.js';
import { whyPhrase } from './why-phrase.js';
import { phrase, say } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';
import type { Ui } from '../ui/ui.js';

/** A page break the build moved at the foot of a page (or could not). */
export interface PageAdjustment extends Adjustment {
  page: number;
}

/** What the build did, in a few words, in `ui` (default English). */
export function describeAdjustment(a: Adjustment, ui: Ui = 'en'): string {
  const rule = say(ui, phrase(`report.rule.${a.rule}`));
  if (a.moved === 'lines') return say(ui, phrase('report.moved.lines', { rule, n: a.lines }));
  if (a.moved === 'paragraph') return say(ui, phrase('report.moved.paragraph', { rule, n: a.lines }));
  if (a.moved === 'items') return say(ui, phrase('report.moved.items', { rule }));
  if (a.moved === 'heading') return say(ui, phrase('report.moved.heading', { rule, n: a.lines }));
  return say(ui, phrase('report.moved.none', { rule, why: whyPhrase(a.why) }));
}

/** A finding's message in `ui`: its phrase worded, else its English. */
export const findingMessage = (f: Finding, ui: Ui = 'en') => (f.phrase ? say(ui, f.phrase) : f.message);

/** A visual change in a few words ("p. 4 (PDF p. 6): changed (120 px)"); `differ`: as the terminal says it. */
export function describeChange(c: PageChange, labels: PageLabel[], ui: Ui = 'en', differ = false): string {
  const name = pageName(labelOf(labels, c.page), ui);
  if (c.kind === 'changed' && c.pixels) return say(ui, phrase(differ ? 'report.change.changed-differ' : 'report.change.changed-pixels', { name, count: c.pixels }));
  return say(ui, phrase(`report.change.${c.kind}`, { name }));
}

export interface ProofReport {
  title: string;
  /** The page images, in PDF order. */
  pages: string[];
  /** Each page's folio and what it is, in PDF order. */
  labels: PageLabel[];
  findings: Finding[];
  changes: PageChange[];
  /** The page breaks the build moved (widows, orphans, single lines), page by page. */
  adjustments: PageAdjustment[];
  /** The checks that ran, with their severities. */
  checks: { id: string; severity: string; rule: string }[];
  baseline: BaselineState;
  approved: boolean;
}

/** The baseline a proof compares with: its folder, and whether it held approved pages before the run. */
export interface BaselineState {
  path: string;
  found: boolean;
}

/** What a proof with no baseline says, on the terminal and in its report (default English). */
export const noBaseline = (path: string, ui: Ui = 'en') => say(ui, phrase('report.no-baseline', { path }));

/** The visual comparison in a few words: "3 changed pages", or why nothing was compared. */
export const compared = (report: Pick<ProofReport, 'changes' | 'baseline' | 'approved'>, ui: Ui = 'en') =>
  say(ui, report.approved ? phrase('report.compared.approved') : report.baseline.found ? phrase('report.compared.changes', { pages: report.changes.length }) : phrase('report.compared.none'));

/** The page breaks the build moved (not those it could not). */
export const movedBreaks = (adjustments: Adjustment[]) => adjustments.filter((a) => a.moved !== 'none').length;

const placeOf = (f: { file?: string | undefined; line?: number | undefined }) => (f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '');
const where = (f: Finding, labels: PageLabel[]) => [placeOf(f), f.page && pageName(labelOf(labels, f.page))].filter(Boolean).join(' · ');

/** The book's spreads as PDF pages, [left, right] (undefined: no page on that side): page 1 alone on the
 *  right, as a book opens (Paged.js makes the first page a recto), then 2|3, 4|5, …; an even last page is
 *  alone on the left. */
export function spreads(pages: number): [number | undefined, number | undefined][] {
  const out: [number | undefined, number | undefined][] = pages > 0 ? [[undefined, 1]] : [];
  for (let p = 2; p <= pages; p += 2) out.push([p, p + 1 <= pages ? p + 1 : undefined]);
  return out;
}

/** `phrase(key, values)` worded in `ui`. */
const wordsIn = (ui: Ui) => (key: Parameters<typeof phrase>[0], values?: Record<string, string | number>) => say(ui, phrase(key, values as never));

/** index.html: the findings, then the contact sheet of spreads (a badge on each page with findings, linking
 *  to them), then the visual changes, then the page breaks the build moved; worded in `ui` (default
 *  English), the book's own text marked as the book's language. */
export function reportHtml(report: ProofReport, ui: Ui = 'en'): string {
  const t = wordsIn(ui);
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const doc = h('html', { lang: ui === 'zh' ? 'zh-Hans' : 'en' }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('title', t('report.title', { title: report.title })), h('style', STYLE)]),
    h('body', [
      h('h1', t('report.title', { title: report.title })),
      h('p.summary', t('report.summary', { pages: report.pages.length, errors, warnings: report.findings.length - errors, compared: compared(report, ui), n: movedBreaks(report.adjustments) })),
      findingsSection(report, ui),
      h('section.sheet', { id: 'pages' }, [h('h2', t('report.pages')), h('div.spreads', spreads(report.pages.length).map((s) => h('div.spread', s.map((page) => pageThumb(report, page, ui)))))]),
      changesSection(report, ui),
      adjustmentsSection(report, ui),
    ]),
  ]);
  return `<!doctype html>\n${toHtml(doc)}\n`;
}

/** One page of the contact sheet (an empty place beside a lone page): its image, a badge with its findings,
 *  and notes on a visual change or a break the build moved. */
function pageThumb(report: ProofReport, page: number | undefined, ui: Ui): Element {
  if (page === undefined) return h('div.page.empty');
  const t = wordsIn(ui);
  const name = pageName(labelOf(report.labels, page), ui);
  const marks = report.findings.filter((f) => f.page === page);
  const change = report.changes.find((c) => c.page === page);
  const adjusted = report.adjustments.filter((a) => a.page === page);
  const errors = marks.filter((f) => f.severity === 'error').length;
  return h('figure.page', { id: `page-${page}`, className: [errors ? 'has-error' : marks.length ? 'has-warning' : '', change ? 'changed' : ''].filter(Boolean) }, [
    h('img', { src: `pages/${report.pages[page - 1]}`, alt: name, loading: 'lazy' }),
    marks.length
      ? h('a.badge', { href: `#findings-page-${page}`, className: [errors ? 'error' : 'warning'], title: marks.map((f) => t('report.badge', { check: f.check, message: findingMessage(f, ui) })).join('\n') }, String(marks.length))
      : '',
    change || adjusted.length
      ? h('div.notes', [
          change ? h('a.changed-badge', { href: `#change-${page}` }, t(`report.kind.${change.kind}`)) : '',
          adjusted.length ? h('span.adjusted-badge', { title: adjusted.map((a) => describeAdjustment(a, ui)).join('\n') }, '↧') : '',
        ])
      : '',
    h('figcaption', name),
  ]);
}

/** The visual changes, each page's baseline, current image and difference side by side; or why there are
 *  none to show. */
function changesSection(report: ProofReport, ui: Ui): Element {
  const t = wordsIn(ui);
  const image = (folder: string, file: string, what: 'baseline' | 'current' | 'difference') =>
    h('figure', [h('img', { src: `${folder}/${file}`, alt: t(`report.image.${what}`) }), h('figcaption', t(`report.image.${what}`))]);
  return h('section.changes', { id: 'changes' }, [
    h('h2', t('report.changes')),
    report.approved
      ? h('p', t('report.approved', { path: report.baseline.path }))
      : !report.baseline.found
        ? h('p', code(noBaseline(report.baseline.path, ui)))
        : report.changes.length === 0
          ? h('p', t('report.unchanged'))
          : '',
    ...report.changes.map((c) =>
      h('div.change', { id: `change-${c.page}` }, [
        h('h3', describeChange(c, report.labels, ui)),
        h('div.triptych', [
          c.kind !== 'added' ? image('baseline', imageName(c.page), 'baseline') : '',
          c.kind !== 'removed' ? image('pages', imageName(c.page), 'current') : '',
          c.diff ? image('diff', c.diff, 'difference') : '',
        ]),
      ]),
    ),
  ]);
}

/** The page breaks the build moved (or could not), each linked to its page. */
function adjustmentsSection(report: ProofReport, ui: Ui): Element {
  const t = wordsIn(ui);
  const name = (page: number) => pageName(labelOf(report.labels, page), ui);
  return h('section.adjustments', [
    h('h2', t('report.adjustments')),
    report.adjustments.length
      ? h('table', [
          h('thead', h('tr', [h('th', t('report.th.where')), h('th', t('report.th.what'))])),
          h('tbody', report.adjustments.map((a) => h('tr', [h('td', h('a', { href: `#page-${a.page}` }, [placeOf(a), name(a.page)].filter(Boolean).join(' · '))), h('td', describeAdjustment(a, ui))]))),
        ])
      : h('p', t('report.none')),
  ]);
}

// The excerpts are the book's own text, in the book's language whatever the report's: booklet.yaml's
// language: is Simplified Chinese (the schema allows no other), and the browser picks its glyphs by it.
const BOOK_LANGUAGE = 'zh-Hans';

/** The findings, page by page in book order (the badges link to a page's group), then those of no page. */
function findingsSection(report: ProofReport, ui: Ui): Element {
  const t = (key: Parameters<typeof phrase>[0]) => say(ui, phrase(key));
  if (report.findings.length === 0) return h('section.findings', { id: 'findings' }, [h('h2', t('report.findings')), h('p', t('report.none'))]);
  const pages = [...new Set(report.findings.map((f) => f.page))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const row = (f: Finding) =>
    h('tr', { className: [f.severity] }, [h('td', t(`severity.${f.severity}`)), h('td', f.check), h('td', placeOf(f)), h('td', findingMessage(f, ui)), h('td', { lang: BOOK_LANGUAGE }, f.excerpt)]);
  return h('section.findings', { id: 'findings' }, [
    h('h2', t('report.findings')),
    h('table', [
      h('thead', h('tr', ['severity', 'check', 'manuscript', 'message', 'excerpt'].map((th) => h('th', t(`report.th.${th}` as Parameters<typeof phrase>[0]))))),
      ...pages.map((page) =>
        h('tbody', { id: page === undefined ? 'findings-book' : `findings-page-${page}` }, [
          h('tr.group', h('th', { colSpan: 5 }, page === undefined ? t('report.no-page') : h('a', { href: `#page-${page}` }, pageName(labelOf(report.labels, page), ui)))),
          ...report.findings.filter((f) => f.page === page).map(row),
        ]),
      ),
    ]),
  ]);
}

/** A message's `commands` as code. */
const code = (text: string) => text.split('`').map((part, i) => (i % 2 ? h('code', part) : part));

const imageName = (page: number) => `page-${String(page).padStart(3, '0')}.png`;

/** report.json: a finding's or change's page is the PDF's, with the folio printed on it when it has one. */
export function reportJson(report: ProofReport): string {
  const folio = <T extends { page?: number | undefined }>(x: T) => {
    const printed = x.page === undefined ? '' : labelOf(report.labels, x.page).folio;
    return printed ? { ...x, folio: printed } : x;
  };
  const json = {
    title: report.title,
    pages: report.pages.length,
    baseline: report.baseline,
    checks: report.checks,
    findings: report.findings.map(folio),
    changes: report.changes.map(folio),
    adjustments: report.adjustments.map(folio),
    approved: report.approved,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** junit.xml: one test case per check and one for the visual comparison; errors are failures. */
export function reportJunit(report: ProofReport): string {
  const cases = report.checks.map((c) => {
    const found = report.findings.filter((f) => f.check === c.id);
    const errors = found.filter((f) => f.severity === 'error');
    const body = found.map((f) => `${f.severity} ${where(f, report.labels)} ${f.message} «${f.excerpt}»`).join('\n');
    const failure = errors.length ? `<failure message="${xml(`${errors.length} error(s)`)}">${xml(body)}</failure>` : body ? `<system-out>${xml(body)}</system-out>` : '';
    return `    <testcase classname="booklet.proof" name="${xml(c.id)}">${failure}</testcase>`;
  });
  const visual = !report.baseline.found && !report.approved
    ? `<skipped message="${xml(noBaseline(report.baseline.path))}"/>`
    : report.changes.length && !report.approved
      ? `<failure message="${report.changes.length} page(s) changed">${xml(report.changes.map((c) => `${pageName(labelOf(report.labels, c.page))} ${c.kind}`).join('\n'))}</failure>`
      : '';
  cases.push(`    <testcase classname="booklet.proof" name="visual-regression">${visual}</testcase>`);
  const failures = cases.filter((c) => c.includes('<failure')).length;
  const skipped = cases.filter((c) => c.includes('<skipped')).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="booklet proof: ${xml(report.title)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

const STYLE = `
body { font-family: "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 1.5em; background: #eee; color: #222; }
h2 { margin: 1.5em 0 0.5em; }
.summary { font-size: 15px; }
.spreads { display: flex; flex-wrap: wrap; gap: 24px 32px; }
.spread { display: flex; }
.page { margin: 0; background: #fff; box-shadow: 0 0 3px #999; position: relative; width: 170px; }
.page.empty { background: none; box-shadow: none; }
.page img { width: 170px; display: block; }
.page.has-error { outline: 3px solid #c00; z-index: 1; } .page.has-warning { outline: 3px solid #e90; z-index: 1; }
.page figcaption { text-align: center; font-size: 12px; padding: 2px; }
.badge { position: absolute; top: 6px; right: 6px; min-width: 14px; text-align: center; border-radius: 12px; padding: 2px 6px; color: #fff; font-size: 13px; font-weight: bold; text-decoration: none; box-shadow: 0 0 2px #000; }
.badge.error { background: #c00; } .badge.warning { background: #d80; }
.notes { position: absolute; top: 6px; left: 6px; font-size: 12px; }
.adjusted-badge, .changed-badge { color: #fff; border-radius: 8px; padding: 1px 6px; margin-right: 4px; text-decoration: none; }
.adjusted-badge { background: #383; } .changed-badge { background: #06c; }
tr.error td:first-child { color: #c00; } tr.warning td:first-child { color: #a60; }
table { border-collapse: collapse; background: #fff; font-size: 13px; } td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; }
code { background: #fff; padding: 0 3px; border: 1px solid #ccc; border-radius: 3px; }
tr.group th { background: #f4f4f4; } tbody:target tr.group th { background: #ffe58a; }
.triptych { display: flex; gap: 8px; } .triptych img { width: 300px; border: 1px solid #999; } .triptych figure { margin: 0; }
`;
