// One state of the booklet as the preview serves it: the typeset HTML that Paged.js paginates in the
// reader's browser, the only files that page may load, and the lint findings; or, when the booklet cannot
// be typeset, the errors to show in its place.
import type { VFileMessage } from 'vfile-message';
import { BookletError } from '../diagnostics.js';
import { loadBooklet } from '../config/load.js';
import { checkSettingIds } from '../config/setting-ids.js';
import { RULES } from '../manuscript/lint/index.js';
import { readManuscripts, type Manuscript } from '../manuscript/read.js';
import { lintBook } from '../manuscript/lint-book.js';
import { FONT_DIR, renderHtml } from '../html/render-html.js';
import { readImages } from '../html/read-images.js';
import { typeArea } from '../html/page-geometry.js';
import { faceFiles } from '../html/fonts.js';
import { openCoverage } from '../html/font-coverage.js';
import { bookletPaths } from '../watch-files.js';
import { groupUnits } from '../paginate/units.js';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { KeepSession } from '../keep-session.js';
import { PREVIEW_POLICY } from './page.js';

export interface PreviewBook {
  html: string;
  /** URL path → what it serves: the fonts the document links (their files), its images and what its
   *  user stylesheets load (the bytes read and checked: an SVG's sanitized copy, as the editions get),
   *  nothing else. */
  assets: Map<string, string | { data: Uint8Array; type: string }>;
  /** The top-level elements of each unit (part opening on a recto), for numbering the pages as built. */
  sizes: number[];
  /** Warnings from typesetting, and every lint finding (errors do not stop a preview). */
  messages: VFileMessage[];
  booklet: ResolvedBooklet;
  manuscripts: Manuscript[];
}

export type PreviewState = { book: PreviewBook; watch: string[] } | { errors: VFileMessage[]; watch: string[] };

/** Typeset the booklet in `dir`. A user's mistake gives a state with errors, never a throw. `cacheDir`
 *  keeps the lint's font map (`<out>/.cache`); `theme` overrides booklet.yaml's (`--theme`); `keep`: what
 *  the preview keeps from one typesetting for the next (default none: nothing kept). */
export async function typesetPreview(dir: string, cacheDir: string, theme?: string, keep?: KeepSession): Promise<PreviewState> {
  // What to watch even when booklet.yaml cannot be read.
  let watch = bookletPaths(dir);
  try {
    const booklet = await loadBooklet(dir, { theme });
    checkSettingIds(booklet, 'lint', RULES.map((r) => r.id));
    watch = bookletPaths(dir, booklet);
    const manuscripts = await readManuscripts(booklet, process.cwd(), { kept: keep?.manuscripts });
    const maps = openCoverage(cacheDir);
    const lint = await lintBook(booklet, manuscripts, maps, keep?.findings);
    const html = await renderHtml(booklet, manuscripts, PREVIEW_POLICY, (face) => maps.of(face));
    const images = await readImages(html.images, typeArea(booklet.page));
    if (images.messages.some((m) => m.fatal)) return { errors: images.messages.filter((m) => m.fatal), watch };
    const assets: PreviewBook['assets'] = new Map();
    // The whole faces (no subsetting: a new character would cost a second on every edit); the browser
    // keeps them across reloads.
    for (const face of faceFiles(html.faces)) assets.set(`/${FONT_DIR}${face.name}`, face.path);
    for (const image of images.files) assets.set(`/${image.to}`, { data: image.data, type: image.mediaType });
    for (const asset of html.styleAssets) assets.set(`/${asset.to}`, { data: asset.from, type: asset.mediaType });
    const sizes = groupUnits(html.tree).map((unit) => unit.length);
    const messages = [...lint.messages, ...html.messages, ...images.messages];
    await maps.keep();
    return { book: { html: html.html, assets, sizes, messages, booklet: { ...booklet, faces: html.faces }, manuscripts }, watch };
  } catch (error) {
    if (error instanceof BookletError) return { errors: error.messages, watch };
    throw error;
  }
}
