/**
 * HTML string → DOM Document in Node, with linkedom (fast; no layout). Used by the CLI,
 * the benchmarks and the tests; the extension uses the browser's own document instead.
 *
 * linkedom knows nothing of the page's address, so `documentURI`/`URL`/`baseURI` are set here
 * (`<base href>` resolved against `url`), and fragments without `<html>`/`<body>` are wrapped
 * so that `document.body` always exists.
 */
import { parseHTML } from 'linkedom';
import { useLinkedList } from '../extract/dom-walk';

/** linkedom's own list symbols (`next`, `end`), read once off a parsed document for the element walk (dom-walk.ts). */
let listKnown = false;
function registerList(doc: Document): void {
  listKnown = true;
  const syms = Object.getOwnPropertySymbols(doc);
  const next = syms.find((s) => s.description === 'next');
  const end = syms.find((s) => s.description === 'end');
  useLinkedList(next && end ? { next, end } : null);
}

export function loadHtml(html: string, url: string): Document {
  let src = typeof html === 'string' ? html : String(html ?? '');
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  src = lowerCaseAttributeNames(src);
  let doc = parseHTML(src).document as unknown as Document;
  if (!doc.documentElement || doc.documentElement.localName !== 'html' || !doc.body || !doc.head) {
    const body = src.replace(/<!doctype[^>]*>/gi, '').replace(/<\/?(?:html|head|body)\b[^>]*>/gi, '');
    doc = parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`).document as unknown as Document;
  }
  if (!listKnown) registerList(doc);
  mergeBodies(doc);
  setDocumentUrl(doc, url);
  return doc;
}

/** A start tag, its attribute values quoted or not; a name in it (not a value after `=`). */
const START_TAG = /<[a-zA-Z][\w:-]*(?:\s+[^\s"'<>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const ATTRIBUTE_NAME = /(?<!=\s*)(\s)([^\s"'<>\/=]+)/g;
const QUOTED = /("[^"]*"|'[^']*')/;

/**
 * Browsers lower-case the attribute names of HTML elements as they parse (`dateTime` is read
 * as `datetime`, `itemProp` as `itemprop`, `CLASS` as `class`); linkedom keeps them as written,
 * so the CLI missed `[itemprop]`, `time[datetime]` and `.x` where the extension finds them.
 * linkedom's selectors cannot find the mixed-case names either, so the source's start tags are
 * rewritten before parsing (values untouched; only when a tag has such a name).
 */
export function lowerCaseAttributeNames(src: string): string {
  return src.replace(START_TAG, (tag) => {
    const name = /^<[a-zA-Z][\w:-]*/.exec(tag)![0];
    const rest = tag.slice(name.length);
    if (!/[A-Z]/.test(rest)) return tag;
    const lowered = rest
      .split(QUOTED)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(ATTRIBUTE_NAME, (_m, sp: string, n: string) => sp + n.toLowerCase())))
      .join('');
    return name + lowered;
  });
}

/**
 * linkedom opens a second `<body>` when a script or stray tag sits between `</head>` and the
 * page's `<body>` (Blogger templates), and leaves content after an early `</body>` beside it;
 * browsers put all of it in the one body. So do we.
 */
function mergeBodies(doc: Document): void {
  const html = doc.documentElement;
  const first = doc.body;
  if (!html || !first) return;
  let after = false;
  for (const c of Array.from(html.childNodes)) {
    if (c === first) {
      after = true;
      continue;
    }
    if (!after) continue;
    if (c.nodeType === 1 && (c as Element).localName === 'body') {
      const b = c as Element;
      for (const a of Array.from(b.attributes)) if (!first.hasAttribute(a.name)) first.setAttribute(a.name, a.value);
      while (b.firstChild) first.appendChild(b.firstChild);
      b.remove();
    } else if (c.nodeType === 1 || c.nodeType === 3) {
      first.appendChild(c);
    }
  }
}

/** Give a linkedom document its address (documentURI, URL, baseURI honouring `<base href>`). */
export function setDocumentUrl(doc: Document, url: string): void {
  let base = url;
  const b = doc.querySelector('base[href]')?.getAttribute('href');
  if (b) {
    try {
      base = new URL(b, url).href;
    } catch {
      /* broken <base>: keep the page URL */
    }
  }
  for (const [k, v] of [['documentURI', url], ['URL', url], ['baseURI', base]] as const) {
    try {
      Object.defineProperty(doc, k, { value: v, configurable: true });
    } catch {
      /* read-only in some DOMs: harmless */
    }
  }
}
