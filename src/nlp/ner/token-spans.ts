/**
 * Small tools over annotated tokens that the language packs' rules (src/nlp/lang/<code>/refine.ts)
 * share: the lexicon key of a token range, same-sentence tests, word lists.
 */
import type { Tok } from './recognise';

/** The lexicon key of tokens [t0, t1): their keys joined by single spaces, as gazetteer names are keyed. */
export function spanKey(toks: readonly Tok[], t0: number, t1: number): string {
  let k = toks[t0].key;
  for (let q = t0 + 1; q < t1; q++) k += ' ' + toks[q].key;
  return k;
}

/** True when token `j` exists and lies in the sentence of token `i`. */
export function sameSentence(toks: readonly Tok[], i: number, j: number): boolean {
  return j >= 0 && j < toks.length && toks[j].sent === toks[i].sent;
}

/** The words of a white-space separated list, as a set. */
export function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** The words the text writes in lower case somewhere (a capitalised sentence start among them is no name). */
export function lowerCaseWords(toks: readonly Tok[]): Set<string> {
  const seen = new Set<string>();
  for (const t of toks) if (t.isWord && !t.cap) seen.add(t.lower);
  return seen;
}

/** For each of `n` tokens, the index in `spans` of the span that holds it (the last one listed), or -1. */
export function spanOwners(n: number, spans: readonly { t0: number; t1: number }[]): Int32Array {
  const owner = new Int32Array(n).fill(-1);
  spans.forEach((s, i) => {
    for (let k = s.t0; k < s.t1; k++) owner[k] = i;
  });
  return owner;
}
