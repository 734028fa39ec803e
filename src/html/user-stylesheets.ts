// The user's stylesheets (booklet.yaml's `styles:`), made to work from the output folder. Each goes into a
// <style> element of booklet.html, where a relative url() would resolve against the document, not the
// stylesheet: so each url() is resolved here against the stylesheet's own folder, and the file it names
// (an image, a font) is published beside booklet.html under a content-hashed name (images/…, fonts/…,
// copied by the build like the manuscripts' images), and the url() points at that copy. booklet.html
// then works opened alone, and the page cache's key (the document head) changes with the files' bytes.
// A URL that leaves the booklet's folder, names a missing file or a file that is neither an image nor a
// font, is left out with a warning at its line: the page never asks for it.
//
// A local `@import` is followed, not left out: stylesheets split into parts (a theme's fonts.css) are
// common, and the import would otherwise be fetched by Paged.js against the output folder, where it is
// not. The imported sheet gets a <style> of its own before the importer's, which is where CSS puts its
// rules in the cascade, wrapped in the import's conditions (@layer, @supports, @media); its url()s are
// resolved against its own folder.
import { readFile } from 'node:fs/promises';
import { dirname, posix, relative, resolve, sep } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { createMessage, fail, type Place } from '../diagnostics.js';
import { insideFolder } from '../config/inside-folder.js';
import { cssString, styleEndTag } from './css-string.js';
import { fontFile } from './font-file.js';
import { defaultFaces, type BookFaces } from './fonts.js';
import { hashedName, imageType } from './read-images.js';
import { imageSizeProblems } from './image-size.js';
import { imageUrl } from './rehype-images.js';
import { sanitizeSvg } from './sanitize-svg.js';
import { cssReferences, urlKind, type CssReference } from './stylesheet-urls.js';
import { phrase } from '../ui/catalogue.js';

export interface StylesheetAsset {
  /** The bytes published (an SVG image's sanitized copy). */
  from: Uint8Array;
  /** Its path in the output folder, relative to booklet.html, content-hashed. */
  to: string;
  mediaType: string;
  /** A font's PostScript name, when it has one (the proof's allowlist of faces). */
  postScriptName?: string;
}

export interface UserStylesheets {
  /** In cascade order: each imported sheet before the one that imports it. */
  css: string[];
  messages: VFileMessage[];
  /** Each once. */
  assets: StylesheetAsset[];
}

/** No deeper chain of imports is followed (a loop is stopped before, by name). */
const MAX_DEPTH = 16;

/** Read the stylesheets at `paths` (absolute, inside `root`, the booklet folder: config/resolve.ts). */
export async function readUserStylesheets(paths: string[], root: string, faces: BookFaces = defaultFaces()): Promise<UserStylesheets> {
  const result: UserStylesheets = { css: [], messages: [], assets: [] };
  const assets = new Map<string, StylesheetAsset>();
  for (const path of paths) await readSheet(path, resolve(root), [], result, assets, faces);
  result.assets = [...assets.values()];
  return result;
}

async function readSheet(path: string, root: string, importers: string[], result: UserStylesheets, assets: Map<string, StylesheetAsset>, faces: BookFaces, wrap: string[] = []): Promise<void> {
  const css = await readFile(path, 'utf8');
  const end = styleEndTag(css);
  if (end) {
    fail(phrase('css.style-end'), { file: path, ...end }, 'stylesheet', phrase('css.style-end.hint'));
  }
  const edits: { start: number; end: number; by: string }[] = [];
  for (const ref of await cssReferences(css)) {
    const place = { file: path, line: ref.line, column: ref.column };
    const leaveOut = (message: VFileMessage) => {
      result.messages.push(message);
      edits.push(ref.leaveOut);
    };
    const kind = urlKind(ref.url);
    if (kind === 'inline') continue;
    if (kind === 'remote') {
      leaveOut(outside(ref.url, place));
      continue;
    }
    if (ref.kind === 'import' && ref.late) {
      leaveOut(createMessage(phrase('css.late-import', { url: ref.url }), place, 'stylesheet-url', { fatal: false, hint: phrase('css.late-import.hint') }));
      continue;
    }
    const target = await localFile(ref, path, root, place);
    if ('problem' in target) {
      leaveOut(target.problem);
      continue;
    }
    if (ref.kind === 'import') {
      const chain = [...importers, path];
      if (chain.includes(target.path) || chain.length >= MAX_DEPTH) {
        const why = target.path === path ? 'itself' : chain.includes(target.path) ? 'cycle' : 'deep';
        leaveOut(createMessage(phrase('css.import-loop', { why, limit: MAX_DEPTH, url: ref.url }), place, 'stylesheet-url', { fatal: false, hint: phrase('css.import-loop.hint') }));
        continue;
      }
      await readSheet(target.path, root, chain, result, assets, faces, [...wrap, ...(ref.wrap ?? [])]);
      edits.push({ start: ref.start, end: ref.end, by: '' });
      continue;
    }
    const asset = publishable(target.data, target.path, root, ref, place, result.messages, faces);
    if (!asset) {
      edits.push(ref.leaveOut);
      continue;
    }
    assets.set(asset.to, asset);
    const url = cssString(imageUrl(asset.to) + target.fragment);
    edits.push({ start: ref.start, end: ref.end, by: ref.form === 'url' ? `url(${url})` : url });
  }
  result.css.push(wrap.reduceRight((inner, rule) => `${rule} {\n${inner}\n}`, spliced(css, edits)));
}

