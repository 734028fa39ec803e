// Resolve a validated booklet.yaml: absolute paths, a named page size, and the place of each entry so
// that later problems (a missing article) point at the line in booklet.yaml.
import { posix, relative, resolve, sep } from 'node:path';
import { stat } from 'node:fs/promises';
import type { VFileMessage } from 'vfile-message';
import { insideFolder } from './inside-folder.js';
import { BookletError, createMessage, type Place } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { PAGE_SIZES, type BookletSchema } from './schema.js';
import type { Locate } from './validate-yaml.js';
import { resolveTheme, type ResolvedTheme } from './theme.js';
import { typeAreaProblem } from './type-area-check.js';
import { resolveFaces } from './faces.js';
import type { BookFaces } from '../html/fonts.js';
import { closestName } from './closest-name.js';
import { chosenEditions, editionChoices } from '../editions/index.js';
import { resolveVariants, type VariantSettings } from '../variant/settings.js';
import { resolveImposition, type ResolvedImposition } from '../impose/settings.js';
import { readPressProfile, type PressProfileRef } from '../press/profile.js';

export interface ResolvedArticleRef {
  /** Absolute path of the manuscript. */
  path: string;
  /** As written in booklet.yaml. */
  name: string;
  /** Where booklet.yaml names it. */
  place: Place;
}

export interface ResolvedPage {
  /** A5, A4, B5, 大32开, 16开, or `W×H mm`. */
  name: string;
  /** Trim size in millimetres. */
  width: number;
  height: number;
  bodySize: number;
  lineHeight: number;
  /** Margins in mm as booklet.yaml gives them (each optional; page-geometry.ts makes the rest). */
  margins?: { top?: number | undefined; bottom?: number | undefined; inner?: number | undefined; outer?: number | undefined };
}

/** A cover image named in booklet.yaml: absolute, its place in the output, where booklet.yaml names it. */
export interface CoverImage {
  path: string;
  to: string;
  place: Place;
}

/** booklet.yaml's `cover:`, with its images resolved. */
export interface ResolvedCover {
  background?: string;
  image?: CoverImage;
  emblem?: CoverImage;
  compiler: boolean;
  date: boolean;
}

/** What the command line overrides in booklet.yaml (`--theme`). */
export interface BookletOverrides {
  /** A built-in theme or a folder, relative to the current folder. */
  theme?: string | undefined;
}

export interface ResolvedBooklet extends Omit<BookletSchema, 'articles' | 'page' | 'styles' | 'proof' | 'output' | 'faces' | 'theme' | 'cover' | 'variants' | 'imposition' | 'press'> {
  /** The faces text is set in, their files found and checked (config/faces.ts). */
  faces: BookFaces;
  /** The theme, read and checked (theme.ts); `--theme` overrides booklet.yaml's. */
  theme: ResolvedTheme;
  cover: ResolvedCover;
  /** The output folder from booklet.yaml's `output:`, absolute (default `<dir>/output`); `--out` overrides it. */
  output: string;
  /** Where booklet.yaml names a lint rule or a proof check in its settings, by id (for unknown ids). */
  settingPlaces: { lint: Record<string, Place>; proof: Record<string, Place> };
  /** The proof settings; the baseline folder absolute, and where booklet.yaml names it. */
  proof: BookletSchema['proof'] & { baselinePlace: Place };
  /** Extra stylesheets, absolute paths. */
  styles: string[];
  /** The manuscripts folder, absolute. */
  dir: string;
  configFile: string;
  page: ResolvedPage;
  articles: ResolvedArticleRef[];
  /** Traditional variants to make (src/variant/settings.ts). */
  variants: VariantSettings;
  /** The imposed edition's sheets (src/impose/settings.ts). */
  imposition: ResolvedImposition;
  /** The press edition's profile from `press.profile` (absolute, checked: a CMYK printer profile); none:
   *  the default (src/press/profile.ts). */
  press: { profile?: PressProfileRef };
}

/** The booklet's full title, `title：subtitle` (PDF and EPUB metadata, the colophon). */
export function bookTitle(booklet: Pick<ResolvedBooklet, 'title' | 'subtitle'>): string {
  return booklet.subtitle ? `${booklet.title}：${booklet.subtitle}` : booklet.title;
}

const OUTSIDE_HINT = phrase('config.outside.hint');

/** Resolve paths and page size; every named article file must exist, inside the booklet folder. */
export async function resolveBooklet(
  dir: string,
  configFile: string,
  config: BookletSchema,
  locate: Locate,
  locateKey: Locate = locate,
  overrides: BookletOverrides = {},
): Promise<ResolvedBooklet> {
  const theme = overrides.theme
    ? await resolveTheme(overrides.theme, process.cwd(), { file: '--theme' })
    : await resolveTheme(config.theme, dir, locate(['theme']), dir);
  const missing: VFileMessage[] = [];
  const articles = await resolveArticles(dir, config.articles, locate, missing);
  const page = resolvePage(config.page);
  const area = typeAreaProblem(page, locate);
  if (area) missing.push(area);
  const imposition = resolveImposition(config.imposition, page, locate);
  if (!('sheet' in imposition)) missing.push(imposition);
  const styles = await resolveStyles(dir, config.styles, locate, missing);
  const cover = await resolveCover(dir, config.cover, locate, missing);
  const press = await resolvePress(dir, configFile, config.press, locate, missing);
  const output = resolve(dir, config.output);
  const faces = await resolveFaces(config.faces, config.language, dir, locate, theme.faces).catch((error: unknown) => {
    if (!(error instanceof BookletError)) throw error;
    missing.push(...error.messages);
    return undefined;
  });
  checkEditions(config.editions, locate, missing);
  const editions = chosenEditions(config.editions);
  if (missing.length > 0 || !faces || !('sheet' in imposition)) throw new BookletError(missing);
  const { articles: _articles, page: _page, styles: _styles, output: _output, faces: _faces, theme: _theme, cover: _cover, variants: _variants, imposition: _imposition, press: _press, ...rest } = config;
  const variants = resolveVariants(dir, config.variants, locate);
  const placesOf = (path: string[], ids: string[]) => Object.fromEntries(ids.map((id) => [id, locateKey([...path, id])]));
  const settingPlaces = { lint: placesOf(['lint', 'rules'], Object.keys(config.lint.rules)), proof: placesOf(['proof', 'checks'], Object.keys(config.proof.checks)) };
  const proof = { ...config.proof, baseline: resolve(dir, config.proof.baseline), baselinePlace: locate(['proof', 'baseline']) };
  return { ...rest, editions, faces, theme, cover, proof, output, settingPlaces, dir: resolve(dir), configFile: resolve(configFile), page, articles, styles, variants, imposition, press };
}

