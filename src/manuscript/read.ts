// Read the manuscripts named in booklet.yaml: file → VFile, Markdown → mdast, front matter → validated
// article metadata. Every user mistake becomes a message at its file, line and column.
import { relative, basename } from 'node:path';
import { VFile } from 'vfile';
import type { Root, Yaml } from 'mdast';
import { BookletError, createMessage } from '../diagnostics.js';
import { phrase, say } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';
import type { VFileMessage } from 'vfile-message';
import { ArticleSchema } from '../config/schema.js';
import type { ResolvedBooklet, ResolvedArticleRef } from '../config/resolve.js';
import { validateYaml } from '../config/validate-yaml.js';
import { readTextFile } from '../text/read-text.js';
import { parseManuscript } from './parse.js';
import { keptByText, type KeptByText } from './kept-by-text.js';
import { location } from 'vfile-location';
import { toString } from 'mdast-util-to-string';
import { STRAY_BOM } from './lint/stray-bom.js';

/** Ids of the booklet's own parts and EPUB files; an article cannot take them (`page`: the EPUB's
 *  page-break markers are `page-<folio>`, as its headings would be). */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['page', 'cover', 'title-page', 'toc', 'toc-title', 'colophon', 'nav', 'content', 'fonts', 'styles', 'images', 'notes']);

export interface ArticleMeta extends ArticleSchema {
  /** ASCII anchor id, unique in the booklet. */
  id: string;
  /** From front matter, or from the `# 标题` the manuscript opens with. */
  title: string;
}

export interface Manuscript {
  file: VFile;
  tree: Root;
  meta: ArticleMeta;
}

/** The articles' authors, each once, in order. */
export function articleAuthors(articles: ArticleMeta[]): string[] {
  return [...new Set(articles.map((a) => a.author).filter((a): a is string => Boolean(a)))];
}

/** What a command that runs on keeps of the manuscripts it read, for its next read (keep-session.ts);
 *  only those of the latest read. The callers change the trees and the metadata they get (the HTML
 *  stage): each read gets copies. */
export interface KeptManuscripts {
  /** The trees parsed, by text (parse.ts). */
  trees: KeptByText<Root>;
  /** Front matter found valid, by its YAML text: validating the stress book's 40 took ~27 ms of each
   *  rebuild. Only valid ones (a message names its file and line, which can change). */
  frontMatters: KeptByText<ArticleSchema>;
}

/** Nothing kept yet. */
export function keptManuscripts(): KeptManuscripts {
  return { trees: keptByText(), frontMatters: keptByText() };
}

export interface ReadOptions {
  /** A change of each text as read, before anything else sees it (a Traditional variant's, src/variant/),
   *  given the file as messages name it. Default none. */
  convert?: ((text: string, path: string) => string) | undefined;
  /** What the command keeps from one read for the next. Default none: every text parsed and validated. */
  kept?: KeptManuscripts | undefined;
}

/** Read and parse every article; all problems of all files are reported together. */
export async function readManuscripts(booklet: ResolvedBooklet, cwd = process.cwd(), options: ReadOptions = {}): Promise<Manuscript[]> {
  const { kept } = options;
  const results = await Promise.all(booklet.articles.map((ref, index) => readManuscript(ref, index, cwd, options)));
  // The trees and the front matter of these texts only.
  kept?.trees.forgetOthers(results.flatMap((r) => ('file' in r ? [String(r.file.value)] : [])));
  const messages = results.flatMap((r) => ('messages' in r ? r.messages : []));
  const manuscripts = results.filter((r): r is Manuscript => 'tree' in r);
  kept?.frontMatters.forgetOthers(manuscripts.flatMap((m) => (m.tree.children[0]?.type === 'yaml' ? [m.tree.children[0].value] : [])));

  const ids = new Map<string, Manuscript>();
  for (const m of manuscripts) {
    const id = m.meta.id;
    const other = ids.get(id);
    // Section ids are `<article>-<n>`, so an article id of that form could clash with them.
    const clash = [...ids.keys()].find((x) => id.startsWith(`${x}-`) || x.startsWith(`${id}-`));
    const reason = RESERVED_IDS.has(id)
      ? phrase('read.id-reserved', { id })
      : other
        ? phrase('read.id-taken', { id, other: other.file.path })
        : clash
          ? phrase('read.id-clash', { id, clash })
          : undefined;
    if (reason) {
      messages.push(createMessage(reason, { file: m.file.path, line: 1 }, 'front-matter', { hint: phrase('read.id.hint') }));
    }
    ids.set(id, m);
  }
  if (messages.length > 0) throw new BookletError(messages);
  return manuscripts;
}

function frontMatter(path: string, yaml: Yaml, kept: KeptByText<ArticleSchema> | undefined): { ok: true; value: ArticleSchema } | { ok: false; messages: VFileMessage[] } {
  const known = kept?.get(yaml.value);
  if (known) return { ok: true, value: known };
  const result = validateYaml({ file: path, text: yaml.value, lineOffset: yaml.position?.start.line ?? 1 }, ArticleSchema, 'front-matter');
  if (result.ok) kept?.keep(yaml.value, result.value);
  return result;
}

