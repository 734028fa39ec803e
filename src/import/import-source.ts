// `booklet import`: sources → manuscripts and booklet.yaml. Each source is read by the reader of its kind
// (readers.ts) into lines or blocks; lines are joined into paragraphs (join-lines.ts); the units are split
// into articles with their titles, subtitles, bylines and source notes (split-articles.ts); headings are
// recognised and levelled (recognise-headings.ts); each article is composed as a manuscript, lint's safe
// repairs made and every repair recorded (compose-article.ts); the text is checked against the source's
// (text-check.ts); then everything is written at once (write-import.ts), linted, and what is left for a
// human is printed at its place in the manuscript and in the source.
import { basename, extname, join, relative, resolve } from 'node:path';
import { readdir, stat } from 'node:fs/promises';
import type { VFileMessage } from 'vfile-message';
import { createMessage, fail, shortPath, type Reporter } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { CONFIG_FILE, loadBooklet } from '../config/load.js';
import type { ResolvedBooklet } from '../config/resolve.js';
import { readTextFile } from '../text/read-text.js';
import { RESERVED_IDS, readManuscripts } from '../manuscript/read.js';
import { lintText } from '../manuscript/lint-manuscript.js';
import { lintFiles } from '../manuscript/lint-files.js';
import { readerFor } from './readers.js';
import { sourceUnits } from './join-lines.js';
import { splitArticles, type ArticleDraft } from './split-articles.js';
import { recogniseHeadings } from './recognise-headings.js';
import { composeArticle, type ComposedArticle } from './compose-article.js';
import { checkNoTextLost } from './text-check.js';
import { placePhrase, placeRecorder, type PlaceRecorder } from './editorial.js';
import { scriptOf } from './script-of.js';
import { bookScript } from '../config/language.js';
import { LEFT_TO_DECIDE, appendToBookletYaml, newBookletYaml, today } from './booklet-yaml.js';
import { writeImport, type ImportFile } from './write-import.js';
import { placeAt } from './units.js';
import type { SourceDocument, SourcePlace } from './source.js';

export interface ImportOptions {
  /** The booklet folder to write into (created when missing; appended to when it holds booklet.yaml). */
  into: string;
  /** The title of the article whose source has none of its own. Default: none (the import then asks). */
  title?: string;
  /** List what was dropped as page furniture or clutter, and every repair. Default false. */
  verbose?: boolean;
  reporter: Reporter;
  /** The folder paths are shown from. Default the current folder. */
  cwd?: string;
}

export interface ImportResult {
  /** The files written, absolute. */
  written: string[];
  articles: ComposedArticle[];
  /** What is left to decide: the imported manuscripts' lint findings, with their places in the source. */
  left: VFileMessage[];
  /** Whether booklet.yaml was written afresh (else appended to). */
  newBooklet: boolean;
  /** The booklet.yaml written, absolute. */
  booklet: string;
}

/** A source read and made into articles. */
interface Imported {
  doc: SourceDocument;
  drafts: ArticleDraft[];
  record: PlaceRecorder;
}

/** Import `sources` into the booklet folder `options.into`. */
export async function importSources(sources: string[], options: ImportOptions): Promise<ImportResult> {
  const { reporter } = options;
  const cwd = options.cwd ?? process.cwd();
  const into = resolve(cwd, options.into);
  const existing = await existingBooklet(into);
  reporter.preferUi(existing.booklet?.ui);

  const imported = await readSources(sources, options);
  const { articles, recorders } = composeArticles(imported, existing, reporter);
  const { files, rulesSet } = importFiles(imported, articles, existing);
  if (options.verbose) reportDroppedAndRepaired(imported, articles, reporter);
  const written = await writeFiles(into, files, reporter);
  reportWritten(into, cwd, articles, existing.text === undefined, rulesSet, reporter);
  const left = await leftToDecide(into, cwd, articles, recorders);
  return { written, articles, left, newBooklet: existing.text === undefined, booklet: join(into, CONFIG_FILE) };
}

/** What `existingBooklet` found in the folder imported into. */
type Existing = Awaited<ReturnType<typeof existingBooklet>>;

/** Read every source, and find its articles: a source that cannot be read stops all before any write. */
async function readSources(sources: string[], options: ImportOptions): Promise<Imported[]> {
  const { reporter } = options;
  const imported: Imported[] = [];
  for (const path of sources) imported.push(await readSource(path, options));
  const given = imported.flatMap((s) => s.drafts).filter((d) => d.titleFrom === 'option');
  if (given.length > 1) fail(phrase('import.title-once', { count: given.length }), { file: sources.join(', ') }, 'import-title', phrase('import.title-once.hint'));
  if (options.title !== undefined && given.length === 0) reporter.info(phrase('import.title-unused', { title: options.title }));
  return imported;
}

