import type { Span } from './types';

/** Abbreviations common to the four languages (lower case, without the final dot). */
const COMMON_ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'nr', 'no', 'vs', 'ca', 'etc', 'jr', 'sr', 'fig', 'art', 'vol', 'p', 'pp', 'inc', 'ltd', 'co', 'corp',
  'mevr', 'dhr', 'bijv', 'mme', 'mlle', 'm', 'z.b', 'u.s', 'u.k', 'e.g', 'i.e', 'bzw', 'usw',
];

const MONTH_START = /^(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)/i;

/**
 * Splits text into sentences: at . ! ? … (and closing quotes/brackets after them) followed by
 * white space and an upper-case letter, digit or opening quote, and at every line break.
 * Not after abbreviations ("mevr.", "Dr.", "z.B.", "U.S."), initials ("J. Smith"), or a German
 * ordinal day before a month ("4. Juni"). Decimals and URLs never contain "dot + space".
 * Spans are trimmed of surrounding white space; empty ones are dropped. Linear time.
 */
export function splitSentences(text: string, abbreviations: Iterable<string> = []): Span[] {
  const abbr = new Set<string>(COMMON_ABBREVIATIONS);
  for (const a of abbreviations) abbr.add(a.toLowerCase());
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Absorb runs of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < n && /[.!?…"'”’»)\]]/.test(text[j])) j++;
    if (j < n && !/[ \t\u00a0]/.test(text[j]) && text[j] !== '\n') continue; // "3.5", "example.com", "U.S."-inner
    // Next non-space character.
    let k = j;
    while (k < n && /[ \t\u00a0]/.test(text[k])) k++;
    if (k < n && text[k] !== '\n' && !/[\p{Lu}\p{N}"'“‘«(\[¿¡]/u.test(text[k])) continue;
    if (c === '.' && j === i + 1) {
      // The word before the dot.
      let b = i;
      while (b > start && /[\p{L}\p{N}.]/u.test(text[b - 1])) b--;
      const word = text.slice(b, i);
      const lw = word.toLowerCase();
      if (abbr.has(lw)) continue;
      if (/^\p{Lu}$/u.test(word)) continue; // initial: "J. Smith"
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) continue; // "U.S", "z.B"
      if (/^\d{1,2}$/.test(word) && MONTH_START.test(text.slice(k, k + 9))) continue; // "4. Juni"
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
  return out;
}
