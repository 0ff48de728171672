/**
 * Readability's conditional cleaning drops a block whose links weigh more than a fifth of its text
 * ("Low weight and a little linky"). News sites link names inside their sentences ("hinter Autokratien
 * wie <a>Russland</a>, <a>Belarus</a> oder <a>Saudi-Arabien</a>.", "Under Article 4 <a>member countries
 * can bring any issue … to the North Atlantic Council</a>, Nato's main … body."), so a paragraph of the
 * article went with its wrapper. `keepLinkedProse` makes the conditional cleaning spare one paragraph of
 * running text with links inside its sentences; link lists, teasers that are one link, headed boxes,
 * figures and forms are still judged by Readability (and by the cleanup steps after it).
 */

import { consentWordCount } from './consent-text';
import { firstUnder } from './dom-walk';
import { collapse } from './metadata';

/** Elements whose presence says "not one paragraph of running text". */
const NOT_PROSE = new Set(['li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img', 'picture', 'video', 'audio', 'iframe', 'figure', 'form', 'input', 'button', 'select', 'textarea', 'table', 'nav', 'aside', 'header', 'footer']);

/** Some element under `el` is one of NOT_PROSE (one walk with early exit; the same answer as a `querySelector` of the list). */
const holdsNonProse = (el: Element) => !!firstUnder(el, NOT_PROSE);


/** The first non-blank text node of `el` (document order), or null. */
function firstText(el: Element): Text | null {
  const walk = (n: Node): Text | null => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if ((c.nodeValue ?? '').trim()) return c as Text;
      } else if (c.nodeType === 1) {
        const t = walk(c);
        if (t) return t;
      }
    }
    return null;
  };
  return walk(el);
}

/**
 * `el` holds one paragraph of running text with links inside its sentences: at least 100 characters
 * and 12 words, ending a sentence, at most one <p>, none of NOT_PROSE, not opening with a link, at
 * least 30 characters outside links, no more than one link per 5 words, and no consent word (a
 * newsletter's "you agree to our Terms and Privacy Policy" is no article text).
 */
export function isLinkedProse(el: Element): boolean {
  if (holdsNonProse(el)) return false;
  if (el.getElementsByTagName('p').length > 1) return false;
  const text = collapse(el.textContent ?? '');
  if (text.length < 100) return false;
  const words = text.split(' ').length;
  if (words < 12) return false;
  if (!/[.!?…]["»“”')]*$/u.test(text)) return false;
  const first = firstText(el);
  if (!first || first.parentElement?.closest('a')) return false;
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length * 5 > words) return false;
  const linked = links.reduce((n, a) => n + collapse(a.textContent ?? '').length, 0);
  return text.length - linked >= 30 && consentWordCount(text, 1) === 0;
}

interface CleaningReader {
  _cleanConditionally?: (e: Element, tag: string) => void;
  _removeNodes?: (nodes: ArrayLike<Element>, filter?: (this: unknown, node: Element, i: number, list: ArrayLike<Element>) => boolean) => void;
}

/** Make `reader`'s conditional cleaning keep linked prose (see the module comment). No-op if Readability's internals differ. */
export function keepLinkedProse(reader: object): void {
  const r = reader as CleaningReader;
  const clean = r._cleanConditionally;
  const remove = r._removeNodes;
  if (typeof clean !== 'function' || typeof remove !== 'function') return;
  r._cleanConditionally = function (this: CleaningReader, e: Element, tag: string) {
    this._removeNodes = function (this: unknown, nodes, filter) {
      const spare = filter && function (this: unknown, node: Element, i: number, list: ArrayLike<Element>) {
        // Readability's filter is pure and cheaper than the prose test on the nodes it keeps: ask it first.
        return filter.call(this, node, i, list) && !isLinkedProse(node);
      };
      return remove.call(this, nodes, spare);
    };
    try {
      clean.call(this, e, tag);
    } finally {
      this._removeNodes = remove;
    }
  };
}
