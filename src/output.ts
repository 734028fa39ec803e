// Writing outputs: each file goes to a temporary name in its final folder and is renamed into place only
// when the whole build has succeeded, so a failed build never leaves a half-written file where a good one
// was; the editions are renamed into place all or none. Static assets (fonts) are copied when missing or
// changed.
import { rmSync } from 'node:fs';
import { writeFile, rename, rm, stat, lstat, link, copyFile, readdir } from 'node:fs/promises';
import { dirname, join, basename, extname } from 'node:path';
import { fail } from './diagnostics.js';
import { removeStaleTemporaries } from './stale-temporaries.js';
import { makeFolder, writeHint } from './write-errors.js';
import { phrase } from './ui/catalogue.js';

export interface Output {
  /** The output folder, absolute. */
  dir: string;
  /** Write `name` under a temporary name; returns the temporary path (usable before commit). */
  write(name: string, data: string | Uint8Array): Promise<string>;
  /** Copy assets beside the outputs (needed by the HTML before commit): from a file, or their bytes (what
   *  was read and checked, e.g. an SVG image's sanitized copy). */
  copyAssets(assets: { from: string | Uint8Array; to: string }[]): Promise<void>;
  /** Rename every written file into place, all or none (a failure puts the previous files back);
   *  returns the final paths. */
  commit(): Promise<string[]>;
  /** Remove every temporary file (after a failure). */
  abort(): Promise<void>;
  /** After commit: delete the files in `folder` (relative) whose name is `ours` (a name only a build
   *  writes: the folder may hold the user's files too) and that are not in `keep` (relative paths). */
  prune(folder: string, keep: string[], ours: RegExp): Promise<void>;
}

/** A temporary (`tmp`) or a previous file kept until the commit is done (`old`): `.<name>.<pid>.<stamp>.
 *  tmp.<ext>` (tmpName), which a later build removes once its process is gone. */
const TEMPORARY = /^\..+\.(?<pid>\d+)\.[0-9a-z]+\.(tmp|old)(\.[^.]*)?$/;

/** The name a file written under its temporary name (`write`) will have once committed, for messages
 *  (the browser loads booklet.html from its temporary twin); any other path as it is. */
export function finalName(path: string): string {
  const temporary = /^\.(?<name>.+)\.\d+\.[0-9a-z]+\.tmp(?<ext>\.[^.]*)?$/.exec(basename(path));
  return temporary ? join(dirname(path), `${temporary.groups!['name']}${temporary.groups!['ext'] ?? ''}`) : path;
}

/** Temporary files written and not yet renamed or removed, of every build in this process: a command
 *  stopped by Ctrl-C or SIGTERM (stop-signals.ts exits on them) leaves none behind. */
const pending = new Set<string>();
process.once('exit', () => pending.forEach((tmp) => rmSync(tmp, { force: true })));

/** Open an output folder for one build. */
export async function openOutput(dir: string): Promise<Output> {
  await makeFolder(dir).catch((error: NodeJS.ErrnoException) => writeFailed(error, dir));
  const stamp = `${process.pid}.${Date.now().toString(36)}`;
  const staged: Staged[] = [];
  // Hidden, and keeping the extension: Chromium decides how to show a file:// URL by its extension.
  const tmpName: TmpName = (final, kind = 'tmp') => {
    const ext = extname(final);
    return join(dirname(final), `.${basename(final, ext)}.${stamp}.${kind}${ext}`);
  };
  // Left by builds killed before they could remove them (kill -9): once per folder this build writes in.
  const swept = new Set<string>();
  const sweep = async (folder: string) => {
    if (swept.has(folder)) return;
    swept.add(folder);
    await removeStaleTemporaries(folder, TEMPORARY);
  };
  await sweep(dir);

  return {
    dir,
    write: (name, data) => writeStaged(join(dir, name), data, staged, tmpName),
    async copyAssets(assets) {
      for (const asset of assets) await copyAsset(asset.from, join(dir, asset.to), sweep, tmpName);
    },
    async commit() {
      await commitAll(staged, tmpName, pending);
      const finals = staged.map((s) => s.final);
      staged.length = 0;
      return finals;
    },
    async abort() {
      await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
      staged.forEach((s) => pending.delete(s.tmp));
      staged.length = 0;
    },
    prune: (folder, keep, ours) => pruneFolder(dir, folder, keep, ours),
  };
}

