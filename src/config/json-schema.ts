// booklet.schema.json: the JSON Schema of booklet.yaml, made from the one zod schema (schema.ts) when the
// package is built (scripts/build-dist.sh), for editors (yaml-language-server) to complete and check
// booklet.yaml. Not part of the command: zod's JSON Schema conversion stays out of its bundle.
import * as z from 'zod';
import { BookDateSchema, BookletSchema, PAGE_SIZES, pageSizeName, sheetSizeName } from './schema.js';
import { SHEET_SIZES } from '../impose/sheet.js';

/** Where `booklet new` and the README point editors: the file beside booklet.yaml. */
export const JSON_SCHEMA_FILE = 'booklet.schema.json';

/** `a5`, `A5`, ` a5 `: a pattern for each name in any case (JSON Schema patterns have no `i` flag). */
function anyCase(name: string): string {
  const letters = [...name].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return letters.join('');
}

/** A regular expression's source made case-insensitive without a flag (JSON Schema patterns have none):
 *  `a` becomes `[aA]`, and inside a class `[a-z]` takes `A-Z` too. Letters after a backslash (`\d`, `\s`)
 *  are escapes and stay. */
export function caseless(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i += 1;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
    } else if (c === ']' && inClass) {
      inClass = false;
      out += c;
    } else if (/[a-z]/i.test(c)) {
      const other = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
      // A range in a class (a-z): its other case follows the whole range.
      if (inClass && source[i + 1] === '-' && /[a-z]/i.test(source[i + 2] ?? '')) {
        const end = source[i + 2]!;
        out += `${c}-${end}${other}-${end === end.toLowerCase() ? end.toUpperCase() : end.toLowerCase()}`;
        i += 2;
      } else out += inClass ? c + other : `[${c}${other}]`;
    } else out += c;
  }
  return out;
}

/** The case-insensitive regex checks of a zod string (`regex(/…/i)`), if any. */
function caselessPatterns(schema: z.core.$ZodType): RegExp[] {
  const checks = (schema._zod.def as { checks?: { _zod: { def: { format?: string; pattern?: RegExp } } }[] }).checks ?? [];
  return checks.map((check) => check._zod.def.pattern).filter((pattern): pattern is RegExp => pattern instanceof RegExp && pattern.flags.includes('i'));
}

/** The schema of booklet.yaml as it is written (io: input): defaults and descriptions are shown, and the
 *  values that schema.ts reads through a preprocess (page sizes in any case, dates) take the forms a
 *  user writes, not the ones the build reads. */
export function bookletJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BookletSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      const json = context.jsonSchema as Record<string, unknown>;
      // zod writes a regex's source and drops its flags: `language: zh-hant` and `fonts/KAI.TTF` are valid.
      const caselessChecks = caselessPatterns(context.zodSchema);
      if (caselessChecks.length > 0 && typeof json['pattern'] === 'string') json['pattern'] = caseless(caselessChecks[0]!.source);
      if (context.zodSchema === pageSizeName || context.zodSchema === sheetSizeName) {
        const names = Object.keys(context.zodSchema === pageSizeName ? PAGE_SIZES : SHEET_SIZES);
        for (const key of Object.keys(json)) delete json[key];
        // The names for completion; any case (and spaces around) accepted, as the build accepts it.
        Object.assign(json, { anyOf: [{ type: 'string', enum: names }, { type: 'string', pattern: `^\\s*(${names.map(anyCase).join('|')})\\s*$` }] });
      } else if (context.zodSchema._zod.def === BookDateSchema._zod.def) {
        // (`.describe()` in schema.ts made a copy of BookDateSchema; the copy shares its definition.)
        // 2026年12月1日, 2026-12-01, or a year alone (YAML reads `2026` as a number).
        for (const key of ['type', 'anyOf']) delete json[key];
        Object.assign(json, { anyOf: [{ type: 'string', minLength: 1 }, { type: 'integer' }] });
      }
    },
  }) as Record<string, unknown>;
  // The page size's default sits on the union, which the conversion drops through the preprocess.
  const page = (schema['properties'] as Record<string, { properties?: Record<string, Record<string, unknown>> }>)['page'];
  const size = page?.properties?.['size'];
  if (size && !('default' in size)) size['default'] = 'A5';
  return { ...schema, title: 'booklet.yaml' };
}
