// `booklet preview [DIR] [--port N] [--host ADDR]`: wiring only. Runs until interrupted.
import { InvalidArgumentError, type Command } from 'commander';
import { createReporter } from '../diagnostics.js';
import { phrase, say } from '../ui/catalogue.js';
import { defaultBookletDir, type HelpKey } from './options.js';
import type { Ui } from '../ui/ui.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';

/** A parser of a port number, whose error is worded in `ui`. */
const port = (ui: Ui) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(say(ui, phrase('cli.port')));
  return n;
};

/** Register `booklet preview`. */
export function registerPreview(program: Command, language: TerminalLanguage): void {
  const words = (key: HelpKey) => say(language.ui, phrase(key));
  program
    .command('preview')
    .description(words('help.preview'))
    .argument('[dir]', words('help.dir'))
    .option('-o, --out <dir>', words('help.preview.out'))
    .option('--theme <name>', words('help.theme'))
    .option('-p, --port <n>', words('help.preview.port'), port(language.ui), 4170)
    .option('--host <address>', words('help.preview.host'), '127.0.0.1')
    .action(async (given: string | undefined, options: { out?: string; theme?: string; port: number; host: string }) => {
      const dir = given ?? defaultBookletDir();
      const reporter = await createReporter({ language });
      const { startPreview } = await import('../preview/server.js');
      const preview = await startPreview({ dir, ...(options.out ? { out: options.out } : {}), ...(options.theme ? { theme: options.theme } : {}), host: options.host, port: options.port, reporter, language });
      if (!['127.0.0.1', '::1', 'localhost'].includes(options.host)) reporter.info(phrase('preview.listening-wide', { host: options.host }));
      process.stdout.write(`${say(language.ui, phrase('preview.url', { url: preview.url }))}\n`);
      reporter.info(phrase('watching'));
      const { stopGracefully } = await import('../stop-signals.js');
      stopGracefully(() => preview.close());
      return new Promise<void>(() => {}); // until a signal
    });
}
