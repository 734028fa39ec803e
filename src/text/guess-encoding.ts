// Which encoding a file that is not UTF-8 is in, so that the advice names the right `iconv -f`. Byte
// validity does not tell GB18030 from Big5: GB18030 decodes almost any byte string, and Big5 decodes most
// GB2312 text. So each decoding is judged, as chardet's and ICU's detectors judge it (character
// distribution: the share of the language's frequent characters), by how much of what it yields is common
// Chinese: the characters in common use that GB 2312 (一级汉字, 3,755) and Big5 (常用國字, 5,401) list
// first, in either script, and the punctuation of Chinese text. Read in the wrong encoding, the same bytes
// give rare characters, private-use code points, kana, bopomofo and vertical forms (Big5's ，。 A141 A143
// are private-use in GB18030; GB's 。 A1A3 is ﹝ in Big5).

/** An encoding that `iconv -f` names. */
export type GuessedEncoding = 'GB18030' | 'BIG5' | 'BIG5-HKSCS' | 'UTF-16LE' | 'UTF-16BE';

/** The decodings tried, with the name iconv knows each by. UTF-16 here is UTF-16 without a byte-order
 *  mark (with one, read-text.ts reads it). */
const CANDIDATES = [
  { decoder: 'gb18030', name: 'GB18030' },
  { decoder: 'big5', name: 'BIG5' },
  { decoder: 'utf-16le', name: 'UTF-16LE' },
  { decoder: 'utf-16be', name: 'UTF-16BE' },
] as const;

/** How much of a file is judged. */
const SAMPLE = 64 * 1024;

/** Below this share of common Chinese among its non-ASCII characters, a decoding is no reading at all. */
export const PLAUSIBLE = 0.6;

/** The encoding whose decoding of `bytes` reads as Chinese text; `undefined` when none does (another
 *  language's encoding, or binary). */
export function guessEncoding(bytes: Uint8Array): GuessedEncoding | undefined {
  const common = commonCharacters();
  // The first 64 KiB tell (a character cut at the end costs one U+FFFD); a 2 MB manuscript would take
  // a second to break into words.
  const sample = bytes.subarray(0, SAMPLE);
  let best: { name: GuessedEncoding; score: number } | undefined;
  for (const candidate of CANDIDATES) {
    const score = plausibility(new TextDecoder(candidate.decoder).decode(sample), common);
    // Ties go to the first: GB18030 before Big5 (the more common in files from Windows).
    if (score >= PLAUSIBLE && score > (best?.score ?? 0)) best = { name: candidate.name, score };
  }
  if (best?.name === 'BIG5' && usesHkscs(sample)) return 'BIG5-HKSCS';
  return best?.name;
}

/** Han characters past which a text must show itself Chinese prose by its punctuation (，。) or its words:
 *  what Korean (EUC-KR) and Russian (KOI8-R) bytes give as GB18030, and Japanese (EUC-JP) as Big5, is
 *  made of common characters too, but their punctuation does not decode to Chinese marks, and ICU's
 *  dictionary finds no words in it (a booklet.yaml has no punctuation, but words). */
export const UNPUNCTUATED = 20;

/** The share of `text`'s non-ASCII characters that are common Chinese characters or punctuation; 0 when
 *  it has none, or when past UNPUNCTUATED Han characters it has neither Chinese punctuation nor words. A
 *  byte the decoder refused (U+FFFD) counts against it. */
export function plausibility(text: string, common: ReadonlySet<string>): number {
  let all = 0;
  let han = 0;
  let marks = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    all++;
    if (common.has(char)) han++;
    else if (PUNCTUATION.test(char)) marks++;
  }
  if (all === 0) return 0;
  const share = (han + marks) / all;
  // The words are looked for only where they decide (breaking 64 KiB into words takes 0.1 s).
  return share >= PLAUSIBLE && han >= UNPUNCTUATED && marks === 0 && wordShare(text) < 0.2 ? 0 : share;
}

/** The share of `text`'s Han characters that ICU's word breaker (its Chinese dictionary) puts in words of
 *  two or more: about two thirds in modern prose, none in characters strung at random. */
export function wordShare(text: string): number {
  const han = /\p{Script=Han}/gu;
  let all = 0;
  let inWords = 0;
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
    const count = segment.match(han)?.length ?? 0;
    all += count;
    if (count >= 2) inWords += count;
  }
  return all === 0 ? 0 : inWords / all;
}

/** Chinese punctuation (GB/T 15834), the ideographic space, and the full-width forms of ASCII (both
 *  encodings have them, and Chinese text uses their digits, letters and brackets). */
const PUNCTUATION = /[，。、；：？！“”‘’「」『』（）《》〈〉【】〔〕—…·　\uff01-\uff5e]/u;

/** The Han characters of GB 2312 level 1 (rows B0–D7) and of Big5 level 1 (A440–C67E), decoded by the
 *  same decoders: the standards' own lists of characters in common use, Simplified and Traditional. */
export function commonCharacters(): Set<string> {
  const han = /\p{Script=Han}/u;
  const chars = new Set<string>();
  const add = (encoding: string, leads: [number, number], trails: [number, number][], last = 0xffff) => {
    const bytes: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++) {
      for (const [from, to] of trails) for (let trail = from; trail <= to; trail++) if (((lead << 8) | trail) <= last) bytes.push(lead, trail);
    }
    for (const char of new TextDecoder(encoding).decode(new Uint8Array(bytes))) if (han.test(char)) chars.add(char);
  };
  add('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]], 0xd7f9);
  add('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]], 0xc67e);
  return chars;
}

/** Whether Big5 bytes use the Hong Kong supplement (lead bytes outside Big5's A1–F9), which plain BIG5
 *  in iconv refuses. */
function usesHkscs(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    if (byte < 0xa1 || byte > 0xf9) return true;
    i++; // the trail byte
  }
  return false;
}
