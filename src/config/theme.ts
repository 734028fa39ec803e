// Themes (booklet.yaml's `theme:`, `--theme`): a theme is a folder — theme.yaml (its name, a line about
// it in each language, its default faces), print.css (after the base stylesheets of the print editions),
// epub.css (after the EPUB's; no paged media) and cover.html (the cover template: cover-template.ts). The
// built-in ones live in themes/ at the package root; a user's is a folder named in booklet.yaml.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod';
import { BookletError, createMessage, fail, type Place } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { readTextFile } from '../text/read-text.js';
import { parseCoverTemplate, type CoverTemplate } from '../html/cover-template.js';
import { closestName } from './closest-name.js';
import { insideFolder } from './inside-folder.js';
import { validateYaml } from './validate-yaml.js';

/** The theme of a booklet that names none. */
export const DEFAULT_THEME = 'classic';

/** The files every theme folder holds. */
export const THEME_FILES = ['theme.yaml', 'print.css', 'epub.css', 'cover.html'] as const;

/** themes/ at the package root: the nearest folder above this module with themes/classic/theme.yaml (the
 *  module is dist/src/config/theme.js, or a chunk of the bundled command in dist/bin/). */
export const THEMES_DIR = findThemes(dirname(fileURLToPath(import.meta.url)));

function findThemes(dir: string): string {
  const themes = join(dir, 'themes');
  if (existsSync(join(themes, DEFAULT_THEME, 'theme.yaml'))) return themes;
  if (dirname(dir) === dir) throw new Error('booklet: themes/ not found above the installed package');
  return findThemes(dirname(dir));
}

const face = z.enum(['serif', 'sans']);

/** theme.yaml. */
export const ThemeManifestSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/).describe('The theme’s name, as booklet.yaml names a built-in theme.'),
    description: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }).describe('One line about the theme, in English and Chinese (booklet themes).'),
    faces: z
      .strictObject({ body: face.optional(), heading: face.optional() })
      .default({})
      .describe('The faces the theme is designed for: serif or sans, for the body and the headings. Default: the book’s.'),
  })
  .describe('theme.yaml: what a theme is.');

export type ThemeManifest = z.infer<typeof ThemeManifestSchema>;

export interface ResolvedTheme extends ThemeManifest {
  /** The theme folder, absolute. */
  dir: string;
  builtIn: boolean;
  /** print.css and epub.css, absolute. */
  print: string;
  epub: string;
  cover: CoverTemplate;
}

/** The names of the built-in themes, the default first. */
export async function builtInThemes(): Promise<string[]> {
  const names = (await readdir(THEMES_DIR, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return [DEFAULT_THEME, ...names.filter((n) => n !== DEFAULT_THEME)];
}

/** Read the built-in themes' manifests (booklet themes). */
export async function readBuiltInThemes(): Promise<ResolvedTheme[]> {
  return Promise.all((await builtInThemes()).map((name) => readTheme(join(THEMES_DIR, name), true)));
}

/**
 * The theme `value` names: a built-in name, else a folder relative to `base` (booklet.yaml's folder, or
 * the current folder for --theme). `place` is where it is named; `root`, when given, is the folder a
 * theme folder must be inside (booklet.yaml's themes are the booklet's own files, as its stylesheets).
 */
export async function resolveTheme(value: string, base: string, place: Place, root?: string): Promise<ResolvedTheme> {
  const names = await builtInThemes();
  if (names.includes(value)) return readTheme(join(THEMES_DIR, value), true);
  const dir = resolve(base, value);
  const looksLikePath = /[/\\.]/.test(value);
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
    const near = looksLikePath ? undefined : closestName(value, names);
    fail(phrase('themes.unknown', { name: value, near: near ?? '', names: names.join(', ') }), place, 'theme', phrase('themes.unknown.hint'));
  }
  if (root && !(await insideFolder(root, dir))) fail(phrase('themes.outside', { name: value }), place, 'theme', phrase('config.outside.hint'));
  return readTheme(dir, false, place);
}

/** Read a theme folder; a missing file is an error at `place` (where the theme is named) naming it. */
async function readTheme(dir: string, builtIn: boolean, place: Place = { file: dir }): Promise<ResolvedTheme> {
  const missing = [];
  for (const file of THEME_FILES) {
    if (!(await stat(join(dir, file)).catch(() => undefined))?.isFile()) {
      missing.push(createMessage(phrase('themes.file-missing', { dir, file }), place, 'theme', { hint: phrase('themes.file-missing.hint') }));
    }
  }
  if (missing.length > 0) throw new BookletError(missing);
  const manifestFile = join(dir, 'theme.yaml');
  const manifest = validateYaml({ file: manifestFile, text: await readTextFile(manifestFile, 'theme') }, ThemeManifestSchema, 'theme');
  if (!manifest.ok) throw new BookletError(manifest.messages);
  const coverFile = join(dir, 'cover.html');
  const cover = parseCoverTemplate(await readTextFile(coverFile, 'theme'), coverFile);
  return { ...manifest.value, dir, builtIn, print: join(dir, 'print.css'), epub: join(dir, 'epub.css'), cover };
}
