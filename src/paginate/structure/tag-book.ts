// The joined book as a tagged PDF (PDF 32000-1 §14.7–14.8): one structure tree for the whole book, built
// from what each page holds (in-page/structure.ts) and what its content stream draws (mark-content.ts).
// Chromium's own tags cannot be kept: each part is printed apart, and a paragraph that Paged.js split
// over two pages is two elements to Chromium. Here it is one: the pieces share a key.
//
// Reading order is the manuscripts' order: elements in the document's order, their own text in the order
// drawn, and each footnote right after the paragraph that calls it (not at the foot of the page).
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFObject, type PDFPage } from 'pdf-lib';
import type { StructureNode } from '../in-page/bridge.js';
import { decoded } from '../pdf-io.js';
import { PT_PER_PX } from '../../html/page-geometry.js';
import { markContent } from './mark-content.js';

/** A book page's structure nodes and the unit it belongs to; undefined for a blank page. */
export type UnitStructure = { unit: number; nodes: StructureNode[] } | undefined;

/** What the tree holds, and whether the file meets PDF/UA-1 as far as this can tell. */
export interface TaggedBook {
  /** Structure elements written. */
  elements: number;
  /** Heading types (H1…H6) in reading order. */
  headings: string[];
  /** Figures without alternative text, links not in the tree, forms drawn (their content unmarked). */
  figuresWithoutAlt: number;
  linksOutside: number;
  forms: number;
  /** Every figure has its text, headings skip no level, every link and all content is in the tree. */
  universal: boolean;
}

type Kid = Element | { page: number; mcid: number } | { page: number; annot: PDFRef };

interface Element {
  type: string;
  parent: Element | undefined;
  kids: Kid[];
  node: StructureNode | undefined;
  /** Key of the unit's element: the unit, then the node's key. */
  key: string;
  placed: boolean;
  /** Something of it (or of what it holds) has been drawn. */
  drawn: boolean;
  /** A Note's ID (PDF/UA-1 7.9: every note has one). */
  id?: string;
  ref?: PDFRef;
}

/** Placed in their parent's order where their first content is drawn (within a paragraph's text). */
const INLINE = new Set(['Reference', 'Link']);

/** The tree as it is built, page by page. */
interface Tree {
  pdf: PDFDocument;
  pages: PDFPage[];
  document: Element;
  elements: Map<string, Element>;
  /** StructParents / StructParent key → its elements (a page's, by MCID) or element (an annotation's). */
  parentTree: [number, PDFObject][];
  forms: number;
  linksOutside: number;
}

/** A page's nodes as elements, and a finder of the deepest node holding a point. */
interface PageNodes {
  own: Map<StructureNode, Element>;
  deepest: (x: number, y: number, fits?: (n: StructureNode) => boolean) => StructureNode | undefined;
}

/** Tag `pdf`, whose page i is `structure[i]` (`height`: its pages' height, pt). */
export function tagBook(pdf: PDFDocument, structure: UnitStructure[], height: number): TaggedBook {
  const document: Element = { type: 'Document', parent: undefined, kids: [], node: undefined, key: '', placed: true, drawn: false };
  const tree: Tree = { pdf, pages: pdf.getPages(), document, elements: new Map(), parentTree: [], forms: 0, linksOutside: 0 };
  tree.pages.forEach((page, p) => {
    const nodes = placeNodes(tree, structure[p]);
    markDrawing(tree, p, height, nodes);
    linkAnnotations(tree, p, height, nodes);
  });
  moveNotes(tree.elements);
  return writeTree(tree);
}

/** The page's nodes as elements (new ones in the document's order under their parents; inline ones wait
 *  for their first content). */
function placeNodes(tree: Tree, on: UnitStructure): PageNodes {
  const own = new Map<StructureNode, Element>();
  for (const node of on?.nodes ?? []) {
    const key = `${on!.unit}:${node.key}`;
    let element = tree.elements.get(key);
    if (!element) {
      const parent = (node.parent && tree.elements.get(`${on!.unit}:${node.parent}`)) || tree.document;
      element = { type: node.type, parent, kids: [], node, key, placed: false, drawn: false };
      tree.elements.set(key, element);
    }
    own.set(node, element);
    if (!INLINE.has(element.type) && !element.placed && element.type !== 'Artifact') {
      element.parent!.kids.push(element);
      element.placed = true;
    }
  }
  // Deepest first, and of nodes as deep the last in the document's order: the first that holds a point
  // is the one its content belongs to.
  const byDepth = (on?.nodes ?? []).filter((n) => n.boxes.length > 0).reverse().sort((a, b) => b.depth - a.depth);
  const deepest = (x: number, y: number, fits?: (n: StructureNode) => boolean) => byDepth.find((node) => (!fits || fits(node)) && holds(node.boxes, x, y));
  return { own, deepest };
}

