// `booklet build [DIR] [--out DIR] [--edition …]`: wiring only.
import { InvalidArgumentError, type Command } from 'commander';
import { chosenEditions, editionChoices, editionNames, findEdition, needsPagination } from '../editions/index.js';
import { createReporter, shortPath } from '../diagnostics.js';
import { phrase, say } from '../ui/catalogue.js';
import type { Ui } from '../ui/ui.js';
import { closestName } from '../config/closest-name.js';
import { defaultBookletDir, withBookletOptions, type BookletCommandOptions, type HelpKey } from './options.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';
import { variantList } from '../variant/variant-option.js';
import type { VariantTag } from '../variant/tags.js';

/** `-e screen,epub -e print`: the editions named (editions/index.ts), in a list, in any number of options;
 *  `all` is every one. A mistake is worded in `ui` (default English). */
export function editionList(value: string, previous: string[] = [], ui: Ui = 'en'): string[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const choices = editionChoices();
  const known = choices.join(', ');
  if (names.length === 0) throw new InvalidArgumentError(say(ui, phrase('cli.editions-empty', { names: known })));
  for (const name of names) {
    if (!choices.includes(name)) {
      const near = closestName(name, choices);
      throw new InvalidArgumentError(say(ui, phrase('cli.edition-unknown', { name, near: near ?? '', names: known })));
    }
  }
  return chosenEditions([...previous, ...names]);
}

/** The editions for `--help`: `html, screen (booklet.pdf), …`. */
const editionHelp = () =>
  editionNames()
    .map((name) => (name === 'html' ? name : `${name} (${findEdition(name)!.file})`))
    .join(', ');

/** Register `booklet build`. */
export function registerBuild(program: Command, language: TerminalLanguage): void {
  const words = (key: HelpKey) => say(language.ui, phrase(key));
  withBookletOptions(program.command('build').description(words('help.build')), language.ui)
    .option('-e, --edition <editions>', say(language.ui, phrase('help.build.editions', { names: editionHelp() })), (value: string, previous?: string[]) => editionList(value, previous, language.ui))
    .option('--variant <tags>', words('help.build.variant'), (value: string, previous?: VariantTag[]) => variantList(value, previous, language.ui))
    .option('--no-lint', words('help.build.no-lint'))
    .option('-w, --watch', words('help.build.watch'), false)
    .action(async (given: string | undefined, options: BookletCommandOptions & { edition?: string[]; variant?: VariantTag[]; lint: boolean; watch: boolean }) => {
      const dir = given ?? defaultBookletDir();
      const reporter = await createReporter({ quiet: options.quiet, timings: options.timings, language });
      // `--edition` overrides booklet.yaml's `editions:` (not read yet: the build reads it). The HTML is
      // always made: every other edition is made from it.
      const editions = options.edition ? chosenEditions(['html', ...options.edition]) : undefined;
      // Start Chromium first: it comes up while the rest of the pipeline's modules load (and when the
      // editions are booklet.yaml's, the build releases it if they do not need it).
      const { startBrowsers } = await import('../paginate/browser.js');
      const browsers = !editions || needsPagination(editions) ? startBrowsers({ ...options, browserUrls: options.browserUrl ?? [] }) : undefined;
      browsers?.catch(() => {});
      const settings = {
        dir,
        ...(options.out ? { out: options.out } : {}),
        ...(options.theme ? { theme: options.theme } : {}),
        ...(editions ? { editions } : {}),
        reporter,
        lint: options.lint,
        cache: options.cache,
        ...(options.jobs ? { jobs: options.jobs } : {}),
        ...(options.pageTimeout ? { pageTimeout: options.pageTimeout * 1000 } : {}),
        ...(options.chromium ? { chromium: options.chromium } : {}),
        ...(options.browserUrl ? { browserUrls: options.browserUrl } : {}),
        ...(options.simple ? { engine: 'simple' as const } : {}),
        ...(browsers ? { browsers } : {}),
      };
      if (options.watch) {
        const [{ watchBuild }, { stopGracefully }] = await Promise.all([import('../build-watch.js'), import('../stop-signals.js')]);
        // Ctrl-C: the build in progress ends, Chromium closes, exit 0 (again: at once).
        const watching = watchBuild(settings);
        stopGracefully(async () => (await watching).close());
        await watching;
        return new Promise<void>(() => {}); // until a signal
      }
      const { buildWithVariants } = await import('../variant/build-variants.js');
      const result = await buildWithVariants(settings, options.variant);
      const files = result.written.map((file) => shortPath(file, process.cwd())).join(', ');
      const seconds = (performance.now() / 1000).toFixed(1);
      reporter.info(phrase('build.done', { editions: result.editions.length, seconds, files }));
    });
}
