/**
 * One pass over the document instead of a dozen selector queries: the elements metadata
 * needs (meta, JSON-LD scripts, link, base, h1, time…) in document order, plus the size and
 * depth of the tree (Readability's cost explodes on huge or very deep trees). In linkedom each
 * querySelectorAll is a full tree walk, so this matters; in browsers it costs about a
 * millisecond. Read only.
 */
import { elementsUnder } from './dom-walk';

const TAGS = ['meta', 'script', 'link', 'base', 'h1', 'time', 'article', 'main', 'frameset', 'frame', 'iframe', 'img', 'input'] as const;
export type IndexedTag = (typeof TAGS)[number];
const WANTED = new Set<string>(TAGS);

export interface DocIndex {
  doc: Document;
  /** Elements of the indexed tags, each list in document order. */
  tags: Record<IndexedTag, Element[]>;
  /** Document-order position of every indexed element. */
  order: Map<Element, number>;
  /** The `<title>` elements (also those of inline SVG), in document order (not in `order`). */
  titles: Element[];
  /** Element count and maximum depth (both stop growing once a limit is passed). */
  elems: number;
  depth: number;
  tooBig: boolean;
}

export function indexDocument(doc: Document, maxElems = Infinity, maxDepth = Infinity): DocIndex {
  const tags = Object.fromEntries(TAGS.map((t) => [t, [] as Element[]])) as Record<IndexedTag, Element[]>;
  const order = new Map<Element, number>();
  const titles: Element[] = [];
  const all = elementsUnder(doc);
  const depthOf = new Map<Element, number>();
  let depth = 0;
  let tooBig = all.length > maxElems;
  const n = all.length;
  for (let i = 0; i < n; i++) {
    const el = all[i]!;
    const name = el.localName;
    if (WANTED.has(name)) {
      tags[name as IndexedTag].push(el);
      order.set(el, i);
    } else if (name === 'title') titles.push(el);
    if (!tooBig) {
      const p = el.parentElement;
      const d = (p ? (depthOf.get(p) ?? 0) : 0) + 1;
      depthOf.set(el, d);
      if (d > depth) {
        depth = d;
        if (depth > maxDepth) tooBig = true;
      }
    }
  }
  return { doc, tags, order, titles, elems: n, depth, tooBig };
}