/** One source read by the reader of its kind, and split into article drafts. */
async function readSource(path: string, options: ImportOptions): Promise<Imported> {
  const { reporter } = options;
  const reader = await readerFor(path);
  const done = reporter.stage(phrase('import.stage.read', { file: path }));
  let doc: SourceDocument;
  try {
    // As given (messages name it so), from the folder of the run.
    doc = await reader(options.cwd ? resolve(options.cwd, path) : path, { progress: (n) => reporter.laidOut(n, true) });
    doc.path = path;
  } catch (error) {
    done('fail');
    throw error;
  }
  done();
  doc.warnings?.forEach((m) => reporter.message(m));
  const units = sourceUnits(doc);
  const drafts = splitArticles(doc, units, options.title !== undefined ? { title: options.title } : {});
  return { doc, drafts, record: placeRecorder(pageOrdinals(doc)) };
}

/** Compose the manuscripts, each source's checked against it. */
function composeArticles(imported: Imported[], existing: Existing, reporter: Reporter): { articles: ComposedArticle[]; recorders: Map<ComposedArticle, PlaceRecorder> } {
  const taken = new Set(existing.ids);
  const names = new Set(existing.files);
  let position = existing.booklet?.articles.length ?? 0;
  const articles: ComposedArticle[] = [];
  const recorders = new Map<ComposedArticle, PlaceRecorder>();
  for (const { doc, drafts, record } of imported) {
    const composed = drafts.map((draft) => {
      position++;
      const id = uniqueId(drafts.length === 1 ? (slugOf(doc.path) ?? `article-${position}`) : `article-${position}`, taken);
      taken.add(id);
      let name = `${String(position).padStart(2, '0')}-${id}.md`;
      for (let k = 2; names.has(name); k++) name = `${String(position).padStart(2, '0')}-${id}-${k}.md`;
      names.add(name);
      return composeArticle(doc, draft, recogniseHeadings(draft.body, doc.kind), name, id, record);
    });
    checkNoTextLost(doc, composed, record, drafts.some((d) => d.titleFrom === 'document'));
    articles.push(...composed);
    composed.forEach((a) => recorders.set(a, record));
    reporter.info(phrase('import.read', { file: doc.path, count: composed.length }));
  }
  return { articles, recorders };
}

/** The files to write: the manuscripts, the pictures they refer to, and booklet.yaml (new or appended to);
 *  with the rules booklet.yaml was made to set. */
function importFiles(imported: Imported[], articles: ComposedArticle[], existing: Existing): { files: ImportFile[]; rulesSet: string[] } {
  // booklet.yaml: the rules whose findings are left for a human are warnings while they are.
  const settings = existing.booklet?.lint.rules ?? {};
  // A new booklet.yaml says the articles' script; an existing one has its own language.
  const script = existing.text !== undefined ? undefined : scriptOf(articles.map((a) => a.text));
  const found = new Set(articles.flatMap((a) => lintText(a.name, a.text, settings, undefined, undefined, script ?? bookScript(existing.booklet?.language)).messages.filter((m) => m.fatal).map((m) => m.ruleId ?? '')));
  const warnings = LEFT_TO_DECIDE.filter((rule) => found.has(rule));
  const files: ImportFile[] = articles.map((a) => ({ name: a.name, text: a.text }));
  // The pictures a source holds (a .docx's, a saved web page's), where its manuscripts refer to them.
  for (const { doc } of imported) for (const media of doc.media ?? []) files.push({ name: media.name, text: media.bytes });
  let rulesSet = warnings;
  if (existing.text !== undefined) {
    const appended = appendToBookletYaml(existing.text, articles.map((a) => a.name), warnings);
    rulesSet = appended.set;
    files.push({ name: CONFIG_FILE, text: appended.text });
  } else {
    files.push({ name: CONFIG_FILE, text: newBookletYaml(articles.map((a) => a.name), warnings, today(), script) });
  }
  return { files, rulesSet };
}

/** `--verbose`: what was dropped as page furniture or clutter, and every repair. */
function reportDroppedAndRepaired(imported: Imported[], articles: ComposedArticle[], reporter: Reporter): void {
  for (const { doc, record } of imported) {
    for (const d of doc.dropped) reporter.info(phrase('import.dropped', { file: doc.path, at: placePhrase(record(d.place)), why: phrase(`import.why.${d.why}`), text: d.text }));
  }
  for (const a of articles) for (const r of a.editorial) reporter.info(phrase('import.repair', { file: a.name, action: r.entry.action, note: r.note }));
}

/** Write everything at once, as a stage of its own. */
async function writeFiles(into: string, files: ImportFile[], reporter: Reporter): Promise<string[]> {
  const done = reporter.stage(phrase('import.stage.write', { dir: into }));
  let written: string[];
  try {
    written = await writeImport(into, files);
  } catch (error) {
    done('fail');
    throw error;
  }
  done();
  return written;
}

