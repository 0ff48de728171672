/**
 * The date engine: a language's DatePack → DateFinder.
 *
 * 1. One prefilter regex finds anchors (month / weekday / relative words, 4-digit numbers);
 *    everything else in the text is never looked at again.
 * 2. Around each anchor a window (merged when windows overlap) is matched against the rules
 *    below, built once from the pack's words.
 * 3. Absolute day–month(–year) candidates are parsed by chrono-node (the pack's parser);
 *    our own reading is the fallback. Relative expressions, month/year combinations,
 *    weekdays and bare years are ours (chrono splits or misreads them).
 * 4. Overlaps: the longest expression wins, then the rule listed first.
 */
import type { DateHit } from '../types';
import type { DateFinder } from './find-dates';
import type { DatePack, Direction } from './pack';
import {
  type Ymd,
  addDays,
  addMonths,
  daysBetween,
  isValidYmd,
  isoOf,
  nextMonthYear,
  nextWeekday,
  parseReference,
  previousMonthYear,
  previousWeekday,
  upcomingWeekday,
  ymdIso,
} from './calendar';

/** Letters and digits of the Latin script (the four languages'); a Unicode property class costs far more to compile. */
const W = '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';
const L = `(?<![${W}])`;
const R = `(?![${W}])`;
const YEAR = '(?:1[89]\\d\\d|20\\d\\d|2100)';
/** Room on each side of an anchor: longer than any date expression's part before / after its anchor. */
const WINDOW = 48;

