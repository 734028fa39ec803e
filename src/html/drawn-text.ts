// The characters a document may draw: its text, and the strings of its stylesheets (`content: "…"`,
// `--booklet-title`), never their comments (styles/ explains itself in Simplified: 学习要点, 书眉, which
// the Traditional faces lack) or its attributes. What chooses the fallback faces (fallback-faces.ts).
import type { Nodes, Root } from 'hast';

/** The characters `tree` may draw, as one string (each as often as it occurs). */
export function drawnText(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Nodes, css: boolean) => {
    if (node.type === 'text') parts.push(css ? cssStrings(node.value) : node.value);
    if (node.type === 'element' && node.tagName === 'script') return;
    if ('children' in node) for (const child of node.children) walk(child, css || (node.type === 'element' && node.tagName === 'style'));
  };
  walk(tree, false);
  return parts.join('');
}

/** The string values of a stylesheet, their escapes (`"\201C"`) read; what its comments say left out. */
export function cssStrings(css: string): string {
  const strings = css.replace(/\/\*[\s\S]*?(\*\/|$)/g, '').match(/"(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*'/g) ?? [];
  return strings
    .map((s) => s.slice(1, -1).replace(/\\([0-9a-fA-F]{1,6})\s?|\\([\s\S])/g, (_, hex: string | undefined, char: string) => (hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : char === '\n' ? '' : char)))
    .join('');
}
