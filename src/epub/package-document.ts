// The package document (content.opf), nav.xhtml and toc.ncx. Metadata comes from booklet.yaml and the
// articles' front matter; the identifier is a UUID derived from the booklet, stable across builds.
import { createHash } from 'node:crypto';
import { h } from 'hastscript';
import type { Element } from 'hast';
import { bookTitle, type ResolvedBooklet } from '../config/resolve.js';
import { isoDate } from '../config/book-date.js';
import { articleAuthors, type ArticleMeta } from '../manuscript/read.js';
import type { HeadingInfo } from '../html/rehype-heading-ids.js';
import type { Chapter } from './chapters.js';
import type { PageTarget } from './page-list.js';
import { serialize } from './xhtml.js';
import { bookLanguage } from '../config/language.js';

export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** urn:uuid from the booklet's title, compiler and edition (name-based, like UUID v5). */
export function bookIdentifier(booklet: ResolvedBooklet): string {
  const hex = createHash('sha1').update(`booklet\0${booklet.title}\0${booklet.subtitle ?? ''}\0${booklet.compiler}\0${booklet.edition}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}


/** content.opf */
export function packageDocument(options: {
  booklet: ResolvedBooklet;
  articles: ArticleMeta[];
  modified: Date;
  manifest: ManifestItem[];
  spine: { idref: string; linear: boolean }[];
}): string {
  const { booklet, articles } = options;
  const authors = articleAuthors(articles);
  const modified = options.modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const meta = (property: string, value: string) => `    <meta property="${property}">${escapeXml(value)}</meta>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${bookLanguage(booklet.language).tag}">`,
    '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `    <dc:identifier id="book-id">${bookIdentifier(booklet)}</dc:identifier>`,
    `    <dc:title>${escapeXml(bookTitle(booklet))}</dc:title>`,
    `    <dc:creator id="compiler">${escapeXml(booklet.compiler)}</dc:creator>`,
    '    <meta refines="#compiler" property="role" scheme="marc:relators">com</meta>',
    ...authors.flatMap((author, i) => [
      `    <dc:creator id="author-${i + 1}">${escapeXml(author)}</dc:creator>`,
      `    <meta refines="#author-${i + 1}" property="role" scheme="marc:relators">aut</meta>`,
    ]),
    `    <dc:language>${bookLanguage(booklet.language).tag}</dc:language>`,
    `    <dc:date>${isoDate(booklet.date)}</dc:date>`,
    `    <dc:description>${escapeXml(articles.map((a) => a.title).join('；'))}</dc:description>`,
    meta('dcterms:modified', modified),
    '    <meta name="cover" content="cover-image"/>',
    meta('schema:accessMode', 'textual'),
    meta('schema:accessMode', 'visual'),
    meta('schema:accessModeSufficient', 'textual'),
    meta('schema:accessibilityFeature', 'structuralNavigation'),
    meta('schema:accessibilityFeature', 'tableOfContents'),
    meta('schema:accessibilityFeature', 'readingOrder'),
    meta('schema:accessibilityFeature', 'printPageNumbers'),
    meta('schema:accessibilityFeature', 'alternativeText'),
    meta('schema:accessibilityFeature', 'displayTransformability'),
    meta('schema:accessibilityHazard', 'none'),
    meta(
      'schema:accessibilitySummary',
      '本书为可重排的简体中文电子书，含完整目录导航、与印刷版一致的页码标记和脚注弹出说明；封面图片配有替代文字；无闪烁、声音或动态内容。',
    ),
    '  </metadata>',
    '  <manifest>',
    ...options.manifest.map(
      (item) =>
        `    <item id="${escapeXml(item.id)}" href="${escapeXml(item.href)}" media-type="${item.mediaType}"${item.properties ? ` properties="${item.properties}"` : ''}/>`,
    ),
    '  </manifest>',
    '  <spine toc="ncx">',
    ...options.spine.map((s) => `    <itemref idref="${escapeXml(s.idref)}"${s.linear ? '' : ' linear="no"'}/>`),
    '  </spine>',
    '</package>',
  ];
  return `${lines.join('\n')}\n`;
}