async function readManuscript(
  ref: ResolvedArticleRef,
  index: number,
  cwd: string,
  { convert, kept }: ReadOptions,
): Promise<Manuscript | { messages: VFileMessage[] }> {
  const path = relative(cwd, ref.path) || ref.path;
  const read = await readManuscriptText(ref, path);
  if (typeof read !== 'string') return read;
  const { text, bomAt, boms } = withoutStrayBoms(convert ? convert(read, path) : read);
  const file = new VFile({ path, value: text, cwd });
  if (bomAt) warn(file, phrase('read.stray-bom', { count: boms }), bomAt, 'stray-bom', phrase('read.stray-bom.hint'));
  const tree = parseManuscript(file, kept?.trees);
  const yaml = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  const body = tree.children.filter((node) => node.type !== 'yaml');

  if (text.trim() === '') {
    return { messages: [createMessage(phrase('read.empty'), { file: path, line: 1 }, 'manuscript', { hint: phrase('read.empty.hint') })] };
  }
  const result = yaml ? frontMatter(path, yaml, kept?.frontMatters) : { ok: true as const, value: ArticleSchema.parse({}) };
  if (!result.ok) return { messages: result.messages };
  const titled = articleTitle(path, body, yaml, result.value.title);
  if ('messages' in titled) return titled;
  const { title, opening } = titled;
  if (opening) tree.children.splice(tree.children.indexOf(opening), 1);
  if (body.length === (opening ? 1 : 0)) {
    const line = ((opening ?? yaml)?.position?.end.line ?? 1) + 1;
    const [reason, hint] = opening
      ? [phrase('read.no-text-after-title'), phrase('read.no-text-after-title.hint')]
      : [phrase('read.no-text-after-front-matter'), phrase('read.no-text-after-front-matter.hint')];
    return { messages: [createMessage(reason, { file: path, line }, 'manuscript', { hint })] };
  }
  const meta: ArticleMeta = { ...result.value, title, id: result.value.id ?? idFromName(ref.path, index) };
  warnIfLarge(file, text, yaml);
  return { file, tree, meta };
}

/** The manuscript's text (`path`: its file as messages name it), or why it cannot be read. */
async function readManuscriptText(ref: ResolvedArticleRef, path: string): Promise<string | { messages: VFileMessage[] }> {
  try {
    return await readTextFile(ref.path, 'manuscript', {
      file: ref.place.file,
      line: ref.place.line ?? 1,
      column: ref.place.column ?? 1,
    });
  } catch (error) {
    // Not found: the message points at booklet.yaml; bad bytes: at the manuscript (relative path).
    if (error instanceof BookletError) return { messages: error.messages.map((m) => (m.file === ref.path ? Object.assign(m, { file: path }) : m)) };
    throw error;
  }
}

/** `text` without its stray U+FEFFs, with where the first was and how many there were. */
function withoutStrayBoms(text: string): { text: string; bomAt: { line: number; column: number } | undefined; boms: number } {
  // U+FEFF inside the text would reach every edition's text: removed here, with a warning at the first
  // one (`lint --fix` removes them from the file). Later columns on that line shift by one.
  const firstBom = text.indexOf(STRAY_BOM);
  const bomAt = firstBom < 0 ? undefined : location(text).toPoint(firstBom);
  const boms = firstBom < 0 ? 0 : text.split(STRAY_BOM).length - 1;
  return { text: boms > 0 ? text.replaceAll(STRAY_BOM, '') : text, bomAt, boms };
}

/** The article's title, and the `# 标题` that opens the body when that is it; or why it has none. */
function articleTitle(path: string, body: Root['children'], yaml: Yaml | undefined, given: string | undefined): { title: string; opening: Root['children'][number] | undefined } | { messages: VFileMessage[] } {
  // Without a title in front matter (or without front matter) the `# 标题` the text opens with is the
  // title, printed by the article header; so is one that repeats the title. Any other `#` is a section
  // (html/remark-section-levels.ts).
  const first = body[0];
  const heading = first?.type === 'heading' && first.depth === 1 ? toString(first).trim() : '';
  const opening = heading !== '' && (given ?? heading) === heading ? first : undefined;
  const title = given ?? (opening && heading);
  if (!title) {
    const reason = yaml ? phrase('config.missing-key', { key: 'title' }) : phrase('read.no-title');
    const line = yaml ? (yaml.position?.start.line ?? 1) + 1 : 1;
    return { messages: [createMessage(reason, { file: path, line, column: 1 }, 'front-matter', { hint: TITLE_HINT })] };
  }
  return { title, opening };
}

/** A warning on a manuscript too large to lay out as more than one part. */
function warnIfLarge(file: VFile, text: string, yaml: Yaml | undefined): void {
  // One very long article is one part of the book to lay out (src/paginate/units.ts): it cannot be shared
  // among cores or cached piece by piece. The book can still be right: a warning.
  // The body only: front matter is not laid out.
  const bodyText = text.slice(yaml?.position?.end.offset ?? 0);
  const bytes = Buffer.byteLength(bodyText);
  if (bytes > LARGE_MANUSCRIPT) {
    const size = phrase('read.large', { megabytes: (bytes / 1048576).toFixed(1), pages: Math.round(bodyText.length / 700) });
    warn(file, size, { line: 1, column: 1 }, 'manuscript-size', phrase('read.large.hint'));
  }
}

/** A warning on `file`, its reason and hint phrases of the catalogue (English in `reason` and `note`). */
function warn(file: VFile, reason: Phrase, place: { line: number; column: number }, ruleId: string, hint: Phrase): void {
  const message = file.message(say('en', reason), { place, ruleId, source: 'booklet' });
  message.note = say('en', hint);
  message.phrases = { reason, hint };
}

const TITLE_HINT = phrase('read.title.hint', { example: '# 标题' });

/** Above this a manuscript gets a warning (about 1,000 A5 pages of Chinese). */
const LARGE_MANUSCRIPT = 2 * 1024 * 1024;

/** `01-ai.md` → `ai`; a name with no ASCII letters gives `a1`, `a2`, … by position. */
function idFromName(path: string, index: number): string {
  const stem = basename(path, '.md').toLowerCase().replace(/^[\d_-]+/, '').replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(stem) ? stem.slice(0, 24) : `a${index + 1}`;
}
