// Read the manuscripts named in booklet.yaml: file → VFile, Markdown → mdast, front matter → validated
// article metadata. Every user mistake becomes a message at its file, line and column.
import { relative, basename } from 'node:path';
import { VFile } from 'vfile';
import type { Root, Yaml } from 'mdast';
import { BookletError, createMessage } from '../diagnostics.js';
import type { VFileMessage } from 'vfile-message';
import { ArticleSchema } from '../config/schema.js';
import type { ResolvedBooklet, ResolvedArticleRef } from '../config/resolve.js';
import { validateYaml } from '../config/validate-yaml.js';
import { readTextFile } from './read-text.js';
import { parseManuscript } from './parse.js';

export interface ArticleMeta extends ArticleSchema {
  /** ASCII anchor id, unique in the booklet. */
  id: string;
}

export interface Manuscript {
  file: VFile;
  tree: Root;
  meta: ArticleMeta;
}

/** Read and parse every article; all problems of all files are reported together. */
export async function readManuscripts(booklet: ResolvedBooklet, cwd = process.cwd()): Promise<Manuscript[]> {
  const results = await Promise.all(booklet.articles.map((ref, index) => readManuscript(ref, index, cwd)));
  const messages = results.flatMap((r) => ('messages' in r ? r.messages : []));
  const manuscripts = results.filter((r): r is Manuscript => 'tree' in r);

  const ids = new Map<string, Manuscript>();
  for (const m of manuscripts) {
    const other = ids.get(m.meta.id);
    if (other) {
      messages.push(
        createMessage(`Article id \`${m.meta.id}\` is also used by ${other.file.path}`, { file: m.file.path, line: 1 }, 'front-matter', {
          hint: 'Give one of them a different `id:` in its front matter.',
        }),
      );
    }
    ids.set(m.meta.id, m);
  }
  if (messages.length > 0) throw new BookletError(messages);
  return manuscripts;
}

async function readManuscript(
  ref: ResolvedArticleRef,
  index: number,
  cwd: string,
): Promise<Manuscript | { messages: VFileMessage[] }> {
  const path = relative(cwd, ref.path) || ref.path;
  let text: string;
  try {
    text = await readTextFile(ref.path, 'manuscript', {
      file: ref.place.file,
      line: ref.place.line ?? 1,
      column: ref.place.column ?? 1,
    });
  } catch (error) {
    if (error instanceof BookletError) return { messages: error.messages.map((m) => Object.assign(m, { file: path })) };
    throw error;
  }
  const file = new VFile({ path, value: text, cwd });
  const tree = parseManuscript(file);
  const yaml = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  const body = tree.children.filter((node) => node.type !== 'yaml');

  if (text.trim() === '') {
    return { messages: [createMessage('Manuscript is empty', { file: path, line: 1 }, 'manuscript', { hint: 'Write the article, or remove it from booklet.yaml.' })] };
  }
  if (!yaml) {
    return {
      messages: [
        createMessage('Manuscript has no front matter', { file: path, line: 1 }, 'front-matter', {
          hint: 'Start the file with a YAML block between `---` lines, with at least `title:`.',
        }),
      ],
    };
  }
  const result = validateYaml({ file: path, text: yaml.value, lineOffset: yaml.position?.start.line ?? 1 }, ArticleSchema, 'front-matter');
  if (!result.ok) return { messages: result.messages };
  if (body.length === 0) {
    const line = (yaml.position?.end.line ?? 1) + 1;
    return { messages: [createMessage('Manuscript has no text after its front matter', { file: path, line }, 'manuscript', { hint: 'Write the article body below the closing `---`.' })] };
  }
  const meta: ArticleMeta = { ...result.value, id: result.value.id ?? idFromName(ref.path, index) };
  return { file, tree, meta };
}

/** `01-ai.md` → `ai`; a name with no ASCII letters gives `a1`, `a2`, … by position. */
function idFromName(path: string, index: number): string {
  const stem = basename(path, '.md').toLowerCase().replace(/^[\d_-]+/, '').replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(stem) ? stem.slice(0, 24) : `a${index + 1}`;
}
