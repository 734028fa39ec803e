// Load booklet.yaml: find it, read it, validate it against the schema, then resolve it (resolve.ts).
import { join, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { BookletError, fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { readTextFile } from '../text/read-text.js';
import { BookletSchema } from './schema.js';
import { validateYaml } from './validate-yaml.js';
import { resolveBooklet, type BookletOverrides, type ResolvedBooklet } from './resolve.js';

export const CONFIG_FILE = 'booklet.yaml';

/** The output folder of the booklet in `dir`: `out` when given, else its booklet.yaml's `output:` (by
 *  default `<dir>/output`, also when booklet.yaml cannot be read: the build that reads it will say why). */
export async function outputFolder(dir: string, out?: string): Promise<string> {
  if (out) return resolve(out);
  return (await loadBooklet(dir).catch(() => undefined))?.output ?? resolve(dir, 'output');
}

/** Load and resolve `DIR/booklet.yaml`, with what the command line overrides; user mistakes are thrown
 *  as a `BookletError`. */
export async function loadBooklet(dir: string, overrides: BookletOverrides = {}): Promise<ResolvedBooklet> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    fail(phrase('config.not-a-folder', { dir }), { file: dir }, 'config', phrase('config.not-a-folder.hint'));
  }
  const file = join(dir, CONFIG_FILE);
  const exists = await stat(file).catch(() => undefined);
  if (!exists) {
    // The other spelling of the extension is named, not read: one name for the file in every tool.
    const other = join(dir, 'booklet.yml');
    if (await stat(other).catch(() => undefined)) fail(phrase('config.yml-instead', { dir }), { file: other }, 'config', phrase('config.rename', { command: `mv ${other} ${file}` }));
    fail(phrase('config.no-config', { dir }), { file }, 'config', phrase('config.create', { file }));
  }
  const text = await readTextFile(file, 'config');
  const result = validateYaml({ file, text }, BookletSchema, 'config');
  if (!result.ok) throw new BookletError(result.messages);
  return resolveBooklet(dir, file, result.value, result.locate, result.locateKey, overrides);
}
