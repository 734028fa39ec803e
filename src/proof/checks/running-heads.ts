// Running heads and folios as printed (cjk-print-rules F4/F5): none on blank pages or on pages that open
// a part; on versos and rectos what booklet.yaml's runningHeads: chooses (the booklet title, the article
// title, the current section, or nothing); folios in sequence on every numbered page, in folio.form, as
// the PDF's text shows them.
import type { Check, ProofContext, RawFinding } from './check.js';
import { normalise } from '../text.js';
import type { Phrase } from '../../ui/phrase.js';
import { phrase } from '../../ui/catalogue.js';
import { folioText } from '../../html/furniture-css.js';

/** The text in the head zone and the foot zone of a PDF page. */
export function marginText(context: ProofContext, index: number): { head: string; foot: string } {
  const page = context.pdfPages[index - 1];
  if (!page) return { head: '', foot: '' };
  const { top, bottom } = context.geometry;
  return {
    head: page.lines.filter((l) => l.yMax < top).map((l) => l.text).join(' '),
    foot: page.lines.filter((l) => l.yMin > page.height - bottom).map((l) => l.text).join(' '),
  };
}

export const runningHeads: Check = {
  id: 'running-heads',
  severity: 'error',
  rule: 'F4/F5 running heads and folios (clreq; printers)',
  printed: true,
  run: (context) => {
    const { pagination, manuscripts, booklet } = context;
    const out: RawFinding[] = [];
    let article = '';
    // string(section): the first ## heading on the page, else the last one before it, else the title.
    let section = '';
    for (const page of pagination.pages) {
      const { head, foot } = marginText(context, page.index);
      const opener = pagination.anchors.find((a) => a.page === page.index && a.tag === 'h1' && manuscripts.some((m) => m.meta.id === a.id));
      if (opener) section = article = opener.text;
      const sections = pagination.anchors.filter((a) => a.page === page.index && a.tag === 'h2').sort((a, b) => a.top - b.top);
      const shownSection = sections[0]?.text ?? section;
      section = sections.at(-1)?.text ?? section;
      const content = { title: booklet.title, article, section: shownSection, none: '' };
      const find = (message: Phrase, excerpt: string) => out.push({ message, page: page.index, excerpt });
      if (page.blank) {
        if (head || foot) find(phrase('proof.running-heads.blank'), head || foot);
        continue;
      }
      const folio = page.folio ? folioText(booklet.folio.form, page.folio) : '';
      if (normalise(foot) !== normalise(folio)) find(page.folio ? phrase('proof.running-heads.folio', { folio }) : phrase('proof.running-heads.unnumbered'), foot || '(none)');
      if (page.name !== 'body') continue;
      const expected = page.opens !== '' ? '' : content[page.side === 'left' ? booklet.runningHeads.verso : booklet.runningHeads.recto];
      if (normalise(head) !== normalise(expected)) find(expected ? phrase('proof.running-heads.head', { head: expected }) : phrase('proof.running-heads.opener'), head || '(none)');
    }
    return out;
  },
};
