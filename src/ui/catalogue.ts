// The one catalogue of the interface's messages, in English and Simplified Chinese: every part of the
// program that speaks to the user has its part here (catalogue/<part>.ts), and `say` words a phrase.
// test/ui/catalogue.test.ts holds that every entry is worded in both languages with the values it names.
import type { Entry, Phrase, PhraseValues, WordedValues } from './phrase.js';
import type { Ui } from './ui.js';
import { CLI } from './catalogue/cli.js';
import { COMMAND } from './catalogue/command.js';
import { CONFIG } from './catalogue/config.js';
import { FIELDS } from './catalogue/fields.js';
import { BUILD } from './catalogue/build.js';
import { OUTPUT } from './catalogue/output.js';
import { LINT } from './catalogue/lint.js';
import { PROOF } from './catalogue/proof.js';
import { REPORT } from './catalogue/report.js';
import { PREVIEW } from './catalogue/preview.js';
import { IMPORT } from './catalogue/import.js';
import { NEW } from './catalogue/new.js';
import { IMPORT_PDF } from './catalogue/import-pdf.js';
import { IMPORT_WEB } from './catalogue/import-web.js';
import { FACES } from './catalogue/faces.js';
import { HANT } from './catalogue/hant.js';
import { THEMES } from './catalogue/themes.js';
import { FURNITURE } from './catalogue/furniture.js';
import { EDITIONS } from './catalogue/editions.js';
import { VARIANT } from './catalogue/variant.js';
import { PRESS } from './catalogue/press.js';
import { IMPOSE } from './catalogue/impose.js';

/** The parts of the catalogue, one per file of catalogue/: a key is in one part only (the test holds it). */
export const PARTS: Record<string, Record<string, Entry<never>>> = { CLI, COMMAND, CONFIG, FIELDS, BUILD, OUTPUT, LINT, PROOF, REPORT, PREVIEW, IMPORT, NEW, IMPORT_PDF, IMPORT_WEB, FACES, HANT, THEMES, FURNITURE, EDITIONS, VARIANT, PRESS, IMPOSE };

/** Every message, by key. */
export const CATALOGUE = { ...CLI, ...COMMAND, ...CONFIG, ...FIELDS, ...BUILD, ...OUTPUT, ...LINT, ...PROOF, ...REPORT, ...PREVIEW, ...IMPORT, ...NEW, ...IMPORT_PDF, ...IMPORT_WEB, ...FACES, ...HANT, ...THEMES, ...FURNITURE, ...EDITIONS, ...VARIANT, ...PRESS, ...IMPOSE } as const satisfies Record<string, Entry<never>>;

/** The parts of the catalogue, one per file of catalogue/: a key is in one part only (the test holds it). */

/** Every message, by key. */

/** The parts of the catalogue, one per file of catalogue/: a key is in one part only (the test holds it). */

/** Every message, by key. */

/** The parts of the catalogue, one per file of catalogue/: a key is in one part only (the test holds it). */

/** Every message, by key. */

export type MessageKey = keyof typeof CATALOGUE;
/** What a phrase of `K` names: a text value may be a phrase, worded in the same language. */
type ValuesOf<K extends MessageKey> = Given<Parameters<(typeof CATALOGUE)[K]['en']>[0]>;
type Given<V> = { [P in keyof V]: V[P] extends number ? V[P] : V[P] | Phrase };

/** A phrase of the catalogue, to be worded later (in the reporter, the report) in the user's language. */
export function phrase<K extends MessageKey>(key: K, values?: ValuesOf<K>): Phrase {
  return { key, values: (values ?? {}) as PhraseValues };
}

/** Word `what` (a phrase, or text that is already worded) in `ui`. */
export function say(ui: Ui, what: Phrase | string): string {
  if (typeof what === 'string') return what;
  const entry = (CATALOGUE as unknown as Record<string, Entry | undefined>)[what.key];
  if (!entry) throw new Error(`booklet: no message ${what.key} in the catalogue`);
  const values: WordedValues = {};
  for (const [name, value] of Object.entries(what.values)) values[name] = typeof value === 'object' ? say(ui, value) : value;
  return entry[ui](values);
}
