/**
 * The elements under a node in document order, by a walk over the element tree: what
 * `querySelectorAll('*')` or `querySelectorAll('a, b')` lists, without a selector. linkedom compiles
 * every selector anew and matches it against every node of the page, so a plain walk is several times
 * cheaper there (and about as cheap in a browser). Iterative: hostile pages nest thousands deep.
 */

/**
 * The elements under `root` (not `root` itself), in document order, not looking inside `<template>`
 * (as querySelectorAll); with `names`, only those whose lower-cased local name is in it.
 */
export function elementsUnder(root: ParentNode, names?: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    const name = el.localName;
    if (!names || names.has(name) || names.has(name.toLowerCase())) out.push(el);
    let next: Element | null = name === 'template' ? null : el.firstElementChild;
    for (let p: Element | null = el; !next && p; ) {
      next = p.nextElementSibling;
      if (next) break;
      const up: Node | null = p.parentNode;
      p = up && up !== root && up.nodeType === 1 ? (up as Element) : null;
    }
    el = next;
  }
  return out;
}

/** The first element under `root` whose lower-cased local name is in `names` (as querySelector('a, b')), or null. */
export function firstUnder(root: ParentNode, names: ReadonlySet<string>): Element | null {
  let el: Element | null = root.firstElementChild;
  while (el) {
    const name = el.localName;
    if (names.has(name) || names.has(name.toLowerCase())) return el;
    let next: Element | null = name === 'template' ? null : el.firstElementChild;
    for (let p: Element | null = el; !next && p; ) {
      next = p.nextElementSibling;
      if (next) break;
      const up: Node | null = p.parentNode;
      p = up && up !== root && up.nodeType === 1 ? (up as Element) : null;
    }
    el = next;
  }
  return null;
}

const sets = new Map<string, ReadonlySet<string>>();
/** The set of tag names of a list written 'a, b' (cached). */
export function tagSet(list: string): ReadonlySet<string> {
  let s = sets.get(list);
  if (!s) sets.set(list, (s = new Set(list.split(',').map((t) => t.trim().toLowerCase()))));
  return s;
}
