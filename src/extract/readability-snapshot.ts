/**
 * Readability's article search starts by serialising the whole body (`var pageCacheHtml =
 * page.innerHTML`), kept only to put the page back when its first pass finds under 500
 * characters and it tries again with fewer flags (13 of the 124 bench pages). In linkedom that
 * serialisation is a string build over every node of the page, on every page: about as costly
 * as a tenth of Readability itself.
 *
 * When the caller can rebuild the page exactly as Readability saw it at that moment (a fresh
 * parse of the same HTML, prepared the same way, taken through Readability's own steps up to the
 * article search), the body is given a one-shot `innerHTML` that hands Readability a token
 * instead of the serialisation, and turns the token back into the page's HTML, built from the
 * rebuilt copy, only if Readability asks to restore the page. Readability's answer is the same:
 * the restore sets exactly the HTML the body would have serialised to.
 */
import type { Readability } from '@mozilla/readability';

type InnerHtml = { get: (this: Element) => string; set: (this: Element, v: string) => void };

function innerHtmlAccessor(el: Element): InnerHtml | null {
  for (let p = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, 'innerHTML');
    if (d) return d.get && d.set ? (d as InnerHtml) : null;
  }
  return null;
}

let serial = 0;

/**
 * Make the first read of `body.innerHTML` cheap (a token); setting the token back restores the
 * HTML `rebuild()` gives (called at most once, and only then). Returns the function that takes the
 * override away (call it when Readability is done). No-op when the DOM has no such accessor.
 */
export function deferBodySnapshot(body: Element, rebuild: () => string): () => void {
  const acc = innerHtmlAccessor(body);
  if (!acc || Object.prototype.hasOwnProperty.call(body, 'innerHTML')) return () => {};
  const token = `\u0000crisislens-body-snapshot-${++serial}\u0000`;
  let handedOut = false;
  let html: string | null = null;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    enumerable: false,
    get(this: Element) {
      if (handedOut) return acc.get.call(this);
      handedOut = true;
      return token;
    },
    set(this: Element, v: string) {
      if (v === token) {
        html ??= rebuild();
        acc.set.call(this, html);
      } else acc.set.call(this, v);
    },
  });
  return () => {
    delete (body as unknown as Record<string, unknown>).innerHTML;
  };
}

const STOP = Symbol('stop before the article search');

/**
 * The HTML of `reader`'s document body as Readability's article search first sees it: the
 * reader's own `parse()` is run up to that search (unwrapping noscript images, removing scripts,
 * preparing the document, reading the metadata) and stopped there. `reader` is used up.
 */
export function bodyBeforeSearch(reader: Readability<unknown>, doc: Document): string {
  const r = reader as unknown as { _grabArticle: (page?: Element | null) => unknown; parse: () => unknown };
  let html: string | null = null;
  r._grabArticle = function () {
    html = doc.body?.innerHTML ?? '';
    throw STOP;
  };
  try {
    r.parse();
  } catch (e) {
    if (e !== STOP) throw e;
  }
  if (html === null) throw new Error('Readability did not reach its article search');
  return html;
}
