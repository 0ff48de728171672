/**
 * The words one language gives the role finder (roles.ts) and the agreement finder (agreements.ts).
 * Each language keeps them in src/nlp/lang/<code>/roles.ts and agreements.ts; the engine files hold
 * no language's words. A language's files register their words when its pack module loads (the pack
 * imports them), so they stay in the language's lazily loaded chunk; a pack may also carry them
 * directly (LangPack.roleFinder / agreementFinder), which wins.
 */

/** Words of the role finder for one language (lower case unless said otherwise). */
export interface RoleFinderWords {
  /** Role nouns beyond LangPack.roleWords, used by the role finder only (not as name cues by the recogniser). */
  nouns: string[];
  /** Endings that make a compound a role noun ("voorzitter" in "Kamervoorzitter", "minister" in "Aussenminister"). */
  suffixes: string[];
  /** Inflection endings a role noun may carry ("Milliardärs", "Präsidenten"): the word without one is looked up. */
  inflections?: string[];
  /** Words that tie a role to what it is a role of ("van", "of", "for", "to", "de", "du", "für", "am"). */
  links: string[];
  /** Adjectives that may stand next to a role word ("russe", "américain", "amerikanische", "Walliser", "Palestinian"): a test on the token's text. */
  adjective?: RegExp;
  /** Adjectives as words, for those the pattern misses (lower case). */
  adjectives?: string[];
  /** Where the adjectives stand: before the role noun (nl, de, en) or after it (fr). */
  adjectivesAfter?: boolean;
  /**
   * Articles and possessives that open a noun phrase ("der", "einem", "seinem"): where given, a lower-case adjective
   * before a role must follow one ("der amerikanische Aussenminister", not the verb in "verkündete Staatspräsident").
   */
  articles?: string[];
  /** Relative pronouns + verbs that state a role after a name ("who heads the regional administration", "qui dirige …"). */
  relative?: { pronouns: string[]; verbs: string[] };
}

/** Words of the agreement finder for one language (lower case). */
export interface AgreementFinderWords {
  /** Agreement nouns beyond LangPack.agreementWords ("legislation", "grondwet"). */
  nouns: string[];
  /** Endings of compound agreement nouns beyond LangPack.agreementSuffixes ("wet" in "pandemiewet"), each with the shortest compound it takes. */
  compoundSuffixes: string[];
  /** A compound needs at least this many letters before its agreement ending ("Atomabkommen": 3). */
  minCompoundPrefix: number;
  /** Inflected endings of compound agreement nouns and their base ("gesetzes" → "gesetz"): a one-word name is reported in its base form. */
  inflectedEndings?: Record<string, string>;
  /** Compound modifiers (the whole part before the ending) that make a private contract, a law of nature or a generic law ("miet", "arbeits", "natur", "landes"). */
  compoundNotAgreement: string[];
  /** Conjunctions: after an agreement's name they start another one ("the Maastricht Treaty and the Schengen Agreement"). */
  conjunctions: string[];
  /** Links after a lower-case head that introduce the agreement's own name ("treaty of Lisbon", "verdrag van Maastricht"). */
  genitives: string[];
  /** Links that introduce an agreement's topic ("inzake", "on", "über", "relatif", "establishing"). */
  topicLinks: string[];
  /** The link after which one lower-case word still belongs to the name ("accord de paix"). */
  subjectLinks: string[];
  /** Words that make a "protocol": network or software protocols are not agreements. */
  protocolWords: string[];
  /** Words before "protocol" that make it a network protocol ("network", "communication"), beyond the shared acronyms. */
  techWords: string[];
  /** Agreement abbreviations that are a named agreement only when not written in lower case ("MoU"; French "mou" is an adjective). */
  abbreviations: string[];
  /** Verbs and participles of adopting or signing ("signé", "adopted", "verabschiedet"): a lower-case kind + subject near one is an agreement. */
  adoption: string[];
  /** Ending of a participle that opens a lower-case agreement's subject ("loi interdisant …", "law banning …"). */
  subjectParticiple?: RegExp;
  /** Modifiers that make a lower-case "law" a body or state of law, not an agreement ("martial", "international"). */
  notAgreementModifiers: string[];
  /** Modifiers that make a treaty the founding treaty of an organisation ("founding", "fondateur", "Gründungs-"). */
  founding: string[];
  /** Participles saying an organisation was founded ("founded", "formed", "fondée", "gegründet", "opgericht"). */
  founded: string[];
}

const roleRegistry = new Map<string, RoleFinderWords>();
const agreementRegistry = new Map<string, AgreementFinderWords>();

/** Called by src/nlp/lang/<code>/roles.ts when it loads. */
export function registerRoleWords(code: string, words: RoleFinderWords): RoleFinderWords {
  roleRegistry.set(code, words);
  return words;
}

/** Called by src/nlp/lang/<code>/agreements.ts when it loads. */
export function registerAgreementWords(code: string, words: AgreementFinderWords): AgreementFinderWords {
  agreementRegistry.set(code, words);
  return words;
}

export const NO_ROLE_WORDS: RoleFinderWords = { nouns: [], suffixes: [], links: [] };
export const NO_AGREEMENT_WORDS: AgreementFinderWords = {
  nouns: [],
  compoundSuffixes: [],
  minCompoundPrefix: 3,
  compoundNotAgreement: [],
  conjunctions: [],
  genitives: [],
  topicLinks: [],
  subjectLinks: [],
  protocolWords: [],
  techWords: [],
  abbreviations: [],
  adoption: [],
  notAgreementModifiers: [],
  founding: [],
  founded: [],
};

export function roleWordsFor(code: string): RoleFinderWords {
  return roleRegistry.get(code) ?? NO_ROLE_WORDS;
}

export function agreementWordsFor(code: string): AgreementFinderWords {
  return agreementRegistry.get(code) ?? NO_AGREEMENT_WORDS;
}
