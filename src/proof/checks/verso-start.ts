// Every article opens on a recto, an odd page (cjk-print-rules F3).
import type { Check } from './check.js';
import { phrase } from '../../ui/catalogue.js';

export const versoStart: Check = {
  id: 'verso-start',
  severity: 'error',
  rule: 'F3 chapters start on a recto (clreq)',
  run: ({ pagination, manuscripts }) =>
    pagination.pages
      .filter((p) => p.opens === 'article' && (p.side === 'left' || p.index % 2 === 0))
      .map((p) => {
        const anchor = pagination.anchors.find((a) => a.page === p.index && a.tag === 'h1');
        const m = manuscripts.find((x) => x.meta.id === anchor?.id);
        return { message: phrase('proof.verso-start'), page: p.index, excerpt: anchor?.text ?? '', file: m?.file.path, line: 1 };
      }),
};
