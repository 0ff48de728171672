/**
 * The per-language words of the sentence splitter and the summary (src/nlp/lang/<code>/text-words.ts),
 * by language code, and their union for text in a language without a list.
 */
import { TEXT_WORDS as de } from './de/text-words';
import { TEXT_WORDS as en } from './en/text-words';
import { TEXT_WORDS as es } from './es/text-words';
import { TEXT_WORDS as fr } from './fr/text-words';
import { TEXT_WORDS as nl } from './nl/text-words';

export interface TextWords {
  abbreviations: readonly string[];
  months: readonly string[];
  ordinalBefore: readonly string[];
  sentenceStarters: readonly string[];
  junkStarts: readonly string[];
  junkLines: readonly string[];
  captionMarks: readonly string[];
  whenWords: readonly string[];
  openers: readonly string[];
  firstPerson: readonly string[];
  stopwords: readonly string[];
  negations: readonly string[];
  denials: readonly string[];
  notActorAfter: readonly string[];
  determiners: readonly string[];
  promoStarts: readonly string[];
}

const BY_LANG: Record<string, TextWords> = { de, en, es, fr, nl };

function union(): TextWords {
  const keys = Object.keys(en) as (keyof TextWords)[];
  const out = {} as Record<keyof TextWords, string[]>;
  for (const k of keys) out[k] = [...new Set(Object.values(BY_LANG).flatMap((w) => w[k]))];
  // A number's dot is an ordinal only in a language whose rule says so.
  out.ordinalBefore = [];
  out.sentenceStarters = [];
  return out;
}

let all: TextWords | null = null;

/** The words of `lang` (primary subtag); for any other language, the union of all lists (no ordinal rule). */
export function textWordsFor(lang: string | null | undefined): TextWords {
  const code = String(lang ?? '').toLowerCase().split(/[-_]/)[0];
  return BY_LANG[code] ?? (all ??= union());
}

/** The union of all languages' lists. */
export function allTextWords(): TextWords {
  return (all ??= union());
}
