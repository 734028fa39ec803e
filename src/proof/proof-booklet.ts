// booklet proof: build the booklet, run every check on the laid-out pages and on the printed PDF,
// compare the pages with the approved baseline, and write the report. Exit status is the verdict.
import type { Engine } from '../paginate/paginate.js';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type BuildResult } from '../build.js';
import type { Reporter } from '../diagnostics.js';
import { pageGeometry } from '../html/page-geometry.js';
import { bookTitle } from '../config/resolve.js';
import { CHECKS } from './checks/index.js';
import { runChecks, type Finding, type ProofContext } from './checks/check.js';
import { pdfFonts, pdfTextPages } from './poppler.js';
import { openCoverage, type CodePoints } from '../html/font-coverage.js';
import { fallbackOf, withFallback } from '../html/fallback-faces.js';
import { pageImages, renderPages } from './render.js';
import { comparePages, type PageChange } from './compare.js';
import { approvePages, checkBaseline } from './baseline.js';
import { pageLabels, type PageLabel } from './page-name.js';
import { loadBooklet } from '../config/load.js';
import { checkSettingIds } from '../config/setting-ids.js';
import { reportHtml, reportJson, reportJunit, type BaselineState, type PageAdjustment } from './report.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';
import { whyPhrase } from './why-phrase.js';
import { phrase, say } from '../ui/catalogue.js';
import { proofVariant, type VariantTag } from '../variant/proof-variant.js';
import type { VariantBuild } from '../variant/variant-build.js';

export interface ProofOptions {
  /** The folder with booklet.yaml. */
  dir: string;
  /** The output folder; the report goes to `<out>/proof/`. Default: as for build. */
  out?: string | undefined;
  /** The theme, overriding booklet.yaml's (as build's). Default: booklet.yaml's. */
  theme?: string | undefined;
  /** Store the current pages as the new baseline. Default false. */
  approve?: boolean;
  reporter: Reporter;
  chromium?: string;
  /** As for build: running browsers, the engine, and how many pages lay out at once. */
  browserUrls?: readonly string[];
  engine?: Engine;
  jobs?: number;
  /** The language of index.html, read once the booklet is built (so booklet.yaml's `ui:` counts).
   *  Default English. */
  language?: Pick<TerminalLanguage, 'ui'>;
  /** Proof this Traditional variant of the booklet instead (src/variant/): its report goes to
   *  `<out>/proof.<tag>/`, its baseline is `<baseline>.<tag>`. Default none. */
  variant?: VariantTag;
}

export interface ProofResult {
  findings: Finding[];
  changes: PageChange[];
  /** The page breaks the build moved, or could not. */
  adjustments: PageAdjustment[];
  pages: number;
  /** Each page's folio and what it is, in PDF order, to name the pages of the findings and changes. */
  labels: PageLabel[];
  /** The baseline folder, and whether it held approved pages before this run. */
  baseline: BaselineState;
  reportDir: string;
  /** No error finding, and no unapproved visual change (with no baseline, nothing was compared). */
  ok: boolean;
}

/** Proof the booklet in `options.dir`. */
export async function proofBooklet(options: ProofOptions): Promise<ProofResult> {
  const { reporter } = options;
  // A baseline that could hold the user's files is refused before anything is built or written.
  const config = await loadBooklet(options.dir, { theme: options.theme });
  checkSettingIds(config, 'proof', CHECKS.map((c) => c.id));
  const out = options.out ? resolve(options.out) : config.output;
  const variant = options.variant ? await proofVariant(options.variant, config, reporter) : undefined;
  const suffix = variant ? `.${variant.tag}` : '';
  await checkBaseline(config.proof.baseline + suffix, config.proof.baselinePlace, { dir: config.dir, out });
  const built = await buildForProof(options, out, variant);
  const collected = built.collected!;
  const { booklet } = collected;
  const settings = booklet.proof.checks;

  const pdf = collected.files.screen!;
  const { findings, adjustments, labels } = await checkPages(built, out, reporter);

  const reportDir = join(out, `proof${suffix}`);
  const baselineDir = booklet.proof.baseline + suffix;
  const pages = await renderPages(pdf, join(reportDir, 'pages'));
  // A baseline folder with no page image in it (none yet, or a .gitkeep) is no baseline: on a first run
  // every page would be "added", and that is no change to fail on.
  const baseline: BaselineState = { path: baselineDir, found: (await pageImages(baselineDir)).length > 0 };
  const changes = await compareWithBaseline(reportDir, baseline, options.approve ?? false, reporter);

  const active = CHECKS.filter((c) => settings[c.id] !== 'off');
  const report = {
    title: bookTitle(booklet),
    pages,
    labels,
    findings,
    changes,
    adjustments,
    baseline,
    checks: active.map((c) => ({ id: c.id, severity: settings[c.id] ?? c.severity, rule: c.rule })),
    approved: options.approve ?? false,
  };
  await writeFile(join(reportDir, 'index.html'), reportHtml(report, options.language?.ui));
  await writeFile(join(reportDir, 'report.json'), reportJson(report));
  await writeFile(join(reportDir, 'junit.xml'), reportJunit(report));
  const ok = !findings.some((f) => f.severity === 'error') && changes.length === 0;
  return { findings, changes, adjustments, pages: pages.length, labels, baseline, reportDir, ok };
}

