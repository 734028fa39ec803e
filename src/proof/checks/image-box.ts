// Every image lies inside the type area of its page (issue 18): one that runs past the measure is cut at
// the trim, one taller than the room left is clipped at the foot. A figure is sized to fit
// (rehype-figures.ts); an image in raw HTML or a user's stylesheet may still not be.
import { type Check, type RawFinding } from './check.js';
import type { Phrase } from '../../ui/phrase.js';
import { phrase } from '../../ui/catalogue.js';

/** Rounding of the layout (1/64 px) and of the page size (cjk-print-rules §1.9). */
const SLACK_PX = 1;

type Edge = 'left' | 'right' | 'top' | 'foot';

export const imageBox: Check = {
  id: 'image-box',
  severity: 'error',
  rule: 'E1 an image lies inside the type area (not cut at the trim or the foot)',
  run: ({ layout }) => {
    const out: RawFinding[] = [];
    for (const page of layout.pages) {
      for (const image of page.images ?? []) {
        const outside = ([
          ['left', -image.left],
          ['right', image.right - page.width],
          ['top', -image.top],
          ['foot', image.bottom - page.height],
        ] as [Edge, number][]).filter(([, by]) => by > SLACK_PX);
        if (outside.length === 0) continue;
        // Each edge it runs past, the others after it: "283 px past the right, 40 px past the foot".
        const where = outside.reduceRight<Phrase | string>((rest, [edge, by]) => phrase('proof.image-box.edge', { n: Math.round(by), edge: phrase(`proof.edge.${edge}`), rest }), '');
        const name = readable(image.src.replace(/^images\//, '').replace(/\.[0-9a-f]{12}(?=\.[a-z0-9]+$)/i, ''));
        out.push({ message: phrase('proof.image-box', { where }), page: page.index, excerpt: name, file: image.source || undefined, line: image.line });
      }
    }
    return out;
  },
};

/** The file name as the manuscript writes it (the HTML has it %-escaped, rehype-images.ts). */
function readable(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}
