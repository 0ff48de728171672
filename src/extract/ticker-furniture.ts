/**
 * After Readability: the furniture of live tickers and media boxes. Each entry of a live blog
 * opens with a clock time and the reporter's name or a label ("21:00 Antony Clements-Thrower",
 * "20:42 KEY EVENT"); media boxes leave "autoplay", "weitere Videos". The entries' headlines
 * and text stay ("15.32 Uhr: Weiterhin tödliche Angriffe …" is a headline, not furniture).
 * Labels per language come from chrome-words.ts.
 */
import { TICKER_LABELS } from './chrome-words';
import { type Drop, type LeafBlock, removeElement, collapsedText, foldCase, leafBlocks } from './content-blocks';
import { firstUnder, tagSet } from './dom-walk';

const LABELS = new Set(TICKER_LABELS.map((l) => foldCase(l)));

/** A line that is only a ticker/media label. */
export function isTickerLabel(text: string): boolean {
  return LABELS.has(foldCase(text.trim()).replace(/[:.!|•·\s]+$/g, ''));
}

/** An entry header: a <time> (or a leading clock time) followed by at most a short name or label. */
export function isEntryHeader(el: Element, text: string): boolean {
  if (text.length > 60 || /[.!?]$/.test(text)) return false;
  const time = firstUnder(el, tagSet('time'));
  let rest: string;
  if (time) rest = text.replace(collapsedText(time), '').trim();
  else {
    const m = /^(\d{1,2}[:.h]\d{2})(?:\s*(?:uhr|h))?(?=\p{Lu})/iu.exec(text);
    if (!m) return false;
    rest = text.slice(m[0].length).trim();
  }
  // A bare clock time is furniture; a date line (with a year) is the article's own.
  if (!rest) return !!time && !/\d{4}/.test(text);
  if (isTickerLabel(rest)) return true;
  // A name: two to four capitalised words, nothing after (no colon: "15.32 Uhr: Angriffe …" is a headline).
  return /^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+$/u.test(rest);
}

/** Remove ticker furniture under `root`; returns the number of blocks removed. */
export function removeTickerFurniture(root: Element, drop: Drop = removeElement, leaves: () => LeafBlock[] = () => leafBlocks(root)): number {
  let n = 0;
  for (const b of leaves()) {
    if (!b.text) continue;
    if (isTickerLabel(b.text) || isEntryHeader(b.el, b.text)) {
      drop(b.el);
      n++;
    }
  }
  return n;
}
