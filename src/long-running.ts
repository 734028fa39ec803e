// Whether this command runs on and builds again (build --watch, preview). Such a command keeps what the
// next rebuild can reuse (parsed trees, lint findings, fonts loaded in HarfBuzz); a single build keeps
// nothing, as its memory peak counts.
let long = false;

/** Say that this command runs on (called once, by build --watch and preview). */
export function runLong(): void {
  long = true;
}

/** Whether runLong() was called. */
export function isLongRunning(): boolean {
  return long;
}

/** Values worked out from a text, kept by the text in a command that runs on (in a single build, `keep`
 *  keeps nothing). Each caller gets a copy of its own: callers change what they get. */
export interface KeptByText<T> {
  /** A copy of the value kept for `text`, if any. */
  get(text: string): T | undefined;
  keep(text: string, value: T): void;
  /** Keep only the values of these texts (the files as last read). */
  forgetOthers(texts: Iterable<string>): void;
  /** How many gets were answered (for tests). */
  reused(): number;
}

export function keptByText<T>(): KeptByText<T> {
  const values = new Map<string, T>();
  let reused = 0;
  return {
    get(text) {
      const known = values.get(text);
      if (known === undefined) return undefined;
      reused += 1;
      return structuredClone(known);
    },
    keep(text, value) {
      if (long) values.set(text, structuredClone(value));
    },
    forgetOthers(texts) {
      const keep = new Set(texts);
      for (const text of values.keys()) if (!keep.has(text)) values.delete(text);
    },
    reused: () => reused,
  };
}
