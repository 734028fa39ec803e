// A Word document (.docx) as blocks: mammoth writes its body as HTML by the document's paragraph styles
// (Heading 1–3 → h1–h3, Title → a heading that is the title, Subtitle → a paragraph that is the
// subtitle), which becomes blocks as a web page's article does (web/blocks-from-html.ts); its notes
// become Markdown footnotes (web/mammoth-notes.ts), its pictures files of their own. The title is the
// document's Title paragraph, else its core property; the page headers and footers are furniture.
import { readFile } from 'node:fs/promises';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { fail, firstLine } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { Reader, SourceDocument } from './source.js';
import { blocksFromHtml, type Roles } from './web/blocks-from-html.js';
import { DOCX_RULE, openDocx } from './web/docx-package.js';
import { mammothNoteHandlers } from './web/mammoth-notes.js';
import { mediaShelf } from './web/media.js';

/** Word's built-in styles by their names (Word writes them in English whatever its language; a style
 *  named in Chinese, by a user or another editor, is read too), beside mammoth's own map of Heading 1–6,
 *  lists, notes. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='title'] => h1.title:fresh",
  "p[style-name='标题'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='subtitle'] => p.subtitle:fresh",
  "p[style-name='副标题'] => p.subtitle:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
];

export const readDocx: Reader = async (path) => {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? phrase('read.not-found', { file: path }) : phrase('read.cannot-read', { file: path, code: code ?? 'error' }), { file: path }, DOCX_RULE);
  }
  const docx = await openDocx(bytes, path);
  const shelf = mediaShelf(path, bytes);
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(async (image) => ({ src: shelf.add(await image.read(), image.contentType) })),
      },
    );
    html = result.value;
  } catch (error) {
    fail(phrase('import-web.docx-unreadable', { detail: firstLine(error) }), { file: path }, DOCX_RULE, phrase('import-web.docx-repair.hint'));
  }
  const tree = fromHtml(html, { fragment: true });
  const roles = rolesOf(tree);
  const blocks = await blocksFromHtml(tree, { roles, handlers: mammothNoteHandlers() });
  if (blocks.length === 0) fail(phrase('import-web.docx-empty'), { file: path }, DOCX_RULE, phrase('import-web.docx-empty.hint'));
  // The Title paragraph is what its reader sees; the core property is often a template's, left as it was.
  const title = blocks.find((block) => block.role === 'title')?.text ?? docx.title;
  const document: SourceDocument = { path, kind: 'docx', blocks, dropped: docx.furniture };
  if (title) document.title = title;
  if (shelf.media.length > 0) document.media = shelf.media;
  return document;
};

/** The title and subtitle, as the style map marks them (h1.title, p.subtitle), by where they start. */
function rolesOf(tree: Root): Roles {
  const roles: Roles = new Map();
  visit(tree, 'element', (element: Element) => {
    const classes = [element.properties['className'] ?? []].flat();
    const offset = element.position?.start.offset;
    if (offset === undefined) return;
    if (element.tagName === 'h1' && classes.includes('title')) roles.set(offset, 'title');
    if (element.tagName === 'p' && classes.includes('subtitle')) roles.set(offset, 'subtitle');
  });
  return roles;
}
