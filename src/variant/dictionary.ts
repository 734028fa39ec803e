// A booklet's own conversion dictionary (booklet.yaml `variants: [{language, dictionary}]`): one entry a
// line, `简体<TAB>繁體`, a phrase or a character; `#` starts a comment line. Its entries win over OpenCC's.
import type { VFileMessage } from 'vfile-message';
import { BookletError, createMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { readTextFile } from '../text/read-text.js';
import type { Place } from '../diagnostics.js';
import type { Phrase } from '../ui/phrase.js';
import type { DictionaryEntry } from './opencc.js';

/** Read and check the dictionary at `path` (`file`: the path messages name; `from`: where booklet.yaml
 *  names it, for a missing file). Every bad line is reported at once. */
export async function readDictionary(path: string, file: string, from: Place): Promise<DictionaryEntry[]> {
  const text = await readTextFile(path, 'variant-dictionary', { file: from.file, line: from.line ?? 1, column: from.column ?? 1 });
  return parseDictionary(text, file);
}

/** The entries of a dictionary's text; bad lines are a BookletError with their file:line:col. */
export function parseDictionary(text: string, file: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  const messages: VFileMessage[] = [];
  const lineOf = new Map<string, number>();
  const hint = phrase('variant.dictionary.hint');
  const bad = (reason: Phrase, line: number, column: number) => messages.push(createMessage(reason, { file, line, column }, 'variant-dictionary', { hint }));
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/^\uFEFF/, '');
    if (content.trim() === '' || content.trimStart().startsWith('#')) return;
    const parts = content.split('\t');
    if (parts.length !== 2) {
      // No tab, or a second one: the column of the second tab, else of the line.
      const second = parts.length > 2 ? parts[0]!.length + parts[1]!.length + 2 : 1;
      bad(phrase('variant.dictionary-tab', { tabs: parts.length - 1 }), line, second);
      return;
    }
    const [from, to] = parts as [string, string];
    if (from.trim() === '' || to.trim() === '') {
      bad(phrase('variant.dictionary-empty'), line, from.trim() === '' ? 1 : from.length + 2);
      return;
    }
    const space = /\s/u.exec(from) ?? /\s/u.exec(to);
    if (space) {
      const column = /\s/u.test(from) ? from.search(/\s/u) + 1 : from.length + 2 + to.search(/\s/u);
      bad(phrase('variant.dictionary-space'), line, column);
      return;
    }
    const earlier = lineOf.get(from);
    if (earlier !== undefined) {
      bad(phrase('variant.dictionary-twice', { text: from, line: earlier }), line, 1);
      return;
    }
    lineOf.set(from, line);
    entries.push({ from, to });
  });
  if (messages.length > 0) throw new BookletError(messages);
  return entries;
}