/** Mark what page `p` draws, and give each marked sequence to its element. */
function markDrawing(tree: Tree, p: number, height: number, { own, deepest }: PageNodes): void {
  const page = tree.pages[p]!;
  const marked = markPage(page, height, (place) => {
    const node = deepest(place.x, place.y);
    let element = node && own.get(node);
    // An image, a form or a path is a figure's (an SVG image is drawn as paths), or an artifact (a rule,
    // a background, an emblem without alt).
    if (place.what !== 'text') while (element && element.type !== 'Figure') element = element.parent;
    return element?.type === 'Artifact' ? undefined : element;
  });
  tree.forms += marked.forms;
  if (marked.marks.length === 0) return;
  marked.marks.forEach((element, mcid) => draw(element, { page: p, mcid }));
  page.node.set(PDFName.of('StructParents'), PDFNumber.of(p));
  tree.parentTree.push([p, tree.pdf.context.obj(marked.marks.map((e) => refOf(tree, e)))]);
}

/** Each link annotation of page `p` in the tree, as an object reference of its Link (PDF/UA-1 7.18.5). */
function linkAnnotations(tree: Tree, p: number, height: number, { own, deepest }: PageNodes): void {
  const page = tree.pages[p]!;
  const { context } = tree.pdf;
  const annots = page.node.Annots();
  for (const ref of annots?.asArray() ?? []) {
    const annot = context.lookup(ref);
    if (!(ref instanceof PDFRef) || !(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
    const [x1, y1, x2, y2] = (annot.lookup(PDFName.of('Rect'), PDFArray).asArray() as PDFNumber[]).map((n) => n.asNumber());
    const node = deepest((x1! + x2!) / 2 / PT_PER_PX, (height - (y1! + y2!) / 2) / PT_PER_PX, (n) => n.type === 'Link');
    const element = node && own.get(node);
    if (!element) {
      tree.linksOutside++;
      continue;
    }
    draw(element, { page: p, annot: ref });
    const key = tree.pages.length + tree.parentTree.length;
    annot.set(PDFName.of('StructParent'), PDFNumber.of(key));
    tree.parentTree.push([key, refOf(tree, element)]);
  }
  if (annots && annots.size() > 0) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
}

/** Content goes to its element in the order drawn, before the element's blocks not yet drawn (a list
 *  item's text before the list it holds, a contents entry's link before its sections). */
function draw(element: Element, kid: Kid): void {
  insertDrawn(element, kid);
  for (let e: Element | undefined = element; e && !e.drawn; e = e.parent) {
    if (!e.placed && e.parent) insertDrawn(e.parent, e);
    e.placed = true;
    e.drawn = true;
  }
}

function refOf(tree: Tree, element: Element): PDFRef {
  element.ref ??= tree.pdf.context.nextRef();
  return element.ref;
}

/** Write the elements with content, the root and the parent tree; what the tree holds. */
function writeTree(tree: Tree): TaggedBook {
  const { pdf, document, pages, parentTree } = tree;
  const { context } = pdf;
  const kept = prune(document);
  const figuresWithoutAlt = [...kept].filter((e) => e.type === 'Figure' && !e.node?.alt).length;
  const headings: string[] = [];
  let notes = 0;
  const order = (e: Element) => {
    if (/^H[1-6]$/.test(e.type)) headings.push(e.type);
    if (e.type === 'Note') e.id = `note-${++notes}`;
    for (const k of e.kids) if ('kids' in k && kept.has(k)) order(k);
  };
  order(document);
  const rootRef = context.nextRef();
  writeElement(pdf, document, kept, pages, rootRef);
  const root = context.obj({
    Type: 'StructTreeRoot',
    K: refOf(tree, document),
    ParentTree: context.obj({ Nums: parentTree.sort((a, b) => a[0] - b[0]).flatMap(([k, v]) => [PDFNumber.of(k), v]) }),
    ParentTreeNextKey: pages.length + parentTree.length,
  });
  context.assign(rootRef, root);
  pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  const skips = headings.some((h, i) => Number(h[1]) > (i === 0 ? 1 : Number(headings[i - 1]![1]) + 1));
  const { forms, linksOutside } = tree;
  return { elements: kept.size, headings, figuresWithoutAlt, linksOutside, forms, universal: figuresWithoutAlt === 0 && linksOutside === 0 && forms === 0 && !skips };
}

/** Put `kid` among `element`'s kids before the first element not yet drawn. */
function insertDrawn(element: Element, kid: Kid): void {
  const at = element.kids.findIndex((k) => 'kids' in k && !k.drawn && k !== kid);
  if (at < 0) element.kids.push(kid);
  else element.kids.splice(at, 0, kid);
}

/** Mark the page's content stream (one stream, as Chromium writes it; else the page is left as it is). */
function markPage<T>(page: PDFPage, height: number, owner: Parameters<typeof markContent<T>>[1]['owner']): { marks: T[]; forms: number } {
  const { context } = page.doc;
  const contents = page.node.get(PDFName.of('Contents'));
  const ref = contents instanceof PDFArray && contents.size() === 1 ? contents.get(0) : contents;
  const stream = ref instanceof PDFRef ? context.lookup(ref) : undefined;
  if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) return { marks: [], forms: 0 };
  const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const plain = decoded(stream);
  const marked = markContent(plain instanceof Uint8Array ? plain : Buffer.from(plain), {
    height,
    owner,
    tag: (element) => (element as Element).type,
    xobject: (name) => {
      const object = xobjects?.lookup(PDFName.of(name));
      const subtype = object instanceof PDFRawStream ? object.dict.get(PDFName.of('Subtype')) : undefined;
      if (subtype === PDFName.of('Image')) return { kind: 'Image' };
      const box = object instanceof PDFRawStream ? object.dict.lookupMaybe(PDFName.of('BBox'), PDFArray) : undefined;
      if (subtype !== PDFName.of('Form') || box?.size() !== 4) return undefined;
      const [x0, y0, x1, y1] = box.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : 0));
      return { kind: 'Form', box: [x0!, y0!, x1!, y1!] };
    },
  });
  const dict = stream.dict.clone(context);
  dict.delete(PDFName.of('DecodeParms'));
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  // Level 3: a third of the default's time (the stress book's 4.2 MB of content: 53 ms, not 155), 75 kB
  // more in a 1.9 MB file.
  context.assign(ref, PDFRawStream.of(dict, deflateSync(marked.bytes, { level: 3 })));
  return marked;
}

