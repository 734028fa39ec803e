// The stylesheets of an edition, read from styles/ at the package root: shared CJK typography, the book
// furniture (cover, contents, colophon), and the paged-media rules that only the print edition uses.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { defaultFaces, fontFaceCss, type BookFaces } from './fonts.js';
import { cssString } from './css-string.js';
import { geometryCss, type PageGeometry } from './page-geometry.js';
import { furnitureCss } from './furniture-css.js';
import type { ResolvedBooklet } from '../config/resolve.js';
import { readUserStylesheets, type StylesheetAsset } from './user-stylesheets.js';
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

/** The print edition's stylesheets, in cascade order, the user's stylesheets (`user.styles`, inside the
 *  booklet folder `user.dir`) last, the warnings about them and the files they load (user-stylesheets.ts).
 *  `fontBase` is the fonts' URL from the document; `title` is the booklet's title (a running head);
 *  `furniture` what the running heads and folios show (default: title, article; plain at the outer corner). */
export async function printStylesheets(
  geometry: PageGeometry,
  fontBase: string,
  title: string,
  user: { styles: string[]; dir: string; faces?: BookFaces } = { styles: [], dir: '' },
  furniture: Pick<ResolvedBooklet, 'runningHeads' | 'folio'> = { runningHeads: { verso: 'title', recto: 'article' }, folio: { position: 'outer', form: 'plain' } },
): Promise<{ styles: Stylesheet[]; messages: VFileMessage[]; assets: StylesheetAsset[] }> {
  const [cjk, book, page] = await Promise.all([readStylesheet('cjk.css'), readStylesheet('book.css'), readStylesheet('page.css')]);
  const faces = user.faces ?? defaultFaces();
  const users = await readUserStylesheets(user.styles, user.dir, faces);
  const styles = [
    { name: 'fonts', css: fontFaceCss(fontBase, faces) },
    // The versos' running head is the booklet's title, given here rather than taken from the cover with
    // string-set: the articles are laid out apart from the cover (src/paginate/units.ts).
    // Before page.css: its rules for blank pages and openers (content: none) come later and win.
    { name: 'geometry', css: `${geometryCss(geometry, { paged: true })}\n:root { --booklet-title: ${cssString(title)}; }\n${furnitureCss(furniture.runningHeads, furniture.folio)}` },
    { name: 'cjk', css: cjk },
    { name: 'book', css: book },
    { name: 'page', css: page },
    ...users.css.map((css) => ({ name: 'user', css })),
  ];
  return { styles, messages: users.messages, assets: users.assets };
}
