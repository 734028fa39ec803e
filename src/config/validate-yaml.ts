// Parse YAML and validate it against a zod schema, turning every problem into a message that names the
// file, the line and the key. Used for booklet.yaml and for manuscript front matter.
import { LineCounter, parseDocument, visit, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { VFileMessage } from 'vfile-message';
import { createMessage } from '../diagnostics.js';
import { closestName } from './closest-name.js';
import { CONTROL_HINT, firstControl } from '../manuscript/control-characters.js';

export interface YamlSource {
  /** The file path used in messages. */
  file: string;
  text: string;
  /** Lines before the YAML text in its file (front matter starts on line 2). Default 0. */
  lineOffset?: number;
}

/** Where the value at a key path was written (for messages about valid but wrong values). */
export type Locate = (path: (string | number)[]) => { file: string; line: number; column: number };

export type Validated<T> = { ok: true; value: T; locate: Locate; locateKey: Locate } | { ok: false; messages: VFileMessage[] };

/** Parse `source.text` as YAML and validate it; the `ruleId` of messages is `ruleId`. */
export function validateYaml<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
  ruleId: string,
): Validated<z.infer<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const offset = source.lineOffset ?? 0;
  const at = (pos: number | undefined) => {
    const { line, col } = counter.linePos(pos ?? 0);
    return { file: source.file, line: line + offset, column: col };
  };

  if (doc.errors.length > 0) {
    return {
      ok: false,
      messages: doc.errors.map((error) =>
        error.code === 'DUPLICATE_KEY'
          ? createMessage(`The key \`${keyText(source.text, error.pos)}\` is given twice`, at(error.pos[0]), ruleId, { hint: 'Keep one of them: YAML takes each key once.' })
          : createMessage(`Invalid YAML: ${firstLine(error.message)}`, at(error.pos[0]), ruleId, {
              hint: 'Check indentation, colons after keys, and quote values that contain a colon or start with a symbol.',
            }),
      ),
    };
  }

  // Written raw they are refused with the file (read-text.ts); written as YAML escapes ("\e", "\x1b",
  // "\0") they arrive here, in the values.
  const controls: VFileMessage[] = [];
  visit(doc, {
    Scalar(_key, node) {
      const control = typeof node.value === 'string' ? firstControl(node.value) : undefined;
      if (control) controls.push(createMessage(`A value holds the control character ${control.name}`, at(node.range?.[0]), ruleId, { hint: CONTROL_HINT }));
    },
  });
  if (controls.length > 0) return { ok: false, messages: controls };

  const value = plainValue(doc);
  if (!value.ok) {
    const alias = firstAlias(doc);
    return {
      ok: false,
      messages: [
        createMessage('Invalid YAML: its aliases repeat too much (an alias bomb)', at(alias?.range?.[0]), ruleId, {
          hint: `An alias (*name) repeats the whole value of its anchor (&name); write the values out, or use fewer aliases (at most ${MAX_ALIAS_COUNT} uses of what an anchor holds).`,
        }),
      ],
    };
  }
  const result = schema.safeParse(value.value ?? {});
  if (result.success) {
    const locate: Locate = (path) => at((doc.getIn(path, true) as Node | undefined)?.range?.[0]);
    // A key's own place (a misspelt rule id is the key of its setting).
    const locateKey: Locate = (path) => at(findKey(doc, path.slice(0, -1), String(path.at(-1)))?.range?.[0]);
    return { ok: true, value: result.data, locate, locateKey };
  }

  return {
    ok: false,
    messages: result.error.issues.map((issue) => {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? '';
        const pair = findKey(doc, path, key);
        const known = knownKeys(schema, path);
        const near = closestName(key, known);
        return createMessage(`Unknown key \`${[...path, key].join('.')}\`${near ? `; did you mean \`${near}\`?` : ''}`, at(pair?.range?.[0]), ruleId, {
          hint: known.length > 0 ? `Known keys here: ${known.join(', ')}.` : 'Remove it.',
        });
      }
      const node = doc.getIn(path, true) as Node | undefined;
      const name = path.length > 0 ? `\`${path.join('.')}\`` : 'The document';
      const place = node?.range ? at(node.range[0]) : at(findKey(doc, path.slice(0, -1), String(path.at(-1)))?.range?.[0]);
      const missing = issue.code === 'invalid_type' && node === undefined;
      const reason = missing ? `Missing required key ${name}` : `${name} ${describeIssue(issue, valueAt(value.value, path))}`;
      return createMessage(reason, place, ruleId, { hint: descriptionAt(schema, path) });
    }),
  };
}

/** The plain value at `path`. */
function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined), value);
}

