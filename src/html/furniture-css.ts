// The running heads and folios that booklet.yaml chooses (runningHeads:, folio:), as @page rules in the
// geometry stylesheet. Paged.js keeps only the last block of a margin box for one page selector (its
// atpage.js merges margin boxes whole), so each box is written here whole; its look comes from custom
// properties that page.css sets (--running-head-size, --folio-size, …), and page.css clears the boxes on
// blank pages, openers and the front matter (other selectors). page.css is never forked.
import type { ResolvedBooklet } from '../config/resolve.js';

type Heads = ResolvedBooklet['runningHeads'];
type Folio = ResolvedBooklet['folio'];

/** What a running head shows: the booklet's title (given in the geometry stylesheet as a custom
 *  property, because the cover is laid out apart from the articles), or a string that page.css sets
 *  (`article` on the title, `section` on it and on each ## heading). Paged.js reads string() only
 *  in `content`, not through a custom property: hence generated rules. */
const HEAD_CONTENT: Record<Heads['verso'], string | undefined> = {
  title: 'var(--booklet-title)',
  article: 'string(article)',
  section: 'string(section)',
  none: undefined,
};

/** A folio as printed: `12`, or `— 12 —` (GB/T 9704's 一字线 either side, with a space). */
export function folioText(form: Folio['form'], folio: string): string {
  return form === 'dashes' ? `— ${folio} —` : folio;
}

const HEAD_LOOK =
  'font-family: var(--running-head-face); font-size: var(--running-head-size); letter-spacing: var(--running-head-tracking); color: var(--running-head-color); ' +
  'border-bottom: var(--running-head-rule); vertical-align: bottom; padding-bottom: var(--running-head-gap);';
const FOLIO_LOOK =
  'font-family: var(--folio-face); font-size: var(--folio-size); font-weight: var(--folio-weight); color: var(--folio-color); vertical-align: top; padding-top: var(--folio-gap);';

function folioContent(form: Folio['form']): string {
  return form === 'dashes' ? '"— " counter(page) " —"' : 'counter(page)';
}

/** The @page rules for `heads` and `folio`: heads at the outer head corner, folios at the outer foot
 *  corner or the foot's centre. */
export function furnitureCss(heads: Heads, folio: Folio): string {
  const side = (page: 'left' | 'right', head: string | undefined) => {
    const foot = folio.position === 'center' ? 'bottom-center' : `bottom-${page}`;
    const boxes = [
      head ? `  @top-${page} { content: ${head}; ${HEAD_LOOK} }` : '',
      `  @${foot} { content: ${folioContent(folio.form)}; ${FOLIO_LOOK} }`,
    ].filter(Boolean);
    return `@page body:${page} {\n${boxes.join('\n')}\n}`;
  };
  return [side('left', HEAD_CONTENT[heads.verso]), side('right', HEAD_CONTENT[heads.recto])].join('\n');
}
