/**
 * After Readability: photo and video credits. A caption of the article's own photo is article
 * text; its credit is not ("Foto: ANP", "© dpa | Jens Kalaene", "(AFP / JORGE GUERRERO)",
 * "Ohad Zwigenberg / Pool via Reuters", "Getty Images", "Bild: IMAGO"): the photographer is
 * not in the story and the agency is not an actor. Removed are
 *  - elements inside a caption or figure whose class names a credit (credit, copyright, author…),
 *  - lines that are only a credit,
 *  - a credit at the end of a caption line ("… Johannisthal. © dpa | Jens Kalaene").
 * Opening words and agency names come from chrome-words.ts.
 */
import { CREDIT_OPENERS, PICTURE_AGENCIES } from './chrome-words';
import { type Drop, type LeafBlock, removeElement, collapsedText, foldCase, leafBlocks } from './content-blocks';
import { elementsWhere, firstUnder, tagSet } from './dom-walk';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AGENCIES = new Set(PICTURE_AGENCIES);
const OPENERS = CREDIT_OPENERS.map(escape).join('|');
/** "Foto: X", "Quelle: AFP", "Image:" , "© X", "(c) X", "Copyright X". */
const CREDIT_START = new RegExp(`^[(\\[]?\\s*(?:(?:${OPENERS})\\s*:|©|\\(c\\)\\s|copyright\\b)`, 'iu');
/** A credit closing a caption: "(Photo: …)", "(AFP / X)", "© dpa | X", "Foto: X" after a sentence. */
const TRAILING_PAREN = /\s*[(\[]([^()[\]]{2,120})[)\]]\s*$/u;
const TRAILING_COPY = /\s*(?:©|\(c\)\s)[^©]{1,80}$/iu;
const TRAILING_OPENER = new RegExp(`(?<=[.!?…"”»])\\s+(?:${OPENERS})\\s*:\\s*[^.!?]{1,80}$`, 'iu');

const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|credits|copyright|photographer|photocredit|author|attribution|source|urheber|bildnachweis|fotograaf|auteur)(?:$|[\s_-])/i;

/** Pieces of a credit: "Ohad Zwigenberg / Pool via Reuters" → ["ohad zwigenberg","pool","reuters"]. */
function creditPieces(t: string): string[] {
  return foldCase(t)
    .replace(/^[(\[]|[)\]]$/g, '')
    .split(/\s*(?:\/|\||,|;|\bvia\b|\bfor\b|\bpour\b|\bfür\b|\bvoor\b)\s*/u)
    .map((p) => p.replace(/[.\s]+$/g, '').trim())
    .filter(Boolean);
}

/** Is the whole text one photo credit, and nothing else? */
export function isCreditLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 200) return false;
  if (CREDIT_START.test(t)) return true;
  if (t.length > 80) return false;
  const pieces = creditPieces(t);
  if (!pieces.length || !pieces.some((p) => AGENCIES.has(p) || AGENCIES.has(p.replace(/\s+(?:photo|photos|images|foto)$/, '')))) return false;
  // Every other piece must look like a name (≤ 4 words, no sentence).
  return pieces.every((p) => AGENCIES.has(p) || (p.split(/\s+/).length <= 4 && !/[.!?:]\s/.test(p)));
}

/** Length of a credit at the end of `text` (0 if none). */
export function trailingCreditLength(full: string): number {
  // A credit is short: only the end of the text is looked at.
  const text = full.length > 200 ? full.slice(-200) : full;
  const cut = trailingIn(text);
  return cut > 0 && cut < text.length ? cut : full === text ? cut : 0;
}

function trailingIn(text: string): number {
  // Cheap test first: every credit ending holds one of these.
  if (!/[)\]©:]|\(c\)/i.test(text.slice(-125))) return 0;
  const m = TRAILING_PAREN.exec(text);
  if (m && isCreditLine(m[1]!.trim()) && m.index > 0) return text.length - m.index;
  const c = TRAILING_COPY.exec(text);
  if (c && c.index > 0) return text.length - c.index;
  const o = TRAILING_OPENER.exec(text);
  if (o && o.index > 0) return text.length - o.index;
  return 0;
}

