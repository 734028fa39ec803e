// A phrase: a message of the catalogue (its key) and the values it names. Made where the problem is found,
// worded where it is shown, in the language the user reads (ui.ts): the pipeline never knows the language.
import type { Ui } from './ui.js';

/** Values a phrase names: numbers (for plurals), text (paths, rule ids, excerpts), and phrases (a finding
 *  inside the line that shows it), worded in the language of the phrase that names them. */
export type PhraseValues = Record<string, string | number | Phrase>;

/** The values an entry words: a phrase among them already worded. */
export type WordedValues = Record<string, string | number>;

/** One message in two languages. English is also the text of record (JSON output, `reason`). */
export interface Entry<V extends WordedValues = WordedValues> {
  en: (v: V) => string;
  zh: (v: V) => string;
}

export interface Phrase {
  key: string;
  values: PhraseValues;
}

/** `n thing(s)` in English, with the plural a word takes (`1 page`, `2 pages`; `1 match`, `2 matches`). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export type Render = (ui: Ui, phrase: Phrase) => string;
