// Every lint rule, in report order.
import type { Rule } from './rule.js';
import { brokenParagraph } from './broken-paragraph.js';
import { fragmentStart } from './fragment-start.js';
import { unterminatedEnding } from './unterminated-ending.js';
import { headingSequence } from './heading-sequence.js';
import { boldHeading } from './bold-heading.js';
import { halfwidthPunctuation } from './halfwidth-punctuation.js';
import { straightQuotes } from './straight-quotes.js';
import { ellipsis } from './ellipsis.js';
import { dash } from './dash.js';
import { unbalancedPairs } from './unbalanced-pairs.js';
import { quoteNesting } from './quote-nesting.js';
import { repeatedPunctuation } from './repeated-punctuation.js';
import { fullwidthAlphanumerics } from './fullwidth-alphanumerics.js';
import { spaceBetweenHan } from './space-between-han.js';
import { fontCoverageRule } from './font-coverage.js';
import { strayBom } from './stray-bom.js';
import { imageAlt } from './image-alt.js';

export const RULES: readonly Rule[] = [
  brokenParagraph, fragmentStart, unterminatedEnding, headingSequence, boldHeading,
  halfwidthPunctuation, straightQuotes, ellipsis, dash, unbalancedPairs, quoteNesting, repeatedPunctuation,
  fullwidthAlphanumerics, spaceBetweenHan, fontCoverageRule, strayBom, imageAlt,
];
