/**
 * The leaf blocks of an extracted article element (paragraphs, headings, list items, divs
 * with no block inside), with their collapsed text: what the cleanup steps after Readability
 * (teaser-lines, photo-credits, ticker-furniture, consent-text) judge one by one.
 */
import { elementsUnder } from './dom-walk';

const BLOCKS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'dd', 'dt', 'section', 'article',
  'header', 'footer', 'aside', 'figure', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'pre', 'address', 'details', 'summary', 'caption',
]);

export interface LeafBlock {
  el: Element;
  /** White space collapsed, trimmed. */
  text: string;
}

export function collapsedText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const LEAF_CANDIDATES = new Set(['p', 'div', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'dd', 'dt', 'section', 'header', 'footer', 'aside', 'address', 'summary']);

/**
 * Leaf blocks under `root` in document order (table cells excluded: tables are judged whole).
 * One pass: every block marks its ancestors as "has a block inside" (each ancestor once).
 */
export function leafBlocks(root: Element): LeafBlock[] {
  const all = elementsUnder(root);
  const hasBlock = new Set<Element>();
  const inTable = new Set<Element>();
  for (const el of all) {
    const name = el.localName;
    if (name === 'table') inTable.add(el);
    if (!BLOCKS.has(name)) continue;
    for (let a = el.parentElement; a && a !== root && !hasBlock.has(a); a = a.parentElement) hasBlock.add(a);
  }
  const out: LeafBlock[] = [];
  for (const el of all) {
    if (!LEAF_CANDIDATES.has(el.localName) || hasBlock.has(el)) continue;
    if (inTable.size && el.closest('table')) continue;
    out.push({ el, text: collapsedText(el) });
  }
  return out;
}

/** Lower case, diacritics kept, typographic quotes and dashes as plain ones. */
export function foldCase(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/[–—]/g, '-');
}

/** How a cleanup step takes an element out (the caller may keep its links first). */
export type Drop = (el: Element) => void;
export const removeElement: Drop = (el) => el.remove();
