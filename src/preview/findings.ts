// What the preview's server works out from the pages laid out in the reader's browser: the page numbers
// the built book has (numbering.ts, as the build numbers its parts), and the findings for each page: lint
// findings placed on the page of their manuscript line, and the proof checks that need only the laid-out
// pages (the ones that read the printed PDF need a build: `booklet proof`).
import { shortPath } from '../diagnostics.js';
import type { VFileMessage } from 'vfile-message';
import * as z from 'zod'; // a namespace import, as in config/schema.ts
import { CHECKS } from '../proof/checks/index.js';
import { runChecks, type ProofContext } from '../proof/checks/check.js';
import { pageGeometry } from '../html/page-geometry.js';
import { numberDocument } from '../paginate/numbering.js';
import type { AnchorFacts, LayoutFacts, PageFacts, PaginationFacts, UnitPageFacts } from '../paginate/in-page/bridge.js';
import type { PreviewFinding } from './client.js';
import type { PreviewBook } from './typeset.js';
import { phrase, say } from '../ui/catalogue.js';
import type { Ui } from '../ui/ui.js';

// What the page posts is checked for shape only: it comes from our own script, but over HTTP.
const Anchor = z.object({ id: z.string(), tag: z.string(), text: z.string(), page: z.number().int().min(1), top: z.number() });
export const NumbersRequest = z.object({
  pages: z.array(z.object({ unit: z.number().int(), blank: z.boolean(), reset: z.number().int().nullable(), increment: z.number().int() })),
  anchors: z.array(Anchor),
});
export const FindingsRequest = z.object({
  pages: z.array(z.looseObject({ index: z.number().int(), lines: z.array(z.string()), opens: z.string(), side: z.enum(['left', 'right']) })),
  toc: z.array(z.looseObject({ href: z.string() })),
  anchors: z.array(Anchor),
  width: z.number(),
  height: z.number(),
  /** Also the lint findings (the page asks once). */
  lint: z.boolean(),
  layout: z.object({ pages: z.array(z.looseObject({ index: z.number().int(), blocks: z.array(z.looseObject({ lines: z.array(z.looseObject({ text: z.string() })) })) })) }),
});

/** The number of each page of the document, and of the page each id is on. */
export function previewNumbers(book: PreviewBook, request: { pages: UnitPageFacts[]; anchors: AnchorFacts[] }): { numbers: number[]; targets: Record<string, number> } {
  return numberDocument(request.pages, request.anchors, book.sizes.length);
}

/** Proof findings of the pages in `layout` (collectLayout() of some pages), and with `withLint` the lint
 *  findings of the whole book, each on its page, worded in `ui` (default English). `facts`: measurePages()
 *  with the anchors. */
export function previewFindings(book: PreviewBook, facts: PaginationFacts, layout: LayoutFacts, withLint: boolean, ui: Ui = 'en', cwd = process.cwd()): PreviewFinding[] {
  const lint = withLint ? book.messages.map((m) => lintFinding(m, facts.pages, ui, cwd)) : [];
  const context: ProofContext = {
    booklet: book.booklet,
    manuscripts: book.manuscripts,
    // Only the checks that read the printed PDF read the document; the preview leaves them out.
    document: { type: 'root', children: [] },
    geometry: pageGeometry(book.booklet.page),
    layout,
    pagination: facts,
    pdfPages: [],
    pdfFonts: [],
    usedFonts: [],
    allowedFonts: [],
    coverage: new Map(),
  };
  const proof = runChecks(
    CHECKS.filter((c) => !c.printed),
    context,
    book.booklet.proof.checks,
  ).map((f): PreviewFinding => {
    const message = f.phrase ? say(ui, f.phrase) : f.message;
    return {
      page: f.page ?? null,
      severity: f.severity,
      kind: 'proof',
      rule: f.check,
      message: f.excerpt ? say(ui, phrase('preview.excerpt', { message, excerpt: f.excerpt })) : message,
      where: f.file ? `${shortPath(f.file, cwd)}${f.line ? `:${f.line}` : ''}` : say(ui, f.page ? phrase('preview.where.page', { page: f.page }) : phrase('preview.where.unknown')),
      ...(f.file ? { source: f.file } : {}),
      ...(f.line ? { line: f.line } : {}),
    };
  });
  return [...lint, ...proof].sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
}

/** A lint message on the page that holds its line: the last page where a block of that manuscript starts
 *  at or before the line. */
function lintFinding(message: VFileMessage, pages: PageFacts[], ui: Ui, cwd: string): PreviewFinding {
  const source = message.file ?? '';
  const line = message.line ?? undefined;
  let page: number | null = null;
  let block = 0;
  if (line !== undefined) {
    for (const p of pages) {
      for (const entry of p.lines) {
        const at = entry.lastIndexOf(':');
        const n = Number(entry.slice(at + 1));
        if (entry.slice(0, at) === source && n <= line && n > block) {
          block = n;
          page = p.index;
        }
      }
    }
  }
  return {
    page,
    severity: message.fatal ? 'error' : 'warning',
    kind: 'lint',
    rule: message.ruleId ?? '',
    message: message.phrases?.reason ? say(ui, message.phrases.reason) : message.reason,
    where: `${shortPath(source, cwd)}${line ? `:${line}:${message.column ?? 1}` : ''}`,
    ...(source ? { source } : {}),
    // The block the line is in, for marking it.
    ...(block ? { line: block } : {}),
  };
}
