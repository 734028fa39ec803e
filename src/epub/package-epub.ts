// The EPUB 3 edition from the same document tree as the print editions: content documents per part,
// pop-up footnotes, page-break markers from the real pagination, nav + landmarks + page list, toc.ncx,
// a cover image rendered from the printed cover, the subset fonts, one reflowable stylesheet.
import { readFile } from 'node:fs/promises';
import { h } from 'hastscript';
import type { Root } from 'hast';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { RenderedArticle } from '../html/document.js';
import { epubStylesheet } from '../html/styles.js';
import type { StylesheetAsset } from '../html/user-stylesheets.js';
import type { FontAsset } from '../html/subset-fonts.js';
import type { ImageFile } from '../html/read-images.js';
import type { PaginationFacts } from '../paginate/in-page/bridge.js';
import { splitChapters, type Chapter } from './chapters.js';
import { epubFootnotes } from './footnotes.js';
import { insertPageBreaks, type PageTarget } from './page-list.js';
import { xhtmlDocument } from './xhtml.js';
import { navDocument, ncxDocument, packageDocument, type ManifestItem } from './package-document.js';
import { bookTitle } from '../config/resolve.js';
import { zipEpub, type ZipEntry } from './zip.js';
import { linkEpubImages, placeImages, type EpubImage } from './images.js';
import { epubLinks } from './links.js';
import { epubProblems } from './self-check.js';
import { imageUrl } from '../html/rehype-images.js';
import type { VFileMessage } from 'vfile-message';
import { bookLanguage } from '../config/language.js';

