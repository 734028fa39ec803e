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

/** Where to break `text` to fit `width` columns: after the last space or Chinese punctuation that fits. */
function breakBefore(text: string, width: number): number {
  let used = 0;
  let cut = -1;
  const chars = [...text];
  let offset = 0;
  for (const char of chars) {
    used += columns(char);
    if (used > width) break;
    offset += char.length;
    if (char === ' ' || /[，。；：、）]/u.test(char)) cut = offset;
  }
  return cut;
}

/** Columns a terminal gives `text`: two for each wide character (Han, full-width punctuation). */
const columns = (text: string) => [...text].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);
