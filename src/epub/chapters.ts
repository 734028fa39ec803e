// Split the booklet document (the same hast tree the print editions are made from) into EPUB content
// documents: cover, title page, one per article, colophon. The printed contents page and the ruled note
// pages are print furniture and stay out; nav.xhtml is the EPUB's contents.
import type { Element, ElementContent, Root } from 'hast';

export interface Chapter {
  /** File name inside the EPUB's content folder. */
  file: string;
  /** Manifest id. */
  id: string;
  title: string;
  /** The body content (deep copies; the shared tree is not changed). */
  body: Element;
  /** EPUB structural semantics of the document. */
  type: 'cover' | 'titlepage' | 'bodymatter' | 'colophon';
  /** The manuscript an article came from (data-source), for page-break markers. */
  source?: string;
}

/** The content documents, in reading order. */
export function splitChapters(tree: Root): Chapter[] {
  const body = findBody(tree);
  const chapters: Chapter[] = [];
  for (const node of body.children) {
    if (node.type !== 'element') continue;
    const classes = (node.properties['className'] as string[] | undefined) ?? [];
    const copy = structuredClone(node);
    if (classes.includes('cover')) chapters.push({ file: 'cover.xhtml', id: 'cover', title: label(node, '封面'), body: copy, type: 'cover' });
    else if (classes.includes('title-page')) chapters.push({ file: 'title-page.xhtml', id: 'title-page', title: label(node, '扉页'), body: copy, type: 'titlepage' });
    else if (classes.includes('article')) {
      const id = String(node.properties['id']);
      chapters.push({
        file: `${id}.xhtml`,
        id: `article-${id}`,
        title: String(node.properties['ariaLabel'] ?? id),
        body: copy,
        type: 'bodymatter',
        source: String(node.properties['dataSource'] ?? ''),
      });
    } else if (classes.includes('colophon')) chapters.push({ file: 'colophon.xhtml', id: 'colophon', title: label(node, '版权页'), body: copy, type: 'colophon' });
  }
  return chapters;
}

/** A part's accessible name, which document.ts gives in the book's script (book-strings.ts). */
function label(node: Element, otherwise: string): string {
  const name = node.properties['ariaLabel'];
  return typeof name === 'string' && name !== '' ? name : otherwise;
}

function findBody(tree: Root): Element {
  const html = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  const body = html?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'body');
  if (!body) throw new Error('booklet document has no <body>');
  return body;
}

/** Every element below `node`, depth first. */
export function* elements(node: Element | Root): Generator<Element> {
  for (const child of node.children as ElementContent[]) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}
