// Control characters (C0 but tab and line feed, DEL, C1) have no place in a booklet's text: XML 1.0
// forbids most of them (content.opf, toc.ncx and the XHTML would be ill-formed), PDF metadata would carry
// raw escape sequences, and echoed in a message they drive the terminal. They are refused where written.
import { phrase } from '../ui/catalogue.js';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

const NAMES: Record<number, string> = { 0: 'NUL', 7: 'BEL', 8: 'BS', 0xb: 'VT', 0xc: 'FF', 0xd: 'CR', 0x1b: 'ESC', 0x7f: 'DEL', 0x85: 'NEL' };

/** The first control character in `text` and its index, or undefined. */
export function firstControl(text: string): { index: number; name: string } | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return { index: match.index, name: `U+${hex}${NAMES[code] ? ` (${NAMES[code]})` : ''}` };
}

/** `text` without its control characters. */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** What to do with a control character: delete it (and how to find it). */
export const CONTROL_HINT = phrase('read.control.hint');
