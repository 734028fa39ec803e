// A manuscript's text in Traditional characters: only its text is converted — the text nodes of the
// Markdown (parsed with the manuscripts' own parser), an image's alt and title, and the printed values
// of the front matter. Markdown syntax, front matter keys, URLs, code, directive names and attributes,
// footnote and reference labels, and HTML stay as written. No newline is added or removed, so every
// message still points at the manuscript's own lines.
import { VFile } from 'vfile';
import type { Nodes, Root } from 'mdast';
import { isMap, isPair, isScalar, parseDocument } from 'yaml';
import { parseManuscript } from '../manuscript/parse.js';
import type { Ambiguity, Converter } from './opencc.js';

/** The front matter keys whose values are printed (title page, bylines, source notes). */
const PRINTED_KEYS = new Set(['title', 'subtitle', 'author', 'source', 'affiliation', 'note']);

/** Nodes whose whole source stays as written. */
const KEPT = new Set(['code', 'inlineCode', 'html', 'yaml', 'definition', 'math', 'inlineMath', 'footnoteReference']);

/** `text` with its text converted by `convert`; the offsets of the ambiguous characters are the source's. */
export function convertManuscript(text: string, convert: Converter): { text: string; ambiguous: Ambiguity[] } {
  const tree = parseManuscript(new VFile({ value: text }));
  const ranges = [...frontMatterRanges(text, tree), ...textRanges(text, tree)].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  const ambiguous: Ambiguity[] = [];
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue; // never twice
    const converted = convert(text.slice(start, end));
    out += text.slice(at, start) + traditionalQuotes(converted.text);
    ambiguous.push(...converted.ambiguous.map((a) => ({ ...a, offset: a.offset + start })));
    at = end;
  }
  out += text.slice(at);
  if (lines(out) !== lines(text)) throw new Error('booklet: converting a manuscript changed its number of lines');
  return { text: out, ambiguous };
}

/** A booklet.yaml or front matter value, converted the same way (quotes too). */
export function convertValue(value: string, convert: Converter): { text: string; ambiguous: Ambiguity[] } {
  const converted = convert(value);
  return { text: traditionalQuotes(converted.text), ambiguous: converted.ambiguous };
}

/** “” → 「」 and ‘’ → 『』: Traditional texts quote with corner brackets, the inner quotes double (clreq
 *  §3.1.4, quotation marks). A ’ between two Latin letters or digits is an apostrophe (Xi’s) and stays. */
export function traditionalQuotes(text: string): string {
  return text.replace(/[“”‘’]/g, (mark, offset: number) => {
    if (mark === '’' && /[\p{Script=Latin}\d]/u.test(text[offset - 1] ?? '') && /[\p{Script=Latin}\d]/u.test(text[offset + 1] ?? '')) return mark;
    return QUOTES[mark]!;
  });
}

const QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

const lines = (text: string) => text.split('\n').length;

type Range = [number, number];

/** The source ranges of the tree's text: text nodes, and the alt and title of images. */
function textRanges(text: string, tree: Root): Range[] {
  const ranges: Range[] = [];
  const walk = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (KEPT.has(node.type) || start === undefined || end === undefined) return;
    if (node.type === 'text') {
      ranges.push([start, end]);
      return;
    }
    // An autolink (<https://…>, or a bare www.…) shows its URL: kept. So is a reference whose text is its
    // label ([标签] or [标签][]), which must still match its definition.
    if (node.type === 'link' && text[start] !== '[') return;
    if ((node.type === 'linkReference' || node.type === 'imageReference') && node.referenceType !== 'full') return;
    if (node.type === 'image') ranges.push(...imageRanges(text, start, end));
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  return ranges;
}

/** `![alt](url "title")`: the alt, and the title if there is one (their raw source: escapes are ASCII
 *  and conversion leaves them be). */
function imageRanges(text: string, start: number, end: number): Range[] {
  const source = text.slice(start, end);
  const altEnd = source.indexOf('](');
  if (!source.startsWith('![') || altEnd < 0) return [];
  const ranges: Range[] = [[start + 2, start + altEnd]];
  const title = /\s(["'(])((?:\\.|[^\\])*?)[")']\)$/su.exec(source.slice(altEnd + 2));
  if (title?.[2] !== undefined) {
    const titleEnd = end - 2;
    ranges.push([titleEnd - title[2].length, titleEnd]);
  }
  return ranges;
}

/** The printed values of the front matter (PRINTED_KEYS), as source ranges. */
function frontMatterRanges(text: string, tree: Root): Range[] {
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const from = yaml?.position?.start.offset;
  if (!yaml || from === undefined) return [];
  // The YAML text starts on the line after `---`.
  const base = text.indexOf(yaml.value, from);
  if (base < 0 || yaml.value === '') return [];
  const doc = parseDocument(yaml.value, { keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return []; // reading the manuscript will say why
  const ranges: Range[] = [];
  for (const pair of doc.contents.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value) || !PRINTED_KEYS.has(String(pair.key.value))) continue;
    const range = pair.value.range;
    if (range && typeof pair.value.value === 'string') ranges.push([base + range[0], base + range[1]]);
  }
  return ranges;
}