export interface EpubInput {
  booklet: ResolvedBooklet;
  /** The booklet document (not changed). */
  tree: Root;
  articles: RenderedArticle[];
  /** The pagination of the print editions, for the page list. */
  pagination?: PaginationFacts | undefined;
  /** The printed cover as PNG. */
  cover?: Uint8Array | undefined;
  /** Font files (subset) to embed. */
  fonts: FontAsset[];
  /** The articles' local images. */
  images?: ImageFile[];
  /** dcterms:modified and the zip dates. */
  date: Date;
  /** Warnings (a link to an anchor that is nowhere). */
  report?: (message: VFileMessage) => void;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

const SECTION_TYPES: Record<Chapter['type'], string> = {
  cover: 'cover',
  titlepage: 'titlepage',
  bodymatter: 'chapter',
  colophon: 'copyright-page',
};

/** Let timers run between long synchronous steps (the reporter's progress lines off a terminal). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Build the EPUB file's bytes. */
export async function packageEpub(input: EpubInput): Promise<Uint8Array> {
  const { booklet } = input;
  const { chapters, pages } = await prepareChapters(input);
  // The theme's and the user's stylesheets, and what they load (under content-hashed names: images/…,
  // fonts/…), which no article image's place takes.
  const style = await epubStylesheet(booklet);
  style.messages.forEach((m) => input.report?.(m));
  const images = placeImages(input.images ?? [], new Set(['images/cover.png', ...style.assets.map((a) => a.to.toLowerCase())]));
  for (const chapter of chapters) linkEpubImages(chapter.body, images);

  const css = 'styles/booklet.css';
  const { manifest, entries } = await contentFiles(input, chapters, style, images, css);
  const navArticles = input.articles.flatMap((a) => {
    const chapter = chapters.find((c) => c.source === a.path);
    return chapter ? [{ chapter, meta: a.meta, headings: a.headings }] : [];
  });
  entries.push({ path: 'OEBPS/nav.xhtml', data: navDocument({ booklet, articles: navArticles, chapters, pages, css }) });
  entries.push({ path: 'OEBPS/toc.ncx', data: ncxDocument({ booklet, articles: navArticles }) });

  // Reading order: cover, title page, contents, articles, colophon.
  const spine = [
    ...chapters.filter((c) => c.type === 'cover' || c.type === 'titlepage').map((c) => ({ idref: c.id, linear: true })),
    { idref: 'nav', linear: true },
    ...chapters.filter((c) => c.type === 'bodymatter' || c.type === 'colophon').map((c) => ({ idref: c.id, linear: true })),
  ];
  // booklet's own bug if it fails: better no EPUB than an invalid one.
  const problems = epubProblems({ paths: entries.map((e) => e.path), manifest, chapters, navIds: ['toc'] });
  if (problems.length > 0) throw new Error(`the EPUB would be invalid: ${problems.slice(0, 5).join('; ')}`);
  const opf = packageDocument({ booklet, articles: input.articles.map((a) => a.meta), modified: input.date, manifest, spine });
  return await zipEpub([{ path: 'META-INF/container.xml', data: CONTAINER }, { path: 'OEBPS/content.opf', data: opf }, ...entries], input.date);
}

/** The document split into chapters, made for reading systems: each with its epub:type, the articles'
 *  footnotes as pop-ups, page-break markers from the print pagination (the page list's targets), the
 *  printed cover as the cover's image, and the links between chapters. */
async function prepareChapters(input: EpubInput): Promise<{ chapters: Chapter[]; pages: PageTarget[] }> {
  const { booklet } = input;
  const chapters = splitChapters(input.tree);
  for (const chapter of chapters) {
    chapter.body.properties['epub:type'] = SECTION_TYPES[chapter.type];
    if (chapter.type === 'bodymatter') epubFootnotes(chapter.body);
  }
  await breathe();
  const pages = input.pagination ? insertPageBreaks(chapters, input.pagination) : [];
  await breathe();
  const cover = chapters.find((c) => c.type === 'cover');
  if (cover && input.cover) {
    const alt = [booklet.title, booklet.subtitle, booklet.compiler].filter(Boolean).join('，');
    cover.body.children = [h('img', { src: 'images/cover.png', alt, class: 'cover-image' })];
  }
  epubLinks(chapters, input.tree).forEach((m) => input.report?.(m));
  return { chapters, pages };
}

/** The package's files but for the navigation, and their manifest items: the stylesheet and what it
 *  loads, the fonts, the images, the cover, then the chapters' content documents. */
async function contentFiles(
  input: EpubInput,
  chapters: Chapter[],
  style: { css: string; assets: StylesheetAsset[] },
  images: EpubImage[],
  css: string,
): Promise<{ manifest: ManifestItem[]; entries: ZipEntry[] }> {
  const { booklet } = input;
  const entries: ZipEntry[] = [];
  const manifest: ManifestItem[] = [
    { id: 'nav', href: 'nav.xhtml', mediaType: 'application/xhtml+xml', properties: 'nav' },
    { id: 'ncx', href: 'toc.ncx', mediaType: 'application/x-dtbncx+xml' },
    { id: 'css', href: css, mediaType: 'text/css' },
  ];
  entries.push({ path: 'OEBPS/styles/booklet.css', data: style.css });
  style.assets.forEach((asset, i) => {
    manifest.push({ id: `style-asset-${i + 1}`, href: imageUrl(asset.to), mediaType: asset.mediaType });
    entries.push({ path: `OEBPS/${asset.to}`, data: asset.from });
  });
  for (const font of input.fonts) {
    const name = font.face.name;
    manifest.push({ id: `font-${name.replace(/\.ttf$/, '').toLowerCase()}`, href: `fonts/${name}`, mediaType: 'font/ttf' });
    entries.push({ path: `OEBPS/fonts/${name}`, data: await readFile(font.from) });
  }
  images.forEach(({ image, path }, i) => {
    manifest.push({ id: `image-${i + 1}`, href: imageUrl(path), mediaType: image.mediaType });
    entries.push({ path: `OEBPS/${path}`, data: image.data });
  });
  if (input.cover) {
    manifest.push({ id: 'cover-image', href: 'images/cover.png', mediaType: 'image/png', properties: 'cover-image' });
    entries.push({ path: 'OEBPS/images/cover.png', data: input.cover });
  }
  for (const chapter of chapters) {
    manifest.push({ id: chapter.id, href: chapter.file, mediaType: 'application/xhtml+xml' });
    const title = chapter.type === 'bodymatter' ? chapter.title : `${bookTitle(booklet)} ${chapter.title}`;
    entries.push({ path: `OEBPS/${chapter.file}`, data: xhtmlDocument({ title, lang: bookLanguage(booklet.language).tag, css, body: [chapter.body] }) });
    await breathe();
  }
  return { manifest, entries };
}
