// Ids in a manuscript's raw HTML live in one document with the booklet's own: the parts' (toc, cover, …),
// the articles' ids, and the ids the booklet gives headings and footnotes, all `<article>-…`. A raw id
// that takes one of them (or one the manuscript already used) would be a second element with that id,
// and links and PDF destinations would go to either: it is dropped, with a warning at its line.
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { fileMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

/** `page-<folio>`: the page-break markers of the EPUB's XHTML (src/epub/page-list.ts). */
const PAGE_MARKERS = 'page-';

export interface UserIdsOptions {
  /** This article's id. Required. */
  article: string;
  /** Every article's id in the booklet (this one too). Default: this article's only. */
  articles?: readonly string[];
  /** The ids of the booklet's own parts (read.ts RESERVED_IDS). Default none. */
  parts?: ReadonlySet<string>;
  /** Ids the articles before this one have, with the manuscript that has each. Default none. */
  usedBefore?: ReadonlyMap<string, string>;
}

/** Drop raw-HTML ids that are the booklet's. Runs after sanitizing, before the booklet gives its ids to
 *  headings (which overwrite) and to the footnote label. */
export function rehypeUserIds(options: UserIdsOptions) {
  const articles = options.articles ?? [options.article];
  const parts = options.parts ?? new Set<string>();
  const before = options.usedBefore ?? new Map<string, string>();
  return (tree: Root, file: VFile) => {
    const footnotes = footnoteMarkup(tree, options.article);
    const seen = new Map<string, number | undefined>();
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '' || footnotes.has(node)) return;
      const owner = articles.find((a) => id.startsWith(`${a}-`));
      // Why the id is the booklet's or used already (catalogue/build.ts words each), and whose it is.
      const [why, whose = ''] = id.startsWith(PAGE_MARKERS)
        ? ['page-markers', PAGE_MARKERS]
        : parts.has(id)
          ? ['part']
          : articles.includes(id)
            ? ['article', id]
            : owner
              ? ['prefix', owner]
              : id === 'footnote-label'
                ? ['footnotes']
                : seen.has(id)
                  ? ['used-line', String(seen.get(id) ?? '?')]
                  : before.has(id)
                    ? ['used-in', before.get(id)!]
                    : [];
      if (!why) {
        seen.set(id, node.position?.start.line);
        return;
      }
      delete node.properties['id'];
      const removed = phrase('html.id', { id, tag: node.tagName, why, owner: whose });
      fileMessage(file, removed, { place: node.position?.start, ruleId: 'html-id', hint: phrase('html.id.hint') });
    });
  };
}

/** The footnote elements remark-rehype made, whose ids (`<article>-fn-1`, `<article>-fnref-1`,
 *  footnote-label) are the booklet's: the calls, and the list and its label in the footnotes section. */
function footnoteMarkup(tree: Root, article: string): Set<Element> {
  const own = new Set<Element>();
  visit(tree, 'element', (node) => {
    const id = String(node.properties['id'] ?? '');
    if (node.tagName === 'a' && 'dataFootnoteRef' in node.properties && id.startsWith(`${article}-fnref-`)) own.add(node);
    if (node.tagName !== 'section' || !('dataFootnotes' in node.properties)) return;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'h2' && child.properties['id'] === 'footnote-label') own.add(child);
      if (child.tagName === 'ol') for (const li of child.children) if (li.type === 'element' && String(li.properties['id'] ?? '').startsWith(`${article}-fn-`)) own.add(li);
    }
  });
  return own;
}

/** Every id in an article's tree (for the next articles' `usedBefore`). */
export function idsIn(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, 'element', (node) => {
    if (typeof node.properties['id'] === 'string') ids.push(node.properties['id']);
  });
  return ids;
}
