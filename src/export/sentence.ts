const MAX_REACH = 400;

/** Titles and abbreviations that end with a dot inside a sentence (nl, fr, de, en). */
const ABBREVIATIONS = new Set(
  'dr mr mrs ms mme mlle mgr me st prof hr fr frau dhr mw mevr sr jr vs ca nr no gen col lt sgt rev hon ir ing drs bzw vgl bijv etc resp'.split(' '),
);

/** Is the "." at `dot` the end of an abbreviation ("Dr.", "J.") or a number ("3.5")? */
function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let i = dot;
  while (i > 0 && i > dot - 6 && /\p{L}/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot);
  if (i > 0 && /\p{L}|\d/u.test(text[i - 1])) return false;
  if (!word) return false;
  if (word.length === 1 && word === word.toUpperCase()) return true; // initial
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The sentence of `text` around [start, end): back to the previous sentence end (. ! ? … followed
 * by a space) or line break, forward to the next; at most 400 characters each way. Whitespace
 * collapsed. Bounded work per call, whatever the text's length.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  if (!(start >= 0 && end <= text.length && start <= end)) return '';
  let s = start;
  const sMin = Math.max(0, start - MAX_REACH);
  while (s > sMin) {
    const c = text[s - 1];
    if (c === '\n') break;
    if ((c === ' ' || c === '\t' || c === '\u00a0') && s >= 2 && /[.!?…]/.test(text[s - 2]) && !isAbbreviation(text, s - 2)) break;
    s--;
  }
  let e = end;
  const eMax = Math.min(text.length, end + MAX_REACH);
  while (e < eMax) {
    const c = text[e];
    if (c === '\n') break;
    e++;
    if (/[.!?…]/.test(c) && (e === text.length || /\s/.test(text[e])) && !isAbbreviation(text, e - 1)) break;
  }
  const clipped = (s === sMin && sMin > 0 ? '…' : '') + text.slice(s, e).replace(/\s+/g, ' ').trim() + (e === eMax && eMax < text.length ? '…' : '');
  return clipped;
}
