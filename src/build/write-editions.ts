// Making the editions: each writer is run once (an edition made from another one, the printed PDF from the
// screen PDF, gets the same bytes), and the editions asked for are written to their files.
import type { Reporter } from '../diagnostics.js';
import type { Output } from '../output.js';
import { editionFile, editionWriter, type EditionContext } from '../editions/index.js';
import { stage } from '../stage.js';
import { phrase } from '../ui/catalogue.js';

export type BookFacts = Omit<EditionContext, 'edition' | 'stage' | 'report'>;

export interface EditionMaker {
  /** The book as the editions see it; `pagination` is set once the book is laid out. */
  facts: BookFacts;
  /** Start loading what these editions' writers import (a failure shows when they write). */
  prepare(names: readonly string[]): void;
  /** Write these editions (making what they are made from first); returns their temporary paths. */
  write(names: readonly string[]): Promise<Map<string, string>>;
}

export function editionMaker(facts: BookFacts, output: Output, reporter: Reporter): EditionMaker {
  const made = new Map<string, Promise<Uint8Array | string>>();
  const make = (name: string): Promise<Uint8Array | string> => {
    let bytes = made.get(name);
    if (!bytes) {
      const writer = editionWriter(name);
      const context: EditionContext = {
        ...facts,
        edition: (other) => {
          if (!writer.needs.editions?.includes(other)) throw new Error(`booklet: the edition ${name} does not say it needs ${other}`);
          return make(other);
        },
        stage: (label, run) => stage(reporter, phrase(label), run),
        report: (message) => reporter.message(message),
      };
      bytes = writer.write(context);
      made.set(name, bytes);
    }
    return bytes;
  };
  return {
    facts,
    prepare: (names) => names.forEach((name) => void editionWriter(name).prepare?.().catch(() => {})),
    async write(names) {
      const paths = new Map<string, string>();
      // One at a time, in order: the PDFs and the EPUB each take the one core pdf-lib and JSZip run on.
      for (const name of names) paths.set(name, await output.write(editionFile(name, facts.variant), await make(name)));
      return paths;
    },
  };
}
