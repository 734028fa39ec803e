// `booklet lint [FILES|DIR] [--fix] [--format json]`: wiring only.
import { Option, type Command } from 'commander';
import { createReporter } from '../diagnostics.js';

/** Register `booklet lint`. */
export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('Check manuscripts for extraction damage and Chinese punctuation (GB/T 15834); --fix repairs what is safe')
    .argument('[paths...]', 'files, or folders with booklet.yaml (default: manuscripts)')
    .option('--fix', 'apply the fixes that cannot change meaning', false)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], options: { fix: boolean; format: 'text' | 'json' }) => {
      const reporter = await createReporter({ quiet: options.format === 'json' });
      const { lintFiles } = await import('../manuscript/lint-files.js');
      const result = await lintFiles(paths, { fix: options.fix });
      if (options.format === 'json') {
        const rows = result.messages.map((m) => ({ file: m.file, line: m.line, column: m.column, severity: m.fatal ? 'error' : 'warning', message: m.reason, rule: m.ruleId }));
        process.stdout.write(`${JSON.stringify({ messages: rows, fixed: result.fixed }, null, 2)}\n`);
      } else {
        result.messages.forEach((m) => reporter.message(m));
        for (const f of result.fixed) reporter.info(`Fixed ${f.fixes} problem(s) in ${f.path}`);
        const errors = result.messages.filter((m) => m.fatal).length;
        reporter.info(`${errors} errors, ${result.messages.length - errors} warnings`);
      }
      if (result.messages.some((m) => m.fatal)) process.exitCode = 1;
    });
}
