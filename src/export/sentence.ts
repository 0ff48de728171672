const MAX_REACH = 400;

/** Titles and abbreviations that end with a dot inside a sentence (nl, fr, de, en). */
const ABBREVIATIONS = new Set(
  'dr mr mrs ms mme mlle mgr me st prof hr fr frau dhr mw mevr sr jr vs ca nr no gen col lt sgt rev hon ir ing drs bzw vgl bijv etc resp'.split(' '),
);

const isEnd = (c: number) => c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026; /* … */
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

/** Is the "." at `dot` the end of an abbreviation ("Dr.") or an initial ("J.")? */
function isAbbreviation(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  let i = dot;
  while (i > 0 && i > dot - 6 && isLetter(text[i - 1])) i--;
  if (i === dot || (i > 0 && !isSpace(text.charCodeAt(i - 1)) && text[i - 1] !== '(')) return false;
  const word = text.slice(i, dot);
  if (word.length === 1 && word === word.toUpperCase()) return true; // initial
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The sentence of `text` around [start, end): back to the previous sentence end (. ! ? … followed
 * by a space) or line break, forward to the next; at most 400 characters each way ("…" marks a
 * cut). Whitespace collapsed. Bounded work per call, whatever the text's length.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  if (!(start >= 0 && end <= text.length && start <= end)) return '';
  let s = start;
  const sMin = Math.max(0, start - MAX_REACH);
  while (s > sMin) {
    const c = text.charCodeAt(s - 1);
    if (c === 10) break;
    if ((c === 32 || c === 9 || c === 0xa0) && s >= 2 && isEnd(text.charCodeAt(s - 2)) && !isAbbreviation(text, s - 2)) break;
    s--;
  }
  let e = end;
  const eMax = Math.min(text.length, end + MAX_REACH);
  while (e < eMax) {
    const c = text.charCodeAt(e);
    if (c === 10) break;
    e++;
    if (isEnd(c) && (e === text.length || isSpace(text.charCodeAt(e))) && !isAbbreviation(text, e - 1)) break;
  }
  const body = text.slice(s, e).replace(/\s+/g, ' ').trim();
  return (s === sMin && sMin > 0 ? '…' : '') + body + (e === eMax && eMax < text.length ? '…' : '');
}
