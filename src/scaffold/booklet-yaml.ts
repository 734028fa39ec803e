// The booklet.yaml that `booklet new` writes: every key of the schema (config/schema.ts), in its order,
// under its description (worded in the interface's language: config.field), so that the comments never
// drift from what the build reads. The keys the book needs are set; every other is written commented
// out, postgresql.conf's way (`#edition: 第1版`, its default; an example where it has none), below a
// description written `# …`: remove the `#` and the key is set.
import { stringify } from 'yaml';
import type * as z from 'zod';
import { BookletSchema } from '../config/schema.js';
import { phrase, say } from '../ui/catalogue.js';
import type { Ui } from '../ui/ui.js';
import { comment } from './comment-lines.js';
import { SCHEMA_MODELINE } from './schema-file.js';

/** What the new booklet sets. */
export interface BookletYamlOptions {
  title: string;
  compiler: string;
  /** As written: `2026年12月3日`. */
  date: string;
  articles: string[];
  /** The interface's language: of the comments, and `ui:` is set to it when it is zh (a Chinese editor's
   *  booklet speaks Chinese in CI too). */
  ui: Ui;
}

/** Values shown for the optional keys that have no default (by key path), so that each has a line to
 *  uncomment. A key of the schema with neither is a bug that `booklet new`'s test finds. */
const EXAMPLES: Record<string, unknown> = {
  subtitle: '副书名',
  impression: 1,
  styles: ['css/booklet.css'],
  'lint.rules': { 'heading-sequence': 'warning' },
  'proof.checks': { 'orphan-character': 'off' },
  ui: 'zh',
  'faces.body': 'serif',
  'faces.heading': 'sans',
  'page.margins.top': 20,
  'page.margins.bottom': 20,
  'page.margins.inner': 20,
  'page.margins.outer': 15,
  'studyBoxes.titles.key-points': '学习要点',
  'studyBoxes.titles.questions': '思考题',
  'studyBoxes.titles.reading': '延伸阅读',
  'studyBoxes.titles.note': '注',
  variants: ['zh-Hant'],
  browsers: ['http://node1:9222', 'http://node2:9222'],
  'cover.background': '#b22222',
  'cover.image': 'images/cover.jpg',
  'cover.emblem': 'images/emblem.png',
  'imposition.sheet': 'A4',
  'imposition.signatures': 16,
  'press.profile': 'PSOcoated_v3.icc',
};

/** One key of the schema: its description, its default, and its keys when it is a group of keys. */
interface Field {
  key: string;
  path: string;
  description: string | undefined;
  default: { value: unknown } | undefined;
  children: Field[] | undefined;
}

type Def = { type?: string; innerType?: z.ZodType; defaultValue?: unknown; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** The keys of an object schema, in order, looking through its defaults and optionals. */
export function schemaFields(schema: z.ZodType = BookletSchema, prefix = ''): Field[] {
  return Object.entries(defOf(schema).shape ?? {}).map(([key, field]) => {
    let current = field;
    let description = current.description;
    let fallback: Field['default'];
    for (let def = defOf(current); def.innerType && (def.type === 'default' || def.type === 'optional' || def.type === 'nullable'); def = defOf(current)) {
      if (def.type === 'default' && !fallback) fallback = { value: def.defaultValue };
      current = def.innerType;
      description ??= current.description;
    }
    const path = prefix ? `${prefix}.${key}` : key;
    const children = defOf(current).type === 'object' ? schemaFields(current, path) : undefined;
    return { key, path, description, default: fallback, children };
  });
}

/** The text of booklet.yaml for a new booklet. */
export function bookletYaml(options: BookletYamlOptions): string {
  const given: Record<string, unknown> = {
    title: options.title,
    compiler: options.compiler,
    date: options.date,
    articles: options.articles,
    ...(options.ui === 'zh' ? { ui: 'zh' } : {}),
  };
  const lines = [
    // First: editors read the schema from it (schema-file.ts).
    SCHEMA_MODELINE,
    ...comment(say(options.ui, phrase('config.field', { text: BookletSchema.description ?? '' })), '# '),
    ...comment(say(options.ui, phrase('new.yaml.header')), '# '),
  ];
  for (const field of schemaFields()) lines.push('', ...fieldLines(field, given, options.ui, 0, undefined));
  return `${lines.join('\n')}\n`;
}

/** A field's lines at `depth`: its description, then the key, set (from `given`) or commented out (with
 *  its default or example). `commentedAt` is the depth of the group written commented out, if any. */
function fieldLines(field: Field, given: Record<string, unknown>, ui: Ui, depth: number, commentedAt: number | undefined): string[] {
  const set = commentedAt === undefined && depth === 0 && field.key in given;
  // A group is written commented out whole: a group key with nothing under it would be `null`.
  const at = set ? undefined : (commentedAt ?? depth);
  const prefix = (level: number) => (at === undefined ? '  '.repeat(level) : `${'  '.repeat(at)}#${'  '.repeat(level - at)}`);
  // The description is a comment at the key's place: `# …`, or `#  # …` inside a group commented out.
  const lead = at === undefined || depth === at ? `${'  '.repeat(depth)}# ` : `${prefix(depth)}# `;
  const described = field.description ? comment(say(ui, phrase('config.field', { text: field.description })), lead) : [];
  if (field.children && !set) {
    return [...described, `${prefix(depth)}${field.key}:`, ...field.children.flatMap((child) => fieldLines(child, given, ui, depth + 1, at))];
  }
  const value = set ? given[field.key] : field.default && !isEmpty(field.default.value) ? field.default.value : EXAMPLES[field.path];
  if (value === undefined) throw new Error(`booklet new: no default and no example for the key ${field.path} of booklet.yaml`);
  const text = stringify({ [field.key]: value }, { lineWidth: 0 }).trimEnd().split('\n');
  return [...described, ...text.map((line) => `${prefix(depth)}${line}`)];
}

const isEmpty = (value: unknown) => (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && value !== null && Object.keys(value).length === 0);