/** A file written under its temporary name, and the name it takes on commit. */
type Staged = { tmp: string; final: string };

/** The temporary name of a build's file (`tmp`), or of the previous file kept aside on commit (`old`). */
type TmpName = (final: string, kind?: 'tmp' | 'old') => string;

/** Write `data` under the temporary name of `final`, staged for the commit; returns the temporary path. */
async function writeStaged(final: string, data: string | Uint8Array, staged: Staged[], tmpName: TmpName): Promise<string> {
  const tmp = tmpName(final);
  staged.push({ tmp, final });
  pending.add(tmp);
  try {
    await makeFolder(dirname(final));
    await writeFile(tmp, data);
  } catch (error) {
    writeFailed(error as NodeJS.ErrnoException, final);
  }
  return tmp;
}

/** Copy an asset (from a file, or its bytes) to `final` when it is not there yet, through a temporary
 *  name; `sweep` removes stale temporaries from its folder first. */
async function copyAsset(from: string | Uint8Array, final: string, sweep: (folder: string) => Promise<void>, tmpName: TmpName): Promise<void> {
  await sweep(dirname(final));
  // Asset names carry their content hash: one that exists is the same file.
  if (await stat(final).catch(() => undefined)) return;
  const tmp = tmpName(final);
  pending.add(tmp);
  try {
    await makeFolder(dirname(final));
    await (typeof from === 'string' ? copyFile(from, tmp) : writeFile(tmp, from));
    await rename(tmp, final);
  } catch (error) {
    await rm(tmp, { force: true });
    writeFailed(error as NodeJS.ErrnoException, final);
  } finally {
    pending.delete(tmp);
  }
}

/** Delete the files in `folder` under `dir` whose name is `ours` and that are not in `keep` (see
 *  Output.prune). */
async function pruneFolder(dir: string, folder: string, keep: string[], ours: RegExp): Promise<void> {
  const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
  const kept = new Set(keep.map((k) => join(dir, k)));
  const unused = names.filter((n) => ours.test(n) && !kept.has(join(dir, folder, n)));
  await Promise.all(unused.map((n) => rm(join(dir, folder, n), { force: true })));
}

/** Rename each staged file over its final name, all or none. Every target is checked first (a folder in
 *  the way fails before anything is replaced); each previous file is kept aside (a hard link: no copy, and
 *  the final name is never missing) until all are in place, and put back if a rename fails. */
async function commitAll(staged: Staged[], tmpName: TmpName, pending: Set<string>): Promise<void> {
  for (const s of staged) {
    const target = await lstat(s.final).catch(() => undefined);
    if (target?.isDirectory()) commitFailed('EISDIR', s.final, true);
  }
  const previous = new Map<string, string>();
  const replaced: string[] = [];
  let current = '';
  try {
    for (const s of staged) {
      current = s.final;
      if (!(await lstat(s.final).catch(() => undefined))) continue;
      const old = tmpName(s.final, 'old');
      pending.add(old);
      // A file system without hard links gets a copy.
      await link(s.final, old).catch(() => copyFile(s.final, old));
      previous.set(s.final, old);
    }
    for (const s of staged) {
      current = s.final;
      await rename(s.tmp, s.final);
      pending.delete(s.tmp);
      replaced.push(s.final);
    }
  } catch (error) {
    let restored = true;
    for (const final of replaced) {
      const old = previous.get(final);
      await (old ? rename(old, final) : rm(final, { force: true })).catch(() => (restored = false));
    }
    await Promise.all([...previous.values()].map((old) => rm(old, { force: true }).then(() => pending.delete(old))));
    commitFailed((error as NodeJS.ErrnoException).code, current, restored);
  }
  await Promise.all([...previous.values()].map((old) => rm(old, { force: true }).then(() => pending.delete(old))));
}

function commitFailed(code: string | undefined, path: string, restored: boolean): never {
  const hint = phrase('write.hint-kept', { code: code ?? '', kept: restored ? 'kept' : 'mixed' });
  fail(phrase('write.cannot-replace', { path, code: code ?? 'error' }), { file: path }, 'output', hint);
}

function writeFailed(error: NodeJS.ErrnoException, path: string): never {
  const code = error.code ?? 'error';
  fail(phrase('write.cannot-write', { path: error.path ?? path, code }), { file: path }, 'output', phrase('write.hint-kept', { code, kept: 'left' }));
}