/** Cut the last `n` characters of `el`'s collapsed text (white-space runs count as one) out of its text nodes. */
function trimEnd(el: Element, n: number) {
  const texts: Text[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) texts.push(c as Text);
      else if (c.nodeType === 1) walk(c);
    }
  };
  walk(el);
  // Position in the collapsed, trimmed text → (text node, offset), as collapsedText() reads it.
  const where: Array<[number, number]> = [];
  let pendingSpace: [number, number] | null = null;
  texts.forEach((t, ti) => {
    const v = t.nodeValue ?? '';
    for (let k = 0; k < v.length; k++) {
      if (/\s/.test(v[k]!)) {
        if (where.length && !pendingSpace) pendingSpace = [ti, k];
      } else {
        if (pendingSpace) where.push(pendingSpace);
        pendingSpace = null;
        where.push([ti, k]);
      }
    }
  });
  const cut = where.length - n;
  if (cut < 0 || cut >= where.length) return;
  const [ti, k] = where[cut]!;
  texts[ti]!.nodeValue = (texts[ti]!.nodeValue ?? '').slice(0, k);
  for (let x = ti + 1; x < texts.length; x++) texts[x]!.nodeValue = '';
}

function inCaption(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) {
    const n = a.localName;
    if (n === 'figcaption' || n === 'figure') return true;
    const c = a.getAttributeNode('class')?.value;
    if (c && /caption|legend/i.test(c)) return true;
  }
  return false;
}

/** Attribute that marks a credit element before Readability, for removal after it. */
export const CREDIT_MARK = 'data-crisislens-credit';

/**
 * Before Readability (which drops class names): mark the elements inside a caption or figure
 * whose class names a credit. Marked, not removed, so that Readability weighs the page as the
 * reader sees it (removing them can make it drop a whole figure with its caption). Returns how
 * many were marked.
 */
export function markCreditElements(root: ParentNode): number {
  let n = 0;
  for (const el of elementsWhere(root, (e) => e.hasAttribute('class'))) if (isCreditClassed(el) && markCreditElement(el)) n++;
  return n;
}

/** Does the element's class name a credit? (The attribute as written: no token list is built.) */
export function isCreditClassed(el: Element): boolean {
  const cls = el.getAttributeNode('class')?.value;
  return !!cls && CREDIT_CLASS.test(cls);
}

/** Mark `el` (whose class names a credit) when it sits in a caption or figure and holds no paragraph. */
export function markCreditElement(el: Element): boolean {
  // Class first (cheap, by the caller), then the caption or figure around it (an ancestor walk, for the few hits).
  if (!inCaption(el) || firstUnder(el, tagSet('p'))) return false;
  el.setAttribute(CREDIT_MARK, '');
  return true;
}

/** Remove credit lines and caption-closing credits under `root`; returns how many were removed or cut. */
export function removePhotoCredits(root: Element, drop: Drop = removeElement, leaves: () => LeafBlock[] = () => leafBlocks(root)): number {
  let n = 0;
  for (const el of elementsWhere(root, (e) => e.hasAttribute(CREDIT_MARK))) {
    drop(el);
    n++;
  }
  let lines = 0;
  for (const b of leaves()) {
    if (b.text && isCreditLine(b.text)) {
      drop(b.el);
      lines++;
    }
  }
  const marked = n;
  n += lines;
  // Removing a credit line can turn its caption into a leaf: then judge the leaves again.
  // Marked credits taken out of a caption changed its text: read it again.
  for (const b of lines > 0 ? leafBlocks(root) : leaves()) {
    const text = marked > 0 ? collapsedText(b.el) : b.text;
    if (!text) continue;
    const cut = trailingCreditLength(text);
    if (cut > 0) {
      trimEnd(b.el, cut);
      n++;
    }
  }
  return n;
}
