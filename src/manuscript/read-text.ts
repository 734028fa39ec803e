// Read a text file as UTF-8, refusing anything else with the place of the first bad byte, and refusing
// control characters (control-characters.ts) at theirs. A BOM is dropped and CRLF line ends become LF,
// silently: both are common and harmless.
import { readFile } from 'node:fs/promises';
import { fail } from '../diagnostics.js';
import { CONTROL_HINT, firstControl } from './control-characters.js';

/** Read `file` as UTF-8 text; a user mistake (missing, unreadable, not UTF-8) is a fatal message. */
export async function readTextFile(file: string, ruleId: string, from?: { file: string; line: number; column: number }): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? `File not found: ${file}` : `Cannot read ${file} (${code ?? 'error'})`;
    if (from) fail(reason, from, ruleId, 'Check the file name in booklet.yaml, relative to booklet.yaml.');
    fail(reason, { file }, ruleId);
  }
  return decodeUtf8(bytes, file, ruleId);
}

/** Decode UTF-8; on an invalid byte sequence, fail at its line and column. */
export function decodeUtf8(bytes: Uint8Array, file: string, ruleId: string): string {
  let text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  let searchFrom = 0;
  for (;;) {
    const index = text.indexOf('\uFFFD', searchFrom);
    if (index < 0) break;
    const prefix = text.slice(0, index);
    // The decoder dropped a BOM: count its three bytes back in.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const at = Buffer.byteLength(prefix, 'utf8') + bom;
    // A real U+FFFD in the file is EF BF BD: allowed. Anything else is a decoding failure.
    if (bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) {
      searchFrom = index + 1;
      continue;
    }
    const line = prefix.split('\n').length;
    const column = index - prefix.lastIndexOf('\n');
    const byte = bytes[at]?.toString(16).toUpperCase().padStart(2, '0');
    fail(
      `File is not valid UTF-8 (byte 0x${byte} at byte offset ${at})`,
      { file, line, column },
      ruleId,
      readsAsGb18030(bytes)
        ? `It reads as GB18030 (GBK) Chinese, as files from Windows often are: convert it with \`iconv -f GB18030 -t UTF-8 ${file} > utf8.md\`.`
        : 'Save it as UTF-8. A Chinese file from Windows is often GB18030/GBK: `iconv -f GB18030 -t UTF-8 in.md > out.md`.',
    );
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const control = firstControl(text);
  if (control) {
    const prefix = text.slice(0, control.index);
    fail(`File contains the control character ${control.name}`, { file, line: prefix.split('\n').length, column: control.index - prefix.lastIndexOf('\n') }, ruleId, CONTROL_HINT);
  }
  return text;
}

/** Whether the bytes decode cleanly as GB18030 and hold Chinese text (the usual non-UTF-8 source). */
function readsAsGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}
