// booklet.schema.json: the JSON Schema of booklet.yaml, made from the one zod schema (schema.ts) when the
// package is built (scripts/build-dist.sh), for editors (yaml-language-server) to complete and check
// booklet.yaml. Not part of the command: zod's JSON Schema conversion stays out of its bundle.
import * as z from 'zod';
import { BookDateSchema, BookletSchema, PAGE_SIZES, pageSizeName } from './schema.js';

/** Where `booklet new` and the README point editors: the file beside booklet.yaml. */
export const JSON_SCHEMA_FILE = 'booklet.schema.json';

/** `a5`, `A5`, ` a5 `: a pattern for each name in any case (JSON Schema patterns have no `i` flag). */
function anyCase(name: string): string {
  const letters = [...name].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return letters.join('');
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
      if (context.zodSchema === pageSizeName) {
        const names = Object.keys(PAGE_SIZES);
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
