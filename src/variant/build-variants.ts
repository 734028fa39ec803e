// `booklet build` with variants: the booklet's editions, then the same editions of each Traditional
// variant beside them (booklet.zh-Hant.pdf, …), each a build of its own with the converted text, all in
// one Chromium. A booklet already in Traditional characters gets a warning and no variant.
import { loadBooklet } from '../config/load.js';
import { createMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { chosenEditions, needsPagination } from '../editions/index.js';
import { build, type BuildOptions, type BuildResult } from '../build.js';
import { releaseAll, startBrowsers } from '../paginate/browser.js';
import { isTraditional, type VariantTag } from './tags.js';

/** Build the booklet and its variants: `tags` (`--variant`), else booklet.yaml's `variants:`. The
 *  result's `written` lists every file; the rest is the booklet's own build's. */
export async function buildWithVariants(options: BuildOptions, tags?: readonly VariantTag[]): Promise<BuildResult> {
  // A booklet.yaml that cannot be read: the build says why, in its stage.
  const booklet = await loadBooklet(options.dir).catch(() => undefined);
  const wanted = [...new Set(tags ?? booklet?.variants.variants.map((v) => v.language) ?? [])];
  if (!booklet || wanted.length === 0) return build(options);
  if (isTraditional(booklet.language)) {
    const place = booklet.variants.places.language;
    for (const tag of wanted) {
      options.reporter.message(createMessage(phrase('variant.already', { language: booklet.language, tag }), place, 'variant', { fatal: false, hint: phrase('variant.already.hint') }));
    }
    return build(options);
  }
  // One Chromium (or booklet.yaml's pool) for every build: each leaves it running; it is released here, once.
  const browsers = needsPagination(chosenEditions(['html', ...(options.editions ?? booklet.editions)])) ? commandBrowsers(options, booklet.browsers) : undefined;
  browsers?.catch(() => {});
  const shared = { ...options, ...(browsers ? { browsers } : {}), keepBrowser: true };
  try {
    // Dictionaries first: a bad line stops the command before anything is built. OpenCC's tables (1 MB
    // of JS) load only for a build with variants.
    const { openVariant } = await import('./variant-build.js');
    const variants = [];
    for (const tag of wanted) variants.push(await openVariant(tag, booklet, (m) => options.reporter.message(m)));
    const result = await build(shared);
    const written = [...result.written];
    for (const variant of variants) {
      options.reporter.info(phrase('variant.building', { tag: variant.tag }));
      // The manuscripts were linted as written, above; the converted text is OpenCC's.
      written.push(...(await build({ ...shared, variant, lint: false })).written);
    }
    return { ...result, written };
  } finally {
    if (browsers && !options.keepBrowser) {
      const done = options.reporter.stage(phrase('stage.close'));
      await browsers.then(releaseAll).catch(() => {});
      done('ok');
    }
  }
}

/** The browsers of a command that builds more than once: those given (the CLI's), unless booklet.yaml
 *  names a pool and the command named none (the Chromium the CLI started is released). */
function commandBrowsers(options: BuildOptions, pool: readonly string[]) {
  if (options.browsers && (pool.length === 0 || (options.browserUrls?.length ?? 0) > 0)) return options.browsers;
  void options.browsers?.then(releaseAll).catch(() => {});
  return startBrowsers({ ...options, browserUrls: (options.browserUrls?.length ?? 0) > 0 ? options.browserUrls : pool });
}
