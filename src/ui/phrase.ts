// A phrase: a message of the catalogue (its key) and the values it names. Made where the problem is found,
// worded where it is shown, in the language the user reads (ui.ts): the pipeline never knows the language.
import type { Ui } from './ui.js';

/** Values a phrase names: numbers (for plurals) and text (paths, rule ids, excerpts). */
export type PhraseValues = Record<string, string | number>;

/** One message in two languages. English is also the text of record (JSON output, `reason`). */
export interface Entry<V extends PhraseValues = PhraseValues> {
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
