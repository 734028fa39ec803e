// The first stages: booklet.yaml, the manuscripts, and the lint (its warnings shown, its errors stop the
// build).
import { BookletError, type Reporter } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { loadBooklet } from '../config/load.js';
import { checkSettingIds } from '../config/setting-ids.js';
import { RULES } from '../manuscript/lint/index.js';
import { readManuscripts, type Manuscript } from '../manuscript/read.js';
import { lintBook, type KeptFindings } from '../manuscript/lint-book.js';
import type { ResolvedBooklet } from '../config/resolve.js';
import { stage } from '../stage.js';
import type { BuildOptions } from './options.js';
import type { FaceMaps } from '../html/font-coverage.js';

/** booklet.yaml (`theme`: `--theme`, over its `theme:`) and the manuscripts; a variant's converted; what
 *  a command that runs on kept from its last read reused (`keep`). */
export async function readBook(options: Pick<BuildOptions, 'dir' | 'reporter' | 'theme' | 'variant' | 'keep'>): Promise<{ booklet: ResolvedBooklet; manuscripts: Manuscript[] }> {
  const { dir, reporter, theme, variant } = options;
  const booklet = await stage(reporter, phrase('stage.config'), () => loadBooklet(dir, { theme }).then((b) => variant?.booklet(b) ?? b));
  reporter.preferUi(booklet.ui);
  // Also with --no-lint: a misspelt rule id in booklet.yaml is a mistake either way.
  checkSettingIds(booklet, 'lint', RULES.map((r) => r.id));
  const manuscripts = await stage(reporter, phrase('stage.manuscripts', { n: booklet.articles.length }), () => readManuscripts(booklet, process.cwd(), { convert: variant?.text, kept: options.keep?.manuscripts }));
  return { booklet, manuscripts };
}

/** Lint the book, with the faces' maps of the build (`maps`) and the findings a command that runs on kept
 *  (`kept`, default none). */
export async function lintStage(booklet: ResolvedBooklet, manuscripts: Manuscript[], maps: FaceMaps, reporter: Reporter, kept?: KeptFindings): Promise<void> {
  const lint = await stage(reporter, phrase('stage.lint'), () => lintBook(booklet, manuscripts, maps, kept));
  lint.messages.filter((m) => !m.fatal).forEach((m) => reporter.message(m));
  const errors = lint.messages.filter((m) => m.fatal);
  if (errors.length > 0) {
    errors.forEach((m) => (m.note = m.note ?? 'Fix it (`booklet lint --fix` repairs what is safe), turn the rule off in booklet.yaml, or build with --no-lint.'));
    throw new BookletError(errors);
  }
}
