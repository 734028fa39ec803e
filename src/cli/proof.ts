// `booklet proof [DIR] [--out DIR] [--approve]`: wiring only.
import type { Command } from 'commander';
import { createMessage, createReporter } from '../diagnostics.js';
import { defaultBookletDir, withBookletOptions, type BookletCommandOptions, type HelpKey } from './options.js';
import { phrase, say } from '../ui/catalogue.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';
import { variantList } from '../variant/variant-option.js';
import type { VariantTag } from '../variant/tags.js';

/** Register `booklet proof`. */
export function registerProof(program: Command, language: TerminalLanguage): void {
  const words = (key: HelpKey) => say(language.ui, phrase(key));
  withBookletOptions(program.command('proof').description(words('help.proof')), language.ui, 'help.proof.out')
    .option('--approve', words('help.proof.approve'), false)
    .option('--variant <tag>', words('help.proof.variant'), (value: string) => variantList(value, [], language.ui)[0])
    .action(async (given: string | undefined, options: BookletCommandOptions & { approve: boolean; variant?: VariantTag }) => {
      const dir = given ?? defaultBookletDir();
      const reporter = await createReporter({ quiet: options.quiet, timings: options.timings, language });
      // The pipeline loads only when this command runs (it takes most of a second).
      const { proofBooklet } = await import('../proof/proof-booklet.js');
      const { compared, describeChange, findingMessage, movedBreaks, noBaseline } = await import('../proof/report.js');
      const { labelOf, pageName } = await import('../proof/page-name.js');
      const result = await proofBooklet({
        dir,
        ...(options.out ? { out: options.out } : {}),
        ...(options.theme ? { theme: options.theme } : {}),
        approve: options.approve,
        reporter,
        language,
        ...(options.chromium ? { chromium: options.chromium } : {}),
        ...(options.browserUrl ? { browserUrls: options.browserUrl } : {}),
        ...(options.simple ? { engine: 'simple' as const } : {}),
        ...(options.jobs ? { jobs: options.jobs } : {}),
        ...(options.variant ? { variant: options.variant } : {}),
      });
      // The language now: booklet.yaml's ui: was read with the booklet.
      const { ui } = language;
      for (const f of result.findings) {
        const values = { message: findingMessage(f, ui), excerpt: f.excerpt };
        const line = f.page ? phrase('report.finding-on-page', { ...values, name: pageName(labelOf(result.labels, f.page), ui) }) : phrase('report.finding', values);
        reporter.message(createMessage(say(ui, line), { file: f.file ?? '<booklet>', line: f.line }, f.check, { fatal: f.severity === 'error' }));
      }
      for (const c of result.changes) reporter.info(describeChange(c, result.labels, ui, true));
      if (!result.baseline.found && !options.approve) reporter.info(noBaseline(result.baseline.path, ui));
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      const visual = compared({ changes: result.changes, baseline: result.baseline, approved: options.approve }, ui);
      reporter.info(
        phrase('report.done', { pages: result.pages, errors, warnings: result.findings.length - errors, compared: visual, n: movedBreaks(result.adjustments), file: `${result.reportDir}/index.html` }),
      );
      if (!result.ok) process.exitCode = 1;
    });
}
