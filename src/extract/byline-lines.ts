/**
 * After Readability: the article's own byline and publication-time lines near its top
 * ("Par E.P.", "Von Christian Unger und Laura Wagener", "Publié il y a 2 heures, Mis à jour il y
 * a 8 minutes", "06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten"). They are metadata, read
 * elsewhere (byline, published date); as text they give initials as organisations and "2 hours
 * ago" as dates. Only short lines among the first blocks go. Words from chrome-words.ts.
 */
import { BYLINE_OPENERS, DATELINE_OPENERS, NEWSROOM_BYLINES } from './chrome-words';
import { type Drop, type LeafBlock, removeElement, foldCase, leafBlocks } from './content-blocks';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BYLINE = new RegExp(`^(?:${BYLINE_OPENERS.map(escape).join('|')})\\s*:?\\s+\\p{Lu}`, 'u');
const NEWSROOM = new Set(NEWSROOM_BYLINES);
const DATELINE = new RegExp(`^(?:${DATELINE_OPENERS.map(escape).join('|')})(?![\\p{L}])`, 'u');
/** "09.09.2025, 14:55 Uhr", "06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten", "14/03/2012 à 10h31". */
const NUMERIC_DATELINE = /^\(?\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}\)?(?:,?\s*(?:à\s*)?\d{1,2}[:.h]\d{2}(?:\s*uhr)?)?(?:\s*(?:lesedauer|reading time|leestijd|temps de lecture)\s*:?.*)?$/iu;

/** Lower-case words that may sit between names in a byline. */
const NAME_PARTICLES = new Set(['and', 'en', 'et', 'und', 'van', 'de', 'der', 'den', 'von', 'zu', 'la', 'le', 'du', 'des', 'di', 'da', 'ter', 'te', 'op', 'in', 'het', "d'", 'y', '&', 'del', 'las', 'los']);

/** How many of the first blocks may be byline or dateline furniture. */
export const HEAD_BLOCKS = 8;

/** A byline line: an opener, then names (≤ 12 words, no sentence end). */
export function isBylineLine(text: string): boolean {
  const t = text.trim();
  if (NEWSROOM.has(foldCase(t).replace(/[.:]$/, ''))) return true;
  if (t.length > 120 || /[!?]$/.test(t) || /[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(t)) return false;
  const lower = foldCase(t);
  const words = t.split(/\s+/);
  if (words.length > 12) return false;
  // Names are capitalised: a sentence has lower-case words besides the opener and name particles.
  const lowerWords = words.slice(1).filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.replace(/[,;]$/, '')));
  if (lowerWords.length > 0) return false;
  // The opener in lower case, the name after it as written (capitalised).
  return BYLINE.test(t.replace(/^\S+/, (w) => w.toLowerCase())) || (lower !== t && BYLINE.test(t.replace(/^(written by|geschreven door|écrit par|verfasst von)/i, (w) => w.toLowerCase())));
}

/** A publication-time line. */
export function isDatelineLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 100) return false;
  return DATELINE.test(foldCase(t)) || NUMERIC_DATELINE.test(t);
}

/** Remove byline and dateline lines among the first blocks under `root`. */
export function removeBylineLines(root: Element, drop: Drop = removeElement, leaves: () => LeafBlock[] = () => leafBlocks(root)): number {
  let n = 0;
  for (const b of leaves().filter((x) => x.text).slice(0, HEAD_BLOCKS)) {
    if (isBylineLine(b.text) || isDatelineLine(b.text)) {
      drop(b.el);
      n++;
    }
  }
  return n;
}
