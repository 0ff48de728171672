/** Shared NLP types. Offsets are JS string indices into the analysed text, end exclusive. */

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  /** Always equals text.slice(start, end). */
  text: string;
}

export interface Entity {
  /** The fullest form found. */
  name: string;
  /** Other forms of the same entity in the text (acronym, short form, inflected form). */
  aliases: string[];
  mentions: Mention[];
  /** With NlpOptions.explain: the ids of the rules that made its mentions (src/nlp/ner/rules.ts). */
  rules?: string[];
}

export interface Organisation extends Entity {
  acronym?: string;
}

export interface Person extends Entity {
  /** The role the text gives them, e.g. "waarnemend directeur van het NCCN". */
  role?: string;
}

export type Place = Entity;

export interface Agreement extends Entity {
  /** YYYY, YYYY-MM or YYYY-MM-DD: signed / in force, when the text says. */
  date?: string;
}

/** One date expression found in the text. */
export interface DateHit extends Mention {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text allows. */
  value: string;
  /** True when resolved against the reference (publication) date. */
  relative: boolean;
  /**
   * Every day the expression names when it names more than one ("du 2 au 4 novembre", "14. und 15. Juli",
   * "van donderdag tot en met zondag"); the first is `value`. groupDates gives each its own entry.
   */
  values?: string[];
}

export interface DateEntry {
  value: string;
  relative: boolean;
  mentions: Mention[];
}

/** Entity kinds the NER layer labels (CoNLL style). */
export type NerType = 'ORG' | 'PER' | 'LOC' | 'MISC';

export interface NerSpan extends Span {
  type: NerType;
}

export interface NlpOptions {
  /** Language if known (primary subtag); otherwise detected. */
  lang?: string | null;
  /** The language was stated by the user, not a page template: never override it by detection. */
  langCertain?: boolean;
  /** YYYY-MM-DD reference for relative dates; null = unknown. */
  published?: string | null;
  /** Give every organisation, person and place the ids of the rules that made it (`rules`; analyze --explain). */
  explain?: boolean;
}

export interface NlpResult {
  lang: string;
  /** False when the language has no pack: entities are then empty, by design. */
  supported: boolean;
  sentences: Span[];
  organisations: Organisation[];
  people: Person[];
  places: Place[];
  agreements: Agreement[];
  dates: DateEntry[];
}
