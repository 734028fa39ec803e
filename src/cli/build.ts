// `booklet build [DIR] [--out DIR] [--edition …]`: wiring only.
import { Option, type Command } from 'commander';
import { EDITIONS, needsBrowser, type Edition } from '../editions.js';
import { createReporter } from '../diagnostics.js';
import { withBookletOptions, type BookletCommandOptions } from './options.js';

/** Register `booklet build`. */
export function registerBuild(program: Command): void {
  withBookletOptions(program.command('build').description('Build the editions of the booklet in DIR into the output folder'))
    .addOption(
      new Option('-e, --edition <edition>', 'html, screen (booklet.pdf), print (booklet-print.pdf), epub (booklet.epub) or all')
        .choices([...EDITIONS, 'all'])
        .default('all'),
    )
    .option('--no-lint', 'build even when lint finds errors in the manuscripts')
    .option('-w, --watch', 'build again on every change to the manuscripts, booklet.yaml or a stylesheet, with the same Chromium (Ctrl-C stops)', false)
    .action(async (dir: string, options: BookletCommandOptions & { edition: Edition | 'all'; lint: boolean; watch: boolean }) => {
      const reporter = await createReporter({ quiet: options.quiet, timings: options.timings });
      const editions = options.edition === 'all' ? EDITIONS : (['html', options.edition] as const);
      // Start Chromium first: it comes up while the rest of the pipeline's modules load.
      const { startBrowser } = await import('../paginate/browser.js');
      const browser = needsBrowser(editions) ? startBrowser(options) : undefined;
      browser?.catch(() => {});
      const settings = {
        dir,
        out: options.out,
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
      reporter.info(`Wrote ${result.written.join(', ')}`);
    });
}
