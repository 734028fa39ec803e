// `booklet import SOURCE… [--into DIR] [--title T] [--verbose]`: wiring only.
import type { Command } from 'commander';
import { createReporter, shortPath } from '../diagnostics.js';
import { phrase, say, type MessageKey } from '../ui/catalogue.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';

/** Register `booklet import`. */
export function registerImport(program: Command, language: TerminalLanguage): void {
  const words = (key: Extract<MessageKey, `import.help${string}`>) => say(language.ui, phrase(key));
  program
    .command('import')
    .description(words('import.help'))
    .argument('<sources...>', words('import.help.sources'))
    .option('--into <dir>', words('import.help.into'))
    .option('--title <title>', words('import.help.title'))
    .option('--verbose', words('import.help.verbose'), false)
    .action(async (sources: string[], options: { into?: string; title?: string; verbose: boolean }) => {
      const reporter = await createReporter({ language });
      const { importSources } = await import('../import/import-source.js');
      const result = await importSources(sources, {
        into: options.into ?? '.',
        ...(options.title !== undefined ? { title: options.title } : {}),
        verbose: options.verbose,
        reporter,
      });
      result.left.forEach((m) => reporter.message(m));
      if (result.newBooklet) reporter.info(phrase('import.placeholders', { file: shortPath(result.booklet, process.cwd()) }));
      const errors = result.left.filter((m) => m.fatal).length;
      reporter.info(phrase('import.summary', { count: result.articles.length, errors, warnings: result.left.length - errors }));
      const dir = options.into === undefined || options.into === '.' ? '' : ` ${options.into}`;
      reporter.info(phrase('import.next', { command: errors > 0 ? `booklet lint${dir}` : `booklet build${dir}` }));
    });
}
