import { allTextWords, textWordsFor } from './lang/text-words';
import type { Span } from './types';

interface SplitRules {
  abbr: Set<string>;
  month: RegExp;
  ordinalBefore: Set<string>;
  starters: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rulesCache = new Map<string, SplitRules>();

/** The splitter's word lists: every language's abbreviations and months (pages mix them), the ordinal rule of `lang` only. */
function rulesFor(lang: string): SplitRules {
  let r = rulesCache.get(lang);
  if (!r) {
    const all = allTextWords();
    const own = textWordsFor(lang);
    const months = [...all.months].sort((a, b) => b.length - a.length).map(escape);
    r = {
      abbr: new Set(all.abbreviations),
      month: new RegExp(`^(?:${months.join('|')})`, 'iu'),
      ordinalBefore: new Set(own.ordinalBefore),
      starters: new Set(own.sentenceStarters),
    };
    rulesCache.set(lang, r);
  }
  return r;
}

/**
 * Splits text into sentences: at . ! ? … (and closing quotes/brackets after them) followed by
 * white space and an upper-case letter, digit or opening quote, and at every line break.
 * Not after abbreviations ("mevr.", "Dr.", "z.B.", "U.S."), initials ("J. Smith"), a day before
 * a month ("4. Juni"), or — in a language with an ordinal rule (German, Dutch; see
 * lang/<code>/text-words.ts) — an ordinal after a determiner ("seinen 14. Titel", "op de 3. Verdieping"),
 * unless a sentence-opening word follows ("… wurde der 83. Er …" still splits).
 * Decimals and URLs never contain "dot + space". Spans are trimmed of surrounding white space;
 * empty ones are dropped. Linear time.
 */
export function splitSentences(text: string, abbreviations: Iterable<string> = [], lang = ''): Span[] {
  const rules = rulesFor(lang);
  let abbr = rules.abbr;
  const extra = [...abbreviations];
  if (extra.length) {
    abbr = new Set(abbr);
    for (const a of extra) abbr.add(a.toLowerCase());
  }
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
      if (/^\d{1,2}$/.test(word) && rules.month.test(text.slice(k, k + 9))) continue; // "4. Juni"
      if (rules.ordinalBefore.size && /^\d{1,3}$/.test(word) && text[k] !== '\n' && isOrdinal(text, b, k, rules)) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
  return out;
}

/** "seinen 14. Titel": the word before the number is a determiner and the word after it does not open a sentence. */
function isOrdinal(text: string, numberStart: number, next: number, rules: SplitRules): boolean {
  let e = numberStart;
  while (e > 0 && /[ \t\u00a0]/.test(text[e - 1])) e--;
  if (e === numberStart) return false;
  let b = e;
  while (b > 0 && /[\p{L}]/u.test(text[b - 1])) b--;
  if (!rules.ordinalBefore.has(text.slice(b, e).toLowerCase())) return false;
  let f = next;
  while (f < text.length && /[\p{L}]/u.test(text[f])) f++;
  const after = text.slice(next, f).toLowerCase();
  return !!after && !rules.starters.has(after);
}
