// The book's language tag, and what the pipeline derives from it: the script (Simplified or Traditional:
// built-in strings, quotation marks, lint), the region (punctuation positions, faces, proof sets), and the
// tags written into the editions. One table, so that PDF /Lang, EPUB dc:language and <html lang> agree.

/** Simplified (the Mainland) or Traditional (Taiwan, Hong Kong) Chinese. */
export type BookScript = 'Hans' | 'Hant';
/** Where the book's conventions come from: the Mainland (GB/T 15834), Taiwan (教育部《重訂標點符號手冊》),
 *  Hong Kong. Punctuation sits bottom-left in CN and centred in TW and HK (clreq, cjk-print-rules.md §8 H1). */
export type BookRegion = 'CN' | 'TW' | 'HK';

export interface BookLanguage {
  script: BookScript;
  region: BookRegion;
  /** The tag for `<html lang>`, EPUB `dc:language` and `xml:lang`: always with its script subtag, so that the
   *  stylesheets' `:lang(zh-Hans)` / `:lang(zh-Hant)` match (zh-Hans, zh-Hant, zh-Hant-TW, zh-Hant-HK…). */
  tag: string;
  /** The tag for PDF /Lang: language and region (zh-CN, zh-TW, zh-HK), the form PDF readers and
   *  accessibility checkers know. */
  pdfTag: string;
}

/** The tags `language:` accepts, in any case (BCP 47 tags are case-insensitive): zh, zh-CN, zh-Hans,
 *  zh-Hans-CN (Simplified); zh-Hant, zh-Hant-TW, zh-Hant-HK, and zh-TW, zh-HK as people often write them. */
export const LANGUAGE_TAG = /^zh(?:-(?:hans(?:-cn)?|cn|hant(?:-(?:tw|hk))?|tw|hk))?$/i;

/** What `tag` (one LANGUAGE_TAG accepts) means for the book. A tag without a region takes the script's
 *  usual one: Hans → CN, Hant → TW (as Chromium, ICU and OpenCC's `tw` do). */
export function bookLanguage(tag: string): BookLanguage {
  const subtags = tag.toLowerCase().split('-').slice(1);
  const given = subtags.find((s) => s.length === 2)?.toUpperCase() as BookRegion | undefined;
  const script: BookScript = subtags.includes('hant') || given === 'TW' || given === 'HK' ? 'Hant' : 'Hans';
  const region: BookRegion = given ?? (script === 'Hant' ? 'TW' : 'CN');
  // The region stays in the content tag only where the user wrote it for Traditional (zh-Hant-HK picks the
  // HK glyph forms in Chromium); zh, zh-CN and zh-Hans-CN all read as zh-Hans, today's tag.
  const tag_ = script === 'Hans' ? 'zh-Hans' : given ? `zh-Hant-${region}` : 'zh-Hant';
  return { script, region, tag: tag_, pdfTag: `zh-${region}` };
}

/** The script of the book's tag: Hans or Hant. */
export function bookScript(tag: string): BookScript {
  return bookLanguage(tag).script;
}

/** The region of the book's tag: CN, TW or HK. */
export function bookRegion(tag: string): BookRegion {
  return bookLanguage(tag).region;
}
