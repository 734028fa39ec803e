// The stylesheets of an edition, read from styles/ at the package root: shared CJK typography, the book
// furniture (cover, contents, colophon), and the paged-media rules that only the print edition uses.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { fail } from '../diagnostics.js';
import { fontFaceCss } from './fonts.js';
import { cssString, styleEndTag } from './css-string.js';
import { geometryCss, type PageGeometry } from './page-geometry.js';
import { withoutRemoteUrls } from './stylesheet-urls.js';
import type { VFileMessage } from 'vfile-message';

/** styles/ at the package root: the nearest folder above this module that has styles/page.css (the module
 *  is dist/src/html/styles.js, or a chunk of the bundled command in dist/bin/). */
export const STYLES_DIR = findStyles(dirname(fileURLToPath(import.meta.url)));

function findStyles(dir: string): string {
  const styles = join(dir, 'styles');
  if (existsSync(join(styles, 'page.css'))) return styles;
  if (dirname(dir) === dir) throw new Error('booklet: styles/ not found above the installed package');
  return findStyles(dirname(dir));
}

export interface Stylesheet {
  name: string;
  css: string;
}

/** One stylesheet of styles/. */
export function readStylesheet(name: string): Promise<string> {
  return readFile(join(STYLES_DIR, name), 'utf8');
}

/** The print edition's stylesheets, in cascade order, the user's `extra` last, and the warnings about
 *  them. `fontBase` is the fonts' URL from the document; `title` is the running head of versos. */
export async function printStylesheets(
  geometry: PageGeometry,
  fontBase: string,
  title: string,
  extra: string[] = [],
): Promise<{ styles: Stylesheet[]; messages: VFileMessage[] }> {
  const [cjk, book, page] = await Promise.all([readStylesheet('cjk.css'), readStylesheet('book.css'), readStylesheet('page.css')]);
  const users = await Promise.all(extra.map(async (path) => userStylesheet(path, await readFile(path, 'utf8'))));
  const styles = [
    { name: 'fonts', css: fontFaceCss(fontBase) },
    // The versos' running head is the booklet's title, given here rather than taken from the cover with
    // string-set: the articles are laid out apart from the cover (src/paginate/units.ts).
    { name: 'geometry', css: `${geometryCss(geometry, { paged: true })}\n:root { --booklet-title: ${cssString(title)}; }` },
    { name: 'cjk', css: cjk },
    { name: 'book', css: book },
    { name: 'page', css: page },
    ...users.map((user) => ({ name: 'user', css: user.css })),
  ];
  return { styles, messages: users.flatMap((user) => user.messages) };
}

/** A user's stylesheet as it goes into its <style> element: `</style` would end the element there and
 *  let what follows be HTML (a script), so it is refused at its place; files outside the booklet are left
 *  out with a warning. */
function userStylesheet(path: string, css: string): Promise<{ css: string; messages: VFileMessage[] }> {
  const at = styleEndTag(css);
  if (at) {
    fail('Stylesheet contains `</style`, which would end the booklet\'s <style> element', { file: path, ...at }, 'stylesheet', 'Remove it: a stylesheet holds CSS only (write `\\3c /style` inside a CSS string if you mean the text).');
  }
  return withoutRemoteUrls(path, css);
}
