// One Traditional variant of a booklet, as the build takes it: its tag (in the file names and as the
// book's language), and the conversion of booklet.yaml's values and of each manuscript's text. The
// characters to check are reported as each text is converted.
import { relative } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { ResolvedBooklet } from '../config/resolve.js';
import { facesInLanguage } from '../html/fonts.js';
import { readDictionary } from './dictionary.js';
import { openConverter, type Converter } from './opencc.js';
import { convertManuscript, convertValue } from './convert.js';
import { ambiguityMessages, ambiguityWarnings } from './ambiguity-messages.js';
import { CONVERTED_KEYS } from './settings.js';
import { OPENCC_TARGET, type VariantTag } from './tags.js';

/** What `build` needs to make a variant (BuildOptions.variant). */
export interface VariantBuild {
  /** The language tag: the book's `language`, and in each file name (booklet.zh-Hant.pdf). */
  tag: VariantTag;
  /** The booklet with its title, subtitle, compiler and edition converted and the tag as its language. */
  booklet(booklet: ResolvedBooklet): ResolvedBooklet;
  /** A manuscript's text, converted (`path`: the file as messages name it). */
  text(text: string, path: string): string;
}

/** The variant `tag` of `booklet`, with its dictionary read (a bad line stops here, at its file:line);
 *  its warnings go to `report`. */
export async function openVariant(tag: VariantTag, booklet: ResolvedBooklet, report: (message: VFileMessage) => void): Promise<VariantBuild> {
  const dictionary = booklet.variants.variants.find((v) => v.language === tag)?.dictionary;
  const entries = dictionary ? await readDictionary(dictionary.path, relative(process.cwd(), dictionary.path) || dictionary.path, dictionary.place) : [];
  return variantBuild(tag, openConverter(OPENCC_TARGET[tag], entries), report);
}

/** The variant `tag` with `convert` (for tests: a converter of their own). */
export function variantBuild(tag: VariantTag, convert: Converter, report: (message: VFileMessage) => void): VariantBuild {
  return {
    tag,
    booklet(booklet) {
      // The built-in faces in the variant's script: Noto SC has no glyph for many Traditional forms.
      const converted: ResolvedBooklet = { ...booklet, language: tag, faces: facesInLanguage(booklet.faces, tag) };
      for (const key of CONVERTED_KEYS) {
        const value = booklet[key];
        if (value === undefined) continue;
        const result = convertValue(value, convert);
        converted[key] = result.text;
        // A one-line value: the column of the character is the value's plus its offset.
        const place = booklet.variants.places[key];
        ambiguityWarnings(result.ambiguous, (offset) => ({ ...place, column: (place.column ?? 1) + offset }), tag).forEach(report);
      }
      return converted;
    },
    text(text, path) {
      const result = convertManuscript(text, convert);
      ambiguityMessages(result.ambiguous, text, path, tag).forEach(report);
      return result.text;
    },
  };
}
