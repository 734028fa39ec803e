// What the lint rules read differently in Simplified and Traditional text: the quotation marks (GB/T
// 15834 §4.4: “ ‘ ’ ”; Taiwan's 重訂標點符號手冊 and Hong Kong's usage: 「 『 』 」, clreq §quotation marks),
// when a paragraph is a finished sentence, and the words that open a sentence with a comma.
import type { BookScript } from '../../config/language.js';
import { TERMINAL } from './rule.js';

export interface Quotes {
  /** The outer (first-level) pair and the inner (nested) one. */
  outer: readonly [string, string];
  inner: readonly [string, string];
}

export const QUOTES: Readonly<Record<BookScript, Quotes>> = {
  Hans: { outer: ['“', '”'], inner: ['‘', '’'] },
  Hant: { outer: ['「', '」'], inner: ['『', '』'] },
};

/** Whether a paragraph's text ends a sentence. Besides terminal punctuation (TERMINAL), in Traditional
 *  text a quotation set off by a colon or opening the paragraph may close the paragraph with no stop
 *  inside it (子曰：「……恥也」; 「……」 quoted whole): common in editions of classical texts, and the corner
 *  bracket leaves no doubt that the quotation ended. */
export function endsSentence(text: string, script: BookScript): boolean {
  if (TERMINAL.test(text)) return true;
  if (script !== 'Hant') return false;
  return (/」$/.test(text) && (/：「/.test(text) || text.startsWith('「'))) || (/』$/.test(text) && (/：『/.test(text) || text.startsWith('『')));
}

/** Words that open a sentence with a comma after them (当前，因此，): a paragraph opening so is no
 *  fragment. Traditional adds its own forms and the connectives of classical prose (是故，然則，). */
const OPENERS_HANS = ['当前', '目前', '同时', '此外', '因此', '首先', '其次', '再次', '最后', '未来', '近年', '长远', '为此', '总之', '另外', '然而', '但是', '所以', '如今', '当下', '其中', '一是', '二是', '三是', '四是', '五是'];
const OPENERS_HANT = [
  '當前', '目前', '同時', '此外', '因此', '首先', '其次', '再次', '最後', '未來', '近年', '長遠', '為此', '總之', '另外', '然而', '但是', '所以', '如今', '當下', '其中', '一是', '二是', '三是', '四是', '五是',
  '是故', '然則', '於是', '是以', '雖然', '若夫', '且夫', '故曰', '子曰', '嗚呼', '然',
];

export const OPENERS: Readonly<Record<BookScript, RegExp>> = {
  Hans: new RegExp(`^(${OPENERS_HANS.join('|')})`),
  Hant: new RegExp(`^(${OPENERS_HANT.join('|')})`),
};