/** Build the booklet's HTML and screen PDF into `out`, keeping what the checks look at. */
function buildForProof(options: ProofOptions, out: string, variant: VariantBuild | undefined): Promise<BuildResult> {
  return build({
    dir: options.dir,
    out,
    editions: ['html', 'screen'],
    reporter: options.reporter,
    collect: true,
    ...(options.theme ? { theme: options.theme } : {}),
    // Proof looks at the printed result; its tofu check covers lint's font check, and lint has its own
    // command. A manuscript lint would stop is still worth proofing.
    lint: false,
    ...(options.chromium ? { chromium: options.chromium } : {}),
    ...(options.browserUrls ? { browserUrls: options.browserUrls } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(variant ? { variant } : {}),
  });
}

/** Run every check on the laid-out pages and the printed PDF: the findings (with what the build tried
 *  for each), the page breaks it moved, and each page's label. */
async function checkPages(built: BuildResult, out: string, reporter: Reporter): Promise<{ findings: Finding[]; adjustments: PageAdjustment[]; labels: PageLabel[] }> {
  const collected = built.collected!;
  const { booklet } = collected;
  const pdf = collected.files.screen!;
  const done = reporter.stage(phrase('stage.proof'));
  const [pdfPages, fonts, coverage] = await Promise.all([pdfTextPages(pdf), pdfFonts(pdf), textCoverage(booklet, join(out, '.cache'))]);
  const context: ProofContext = {
    booklet,
    manuscripts: collected.manuscripts,
    document: collected.html.tree,
    geometry: pageGeometry(booklet.page),
    layout: collected.layout,
    pagination: built.pagination!,
    pdfPages,
    pdfFonts: fonts,
    usedFonts: collected.fonts,
    // The faces the user's stylesheets load are theirs to use.
    allowedFonts: [...booklet.faces.faces.map((f) => f.postScriptName), ...collected.html.styleAssets.flatMap((a) => (a.postScriptName ? [a.postScriptName] : []))],
    coverage,
  };
  const adjustments = collected.layout.pages.flatMap((p) => (p.adjustments ?? []).map((a) => ({ ...a, page: p.index })));
  const findings = runChecks(CHECKS, context, booklet.proof.checks).map((f) => withAttempt(f, adjustments));
  const labels = pageLabels(context.pagination.pages);
  done('ok');
  return { findings, adjustments, labels };
}

/** Compare the pages just rendered into `<reportDir>/pages` with the baseline, or approve them as the new
 *  one: the changes, with each changed page's baseline and difference beside it in the report folder. */
async function compareWithBaseline(reportDir: string, baseline: BaselineState, approve: boolean, reporter: Reporter): Promise<PageChange[]> {
  const pagesDir = join(reportDir, 'pages');
  const baselineDir = baseline.path;
  let changes: PageChange[] = [];
  // The report shows the baseline of each changed page beside the current one; a report folder kept from
  // an earlier run must not show its diffs.
  await rm(join(reportDir, 'baseline'), { recursive: true, force: true });
  await rm(join(reportDir, 'diff'), { recursive: true, force: true });
  if (approve) {
    const n = await approvePages(pagesDir, baselineDir);
    reporter.info(phrase('proof.approved', { pages: n, path: baselineDir }));
  } else if (baseline.found) {
    changes = await comparePages(pagesDir, baselineDir, join(reportDir, 'diff'));
    await mkdir(join(reportDir, 'baseline'), { recursive: true });
    for (const c of changes.filter((x) => x.kind !== 'added')) {
      const name = `page-${String(c.page).padStart(3, '0')}.png`;
      await copyFile(join(baselineDir, name), join(reportDir, 'baseline', name));
    }
  }
  return changes;
}

/** What the body face covers with its fallback's help, by the face's name (the tofu check), from the maps
 *  the build kept in `cacheDir`. */
async function textCoverage(booklet: ProofContext['booklet'], cacheDir: string): Promise<Map<string, CodePoints>> {
  const maps = openCoverage(cacheDir);
  const { text } = booklet.faces;
  const fallback = fallbackOf(booklet.faces, text);
  return new Map([[text.postScriptName, withFallback(await maps.of(text), fallback && (await maps.of(fallback)))]]);
}

/** A finding the build tried to resolve and could not says what it tried: the break it could not move
 *  was at the foot of the finding's page or the page before, in the same block. */
function withAttempt(finding: Finding, adjustments: PageAdjustment[]): Finding {
  const tried = adjustments.find(
    (a) => a.moved === 'none' && a.source === finding.file && a.line === finding.line && finding.page !== undefined && (a.page === finding.page || a.page === finding.page - 1),
  );
  if (!tried) return finding;
  const said = phrase('proof.tried', { finding: finding.phrase ?? finding.message, why: whyPhrase(tried.why) });
  return { ...finding, message: say('en', said), phrase: said };
}
