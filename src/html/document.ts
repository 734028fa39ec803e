// The whole booklet as one hast document: cover, title page, contents, one <section> per article,
// colophon. The print PDF and the EPUB are both made from this tree.
import { h } from 'hastscript';
import type { Root, Element, ElementContent } from 'hast';
import { bookTitle, type ResolvedBooklet } from '../config/resolve.js';
import { chineseMonth, isoDate } from '../config/book-date.js';
import type { ArticleMeta } from '../manuscript/read.js';
import type { HeadingInfo } from './rehype-heading-ids.js';
import type { Stylesheet } from './styles.js';
import { colophon } from './colophon.js';
import { contentPolicy } from './content-policy.js';
import { fillCover } from './cover-template.js';
import { imageUrl } from './rehype-images.js';
import { bookLanguage } from '../config/language.js';
import { bookStrings, type BookStrings } from './book-strings.js';

export interface RenderedArticle {
  meta: ArticleMeta;
  /** The manuscript path, as shown in messages. */
  path: string;
  body: Root;
  headings: HeadingInfo[];
}

/** Assemble the document tree; `linesPerPage` sizes the ruled note pages; `policy` is its
 *  Content-Security-Policy (default: the build's, which connects nowhere). */
export function bookletDocument(
  booklet: ResolvedBooklet,
  articles: RenderedArticle[],
  styles: Stylesheet[],
  linesPerPage: number,
  policy = contentPolicy(),
): Root {
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    // First after the charset: a policy governs only what the parser meets after it.
    h('meta', { httpEquiv: 'Content-Security-Policy', content: policy }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', bookTitle(booklet)),
    h('meta', { name: 'author', content: booklet.compiler }),
    h('meta', { name: 'generator', content: 'booklet' }),
    h('meta', { name: 'dcterms.date', content: isoDate(booklet.date) }),
    ...styles.map((sheet) => h('style', { dataStyle: sheet.name }, `\n${sheet.css}\n`)),
  ]);
  const language = bookLanguage(booklet.language);
  const s = bookStrings(language.script);
  const body = h('body', [
    cover(booklet, s),
    titlePage(booklet, s),
    contents(articles, booklet.contents.depth, s),
    ...articles.flatMap((a, i) => [article(a, i === 0, booklet.footnotes.numbering, s), ...(booklet.notes.placement === 'article' ? notePages(booklet, linesPerPage, s) : [])]),
    ...(booklet.notes.placement === 'end' ? notePages(booklet, linesPerPage, s) : []),
    colophon(booklet, articles),
  ]);
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: language.tag }, [head, body])] };
}

/** The cover: the theme's template (cover-template.ts) filled with the booklet's title and `cover:`. */
function cover(booklet: ResolvedBooklet, s: BookStrings): Element {
  const { cover: options } = booklet;
  return h('section.cover#cover', { ariaLabel: s.cover }, fillCover(booklet.theme.cover, {
    title: booklet.title,
    subtitle: booklet.subtitle ?? '',
    compiler: options.compiler ? `${booklet.compiler}　${s.compiled}` : '',
    date: options.date ? chineseMonth(booklet.date) : '',
    image: options.image ? imageUrl(options.image.to) : '',
    emblem: options.emblem ? imageUrl(options.emblem.to) : '',
  }));
}

function titlePage(booklet: ResolvedBooklet, s: BookStrings): Element {
  return h('section.title-page#title-page', { ariaLabel: s.titlePage }, [
    h('p.title-page-title', booklet.title),
    booklet.subtitle ? h('p.title-page-subtitle', booklet.subtitle) : undefined,
    h('p.title-page-compiler', `${booklet.compiler}　${s.compiled}`),
  ].filter(isElement));
}

/** The contents to `depth` (booklet.yaml contents.depth): 1 the articles, 2 their ## sections, 3 the
 *  ### subsections under each section too. */
