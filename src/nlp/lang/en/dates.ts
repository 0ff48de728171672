/** English date words. Loaded lazily by src/nlp/dates/find-dates.ts. */
import { strict } from 'chrono-node/en';
import type { DatePack, DatePackData } from '../../dates/pack';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const enDateData: DatePackData = {
  lang: 'en',
  capitalisedMonths: true,
  monthDayOrder: true,
  numericMonthFirstFallback: true,
  months: [
    { names: ['January'], abbr: ['Jan'] },
    { names: ['February'], abbr: ['Feb', 'Febr'] },
    { names: ['March'], abbr: ['Mar'] },
    { names: ['April'], abbr: ['Apr'] },
    { names: ['May'], abbr: [] },
    { names: ['June'], abbr: ['Jun'] },
    { names: ['July'], abbr: ['Jul'] },
    { names: ['August'], abbr: ['Aug'] },
    { names: ['September'], abbr: ['Sep', 'Sept'] },
    { names: ['October'], abbr: ['Oct'] },
    { names: ['November'], abbr: ['Nov'] },
    { names: ['December'], abbr: ['Dec'] },
  ],
  weekdays: WEEKDAYS.map((d) => [d]),
  // feasts and events; and "every Monday", "on a Monday" (no particular day)
  weekdayBlockers: ['Ash', 'Good', 'Black', 'Holy', 'Cyber', 'Super', 'Maundy', 'Easter', 'Palm', 'Whit', 'Blue', 'Bloody', 'Shrove', 'Giving', 'every', 'each', 'a'],
  dayParts: ['morning', 'afternoon', 'evening', 'night'],
  relativeDays: {
    'the day before yesterday': -2,
    yesterday: -1,
    'last night': -1,
    today: 0,
    tonight: 0,
    'this morning': 0,
    'this afternoon': 0,
    'this evening': 0,
    tomorrow: 1,
    'the day after tomorrow': 2,
  },
  // "a better tomorrow"
  relativeDayBlockers: ['better', 'brighter'],
  notDates: [
    'to this day', 'still today', 'even today', 'until today', 'today still',
    // anaphora: relative to the story, not to the publication ("The next year, Waite published…")
    'the next year', 'the following year', 'the previous year', 'the year before', 'the next month', 'the following month',
    ...WEEKDAYS.flatMap((d) => [`the last ${d}`, `the first ${d}`, `the second ${d}`, `the third ${d}`, `the fourth ${d}`, `the next ${d}`, `the following ${d}`]),
  ],
  relativeYears: { 'last year': -1, 'this year': 0, 'next year': 1 },
  relativeMonths: { 'last month': -1, 'this month': 0, 'next month': 1 },
  preModifiers: { last: 'past', 'this past': 'past', past: 'past', next: 'future', coming: 'future', 'this coming': 'future' },
  postModifiers: {},
  monthYearLinks: ['of'],
  yearMonthLinks: ['in'],
  monthPrepositions: ['in', 'since', 'early', 'late', 'mid', 'until', 'till', 'by', 'during', 'through', 'before', 'after', 'from', 'of'],
  yearCues: [
    'in', 'of', 'since', 'from', 'until', 'till', 'by', 'before', 'after', 'year', 'years', 'the', 'early', 'late', 'mid',
    'between', 'around', 'circa', 'c', 'spring', 'summer', 'autumn', 'fall', 'winter', 'during', 'through', 'fiscal', 'for',
  ],
  rangeJoiners: ['and', 'to', 'or', 'through'],
  unitWords: [
    'euro', 'euros', 'eur', 'dollar', 'dollars', 'usd', 'pounds', 'people', 'persons', 'residents', 'inhabitants', 'dead',
    'deaths', 'victims', 'injured', 'members', 'participants', 'employees', 'workers', 'staff', 'officers', 'troops',
    'soldiers', 'jobs', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'm', 'kg', 'tonnes', 'tons', 'litres',
    'hours', 'minutes', 'seconds', 'percent', 'per', 'times', 'homes', 'houses', 'households', 'families', 'beds', 'patients',
    'cases', 'refugees', 'children', 'students', 'votes', 'seats', 'pages', 'hectares', 'acres', 'units', 'vehicles', 'cars',
    'square', 'cubic', 'firefighters', 'rescuers', 'buildings',
  ],
  futureCues: ['will', 'll', 'shall', 'would', 'going', 'expected', 'scheduled', 'plans', 'planned', 'is to', 'are to', 'set to'],
  futureNot: ['would have'],
  // not "from": "down 0.20 from Thursday's settlement price"
  forwardWords: ['until', 'till', 'into', 'to'],
  pastCues: ['was', 'were', 'had', 'did', 'said', 'told', 'has been', 'have been', 'would have'],
  pastVerbEndings: ['ed'],
  // "will be closed Monday", "were killed on Monday": the participle is not a simple past
  participleAuxiliaries: ['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'get', 'got', 'gets'],
  weekdayDeictics: ['this'],
  clauseLinks: ['that', 'which', 'who', 'what', 'how', 'why', 'whether', 'where', 'when', 'while', 'because', 'but', 'although', 'after', 'before', 'if', 'as', 'and'],
  dayRangeWords: ['to', 'through', 'until', 'into'],
  betweenWords: ['between'],
  dayMonthLinks: ['of'],
  yearFollowers: ['the', 'a', 'an'],
  yearCueEndings: ["'s"],
  numberWords: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 },
  agoUnits: { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' },
  agoAfter: ['ago'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
};

export const enDates: DatePack = { ...enDateData, chrono: strict };
