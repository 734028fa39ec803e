// The editions a build can make, as pandoc has writers: each is one module (html.ts, screen.ts, …) that
// gives its name, its file, what it needs, and how to write it; index.ts registers them, one line each.
// The descriptors are light (their write imports its heavy modules when called), so that the command can
// name the editions, check `--edition` and booklet.yaml's `editions:`, and decide whether to start
// Chromium, without loading the pipeline.
import type { EditionContext } from './context.js';

/** What an edition needs beyond the typeset book (its tree and HTML, which every edition gets). */
export interface EditionNeeds {
  /** The book laid out by Paged.js in Chromium (its PDF and page facts). */
  pagination?: boolean;
  /** The first page drawn as an image (the EPUB's cover); implies the pagination. */
  cover?: boolean;
  /** Other editions whose bytes it is made from (the printed PDF from the screen PDF): they are made
   *  (and written only when asked for), before it. */
  editions?: readonly string[];
}

export interface EditionWriter {
  /** As `--edition` and booklet.yaml's `editions:` name it: lower case, no comma. */
  name: string;
  /** Its file in the output folder, e.g. `booklet-print.pdf` (a variant goes before the extension). */
  file: string;
  needs: EditionNeeds;
  /** Load what `write` will need while Chromium lays out (optional: the modules are cached, so `write`
   *  imports them again at no cost). */
  prepare?: () => Promise<unknown>;
  /** The edition's bytes. */
  write(context: EditionContext): Promise<Uint8Array | string>;
}

const writers: EditionWriter[] = [];

/** Add an edition (index.ts for the built-in ones; a test for a toy one). Its name must be new. */
export function registerEdition(writer: EditionWriter): EditionWriter {
  if (!/^[a-z][a-z0-9-]*$/.test(writer.name)) throw new Error(`booklet: an edition's name is lower-case ASCII: ${writer.name}`);
  if (writer.name === 'all' || writers.some((w) => w.name === writer.name)) throw new Error(`booklet: the edition ${writer.name} is registered twice (or is all, which names every edition)`);
  if (writers.some((w) => w.file === writer.file)) throw new Error(`booklet: two editions write ${writer.file}`);
  for (const name of writer.needs.editions ?? []) if (!writers.some((w) => w.name === name)) throw new Error(`booklet: ${writer.name} needs ${name}, registered after it`);
  writers.push(writer);
  return writer;
}

/** Every edition's name, in the order they are listed and written. */
export const editionNames = (): string[] => writers.map((w) => w.name);

/** The edition named `name` (undefined when there is none). */
export const findEdition = (name: string): EditionWriter | undefined => writers.find((w) => w.name === name);

/** The edition named `name`; a name not registered is a bug here (names from users are checked first). */
export function editionWriter(name: string): EditionWriter {
  const writer = findEdition(name);
  if (!writer) throw new Error(`booklet: no edition ${name}`);
  return writer;
}

/** A variant's tag in file names (`zh-Hant`, `zh-Hant-TW`): letters, digits and hyphens only, so that it
 *  can never name another folder. */
const VARIANT = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

/** The file of `edition` (a name or a writer), for a language variant (`zh-Hant`) before the extension:
 *  booklet.zh-Hant.pdf, booklet-print.zh-Hant.pdf. */
export function editionFile(edition: string | EditionWriter, variant?: string): string {
  const file = typeof edition === 'string' ? editionWriter(edition).file : edition.file;
  if (variant === undefined) return file;
  if (!VARIANT.test(variant)) throw new Error(`booklet: a variant is a language tag: ${variant}`);
  const dot = file.lastIndexOf('.');
  return dot > 0 ? `${file.slice(0, dot)}.${variant}${file.slice(dot)}` : `${file}.${variant}`;
}

/** Whether `name` (relative to the output folder) is an edition's file, of any variant. */
export function isEditionFile(name: string): boolean {
  return writers.some((w) => {
    const dot = w.file.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [w.file.slice(0, dot), w.file.slice(dot)] : [w.file, ''];
    return name === w.file || (name.startsWith(`${stem}.`) && name.endsWith(ext) && VARIANT.test(name.slice(stem.length + 1, name.length - ext.length)));
  });
}

/** `names` with what they need: the editions they are made from, before them; in registry order. */
export function withNeeded(names: Iterable<string>): string[] {
  const wanted = new Set<string>();
  const add = (name: string) => {
    if (wanted.has(name)) return;
    wanted.add(name);
    editionWriter(name).needs.editions?.forEach(add);
  };
  [...names].forEach(add);
  return editionNames().filter((name) => wanted.has(name));
}

/** Whether making `names` (and what they are made from) needs the pagination, and so Chromium. */
export const needsPagination = (names: Iterable<string>): boolean =>
  withNeeded(names).some((name) => editionWriter(name).needs.pagination === true || editionWriter(name).needs.cover === true);

/** Whether making `names` needs the first page as an image. */
export const needsCover = (names: Iterable<string>): boolean => withNeeded(names).some((name) => editionWriter(name).needs.cover === true);

/** What `--edition` and `editions:` accept: every edition's name, and `all`. */
export const editionChoices = (): string[] => [...editionNames(), 'all'];

/** The editions `names` choose (`all` is every one; each names a registered edition), in registry order. */
export function chosenEditions(names: Iterable<string>): string[] {
  const chosen = new Set(names);
  return chosen.has('all') ? editionNames() : editionNames().filter((name) => chosen.has(name));
}
