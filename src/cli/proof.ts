// `booklet proof [DIR] [--out DIR] [--approve]`: wiring only.
import type { Command } from 'commander';
import { createMessage, createReporter } from '../diagnostics.js';
import { defaultBookletDir, withBookletOptions, type BookletCommandOptions, type HelpKey } from './options.js';
import { phrase, say } from '../ui/catalogue.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';

/** Register `booklet proof`. */
export function registerProof(program: Command, language: TerminalLanguage): void {
  const words = (key: HelpKey) => say(language.ui, phrase(key));
  withBookletOptions(program.command('proof').description(words('help.proof')), language.ui, 'help.proof.out')
    .option('--approve', words('help.proof.approve'), false)
    .action(async (given: string | undefined, options: BookletCommandOptions & { approve: boolean }) => {
      const dir = given ?? defaultBookletDir();
      const reporter = await createReporter({ quiet: options.quiet, timings: options.timings, language });
      // The pipeline loads only when this command runs (it takes most of a second).
      const { proofBooklet } = await import('../proof/proof-booklet.js');
      const { compared, count, movedBreaks, noBaseline } = await import('../proof/report.js');
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
      for (const f of result.findings) {
        const message = createMessage(`${f.message}${f.page ? ` — ${name(f.page)}` : ''}: «${f.excerpt}»`, { file: f.file ?? '<booklet>', line: f.line }, f.check, { fatal: f.severity === 'error' });
        reporter.message(message);
      }
      for (const c of result.changes) reporter.info(`${name(c.page)}: ${c.kind}${c.pixels ? ` (${c.pixels} px differ)` : ''}`);
      if (!result.baseline.found && !options.approve) reporter.info(noBaseline(result.baseline.path));
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      const visual = compared({ changes: result.changes, baseline: result.baseline, approved: options.approve });
      reporter.info(
        `${count(result.pages, 'page')}, ${count(errors, 'error')}, ${count(result.findings.length - errors, 'warning')}, ${visual}, ${movedBreaks(result.adjustments)} moved by the build. Report: ${result.reportDir}/index.html`,
      );
      if (!result.ok) process.exitCode = 1;
    });
}
