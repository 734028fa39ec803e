// A web page saved from the browser as blocks: decoded in the charset it declares (a GBK page from China
// too; web/decode-html.ts), parsed with its lines (hast-util-from-html, the HTML standard's parser),
// cut down to its article (Readability, checked against the page's markup: web/find-article.ts), the
// tables that lay the page out undone (web/layout-tables.ts), its pictures kept when they are saved beside it, and the article's headings, paragraphs, tables and lists
// made blocks (web/blocks-from-html.ts). What was dropped — navigation, advertisements, related links,
// comments, header and footer — is listed with why and its line.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { Reader, SourceDocument } from './source.js';
import { blocksFromHtml, type Roles } from './web/blocks-from-html.js';
import { decodeHtml } from './web/decode-html.js';
import { findArticle } from './web/find-article.js';
import { flattenLayoutTables } from './web/layout-tables.js';
import { mediaShelf, typeOfName, type MediaShelf } from './web/media.js';
import { hasScheme } from '../html/stylesheet-urls.js';

export const HTML_RULE = 'import-html';

export const readHtml: Reader = async (path) => {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? phrase('read.not-found', { file: path }) : phrase('read.cannot-read', { file: path, code: code ?? 'error' }), { file: path }, HTML_RULE);
  }
  const { text } = decodeHtml(bytes);
  const tree = fromHtml(text);
  const article = await findArticle(tree);
  if (article === 'no-text') fail(phrase('import-web.no-text'), { file: path }, HTML_RULE, phrase('import-web.no-text.hint'));
  if (article === 'no-article') fail(phrase('import-web.no-article'), { file: path }, HTML_RULE, phrase('import-web.no-article.hint'));

  flattenLayoutTables(article.body);
  const shelf = mediaShelf(path, bytes);
  await keepPictures(article.body, dirname(path), shelf);
  const roles: Roles = new Map();
  const titleAt = article.titleElement?.position?.start.offset;
  if (titleAt !== undefined) roles.set(titleAt, 'title');
  const textRoles = new Map<string, 'byline' | 'subtitle'>();
  if (article.byline) textRoles.set(article.byline, 'byline');
  if (article.subtitle) textRoles.set(article.subtitle, 'subtitle');
  const blocks = await blocksFromHtml(article.body, { lines: true, roles, textRoles });
  if (blocks.length === 0) fail(phrase('import-web.no-article'), { file: path }, HTML_RULE, phrase('import-web.no-article.hint'));
  const document: SourceDocument = { path, kind: 'html', blocks, dropped: article.dropped };
  if (article.title) document.title = article.title;
  if (shelf.media.length > 0) document.media = shelf.media;
  return document;
};

/** Keep the pictures the page holds: a data: URL, or a file saved beside the page ("Save Page As…, Web
 *  Page, Complete" writes them into `<page>_files/`), each renamed for the manuscripts' images/. A
 *  picture on the web stays where it is (its address), for the user to fetch. */
async function keepPictures(body: Element, folder: string, shelf: MediaShelf): Promise<void> {
  const images: Element[] = [];
  visit(body, 'element', (element: Element) => {
    if (element.tagName === 'img') images.push(element);
  });
  for (const image of images) {
    const src = String(image.properties['src'] ?? '').trim();
    const data = /^data:(image\/[\w.+-]+)(;base64)?,(.*)$/is.exec(src);
    if (data) {
      const [, type, base64, payload] = data;
      const bytes = base64 ? Buffer.from(payload!, 'base64') : Buffer.from(decodeURIComponent(payload!), 'utf8');
      image.properties['src'] = shelf.add(bytes, type!);
      continue;
    }
    if (src === '' || hasScheme(src) || src.startsWith('//')) continue;
    const file = resolve(folder, safeDecode(src.replace(/[?#].*$/, '')));
    const type = typeOfName(file);
    if (!type) continue;
    try {
      image.properties['src'] = shelf.add(await readFile(file), type);
    } catch {
      // Not saved with the page: its address stays, and the build names it as a missing picture.
    }
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
