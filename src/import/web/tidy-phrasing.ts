// Emphasis and links whose edges are white space or a line break (`<b>Title<br></b> Text`, `<em> word
// </em>`), as HTML allows and Word writes, moved to stand outside them: Markdown's `**` cannot close
// after a line break nor open before a space, and mdast-util-to-markdown would write those characters
// as character references (`**Title\&#xA;**&#x54;ext`). What is left empty goes, and bold in bold is
// bold once; the text is the same.
import type { Parent, PhrasingContent, Root } from 'mdast';

const WRAPPERS = new Set(['strong', 'emphasis', 'delete', 'link']);

/** Tidy every emphasis, strong, deletion and link in `tree`, in place. */
export function tidyPhrasing(tree: Root): void {
  tidy(tree);
}

function tidy(parent: Parent): void {
  const children: typeof parent.children = [];
  for (const child of parent.children) {
    if ('children' in child) tidy(child as Parent);
    if (!WRAPPERS.has(child.type)) {
      children.push(child);
      continue;
    }
    const wrapper = child as Parent & { children: PhrasingContent[] };
    // Bold inside bold (`<strong><strong>…</strong></strong>`) is bold once.
    while (wrapper.type !== 'link' && wrapper.children.length === 1 && wrapper.children[0]!.type === wrapper.type) wrapper.children = (wrapper.children[0] as Parent & { children: PhrasingContent[] }).children;
    const inner = wrapper.children;
    const before: PhrasingContent[] = [];
    const after: PhrasingContent[] = [];
    while (inner.length > 0 && edge(inner, true, before)) inner.shift();
    while (inner.length > 0 && edge(inner, false, after)) inner.pop();
    children.push(...before, ...(inner.length > 0 ? [child] : []), ...after.reverse());
  }
  parent.children = children;
}

/** Take the white space (or the break) at the start (or end) of `inner` into `out`; true when the whole
 *  node there went (and is to be removed), false when nothing more is to be taken. */
function edge(inner: PhrasingContent[], start: boolean, out: PhrasingContent[]): boolean {
  const node = inner[start ? 0 : inner.length - 1]!;
  if (node.type === 'break') {
    out.push(node);
    return true;
  }
  if (node.type !== 'text') return false;
  const match = start ? /^\s+/u.exec(node.value) : /\s+$/u.exec(node.value);
  if (!match) return false;
  out.push({ type: 'text', value: match[0] });
  if (match[0].length === node.value.length) return true;
  node.value = start ? node.value.slice(match[0].length) : node.value.slice(0, -match[0].length);
  return false;
}
