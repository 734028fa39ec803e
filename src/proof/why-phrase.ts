// Why the build could not move a page break, as the catalogue words it: the page's code
// (paginate/in-page/handlers.ts) says it in English, the text of record of `Adjustment.why`; each of its
// reasons has its phrase here (test/ui/proof-messages.test.ts reads them from handlers.ts).
import { phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';

const REASONS: Record<string, Phrase> = {
  'nothing could move': phrase('proof.why.nothing'),
  'the paragraph runs on from the page before, and too few of its lines are here to split it otherwise': phrase('proof.why.runs-on'),
  'the paragraph is the first thing on the page': phrase('proof.why.first'),
  'what comes before it (a table, a figure, code) gives no lines': phrase('proof.why.no-lines'),
  'the paragraph before it calls a footnote, which would move with it': phrase('proof.why.footnote'),
  'the paragraph before it is the first thing on the page, or runs on from the page before': phrase('proof.why.before-first'),
  'the heading is the first thing on the page': phrase('proof.why.heading-first'),
};

/** The phrase of `why` (none given: nothing could move); a reason the catalogue does not know stays as it is. */
export const whyPhrase = (why: string | undefined): Phrase | string => REASONS[why ?? 'nothing could move'] ?? why!;
