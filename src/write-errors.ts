// What a failed write means to the user: the system's error code turned into what is wrong and how to
// fix it (a read-only disk is not a full one), for every place that writes outputs.
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { phrase } from './ui/catalogue.js';
import type { Phrase } from './ui/phrase.js';

/** What is wrong, and how to fix it, for a write that failed with `code` (a read-only disk is not a full
 *  one): a phrase of the catalogue (catalogue/build.ts words each code). */
export function writeHint(code: string | undefined): Phrase {
  return phrase('write.hint', { code: code ?? '' });
}

/** `mkdir -p` whose error says what is wrong: Node's recursive mkdir reports ENOENT when a missing
 *  folder cannot be made (read-only, no permission); the first missing folder is made alone to learn why. */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    let missing = dir;
    while (dirname(missing) !== missing && !(await exists(dirname(missing)))) missing = dirname(missing);
    await mkdir(missing);
    throw error;
  }
}

const exists = (path: string) => stat(path).then(() => true, () => false);
