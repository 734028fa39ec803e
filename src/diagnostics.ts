// Messages and the reporter. Every problem the user can act on is a vfile message with a place and a
// rule id; this is the only module that prints them.
import { isAbsolute, relative } from 'node:path';
import { VFileMessage } from 'vfile-message';
import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';
import { phrase, say } from './ui/catalogue.js';
import type { Phrase } from './ui/phrase.js';
import type { Ui } from './ui/ui.js';
import type { TerminalLanguage } from './ui/terminal-language.js';
import type { Ora } from 'ora';

declare module 'vfile-message' {
  interface VFileMessage {
    /** The message and its hint as phrases of the catalogue, worded when printed (`reason` and `note`
     *  hold their English). */
    phrases?: { reason?: Phrase; hint?: Phrase };
  }
}

/** Where a problem is: a file, and a line and column when known (1-based). */
export interface Place {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** A fatal problem: the build stops, prints these messages and exits non-zero. */
export class BookletError extends Error {
  readonly messages: VFileMessage[];
  constructor(messages: VFileMessage[]) {
    super(messages.map((m) => m.reason).join('; '));
    this.name = 'BookletError';
    this.messages = messages;
  }
}

/** Make one message. `hint` says how to fix it and is printed on the next line. */
export function createMessage(
  reason: string | Phrase,
  place: Place,
  ruleId: string,
  options: { fatal?: boolean; hint?: string | Phrase | undefined } = {},
): VFileMessage {
  const point = place.line ? { line: place.line, column: place.column ?? 1 } : undefined;
  const message = new VFileMessage(say('en', reason), { place: point, ruleId, source: 'booklet' });
  message.file = place.file;
  message.fatal = options.fatal ?? true;
  if (options.hint) message.note = say('en', options.hint);
  const phrases = { ...(typeof reason === 'string' ? {} : { reason }), ...(options.hint && typeof options.hint !== 'string' ? { hint: options.hint } : {}) };
  if (phrases.reason || phrases.hint) message.phrases = phrases;
  return message;
}

/** A message on `file` (a plugin's, `file.message`) with its reason and hint as phrases of the catalogue;
 *  a warning unless `fatal`. */
export function fileMessage(
  file: VFile,
  reason: Phrase,
  options: { place?: Point | Position | undefined; ruleId: string; fatal?: boolean; hint?: Phrase | undefined },
): VFileMessage {
  const message = file.message(say('en', reason), { place: options.place, ruleId: options.ruleId, source: 'booklet' });
  message.fatal = options.fatal ?? false;
  if (options.hint) message.note = say('en', options.hint);
  message.phrases = { reason, ...(options.hint ? { hint: options.hint } : {}) };
  return message;
}

/** The first line of an error's message: the detail a message quotes (a library's own words). */
export const firstLine = (error: unknown): string => String((error as Error | undefined)?.message ?? error).split('\n')[0]!;

/** Throw a single fatal message. */
export function fail(reason: string | Phrase, place: Place, ruleId: string, hint?: string | Phrase): never {
  throw new BookletError([createMessage(reason, place, ruleId, hint ? { hint } : {})]);
}

/** The fatal messages a vfile collected, as one error to throw; `undefined` when there are none. */
export function fatalMessages(files: VFile[]): BookletError | undefined {
  const fatal = files.flatMap((file) => file.messages.filter((m) => m.fatal === true));
  return fatal.length > 0 ? new BookletError(fatal) : undefined;
}

function severity(message: VFileMessage, ui: Ui): string {
  return say(ui, phrase(message.fatal === true ? 'severity.error' : message.fatal === false ? 'severity.warning' : 'severity.info'));
}

/** `file:line:col severity reason  rule-id` (the line of `vfile`'s reporters and of compilers), every part
 *  printable (a file name or a quoted value may hold anything); worded in `ui` (default English), but for
 *  the place and the rule id. */
export function formatMessage(message: VFileMessage, cwd = process.cwd(), ui: Ui = 'en'): string {
  const file = message.file ? shortPath(message.file, cwd) : '<booklet>';
  const where = message.line ? `${file}:${message.line}:${message.column ?? 1}` : file;
  const rule = message.ruleId ? `  ${message.ruleId}` : '';
  const reason = message.phrases?.reason ? say(ui, message.phrases.reason) : message.reason;
  const note = message.phrases?.hint ? say(ui, message.phrases.hint) : message.note;
  const hint = note ? `\n  ${say(ui, phrase('hint'))}${printable(note)}` : '';
  return `${printable(`${where} ${severity(message, ui)} ${reason}${rule}`)}${hint}`;
}

/** A change made to a file (by `lint --fix`): where, by which rule, and the text around it before and
 *  after. */
export interface Change {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  before: string;
  after: string;
}

/** `file:line:col  rule-id  before → after`, every part printable, and what a change removes or inserts
 *  visible: a line end as ↵, a tab as \t, a space that shows nothing (U+FEFF, U+200B, no-break space) as
 *  its code. */
export function formatChange(change: Change, cwd = process.cwd()): string {
  const visible = (text: string) =>
    printable(text.replace(/\n/g, '↵').replace(/\t/g, '\\t').replace(/[\u00a0\u200b-\u200f\u2028\u2029\u2060-\u2064\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `${printable(`${shortPath(change.file, cwd)}:${change.line}:${change.column}  ${change.ruleId}`)}  ${visible(change.before)} → ${visible(change.after)}`;
}

/** Control characters (but line feed and tab) and bidirectional overrides as `\u001b`: echoed raw, an
 *  escape sequence clears or rewrites the terminal, and an override reorders what the line seems to say. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A path relative to `cwd` when it is inside it, else as given. */
export function shortPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** What to print for a failure that is not the user's mistake: a bug, said to be one. */
export function internalError(error: unknown, ui: Ui = 'en'): string {
  const detail = process.env['BOOKLET_DEBUG'] ? (error as Error).stack : (error as Error).message;
  return say(ui, phrase('internal-error', { detail: printable(String(detail)) }));
}

/** Prints messages and progress. One per CLI run; nothing else writes to the terminal. */
export interface Reporter {
  message(message: VFileMessage): void;
  info(text: string | Phrase): void;
  /** booklet.yaml's `ui:` (taken unless `--ui` chose; see terminal-language.ts). */
  preferUi(ui: Ui | undefined): void;
  /** Start a stage; the returned function ends it, with a note on what it did (shown with `--timings`
   *  and on a TTY). Shown as a spinner on a TTY; elsewhere a stage that runs long prints a line every
   *  few seconds. */
  stage(label: string | Phrase, detail?: boolean): (outcome?: 'ok' | 'fail', note?: string) => void;
  /** Pages laid out so far (shown beside the stage on a terminal); `read`: pages of a source read so far
   *  (`booklet import`). */
  laidOut(pages: number, read?: boolean): void;
}

/** How often a stage that is still running says so when stderr is no terminal (a CI log, a pipe). */
export const PROGRESS_EVERY = 5000;

/** A reporter for a terminal: messages on stderr, progress as a spinner when stderr is an interactive
 *  TTY, else a line every `progressEvery` ms (default PROGRESS_EVERY) of a stage still running; with
 *  `timings`, one line per stage with its time instead (default false). */
export async function createReporter(options: { quiet?: boolean; timings?: boolean; progressEvery?: number; language?: TerminalLanguage } = {}): Promise<Reporter> {
  const language = options.language ?? { ui: 'en' as Ui, prefer: () => {} };
  // A pseudo-terminal with no size (`script`, some CI runners) makes a spinner redraw forever: need columns.
  const interactive = Boolean(process.stderr.isTTY) && (process.stderr.columns ?? 0) > 0 && !process.env['CI'] && !options.quiet;
  const ora = interactive ? (await import('ora')).default : undefined;
  const display = createDisplay(language);
  return {
    message(message) {
      // An info (neither error nor warning: the blank pages imposing added) is no problem: --quiet leaves it out.
      if (options.quiet && message.fatal !== true && message.fatal !== false) return;
      display.above(`${formatMessage(message, process.cwd(), language.ui)}\n`);
    },
    info(text) {
      if (!options.quiet) display.above(`${printable(say(language.ui, text))}\n`);
    },
    preferUi: (ui) => language.prefer(ui),
    stage(raw, detail = false) {
      const label = printable(say(language.ui, raw));
      if (options.timings) return timedStage(label);
      if (!ora) return options.quiet || detail ? () => {} : ticking(label, options.progressEvery ?? PROGRESS_EVERY);
      // One spinner for the whole run, showing the stage now running (a step inside a stage is not
      // shown) and the pages laid out; a stage that ends leaves no line behind, one that fails does.
      if (detail) return () => {};
      return spinnerStage(display, ora, label);
    },
    laidOut(pages, read = false) {
      display.pages = pages;
      display.read = read;
      display.show();
    },
  };
}

/** A terminal reporter's one spinner: the stages running, and the pages laid out so far. */
interface Display {
  spinner: Ora | undefined;
  running: { label: string }[];
  pages: number;
  read: boolean;
  /** Show the stage now running, and the pages laid out. */
  show(): void;
  /** Write a line above the spinner. */
  above(line: string): void;
}

/** A display with no spinner yet, worded in `language`'s ui as it is when shown. */
function createDisplay(language: TerminalLanguage): Display {
  const display: Display = {
    spinner: undefined,
    running: [],
    pages: 0,
    read: false,
    show() {
      const now = display.running.at(-1)?.label;
      if (display.spinner && now) display.spinner.text = display.pages > 0 ? `${now} · ${say(language.ui, phrase(display.read ? 'stage.pages-read' : 'stage.pages', { pages: display.pages }))}` : now;
    },
    above(line: string) {
      display.spinner?.clear();
      process.stderr.write(line);
      display.spinner?.render();
    },
  };
  return display;
}

/** A stage with `--timings`: one line when it ends, with its time. */
function timedStage(label: string): (outcome?: 'ok' | 'fail', note?: string) => void {
  const started = performance.now();
  // performance.now() counts from the process's start: the second figure shows the critical path.
  const ms = (n: number) => `${Math.round(n).toString().padStart(6)} ms`;
  return (outcome = 'ok', note) => void process.stderr.write(`${outcome === 'ok' ? 'done' : 'FAIL'} ${ms(performance.now() - started)}, at ${ms(performance.now())}  ${label}${note ? `: ${printable(note)}` : ''}\n`);
}

/** A stage shown on the display's spinner (started by `ora` when none is running). */
function spinnerStage(display: Display, ora: typeof import('ora').default, label: string): (outcome?: 'ok' | 'fail') => void {
  const entry = { label };
  display.running.push(entry);
  display.spinner ??= ora({ text: label, stream: process.stderr, discardStdin: false }).start();
  display.show();
  return (outcome = 'ok') => {
    display.running.splice(display.running.indexOf(entry), 1);
    if (outcome === 'fail') display.spinner?.stopAndPersist({ symbol: '✖', text: label });
    if (outcome === 'fail' || display.running.length === 0) {
      display.spinner?.stop();
      display.spinner = undefined;
    } else display.show();
  };
}

/** A line on stderr every `every` ms until the returned function is called: a long stage in a CI log
 *  shows that the build goes on (a stage that does long synchronous work yields now and then for it). */
function ticking(label: string, every: number): () => void {
  const started = performance.now();
  const timer = setInterval(() => {
    const s = (performance.now() - started) / 1000;
    process.stderr.write(`… ${label.trim()}: ${s < 10 ? s.toFixed(1) : Math.round(s)} s\n`);
  }, every);
  timer.unref();
  return () => clearInterval(timer);
}

/** A reporter that keeps everything, for tests. */
export function createMemoryReporter(): Reporter & { messages: VFileMessage[]; lines: string[] } {
  const messages: VFileMessage[] = [];
  const lines: string[] = [];
  return {
    messages,
    lines,
    message: (m) => void messages.push(m),
    info: (t) => void lines.push(say('en', t)),
    preferUi: () => {},
    laidOut: () => {},
    stage: () => () => {},
  };
}
