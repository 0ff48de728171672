/**
 * The summary's word scanner: a word starts with a letter or digit and goes on with letters,
 * combining marks, digits, apostrophes (' ’) and hyphens — exactly the runs the pattern
 * /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*\/gu finds, without running a Unicode-property regex over
 * every sentence (the summary reads each sentence twice; that regex was its largest cost).
 *
 * Characters below U+0250 (ASCII, Latin-1, Latin Extended-A/B: nearly all of nl/fr/de/en text)
 * are classified by a table built once from the same Unicode properties; any other code point
 * asks the property regexes once and is remembered.
 */

const LETTER = 1;
const DIGIT = 2;
const MARK = 4;
const JOINER = 8; // ' ’ -

const TABLE_SIZE = 0x250;
const RE_L = /^\p{L}$/u;
const RE_N = /^\p{N}$/u;
const RE_M = /^\p{M}$/u;

function classify(cp: number): number {
  if (cp === 0x27 || cp === 0x2019 || cp === 0x2d) return JOINER;
  const ch = String.fromCodePoint(cp);
  return (RE_L.test(ch) ? LETTER : 0) | (RE_N.test(ch) ? DIGIT : 0) | (RE_M.test(ch) ? MARK : 0);
}

const table = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) table[c] = classify(c);
const wide = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < TABLE_SIZE) return table[cp];
  let k = wide.get(cp);
  if (k === undefined) {
    k = classify(cp);
    // Bounded: a hostile page cannot grow the cache past the number of code points anyway,
    // but keep it small for long-lived popups.
    if (wide.size < 4096) wide.set(cp, k);
  }
  return k;
}

const START = LETTER | DIGIT;
const GOES_ON = LETTER | DIGIT | MARK | JOINER;

/**
 * Calls `onWord(start, end)` for each word of `s` in order (offsets into `s`, end exclusive).
 * `onWord` returns false to stop early.
 */
export function scanWords(s: string, onWord: (start: number, end: number) => boolean | void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = s.codePointAt(i)!;
    let len = cp > 0xffff ? 2 : 1;
    if (!(classOf(cp) & START)) {
      i += len;
      continue;
    }
    const start = i;
    i += len;
    while (i < n) {
      cp = s.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) cp = s.codePointAt(i)!;
      len = cp > 0xffff ? 2 : 1;
      if (!(classOf(cp) & GOES_ON)) break;
      i += len;
    }
    if (onWord(start, i) === false) return;
  }
}
