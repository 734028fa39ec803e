// booklet lint: which files (a booklet folder's articles, or files named), their rule settings from
// booklet.yaml, and --fix: each change described at its place in the file as it was, the file written
// atomically in its own encoding, byte-order mark and line ends (or, with --dry-run, not at all).
import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { loadBooklet, CONFIG_FILE } from '../config/load.js';
import { checkSettingIds } from '../config/setting-ids.js';
import { RULES } from './lint/index.js';
import { createMessage, fail, type Change } from '../diagnostics.js';
import { encodeText, readText } from '../text/read-text.js';
import { applyEdits, lintText, type RuleSettings } from './lint-manuscript.js';
import { describeChanges, placeBeforeFixes } from './describe-changes.js';
import { fontCoverage, type CodePoints } from '../html/font-coverage.js';
import { defaultFaces, type BookFaces, type FontFace } from '../html/fonts.js';
import { fallbackOf, withFallback } from '../html/fallback-faces.js';
import { phrase } from '../ui/catalogue.js';
import type { Ui } from '../ui/ui.js';
import { bookScript, type BookScript } from '../config/language.js';


export interface LintFilesResult {
  /** What is left: after --fix, the fixed file's problems; after --dry-run, the file's problems that no
   *  fix takes away. */
  messages: VFileMessage[];
  /** Files changed by --fix (with --dry-run: that it would change), with the number of fixes. */
  fixed: { path: string; fixes: number }[];
  /** Every change --fix made (would make), file by file, at its place in the file as it was. */
  changes: Change[];
  /** Whether nothing was written. */
  dryRun: boolean;
  /** The `ui:` of the first booklet.yaml linted (the reporter takes it unless `--ui` chose). */
  ui?: Ui;
}

export interface LintFilesOptions {
  /** Apply the safe fixes (default false). */
  fix?: boolean;
  /** Describe the changes `fix` would make, write nothing; implies `fix` (default false). */
  dryRun?: boolean;
  /** The folder file names are shown from (default: the current folder). */
  cwd?: string;
}

/** The characters of each face read so far (a face file read once per run). */
const coverages = new Map<string, Promise<Set<number>>>();
const mapOf = (face: FontFace) => {
  if (!coverages.has(face.path)) coverages.set(face.path, fontCoverage(face));
  return coverages.get(face.path)!;
};

/** What the body text's face covers, with its fallback's help (html/fallback-faces.ts). */
async function coverageOf(faces: BookFaces): Promise<CodePoints> {
  const fallback = fallbackOf(faces, faces.text);
  return withFallback(await mapOf(faces.text), fallback && (await mapOf(fallback)));
}

/** Lint `paths` (files, or folders with booklet.yaml; default `manuscripts`). */
export async function lintFiles(paths: string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  const cwd = options.cwd ?? process.cwd();
  // Each file with the faces its text is set in (what they lack prints as tofu: font-coverage) and the
  // book's script (which quotation marks are right).
  const targets: { path: string; settings: RuleSettings; faces: BookFaces; script: BookScript }[] = [];
  let ui: Ui | undefined;
  // As build's DIR: the current folder when it holds booklet.yaml, else manuscripts/.
  const fallback = (await stat(join(cwd, CONFIG_FILE)).catch(() => undefined)) ? '.' : 'manuscripts';
  for (const path of paths.length > 0 ? paths : [fallback]) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory() && (await stat(join(path, CONFIG_FILE)).catch(() => undefined))) {
      const booklet = await loadBooklet(path);
      checkSettingIds(booklet, 'lint', RULES.map((r) => r.id));
      ui ??= booklet.ui;
      for (const article of booklet.articles) targets.push({ path: article.path, settings: booklet.lint.rules, faces: booklet.faces, script: bookScript(booklet.language) });
    } else {
      targets.push({ path, settings: {}, faces: defaultFaces(), script: 'Hans' });
    }
  }
  const messages: VFileMessage[] = [];
  const fixed: LintFilesResult['fixed'] = [];
  const changes: Change[] = [];
  const dryRun = options.dryRun === true;
  const fix = options.fix === true || dryRun;
  for (const target of targets) {
    const shown = relative(cwd, target.path) || target.path;
    const { text, ...stored } = await readText(target.path, 'lint');
    const coverage = await coverageOf(target.faces);
    const result = lintText(shown, text, target.settings, coverage, undefined, target.script);
    if (fix && result.edits.length > 0) {
      const next = applyEdits(text, result.edits);
      if (next === undefined) {
        messages.push(createMessage(phrase('lint.fix-not-applied'), { file: shown }, 'lint-fix', { fatal: false }));
      } else {
        changes.push(...describeChanges(shown, text, result.edits));
        fixed.push({ path: shown, fixes: result.edits.length });
        // What is left after fixing: in the fixed file, or (a dry run) placed in the file as it stays.
        const left = lintText(shown, next, target.settings, coverage, undefined, target.script).messages;
        if (dryRun) {
          messages.push(...placeBeforeFixes(left, text, next, result.edits));
        } else {
          await writeThrough(target.path, encodeText(next, stored));
          messages.push(...left);
        }
        continue;
      }
    }
    messages.push(...result.messages);
  }
  return { messages, fixed, changes, dryRun, ...(ui ? { ui } : {}) };
}

/** Replace the file `path` names atomically: a symlinked article is written through its link (the link
 *  stays), beside the file it names, with that file's mode. */
async function writeThrough(path: string, bytes: Uint8Array): Promise<void> {
  const real = await realpath(path);
  const tmp = `${real}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await chmod(tmp, (await stat(real)).mode & 0o7777);
    await rename(tmp, real);
  } catch (error) {
    await rm(tmp, { force: true });
    fail(phrase('lint.cannot-write', { file: real, code: (error as NodeJS.ErrnoException).code ?? 'error' }), { file: path }, 'lint-fix', phrase('lint.cannot-write.hint'));
  }
}
