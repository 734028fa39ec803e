// `booklet new DIR [--title T]`: wiring only.
import type { Command } from 'commander';
import { createReporter, shortPath } from '../diagnostics.js';
import { phrase, say } from '../ui/catalogue.js';
import type { HelpKey } from './options.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';

/** Register `booklet new`. */
export function registerNew(program: Command, language: TerminalLanguage): void {
  const words = (key: HelpKey) => say(language.ui, phrase(key));
  program
    .command('new')
    .description(words('help.new'))
    .argument('<dir>', words('help.new.dir'))
    .option('--title <title>', words('help.new.title'))
    .action(async (dir: string, options: { title?: string }) => {
      const reporter = await createReporter({ language });
      const { newBooklet } = await import('../scaffold/new-booklet.js');
      const files = await newBooklet({ dir, title: options.title, ui: language.ui });
      const shown = shortPath(dir, process.cwd());
      reporter.info(phrase('new.created', { dir: shown, files: files.join(', ') }));
      reporter.info(phrase('new.next', { dir: shown }));
    });
}