/** The articles, absolute; each must be a file inside the booklet folder, named once (else a message in
 *  `missing`). */
async function resolveArticles(dir: string, names: string[], locate: Locate, missing: VFileMessage[]): Promise<ResolvedArticleRef[]> {
  const articles = names.map((name, index) => ({ name, path: resolve(dir, name), place: locate(['articles', index]) }));
  const seen = new Set<string>();
  for (const article of articles) {
    const info = await stat(article.path).catch(() => undefined);
    if (info?.isFile() && !(await insideFolder(dir, article.path))) {
      missing.push(createMessage(phrase('config.article-outside', { name: article.name }), article.place, 'config', { hint: OUTSIDE_HINT }));
    } else if (!info?.isFile()) {
      missing.push(
        createMessage(phrase('config.article-missing', { name: article.name, path: article.path }), article.place, 'config', { hint: phrase('config.article-missing.hint') }),
      );
    } else if (seen.has(article.path)) {
      missing.push(createMessage(phrase('config.article-twice', { name: article.name }), article.place, 'config', { hint: phrase('config.remove-entry') }));
    }
    seen.add(article.path);
  }
  return articles;
}

/** The page: a named size's dimensions, or the width and height given. */
function resolvePage(config: BookletSchema['page']): ResolvedPage {
  const size = config.size;
  const named = typeof size === 'string';
  return {
    name: named ? size : `${size.width}×${size.height} mm`,
    width: named ? PAGE_SIZES[size].width : size.width,
    height: named ? PAGE_SIZES[size].height : size.height,
    bodySize: config.bodySize,
    lineHeight: config.lineHeight,
    margins: config.margins,
  };
}

/** The extra stylesheets, absolute: each a file inside the booklet folder. */
async function resolveStyles(dir: string, names: string[], locate: Locate, missing: VFileMessage[]): Promise<string[]> {
  const styles = names.map((name, index) => ({ name, path: resolve(dir, name), place: locate(['styles', index]) }));
  for (const style of styles) {
    if (!(await stat(style.path).catch(() => undefined))?.isFile()) {
      missing.push(createMessage(phrase('config.style-missing', { name: style.name }), style.place, 'config', { hint: phrase('config.style-missing.hint') }));
    } else if (!(await insideFolder(dir, style.path))) {
      missing.push(createMessage(phrase('config.style-outside', { name: style.name }), style.place, 'config', { hint: OUTSIDE_HINT }));
    }
  }
  return styles.map((s) => s.path);
}

/** The cover: its image and emblem, each a file inside the booklet folder, with its place in the output. */
async function resolveCover(dir: string, config: BookletSchema['cover'], locate: Locate, missing: VFileMessage[]): Promise<ResolvedCover> {
  const cover: ResolvedCover = { compiler: config.compiler, date: config.date, ...(config.background ? { background: config.background } : {}) };
  for (const key of ['image', 'emblem'] as const) {
    const name = config[key];
    if (!name) continue;
    const path = resolve(dir, name);
    const place = locate(['cover', key]);
    if (!(await stat(path).catch(() => undefined))?.isFile()) {
      missing.push(createMessage(phrase('themes.cover-image-missing', { name }), place, 'config', { hint: phrase('themes.cover-image-missing.hint') }));
    } else if (!(await insideFolder(dir, path))) {
      missing.push(createMessage(phrase('themes.cover-image-outside', { name }), place, 'config', { hint: OUTSIDE_HINT }));
    } else {
      cover[key] = { path, to: posix.join('images', relative(resolve(dir), path).split(sep).join('/')), place };
    }
  }
  return cover;
}

/** The printer's profile, checked here, at its line, whatever editions are made (like a cover image). */
async function resolvePress(dir: string, configFile: string, config: BookletSchema['press'], locate: Locate, missing: VFileMessage[]): Promise<ResolvedBooklet['press']> {
  if (!config.profile) return {};
  const ref = { name: config.profile, path: resolve(dir, config.profile), place: locate(['press', 'profile']) };
  const profile = await readPressProfile(ref, configFile);
  if ('fatal' in profile) {
    missing.push(profile);
    return {};
  }
  return { profile: ref };
}

/** `editions:` names what `--edition` does (the registry's editions, or all). */
function checkEditions(names: string[], locate: Locate, missing: VFileMessage[]): void {
  const choices = editionChoices();
  names.forEach((name, index) => {
    if (choices.includes(name)) return;
    const reason = phrase('config.edition-unknown', { name, near: closestName(name, choices) ?? '' });
    missing.push(createMessage(reason, locate(['editions', index]), 'config', { hint: phrase('config.edition-known', { names: choices.join(', ') }) }));
  });
}

