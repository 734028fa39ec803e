// 词中断行: a heading, a title, a subtitle or a contents entry breaks its line between phrases, never
// inside a word («绿色发|展»; issue 19). The build marks the breaks it allows
// (rehype-phrase-breaks.ts); a phrase longer than the line, or a stylesheet that undoes keep-all, breaks
// elsewhere, and this finds it with the same segmenters.
import { phraseBreaks } from '../../html/phrase-breaks.js';
import { isHan, placeOf, type Check, type RawFinding } from './check.js';
import { phrase } from '../../ui/catalogue.js';

/** A break between two characters that are no Han (Latin words, numbers) is at a space or a hyphen. */
const CJK = (ch: string) => isHan(ch) || /[\u3000-\u303f\uff00-\uffef“”‘’…—]/u.test(ch);

export const headingBreak: Check = {
  id: 'heading-break',
  severity: 'error',
  rule: 'Headings break between words, never inside one (clreq)',
  run: ({ layout }) =>
    layout.pages.flatMap((page) =>
      page.blocks
        .filter((block) => block.phrased && block.lines.length > 1)
        .flatMap((block) => {
          const lines = block.lines.map((l) => l.text.replace(/\s/g, ''));
          const text = lines.join('');
          const allowed = new Set(phraseBreaks(text));
          const out: RawFinding[] = [];
          let at = 0;
          for (const line of lines.slice(0, -1)) {
            at += line.length;
            if (allowed.has(at) || !(CJK(text[at - 1]!) || CJK(text[at]!))) continue;
            const shown = `${text.slice(Math.max(0, at - 8), at)}|${text.slice(at, at + 8)}`;
            out.push({ message: phrase('proof.heading-break', { excerpt: shown }), page: page.index, excerpt: shown, ...placeOf(block) });
          }
          return out;
        }),
    ),
};
