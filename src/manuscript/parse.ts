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

/** Parse a manuscript's text (in `file.value`) to mdast. */
export function parseManuscript(file: VFile): Root {
  return parser.parse(file);
}
