// booklet.yaml's `imposition:` resolved against the trim size: the sheet as it lies (named, or the default
// for the trim), and where each setting was written, for the imposed edition's messages.
import { createMessage, type Place } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { ImpositionSchema } from '../config/schema.js';
import type { Locate } from '../config/validate-yaml.js';
import { defaultSheet, laySheet, SHEET_SIZES, type SheetLayout, type Size } from './sheet.js';
import type { VFileMessage } from 'vfile-message';
import type * as z from 'zod';

export interface ResolvedImposition {
  /** The sheet as it lies under two pages (mm). */
  sheet: SheetLayout;
  /** Whether booklet.yaml named the sheet (else it is the default for the trim). */
  named: boolean;
  /** mm per sheet, toward the fold. */
  creep: number;
  marks: boolean;
  /** Pages per signature; undefined: one saddle-stitched booklet. */
  signatures?: number | undefined;
  /** Where booklet.yaml writes each setting (booklet.yaml itself when it is left at its default). */
  places: Record<'sheet' | 'creep' | 'marks' | 'signatures', Place>;
}

/** The imposition of a booklet of `trim` (mm, named `trim.name`), or the message that its sheet cannot hold
 *  two pages. */
export function resolveImposition(config: z.infer<typeof ImpositionSchema>, trim: Size & { name: string }, locate: Locate): ResolvedImposition | VFileMessage {
  // A setting left at its default has no line to point at: its messages name booklet.yaml.
  const place = (key: 'sheet' | 'creep' | 'marks' | 'signatures', written: boolean): Place => (written ? locate(['imposition', key]) : { file: locate([]).file });
  const places = {
    sheet: place('sheet', config.sheet !== undefined),
    creep: place('creep', config.creep > 0),
    marks: place('marks', config.marks),
    signatures: place('signatures', config.signatures !== undefined),
  };
  const given = config.sheet;
  let sheet: SheetLayout;
  if (given === undefined) sheet = defaultSheet(trim);
  else {
    const [name, size] = typeof given === 'string' ? [given, SHEET_SIZES[given]] : [`${given.width}×${given.height} mm`, given];
    const laid = laySheet(name, size, trim);
    if (!laid) {
      const sheetName = typeof given === 'string' ? `${name} (${size.width}×${size.height} mm)` : name;
      const values = { sheet: sheetName, trim: trim.name, spread: `${2 * trim.width}×${trim.height}`, near: defaultSheet(trim).name };
      return createMessage(phrase('impose.sheet-small', values), places.sheet, 'imposition', { hint: phrase('impose.sheet-small.hint', values) });
    }
    sheet = laid;
  }
  return { sheet, named: given !== undefined, creep: config.creep, marks: config.marks, signatures: config.signatures, places };
}
