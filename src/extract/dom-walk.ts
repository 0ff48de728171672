/**
 * The elements under a node in document order, by a walk over the element tree: what
 * `querySelectorAll('*')` or `querySelectorAll('a, b')` lists, without a selector. linkedom compiles
 * every selector anew and matches it against every node of the page, so a plain walk is several times
 * cheaper there (and about as cheap in a browser). Iterative: hostile pages nest thousands deep.
 */

/**
 * Calls `visit` on the elements under `root` (not `root` itself) in document order, not looking inside
 * `<template>` (as querySelectorAll), until it returns true; returns that element, or null.
 */
export function walkElements(root: ParentNode, visit: (el: Element) => unknown): Element | null {
  if (linked && (root as unknown as Linked)[linked.end] !== undefined) return walkLinked(root as unknown as Linked, linked, visit);
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (visit(el)) return el;
    let next: Element | null = el.localName === 'template' ? null : el.firstElementChild;
    for (let p: Element | null = el; !next && p; ) {
      next = p.nextElementSibling;
      const up: Node | null = p.parentNode;
      p = up !== root ? (up as Element) : null;
    }
    el = next;
  }
  return null;
}

/**
 * The CLI's DOM (linkedom) keeps a document as one linked list, in document order, of start tags,
 * attributes, text and end markers: `node[next]` is the next of them and an element's `[end]` its end
 * marker. Its selector queries walk that list; so does this module when the DOM says how (linkedom's
 * own symbols, registered by the CLI's loader: src/cli/load-html.ts), which costs one step per node
 * instead of two getter calls per element. In a browser nothing is registered and the plain walk runs.
 */
export interface LinkedList {
  next: symbol;
  end: symbol;
}
type Linked = { [k: symbol]: Linked | undefined; nodeType: number; localName?: string };
let linked: LinkedList | null = null;

/** Tells the walk how to read a linked-list DOM (null: the plain walk only). */
export function useLinkedList(symbols: LinkedList | null): void {
  linked = symbols;
}

/** As querySelectorAll does in linkedom: every element start up to `root`'s end, a template's inside skipped. */
function walkLinked(root: Linked, s: LinkedList, visit: (el: Element) => unknown): Element | null {
  const end = root[s.end];
  let n = root[s.next];
  while (n && n !== end) {
    if (n.nodeType === 1) {
      if (visit(n as unknown as Element)) return n as unknown as Element;
      if (n.localName === 'template') n = n[s.end] ?? n;
    }
    n = n[s.next];
  }
  return null;
}

/** `el`'s lower-cased local name is in `names` (linkedom keeps the case of createElement('P')). */
const lowered = new Map<string, string>();
function lower(name: string): string {
  let l = lowered.get(name);
  if (l === undefined) {
    l = name.toLowerCase();
    if (lowered.size < 1000) lowered.set(name, l);
  }
  return l;
}
const named = (el: Element, names: ReadonlySet<string>) => names.has(lower(el.localName));

/** The elements under `root` (as querySelectorAll('*')); with `names`, those of these tags (as querySelectorAll('a, b')). */
export function elementsUnder(root: ParentNode, names?: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  const s = linked;
  const r = root as unknown as Linked;
  if (s && r[s.end] !== undefined) {
    // The linked walk written out (the most frequent query of the extraction and of Readability's).
    const end = r[s.end];
    for (let n = r[s.next]; n && n !== end; n = n[s.next]) {
      if (n.nodeType !== 1) continue;
      const name = n.localName as string;
      if (!names || names.has(lower(name))) out.push(n as unknown as Element);
      if (name === 'template') n = n[s.end] ?? n;
    }
    return out;
  }
  walkElements(root, (el) => (!names || named(el, names)) && void out.push(el));
  return out;
}

/** The elements under `root` for which `test` holds, in document order, at most `limit` (a selector query without the selector). */
export function elementsWhere(root: ParentNode, test: (el: Element) => boolean, limit = Infinity): Element[] {
  const out: Element[] = [];
  if (limit > 0) walkElements(root, (el) => test(el) && out.push(el) >= limit);
  return out;
}

/** `el`'s local name, lower case (as selectors match it in an HTML document). */
export const tagOf = (el: Element): string => lower(el.localName);

/** The first element under `root` of these tags (as querySelector('a, b')), or null. */
export const firstUnder = (root: ParentNode, names: ReadonlySet<string>): Element | null => walkElements(root, (el) => named(el, names));

const sets = new Map<string, ReadonlySet<string>>();
/** The set of the (lower-case) tag names of a list written 'a, b' (cached). */
export function tagSet(list: string): ReadonlySet<string> {
  let s = sets.get(list);
  if (!s) sets.set(list, (s = new Set(list.split(', '))));
  return s;
}

/** A code unit that JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Calls `each` on the text of `el` piece by piece (text and CDATA nodes, as textContent joins them) until it returns true. */
function eachText(el: Element, each: (data: string) => boolean): void {
  const s = linked;
  const root = el as unknown as Linked;
  if (!s || root[s.end] === undefined) {
    each(el.textContent ?? '');
    return;
  }
  const end = root[s.end];
  for (let n = root[s.next]; n && n !== end; n = n[s.next]) {
    if ((n.nodeType === 3 || n.nodeType === 4) && each((n as unknown as Node).textContent ?? '')) return;
  }
}

/** `(el.textContent ?? '').length`, without building the string where the DOM allows. */
export function textLength(el: Element): number {
  let n = 0;
  eachText(el, (d) => ((n += d.length), false));
  return n;
}

/**
 * The length of `el`'s text with its whitespace collapsed and trimmed (content-blocks.ts `collapsedText`),
 * counted without building it where the DOM allows; with `max`, the count stops once over it. (A loop over
 * characters in JavaScript is slower than the engine's own string functions: this pays where it stops
 * early on a large block, not as a general replacement.)
 */
export function collapsedLength(el: Element, max = Infinity): number {
  let len = 0;
  let space = false;
  eachText(el, (d) => {
    for (let i = 0; i < d.length; i++) {
      if (isSpace(d.charCodeAt(i))) space = true;
      else {
        if (space && len) len++;
        space = false;
        if (++len > max) return true;
      }
    }
    return false;
  });
  return len;
}

/** Whether `collapsedText(el)` is longer than `max`: a large block costs no more than a small one. */
export const collapsedLongerThan = (el: Element, max: number): boolean => collapsedLength(el, max) > max;
