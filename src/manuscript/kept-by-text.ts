// Values worked out from a text (a parse tree, a front matter found valid), kept by the text for the next
// read: a command that runs on (build --watch, preview) reads every manuscript on every save, and most
// are as they were. Only a session of such a command holds one (keep-session.ts).

/** Values kept by their text. Each caller gets a copy of its own: callers change what they get. */
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
      values.set(text, structuredClone(value));
    },
    forgetOthers(texts) {
      const keep = new Set(texts);
      for (const text of values.keys()) if (!keep.has(text)) values.delete(text);
    },
    reused: () => reused,
  };
}
