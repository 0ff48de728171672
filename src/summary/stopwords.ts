/**
 * Function words per language (lists in src/nlp/lang/<code>/text-words.ts), ignored when comparing
 * sentences. For an unknown language, the union of all lists.
 */
import { textWordsFor } from '../nlp/lang/text-words';

const cache = new Map<string, Set<string>>();

/** The stopword set of a language; for an unknown language, the union of all lists. */
export function stopwordsFor(lang: string): Set<string> {
  const words = textWordsFor(lang);
  const key = words === textWordsFor('') ? '*' : lang;
  let set = cache.get(key);
  if (!set) {
    set = new Set(words.stopwords);
    cache.set(key, set);
  }
  return set;
}
