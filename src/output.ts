// Writing outputs: every file goes to a temporary name in the same folder and is renamed into place only
// when all of them are written, so a failed build never leaves a half-written file where a good one was.
import { mkdir, writeFile, rename, rm, stat, copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fail } from './diagnostics.js';

export interface OutputFile {
  /** Path relative to the output folder. */
  name: string;
  data: string | Uint8Array;
}

/** Write `files` into `outDir` atomically (all renamed after all are written) and copy `assets` beside them. */
export async function writeOutputs(
  outDir: string,
  files: OutputFile[],
  assets: { from: string; to: string }[] = [],
): Promise<string[]> {
  const suffix = `.${process.pid}.${Date.now().toString(36)}.tmp`;
  const staged: { tmp: string; final: string }[] = [];
  try {
    await mkdir(outDir, { recursive: true });
    for (const asset of assets) {
      const final = join(outDir, asset.to);
      if (await sameSize(asset.from, final)) continue;
      await mkdir(dirname(final), { recursive: true });
      staged.push({ tmp: final + suffix, final });
      await copyFile(asset.from, final + suffix);
    }
    for (const file of files) {
      const final = join(outDir, file.name);
      await mkdir(dirname(final), { recursive: true });
      staged.push({ tmp: final + suffix, final });
      await writeFile(final + suffix, file.data);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const path = (error as NodeJS.ErrnoException).path ?? outDir;
    fail(`Cannot write the output (${code}: ${path})`, { file: outDir }, 'output', 'Check that the folder is writable and the disk has space; the previous outputs were left as they were.');
  }
  for (const s of staged) await rename(s.tmp, s.final);
  return files.map((f) => join(outDir, f.name));
}

async function sameSize(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return x !== undefined && y !== undefined && x.size === y.size && y.mtimeMs >= x.mtimeMs;
}
