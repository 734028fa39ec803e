// The structure tree of a PDF as poppler reads it (`pdfinfo -struct-text`), for the tagged-PDF tests.
import { execFileSync } from 'node:child_process';

export interface StructNode {
  type: string;
  /** Its own text, each marked-content sequence's as poppler gives it. */
  text: string[];
  /** Annotations it holds (`Object N 0`). */
  objects: number;
  /** Attribute lines (`/Scope /Column`). */
  attributes: string[];
  kids: StructNode[];
  /** Its text and kids, in the order they are read. */
  items: (string | StructNode)[];
}

/** The tree under the root (Document). */
export function structTree(file: string): StructNode {
  const out = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const root: StructNode = { type: '', text: [], objects: 0, attributes: [], kids: [], items: [] };
  const stack: { depth: number; node: StructNode }[] = [{ depth: -1, node: root }];
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const depth = line.length - line.trimStart().length;
    const body = line.trim();
    while (stack.length > 1 && stack.at(-1)!.depth >= depth) stack.pop();
    const parent = stack.at(-1)!.node;
    if (body.startsWith('"')) {
      parent.text.push(body.slice(1, -1));
      parent.items.push(body.slice(1, -1));
    }
    else if (/^Object \d+ \d+$/.test(body)) parent.objects++;
    else if (body.startsWith('/')) parent.attributes.push(body);
    else {
      const node: StructNode = { type: body.replace(/[: ].*$/, ''), text: [], objects: 0, attributes: [], kids: [], items: [] };
      parent.kids.push(node);
      parent.items.push(node);
      stack.push({ depth, node });
    }
  }
  return root.kids[0]!;
}

/** Every node under `node`, in reading order (`node` first). */
export function allNodes(node: StructNode): StructNode[] {
  return [node, ...node.kids.flatMap(allNodes)];
}

/** All the text under `node`, in reading order. */
export function textOf(node: StructNode): string {
  return node.items.map((item) => (typeof item === 'string' ? item : textOf(item))).join('');
}
