// A page whose margins (or whose body size on a small trim) leave no sensible type area is a mistake at
// its line in booklet.yaml, not a booklet of 9-character lines.
import { createMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { pageGeometry, MIN_CHARS, MIN_LINES } from '../html/page-geometry.js';
import type { ResolvedPage } from './resolve.js';
import type { Locate } from './validate-yaml.js';
import type { VFileMessage } from 'vfile-message';

/** The message when `page` leaves fewer than MIN_CHARS characters a line or MIN_LINES lines a page. */
export function typeAreaProblem(page: ResolvedPage, locate: Locate): VFileMessage | undefined {
  const g = pageGeometry(page);
  if (g.chars >= MIN_CHARS && g.lines >= MIN_LINES) return undefined;
  const given = Object.values(page.margins ?? {}).some((m) => m !== undefined);
  const values = { chars: g.chars, lines: g.lines, minChars: MIN_CHARS, minLines: MIN_LINES, page: page.name, size: page.bodySize };
  return createMessage(
    phrase(given ? 'furniture.margins-too-wide' : 'furniture.page-too-small', values),
    locate(given ? ['page', 'margins'] : ['page']),
    'config',
    { hint: phrase(given ? 'furniture.margins-too-wide.hint' : 'furniture.page-too-small.hint', values) },
  );
}
