// The JSON Schema that `booklet new` copies beside booklet.yaml, and the modeline that points editors at
// it. A copy, not a path into the installed package: the folder is shared (git, a USB stick) and built on
// machines where booklet is installed elsewhere or in another version, and the copy works offline and
// describes the booklet.yaml it came with. `booklet new` of a later version writes a newer copy.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMA_FILE = 'booklet.schema.json';

/** The first line of booklet.yaml: yaml-language-server (VS Code's YAML extension, Neovim, Helix, Zed)
 *  reads the schema from it. */
export const SCHEMA_MODELINE = `# yaml-language-server: $schema=./${SCHEMA_FILE}`;

/** booklet.schema.json at the package root: the nearest folder above this module that has it (the module
 *  is dist/src/scaffold/schema-file.js, or a chunk of the bundled command in dist/bin/). */
export async function readSchemaFile(): Promise<string> {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, SCHEMA_FILE))) return readFile(join(dir, SCHEMA_FILE), 'utf8');
    if (dirname(dir) === dir) throw new Error(`booklet: ${SCHEMA_FILE} not found above the installed package (made by scripts/build-dist.sh)`);
  }
}
