// Writing a new folder whole or not at all: every file goes into a temporary folder beside it, which is
// then renamed to its name (or, when an empty folder of that name exists, say the one the user is in, its
// entries are moved into it). A failure, or Ctrl-C, leaves nothing behind.
import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fail } from '../diagnostics.js';
import { exitOnSignals } from '../stop-signals.js';
import { phrase } from '../ui/catalogue.js';
import { makeFolder } from '../write-errors.js';

/** A file of the new folder: its path inside it (`/`-separated) and its bytes. */
export interface NewFile {
  path: string;
  data: string | Uint8Array;
}

/** Write `files` as the folder `dir` (absolute), which does not exist or is empty (checked before);
 *  `shown` is how messages name it. */
export async function writeNewFolder(dir: string, files: NewFile[], shown: string, existing: boolean): Promise<void> {
  const parent = dirname(dir);
  const tmp = join(parent, `.${basename(dir)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const moved: string[] = [];
  // Ctrl-C exits (130) and the exit hook removes the temporary folder.
  exitOnSignals();
  const remove = () => rmSync(tmp, { recursive: true, force: true });
  process.once('exit', remove);
  let writing = tmp;
  try {
    await makeFolder(parent);
    await mkdir(tmp);
    for (const file of files) {
      writing = join(tmp, file.path);
      await makeFolder(dirname(writing));
      await writeFile(writing, file.data);
    }
    writing = dir;
    if (!existing) {
      await rename(tmp, dir);
    } else {
      // Renaming over the folder would leave a shell that is in it in a deleted folder: move its entries in.
      for (const name of await readdir(tmp)) {
        writing = join(dir, name);
        await rename(join(tmp, name), writing);
        moved.push(writing);
      }
    }
  } catch (error) {
    await Promise.all(moved.map((path) => rm(path, { recursive: true, force: true })));
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const path = writing.startsWith(tmp) ? join(dir, writing.slice(tmp.length + 1)) : writing;
    fail(phrase('write.cannot-write', { path, code }), { file: shown }, 'new', phrase('write.hint', { code }));
  } finally {
    await rm(tmp, { recursive: true, force: true });
    process.removeListener('exit', remove);
  }
}