const CLAUSE_END = new Set(['.', '!', '?', ';', ':', ',', '\n']);
const SENTENCE_END = new Set(['.', '!', '?', ';', ':', '\n']);
const CLAUSE_WORD = /[\p{L}'’]+/gu;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Normalised lookup key of a matched word or phrase. */
export function keyOf(s: string): string {
  const k = s.toLowerCase();
  if (!NEEDS_NORMALISING.test(k)) return k; // the common case: one plain word
  return k
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑–]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}
const NEEDS_NORMALISING = /[’‘`‐‑–\s.]/;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function phrasePattern(p: string): string {
  return p
    .split(/\s+/)
    .map((w) =>
      escapeRe(w)
        .replace(/'/g, "['’]")
        .replace(/-/g, '[-‐‑]'),
    )
    .join('\\s+');
}

/** Alternation of phrases: as written, capitalised, upper case (or only capitalised forms). */
function alternation(phrases: string[], opts: { capitalisedOnly?: boolean; dot?: boolean } = {}): string {
  const forms = new Set<string>();
  for (const p of phrases) {
    if (!p) continue;
    if (!opts.capitalisedOnly) forms.add(p);
    forms.add(cap(p));
    forms.add(p.toUpperCase());
  }
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return sorted.map((f) => phrasePattern(f) + (opts.dot ? '\\.?' : '')).join('|') || '(?!)';
}

/** 'weak-past': told by a participle after an auxiliary or a verb ending only ("est maintenue", "stays closed"). */
type Tense = 'future' | 'past' | 'weak-past' | 'none';

interface Reading {
  value: string;
  relative: boolean;
  /** Every day a range or list of days names ("du 2 au 4 novembre"), first = value. */
  values?: string[];
  /** A weekday without modifier: its number and the tense of its clause (see unifyWeekdays). */
  wd?: number;
  tense?: Tense;
  /** Days from the weekday's first day to its range's last ("van donderdag tot en met zondag": 3). */
  span?: number;
}

interface Candidate extends Reading {
  start: number;
  end: number;
  prio: number;
}

type Resolved = Reading | null;
type Found = Candidate;

interface Rule {
  re: RegExp;
  resolve: (g: Record<string, string | undefined>, m: RegExpExecArray, ctx: Ctx) => Resolved;
}

type ChronoRead = { d: number; mo: number; y: number | null };

interface Ctx {
  ref: Ymd | null;
  window: string;
  windowStart: number;
  /** The whole text (the tense of a clause may reach beyond the window). */
  text: string;
}

/**
 * The named rules of the engine beyond the base readings, each with a unit test (tests/nlp/dates/rules.test.ts)
 * and a measured worth on the crisis pages (scripts/dates-rule-worth.ts switches each off in turn).
 */
export const DATE_RULES = [
  /** "ab Sonntag", "jusqu'à mardi", "vanaf woensdag", "until Friday": the coming weekday. */
  'weekday-forward-word',
  /** The tense of a weekday's clause is also read after it ("Am Donnerstag wird sich zeigen", "On Saturday, storms will …"). */
  'tense-after-weekday',
  /** Past cues ("was", "wurde", "a affirmé", "soll … worden sein") cancel a future cue or a forward word. */
  'past-cues',
  /** One weekday, one day: untensed mentions of a weekday follow its future mentions ("Réunion mardi" + "se retrouveront mardi"). */
  'one-weekday-one-day',
  /** "van donderdag tot en met zondag", "la nuit de lundi à mardi": every day. */
  'weekday-range',
  /** "du 2 au 4 novembre", "14. und 15. Juli", "between 2 and 4 May": every day named. */
  'day-range',
  /** A day and month without year after publication, told in the past, is last year's ("am 7. Oktober … eskalierte"). */
  'past-day-month-last-year',
  /** A 4-digit number is a year before an article, after a sentence start, or as the last word before a final verb. */
  'year-by-next-word',
  /** "2017, 2018 und 2019": a year after a year and a comma. */
  'year-list',
  /** "Russia's 2022 invasion". */
  'year-after-possessive',
  /** "ce mercredi noir" is this Wednesday, not the event "jeudi noir"; an untensed "ce mercredi" / "this Wednesday" is the nearer one. */
  'deictic-weekday',
] as const;
export type DateRule = (typeof DATE_RULES)[number];

export interface DateFinderOptions {
  /** Rules switched off (to measure what each is worth). */
  off?: ReadonlySet<DateRule>;
}

export function createDateFinder(pack: DatePack, opts: DateFinderOptions = {}): DateFinder {
  const on = (r: DateRule) => !opts.off?.has(r);
  const monthOf = new Map<string, number>();
  const fullNames: string[] = [];
  const allForms: string[] = [];
  const abbrs: string[] = [];
  pack.months.forEach((mo, i) => {
    for (const n of mo.names) {
      monthOf.set(keyOf(n), i + 1);
      fullNames.push(n);
    }
    for (const a of mo.abbr) {
      monthOf.set(keyOf(a), i + 1);
      abbrs.push(a);
    }
  });
  allForms.push(...fullNames, ...abbrs);
  const capOnly = !!pack.capitalisedMonths;
  const MF = alternation(fullNames, { capitalisedOnly: capOnly });
  // Full names, and abbreviations with an optional dot (longest first so "sept." beats "sep").
  const MA = [alternation(fullNames, { capitalisedOnly: capOnly }), alternation(abbrs, { capitalisedOnly: capOnly, dot: true })]
    .filter((s) => s !== '(?!)')
    .join('|');

  const weekdayOf = new Map<string, number>();
  pack.weekdays.forEach((forms, i) => forms.forEach((f) => weekdayOf.set(keyOf(f), i)));
  const WD = alternation(pack.weekdays.flat(), { capitalisedOnly: capOnly });
  const WSUF = pack.weekdaySuffixes?.length ? `(?:${pack.weekdaySuffixes.map(escapeRe).join('|')})?` : '';
  const DAYPART = pack.dayParts?.length ? `(?:\\s+(?:${alternation(pack.dayParts)}))?` : '';

  const mapOf = (rec: Record<string, number>) => new Map(Object.entries(rec).map(([k, v]) => [keyOf(k), v]));
  const relDay = mapOf(pack.relativeDays);
  const relYear = mapOf(pack.relativeYears);
  const relMonth = mapOf(pack.relativeMonths);
  const dirMap = (rec: Record<string, Direction>) => new Map(Object.entries(rec).map(([k, v]) => [keyOf(k), v]));
  const preMod = dirMap(pack.preModifiers);
  const postMod = dirMap(pack.postModifiers);

  const lowerDayWords = new Set(Object.keys(pack.relativeDays).filter((k) => k === k.toLowerCase()).map(keyOf));
  const numberWord = mapOf(pack.numberWords ?? {});
  const agoUnit = new Map(Object.entries(pack.agoUnits ?? {}).map(([k, v]) => [keyOf(k), v]));
  const futureCues = new Set((pack.futureCues ?? []).map((p) => p.split(/\s+/).map(keyOf).join(' ')));
  const futureEndings = pack.futureVerbEndings ?? [];
  const phraseSet = (xs: string[] | undefined) => new Set((xs ?? []).map((p) => p.split(/\s+/).map(keyOf).join(' ')));
  const futureNot = phraseSet(pack.futureNot);
  const pastCues = phraseSet(pack.pastCues);
  const pastEndings = pack.pastVerbEndings ?? [];
  const pastAux = phraseSet(pack.pastAuxiliaries);
  const participleAux = phraseSet(pack.participleAuxiliaries);
  const pastEndingReach = pack.pastEndingReach ?? 2;
  const participleEndings = pack.participleEndings ?? [];
  const clauseLinks = phraseSet(pack.clauseLinks);
  const dayRangeWords = phraseSet(pack.dayRangeWords);
  const betweenWords = phraseSet(pack.betweenWords);
  const yearFollowers = phraseSet(pack.yearFollowers);
  const forwardWords = phraseSet(pack.forwardWords);
  const deictics = phraseSet(pack.weekdayDeictics);
  const BLOCK_AFTER = pack.weekdayBlockersAfter?.length ? new RegExp(`^\\s+(?:${alternation(pack.weekdayBlockersAfter)})${R}`, 'u') : null;
  /**
   * `s` ends with one of the phrases (up to 3 words) and white space: "… à partir de ". A set lookup of the last
   * words, not a regex anchored at the end (which V8 tries from every position: slow on 10⁴ weekdays).
   */
  const lastWordsOf = new Map<Set<string>, Set<string>>();
  const LAST_WORD = /([\p{L}'’]+)\s+$/u;
  function endsWithPhrase(s: string, set: Set<string>, skipShort = false): boolean {
    if (!set.size) return false;
    let last = lastWordsOf.get(set);
    if (!last) lastWordsOf.set(set, (last = new Set([...set].map((p) => p.slice(p.lastIndexOf(' ') + 1)))));
    const lw = LAST_WORD.exec(s.length > 24 ? s.slice(-24) : s)?.[1];
    if (!lw || (!last.has(lw.toLowerCase().replace(/’/g, "'")) && !(skipShort && lw.length <= 3))) return false;
    const tail = s.trimEnd();
    if (!/[\p{L}'’]$/u.test(tail)) return false;
    const words = wordsOf(tail.slice(-40));
    if (!words.length || !tail.toLowerCase().replace(/’/g, "'").endsWith(words[words.length - 1])) return false;
    for (let n = 1; n <= 3 && n <= words.length; n++) if (set.has(words.slice(-n).join(' '))) return true;
    // "entre le 2 et le 4": one short word (an article) between
    if (skipShort && words.length > 1 && words[words.length - 1].length <= 3) return endsWithPhrase(tail.slice(0, tail.length - words[words.length - 1].length), set);
    return false;
  }
  const DML = pack.dayMonthLinks?.length ? `(?:(?:${alternation(pack.dayMonthLinks)})\\s+)?` : '';
  const RD = alternation(Object.keys(pack.relativeDays));
  const RY = alternation(Object.keys(pack.relativeYears));
  const RM = alternation(Object.keys(pack.relativeMonths));
  const PRE = alternation(Object.keys(pack.preModifiers));
  const POST = alternation(Object.keys(pack.postModifiers));
  const MYL = alternation(pack.monthYearLinks);
  // A word between a month and its year ("29 de octubre de 2024", "marzo de 2019"): DatePackData.yearLinks.
  const YL = pack.yearLinks?.length ? `(?:(?:${alternation(pack.yearLinks)})\\s+)?` : '';
  const YML = alternation(pack.yearMonthLinks);
  const PREP = alternation(pack.monthPrepositions);
  const ORD = `(?:${['\\.', ...(pack.ordinalSuffixes ?? []).map(escapeRe)].join('|')})?`;
  const DAY = `(?<d>[0-3]?\\d)${ORD}`;
  // After a month name a day takes no dot ("May 22." ends a sentence).
  const ORD_NODOT = `(?:${(pack.ordinalSuffixes ?? []).map(escapeRe).join('|') || '(?!)'})?`;
  const DAY_AFTER_MONTH = `(?<d>[0-3]?\\d)${ORD_NODOT}`;
  // The second day of a range or pair: after a dash (d2: every day between) or a joiner word (rj, d3).
  const DAY_JOINERS = alternation([...pack.rangeJoiners, ...(pack.dayRangeWords ?? [])]);
  // Days listed before the last one: "14., 15. und 16. Juli", "July 14, 15 and 16".
  const DAY_LIST = `(?<dl>(?:\\s*,\\s*[0-3]?\\d${ORD}(?![\\p{N}]))*)`;
  const DAY_LIST_AFTER_MONTH = `(?<dl>(?:,\\s*[0-3]?\\d${ORD_NODOT}(?![\\p{N}]))*)`;
  const DAY_RANGE_AFTER_MONTH = `(?:\\s*[-–—]\\s*(?<d2>[0-3]?\\d)${ORD_NODOT}|\\s+(?<rj>${DAY_JOINERS})\\s+(?<d3>[0-3]?\\d)${ORD_NODOT})?`;
  const DAY_RANGE = `(?:\\s*[-–—]\\s*(?<d2>[0-3]?\\d)${ORD}|\\s+(?<rj>${DAY_JOINERS})\\s+(?:(?:${alternation(pack.dayRangeArticles ?? [])})\\s+)?(?<d3>[0-3]?\\d)${ORD})?`;
  const WD_BLOCK = pack.weekdayBlockers?.length ? `(?<!(?:${alternation(pack.weekdayBlockers)})\\s+)` : '';
  const DRW = alternation(pack.dayRangeWords ?? []);
  const BLOCK = pack.relativeDayBlockers?.length ? `(?<!(?:${alternation(pack.relativeDayBlockers)})\\s+)` : '';

  const rx = (src: string) => new RegExp(src, 'gu');
  const month = (s: string | undefined) => (s ? monthOf.get(keyOf(s)) : undefined);

  const rules: Rule[] = [
    // Phrases with date words that are not dates ("vandaag de dag", "bis heute", "the next year"
    // in a story): matched first and kept out of the result, so the words inside are not read.
    ...(pack.notDates?.length
      ? [{ re: rx(`${L}(?:${alternation(pack.notDates)})${R}`), resolve: (): Resolved => ({ value: '', relative: false }) } satisfies Rule]
      : []),
    // "vorig jaar oktober", "dit jaar in maart", "this year in March"
    {
      re: rx(`${L}(?<yr>${RY})(?:\\s+(?:${YML}))?\\s+(?<mon>${MF})${R}`),
      resolve: (g, _m, { ref }) => {
        const off = relYear.get(keyOf(g.yr!));
        const mo = month(g.mon);
        if (!ref || off === undefined || !mo) return null;
        return { value: isoOf(ref.y + off, mo), relative: true };
      },
    },
    // "oktober vorig jaar", "octobre de l'année dernière", "Oktober vergangenen Jahres", "October last year"
    {
      re: rx(`${L}(?<mon>${MF})(?:\\s+(?:${MYL}))?\\s+(?<yr>${RY})${R}`),
      resolve: (g, _m, { ref }) => {
        const off = relYear.get(keyOf(g.yr!));
        const mo = month(g.mon);
        if (!ref || off === undefined || !mo) return null;
        return { value: isoOf(ref.y + off, mo), relative: true };
      },
    },
    // "afgelopen oktober", "im vergangenen Oktober", "last October", "next March"
    {
      re: rx(`${L}(?<mod>${PRE})\\s+(?<mon>${MF})${R}`),
      resolve: (g, _m, { ref }) => monthWithDirection(ref, month(g.mon), preMod.get(keyOf(g.mod!))),
    },
    // "octobre dernier", "mars prochain"
    {
      re: rx(`${L}(?<mon>${MF})\\s+(?<mod>${POST})${R}`),
      resolve: (g, _m, { ref }) => monthWithDirection(ref, month(g.mon), postMod.get(keyOf(g.mod!))),
    },
    // Day (range) + month (+ year), optionally after a weekday: "04 jun. 2024", "1er mars 2024",
    // "4. Juni 2024", "3-5 juni 2024", "Tuesday, 4 June", "4 juni".
    {
      re: rx(
        `${L}(?<![\\p{N}][.,])(?:(?<wd>${WD}),?\\s+)?${DAY}${DAY_LIST}${DAY_RANGE}\\s*${DML}(?<mon>${MA})(?:,?\\s+${YL}(?<y>\\d{3,4})|(?:(?<tail>\\s+(?:(?:${MYL})\\s+)?(?<ry>${RY})|\\s+(?<post>${POST}))))?(?![\\p{L}\\p{N}]|\\.\\p{L})`,
      ),
      resolve: (g, m, ctx) => absoluteDay(ctx, m, g),
    },
    // Month + day (+ year): "June 4, 2024", "Tuesday, June 4" (languages that write it).
    ...(pack.monthDayOrder
      ? [
          {
            re: rx(
              `${L}(?:(?<wd>${WD}),?\\s+)?(?<mon>${MA})\\s+${DAY_AFTER_MONTH}${DAY_LIST_AFTER_MONTH}${DAY_RANGE_AFTER_MONTH}(?:,?\\s+(?<y>\\d{3,4})|(?:(?<tail>\\s+(?:(?:${MYL})\\s+)?(?<ry>${RY})|\\s+(?<post>${POST}))))?${R}`,
            ),
            resolve: (g: Record<string, string | undefined>, m: RegExpExecArray, ctx: Ctx) =>
              absoluteDay(ctx, m, g),
          } satisfies Rule,
        ]
      : []),
    // Numeric: 04/06/2024, 4.6.2024, 04-06-2024 (day first) and ISO 2024-06-04.
    {
      re: rx(
        `(?<![\\p{L}\\p{N}.,/:-])(?:(?<a>[0-3]?\\d)(?<sep>[./-])(?<b>[01]?\\d)\\k<sep>(?<y>${YEAR})|(?<iy>${YEAR})-(?<im>[01]\\d)-(?<id>[0-3]\\d))(?!(?!T\\d)[\\p{L}\\p{N}]|[./:,-]\\p{N})`,
      ),
      resolve: (g) => {
        if (g.iy) {
          const y = +g.iy, mo = +g.im!, d = +g.id!;
          return isValidYmd(y, mo, d) ? { value: isoOf(y, mo, d), relative: false } : null;
        }
        const y = +g.y!;
        let d = +g.a!, mo = +g.b!;
        if (mo > 12 && pack.numericMonthFirstFallback && d <= 12) [d, mo] = [mo, d];
        return isValidYmd(y, mo, d) ? { value: isoOf(y, mo, d), relative: false } : null;
      },
    },
    // Month + year: "oktober 2023", "Oct. 2023", "März 2024".
    {
      re: rx(`${L}(?<mon>${MA})\\s+${YL}(?<y>${YEAR})${R}`),
      resolve: (g, m, ctx) => {
        const mo = month(g.mon);
        if (!mo || followedByUnit(ctx, m)) return null;
        return { value: isoOf(+g.y!, mo), relative: false };
      },
    },
    // Month alone after a preposition: "in oktober", "en mars", "im Oktober", "since March", "mid-October".
    {
      re: rx(`(?<=${L}(?:${PREP})(?:\\s+|[-‐]))(?<mon>${MF})${R}`),
      resolve: (g, m, { ref, window }) => {
        const mo = month(g.mon);
        if (!ref || !mo) return null;
        const y = futureClause(window, m.index) ? (mo >= ref.m ? ref.y : ref.y + 1) : previousMonthYear(ref, mo);
        return { value: isoOf(y, mo), relative: true };
      },
    },
    // Weekdays: "woensdag", "am Mittwoch", "mercredi dernier", "next Friday", "woensdagavond",
    // and ranges of them: "van donderdag tot en met zondag", "la nuit de lundi à mardi".
    {
      re: rx(
        `${L}${WD_BLOCK}(?:(?<pre>${PRE})\\s+)?(?<wd>${WD})${WSUF}${DAYPART}(?:\\s+(?<post>${POST}))?(?:\\s+(?<rj>${DRW})\\s+(?<wd2>${WD})${WSUF}${DAYPART})?${R}`,
      ),
      resolve: (g, m, { ref, text, windowStart }) => {
        const wd = weekdayOf.get(keyOf(g.wd!));
        if (!ref || wd === undefined) return null;
        const start = windowStart + m.index;
        const end = start + m[0].length;
        const before = text.slice(Math.max(0, start - 40), start);
        // "jeudi noir", "mardi gras" are events, but "ce mercredi noir" is this Wednesday.
        if (BLOCK_AFTER?.test(text.slice(end, end + 30)) && !(on('deictic-weekday') && endsWithPhrase(before, deictics))) return null;
        const wd2 = g.wd2 ? weekdayOf.get(keyOf(g.wd2)) : undefined;
        const span = wd2 === undefined || !on('weekday-range') ? 0 : (wd2 - wd + 7) % 7 || 7;
        const dir = (g.pre && preMod.get(keyOf(g.pre))) || (g.post && postMod.get(keyOf(g.post))) || undefined;
        if (dir) {
          const day = dir === 'future' ? nextWeekday(ref, wd) : previousWeekday(ref, wd, true);
          return weekdayReading(day, span);
        }
        // No modifier: the most recent such day (news reports the past), or the coming one
        // (publication day included) when the clause is in the future ("will meet on Wednesday")
        // or a forward-looking word comes right before ("ab Sonntag", "jusqu'à mardi", "until Friday").
        let tense = tenseAround(text, start, end);
        // A forward word outweighs a past before it ("est maintenue à partir de jeudi", "was moved to Friday"),
        // not one after it ("Bis Freitag hatten sich 300 gemeldet").
        if (tense !== 'future' && !(tense === 'past' && tenseFromAfter) && on('weekday-forward-word') && endsWithPhrase(before, forwardWords)) tense = 'future';
        let day = tense === 'future' ? upcomingWeekday(ref, wd) : previousWeekday(ref, wd);
        // "ce mercredi", "this Wednesday", "an diesem Mittwoch" in an untensed clause: this week's, the nearer one
        // ("ce mercredi" in a Monday text is the coming Wednesday).
        if (tense === 'none' && on('deictic-weekday') && endsWithPhrase(before, deictics)) {
          const up = upcomingWeekday(ref, wd);
          if (daysBetween(ref, up) < daysBetween(day, ref)) day = up;
        }
        return { ...weekdayReading(day, span), wd, tense };
      },
    },
    // "gisteren", "hier", "gestern", "yesterday", "vandaag", "morgen", …
    {
      re: rx(`${L}${BLOCK}(?<rd>${RD})${R}`),
      resolve: (g, m, { ref, window }) => {
        const off = relDay.get(keyOf(g.rd!));
        if (!ref || off === undefined) return null;
        // Written in lower case in the pack but capitalised here, mid-sentence: a name or a noun
        // ("De Financiële Morgen", "am nächsten Morgen"), not the day word.
        const word = g.rd!;
        if (lowerDayWords.has(keyOf(word)) && /^\p{Lu}/u.test(word) && word !== word.toUpperCase() && !atSentenceStart(window, m.index)) return null;
        return { value: ymdIso(addDays(ref, off)), relative: true };
      },
    },
    // "twee jaar geleden", "il y a deux ans", "vor zwei Jahren", "two years ago"
    ...(pack.agoUnits && (pack.agoBefore?.length || pack.agoAfter?.length)
      ? [
          {
            re: rx(
              `${L}${pack.agoBefore?.length ? `(?:${alternation(pack.agoBefore)})\\s+` : ''}(?<n>\\d{1,3}|${alternation(
                Object.keys(pack.numberWords ?? {}),
              )})\\s+(?<u>${alternation(Object.keys(pack.agoUnits))})${pack.agoAfter?.length ? `\\s+(?:${alternation(pack.agoAfter)})` : ''}${R}`,
            ),
            resolve: (g: Record<string, string | undefined>, _m: RegExpExecArray, { ref }: Ctx): Resolved => {
              const n = /^\d+$/.test(g.n!) ? +g.n! : numberWord.get(keyOf(g.n!));
              const unit = agoUnit.get(keyOf(g.u!));
              if (!ref || n === undefined || !unit || n > 200) return null;
              if (unit === 'day') return { value: ymdIso(addDays(ref, -n)), relative: true };
              if (unit === 'year') return { value: isoOf(ref.y - n), relative: true };
              const [y, mo] = unit === 'month' ? addMonths(ref, -n) : ((d) => [d.y, d.m])(addDays(ref, -7 * n));
              return { value: isoOf(y, mo), relative: true };
            },
          } satisfies Rule,
        ]
      : []),
    // "vorige maand", "le mois dernier", "letzten Monat", "last month"
    {
      re: rx(`${L}(?<rm>${RM})${R}`),
      resolve: (g, _m, { ref }) => {
        const off = relMonth.get(keyOf(g.rm!));
        if (!ref || off === undefined) return null;
        const [y, mo] = addMonths(ref, off);
        return { value: isoOf(y, mo), relative: true };
      },
    },
    // "vorig jaar", "l'année dernière", "vergangenes Jahr", "last year"
    {
      re: rx(`${L}(?<yr>${RY})${R}`),
      resolve: (g, _m, { ref }) => {
        const off = relYear.get(keyOf(g.yr!));
        if (!ref || off === undefined) return null;
        return { value: isoOf(ref.y + off), relative: true };
      },
    },
  ];

  function weekdayReading(day: Ymd, span: number): Reading {
    const value = ymdIso(day);
    if (!span) return { value, relative: true };
    const values = [value];
    for (let i = 1; i <= span; i++) values.push(ymdIso(addDays(day, i)));
    return { value, relative: true, values, span };
  }

  // What one word can tell of a clause's tense, memoised (a text repeats its words; this runs on every weekday).
  const FUT = 1, PAST = 2, AUX = 4, ENDING = 8, PARTICIPLE = 16, PART_AUX = 32, PAIR = 64;
  const firstOfPair = new Set([...futureCues, ...futureNot, ...pastCues].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]));
  const wordMemo = new Map<string, number>();
  function flagsOf(k: string): number {
    let f = wordMemo.get(k);
    if (f !== undefined) return f;
    f = 0;
    if (futureCues.has(k) || futureCues.has(k.slice(k.lastIndexOf("'") + 1))) f |= FUT;
    else for (const e of futureEndings) if (k.length >= e.length + 2 && k.endsWith(e)) f |= FUT;
    if (pastCues.has(k)) f |= PAST;
    if (pastAux.has(k)) f |= AUX;
    if (!futureCues.has(k)) for (const e of pastEndings) if (k.length >= e.length + 3 && k.endsWith(e)) f |= ENDING;
    if (participleEndings.some((e) => k.length > e.length + 1 && k.endsWith(e))) f |= PARTICIPLE;
    if (participleAux.has(k)) f |= PART_AUX;
    if (firstOfPair.has(k)) f |= PAIR;
    if (wordMemo.size > 20000) wordMemo.clear();
    wordMemo.set(k, f);
    return f;
  }
  const isFuture = (k: string, next: string | undefined) => {
    const f = flagsOf(k);
    if (f & PAIR && next) {
      const pair = k + ' ' + next;
      if (futureNot.has(pair)) return false;
      if (futureCues.has(pair)) return true;
    }
    return (f & FUT) !== 0;
  };
  const isPast = (k: string, next: string | undefined, prev: string | undefined, dist: number): Tense | null => {
    if (!on('past-cues')) return null;
    const f = flagsOf(k);
    if (f & PAST || (f & PAIR && next && pastCues.has(k + ' ' + next))) return 'past';
    if (f & AUX && next && flagsOf(next) & PARTICIPLE && !isFuture(k, next) && !isFuture(next, undefined)) return 'weak-past';
    // A simple past by its ending only next to the weekday ("erupted Thursday", "Thursday's storms erupted"):
    // further away it is as often an adjective ("the estimated 727,000").
    if (!(f & ENDING) || dist > pastEndingReach || (prev && flagsOf(prev) & PART_AUX)) return null;
    return pack.pastEndingsCertain ? 'past' : 'weak-past';
  };
  const wordsOf = (s: string): string[] => {
    const ws = s.toLowerCase().match(CLAUSE_WORD) ?? [];
    return s.includes('’') ? ws.map((w) => w.replace(/’/g, "'")) : ws;
  };

  /**
   * The tense of the clause around a weekday: the nearest future cue (futureCues, futureVerbEndings)
   * or past cue (pastCues, an auxiliary with a participle, pastVerbEndings) among the clause's words
   * before it (at most 8) and the sentence's words after it (at most 6, up to a comma or a clause link;
   * past one comma when the weekday opens the sentence: "On Saturday, storms will …"). A past cue of
   * two words after it ("soll am Montag … überfallen worden sein") wins over a modal before it.
   */
  /** text[i] ends a sentence: not the dot of "a.m.", "U.S." or "2.5", nor the colon of "4:30". */
  function endsSentence(text: string, i: number): boolean {
    if (!SENTENCE_END.has(text[i])) return false;
    if (text[i] === ':') return !/\d/.test(text[i + 1] ?? ''); // "4:30"
    if (text[i] !== '.') return true;
    return !/\d/.test(text[i + 1] ?? '') && !/(?:^|[\s.])\p{L}$/u.test(text.slice(Math.max(0, i - 2), i));
  }

  /** A past cue anywhere in the sentence around [start, end) ("he lifted the order around 4:30 a.m. Wednesday"). */
  function sentenceHasPast(text: string, start: number, end: number): boolean {
    let from = start;
    const stop = Math.max(0, start - 250);
    while (from > stop && !endsSentence(text, from - 1)) from--;
    let to = end;
    const lim = Math.min(text.length, end + 250);
    while (to < lim && !endsSentence(text, to)) to++;
    const words = wordsOf(text.slice(from, to));
    for (let i = 0; i < words.length; i++) if (isPast(words[i], words[i + 1], words[i - 1], 0)) return true;
    return false;
  }

  /** Whether the last tenseAround found its cue after the expression (the verb of a fronted weekday). */
  let tenseFromAfter = false;
  function tenseAround(text: string, start: number, end: number): Tense {
    tenseFromAfter = false;
    let from = start;
    const stop = Math.max(0, start - 80);
    while (from > stop && !CLAUSE_END.has(text[from - 1])) from--;
    const before = wordsOf(text.slice(from, start)).slice(-8);
    const fronted = before.length <= 2 && (from === 0 || (from > stop && text[from - 1] !== ','));
    let to = end;
    let commas = 0;
    const lim = Math.min(text.length, end + 100);
    while (to < lim) {
      const c = text[to];
      if (SENTENCE_END.has(c) && !(c === '.' && /\d/.test(text[to + 1] ?? ''))) break;
      if (c === ',' && (!fronted || ++commas > 1)) break;
      to++;
    }
    const afterAll = wordsOf(text.slice(end, to));
    const after: string[] = [];
    for (const w of afterAll) {
      if (clauseLinks.has(w) || clauseLinks.has(w.slice(0, w.indexOf("'") + 1)) || after.length >= 6) break;
      after.push(w);
    }
    if (!on('tense-after-weekday')) after.length = 0;
    if (on('past-cues')) for (let i = 0; i + 1 < after.length; i++) if (pastCues.has(after[i] + ' ' + after[i + 1])) return (tenseFromAfter = true), 'past';
    let best: Tense = 'none';
    let bestDist = Infinity;
    for (let i = before.length - 1; i >= 0; i--) {
      const dist = before.length - i;
      const t = isFuture(before[i], before[i + 1]) ? 'future' : (isPast(before[i], before[i + 1], before[i - 1], dist) ?? 'none');
      if (t !== 'none') {
        best = t;
        bestDist = dist;
        break;
      }
    }
    for (let i = 0; i < after.length && i + 1 < bestDist; i++) {
      const t = isFuture(after[i], after[i + 1]) ? 'future' : (isPast(after[i], after[i + 1], after[i - 1], i + 1) ?? 'none');
      if (t !== 'none') return (tenseFromAfter = true), t;
    }
    return best;
  }

  /** The clause before `index` (back to the last punctuation, at most 8 words) has a future-tense cue. */
  function futureClause(window: string, index: number): boolean {
    if (!futureCues.size && !futureEndings.length) return false;
    let from = index;
    const stop = Math.max(0, index - 80);
    while (from > stop && !CLAUSE_END.has(window[from - 1])) from--;
    const words = window.slice(from, index).toLowerCase().match(CLAUSE_WORD);
    if (!words) return false;
    for (let i = Math.max(0, words.length - 8); i < words.length; i++) {
      const k = words[i].replace(/’/g, "'");
      const pair = i + 1 < words.length ? k + ' ' + words[i + 1].replace(/’/g, "'") : '';
      if (pair && futureNot.has(pair)) continue; // "would have been held in April": past
      if (futureCues.has(k) || futureCues.has(k.slice(k.lastIndexOf("'") + 1)) || (pair && futureCues.has(pair))) return true;
      for (const e of futureEndings) if (k.length >= e.length + 2 && k.endsWith(e)) return true;
    }
    return false;
  }

  /** True at the start of the text, a line or a sentence (after . ! ? : ; … and opening quotes). */
  function atSentenceStart(window: string, index: number): boolean {
    const raw = window.slice(Math.max(0, index - 12), index);
    const before = raw.replace(/[\s"'“„«‘‚(\[\-–—]+$/u, '');
    return before === '' || /[.!?:;…»”)|—–]$/.test(before) || /\n[\s"'“„«‘‚(\[\-–—]*$/u.test(raw);
  }

  /** "im Mai 2000 Menschen": the number is an amount. */
  function followedByUnit(ctx: Ctx, m: RegExpExecArray): boolean {
    return isUnit(NEXT_WORD.exec(ctx.window.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1]);
  }

  /** An amount's unit or counted noun, also inflected ("Einwohnern", "euros"). */
  function isUnit(word: string | undefined): boolean {
    if (!word) return false;
    if (/^[€$%£]/.test(word)) return true;
    const k = keyOf(word);
    if (units.has(k) || (k.length > 3 && /[ns]$/.test(k) && units.has(k.slice(0, -1)))) return true;
    // German compounds: "Quadratmetern", "Einsatzkräften"
    if (pack.compoundUnits && k.length > 5) for (const u of longUnits) if (k.endsWith(u) || k.endsWith(u + 'n') || k.endsWith(u + 's')) return true;
    return false;
  }

  function monthWithDirection(ref: Ymd | null, mo: number | undefined, dir: Direction | undefined): Resolved {
    if (!ref || !mo || !dir) return null;
    const y = dir === 'past' ? previousMonthYear(ref, mo, true) : nextMonthYear(ref, mo);
    return { value: isoOf(y, mo), relative: true };
  }

  /** A day–month(–year) candidate: chrono-node reads it; our own reading is the fallback. */
  /**
   * A day–month(–year) candidate: chrono-node reads it; our own reading is the fallback.
   * The year may be written out, given by a year phrase ("4 oktober vorig jaar") or a
   * modifier ("le 12 octobre dernier" = the most recent 12 October before publication).
   */
  function absoluteDay(ctx: Ctx, m: RegExpExecArray, g: Record<string, string | undefined>): Resolved {
    let d = +g.d!;
    let mo = month(g.mon);
    let y: number | null = g.y ? +g.y : null;
    // A year written out is the year, however old ("am 15. August 718"); "am 4. Juni 112 Menschen" is not a date we can read.
    if (y !== null && y < 1000 && followedByUnit(ctx, m)) return null;
    const tail = g.tail ?? '';
    const chronoRead = readWithChrono(m[0].slice(0, m[0].length - tail.length), ctx.ref);
    if (chronoRead) ({ d, mo } = chronoRead), (y = chronoRead.y ?? y);
    if (!mo) return null;
    if (y !== null) return isValidYmd(y, mo, d) ? withDays({ value: isoOf(y, mo, d), relative: false }, y, mo, d, ctx, m, g) : null;
    const ref = ctx.ref;
    if (!ref) return null;
    if (g.ry) {
      const off = relYear.get(keyOf(g.ry));
      if (off === undefined) return null;
      y = ref.y + off;
    } else if (g.post) {
      const dir = postMod.get(keyOf(g.post));
      const before = mo < ref.m || (mo === ref.m && d < ref.d);
      const after = mo > ref.m || (mo === ref.m && d > ref.d);
      y = dir === 'past' ? (before ? ref.y : ref.y - 1) : dir === 'future' ? (after ? ref.y : ref.y + 1) : ref.y;
    } else {
      // The publication year, unless that puts the day more than ~8 months away and the
      // neighbouring year does not: "28 december" in a paper of 3 January is last December's.
      // A day after publication told in the past ("am 7. Oktober wurden … getötet" in April) is last year's,
      // unless a forward word comes before it ("the deadline was extended to 9 June").
      y = ref.y;
      const days = daysBetween(ref, { y, m: mo, d });
      if (days > 240) y--;
      else if (days < -240) y++;
      else if (days > 1 && on('past-day-month-last-year')) {
        const start = ctx.windowStart + m.index;
        if (tenseAround(ctx.text, start, start + m[0].length) === 'past' && !endsWithPhrase(ctx.text.slice(Math.max(0, start - 40), start), forwardWords, true)) y--;
      }
    }
    return isValidYmd(y, mo, d) ? withDays({ value: isoOf(y, mo, d), relative: true }, y, mo, d, ctx, m, g) : null;
  }

  /**
   * A range or pair of days before one month: "du 2 au 4 novembre", "2–4 May", "between 2 and 4 May" give every
   * day from the first to the last; "14. und 15. Juli", "le 2 ou le 5" the days named.
   */
  function withDays(r: Reading, y: number, mo: number, d: number, ctx: Ctx, m: RegExpExecArray, g: Record<string, string | undefined>): Reading {
    const last = !on('day-range') ? NaN : g.d2 ? +g.d2 : g.d3 ? +g.d3 : NaN;
    const listed = on('day-range') && g.dl ? (g.dl.match(/\d+/g) ?? []).map(Number) : [];
    if (listed.length) {
      const days = [d, ...listed, ...(last > 0 ? [last] : [])];
      if (days.some((x, i) => (i > 0 && x <= days[i - 1]) || !isValidYmd(y, mo, x))) return r;
      return { ...r, values: days.map((x) => isoOf(y, mo, x)) };
    }
    if (!(last > d) || !isValidYmd(y, mo, last)) return r;
    const through =
      !!g.d2 || (g.rj !== undefined && dayRangeWords.has(keyOf(g.rj))) || endsWithPhrase(ctx.text.slice(Math.max(0, ctx.windowStart + m.index - 30), ctx.windowStart + m.index), betweenWords, true);
    if (through && last - d > 30) return r;
    const values = through ? Array.from({ length: last - d + 1 }, (_, i) => isoOf(y, mo, d + i)) : [r.value, isoOf(y, mo, last)];
    return { ...r, values };
  }


  // chrono-node, trimmed to what we ask of it: reading one day–month(–year) candidate at a time.
  // - no refiners: there is nothing to merge, and their time-zone work starts Intl (~50 ms) on first use;
  // - only the parsers whose pattern names months (told apart by their pattern, not by class names,
  //   which a minifier renames): the others (times, "within 3 days", weekdays) are ours or not wanted,
  //   and each costs a regex compilation on the first page of a language.
  const chrono = pack.chrono.clone();
  chrono.refiners = [];
  const probe = keyOf(pack.months[5].names[0]);
  chrono.parsers = chrono.parsers.filter((p) => {
    try {
      return p.pattern({ option: {}, refDate: new Date(0), reference: {} } as unknown as Parameters<typeof p.pattern>[0]).source.toLowerCase().includes(probe);
    } catch {
      return true;
    }
  });
  const leadingWeekday = new RegExp(`^(?:${WD}),?\\s+`, 'u');

  // chrono's reading of a candidate does not depend on the reference (we only take what the
  // text states), so it is memoised: news repeats its dates.
  const chronoMemo = new Map<string, ChronoRead | null>();
  function readWithChrono(candidate: string, ref: Ymd | null): ChronoRead | null {
    let r = chronoMemo.get(candidate);
    if (r === undefined) {
      if (chronoMemo.size > 5000) chronoMemo.clear();
      r = chronoRead(candidate, ref);
      chronoMemo.set(candidate, r);
    }
    return r;
  }

  function chronoRead(candidate: string, ref: Ymd | null): ChronoRead | null {
    // The weekday before a date is ours to read (chrono merges it in a refiner).
    candidate = candidate.replace(leadingWeekday, '');
    let results;
    try {
      // The reference only fills what the text leaves out; we never use an implied year.
      const refDate = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
      results = chrono.parse(candidate, refDate);
    } catch {
      return null;
    }
    // Without refiners chrono may also return the bare number: take the longest reading at 0.
    let r: (typeof results)[number] | undefined;
    for (const x of results) if (x.index === 0 && (!r || x.text.length > r.text.length)) r = x;
    if (!r || r.text.length < candidate.length - 1) return null;
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) return null;
    return { d: s.get('day')!, mo: s.get('month')!, y: s.isCertain('year') ? s.get('year')! : null };
  }

  // Bare years.
  const yearRe = rx(
    `(?<![\\p{L}\\p{N}€$£.,:])(?<!(?<!\\p{N}{4})/)(?<y>${YEAR})(?![\\p{L}\\p{N}]|[.,:]\\p{N}|[-–/]\\p{N}(?!\\p{N}(?:\\p{N}\\p{N})?(?!\\p{N})))`,
  );
  const cues = new Set(pack.yearCues.map(keyOf));
  const units = new Set(pack.unitWords.map(keyOf));
  const longUnits = [...units].filter((u) => u.length >= 4);
  const joiners = pack.rangeJoiners.map(keyOf);
  const PREV_WORD = /([\p{L}'’/]+)[\s\-‐]*$/u;
  const NEXT_WORD = /^\s*([\p{L}€$%]+)/u;
  const yearCueEndings = (pack.yearCueEndings ?? []).map(keyOf);
  const JOIN_RE = new RegExp(`^\\s*(?:[-–—/]|${joiners.map(escapeRe).join('|') || '(?!)'})\\s*$`, 'u');
  // "2017, 2018 und 2019"
  const LIST_RE = /^\s*,\s*$/;

  /**
   * A 4-digit number that no cue word precedes is still a year when what follows it is not what follows an
   * amount: an article ("starten EU und Indien 2026 eine Plattform"); a lower-case word when the number opens
   * the sentence ("2013 legten beide Seiten …": style guides spell out amounts there, not years); and, in
   * verb-final languages, a lower-case verb that closes the clause ("… den Deal 2018 aufkündigten,").
   */
  function yearByWordAfter(w: string, s: number, after: string): boolean {
    const next = /^\s+(\p{L}+)(\s*(?:[,.;:!?“”»)]|"(?!\p{L})))?/u.exec(after);
    if (!next) return false;
    const k = keyOf(next[1]);
    if (yearFollowers.has(k)) return true;
    if (!/^\p{Ll}/u.test(next[1]) || isUnit(next[1])) return false;
    // "2000 neue Wohnungen", "2000 nieuwe woningen": an adjective before the counted noun
    const adj = pack.amountAdjectives;
    if (adj && adj.endings.some((e) => k.endsWith(e)) && !adj.except.some((e) => k.endsWith(e))) return false;
    if (atSentenceStart(w, s) || /\s[-–—]\s*$/.test(w.slice(Math.max(0, s - 3), s))) return true;
    return !!pack.verbFinalYears && !!next[2];
  }

  function bareYears(ctx: Ctx, out: Candidate[]) {
    const w = ctx.window;
    yearRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    let lastEnd = -100;
    while ((m = yearRe.exec(w))) {
      const s = m.index, e = s + m[0].length;
      const before = w.slice(Math.max(0, s - 30), s);
      const after = w.slice(e, e + 30);
      if (isUnit(NEXT_WORD.exec(after)?.[1])) {
        // "de 1800 à 2000 euros": the start of an amount range is an amount too
        if (s - lastEnd < 12 && JOIN_RE.test(w.slice(lastEnd, s)) && out.length && out[out.length - 1].end === ctx.windowStart + lastEnd) out.pop();
        continue;
      }
      if (pack.postcodeLetters && /^\s?[A-Z]{2}(?![\p{L}])/u.test(after)) continue; // postcode "1012 AB"
      if (/^\s*[x×]\s*\d/u.test(after) || /\d\s*[x×]\s*$/u.test(before)) continue; // "1800 x 1920"
      let ok = false;
      const isRange = s - lastEnd < 12 && (JOIN_RE.test(w.slice(lastEnd, s)) || (on('year-list') && LIST_RE.test(w.slice(lastEnd, s))));
      if (!isRange && /\p{N}[-–]$/u.test(before)) continue; // "978-2-2006-…"
      if (isRange) ok = true;
      else if (/\(\s*$/.test(before) && /^\s*[)\-–,;/]/.test(after)) ok = true;
      else {
        const prev = PREV_WORD.exec(before)?.[1];
        if (prev && cues.has(keyOf(prev))) ok = true;
        // "jusqu'en 2008": the cue is the elided word's second half
        else if (prev && /['’]/.test(prev) && cues.has(keyOf(prev.split(/['’]/).pop()!))) ok = true;
        // "Russia's 2022 invasion"
        else if (prev && on('year-after-possessive') && yearCueEndings.some((e) => keyOf(prev).endsWith(e))) ok = true;
        else ok = on('year-by-next-word') && yearByWordAfter(w, s, after);
      }
      if (!ok) continue;
      lastEnd = e;
      out.push({ start: ctx.windowStart + s, end: ctx.windowStart + e, value: m.groups!.y, relative: false, prio: 100 });
    }
  }

  // Prefilter: anchors.
  const keyWords = new Set<string>();
  for (const p of [...Object.keys(pack.relativeDays), ...Object.keys(pack.relativeYears), ...Object.keys(pack.relativeMonths)]) {
    const words = p.split(/\s+/).sort((a, b) => b.length - a.length);
    keyWords.add(words[0]);
  }
  // Case variants are spelled out (lower, Capitalised, UPPER): a case-insensitive Unicode regex
  // costs ~30 ms to compile (case closure of \p{L}), on the first page of every language.
  const anchorWords = alternation([...allForms, ...pack.weekdays.flat(), ...keyWords, ...Object.keys(pack.agoUnits ?? {})]);
  const anchorRe = new RegExp(`${L}(?:${anchorWords})|(?<!\\p{N})\\d{4}(?!\\p{N})`, 'gu');

  return function findDates(text: string, published: string | null): DateHit[] {
    if (typeof text !== 'string' || !text) return [];
    const ref = parseReference(published);
    const found: Found[] = [];
    anchorRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    let ws = -1, we = -1;
    const flush = () => {
      if (ws < 0) return;
      for (const h of scanWindow(text, ws, we, ref)) found.push(h); // no spread: windows can hold 10⁵ hits
    };
    while ((m = anchorRe.exec(text))) {
      let s = Math.max(0, m.index - WINDOW);
      let e = Math.min(text.length, m.index + m[0].length + WINDOW);
      // Widen to white space so no word is cut.
      while (s > 0 && !/\s/.test(text[s - 1]) && m.index - s < WINDOW + 24) s--;
      while (e < text.length && !/\s/.test(text[e]) && e - m.index < WINDOW + 48) e++;
      if (ws >= 0 && s <= we) we = Math.max(we, e);
      else {
        flush();
        ws = s;
        we = e;
      }
    }
    flush();
    if (on('one-weekday-one-day')) unifyWeekdays(found, ref, text);
    return found.map((c) => toHit(text, c));
  };

  function scanWindow(text: string, ws: number, we: number, ref: Ymd | null): Found[] {
    const window = text.slice(ws, we);
    const ctx: Ctx = { ref, window, windowStart: ws, text };
    const cands: Candidate[] = [];
    rules.forEach((rule, prio) => {
      rule.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rule.re.exec(window))) {
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        const r = rule.resolve(m.groups ?? {}, m, ctx);
        if (r) cands.push({ start: ws + m.index, end: ws + m.index + m[0].length, ...r, prio });
      }
    });
    bareYears(ctx, cands);
    // Longest first, then rule order; keep the non-overlapping ones.
    cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.prio - b.prio || a.start - b.start);
    // Occupancy mask: linear in the candidates' total length (each is short).
    const taken = new Uint8Array(we - ws);
    const kept: Candidate[] = [];
    for (const c of cands) {
      const a = c.start - ws, b = c.end - ws;
      let free = true;
      for (let i = a; i < b; i++) if (taken[i]) { free = false; break; }
      if (!free) continue;
      taken.fill(1, a, b);
      kept.push(c);
    }
    kept.sort((a, b) => a.start - b.start);
    return kept.filter((c) => c.value !== '');
  }

  /**
   * One weekday, one day: in a news text the same weekday name nearly always means the same day. Mentions of a
   * weekday whose clause shows no tense take the coming day when more of its mentions are in a future clause
   * (or after a forward word) than in a past one: "Réunion Otan-Ukraine mardi" + "se retrouveront mardi";
   * not those whose sentence has a past cue further away. Sentences are read only for mentions that would change.
   */
  function unifyWeekdays(found: Found[], ref: Ymd | null, text: string) {
    if (!ref) return;
    const votes = new Map<number, number>();
    for (const c of found) if (c.wd !== undefined && c.tense !== 'none') votes.set(c.wd, (votes.get(c.wd) ?? 0) + (c.tense === 'future' ? 1 : -1));
    for (const c of found) {
      if (c.wd === undefined || c.tense !== 'none' || !((votes.get(c.wd) ?? 0) > 0)) continue;
      // not a mention whose sentence tells a past further away ("he lifted the order around 4:30 a.m. Wednesday")
      if (sentenceHasPast(text, c.start, c.end)) continue;
      Object.assign(c, weekdayReading(upcomingWeekday(ref, c.wd), c.span ?? 0));
    }
  }

  function toHit(text: string, c: Found): DateHit {
    const h: DateHit = { start: c.start, end: c.end, text: text.slice(c.start, c.end), value: c.value, relative: c.relative };
    if (c.values && c.values.length > 1) h.values = c.values;
    return h;
  }
}
