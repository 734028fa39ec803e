// 孤字: a paragraph's last line holds at least two Han characters (cjk-print-rules D4; sources disagree
// whether one Han character and punctuation is allowed, so this is a warning).
import { eachLine, isHan, placeOf, type Check } from './check.js';
import { phrase } from '../../ui/catalogue.js';

export const orphanCharacter: Check = {
  id: 'orphan-character',
  severity: 'warning',
  rule: 'D4 no single character on a paragraph’s last line (clreq)',
  run: ({ layout }) =>
    [...eachLine(layout)]
      // A last line of Latin or digits (a file name, a number) holds a word, not a lone character.
      .filter(({ block, line, last, index }) => last && (index > 0 || block.splitFrom) && block.tag === 'p' && [...line.text].filter(isHan).length <= 1 && !/[\p{L}\p{N}]{2}/u.test(line.text.replace(/\p{Script=Han}/gu, '')))
      .map(({ page, block, line }) => ({ message: phrase('proof.orphan-character', { text: line.text }), page: page.index, excerpt: line.text, ...placeOf(block) })),
};
