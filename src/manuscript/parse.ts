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
import type { KeptByText } from './kept-by-text.js';

const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective)
  // CommonMark refuses `**重点**。` style emphasis next to CJK punctuation; this fixes the delimiter rules.
  .use(remarkCjkFriendly)
  .freeze();

/** Parse a manuscript's text (in `file.value`) to mdast. `kept`: the trees of a command that runs on, by
 *  text (keep-session.ts): `build --watch` and `preview` read every manuscript on every save, and parsing
 *  the stress book's 40 took 120–200 ms of a 1.3 s rebuild; a copy takes 10 ms. Default none: parsed. */
export function parseManuscript(file: VFile, kept?: KeptByText<Root>): Root {
  const text = String(file.value);
  const known = kept?.get(text);
  if (known) return known;
  const tree = parser.parse(file);
  kept?.keep(text, tree);
  return tree;
}
