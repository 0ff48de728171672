/**
 * The leaf blocks of an extracted article element (paragraphs, headings, list items, divs
 * with no block inside), with their collapsed text: what the cleanup steps after Readability
 * (teaser-lines, photo-credits, ticker-furniture, consent-text) judge one by one.
 */

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

function hasBlockChild(el: Element): boolean {
  for (const c of el.querySelectorAll('*')) if (BLOCKS.has(c.localName)) return true;
  return false;
}

/** Leaf blocks under `root` in document order (table cells excluded: tables are judged whole). */
export function leafBlocks(root: Element): LeafBlock[] {
  const out: LeafBlock[] = [];
  for (const el of root.querySelectorAll('p, div, li, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, section, header, footer, aside, address, summary')) {
    if (el.closest('table')) continue;
    if (hasBlockChild(el)) continue;
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