/** Say what was written: each manuscript, booklet.yaml, and the rules it was made to set. */
function reportWritten(into: string, cwd: string, articles: ComposedArticle[], newBooklet: boolean, rulesSet: string[], reporter: Reporter): void {
  const shown = (file: string) => shortPath(file, cwd);
  for (const a of articles) reporter.info(phrase('import.wrote', { file: shown(join(into, a.name)), title: a.meta.title, count: a.editorial.length }));
  const yamlFile = shown(join(into, CONFIG_FILE));
  if (newBooklet) reporter.info(phrase('import.booklet-new', { file: yamlFile }));
  else reporter.info(phrase('import.booklet-appended', { file: yamlFile, count: articles.length }));
  if (rulesSet.length > 0) reporter.info(phrase('import.rules-set', { file: yamlFile, rules: rulesSet.join(', ') }));
}

/** Lint what was written, as `booklet lint` does; what is left is shown at its place in the source too. */
async function leftToDecide(into: string, cwd: string, articles: ComposedArticle[], recorders: Map<ComposedArticle, PlaceRecorder>): Promise<VFileMessage[]> {
  const lint = await lintFiles([into], { cwd });
  return lint.messages.flatMap((m) => {
    const article = articles.find((a) => resolve(cwd, m.file ?? '') === join(into, a.name));
    return article ? [inSource(m, article, recorders.get(article)!)] : [];
  });
}

/** A lint finding on an imported manuscript, with the place in the source of the text it is about. */
function inSource(message: VFileMessage, article: ComposedArticle, record: PlaceRecorder): VFileMessage {
  const line = message.line ?? 1;
  const block = [...article.placed].reverse().find((p) => p.line <= line);
  const place: SourcePlace = block ? placeAt(block.block.unit, Math.max(0, (message.column ?? 1) - 1 - block.prefix)) : article.place;
  const finding = message.phrases?.reason ?? message.reason;
  const hint = message.phrases?.hint ?? message.note;
  return createMessage(phrase('import.left', { finding, at: placePhrase(record(place)) }), { file: message.file ?? article.name, line: message.line, column: message.column }, message.ruleId ?? 'lint', {
    fatal: message.fatal === true,
    ...(hint ? { hint } : {}),
  });
}

/** What the folder already holds: its booklet.yaml (validated: a broken one stops the import), the ids of
 *  its articles and the names of its files. */
async function existingBooklet(into: string): Promise<{ booklet?: ResolvedBooklet; text?: string; ids: string[]; files: string[] }> {
  const files = await readdir(into).catch(() => [] as string[]);
  const info = await stat(into).catch(() => undefined);
  if (info && !info.isDirectory()) fail(phrase('import.into-not-folder', { dir: into }), { file: into }, 'import', phrase('import.into-not-folder.hint'));
  if (!files.includes(CONFIG_FILE)) {
    if (files.includes('booklet.yml')) fail(phrase('config.yml-instead', { dir: into }), { file: join(into, 'booklet.yml') }, 'config', phrase('config.rename', { command: `mv ${join(into, 'booklet.yml')} ${join(into, CONFIG_FILE)}` }));
    return { ids: [], files };
  }
  const booklet = await loadBooklet(into);
  const text = await readTextFile(join(into, CONFIG_FILE), 'config');
  // The ids the booklet's articles take (their front matter's, else their file names'): an article whose
  // manuscript does not read (yet) keeps the one its name gives.
  const ids = await readManuscripts(booklet, into)
    .then((all) => all.map((m) => m.meta.id))
    .catch(() => booklet.articles.map((a) => basename(a.path, '.md').toLowerCase().replace(/^[\d_-]+/, '')));
  return { booklet, text, ids, files: [...files, ...booklet.articles.map((a) => relative(into, a.path))] };
}

/** An id from a source's file name (`heyuan-speech.txt` → `heyuan-speech`), when it makes one. */
function slugOf(path: string): string | undefined {
  const slug = basename(path, extname(path)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[\d-]+|-+$/g, '');
  return /^[a-z][a-z0-9-]{1,23}$/.test(slug) ? slug : undefined;
}

/** `base`, or `baseb`, `basec`…: an id no other article has, not reserved, and not one that the section
 *  ids of another (`<id>-<n>`) could take, nor whose could take another's (read.ts holds the same). */
function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const free = (id: string) => !RESERVED_IDS.has(id) && !taken.has(id) && ![...taken].some((x) => id.startsWith(`${x}-`) || x.startsWith(`${id}-`));
  for (let k = 1; ; k++) {
    // Past z, a base another id's sections could all clash with (`article` against `article-3`) gives way.
    const id = k === 1 ? base : k <= 26 ? `${base}${String.fromCharCode(96 + k)}` : `imported${k}`;
    if (free(id)) return id;
  }
}

/** Each PDF line's number on its page, in reading order. */
function pageOrdinals(doc: SourceDocument): Map<SourcePlace, number> {
  const ordinals = new Map<SourcePlace, number>();
  const count = new Map<number, number>();
  for (const line of doc.lines ?? []) {
    if (line.place.page === undefined) continue;
    const n = (count.get(line.place.page) ?? 0) + 1;
    count.set(line.place.page, n);
    ordinals.set(line.place, n);
  }
  return ordinals;
}
