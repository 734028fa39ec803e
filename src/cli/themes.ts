// `booklet themes`: the built-in themes, each with its line of description in the interface's language.
// Wiring only.
import type { Command } from 'commander';
import { phrase, say } from '../ui/catalogue.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';
import type { HelpKey } from './options.js';

/** Register `booklet themes`. */
export function registerThemes(program: Command, language: TerminalLanguage): void {
  const words = (key: HelpKey) => say(language.ui, phrase(key));
  program
    .command('themes')
    .description(words('help.themes'))
    .action(async () => {
      const { DEFAULT_THEME, readBuiltInThemes } = await import('../config/theme.js');
      const themes = await readBuiltInThemes();
      const { ui } = language;
      const width = Math.max(...themes.map((t) => t.name.length));
      const lines = themes.map((t) => `  ${t.name.padEnd(width)}  ${t.description[ui]}${t.name === DEFAULT_THEME ? ` ${say(ui, phrase('themes.default'))}` : ''}`);
      process.stdout.write(`${say(ui, phrase('themes.list-title'))}\n${lines.join('\n')}\n`);
    });
}
