// Parse YAML and validate it against a zod schema, turning every problem into a message that names the
// file, the line and the key. Used for booklet.yaml and for manuscript front matter.
import { LineCounter, parseDocument, visit, isMap, isPair, isScalar, type Document, type Node, type YAMLError } from 'yaml';
import type { z } from 'zod';
import type { VFileMessage } from 'vfile-message';
import { createMessage } from '../diagnostics.js';
import { CATALOGUE, phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';
import { closestName } from './closest-name.js';
import { CONTROL_HINT, firstControl } from '../text/control-characters.js';

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
  const at: At = (pos) => {
    const { line, col } = counter.linePos(pos ?? 0);
    return { file: source.file, line: line + offset, column: col };
  };

  if (doc.errors.length > 0) return { ok: false, messages: doc.errors.map((error) => yamlErrorMessage(error, source.text, at, ruleId)) };
  const controls = controlValues(doc, at, ruleId);
  if (controls.length > 0) return { ok: false, messages: controls };

  const value = plainValue(doc);
  if (!value.ok) {
    const alias = firstAlias(doc);
    return {
      ok: false,
      messages: [
        createMessage(phrase('config.alias-bomb'), at(alias?.range?.[0]), ruleId, { hint: phrase('config.alias-bomb.hint', { limit: MAX_ALIAS_COUNT }) }),
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
  return { ok: false, messages: result.error.issues.map((issue) => issueMessage(issue, { doc, schema, value: value.value, at, ruleId })) };
}

/** The place in the file of an offset in the YAML text. */
type At = (pos: number | undefined) => { file: string; line: number; column: number };

/** A YAML syntax error (a duplicate key among them) as a message. */
function yamlErrorMessage(error: YAMLError, text: string, at: At, ruleId: string): VFileMessage {
  return error.code === 'DUPLICATE_KEY'
    ? createMessage(phrase('config.duplicate-key', { key: keyText(text, error.pos) }), at(error.pos[0]), ruleId, { hint: phrase('config.duplicate-key.hint') })
    : createMessage(yamlError(error.code, firstLine(error.message)), at(error.pos[0]), ruleId, { hint: phrase('config.invalid-yaml.hint') });
}

/** A message for each value that holds a control character. */
function controlValues(doc: Document, at: At, ruleId: string): VFileMessage[] {
  // Written raw they are refused with the file (read-text.ts); written as YAML escapes ("\e", "\x1b",
  // "\0") they arrive here, in the values.
  const controls: VFileMessage[] = [];
  visit(doc, {
    Scalar(_key, node) {
      const control = typeof node.value === 'string' ? firstControl(node.value) : undefined;
      if (control) controls.push(createMessage(phrase('config.control-value', { name: control.name }), at(node.range?.[0]), ruleId, { hint: CONTROL_HINT }));
    },
  });
  return controls;
}

/** What a schema problem is checked against and placed by: the document, the schema, the document's
 *  plain value. */
interface IssueContext {
  doc: Document;
  schema: z.ZodType;
  value: unknown;
  at: At;
  ruleId: string;
}

/** A schema problem as a message at the key or value it is about. */
function issueMessage(issue: z.core.$ZodIssue, { doc, schema, value, at, ruleId }: IssueContext): VFileMessage {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const pair = findKey(doc, path, key);
    const known = knownKeys(schema, path);
    const near = closestName(key, known);
    const name = [...path, key].join('.');
    return createMessage(near ? phrase('config.unknown-key-near', { key: name, near }) : phrase('config.unknown-key', { key: name }), at(pair?.range?.[0]), ruleId, {
      hint: known.length > 0 ? phrase('config.known-keys', { keys: known.join(', ') }) : phrase('config.remove-key'),
    });
  }
  const node = doc.getIn(path, true) as Node | undefined;
  const key = path.join('.');
  const place = node?.range ? at(node.range[0]) : at(findKey(doc, path.slice(0, -1), String(path.at(-1)))?.range?.[0]);
  const missing = issue.code === 'invalid_type' && node === undefined;
  const reason = missing ? phrase('config.missing-key', { key }) : describeIssue(issue, key, valueAt(value, path));
  // The hint is the field's description in the schema (its documentation), worded in the reader's language.
  const description = descriptionAt(schema, path);
  return createMessage(reason, place, ruleId, { hint: description ? phrase('config.field', { text: description }) : undefined });
}

/** A YAML error in yaml's own words (English), glossed by its code where the catalogue knows it. */
function yamlError(code: string, detail: string): Phrase {
  const key = `config.yaml.${code}`;
  return { key: Object.hasOwn(CATALOGUE, key) ? key : 'config.invalid-yaml', values: { detail } };
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
 *  >=90", are for programmers), about the value at `key` (a dotted path; '' for the whole document). A
 *  message the schema gives itself is a key of the catalogue (schema.ts, book-date.ts), with its params as
 *  values. */
function describeIssue(issue: z.core.$ZodIssue, key: string, given: unknown): Phrase {
  if (Object.hasOwn(CATALOGUE, issue.message)) return { key: issue.message, values: { ...(issue.code === 'custom' ? issue.params : {}), key } };
  if (issue.code === 'invalid_type') return phrase('config.wrong-kind', { key, expected: issue.expected, given: kindOf(given) });
  if (issue.code === 'invalid_value') return oneOf(key, issue.values.map(String), given, false);
  if (issue.code === 'invalid_union') {
    // A named size or {width, height}: say which names there are.
    const values = issue.errors.flat().flatMap((i) => (i.code === 'invalid_value' ? i.values.map(String) : []));
    return values.length > 0 ? oneOf(key, values, given, true) : phrase('config.no-form', { key });
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') return sizeLimit(issue, key);
  if (issue.code === 'not_multiple_of') return phrase('config.multiple-of', { key, divisor: Number(issue.divisor) });
  return phrase('config.other', { key, detail: issue.message.replace(/^Invalid (string|input): /, '') });
}

/** `must be one of: …` (the ids as the schema lists them), with the nearest to what was given; `forms`:
 *  the value may also take another form (named in the hint). */
function oneOf(key: string, ids: string[], given: unknown, forms: boolean): Phrase {
  const values = ids.join(', ');
  const near = typeof given === 'string' ? closestName(given, ids) : undefined;
  if (near && near !== given) return forms ? phrase('config.one-of-forms-near', { key, values, near }) : phrase('config.one-of-near', { key, values, near });
  return forms ? phrase('config.one-of-forms', { key, values }) : phrase('config.one-of', { key, values });
}

/** A given value's kind, as config.wrong-kind names it. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return String(value);
  return 'object';
}

function sizeLimit(issue: z.core.$ZodIssue & { code: 'too_small' | 'too_big' }, key: string): Phrase {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  const inclusive = issue.inclusive !== false;
  const bound = small ? (inclusive ? 'min' : 'above') : inclusive ? 'max' : 'below';
  if (issue.origin === 'string') return small && limit === 1 ? phrase('config.not-empty', { key }) : phrase('config.characters', { key, bound, limit });
  if (issue.origin === 'array' || issue.origin === 'set') return small && limit === 1 ? phrase('config.not-empty-list', { key }) : phrase('config.items', { key, bound, limit });
  return phrase('config.number-bound', { key, bound, limit });
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
