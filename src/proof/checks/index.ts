// Every proof check, in report order.
import type { Check } from './check.js';
import { lineStart } from './line-start.js';
import { lineEnd } from './line-end.js';
import { splitMark } from './split-mark.js';
import { narrowQuote } from './narrow-quote.js';
import { punctuationCompression } from './punctuation-compression.js';
import { overflow } from './overflow.js';
import { pageOverflow } from './page-overflow.js';
import { imageBox } from './image-box.js';
import { headingAtFoot } from './heading-at-foot.js';
import { headingBreak } from './heading-break.js';
import { widowsOrphans } from './widows-orphans.js';
import { orphanCharacter } from './orphan-character.js';
import { singleLinePage } from './single-line-page.js';
import { versoStart } from './verso-start.js';
import { runningHeads } from './running-heads.js';
import { tocPages } from './toc-pages.js';
import { fontsEmbedded } from './fonts-embedded.js';
import { fontAllowlist } from './font-allowlist.js';
import { tofu } from './tofu.js';
import { textLost } from './text-lost.js';

export const CHECKS: readonly Check[] = [
  lineStart, lineEnd, splitMark, narrowQuote, punctuationCompression, overflow, pageOverflow, imageBox, headingAtFoot, headingBreak,
  widowsOrphans, orphanCharacter, singleLinePage, versoStart, runningHeads, tocPages, fontsEmbedded,
  fontAllowlist, tofu, textLost,
];
