import type { AgreementFinderWords, RoleFinderWords } from './lang-words';
import type { Rule } from './rules';

/**
 * A language pack: the data and small rule hooks the shared NER engine needs for one language.
 * Each pack lives in src/nlp/lang/<code>/pack.ts and is loaded lazily (dynamic import) by
 * loadPack(). A fifth language is one more folder plus one line in PACK_LOADERS.
 */
export interface LangPack {
  code: string;
  /** Function words, pronouns, determiners, adverbs (lower case): never an entity on their own, and not the start of one. */
  stopwords: string[];
  /** Capitalised words that are not names: months, weekdays, menu/UI words, generic nouns often capitalised (lower case). */
  nonEntities: string[];
  /** Lower-case words allowed inside a multiword name between capitalised words ("van", "de", "of", "du", "von"). */
  connectors: string[];
  /** Name particles of people ("van", "van der", "de", "von", "le"), lower case. */
  personParticles: string[];
  /** Whole words that make a capitalised name an organisation ("Ministerie", "Bank", "GmbH", "Inc"), lower case. */
  orgWords: string[];
  /** Word endings that make a capitalised compound an organisation ("ministerium", "crisiscentrum"), lower case. */
  orgSuffixes: string[];
  /** Organisations known by name in this language (public facts). */
  orgNames: string[];
  /** Places known by name in this language beyond the country list (regions, cities, inflected forms). */
  placeNames: string[];
  /** Words before a name that mark a person ("mevrouw", "Mr", "Mme", "Herr", "Dr"), lower case, without final dot. */
  personTitles: string[];
  /** Role/function nouns ("directeur", "minister", "secretaris-generaal", "Direktorin"), lower case. */
  roleWords: string[];
  /** Modifiers of roles ("adjunct", "waarnemend", "acting", "deputy", "stellvertretende"), lower case. */
  roleModifiers: string[];
  /** Agreement nouns ("verdrag", "treaty", "memorandum", "loi"), lower case. */
  agreementWords: string[];
  /** Endings of compound agreement nouns ("verdrag" in "politieverdrag", "vertrag", "abkommen"), lower case. */
  agreementSuffixes: string[];
  /**
   * Articles and demonstratives ("the", "these", "het", "deze", "les", "ces", "das", "diese"), lower case: right after an
   * agreement word they start another phrase ("the agreements the Dutch signed"), never the agreement's name.
   */
  determiners?: string[];
  /** Lower-case words that continue an agreement's name ("inzake", "establishing", "instituant", "zur"). */
  agreementLinks: string[];
  /** Words of the role finder (src/nlp/ner/roles.ts); when absent, those src/nlp/lang/<code>/roles.ts registers. */
  roleFinder?: RoleFinderWords;
  /** Words of the agreement finder (src/nlp/ner/agreements.ts); when absent, those src/nlp/lang/<code>/agreements.ts registers. */
  agreementFinder?: AgreementFinderWords;
  /** Abbreviations ending in a dot that do not end a sentence (lower case, without the final dot). */
  abbreviations: string[];
  /** Prepositions after which an unknown capitalised word is most likely a place ("in", "uit", "à", "nach"). */
  placePrepositions: string[];
  /** Words that start a relative/subordinate clause ("dat", "which", "qui", "der") – they end a name or role. */
  clauseWords: string[];
  /** Verbs of saying right after an unknown name make it a person ("zei", "said", "sagte"), lower case. */
  personVerbs?: string[];
  /** The words for "and" ("en", "and", "et", "und"): "the districts of X and Y", "Ministerie van X en Y". */
  andWords?: string[];
  /** Last parts of hyphenated titles headed by an organisation word ("Secretariat-General", "Secretariaat-Generaal"), lower case. */
  orgWordTails?: string[];
  /** Company abbreviations of this language that keep their dot ("Cie", "Mij"), beside the international ones (lang/international.ts). */
  companyAbbreviations?: string[];
  /** Words that join a lower-case complement to an organisation's name ("Centre national de crise": "de", "d'"), lower case. */
  nameComplements?: string[];
  /** Words between a plural team name and its town ("Canadiens de Montréal": "de", "d'", "du"); set: such names are teams. */
  teamOf?: string[];
  /** Nouns that end place names ("street", "straat", "rue"… as last word of an unknown name), lower case. */
  locWords?: string[];
  /** Nouns that introduce a place name ("the city of X", "the districts of X and Y", "de gemeente X", "la ville de X", "der Landkreis X"), lower case. */
  placeNouns?: string[];
  /** Nouns that end names of events, prizes, competitions ("cup", "league", "spelen"): not ORG/PER/LOC, lower case. */
  miscWords?: string[];
  /** Endings of nationality adjectives ("ian", "ese", "se"): an unknown name ending so is not a person. */
  demonymSuffixes?: string[];
  /**
   * How the statistical tagger (src/nlp/model) is used: 'fill' = its spans fill everything the rules
   * leave open and replace their weak guesses (German, where capitals say little); 'unknown' = it only
   * types the rules' unknown names; 'off' = not loaded (when it does not pay for its time, measured
   * with eval:ner).
   */
  tagger?: 'fill' | 'unknown' | 'off';
  /** Data assets (src/data/assets.ts: word lists under data/lexicon/) this pack reads; the extension ships them. */
  dataAssets?: string[];
  /**
   * Rule kinds (RuleSpan.why: 'org-cue', 'given', 'acronym', …) the tagger overrules: with a tagger, such a
   * rule span is kept only where the tagger found the same name (extent and type). For a language whose
   * tagger is better than its rules at these (German: capitalised nouns make cue words and given names weak evidence).
   */
  modelOverrides?: string[];
  /** Adjectives that follow the noun inside names (French "Union européenne"): a test on the lower-case word. */
  adjectiveAfter?: RegExp;
  /** Endings of common nouns (German "-ung", "-heit"): a single such word is never a name. */
  commonNounSuffix?: RegExp;
  /** True when common nouns are capitalised (German): an unknown capitalised word is then no evidence of a name. */
  capitalisedNouns?: boolean;
  /** Map an inflected form to its base for gazetteer lookups ("Vereinigten" → "Vereinigte"). */
  baseForms?: (word: string) => string[];
  /**
   * Title case is not a name: a run of capitalised words with no evidence of a person but its shape
   * ("Tarot Cards", "Let There Be Neon", "Black Magic") is not guessed a person when it starts with a
   * word of `notStart` or ends with one of `notEnd` (lower case), unless it starts with a first name
   * (`firstNames` or the given-name gazetteer). For languages that write headings and titles in title
   * case (English).
   */
  titleCase?: { notStart: ReadonlySet<string>; notEnd: ReadonlySet<string>; firstNames: ReadonlySet<string> };
  /**
   * The language's rules over one text's spans (src/nlp/lang/<code>/rules.ts, in order): they may retype,
   * add or drop spans. They run after document consistency and the engine's context rules, before MISC
   * spans are dropped; each must stay linear in the number of tokens.
   */
  rules?: readonly Rule[];
  /** Words that tell a text's genre (src/nlp/ner/rules.ts detectGenre): sports rules run only in sports texts. */
  genreWords?: {
    /** Names of sports, and the word for sports results; one in the first sentence (the headline) makes a sports text. */
    sportNames: ReadonlySet<string>;
    /** Words of sports reports; enough different ones, densely, make a sports text. */
    sportWords: ReadonlySet<string>;
    /** Words of sport that other news uses as much: they count, but do not suffice. */
    genericSportWords: ReadonlySet<string>;
    /** Words only one sport uses ("innings", "wickets"): two of them make a sports text. */
    strongSportWords: ReadonlySet<string>;
  };
  /** Words between two teams in a result ("beat", "v", "tegen", "contre", "gegen"), lower case. */
  versusWords?: string[];
  /** Words after a number that make it no score ("procent", "percent", "pour"), lower case. */
  notScoreAfter?: string[];
  /** Conjunctions of a list ("en", "of"): a one-word unknown name in a list takes its neighbours' type. */
  listWords?: string[];
  /**
   * Compass and extent words written before a place's name to name a part of it ("Northern Michigan", "East Texas",
   * "Greater Manchester"), and, two together after an article, a region ("the North East").
   */
  compassWords?: string[];
  /** Heads of natural features named "X of Y" ("Strait of Hormuz", "Gulf of Aden", "Sea of Azov"): the whole is one place. */
  featureHeads?: string[];
  /** Ending of inhabitant nouns ("Tunesiër", "Marokkaan"): not names of people. */
  inhabitantEnding?: RegExp;
  /**
   * Nouns of kinds of things named like people (storms, works, products and vehicles, schools, coalitions,
   * operations), lower case: the name right after one ("storm Céline", "tempête Ciarán", "Sturm Zeynep",
   * "de coalitie Vivaldi") is no person.
   */
  thingNouns?: string[];
  /**
   * Nouns that end names of facilities and bodies, never of people ("Railway Station", "Burnley Cemetery",
   * "Community Hub", "Crime Commissioner"), lower case: a guessed person ending in one is no person.
   */
  facilityEnds?: string[];
}

type Loader = () => Promise<LangPack>;

/** Every supported language: a loader each, so the bundler splits the packs into their own chunks. */
const PACK_LOADERS: Record<string, Loader> = {
  nl: () => import('../lang/nl/pack').then((m) => m.default),
  fr: () => import('../lang/fr/pack').then((m) => m.default),
  de: () => import('../lang/de/pack').then((m) => m.default),
  en: () => import('../lang/en/pack').then((m) => m.default),
  es: () => import('../lang/es/pack').then((m) => m.default),
};

export const SUPPORTED_LANGS: readonly string[] = Object.keys(PACK_LOADERS);

const cache = new Map<string, Promise<LangPack>>();

/** The pack for `lang`, loaded once; null when the language is not supported. */
export function loadPack(lang: string): Promise<LangPack> | null {
  const loader = PACK_LOADERS[lang];
  if (!loader) return null;
  let p = cache.get(lang);
  if (!p) {
    p = loader();
    cache.set(lang, p);
  }
  return p;
}
