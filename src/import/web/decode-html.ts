// The text of a saved web page, in the encoding it is in: its byte-order mark, else UTF-8 if it is valid
// UTF-8 beyond ASCII, else the charset its <meta> (or XML declaration) names, else the Chinese encoding its
// bytes read as (guess-encoding.ts), else windows-1252, as browsers fall back (WHATWG Encoding, "the
// encoding sniffing algorithm", shortened). Pages from China are often GBK (gb2312 in their meta): the
// WHATWG decoder of that label is GB18030's, which Node's TextDecoder has.
import { guessEncoding } from '../../text/guess-encoding.js';

/** How far into the file a <meta charset> is looked for: the standard's prescan reads 1024 bytes, but
 *  pages put a long <script> or comment first, and browsers look further. */
const PRESCAN = 16 * 1024;

/** A page's text and the encoding (its WHATWG name) it was read in. */
export interface DecodedHtml {
  text: string;
  encoding: string;
}

/** Decode the bytes of an HTML file. */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const [b0, b1, b2] = bytes;
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 'utf-8' : b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined;
  if (bom) return decode(bytes, bom);
  // Valid UTF-8 with characters beyond ASCII is UTF-8, whatever its <meta> says: no GBK or Big5 text of
  // any length is valid UTF-8 by chance, and a page saved (or copied) as UTF-8 keeps the charset its
  // site declared (<meta charset="gb2312">).
  if (!isAscii(bytes) && isUtf8(bytes)) return decode(bytes, 'utf-8');
  const declared = declaredCharset(bytes);
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (the standard reads it as UTF-8).
  if (declared && !declared.startsWith('utf-16')) return decode(bytes, declared);
  if (isUtf8(bytes)) return decode(bytes, 'utf-8');
  const guessed = guessEncoding(bytes);
  const label = guessed === 'GB18030' ? 'gb18030' : guessed === 'BIG5' || guessed === 'BIG5-HKSCS' ? 'big5' : guessed?.toLowerCase() ?? 'windows-1252';
  return decode(bytes, label);
}

/** The encoding a <meta charset="…">, a <meta http-equiv="Content-Type" content="…; charset=…"> or an
 *  XML declaration names, as TextDecoder knows it; `undefined` when none does, or names one unknown. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps each byte to one character: the ASCII of the markup reads as it is, whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN));
  const named =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (!named) return undefined;
  try {
    return new TextDecoder(named).encoding;
  } catch {
    return undefined;
  }
}

function decode(bytes: Uint8Array, label: string): DecodedHtml {
  const decoder = new TextDecoder(label);
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

function isAscii(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte < 0x80);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
