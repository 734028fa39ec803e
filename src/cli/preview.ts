// `booklet preview [DIR] [--port N] [--host ADDR]`: wiring only. Runs until interrupted.
import { InvalidArgumentError, type Command } from 'commander';
import { createReporter } from '../diagnostics.js';
import { phrase, say } from '../ui/catalogue.js';
import { defaultBookletDir, DIR_HELP } from './options.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number, 0 to 65535 (0: any free port)');
  return n;
}

/** Register `booklet preview`. */
export function registerPreview(program: Command, language: TerminalLanguage): void {
  program
    .command('preview')
    .description('Serve the booklet on 127.0.0.1, laid out by Paged.js in your browser; it reloads as you edit, showing lint and proof findings')
    .argument('[dir]', DIR_HELP)
    .option('-o, --out <dir>', "the output folder, for a cache (default: booklet.yaml's output:, else output/ in the booklet folder)")
    .option('-p, --port <n>', 'the port (0: any free port)', port, 4170)
    .option('--host <address>', 'the address to listen on; anything but 127.0.0.1 or ::1 shows the booklet to the network', '127.0.0.1')
    .action(async (given: string | undefined, options: { out?: string; port: number; host: string }) => {
      const dir = given ?? defaultBookletDir();
      const reporter = await createReporter({ language });
      const { startPreview } = await import('../preview/server.js');
      const preview = await startPreview({ dir, ...(options.out ? { out: options.out } : {}), host: options.host, port: options.port, reporter, language });
      if (!['127.0.0.1', '::1', 'localhost'].includes(options.host)) reporter.info(phrase('preview.listening-wide', { host: options.host }));
      process.stdout.write(`${say(language.ui, phrase('preview.url', { url: preview.url }))}\n`);
      reporter.info(phrase('watching'));
      const { stopGracefully } = await import('../stop-signals.js');
      stopGracefully(() => preview.close());
      return new Promise<void>(() => {}); // until a signal
    });
}
