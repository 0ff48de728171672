/**
 * The shape of a language's date pack (src/nlp/lang/<code>/dates.ts): words only.
 * The engine (engine.ts) turns it into patterns; a new language is one such file.
 *
 * Phrases are written in lower case unless the language capitalises them (German nouns);
 * the engine also accepts them with a capitalised first letter (sentence start) and in
 * upper case. Spaces in phrases match any white space; `'` matches `'` and `’`.
 */
import type { Chrono } from 'chrono-node';

export type Direction = 'past' | 'future';

export interface DatePackData {
  lang: string;
  /** months[i] = forms of month i+1: full names first, then abbreviations (these may take a dot). */
  months: { names: string[]; abbr: string[] }[];
  /** Month and weekday names count only when capitalised (en: "may", "march"; de nouns). */
  capitalisedMonths?: boolean;
  /** weekdays[0] = Sunday … weekdays[6] = Saturday; each a list of forms. */
  weekdays: string[][];
  /** Suffixes glued to a weekday ("woensdagavond", "Mittwochabend"). */
  weekdaySuffixes?: string[];
  /** Words before / after a weekday that make it a feast or an event, not a date ("Good Friday", "mardi gras"). */
  weekdayBlockers?: string[];
  weekdayBlockersAfter?: string[];
  /** Words after a weekday naming a part of it ("mercredi soir", "Wednesday night"). */
  dayParts?: string[];
  /** Day words → offset in days from the reference ("gisteren" → -1). */
  relativeDays: Record<string, number>;
  /** Words before which a relativeDays word is not a date ("de Morgen", "good morning"). */
  relativeDayBlockers?: string[];
  /** Phrases with date words that are not dates: "nowadays" ("vandaag de dag", "bis heute", "d'aujourd'hui"), anaphora ("the next year", "the last Sunday in September"). */
  notDates?: string[];
  /** Year phrases → offset in years ("vorig jaar" → -1, "dit jaar" → 0). */
  relativeYears: Record<string, number>;
  /** Month phrases → offset in months ("vorige maand" → -1). */
  relativeMonths: Record<string, number>;
  /** Modifiers before a month or weekday ("afgelopen", "last", "nächsten"). */
  preModifiers: Record<string, Direction>;
  /** Modifiers after a month or weekday ("dernier", "prochain", "aanstaande"). */
  postModifiers: Record<string, Direction>;
  /** Words between a month and a year phrase ("oktober van vorig jaar", "octobre de l'année dernière"). */
  monthYearLinks: string[];
  /** Words between a month and its year number ("29 de octubre de 2024", "marzo de 2019"). */
  yearLinks?: string[];
  /** Words between a year phrase and a month ("dit jaar in maart"). */
  yearMonthLinks: string[];
  /** Words after which a bare month name is a date ("in oktober", "début mars"). */
  monthPrepositions: string[];
  /** Words after which a 4-digit number is a year ("uit 1996", "aus dem Jahr 1996", "since 2020"). */
  yearCues: string[];
  /** Words that join two years of a range ("2006 en 2008", "1996 bis 2008"). */
  rangeJoiners: string[];
  /** Words after a number that make it an amount, not a year ("2006 euro", "2000 mensen"). */
  unitWords: string[];
  /** A compound ending in a unit word is a unit too ("Quadratmetern", "Einsatzkräfte"). */
  compoundUnits?: boolean;
  /** Postcodes are four digits and two capitals ("1012 AB", Dutch): never a year. */
  postcodeLetters?: boolean;
  /** Small words to skip when looking back for a year cue ("aus dem Jahr", "in het jaar"). */
  fillerWords?: string[];
  /**
   * Words before a weekday or a bare month, in the same clause, that put it in the future: future and
   * conditional auxiliaries ("will", "would", "zal", "zou", "sera", "serait", "wird", "würde"), or two-word
   * cues ("is to", "aura lieu").
   */
  futureCues?: string[];
  /** Two-word phrases that cancel a future cue (a past conditional: "would have"). */
  futureNot?: string[];
  /** Verb endings of a future tense ("se réunira", "décideront"), checked on the words before. */
  futureVerbEndings?: string[];
  /**
   * Words right before a weekday that look ahead ("ab", "bis", "tot", "vanaf", "jusqu'à", "à partir de", "dès",
   * "until", "from"): the weekday is the coming one, unless its clause is in the past (pastCues).
   */
  forwardWords?: string[];
  /**
   * Words or two-word phrases that put a clause in the past: past auxiliaries and reporting verbs ("was", "had",
   * "said", "war", "wurde", "hatte", "werd", "était", "a affirmé" via pastAuxiliaries), and a past infinitive
   * after a modal ("soll … worden sein"). They cancel a future cue and a forward word, and keep the weekday from
   * taking the value that other mentions of it have.
   */
  pastCues?: string[];
  /** Verb endings of a simple past ("erupted", "eskalierte"), checked on the words around a weekday. */
  pastVerbEndings?: string[];
  /** How many words from the weekday a pastVerbEnding counts (default 2; further away an English "-ed" is as often an adjective). */
  pastEndingReach?: number;
  /** A pastVerbEnding is as sure a past as a pastCue (German: a lower-case "-ierte" is a verb, nouns being capitalised). */
  pastEndingsCertain?: boolean;
  /** Words after which a word with a pastVerbEnding is a participle, not a simple past ("will be closed"). */
  participleAuxiliaries?: string[];
  /** Auxiliaries that make a compound past with a participle after them ("a affirmé", "est arrivé", "is bekendgemaakt"). */
  pastAuxiliaries?: string[];
  /** Participle endings for pastAuxiliaries ("é", "i", "u"; "d", "t", "en"). */
  participleEndings?: string[];
  /** Words that start a new clause, where the look to the right of a weekday stops ("that", "dass", "dat", "que"). */
  clauseLinks?: string[];
  /** Words before a weekday that make it this week's named day even before a blocker after it ("ce mercredi noir"). */
  weekdayDeictics?: string[];
  /** Words that join the ends of a range of days ("du 2 au 4 novembre", "van donderdag tot en met zondag"): every day between counts. */
  dayRangeWords?: string[];
  /** Articles between a range word and the second day ("entre le 2 et le 4", "bis zum 4."). */
  dayRangeArticles?: string[];
  /** Words before a pair of days joined by a rangeJoiner that make it a range ("between 2 and 4 May", "entre le 2 et le 4"). */
  betweenWords?: string[];
  /** Words after a day and before the month ("the 4th of June"). */
  dayMonthLinks?: string[];
  /** Words after a 4-digit number that show it is a year, not an amount: articles ("starten 2026 eine …", "in 2019 the …"). */
  yearFollowers?: string[];
  /** Endings of the word before a 4-digit number that make it a year: a possessive ("Russia's 2022 invasion"). */
  yearCueEndings?: string[];
  /** Endings of an adjective after an amount ("2000 neue Wohnungen"), except verb endings ("2013 legte"): not a year. */
  amountAdjectives?: { endings: string[]; except: string[] };
  /** A year may close a clause right before its verb ("… bis die USA den Deal 2018 aufkündigten,"): German word order. */
  verbFinalYears?: boolean;
  /** Small numbers written out ("twee" → 2), for "twee jaar geleden". */
  numberWords?: Record<string, number>;
  /** Units of "… ago" ("jaar", "Jahren", "ans"). */
  agoUnits?: Record<string, 'day' | 'week' | 'month' | 'year'>;
  /** "… ago" markers: before the amount ("il y a", "vor") and/or after the unit ("geleden", "ago"). */
  agoBefore?: string[];
  agoAfter?: string[];
  /** Day ordinal suffixes ("1er", "1st", "4."). */
  ordinalSuffixes?: string[];
  /** Numeric dates are day first; when true, `06/13/2024` (second number > 12) is read month first. */
  numericMonthFirstFallback?: boolean;
  /** Month-first dates with a month name are used ("June 4, 2024"). */
  monthDayOrder?: boolean;
}

export interface DatePack extends DatePackData {
  /** chrono-node parser of the language, used for absolute dates. */
  chrono: Chrono;
}
