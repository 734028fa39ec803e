// Study boxes: `:::key-points` (学习要点) and `:::questions` (思考题) become boxed `<aside>` panels with a
// title (`:::questions[课后思考]` overrides it). An unknown container directive is an error; an unknown
// text or leaf directive (e.g. `比例为 3:1` is not one, but `注意:abc` is) is put back as the text it was.
import { visit, SKIP } from 'unist-util-visit';
import type { Root, Paragraph, Text, Parent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { fileMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { bookStrings } from './book-strings.js';

/** The study boxes and their default titles in Simplified (book-strings.ts has them per script). */
export const STUDY_BOXES: Readonly<Record<string, string>> = bookStrings('Hans').studyBoxes;

export interface StudyBoxesOptions {
  /** The default titles of the book's script (book-strings.ts); default STUDY_BOXES. */
  defaults?: Readonly<Record<string, string>>;
  /** Titles from booklet.yaml (studyBoxes.titles), over the defaults; `:::questions[…]` still wins. */
  titles?: Readonly<Partial<Record<string, string | undefined>>>;
}

/** Turn known container directives into study boxes; restore unknown directives as text. */
export function remarkStudyBoxes(options: StudyBoxesOptions = {}) {
  const titles: Record<string, string> = { ...(options.defaults ?? STUDY_BOXES) };
  for (const [name, title] of Object.entries(options.titles ?? {})) if (title !== undefined && name in titles) titles[name] = title;
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'containerDirective') {
        if (!(node.name in titles)) {
          const names = Object.keys(titles).map((n) => `:::${n}`).join(', ');
          fileMessage(file, phrase('directive.unknown-box', { name: node.name }), { place: node.position, ruleId: 'directive', fatal: true, hint: phrase('directive.unknown-box.hint', { names }) });
          return SKIP;
        }
        toStudyBox(node, titles);
        return undefined;
      }
      if ((node.type === 'textDirective' || node.type === 'leafDirective') && parent && index !== undefined) {
        restoreAsText(node, parent, index, file);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

function toStudyBox(node: ContainerDirective, titles: Readonly<Record<string, string>>): void {
  const first = node.children[0];
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
  if (label) node.children.shift();
  const title: Paragraph = label
    ? { ...label, data: { hProperties: { className: ['study-box-title'] } } }
    : {
        type: 'paragraph',
        children: [{ type: 'text', value: titles[node.name] ?? node.name }],
        data: { hProperties: { className: ['study-box-title'] } },
      };
  node.children.unshift(title);
  node.data = {
    hName: 'aside',
    hProperties: { className: ['study-box', node.name], role: 'note' },
  };
}

/** A directive nobody defined is most likely ordinary text with a colon: keep the characters. */
function restoreAsText(node: TextDirective | LeafDirective, parent: Parent, index: number, file: VFile): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value = start !== undefined && end !== undefined ? String(file.value).slice(start, end) : `:${node.name}`;
  const text: Text = { type: 'text', value };
  if (node.position) text.position = node.position;
  if (node.type === 'leafDirective') {
    const paragraph: Paragraph = { type: 'paragraph', children: [text] };
    if (node.position) paragraph.position = node.position;
    parent.children.splice(index, 1, paragraph as never);
    fileMessage(file, phrase('directive.unknown', { name: node.name }), { place: node.position, ruleId: 'directive' });
  } else {
    parent.children.splice(index, 1, text as never);
  }
}