/** `css` with the edits made. Two entries of one list left out overlap (the last one's range starts at
 *  the comma the one before removes): they are removed as one. */
function spliced(css: string, edits: { start: number; end: number; by: string }[]): string {
  const merged: { start: number; end: number; by: string }[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && edit.start < last.end) last.end = Math.max(last.end, edit.end);
    else merged.push({ ...edit });
  }
  let out = css;
  for (const edit of merged.reverse()) out = out.slice(0, edit.start) + edit.by + out.slice(edit.end);
  return out;
}

function outside(url: string, place: Place): VFileMessage {
  return createMessage(phrase('css.outside', { url }), place, 'stylesheet-url', { fatal: false, hint: phrase('css.outside.hint') });
}

/** The file a local URL names, relative to the stylesheet at `from`: its bytes, and the fragment to
 *  keep (`icons.svg#a`); a query (`?v=4.7.0`, from a web font kit) means nothing to a file and goes. */
async function localFile(ref: CssReference, from: string, root: string, place: Place): Promise<{ path: string; data: Uint8Array; fragment: string } | { problem: VFileMessage }> {
  const [, pathPart = '', fragment = ''] = /^([^?#]*)(?:\?[^#]*)?(#.*)?$/.exec(ref.url) ?? [];
  let name: string;
  try {
    name = decodeURIComponent(pathPart);
  } catch {
    return { problem: createMessage(phrase('css.bad-escape', { url: ref.url }), place, 'stylesheet-url', { fatal: false, hint: phrase('url.bad-escape.hint') }) };
  }
  const path = resolve(dirname(from), name);
  if (!path.startsWith(root + sep)) return { problem: outside(`${ref.url} (${path})`, place) };
  const data = await readFile(path).catch(() => undefined);
  if (!data) {
    return { problem: createMessage(phrase('css.not-found', { url: ref.url, path }), place, 'stylesheet-url', { fatal: false, hint: phrase('css.not-found.hint') }) };
  }
  // The name is inside; a link there may still lead out of the folder.
  if (!(await insideFolder(root, path).catch(() => false))) return { problem: outside(`${ref.url} (a link from ${path})`, place) };
  return { path, data, fragment };
}

/** The asset a url() names, or undefined (with the warning why) when it is not an image or a font. A font
 *  of CFF outlines is published with a warning: Chromium embeds it as Type 3 (font-file.ts). */
function publishable(data: Uint8Array, path: string, root: string, ref: CssReference, place: Place, messages: VFileMessage[], faces: BookFaces): StylesheetAsset | undefined {
  const inBooklet = relative(root, path).split(sep).join('/');
  const font = fontFile(data);
  const own = font && faces.faces.find((face) => face.postScriptName === font.postScriptName);
  if (own) {
    // The PDF's fonts are merged by PostScript name (paginate/merge-fonts.ts): its glyphs would be drawn
    // from the booklet's subset of the face, numbered otherwise, and its text would vanish (measured).
    const hint = phrase('css.own-face.hint', { family: own.family, weight: String(own.weight) });
    messages.push(createMessage(phrase('css.own-face', { name: own.postScriptName, url: ref.url }), place, 'stylesheet-font', { fatal: false, hint }));
    return undefined;
  }
  if (font) {
    if (font.outlines === 'cff') {
      messages.push(createMessage(phrase('css.cff', { url: ref.url }), place, 'stylesheet-font', { fatal: false, hint: phrase('css.cff.hint') }));
    }
    return { from: data, to: hashedName(posix.join('fonts', inBooklet), data), mediaType: font.mediaType, ...(font.postScriptName ? { postScriptName: font.postScriptName } : {}) };
  }
  const mediaType = imageType(data);
  if (!mediaType) {
    messages.push(createMessage(phrase('css.not-asset', { url: ref.url }), place, 'stylesheet-url', { fatal: false, hint: phrase('css.not-asset.hint') }));
    return undefined;
  }
  let published = data;
  if (mediaType === 'image/svg+xml') {
    const svg = sanitizeSvg(data);
    if ('refused' in svg) {
      messages.push(createMessage(phrase('css.svg-refused', { why: svg.refused, url: ref.url }), place, 'stylesheet-url', { fatal: false, hint: phrase('image.svg-refused.hint') }));
      return undefined;
    }
    if (svg.removed.length > 0) {
      const removed = phrase('image.svg-removed', { path: ref.url, removed: svg.removed.join('\n') });
      messages.push(createMessage(removed, place, 'unsafe-svg', { fatal: false, hint: phrase('image.svg-removed.hint') }));
    }
    published = svg.data;
  }
  // Past a gigapixel an image is refused (Chromium decodes it whole); as a background it is left out.
  const size = imageSizeProblems(published, mediaType, place, path);
  const refused = size.some((m) => m.fatal);
  for (const problem of size) problem.fatal = false;
  messages.push(...size);
  if (refused) return undefined;
  return { from: published, to: hashedName(posix.join('images', inBooklet), published), mediaType };
}
