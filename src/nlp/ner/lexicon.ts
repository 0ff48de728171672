import countriesEn from 'i18n-iso-countries/langs/en.json';
import { countryNames } from '../gazetteers/countries';
import { ORG_NAMES } from '../gazetteers/organisations';
import { INTERNATIONAL_COMPANY_ABBREVIATIONS, INTERNATIONAL_ORG_WORDS } from '../lang/international';
import { PLACE_NAMES } from '../gazetteers/places';
import { tokenize } from '../tokenize';
import type { LangPack } from './pack';

export type GazType = 'ORG' | 'LOC';

/** Lower-case, without diacritics, hyphens/apostrophes as spaces: the key names are looked up by. */

/** Memo of normKey for non-trivial keys: the same words recur across a text and across texts. Bounded. */
const KEY_MEMO = new Map<string, string>();
const KEY_MEMO_MAX = 50_000;

/** True when normKeyLower(s, l) is `l` itself by its fast path (ASCII letters and digits, or one ASCII character). */
export function isPlainKey(l: string): boolean {
  if (l.length < 2) return l < '\u0080';
  // /^[a-z0-9]*$/.test(l), by code unit (this runs for every token and every gazetteer probe).
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c > 122 || (c < 97 && (c < 48 || c > 57))) return false;
  }
  return true;
}

export function normKey(s: string): string {
  return normKeyLower(s, s.toLowerCase());
}

/** normKey(s) when the caller already has `lower` = s.toLowerCase(). */
export function normKeyLower(s: string, l: string): string {
  if (isPlainKey(l)) return l; // fast path: most words and punctuation
  let k = KEY_MEMO.get(s);
  if (k !== undefined) return k;
  k = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐-]/g, '-')
    .replace(/['’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (KEY_MEMO.size >= KEY_MEMO_MAX) KEY_MEMO.clear();
  KEY_MEMO.set(s, k);
  return k;
}

/** Key of a token sequence: the tokens' normalised texts joined by single spaces. */
export function tokensKey(texts: string[]): string {
  return normKey(texts.join(' '));
}

/**
 * A language's lexicon, compiled once per pack: the gazetteers as token-key maps, and the word
 * sets of the pack, for O(1) look-ups in the engine's linear passes.
 */
export interface Lexicon {
  pack: LangPack;
  /** token-key → type. Keys of acronym entries (all caps) are kept in `caseSensitive`. */
  names: Map<string, GazType>;
  /** Short all-caps names that only match with the same case ("US", "PS", "EU"). */
  caseSensitive: Map<string, GazType>;
  /** Longest gazetteer name, in tokens. */
  maxTokens: number;
  /** First token key of a gazetteer name → the token lengths of names starting with it, longest first. */
  firstLens: Map<string, number[]>;
  /** Keys of names that start with a lower-case word ("mer du Nord"): they may match without a capital. */
  lowerStart: Set<string>;
  stop: Set<string>;
  nonEntities: Set<string>;
  connectors: Set<string>;
  particles: Set<string>;
  orgWords: Set<string>;
  orgSuffixes: string[];
  titles: Set<string>;
  roleWords: Set<string>;
  roleModifiers: Set<string>;
  agreementWords: Set<string>;
  agreementSuffixes: string[];
  agreementLinks: Set<string>;
  determiners: Set<string>;
  placePreps: Set<string>;
  locWords: Set<string>;
  placeNouns: Set<string>;
  personVerbs: Set<string>;
  miscWords: Set<string>;
  demonymSuffixes: string[];
  clauseWords: Set<string>;
  /** The language's "and" (LangPack.andWords). */
  andWords: Set<string>;
  /** LangPack.orgWordTails. */
  orgWordTails: Set<string>;
  /** Company abbreviations that keep their dot ("Inc.", "Cie."): international ones and LangPack.companyAbbreviations. */
  companyAbbreviations: Set<string>;
}

const cache = new WeakMap<LangPack, Lexicon>();

function isAcronymLike(name: string): boolean {
  return name.length <= 4 && /^[\p{Lu}\p{N}.&-]+$/u.test(name);
}

export function lexiconFor(pack: LangPack): Lexicon {
  const hit = cache.get(pack);
  if (hit) return hit;
  const names = new Map<string, GazType>();
  const caseSensitive = new Map<string, GazType>();
  let maxTokens = 1;
  const firstLens = new Map<string, number[]>();
  const lowerStart = new Set<string>();
  const add = (name: string, type: GazType, override: boolean) => {
    if (isAcronymLike(name)) {
      if (override || !caseSensitive.has(name)) caseSensitive.set(name, type);
      return;
    }
    const toks = tokenize(name).map((t) => t.text);
    if (!toks.length) return;
    maxTokens = Math.max(maxTokens, toks.length);
    const key = tokensKey(toks);
    if (override || !names.has(key)) names.set(key, type);
    const first = normKey(toks[0]);
    const lens = firstLens.get(first) ?? [];
    if (!lens.includes(toks.length)) {
      lens.push(toks.length);
      lens.sort((a, b) => b - a);
    }
    firstLens.set(first, lens);
    if (/^\p{Ll}/u.test(name)) lowerStart.add(key);
  };
  // Order: shared places, shared orgs, then the pack's own lists win.
  for (const n of countryNames(countriesEn)) add(n, 'LOC', false);
  for (const n of PLACE_NAMES) add(n, 'LOC', false);
  for (const n of ORG_NAMES) add(n, 'ORG', false);
  for (const n of pack.placeNames) add(n, 'LOC', true);
  for (const n of pack.orgNames) add(n, 'ORG', true);
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const lex: Lexicon = {
    pack,
    names,
    caseSensitive,
    maxTokens: Math.min(maxTokens, 10),
    firstLens,
    lowerStart,
    stop: set(pack.stopwords),
    nonEntities: set(pack.nonEntities),
    connectors: set(pack.connectors),
    particles: set(pack.personParticles),
    orgWords: set([...pack.orgWords, ...INTERNATIONAL_ORG_WORDS]),
    orgSuffixes: pack.orgSuffixes.map((x) => x.toLowerCase()),
    titles: set(pack.personTitles),
    roleWords: set(pack.roleWords),
    roleModifiers: set(pack.roleModifiers),
    agreementWords: set(pack.agreementWords),
    agreementSuffixes: pack.agreementSuffixes.map((x) => x.toLowerCase()),
    agreementLinks: set(pack.agreementLinks),
    determiners: set(pack.determiners ?? []),
    placePreps: set(pack.placePrepositions),
    locWords: set(pack.locWords ?? []),
    placeNouns: set(pack.placeNouns ?? []),
    personVerbs: set(pack.personVerbs ?? []),
    miscWords: set(pack.miscWords ?? []),
    demonymSuffixes: pack.demonymSuffixes ?? [],
    clauseWords: set(pack.clauseWords),
    andWords: set(pack.andWords ?? []),
    orgWordTails: set(pack.orgWordTails ?? []),
    companyAbbreviations: set([...INTERNATIONAL_COMPANY_ABBREVIATIONS, ...(pack.companyAbbreviations ?? [])]),
  };
  cache.set(pack, lex);
  return lex;
}