export interface NavArticle {
  chapter: Chapter;
  meta: ArticleMeta;
  headings: HeadingInfo[];
}

/** nav.xhtml: contents (articles and sections), landmarks and the print page list. */
export function navDocument(options: { booklet: ResolvedBooklet; articles: NavArticle[]; chapters: Chapter[]; pages: PageTarget[]; css: string }): string {
  const { booklet } = options;
  const toc = h('nav', { 'epub:type': 'toc', id: 'toc', role: 'doc-toc' }, [
    h('h1', '目录'),
    h(
      'ol',
      options.articles.map((a) =>
        h('li', [
          h('a', { href: a.chapter.file }, a.meta.title),
          ...(a.headings.some((x) => x.depth === 2)
            ? [h('ol', a.headings.filter((x) => x.depth === 2).map((x) => h('li', [h('a', { href: `${a.chapter.file}#${x.id}` }, x.text)])))]
            : []),
        ]),
      ),
    ),
  ]);
  const landmark = (type: string, href: string, text: string) => h('li', [h('a', { 'epub:type': type, href }, text)]);
  const firstArticle = options.articles[0]?.chapter.file;
  const landmarks = h('nav', { 'epub:type': 'landmarks', hidden: true }, [
    h('h2', '导览'),
    h('ol', [
      landmark('cover', 'cover.xhtml', '封面'),
      landmark('toc', 'nav.xhtml#toc', '目录'),
      ...(firstArticle ? [landmark('bodymatter', firstArticle, '正文')] : []),
      ...(options.chapters.some((c) => c.type === 'colophon') ? [landmark('copyright-page', 'colophon.xhtml', '版权页')] : []),
    ]),
  ]);
  const pageList = h('nav', { 'epub:type': 'page-list', hidden: true }, [
    h('h2', '页码'),
    h('ol', options.pages.map((p) => h('li', [h('a', { href: `${p.file}#${p.id}` }, p.label)]))),
  ]);
  const html: Element = h('html', { 'xmlns:epub': 'http://www.idpf.org/2007/ops', lang: bookLanguage(booklet.language).tag, 'xml:lang': bookLanguage(booklet.language).tag }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('title', `${bookTitle(booklet)} 目录`), h('link', { rel: 'stylesheet', type: 'text/css', href: options.css })]),
    h('body', [toc, landmarks, ...(options.pages.length > 0 ? [pageList] : [])]),
  ]);
  return serialize(html);
}

/** toc.ncx, for EPUB 2 reading systems. */
export function ncxDocument(options: { booklet: ResolvedBooklet; articles: NavArticle[] }): string {
  let order = 0;
  // playOrder follows reading order: a parent before its children.
  const point = (id: string, text: string, src: string, children: () => string[] = () => []) => {
    const open = `<navPoint id="${id}" playOrder="${++order}"><navLabel><text>${escapeXml(text)}</text></navLabel><content src="${src}"/>`;
    return [open, ...children(), '</navPoint>'].join('');
  };
  const points = options.articles.map((a) =>
    point(`nav-${a.meta.id}`, a.meta.title, a.chapter.file, () =>
      a.headings.filter((x) => x.depth === 2).map((x) => point(`nav-${x.id}`, x.text, `${a.chapter.file}#${x.id}`)),
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${bookLanguage(options.booklet.language).tag}">`,
    `  <head><meta name="dtb:uid" content="${bookIdentifier(options.booklet)}"/><meta name="dtb:depth" content="2"/><meta name="dtb:totalPageCount" content="0"/><meta name="dtb:maxPageNumber" content="0"/></head>`,
    `  <docTitle><text>${escapeXml(bookTitle(options.booklet))}</text></docTitle>`,
    `  <navMap>${points.join('')}</navMap>`,
    '</ncx>',
    '',
  ].join('\n');
}
