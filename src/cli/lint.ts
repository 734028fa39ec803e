// `booklet lint [FILES|DIR] [--fix] [--dry-run] [--format json]`: wiring only.
import { Option, type Command } from 'commander';
import { createReporter, formatChange } from '../diagnostics.js';
import { phrase, say } from '../ui/catalogue.js';
import type { HelpKey } from './options.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';

/** Register `booklet lint`. */
export function registerLint(program: Command, language: TerminalLanguage): void {
  const words = (key: HelpKey) => say(language.ui, phrase(key));
  program
    .command('lint')
    .description(words('help.lint'))
    .argument('[paths...]', words('help.lint.paths'))
    .option('--fix', words('help.lint.fix'), false)
    .option('--dry-run', words('help.lint.dry-run'), false)
    .addOption(new Option('--format <format>', words('help.lint.format')).choices(['text', 'json']).default('text'))
    .action(async (paths: string[], options: { fix: boolean; dryRun: boolean; format: 'text' | 'json' }) => {
      const reporter = await createReporter({ quiet: options.format === 'json', language });
      const { lintFiles } = await import('../manuscript/lint-files.js');
      const result = await lintFiles(paths, { fix: options.fix, dryRun: options.dryRun });
      reporter.preferUi(result.ui);
      if (options.format === 'json') {
        const rows = result.messages.map((m) => ({ file: m.file, line: m.line, column: m.column, severity: m.fatal ? 'error' : 'warning', message: m.reason, rule: m.ruleId }));
        const changes = result.changes.map((c) => ({ file: c.file, line: c.line, column: c.column, rule: c.ruleId, before: c.before, after: c.after }));
        process.stdout.write(`${JSON.stringify({ messages: rows, fixed: result.fixed, changes, dryRun: result.dryRun }, null, 2)}\n`);
      } else {
        for (const file of result.fixed) {
          result.changes.filter((c) => c.file === file.path).forEach((c) => reporter.info(formatChange(c)));
          reporter.info(phrase(result.dryRun ? 'lint.would-fix' : 'lint.fixed', { count: file.fixes, file: file.path }));
        }
        result.messages.forEach((m) => reporter.message(m));
        const errors = result.messages.filter((m) => m.fatal).length;
        reporter.info(phrase('lint.summary', { errors, warnings: result.messages.length - errors }));
      }
      if (result.messages.some((m) => m.fatal)) process.exitCode = 1;
    });
}
