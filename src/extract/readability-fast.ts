/**
 * Readability (a library we do not change) asks the DOM a few questions in ways that are costly in
 * linkedom, and some of them on every element of the page. `quickerReadability` gives one reader
 * instance cheaper ways to the SAME answers (each is the original method's result, computed with
 * less work; tests compare them on every call over real pages):
 *  - `_isValidByline`: the cheap tests (rel, itemprop, the class/id pattern) before the text length,
 *    which the original reads first for every element of the page until it has a byline;
 *  - `_isElementWithoutContent`: "no text but white space" found by stopping at the first text that
 *    is not, instead of building the text of the whole subtree;
 *  - `_isProbablyVisible`: an element without a `style` attribute has no display or visibility to
 *    read (linkedom builds a style object for each element asked);
 *  - `_getAllNodesWithTag` (with `tagWalk`): the elements of the given tags found by one walk over
 *    the element tree, for documents whose selector engine compiles every query anew (linkedom's
 *    `querySelectorAll`, which Readability calls about a hundred times a page); browsers keep theirs.
 */

import { elementsUnder } from './dom-walk';

type Reader = {
  _isValidByline?: (node: Element, matchString: string) => boolean;
  _isElementWithoutContent?: (node: Node) => boolean;
  _isProbablyVisible?: (node: Element) => boolean;
  _getAllNodesWithTag?: (node: ParentNode, tagNames: string[]) => ArrayLike<Element>;
  REGEXPS?: { byline?: RegExp };
};

const WS_ONLY = /\S/;

/** Some text (or CDATA) node under `node` holds a character that is not white space (as `textContent.trim() !== ''`). */
export function holdsText(node: Node): boolean {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    const t = c.nodeType;
    if (t === 3 || t === 4) {
      if (WS_ONLY.test((c as CharacterData).data)) return true;
    } else if (t === 1 && c.firstChild && holdsText(c)) return true;
  }
  return false;
}

/** Give `reader` the cheaper ways above. No-op for a method this Readability does not have. */
export function quickerReadability(reader: object, opts: { tagWalk?: boolean } = {}): void {
  const r = reader as Reader;
  const proto = Object.getPrototypeOf(r) as Reader;
  const byline = r.REGEXPS?.byline;
  if (typeof proto._isValidByline === 'function' && byline instanceof RegExp && !byline.global && !byline.sticky) {
    r._isValidByline = function (node, matchString) {
      const rel = node.getAttribute('rel');
      const itemprop = node.getAttribute('itemprop');
      if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || byline.test(matchString))) return false;
      const len = (node.textContent ?? '').trim().length;
      return !!len && len < 100;
    };
  }
  if (typeof proto._isElementWithoutContent === 'function') {
    r._isElementWithoutContent = function (node) {
      if (node.nodeType !== 1 || holdsText(node)) return false;
      const el = node as Element;
      return !el.children.length || el.children.length == el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
    };
  }
  const visible = proto._isProbablyVisible;
  if (typeof visible === 'function') {
    r._isProbablyVisible = function (node) {
      if (node.hasAttribute('style')) return visible.call(this, node);
      return (
        !node.hasAttribute('hidden') &&
        (!node.hasAttribute('aria-hidden') ||
          node.getAttribute('aria-hidden') != 'true' ||
          !!(node.className && node.className.includes && node.className.includes('fallback-image')))
      );
    };
  }
  if (opts.tagWalk && typeof proto._getAllNodesWithTag === 'function') {
    const sets = new Map<string, Set<string>>();
    r._getAllNodesWithTag = function (node, tagNames) {
      const key = tagNames.join(',');
      let names = sets.get(key);
      if (!names) sets.set(key, (names = new Set(tagNames.map((t) => t.toLowerCase()))));
      return elementsUnder(node, names);
    };
  }
}
