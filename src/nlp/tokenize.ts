import type { Span } from './types';

export interface Token extends Span {
  text: string;
}

/**
 * Tokens with offsets. Words keep inner hyphens, apostrophes and dots of
 * abbreviations/acronyms together ("Noordrijn-Westfalen", "l'Union" → "l'", "Union",
 * "N.V.", "U.S."), letters with trailing digits ("G7", "D66"); numbers keep separators ("1.000", "3,5"); every other
 * non-space character is its own token.
 */
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}]+\p{N}*(?:[-‐][\p{L}\p{M}\p{N}]+)*(?:['’]s\b|['’](?=\p{L}))?|[^\s]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice))) {
    out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}
