// `booklet new DIR`: a booklet folder that builds at once. booklet.yaml with every key explained, a sample
// article that shows what a manuscript holds (and its figure), a .gitignore for the output, and the CI
// recipes that proof it. Only into a new or an empty folder, written whole or not at all.
import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fail } from '../diagnostics.js';
import { firstControl } from '../text/control-characters.js';
import { phrase, say } from '../ui/catalogue.js';
import type { Ui } from '../ui/ui.js';
import { bookletYaml } from './booklet-yaml.js';
import { comment } from './comment-lines.js';
import { githubWorkflow, gitlabJob } from './ci-recipes.js';
import { SAMPLE_ARTICLE, SAMPLE_ARTICLE_FILE, SAMPLE_FIGURE_FILE } from './sample-article.js';
import { sampleChartPng } from './sample-chart.js';
import { writeNewFolder, type NewFile } from './write-new-folder.js';
import { readSchemaFile, SCHEMA_FILE } from './schema-file.js';

export interface NewBookletOptions {
  /** The folder to make, as the user named it. */
  dir: string;
  /** The booklet's title. Default 学习读本. */
  title?: string | undefined;
  /** The language of the comments in the files (the interface's). */
  ui: Ui;
  /** The booklet's date. Default today. */
  today?: Date;
}

/** The title and the compiler a new booklet has until the editor changes them. */
export const DEFAULT_TITLE = '学习读本';
export const DEFAULT_COMPILER = '本书编写组';

/** Make the booklet folder; returns the files written, relative to it, in the order written. */
export async function newBooklet(options: NewBookletOptions): Promise<string[]> {
  const dir = resolve(options.dir);
  const title = checkedTitle(options.title, options.dir);
  const existing = await checkedFolder(dir, options.dir);
  const files = await scaffold(title, options.ui, options.today ?? new Date());
  await writeNewFolder(dir, files, options.dir, existing);
  return files.map((file) => file.path);
}

/** The files of a new booklet. */
export async function scaffold(title: string, ui: Ui, today: Date): Promise<NewFile[]> {
  const date = `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`;
  return [
    { path: 'booklet.yaml', data: bookletYaml({ title, compiler: DEFAULT_COMPILER, date, articles: [SAMPLE_ARTICLE_FILE], ui }) },
    // For the editor: booklet.yaml's first line points at it (schema-file.ts says why a copy).
    { path: SCHEMA_FILE, data: await readSchemaFile() },
    { path: SAMPLE_ARTICLE_FILE, data: SAMPLE_ARTICLE },
    { path: SAMPLE_FIGURE_FILE, data: await sampleChartPng() },
    { path: '.gitignore', data: `${comment(say(ui, phrase('new.gitignore')), '# ').join('\n')}\noutput/\n` },
    { path: '.github/workflows/proof.yml', data: githubWorkflow(ui) },
    { path: '.gitlab-ci.yml', data: gitlabJob(ui) },
  ];
}

/** `--title`, trimmed: some text, and no control character (booklet.yaml would refuse it). */
function checkedTitle(given: string | undefined, shown: string): string {
  if (given === undefined) return DEFAULT_TITLE;
  const title = given.trim();
  if (!title) fail(phrase('new.title-empty'), { file: shown }, 'new', phrase('new.title.hint'));
  // A line feed or a tab too: a title is one line.
  const breaking = /[\n\t]/.exec(title)?.[0];
  const control = firstControl(title) ?? (breaking ? { name: breaking === '\n' ? 'U+000A (LF)' : 'U+0009 (TAB)' } : undefined);
  if (control) fail(phrase('new.title-control', { name: control.name }), { file: shown }, 'new', phrase('new.title.hint'));
  return title;
}

/** Whether `dir` exists (an empty folder) or not; anything else is refused, touching nothing. */
async function checkedFolder(dir: string, shown: string): Promise<boolean> {
  const unreadable = (error: NodeJS.ErrnoException): never =>
    fail(phrase('write.cannot-write', { path: dir, code: error.code ?? 'error' }), { file: shown }, 'new', phrase('write.hint', { code: error.code ?? '' }));
  const found = await stat(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : unreadable(error)));
  if (!found) return false;
  const hint = phrase('new.not-empty.hint', { example: 'mybook' });
  if (!found.isDirectory()) fail(phrase('new.not-folder'), { file: shown }, 'new', hint);
  const names = (await readdir(dir, { withFileTypes: true }).catch(unreadable)).map((entry) => `${entry.name}${entry.isDirectory() ? '/' : ''}`).sort();
  if (names.length > 0) {
    const listed = names.length > 5 ? `${names.slice(0, 5).join(', ')}, …` : names.join(', ');
    fail(phrase('new.not-empty', { names: listed }), { file: shown }, 'new', hint);
  }
  return true;
}
