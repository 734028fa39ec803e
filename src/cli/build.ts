// `booklet build [DIR] [--out DIR] [--edition …]`: wiring only.
import { InvalidArgumentError, type Command } from 'commander';
import { EDITIONS, needsBrowser, type Edition } from '../editions.js';
import { createReporter, shortPath } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { closestName } from '../config/closest-name.js';
import { defaultBookletDir, withBookletOptions, type BookletCommandOptions } from './options.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';

/** `-e screen,epub -e print`: the editions named, in a list, in any number of options; `all` is every one. */
export function editionList(value: string, previous: Edition[] = []): Edition[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) throw new InvalidArgumentError(`expected one or more of ${[...EDITIONS, 'all'].join(', ')}, separated by commas`);
  const chosen = new Set(previous);
  for (const name of names) {
    if (name === 'all') EDITIONS.forEach((e) => chosen.add(e));
    else if ((EDITIONS as readonly string[]).includes(name)) chosen.add(name as Edition);
    else {
      const near = closestName(name, [...EDITIONS, 'all']);
      throw new InvalidArgumentError(`unknown edition \`${name}\`${near ? ` (did you mean \`${near}\`?)` : ''}; the editions are ${[...EDITIONS, 'all'].join(', ')}`);
    }
  }
  return EDITIONS.filter((e) => chosen.has(e));
}

/** Register `booklet build`. */
export function registerBuild(program: Command, language: TerminalLanguage): void {
  withBookletOptions(program.command('build').description('Build the editions of the booklet in DIR into the output folder'))
    .option('-e, --edition <editions>', 'html, screen (booklet.pdf), print (booklet-print.pdf), epub (booklet.epub) or all; a list (-e screen,epub) or the option again (-e screen -e epub). Default all', editionList)
    .option('--no-lint', 'build even when lint finds errors in the manuscripts')
    .option('-w, --watch', 'build again on every change to the manuscripts, booklet.yaml or a stylesheet, with the same Chromium (Ctrl-C stops)', false)
    .action(async (given: string | undefined, options: BookletCommandOptions & { edition?: Edition[]; lint: boolean; watch: boolean }) => {
      const dir = given ?? defaultBookletDir();
      const reporter = await createReporter({ quiet: options.quiet, timings: options.timings, language });
      // The HTML is always made: every other edition is made from it.
      const editions = options.edition ? EDITIONS.filter((e) => e === 'html' || options.edition!.includes(e)) : EDITIONS;
      // Start Chromium first: it comes up while the rest of the pipeline's modules load.
      const { startBrowser } = await import('../paginate/browser.js');
      const browser = needsBrowser(editions) ? startBrowser(options) : undefined;
      browser?.catch(() => {});
      const settings = {
        dir,
        ...(options.out ? { out: options.out } : {}),
        editions,
        reporter,
        lint: options.lint,
        cache: options.cache,
        ...(options.jobs ? { jobs: options.jobs } : {}),
        ...(options.pageTimeout ? { pageTimeout: options.pageTimeout * 1000 } : {}),
        ...(options.chromium ? { chromium: options.chromium } : {}),
        ...(options.browserUrl ? { browserUrl: options.browserUrl } : {}),
        ...(browser ? { browser } : {}),
      };
      if (options.watch) {
        const [{ watchBuild }, { stopGracefully }] = await Promise.all([import('../build-watch.js'), import('../stop-signals.js')]);
        // Ctrl-C: the build in progress ends, Chromium closes, exit 0 (again: at once).
        const watching = watchBuild(settings);
        stopGracefully(async () => (await watching).close());
        await watching;
        return new Promise<void>(() => {}); // until a signal
      }
      const { build } = await import('../build.js');
      const result = await build(settings);
      const files = result.written.map((file) => shortPath(file, process.cwd())).join(', ');
      const seconds = (performance.now() / 1000).toFixed(1);
      reporter.info(phrase('build.done', { editions: editions.length, seconds, files }));
    });
}
