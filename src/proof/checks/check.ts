// What a proof check is: a pure function over the facts of one build, returning findings.
import type { LayoutFacts, PaginationFacts, BlockLayout, LineLayout, PageLayout } from '../../paginate/in-page/bridge.js';
import type { UsedFont } from '../../paginate/used-fonts.js';
import type { PageGeometry } from '../../html/page-geometry.js';
import type { ResolvedBooklet } from '../../config/resolve.js';
import type { Manuscript } from '../../manuscript/read.js';
import type { Root } from 'hast';
import { say } from '../../ui/catalogue.js';
import type { Phrase } from '../../ui/phrase.js';
import type { FontRow, TextPage } from '../poppler.js';
import type { CodePoints } from '../../html/font-coverage.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  check: string;
  severity: Severity;
  /** The message in English: the text of record (the JSON report, the baseline). */
  message: string;
  /** The message as a phrase of the catalogue, worded in the reader's language where it is shown. */
  phrase?: Phrase | undefined;
  /** Physical page, 1-based. */
  page?: number | undefined;
  excerpt: string;
  /** The manuscript and line behind it. */
  file?: string | undefined;
  line?: number | undefined;
}

/** What a check returns: its message a phrase of the catalogue (or text already worded). */
export type RawFinding = Omit<Finding, 'check' | 'severity' | 'message' | 'phrase'> & { message: string | Phrase };

export interface ProofContext {
  booklet: ResolvedBooklet;
  manuscripts: Manuscript[];
  /** The typeset booklet document (the hast that was laid out). */
  document: Root;
  geometry: PageGeometry;
  layout: LayoutFacts;
  pagination: PaginationFacts;
  pdfPages: TextPage[];
  pdfFonts: FontRow[];
  usedFonts: UsedFont[];
  /** The PostScript names of the booklet's own faces. */
  allowedFonts: string[];
  /** Characters each face covers (with its fallback's: html/fallback-faces.ts), by PostScript name. */
  coverage: Map<string, CodePoints>;
}

export interface Check {
  id: string;
  severity: Severity;
  /** The rule it holds, with its source (cjk-print-rules.md row). */
  rule: string;
  /** Reads the printed PDF or the fonts Chromium used (not the laid-out pages alone): the preview, which
   *  has only the pages in the reader's browser, leaves it out. Default false. */
  printed?: boolean;
  run(context: ProofContext): RawFinding[];
}

/** Run `checks` with the severities booklet.yaml sets (`off` skips a check). */
export function runChecks(checks: readonly Check[], context: ProofContext, settings: Record<string, string>): Finding[] {
  return checks
    .filter((c) => settings[c.id] !== 'off')
    .flatMap((check) => {
      const set = settings[check.id];
      const severity: Severity = set === 'warning' || set === 'error' ? set : check.severity;
      return check.run(context).map(({ message, ...f }): Finding => ({
        check: check.id,
        severity,
        ...f,
        message: say('en', message),
        ...(typeof message === 'string' ? {} : { phrase: message }),
      }));
    });
}

/** Where a block came from, for a finding. */
export const placeOf = (block: BlockLayout) => ({ file: block.source || undefined, line: block.line });

/** Each line of each text block (footnotes included), with whether it starts or ends its paragraph. */
export function* eachLine(layout: LayoutFacts): Generator<{
  page: PageLayout;
  block: BlockLayout;
  line: LineLayout;
  index: number;
  /** The paragraph's first line (not a continuation from the previous page). */
  first: boolean;
  /** The paragraph's last line (not continued on the next page). */
  last: boolean;
  next: LineLayout | undefined;
}> {
  for (const page of layout.pages) {
    for (const block of page.blocks) {
      const n = block.lines.length;
      for (let i = 0; i < n; i++) {
        yield {
          page,
          block,
          line: block.lines[i]!,
          index: i,
          first: i === 0 && !block.splitFrom,
          last: i === n - 1 && !block.splitTo,
          next: block.lines[i + 1],
        };
      }
    }
  }
}

export { isHan } from '../../cjk.js';

/** The blocks of the body text on a page (footnotes apart). */
export const bodyBlocks = (page: PageLayout) => page.blocks.filter((b) => b.tag !== 'footnote' && b.lines.length > 0);