/** Whether one of `boxes` (x, y, width, height, …) holds the point. */
function holds(boxes: number[], x: number, y: number): boolean {
  for (let i = 0; i < boxes.length; i += 4) {
    if (x >= boxes[i]! - 0.5 && x <= boxes[i]! + boxes[i + 2]! + 0.5 && y >= boxes[i + 1]! - 0.5 && y <= boxes[i + 1]! + boxes[i + 3]! + 0.5) return true;
  }
  return false;
}

/** Each note goes right after the block that calls it: a reader hears it where the reader of the page
 *  would look down to it. */
function moveNotes(elements: Map<string, Element>): void {
  const after = new Map<Element, Element>();
  for (const note of elements.values()) {
    if (note.type !== 'Note' || !note.node?.call || !note.placed) continue;
    const unit = note.key.slice(0, note.key.indexOf(':'));
    let block = elements.get(`${unit}:${note.node.call}`);
    while (block && INLINE.has(block.type)) block = block.parent;
    const parent = block?.parent;
    if (!block || !parent || !block.placed) continue;
    note.parent?.kids.splice(note.parent.kids.indexOf(note), 1);
    // After the block, and after the notes it called before this one.
    let at = parent.kids.indexOf(block) + 1;
    while (after.get(parent.kids[at] as Element) === block) at++;
    parent.kids.splice(at, 0, note);
    note.parent = parent;
    after.set(note, block);
  }
}

/** The elements with content (marked content or a link) in their subtree; the others are dropped. */
function prune(document: Element): Set<Element> {
  const kept = new Set<Element>();
  const visit = (e: Element): boolean => {
    let any = false;
    for (const k of e.kids) if (!('kids' in k) || visit(k)) any = true;
    if (any) kept.add(e);
    return any;
  };
  visit(document);
  kept.add(document);
  return kept;
}

/** Write `element` and what it holds as structure element dictionaries (PDF 32000-1 §14.7.2). */
function writeElement(pdf: PDFDocument, element: Element, kept: Set<Element>, pages: PDFPage[], parent: PDFRef): void {
  const { context } = pdf;
  const first = element.kids.find((k): k is { page: number; mcid: number } => 'mcid' in k);
  const kids: PDFObject[] = [];
  for (const kid of element.kids) {
    if ('kids' in kid) {
      if (!kept.has(kid)) continue;
      element.ref ??= context.nextRef();
      writeElement(pdf, kid, kept, pages, element.ref);
      kids.push(kid.ref!);
    } else if ('mcid' in kid) {
      kids.push(first && kid.page === first.page ? PDFNumber.of(kid.mcid) : context.obj({ Type: 'MCR', Pg: pages[kid.page]!.ref, MCID: kid.mcid }));
    } else {
      kids.push(context.obj({ Type: 'OBJR', Pg: pages[kid.page]!.ref, Obj: kid.annot }));
    }
  }
  element.ref ??= context.nextRef();
  const dict = context.obj({ Type: 'StructElem', S: PDFName.of(element.type), K: kids }) as PDFDict;
  dict.set(PDFName.of('P'), parent);
  if (first) dict.set(PDFName.of('Pg'), pages[first.page]!.ref);
  const node = element.node;
  if (element.id) dict.set(PDFName.of('ID'), PDFString.of(element.id));
  if (node?.alt) dict.set(PDFName.of('Alt'), PDFHexString.fromText(node.alt));
  if (node?.lang) dict.set(PDFName.of('Lang'), PDFString.of(node.lang));
  if (node?.scope) dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: PDFName.of(node.scope) }));
  context.assign(element.ref, dict);
}
