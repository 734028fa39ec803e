// `booklet proof [DIR] [--out DIR] [--approve]`: wiring only.
import type { Command } from 'commander';
import { createMessage, createReporter } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { defaultBookletDir, withBookletOptions, type BookletCommandOptions } from './options.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';

/** Register `booklet proof`. */
export function registerProof(program: Command, language: TerminalLanguage): void {
  withBookletOptions(
    program.command('proof').description('Build the booklet, check its pages (typography, fonts, lost text) and compare them with the approved baseline'),
    "the output folder, the report in its proof/ (default: booklet.yaml's output:, else output/ in the booklet folder)",
  )
    .option('--approve', 'store the current pages as the new baseline', false)
    .action(async (given: string | undefined, options: BookletCommandOptions & { approve: boolean }) => {
      const dir = given ?? defaultBookletDir();
      const reporter = await createReporter({ quiet: options.quiet, timings: options.timings, language });
      // The pipeline loads only when this command runs (it takes most of a second).
      const { proofBooklet } = await import('../proof/proof-booklet.js');
      const { labelOf, pageName } = await import('../proof/page-name.js');
      const result = await proofBooklet({
        dir,
        ...(options.out ? { out: options.out } : {}),
        approve: options.approve,
        reporter,
        ...(options.chromium ? { chromium: options.chromium } : {}),
        ...(options.browserUrl ? { browserUrl: options.browserUrl } : {}),
        ...(options.jobs ? { jobs: options.jobs } : {}),
      });
      const name = (page: number) => pageName(labelOf(result.labels, page));
      // Each finding in the reader's language (its phrase), with the page it is on and the text it quotes.
      for (const f of result.findings) {
        const finding = f.phrase ?? f.message;
        const said = f.page ? phrase('proof.finding.page', { finding, where: name(f.page), excerpt: f.excerpt }) : phrase('proof.finding', { finding, excerpt: f.excerpt });
        reporter.message(createMessage(said, { file: f.file ?? '<booklet>', line: f.line }, f.check, { fatal: f.severity === 'error' }));
      }
      for (const c of result.changes) {
        const where = name(c.page);
        reporter.info(c.kind === 'changed' ? phrase('proof.change.changed', { where, n: c.pixels ?? 0 }) : phrase(`proof.change.${c.kind}`, { where }));
      }
      if (!result.baseline.found && !options.approve) reporter.info(phrase('proof.no-baseline', { path: result.baseline.path }));
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      const compared = options.approve
        ? phrase('proof.compared.approved')
        : result.baseline.found
          ? phrase('proof.compared.changes', { pages: result.changes.length })
          : phrase('proof.compared.none');
      reporter.info(
        phrase('proof.summary', {
          pages: result.pages,
          errors,
          warnings: result.findings.length - errors,
          compared,
          n: result.adjustments.filter((a) => a.moved !== 'none').length,
          report: `${result.reportDir}/index.html`,
        }),
      );
      if (!result.ok) process.exitCode = 1;
    });
}
