// Writing an import, all or nothing. Into a new (or empty) folder: every file in a temporary folder beside
// it, renamed into place at the end. Into a booklet folder: each file under a temporary name in it, then
// all renamed into place, booklet.yaml last among them and the previous one put back if any rename
// fails (output.ts). A failure, or Ctrl-C, leaves the folder as it was.
import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fail } from '../diagnostics.js';
import { openOutput } from '../output.js';
import { makeFolder, writeHint } from '../write-errors.js';
import { phrase } from '../ui/catalogue.js';

/** A file to write, by its name in the folder (a picture's in a subfolder: `images/report-1.png`). */
export interface ImportFile {
  name: string;
  text: string | Uint8Array;
}

/** Whether `dir` is a folder with nothing in it, or is not there. */
export async function isNewFolder(dir: string): Promise<boolean> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) return true;
  if (!info.isDirectory()) fail(phrase('import.into-not-folder', { dir }), { file: dir }, 'import', phrase('import.into-not-folder.hint'));
  return (await readdir(dir)).length === 0;
}

/** Write `files` into `dir`, all or none; returns their paths. */
export async function writeImport(dir: string, files: ImportFile[]): Promise<string[]> {
  const target = resolve(dir);
  if (await isNewFolder(target)) return writeNewFolder(target, files);
  const output = await openOutput(target);
  try {
    for (const file of files.filter((f) => f.name !== 'booklet.yaml')) await output.write(file.name, file.text);
    for (const file of files.filter((f) => f.name === 'booklet.yaml')) await output.write(file.name, file.text);
    return await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
}

/** Write the files in a temporary folder beside `target`, then rename it to `target`. */
async function writeNewFolder(target: string, files: ImportFile[]): Promise<string[]> {
  const parent = dirname(target);
  const temporary = join(parent, `.${basename(target)}.import-${process.pid}-${Date.now().toString(36)}`);
  const cleanUp = () => rmSync(temporary, { recursive: true, force: true });
  process.once('exit', cleanUp);
  try {
    await makeFolder(parent);
    await mkdir(temporary);
    for (const file of files) {
      await mkdir(dirname(join(temporary, file.name)), { recursive: true });
      await writeFile(join(temporary, file.name), file.text);
    }
    // An empty folder in the way is replaced (rename(2) takes an empty directory's place).
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    fail(phrase('import.cannot-write', { dir: target, code: code ?? 'error' }), { file: target }, 'import', writeHint(code));
  } finally {
    process.removeListener('exit', cleanUp);
  }
  return files.map((file) => join(target, file.name));
}
