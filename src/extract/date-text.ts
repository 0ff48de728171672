/**
 * Dates as publishers write them, in a few bytes: ISO-like machine values
 * (`2024-06-04T23:30:00-05:00` → `2024-06-04`, the date part as written, i.e. local to the
 * publisher) and visible dates in Dutch, French, German and English (plus the full month
 * names of Spanish, Portuguese and Italian, and the Spanish abbreviations): `04 jun. 2024`, `4 juin 2024`, `1er mars 2024`,
 * `4. Juni 2024`, `June 4, 2024`, `4th June 2024`, `woensdag 4 juni 2024`, `04.06.2024`.
 *
 * No chrono-node here on purpose: this code is injected into pages and must stay tiny.
 */

/** Month names and abbreviations → month number (1–12). Lower case, with and without accents. */
const MONTHS: Record<string, number> = {};
const TABLE: Array<[number, string]> = [
  // en
  [1, 'january jan'], [2, 'february feb'], [3, 'march mar'], [4, 'april apr'], [5, 'may'],
  [6, 'june jun'], [7, 'july jul'], [8, 'august aug'], [9, 'september sep sept'],
  [10, 'october oct'], [11, 'november nov'], [12, 'december dec'],
  // nl
  [1, 'januari'], [2, 'februari'], [3, 'maart mrt mrt maa'], [5, 'mei'], [6, 'juni'], [7, 'juli'],
  [8, 'augustus'], [10, 'oktober okt'],
  // fr
  [1, 'janvier janv'], [2, 'février fevrier févr fevr fév fev'], [3, 'mars'], [4, 'avril avr'],
  [5, 'mai'], [6, 'juin'], [7, 'juillet juil'], [8, 'août aout'], [9, 'septembre'],
  [10, 'octobre'], [11, 'novembre'], [12, 'décembre decembre déc'],
  // de
  [1, 'januar jänner jän'], [2, 'februar'], [3, 'märz maerz mär mrz'], [8, 'august'],
  [12, 'dezember dez'],
  // ro (full names)
  [1, 'ianuarie'], [2, 'februarie'], [3, 'martie'], [4, 'aprilie'], [6, 'iunie'], [7, 'iulie'],
  [9, 'septembrie'], [10, 'octombrie'], [11, 'noiembrie'], [12, 'decembrie'],
  // es / pt / it (full names)
  [1, 'enero janeiro gennaio'], [2, 'febrero fevereiro febbraio'], [3, 'marzo março marco'],
  [4, 'abril aprile'], [5, 'mayo maio maggio'], [6, 'junio junho giugno'], [7, 'julio julho luglio'],
  [8, 'agosto'], [9, 'septiembre setiembre setembro settembre'], [10, 'octubre outubro ottobre'],
  [11, 'noviembre novembro'], [12, 'diciembre dezembro dicembre'],
  // es abbreviations the rows above lack ("29 ene. 2024", "5 ago. 2024", "3 dic. 2024", "1 set. 2024")
  [1, 'ene'], [4, 'abr'], [8, 'ago'], [9, 'set'], [12, 'dic'],
];
for (const [m, names] of TABLE) for (const n of names.split(' ')) MONTHS[n] = m;

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// "4 juin 2024", "1er mars 2024", "4. Juni 2024", "04 jun. 2024", "4th June 2024", "4 de junio de 2024"
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|e|st|nd|rd|th)?\\s*(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`,
  'iu',
);
// "June 4, 2024", "Jun. 4th 2024"
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'iu',
);
// "04.06.2024", "04/06/2024", "4-6-2024" (day first; month first only when the day slot cannot be a month)
const NUMERIC_DMY = /(?<![\d.\/-])(\d{1,2})([.\/-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/;
// "4. 2. 2022", "4.  2.  2022" (German, spaced; day first)
const NUMERIC_DMY_SPACED = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d{2})(?!\d)/;
// "2024-06-04", "2024/06/04", "2024.06.04"
const NUMERIC_YMD = /(?<![\d.\/-])((?:19|20)\d{2})([-\/.])(\d{1,2})\2(\d{1,2})(?!\d)/;

// "2024年6月4日" (ja/zh), "2024년 6월 4일" (ko)
const CJK_YMD = /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;

/** `YYYY-MM-DD` when y/m/d is a real calendar date between 1900 and 2100, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > dim[m - 1]!) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface TextDate {
  /** `YYYY-MM-DD`. */
  value: string;
  /** Where the date starts in the searched string. */
  index: number;
  /** Where it ends. */
  end: number;
  /** Read from an all-numeric form whose day and month could be swapped (`05/06/2024`). */
  ambiguous?: boolean;
}

/**
 * Whether numeric dates read month first: a value, or a function asked only when a date's order is
 * really in doubt (`05/06/2024`; `25/06/2024` reads one way only), so that callers can make the page-wide
 * look-up that answers it lazily.
 */
export type MonthFirst = boolean | (() => boolean);

const FORMS: Array<[RegExp, (m: RegExpExecArray, mf: () => boolean) => [string | null, boolean?]]> = [
  [DAY_MONTH_YEAR, (m) => [isoDate(+m[3]!, MONTHS[m[2]!.toLowerCase()] ?? 0, +m[1]!)]],
  [MONTH_DAY_YEAR, (m) => [isoDate(+m[3]!, MONTHS[m[1]!.toLowerCase()] ?? 0, +m[2]!)]],
  [NUMERIC_YMD, (m) => [isoDate(+m[1]!, +m[3]!, +m[4]!)]],
  [CJK_YMD, (m) => [isoDate(+m[1]!, +m[2]!, +m[3]!)]],
  [NUMERIC_DMY_SPACED, (m) => [isoDate(+m[3]!, +m[2]!, +m[1]!)]],
  [
    NUMERIC_DMY,
    (m, mf) => {
      const a = +m[1]!, b = +m[3]!, y = +m[4]!;
      const doubt = a <= 12 && b <= 12 && a !== b;
      // Only a date whose day and month could be swapped depends on the order (either reading gives the same otherwise).
      const first = doubt && mf();
      const v = first ? (isoDate(y, a, b) ?? (a > 12 ? isoDate(y, b, a) : null)) : (isoDate(y, b, a) ?? (b > 12 ? isoDate(y, a, b) : null));
      return [v, doubt];
    },
  ],
];

// "8.5.12", "28.01.22": German short datelines (two-digit year; dots only). Read only on request.
const NUMERIC_DMY_SHORT = /(?<![\d.\/-])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.\/:-])/;
const SHORT_FORM: (typeof FORMS)[number] = [NUMERIC_DMY_SHORT, (m) => [isoDate((+m[3]! <= 40 ? 2000 : 1900) + +m[3]!, +m[2]!, +m[1]!)]];

const globalOf = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
const G_FORMS = FORMS.map(([re, read]) => [globalOf(re), read] as const);
const G_FORMS_SHORT = [...G_FORMS, [globalOf(NUMERIC_DMY_SHORT), SHORT_FORM[1]] as const];

/** Where a date can be: every date form holds a run of 4 digits (its year), or is a short `28.01.22`. */
const SEED = /\d{4,}/g;
const SEED_SHORT = /\d\.\d{1,2}\.\d{2}/g;
/**
 * Characters a date can reach before and after its year (or a short date) when no whitespace run is
 * longer than 3: "31st de septembrie de 2024" is 37 characters, "2024 年 6 月 4 日" 26. A window is wider
 * than any date on both sides, so a date in it reads exactly as in the whole text (same look-behind and
 * look-ahead characters, same matches in the same order).
 */
const BEFORE = 80;
const AFTER = 48;
/** Below this length the whole text is read. */
const WINDOWED_FROM = 2000;

/**
 * The stretches of `s` that can hold a date, merged, in order: a long page's text is read there only
 * (the date forms' month alternations are slow to try at every character). Null when `s` is short or
 * has a whitespace run long enough to stretch a date beyond the window.
 */
function dateWindows(s: string, short: boolean): Array<[number, number]> | null {
  if (s.length < WINDOWED_FROM || /\s{4}/.test(s)) return null;
  const spans: Array<[number, number]> = [];
  for (const seed of short ? [SEED, SEED_SHORT] : [SEED]) {
    seed.lastIndex = 0;
    for (let m = seed.exec(s); m; m = seed.exec(s)) spans.push([Math.max(0, m.index - BEFORE), Math.min(s.length, m.index + m[0].length + AFTER)]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const w of spans) {
    const last = out[out.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else out.push([w[0], w[1]]);
  }
  return out;
}

/**
 * Every full date (day, month, year) written in `text`, in any of the supported forms, in order.
 * Numeric dates are read day first (European order) unless `monthFirst`; `shortYear` also reads
 * `28.01.22`.
 */
export function allTextDates(text: string, opts: { monthFirst?: MonthFirst; max?: number; shortYear?: boolean; wholeText?: boolean } = {}): TextDate[] {
  const out: TextDate[] = [];
  if (!text) return out;
  const s = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const max = opts.max ?? 500;
  const given = opts.monthFirst;
  const mf = typeof given === 'function' ? given : () => !!given;
  const windows = (opts.wholeText ? null : dateWindows(s, !!opts.shortYear)) ?? [[0, s.length]];
  const whole = windows.length === 1 && windows[0]![0] === 0 && windows[0]![1] === s.length;
  for (const [g, read] of opts.shortYear ? G_FORMS_SHORT : G_FORMS) {
    let n = 0;
    for (const [ws, we] of windows) {
      if (n >= max) break;
      const sub = whole ? s : s.slice(ws, we);
      g.lastIndex = 0;
      for (let m = g.exec(sub); m && n < max; m = g.exec(sub), n++) {
        const [value, ambiguous] = read(m, mf);
        const at = m.index + ws;
        const end = at + m[0].length;
        if (value && !out.some((d) => at < d.end && d.index < end)) out.push({ value, index: at, end, ...(ambiguous ? { ambiguous } : {}) });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** {@link allTextDates} reading the whole text, for tests: the windows must change nothing. */
export function allTextDatesUnwindowed(text: string, opts: { monthFirst?: MonthFirst; max?: number; shortYear?: boolean } = {}): TextDate[] {
  return allTextDates(text, { ...opts, wholeText: true });
}

/**
 * The first full date written in `text` (see {@link allTextDates}).
 */
export function findTextDate(text: string, opts: { monthFirst?: MonthFirst } = {}): TextDate | null {
  if (!text) return null;
  return allTextDates(text.length > 4000 ? text.slice(0, 4000) : text, { ...opts, max: 5 })[0] ?? null;
}

/**
 * The page's own order for numeric dates: `mdy` when one of them can only be month first
 * (`12/25/2023`), `dmy` when one can only be day first (`25.12.2023`), null when they do not say
 * (or say both).
 */
export function numericOrder(text: string): 'dmy' | 'mdy' | null {
  let dmy = 0, mdy = 0;
  const g = new RegExp(NUMERIC_DMY.source, 'g');
  let n = 0;
  for (let m = g.exec(text); m && n < 300; m = g.exec(text), n++) {
    const a = +m[1]!, b = +m[3]!;
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  return dmy && !mdy ? 'dmy' : mdy && !dmy ? 'mdy' : null;
}

const ISO_PREFIX = /^\s*((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:$|[T\s_]|[+-]\d|Z)/i;
const YEAR_MONTH_ONLY = /^\s*((?:19|20)\d{2})-(\d{2})\s*$/;

/**
 * A machine-readable date value (JSON-LD, meta content, `datetime` attribute) → `YYYY-MM-DD`.
 * The date part is taken as written (a publisher's local date); other textual forms fall back
 * to {@link findTextDate}; bare epoch timestamps (seconds or ms) are read as UTC.
 */
export function parseMachineDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (!v || v.length > 200) return null;
  const iso = ISO_PREFIX.exec(v);
  if (iso) return isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
  if (YEAR_MONTH_ONLY.test(v)) return null; // a month is not a publication day
  if (/^\d{10}(?:\d{3})?$/.test(v)) return fromEpoch(+v);
  return findTextDate(v)?.value ?? null;
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A date in a URL's path: `/2024/06/04/`, `/2017/7/12/`, `/2024-06-04-slug`, `/20240604/`, `/29-10-2021`, `/220126_PM_…`. */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  let m = /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_.])/.exec(path);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /(?:^|[\/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d])/.exec(path);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /(?:^|\/)((?:19|20)\d{2})(\d{2})(\d{2})(?:[\/_.-]|$)/.exec(path);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  // day first: `/29-10-2021`, `/08112021-online-fachtag`
  m = /(?:^|\/)(\d{2})-?(\d{2})-?((?:19|20)\d{2})(?:[\/_.-]|$)/.exec(path);
  if (m) return isoDate(+m[3]!, +m[2]!, +m[1]!);
  // a press-release number: `/220126_PM_Telegram.html` (yymmdd_)
  m = /(?:^|\/)([0-3]\d)(\d{2})(\d{2})_/.exec(path);
  if (m) return isoDate(2000 + +m[1]!, +m[2]!, +m[3]!);
  return null;
}

/**
 * An element's `datetime` attribute. Browsers lower-case attribute names when they parse HTML; linkedom
 * (the CLI's DOM) keeps them as written, and React writes `dateTime`: read both, so the CLI sees what the
 * extension sees.
 */
export function datetimeAttr(el: Element): string | null {
  return el.getAttribute('datetime') ?? el.getAttribute('dateTime');
}

/** A machine timestamp: its written date, and the time and UTC offset when it states them. */
export interface Stamp {
  /** `YYYY-MM-DD` as written. */
  date: string;
  /** Minutes since midnight, when the value has a time. */
  time: number | null;
  /** Minutes east of UTC (`Z` → 0), when the value states it. */
  offset: number | null;
}

const STAMP = /^\s*((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[T\s_]+(\d{1,2}):(\d{1,2})(?::\d{1,2}(?:[.,]\d+)?)?)?\s*(Z|(?:GMT|UTC)?\s*[+-]\d{2}:?\d{2}|GMT|UTC)?/i;

/** An ISO-like timestamp (`2023-11-09T03:28:35Z`, `2020-12-05T23:15:0Z`, `2021-11-04T23:00+01:00`), or null. */
export function parseStamp(value: unknown): Stamp | null {
  if (typeof value !== 'string' || value.length > 200) return null;
  const m = STAMP.exec(value);
  if (!m) return null;
  const date = isoDate(+m[1]!, +m[2]!, +m[3]!);
  if (!date) return null;
  const time = m[4] != null ? +m[4] * 60 + +m[5]! : null;
  let offset: number | null = null;
  const z = m[6]?.replace(/GMT|UTC|\s/gi, '');
  if (m[6] && !z) offset = 0;
  else if (z === 'Z' || z === 'z') offset = 0;
  else if (z) {
    const o = /([+-])(\d{2}):?(\d{2})/.exec(z)!;
    offset = (o[1] === '-' ? -1 : 1) * (+o[2]! * 60 + +o[3]!);
  }
  return { date, time, offset };
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The local day of a stamp that has a time and an offset, read at `offset` minutes east of UTC. */
export function localDay(s: Stamp, offset: number): string {
  if (s.time == null || s.offset == null) return s.date;
  const mins = s.time - s.offset + offset;
  return mins < 0 ? addDays(s.date, -1) : mins >= 1440 ? addDays(s.date, 1) : s.date;
}
