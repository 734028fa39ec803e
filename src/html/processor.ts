// The plugin order that turns one manuscript's mdast into its hast, one comment per stage.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';
import { remarkStudyBoxes, type StudyBoxesOptions } from './remark-study-boxes.js';
import { remarkCjkSoftBreaks } from './remark-cjk-soft-breaks.js';
import { remarkStructureCheck } from './remark-structure-check.js';
import { remarkSectionLevels } from './remark-section-levels.js';
import { rehypeSourceLines } from './rehype-source-lines.js';
import { rehypeHeadingIds } from './rehype-heading-ids.js';
import { rehypeRawH1 } from './rehype-raw-h1.js';
import { rehypeFootnoteIds } from './rehype-footnote-ids.js';
import { rehypeImages } from './rehype-images.js';
import { rehypeFigures, type FiguresOptions } from './rehype-figures.js';
import { rehypeCjkNoBreak } from './rehype-cjk-no-break.js';
import { rehypeUnsafeHtml } from './rehype-unsafe-html.js';
import { rehypeTableWidth } from './rehype-table-width.js';
import { rehypeUserIds } from './rehype-user-ids.js';
import { SANITIZE_SCHEMA } from './sanitize-schema.js';
import { bookStrings, type BookStrings } from './book-strings.js';

/** The booklet's ids that an article's raw HTML cannot take besides its own (default none). */
export interface BookletIds {
  /** Every article's id. */
  articles: readonly string[];
  /** The booklet's own parts' ids (cover, toc, …). */
  parts: ReadonlySet<string>;
  /** Ids the articles before this one have, with the manuscript that has each. */
  usedBefore: ReadonlyMap<string, string>;
}

/** Build the transform for one article; `id` prefixes its heading and footnote ids; `root` (the booklet
 *  folder) enables local images; `maxColumns` (default: no limit) is the widest table that fits; `ids`
 *  are the booklet's ids that raw HTML may not take; `figures` (the type area) enables figures; `strings`
 *  are the book's own words (study boxes' and footnotes' titles, figure numbers; default Simplified);
 *  `studyBoxes` the boxes' titles from booklet.yaml, over the strings' ones. */
export function createArticleProcessor(id: string, root?: string, maxColumns = Infinity, ids?: BookletIds, figures?: FiguresOptions, strings: BookStrings = bookStrings(), studyBoxes: StudyBoxesOptions = {}) {
  return (
    unified()
      // :::key-points / :::questions → <aside class="study-box">; unknown directives back to text.
      .use(remarkStudyBoxes, { ...studyBoxes, defaults: strings.studyBoxes })
      // Footnotes called but not defined (or the reverse), skipped heading levels: warnings.
      .use(remarkStructureCheck)
      // `#` sections become h2 (the title is the only h1); levels the book does not style: warnings.
      .use(remarkSectionLevels)
      // Soft line breaks between Han characters must not become spaces.
      .use(remarkCjkSoftBreaks)
      // mdast → hast; footnote ids are prefixed per article so they stay unique in one document.
      .use(remarkRehype, {
        clobberPrefix: `${id}-`,
        footnoteLabel: strings.footnotes,
        footnoteLabelTagName: 'h2',
        footnoteBackLabel: strings.footnoteBack,
        allowDangerousHtml: true,
      })
      // Raw HTML (ruby, a figure, a table) parsed into the tree, with its manuscript positions…
      .use(rehypeRaw)
      // …what sanitizing removes reported at its line…
      .use(rehypeUnsafeHtml)
      // …and sanitized: nothing that runs, frames, or points at javascript: or file: reaches the page.
      .use(rehypeSanitize, SANITIZE_SCHEMA)
      // Raw ids that are the booklet's own (toc, an article's, `<article>-…`) dropped, with a warning.
      .use(rehypeUserIds, { article: id, ...ids })
      // data-line on every block, for findings that name the manuscript line.
      .use(rehypeSourceLines)
      // A raw <h1> is a top section (h2): the title is the only h1.
      .use(rehypeRawH1)
      // Short ASCII ids on section headings, collected for the table of contents.
      .use(rehypeHeadingIds, { prefix: id })
      // Local images resolved inside the booklet folder, pointed at images/ in the output.
      .use(root === undefined ? [] : [[rehypeImages, { root }]])
      // An image alone in a paragraph: a figure, sized to the type area, with its caption.
      .use(figures === undefined ? [] : [[rehypeFigures, { prefix: strings.figure, ...figures }]])
      // …and the footnote label, which remark-rehype leaves unprefixed.
      .use(rehypeFootnoteIds, { prefix: id })
      // A table with more columns than fit across the page is an error at its line.
      .use(rehypeTableWidth, { maxColumns })
      // WORD JOINER before ——, ～, · (Chromium would let them start a line).
      .use(rehypeCjkNoBreak)
      .freeze()
  );
}

/** Transform one parsed manuscript to hast. Messages (fatal or not) are left on `file`. */
export async function articleToHast(tree: MdastRoot, file: VFile, id: string, root?: string, maxColumns?: number, ids?: BookletIds, figures?: FiguresOptions, strings?: BookStrings, studyBoxes?: StudyBoxesOptions): Promise<HastRoot> {
  return (await createArticleProcessor(id, root, maxColumns, ids, figures, strings, studyBoxes).run(tree, file)) as HastRoot;
}
