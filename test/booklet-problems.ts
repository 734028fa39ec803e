// Shared by the tests of what booklet.yaml and a manuscript may hold: load and read a booklet made of
// these two files, and give its messages as the command prints them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../src/config/load.js';
import { readManuscripts } from '../src/manuscript/read.js';
import { BookletError, formatMessage } from '../src/diagnostics.js';
import { withTempDir } from './helpers.js';

/** The messages (as printed) of loading `yaml` as booklet.yaml and reading `article` as its 01-a.md. */
export async function bookletProblems(yaml: string, article: string): Promise<string[]> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), yaml);
    await writeFile(join(dir, '01-a.md'), article);
    try {
      await readManuscripts(await loadBooklet(dir), dir);
      return [];
    } catch (error) {
      if (!(error instanceof BookletError)) throw error;
      return error.messages.map((m) => formatMessage(m, dir));
    }
  });
}
