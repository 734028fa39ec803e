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
import type { ResolvedTheme } from '../config/theme.js';
import { reflowableCss } from './epub-css.js';

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

/** The booklet's own stylesheets: `styles` (booklet.yaml's, absolute) inside `dir`, after the theme's. */
export interface UserStyles {
  styles: string[];
  dir: string;
  theme?: Pick<ResolvedTheme, 'dir' | 'print' | 'epub'>;
  cover?: { background?: string };
  /** The book's faces (config/faces.ts). Default: the built-in ones. */
  faces?: BookFaces;
}

/** The print edition's stylesheets, in cascade order: the base (fonts, geometry, CJK typography, the
 *  book's furniture, paged media), the theme's print.css, the user's stylesheets (`user.styles`, inside the
 *  booklet folder `user.dir`) last; the warnings about them and the files they load (user-stylesheets.ts).
 *  `fontBase` is the fonts' URL from the document; `title` is the booklet's title (a running head);
 *  `furniture` what the running heads and folios show (default: title, article; plain at the outer corner). */
export async function printStylesheets(
  geometry: PageGeometry,
  fontBase: string,
  title: string,
  user: UserStyles = { styles: [], dir: '' },
  furniture: Pick<ResolvedBooklet, 'runningHeads' | 'folio'> = { runningHeads: { verso: 'title', recto: 'article' }, folio: { position: 'outer', form: 'plain' } },
): Promise<{ styles: Stylesheet[]; messages: VFileMessage[]; assets: StylesheetAsset[] }> {
  const [cjk, book, page] = await Promise.all([readStylesheet('cjk.css'), readStylesheet('book.css'), readStylesheet('page.css')]);
  const faces = user.faces ?? defaultFaces();
  const theme = user.theme ? await readUserStylesheets([user.theme.print], user.theme.dir, faces) : { css: [], messages: [], assets: [] };
  const users = await readUserStylesheets(user.styles, user.dir, faces);
  const styles = [
    { name: 'fonts', css: fontFaceCss(fontBase, faces) },
    // The versos' running head is the booklet's title, given here rather than taken from the cover with
    // string-set: the articles are laid out apart from the cover (src/paginate/units.ts).
    // Before page.css: its rules for blank pages and openers (content: none) come later and win.
    { name: 'geometry', css: `${geometryCss(geometry, { paged: true })}\n:root { --booklet-title: ${cssString(title)}; }${coverCss(user.cover)}\n${furnitureCss(furniture.runningHeads, furniture.folio)}` },
    { name: 'cjk', css: cjk },
    { name: 'book', css: book },
    { name: 'page', css: page },
    ...theme.css.map((css) => ({ name: 'theme', css })),
    ...users.css.map((css) => ({ name: 'user', css })),
  ];
  return { styles, messages: [...theme.messages, ...users.messages], assets: unique([...theme.assets, ...users.assets]) };
}

/** The EPUB's one stylesheet (at styles/booklet.css in the EPUB): the base without paged media, the
 *  theme's epub.css, and the user's stylesheets without their @page rules (epub-css.ts); the files they load,
 *  at the paths the CSS names from the EPUB's content folder. */
export async function epubStylesheet(user: UserStyles): Promise<{ css: string; messages: VFileMessage[]; assets: StylesheetAsset[] }> {
  const [cjk, book, epub] = await Promise.all([readStylesheet('cjk.css'), readStylesheet('book.css'), readStylesheet('epub.css')]);
  const faces = user.faces ?? defaultFaces();
  const theme = user.theme ? await readUserStylesheets([user.theme.epub], user.theme.dir, faces) : { css: [], messages: [], assets: [] };
  const users = await readUserStylesheets(user.styles, user.dir, faces);
  const own = [...theme.css, ...users.css].map((css) => reflowableCss(css, '../'));
  const css = [fontFaceCss('../fonts/', faces), coverCss(user.cover), cjk, book, epub, ...own].join('\n');
  // The user's stylesheets' warnings were given with the print edition's, read from the same files.
  return { css, messages: theme.messages, assets: unique([...theme.assets, ...users.assets]) };
}

/** booklet.yaml's cover colour, for the theme's CSS: `var(--cover-background, <the theme's>)`. The
 *  schema lets through no character that could end the declaration. */
function coverCss(cover: UserStyles['cover']): string {
  return cover?.background ? `\n:root { --cover-background: ${cover.background}; }` : '';
}

function unique(assets: StylesheetAsset[]): StylesheetAsset[] {
  return [...new Map(assets.map((a) => [a.to, a])).values()];
}
