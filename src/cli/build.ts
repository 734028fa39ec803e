// `booklet build [DIR] [--out DIR]`: wiring only.
import type { Command } from 'commander';
import { build } from '../build.js';
import { createReporter } from '../diagnostics.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Build every edition of the booklet in DIR into the output folder')
    .argument('[dir]', 'the folder with booklet.yaml', 'manuscripts')
    .option('-o, --out <dir>', 'the output folder', 'output')
    .option('-q, --quiet', 'print only problems', false)
    .action(async (dir: string, options: { out: string; quiet: boolean }) => {
      const reporter = await createReporter({ quiet: options.quiet });
      const result = await build({ dir, out: options.out, reporter });
      reporter.info(`Wrote ${result.written.join(', ')}`);
    });
}
