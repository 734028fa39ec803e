// The Markdown dialect of a manuscript: CommonMark + YAML front matter + GFM (tables, footnotes) +
// directives (study boxes) + CJK-friendly emphasis. Parsing only; transforms live in html/.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective)
  // CommonMark refuses `**重点**。` style emphasis next to CJK punctuation; this fixes the delimiter rules.
  .use(remarkCjkFriendly)
  .freeze();

/** Trees parsed in this process, by text, once `keepParsedTrees()` is called: `build --watch` and
 *  `preview` read every manuscript on every save, and parsing the stress book's 40 took 120–200 ms of a
 *  1.3 s rebuild; a copy takes 10 ms. The callers change the trees they get (the HTML stage), so each
 *  gets its own copy. A single build keeps none (its memory peak is what counts). */
const parsed = new Map<string, Root>();
let keeping = false;
/** How much text the trees kept may hold (the oldest go first). */
const KEEP_CHARS = 32 * 1024 * 1024;
let keptChars = 0;

/** Keep parsed trees (and lint results: lint-book.ts) from now on, for the rebuilds of a long-running
 *  command. */
export function keepParsedTrees(): void {
  keeping = true;
}

/** Whether keepParsedTrees() was called. */
export function keepingParsedTrees(): boolean {
  return keeping;
}

/** Parse a manuscript's text (in `file.value`) to mdast. */
export function parseManuscript(file: VFile): Root {
  const text = String(file.value);
  const known = parsed.get(text);
  if (known) {
    // Most recently used last.
    parsed.delete(text);
    parsed.set(text, known);
    return structuredClone(known);
  }
  const tree = parser.parse(file);
  if (!keeping) return tree;
  parsed.set(text, structuredClone(tree));
  keptChars += text.length;
  for (const [old] of parsed) {
    if (keptChars <= KEEP_CHARS) break;
    parsed.delete(old);
    keptChars -= old.length;
  }
  return tree;
}
