/** Case- and diacritic-insensitive form of a string, for search and for merging names. */
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const SPECIAL_RE = /[ßæœøłđðþı]/g;
const MARKS_RE = /\p{M}+/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

export function fold(s: string): string {
  // ASCII fast path: most of the text.
  let out = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(out)) {
    out = out.normalize('NFKD').replace(MARKS_RE, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
  }
  return out;
}

/** Folded words joined by single spaces, with a leading and trailing space (" nationaal crisiscentrum "). */
export function foldWords(s: string): string {
  const f = fold(s).replace(NON_WORD_RE, ' ').trim();
  return f ? ` ${f} ` : ' ';
}

/** Folded name used as an entity key part: words joined by one space. */
export function nameKey(s: string): string {
  return fold(s).replace(NON_WORD_RE, ' ').trim();
}