function contents(articles: RenderedArticle[], depth: 1 | 2 | 3, s: BookStrings): Element {
  return h('nav.toc#toc', { ariaLabelledby: 'toc-title', role: 'doc-toc' }, [
    h('h1.toc-title#toc-title', s.contents),
    h(
      'ol.toc-articles',
      articles.map((a) => {
        const sections = depth === 1 ? [] : tocSections(a.headings, depth);
        return h('li.toc-article', [tocLink(a.meta.id, a.meta.title), sections.length > 0 ? h('ol.toc-sections', sections) : undefined].filter(isElement));
      }),
    ),
  ]);
}

/** The ## sections of an article, each with its ### subsections when `depth` is 3 (a ### before the
 *  first ## stands at the sections' level, so that no heading the depth asks for is left out). */
function tocSections(headings: readonly HeadingInfo[], depth: 2 | 3): Element[] {
  const items: { entry: Element; subsections: Element[] }[] = [];
  for (const heading of headings) {
    if (heading.depth === 2 || (heading.depth === 3 && depth === 3 && items.length === 0)) {
      items.push({ entry: h('li.toc-section', [tocLink(heading.id, heading.text)]), subsections: [] });
    } else if (heading.depth === 3 && depth === 3) {
      items.at(-1)!.subsections.push(h('li.toc-subsection', [tocLink(heading.id, heading.text)]));
    }
  }
  return items.map(({ entry, subsections }) => (subsections.length > 0 ? { ...entry, children: [...entry.children, h('ol.toc-subsections', subsections)] } : entry));
}

/** A contents entry; in print the leader and the page number (target-counter) follow the text. */
function tocLink(id: string, text: string): Element {
  return h('a', { href: `#${id}` }, [h('span.toc-text', text), h('span.toc-leader', { ariaHidden: 'true' })]);
}

/** Ruled pages for the reader's notes, print only: a title and one rule per remaining line. */
function notePages(booklet: ResolvedBooklet, linesPerPage: number, s: BookStrings): Element[] {
  return Array.from({ length: booklet.notes.pages }, () =>
    h('section.notes-page', { ariaLabel: s.notes, dataPrintOnly: '' }, [
      h('p.notes-title', s.notes),
      h('div.notes-rules', { ariaHidden: 'true' }, Array.from({ length: linesPerPage - 2 }, () => h('div.notes-rule'))),
    ]),
  );
}

/** `numbering`: per page marks the section for the print editions' footnote numbering
 *  (src/paginate/in-page/handlers.ts); per article, the default, leaves the markup as it was. */
function article(a: RenderedArticle, first: boolean, numbering: ResolvedBooklet['footnotes']['numbering'], s: BookStrings): Element {
  const { meta } = a;
  const header = h('header.article-header', { dataLine: 1 }, [
    h('h1.article-title', meta.title),
    meta.subtitle ? h('p.article-subtitle', meta.subtitle) : undefined,
    meta.author ? h('p.article-byline', meta.author) : undefined,
  ].filter(isElement));
  const note = sourceNote(meta, s);
  // The body's folios start at the first article (page.css).
  return h('section.article', { id: meta.id, dataSource: a.path, ariaLabel: meta.title, ...(numbering === 'page' ? { dataFootnoteNumbering: 'page' } : {}), ...(first ? { dataFolioStart: '' } : {}) }, [
    header,
    ...(a.body.children as ElementContent[]),
    // From the front matter, as the header: a finding on it names the manuscript's first line.
    note ? h('p.source-note', { dataLine: 1 }, `（${note}）`) : undefined,
  ].filter((x): x is ElementContent => x !== undefined));
}

/** The note as printed, or one built from `source` and `affiliation` (labelled in `s`, default Simplified). */
export function sourceNote(meta: ArticleMeta, s: BookStrings = bookStrings()): string | undefined {
  if (meta.note) return meta.note;
  const parts = [meta.source ? `${s.source}：${meta.source}` : '', meta.affiliation ? `${s.affiliation}：${meta.affiliation}` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join('；') : undefined;
}

function isElement(x: Element | undefined): x is Element {
  return x !== undefined;
}
