// Comments in the files `booklet new` writes: a text broken into lines that fit a terminal and an
// editor's window, each behind its `# `.

/** The widest a comment line is, in columns (a Han character is two). */
const WIDTH = 100;

/** `text` as comment lines that start with `lead`, broken at spaces or after punctuation to fit WIDTH. */
export function comment(text: string, lead: string): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (columns(lead + rest) > WIDTH) {
    const cut = breakBefore(rest, WIDTH - columns(lead));
    if (cut <= 0) break;
    out.push(lead + rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  out.push(lead + rest);
  return out;
}

/** Where to break `text` to fit `width` columns: after the last space, or between Chinese characters as
 *  Chinese text breaks (never before a closing mark nor after an opening one: clreq's 避头尾), that fits;
 *  never inside a `code span`. */
function breakBefore(text: string, width: number): number {
  const chars = [...text];
  let used = 0;
  let cut = -1;
  let offset = 0;
  let code = false;
  for (const [i, char] of chars.entries()) {
    used += columns(char);
    if (used > width) break;
    offset += char.length;
    if (char === '`') code = !code;
    const next = chars[i + 1] ?? '';
    if (code || !next) continue;
    if (char === ' ' || (wide(char) && !NO_START.includes(next) && !NO_END.includes(char) && next !== ' ' && next !== '`')) cut = offset;
  }
  return cut;
}

const NO_START = '。，、；：？！）》”’」』】…·—';
const NO_END = '（《“‘「『【';
const wide = (char: string) => columns(char) === 2;

/** Columns a terminal gives `text`: two for each wide character (Han, full-width punctuation). */
const columns = (text: string) => [...text].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);
