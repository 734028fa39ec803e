// Writing outputs: each file goes to a temporary name in its final folder and is renamed into place only
// when the whole build has succeeded, so a failed build never leaves a half-written file where a good one
// was. Static assets (fonts) are copied when missing or changed.
import { rmSync } from 'node:fs';
import { mkdir, writeFile, rename, rm, stat, copyFile, readdir } from 'node:fs/promises';
import { dirname, join, basename, extname } from 'node:path';
import { fail } from './diagnostics.js';

export interface Output {
  /** The output folder, absolute. */
  dir: string;
  /** Write `name` under a temporary name; returns the temporary path (usable before commit). */
  write(name: string, data: string | Uint8Array): Promise<string>;
  /** Copy assets beside the outputs (needed by the HTML before commit): from a file, or their bytes (what
   *  was read and checked, e.g. an SVG image's sanitized copy). */
  copyAssets(assets: { from: string | Uint8Array; to: string }[]): Promise<void>;
  /** Rename every written file into place; returns the final paths. */
  commit(): Promise<string[]>;
  /** Remove every temporary file (after a failure). */
  abort(): Promise<void>;
  /** After commit: delete files in `folder` (relative) that are not in `keep` (paths relative to the output). */
  prune(folder: string, keep: string[]): Promise<void>;
}

/** Temporary files written and not yet renamed or removed, of every build in this process: a command
 *  stopped by Ctrl-C or SIGTERM (stop-signals.ts exits on them) leaves none behind. */
const pending = new Set<string>();
process.once('exit', () => pending.forEach((tmp) => rmSync(tmp, { force: true })));

/** Open an output folder for one build. */
export async function openOutput(dir: string): Promise<Output> {
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => writeFailed(error, dir));
  const tag = `${process.pid}.${Date.now().toString(36)}.tmp`;
  const staged: { tmp: string; final: string }[] = [];
  // Hidden, and keeping the extension: Chromium decides how to show a file:// URL by its extension.
  const tmpName = (final: string) => {
    const ext = extname(final);
    return join(dirname(final), `.${basename(final, ext)}.${tag}${ext}`);
  };

  return {
    dir,
    async write(name, data) {
      const final = join(dir, name);
      const tmp = tmpName(final);
      staged.push({ tmp, final });
      pending.add(tmp);
      try {
        await mkdir(dirname(final), { recursive: true });
        await writeFile(tmp, data);
      } catch (error) {
        writeFailed(error as NodeJS.ErrnoException, final);
      }
      return tmp;
    },
    async copyAssets(assets) {
      for (const asset of assets) {
        const final = join(dir, asset.to);
        // Asset names carry their content hash: one that exists is the same file.
        if (await stat(final).catch(() => undefined)) continue;
        const tmp = tmpName(final);
        pending.add(tmp);
        try {
          await mkdir(dirname(final), { recursive: true });
          await (typeof asset.from === 'string' ? copyFile(asset.from, tmp) : writeFile(tmp, asset.from));
          await rename(tmp, final);
        } catch (error) {
          await rm(tmp, { force: true });
          writeFailed(error as NodeJS.ErrnoException, final);
        } finally {
          pending.delete(tmp);
        }
      }
    },
    async commit() {
      for (const s of staged) {
        await rename(s.tmp, s.final);
        pending.delete(s.tmp);
      }
      const finals = staged.map((s) => s.final);
      staged.length = 0;
      return finals;
    },
    async abort() {
      await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
      staged.forEach((s) => pending.delete(s.tmp));
      staged.length = 0;
    },
    async prune(folder, keep) {
      const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
      const kept = new Set(keep.map((k) => join(dir, k)));
      await Promise.all(names.filter((n) => !kept.has(join(dir, folder, n))).map((n) => rm(join(dir, folder, n), { force: true })));
    },
  };
}

function writeFailed(error: NodeJS.ErrnoException, path: string): never {
  const code = error.code ?? 'error';
  fail(`Cannot write ${error.path ?? path} (${code})`, { file: path }, 'output', 'Check that the folder is writable and the disk has space; the previous outputs were left as they were.');
}
