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
import { keptByText } from '../long-running.js';

const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective)
  // CommonMark refuses `**重点**。` style emphasis next to CJK punctuation; this fixes the delimiter rules.
  .use(remarkCjkFriendly)
  .freeze();

/** Trees parsed in this process, by text, in a long-running command (long-running.ts): `build --watch`
 *  and `preview` read every manuscript on every save, and parsing the stress book's 40 took 120–200 ms
 *  of a 1.3 s rebuild; a copy takes 10 ms. The callers change the trees they get (the HTML stage). Only
 *  the texts of the latest read are kept (forgetOtherTrees). */
const parsed = keptByText<Root>();

/** Keep only the trees of these texts (the manuscripts as last read). */
export function forgetOtherTrees(texts: string[]): void {
  parsed.forgetOthers(texts);
}

/** How many parses were answered from the kept trees (for tests). */
export function reusedTrees(): number {
  return parsed.reused();
}

/** Parse a manuscript's text (in `file.value`) to mdast. */
export function parseManuscript(file: VFile): Root {
  const text = String(file.value);
  const known = parsed.get(text);
  if (known) return known;
  const tree = parser.parse(file);
  parsed.keep(text, tree);
  return tree;
}