/** How far aliases may repeat their anchors (yaml's maxAliasCount, its default): a billion laughs in ten
 *  lines would otherwise build 10^9 strings. */
const MAX_ALIAS_COUNT = 100;

/** The document as plain data, or not ok when its aliases expand too far (yaml throws a ReferenceError). */
function plainValue(doc: Document): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (error instanceof ReferenceError) return { ok: false };
    throw error;
  }
}

function firstAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** The key a duplicate-key error points at, as written. */
function keyText(text: string, [start]: [number, number]): string {
  return text.slice(start).split(/[:\n]/)[0]!.trim();
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/** What a schema problem means, in the project's words (zod's own, "Too small: expected number to be
 *  >=90", are for programmers); a message the schema gives itself (a regex's) is kept. */
function describeIssue(issue: z.core.$ZodIssue, given: unknown): string {
  const own = !/^(Invalid|Too (small|big)|Expected)\b/.test(issue.message);
  if (issue.code === 'invalid_type') return `must be ${KINDS[issue.expected] ?? issue.expected}, not ${kindOf(given)}`;
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}${nearest(given, issue.values)}`;
  if (issue.code === 'invalid_union') {
    // A named size or {width, height}: say which names there are.
    const values = issue.errors.flat().flatMap((i) => (i.code === 'invalid_value' ? i.values.map(String) : []));
    return values.length > 0 ? `must be one of: ${values.join(', ')}, or the other form in the hint${nearest(given, values)}` : 'is not in any of the forms it takes (see the hint)';
  }
  if (own) return issue.message;
  if (issue.code === 'too_small' || issue.code === 'too_big') return sizeLimit(issue);
  return issue.message.replace(/^Invalid (string|input): /, '');
}

/** Kinds of YAML value, as a user writes them. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'keys indented below it',
  record: 'keys indented below it',
};

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return value ? '`true`' : '`false`';
  return 'keys';
}

function nearest(given: unknown, values: readonly unknown[]): string {
  if (typeof given !== 'string') return '';
  const near = closestName(given, values.map(String));
  return near && near !== given ? `; did you mean ${near}?` : '';
}

function plural(n: number | bigint, one: string, many = `${one}s`): string {
  return `${n} ${Number(n) === 1 ? one : many}`;
}

function sizeLimit(issue: z.core.$ZodIssue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  const inclusive = issue.inclusive !== false;
  const bound = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  if (issue.origin === 'string') return small && Number(limit) === 1 ? 'must not be empty' : `must be ${bound} ${plural(limit, 'character')}`;
  if (issue.origin === 'array' || issue.origin === 'set') return small && Number(limit) === 1 ? 'must list at least one item' : `must list ${bound} ${plural(limit, 'item')}`;
  return `must be ${bound} ${limit}`;
}

/** The key node for `key` in the map at `path` (its range points at the key). */
function findKey(doc: Document, path: (string | number)[], key: string): Node | undefined {
  const map = path.length > 0 ? doc.getIn(path, true) : doc.contents;
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item.key;
  }
  return undefined;
}

/** Walk the schema along `path` (through defaults, optionals and arrays) to the object schema there. */
function schemaAt(schema: z.ZodType, path: (string | number)[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of [...path, undefined]) {
    for (;;) {
      const wrapper: { type?: string; innerType?: z.ZodType } | undefined = (
        current as { def?: { type?: string; innerType?: z.ZodType } } | undefined
      )?.def;
      if (wrapper?.innerType && (wrapper.type === 'default' || wrapper.type === 'optional' || wrapper.type === 'nullable')) {
        current = wrapper.innerType;
      } else break;
    }
    if (key === undefined) return current;
    const node: { type?: string; element?: z.ZodType; shape?: Record<string, z.ZodType> } | undefined = (
      current as { def?: { type?: string; element?: z.ZodType; shape?: Record<string, z.ZodType> } } | undefined
    )?.def;
    if (node?.type === 'array') current = node.element;
    else if (node?.type === 'object' && typeof key === 'string') current = node.shape?.[key];
    else return undefined;
  }
  return current;
}

function knownKeys(schema: z.ZodType, path: (string | number)[]): string[] {
  const def = (schemaAt(schema, path) as { def?: { type?: string; shape?: Record<string, unknown> } } | undefined)?.def;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function descriptionAt(schema: z.ZodType, path: (string | number)[]): string | undefined {
  const parent = path.slice(0, -1);
  const key = path.at(-1);
  const holder = schemaAt(schema, parent) as { def?: { type?: string; shape?: Record<string, z.ZodType> } } | undefined;
  if (holder?.def?.type === 'object' && typeof key === 'string') return holder.def.shape?.[key]?.description;
  return undefined;
}
