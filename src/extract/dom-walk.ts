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

/** `el`'s lower-cased local name is in `names` (linkedom keeps the case of createElement('P')). */
const named = (el: Element, names: ReadonlySet<string>) => names.has(el.localName.toLowerCase());

/** The elements under `root` (as querySelectorAll('*')); with `names`, those of these tags (as querySelectorAll('a, b')). */
export function elementsUnder(root: ParentNode, names?: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => (!names || named(el, names)) && void out.push(el));
  return out;
}

/** The first element under `root` of these tags (as querySelector('a, b')), or null. */
export const firstUnder = (root: ParentNode, names: ReadonlySet<string>): Element | null => walkElements(root, (el) => named(el, names));

const sets = new Map<string, ReadonlySet<string>>();
/** The set of the (lower-case) tag names of a list written 'a, b' (cached). */
export function tagSet(list: string): ReadonlySet<string> {
  let s = sets.get(list);
  if (!s) sets.set(list, (s = new Set(list.split(', '))));
  return s;
}
