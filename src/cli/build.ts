// `booklet build [DIR] [--out DIR] [--edition …]`: wiring only.
import { Option, type Command } from 'commander';
import { EDITIONS, needsBrowser, type Edition } from '../editions.js';
import { createReporter } from '../diagnostics.js';

/** Register `booklet build`. */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Build the editions of the booklet in DIR into the output folder')
    .argument('[dir]', 'the folder with booklet.yaml', 'manuscripts')
    .option('-o, --out <dir>', 'the output folder', 'output')
    .addOption(
      new Option('-e, --edition <edition>', 'html, screen (booklet.pdf), print (booklet-print.pdf), epub (booklet.epub) or all')
        .choices([...EDITIONS, 'all'])
        .default('all'),
    )
    .option('--no-lint', 'build even when lint finds errors in the manuscripts')
    .option('--chromium <path>', 'the Chromium binary (default $BOOKLET_CHROMIUM or /usr/bin/chromium)')
    .option('-q, --quiet', 'print only problems', false)
    .action(async (dir: string, options: { out: string; edition: Edition | 'all'; chromium?: string; quiet: boolean; lint: boolean }) => {
      const reporter = await createReporter({ quiet: options.quiet });
      const editions = options.edition === 'all' ? EDITIONS : (['html', options.edition] as const);
      // Start Chromium first: it comes up while the rest of the pipeline's modules load.
      const chromium = options.chromium ? { executablePath: options.chromium } : {};
      const browser = needsBrowser(editions) ? (await import('../paginate/browser.js')).launchBrowser(chromium) : undefined;
      browser?.catch(() => {});
      const { build } = await import('../build.js');
      const result = await build({ dir, out: options.out, editions, reporter, lint: options.lint, ...(options.chromium ? { chromium: options.chromium } : {}), ...(browser ? { browser } : {}) });
      reporter.info(`Wrote ${result.written.join(', ')}`);
    });
}
