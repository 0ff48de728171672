/**
 * Inflected name forms → one key, language-neutral: the words (leading articles/prepositions,
 * modifier endings, head-noun endings) come as data per language (data/entities/known.json,
 * `inflection`), never from this module. "im Vereinigten Königreich", "des Vereinigten
 * Königreichs" and "Vereinigtes Königreich" give the same key with the German data.
 * Pure and synchronous.
 */
import { nameKey } from './fold';

export interface InflectionRules {
  /** Words dropped at the start of a name (folded: "im", "der"), while a word stays. */
  leading?: string[];
  /** Endings taken off every word but the last (adjectives before the noun), longest first. */
  modifierEndings?: string[];
  /** Endings taken off the last word (genitive), longest first. */
  headEndings?: string[];
  /** A word keeps at least this many letters once an ending is off. Default 4. */
  minStem?: number;
}

function strip(word: string, endings: readonly string[], minStem: number): string {
  for (const e of endings) if (e && word.endsWith(e) && word.length - e.length >= minStem) return word.slice(0, -e.length);
  return word;
}

/** Prepared rules: folded word sets and endings sorted longest first. */
export interface CompiledInflection {
  leading: Set<string>;
  modifierEndings: string[];
  headEndings: string[];
  minStem: number;
}

export function compileInflection(r: InflectionRules): CompiledInflection {
  const ends = (l: string[] | undefined) => [...new Set((l ?? []).map(nameKey).filter(Boolean))].sort((a, b) => b.length - a.length);
  return {
    leading: new Set((r.leading ?? []).map(nameKey).filter(Boolean)),
    modifierEndings: ends(r.modifierEndings),
    headEndings: ends(r.headEndings),
    minStem: r.minStem ?? 4,
  };
}

/**
 * The name's key with the language's inflection undone: folded words (nameKey), leading words of
 * `leading` dropped, the longest modifier ending off every word but the last and the longest head
 * ending off the last (each only when `minStem` letters stay). "" for an empty name.
 */
export function inflectionKey(name: string, rules: CompiledInflection): string {
  const words = nameKey(name).split(' ').filter(Boolean);
  while (words.length > 1 && rules.leading.has(words[0])) words.shift();
  if (!words.length) return '';
  const last = words.length - 1;
  return words
    .map((w, i) => (/\d/.test(w) ? w : strip(w, i === last ? rules.headEndings : rules.modifierEndings, rules.minStem)))
    .join(' ');
}
