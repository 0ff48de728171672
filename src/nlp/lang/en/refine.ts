import countries from 'i18n-iso-countries/langs/en.json';
import { countryNames } from '../../gazetteers/countries';
import { isGivenName } from '../../gazetteers/given-names';
import { normKey, type Lexicon } from '../../ner/lexicon';
import type { RuleSpan, Tok } from '../../ner/recognise';
import type { Rule, RuleId, SpanState } from '../../ner/rules';
import { spanKey, wordSet } from '../../ner/token-spans';

/**
 * English rules over one text's spans (listed in order in rules.ts): what only the surrounding text can tell.
 *
 * Sports: in a sports report a town or county that plays is a team, i.e. an organisation
 * ("Leicestershire beat Somerset", "Ipswich 5 Reading 2", standings rows "Grimsby 2 0 0 2 3 6 0",
 * "Chelsea defender X", "Toronto Blue Jays", "champions Porto"). National sides keep the country's
 * type (LOC), as in Reuters-style annotation; tables of players (golf, cricket averages) are not
 * tables of teams; scorecards and goal scorers are people.
 * Business: companies from market context ("X was up 1/8", "shares of X", "X & Y", a headline's
 * "X posts"), media before "newspaper"/"news agency", names ending in 's (Moody's).
 * People: a surname alone is the person named in full in the same text; initials, O', Mother stay
 * with the name; nationality words are no names. Datelines and capitalised headlines get their
 * known names. A name typed from its context is typed the same at its other mentions.
 * Each rule is a linear scan over tokens, sentences or spans; nothing is harvested from any corpus.
 */

const set = wordSet;

/** Sports named in a headline or a section line ("SOCCER - ...", "Cricket: ..."). */
export const SPORTS = set(`soccer football cricket tennis golf baseball basketball rugby hockey cycling athletics motorcycling motocross rallying rally
  boxing racing motor-racing motorsport volleyball handball swimming skiing squash badminton snooker sailing rowing wrestling judo darts
  formula nfl nba nhl afl`);
/** Words of sports reports: enough of them make the text a sports text. */
export const SPORT_WORDS = set(`innings wicket wickets bowled batting batsman bowler halftime half-time goal goals goalkeeper striker midfielder defender
  scorer penalty equaliser equalizer league standings semifinal semi-final quarter-final quarterfinal seeded homer homered inning pitcher pitched
  rbi touchdown playoff play-off squad fixture fixtures relegation premiership stadium referee tennis soccer football cricket rugby golf baseball
  beat beats drew seed scored match matches championship tournament coach cup season points played club clubs manager captain final draw runs division won lost win victory defeat title promoted`);
/** Words of sport that other news uses as much (elections are won, titles held): they count, but do not suffice. */
export const GENERIC_SPORT_WORDS = set(`won lost win victory defeat title season points played final draw runs division beat beats match matches club clubs manager captain coach cup`);
/** Verbs and prepositions between two teams ("X beat Y", "X v Y", "X drew with Y", "X lost to Y"). */
const VERSUS = set(`beat beats v vs vs. versus defeated defeat drew lost against edged routed thrashed crushed downed outclassed tied trounced
  overpowered stunned held edge rout thrash crush down hold`);
/** Nouns after a team's name: "Chelsea defender Terry Phelan", "Dodgers manager", "the Dortmund trio". */
const TEAM_ROLES = set(`striker midfielder defender goalkeeper keeper forward winger captain coach manager chairman player players side team
  squad fans supporters trio pair duo skipper batsman bowler pitcher outfielder infielder catcher shortstop closer reliever starter rookie
  quarterback playmaker sweeper libero fullback full-back centre-back centre-half stopper president`);
/** Last words of club names ("Bristol City", "Sheffield Wednesday", "Aston Villa"). */
const TEAM_TAILS = set(`city united town county rovers wanderers athletic albion villa wednesday rangers orient argyle alexandra academical hotspur
  forest palace celtic thistle juniors sporting`);
/** Words before a newspaper's or agency's name ("the daily X", "the weekly X"). */
const PRESS = set(`daily weekly newspaper paper tabloid magazine journal agency broadsheet`);
/** Nouns after a medium's name ("Liberte newspaper said", "the Lancet medical journal" is caught by "journal"). */
const PRESS_AFTER = set(`newspaper daily weekly magazine journal television radio tv newsletter`);
const COMPASS = set(`north south east west northern southern eastern western central`);
/** Nationality and group adjectives (and their plurals), lower case. */
const DEMONYMS = set(`afghan albanian algerian american angolan argentine argentinian armenian australian austrian azeri bahraini bangladeshi
  belarussian belarusian belgian bolivian bosnian brazilian british bulgarian burmese burundian cambodian cameroonian canadian chadian chilean
  chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorean ecuadorian egyptian english estonian ethiopian european
  filipino finnish french gabonese georgian german ghanaian greek guatemalan guinean haitian honduran hungarian icelandic indian indonesian
  iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz laotian latvian
  lebanese liberian libyan lithuanian macedonian malagasy malaysian malian maltese mauritanian mexican moldovan mongolian montenegrin
  moroccan mozambican namibian nepali nepalese nicaraguan nigerian norwegian omani pakistani palestinian panamanian paraguayan peruvian
  polish portuguese qatari romanian russian rwandan saudi scottish senegalese serb serbian slovak slovakian slovene slovenian somali african
  spanish sudanese surinamese swedish swiss syrian taiwanese tajik tanzanian thai tibetan togolese tunisian turkish turkmen ugandan
  ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni yugoslav zairean zambian zimbabwean lankan lankans kiwis afrikaner afrikaners roman maoist marxist leninist stalinist western eastern arab asian latin islamic moslem muslim
  christian catholic protestant jewish hindu sikh buddhist shiite sunni communist socialist soviet americans russians germans africans
  asians europeans arabs serbs croats moslems muslims israelis palestinians iraqis iranians kurds chinese japanese`);
/** Organisations whose name ends in 's, lower case without it. */
const POSSESSIVE_ORGS = set(`moody lloyd mcdonald sainsbury macy kellogg wendy denny dillard harrah sotheby christie`);
/** Frequent Chinese, Korean and Vietnamese surnames, which come first in the name ("Wang Dan", "Kim Young-sam"). */
const CJK_SURNAMES = set(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng cao
  peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jiang qian tan jia fu zou xiong meng qin yan jin
  kim lee park choi jung kang cho yoon jang lim shin oh seo kwon hwang ahn song hong nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly
  chan wong leung lau cheung tse tsang ho lai kwok chow yip`);
/** Words only cricket uses: two of them make a cricket report. */
export const CRICKET_WORDS = set(`innings wickets wicket overs lbw`);
const TEAM_SPORTS = set(`soccer football cricket rugby baseball basketball hockey volleyball handball nfl nba nhl afl`);
/** The first-class cricket counties of England and Wales (their sides play the county championship). */
const CRICKET_COUNTIES = set(`derbyshire durham essex glamorgan gloucestershire hampshire kent lancashire leicestershire middlesex northamptonshire
  nottinghamshire somerset surrey sussex warwickshire worcestershire yorkshire`);
/** Abbreviations with a dot inside place and team names ("St. Gallen", "Ft. Worth", "Mt. Kenya"). */
const ABBREV_IN_NAMES = set(`st ft mt pt`);
/** Verbs of price moves after a company's name ("Acme rose 20 cents"). */
const MARKET_VERBS = set(`rose fell gained lost climbed slipped eased dropped jumped plunged slumped tumbled surged advanced declined added shed
  firmed weakened rises falls gains plunges jumps climbs slips drops dips dipped soared soars sank sinks rallied rallies closed ended finished`);
const MARKET_AFTER = set(`to by at cents pence sharply slightly strongly higher lower`);
const MARKET_STATE = set(`up down off unchanged higher lower steady flat firmer weaker`);
/** Nouns after a company's name ("Acme spokesman", "Acme shareholders"). */
const ORG_AFTER = set(`spokesman spokeswoman chairman chairwoman shareholders stockholders subsidiary executives analyst analysts poll pollsters`);
/** Words of market indexes, which are not companies ("Nikkei rose 100 points"). */
const INDEX_WORDS = set(`nikkei dow ftse dax cac hang seng s&p nasdaq sensex topix kospi index average composite bovespa merval ibex mib`);
/** Capitalised sentence starts of market reports that are no companies. */
const COMMON_SENTENCE_STARTS = set(`turnover exports imports stocks shares bonds prices sales profits earnings revenue output volume trading key leading
  futures gold silver oil copper index indices markets equities`);
const MONTH_ABBR = set(`jan feb mar apr jun jul aug sep sept oct nov dec`);
/** Words right before a side's name in team sports ("champions Porto", "hosts Genoa"). */
const TEAM_BEFORE = set(`champions holders leaders rivals visitors hosts joined joins join`);
/** Verbs after a company at the start of a business headline ("X posts", "X sees"). */
const HEADLINE_VERBS = set(`posts sees says closes buys sells plans wins cuts raises reports agrees files completes acquires names announces expects
  signs gets sets ups lifts opens unveils launches boosts slashes reaffirms affirms forecasts targets eyes seeks ends extends confirms denies
  shares stock net profit profits sales earnings results`);
/** Reasons of this pass's context typing, whose names the rest of the document follows. */
const CONTEXT_WHYS = set(`company press capital en-surname`);
/** Prepositions before a place as such ("in Chicago", "at Lord's", "from London"). */
const LOCATIVE = set(`in at near from to into outside inside across around through via toward towards of`);

let COUNTRY_KEYS: Set<string> | null = null;
function countryKeys(): Set<string> {
  if (!COUNTRY_KEYS) {
    COUNTRY_KEYS = new Set(countryNames(countries).map(normKey));
    for (const c of EXTRA_LIST) COUNTRY_KEYS.add(normKey(c));
  }
  return COUNTRY_KEYS;
}
const EXTRA_LIST = [
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'UK', 'U.K.', 'US', 'U.S.', 'USA', 'U.S.A.', 'America',
  'United States', 'Yugoslavia', 'Soviet Union', 'USSR', 'Czechoslovakia', 'Czech Republic', 'Holland', 'Russia', 'South Korea', 'North Korea',
  'Taiwan', 'Iran', 'Syria', 'Vietnam', 'Laos', 'Bolivia', 'Venezuela', 'Tanzania', 'Moldova', 'Macedonia', 'Bosnia', 'Europe', 'Asia', 'Africa',
  'Oceania', 'Ireland', 'Zaire', 'Burma', 'Ivory Coast', 'Hong Kong', 'Macau', 'Palestine', 'Kosovo', 'West Indies', 'Rest of the World',
];

/** A run of digits with its glued punctuation, as written: "236-4", ".536", "12,700-12,800", "1996-08-26". */
const NUMERIC = /^(?:[-+]?[\d.,/-]*\d[\d.,/-]*)$/;
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
const DATE_LIKE = /^\d{4}-\d\d-\d\d$/;
const NOT_A_SCORE_AFTER = /^(?:%|percent|pct|per|minutes?|min|mins|years?|months?|days?|hours?|million|billion|mln|bln|pounds|dollars|points?|km|metres?|meters|miles|seconds|laps)$/i;

interface Unit {
  t0: number;
  t1: number;
  /** The spans the unit is made of (none: uncovered capitalised words). */
  parts: RuleSpan[];
}

/** Per-text helpers of the en rules, built once per text. */
function enContext(st: SpanState) {
  const { lex, toks, n, owner, lowerSeen } = st;
  // The rules read the spans in token order.
  st.live.sort((a, b) => a.t0 - b.t0);
  st.reown();
  /** The spans the engine handed over (the rules' additions follow them in st.live). */
  const spans = st.live.slice();
  const spanOf = (idx: number) => st.live[idx];
  const drop = (x: RuleSpan) => st.drop(x);
  const absorb = (s: RuleSpan, nx: RuleSpan) => st.absorb(s, nx);
  const sports = st.genre === 'sports';
  /** Found by the score rule: the text's tables are of people (golf, cricket averages), not of teams. */
  const flags = { personTables: false };
  const countriesK = countryKeys();
  const keyOf = (t0: number, t1: number) => spanKey(toks, t0, t1);
  const isCountry = (t0: number, t1: number) => countriesK.has(keyOf(t0, t1));
  const isPlaceTok = (t: Tok) => lex.names.get(t.key) === 'LOC' || lex.caseSensitive.get(t.core) === 'LOC';

  // Sentences as token ranges.
  const sentStart: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || toks[i].sent !== toks[i - 1].sent) sentStart.push(i);
  sentStart.push(n);
  /** A team sport named in the headline (football, cricket, rugby …): there "X beat Y" is two sides, not two players. */
  let teamSport = false;
  let cricket = false;
  {
    let cricketWords = 0;
    for (let i = 0; i < n; i++) {
      const l = toks[i].lower;
      const sport = i < sentStart[1] ? (SPORTS.has(l) ? l : l.includes('-') ? l.split('-').find((x) => SPORTS.has(x)) : undefined) : undefined;
      if (sport) {
        if (TEAM_SPORTS.has(sport)) teamSport = true;
        if (sport === 'cricket') cricket = true;
      }
      if (CRICKET_WORDS.has(l)) cricketWords++;
    }
    if (cricketWords >= 2) cricket = teamSport = true;
  }
  const nameTok = (t: Tok) => t.isWord && (t.cap || t.allCaps) && !lex.stop.has(t.lower) && !lex.nonEntities.has(t.lower);

  /** The digits written from token k on (glued tokens only), and the token after them. */
  const numericAt = (k: number, end: number): { text: string; next: number } | null => {
    if (k >= end || !/^[\d.+-]/.test(toks[k].text)) return null;
    let txt = toks[k].text;
    let j = k + 1;
    while (j < end && toks[j].start === toks[j - 1].end && /^[\d.,/-]+$/.test(toks[j].text)) txt += toks[j++].text;
    return NUMERIC.test(txt) ? { text: txt, next: j } : null;
  };

  /** The name unit starting at token i: adjacent spans and uncovered capitalised words ("Sparta" + "Rotterdam"). */
  const unitAt = (i: number, end: number): Unit | null => {
    const parts: RuleSpan[] = [];
    let j = i;
    while (j < end) {
      if (j > i && toks[j - 1].core !== toks[j - 1].text) break; // a possessive ends the name
      if (owner[j] >= 0) {
        const s = spanOf(owner[j]);
        if (s.t0 !== j || s.t1 <= j || s.t1 > end) break;
        parts.push(s);
        j = s.t1;
      } else if (nameTok(toks[j])) {
        // "St. Gallen", "Ft. Worth": the abbreviation's dot stays inside the name.
        if (j + 2 < end && toks[j].core.length <= 3 && toks[j + 1].text === '.' && toks[j + 1].start === toks[j].end && owner[j + 1] < 0 && owner[j + 2] < 0 && nameTok(toks[j + 2]) && ABBREV_IN_NAMES.has(toks[j].lower)) j += 2;
        else j++;
      }
      else break;
    }
    return j > i ? { t0: i, t1: j, parts } : null;
  };
  /** Evidence that a unit is a person: a PER span with a given name or title, a given name, an initial. */
  const personish = (u: Unit) => {
    for (const p of u.parts) if (p.type === 'PER' && p.why !== 'shape' && p.why !== 'doc') return true;
    const t = toks[u.t0];
    return u.t1 - u.t0 >= 2 && (isGivenName(t.core) || (t.core.length === 1 && toks[u.t0 + 1].text === '.'));
  };
  const placeSpan = (u: Unit) => u.parts.length === 1 && u.parts[0].t0 === u.t0 && u.parts[0].t1 === u.t1 && u.parts[0].type === 'LOC';
  const addSpan = (t0: number, t1: number, type: RuleSpan['type'], why: RuleId) => {
    st.add(t0, t1, type, why);
  };
  /** Type a unit that the rules left open (uncovered, MISC, a bare shape guess). */
  const typeOpen = (u: Unit, type: RuleSpan['type'], why: RuleId) => {
    if (!u.parts.length) return addSpan(u.t0, u.t1, type, why);
    if (u.parts.length === 1 && u.parts[0].t0 === u.t0 && u.parts[0].t1 === u.t1 && (u.parts[0].type === 'MISC' || u.parts[0].why === 'shape' || u.parts[0].why === 'prep')) {
      u.parts[0].type = type;
      u.parts[0].why = why;
    }
  };
  const makeOrg = (u: Unit, why: RuleId) => {
    if (isCountry(u.t0, u.t1) || personish(u)) return;
    if (u.parts.length === 1 && u.parts[0].t0 === u.t0 && u.parts[0].t1 === u.t1) {
      const s = u.parts[0];
      if (s.type === 'ORG') return;
      s.type = 'ORG';
      s.why = why;
      s.confidence = 'medium';
      return;
    }
    for (const p of u.parts) drop(p); // replaced by the whole
    st.add(u.t0, u.t1, 'ORG', why);
  };

  /** A sentence that is only a name and an ISO date: a dateline. */
  const dateline = (t0: number, t1: number) => {
    if (t1 >= n) return false;
    let d = t1;
    // "AKRON, Ohio 1996-08-22": the state or country between the town and the date.
    if (toks[d].text === ',') {
      d++;
      while (d < n && d - t1 <= 3 && toks[d].sent === toks[t0].sent && (toks[d].cap || toks[d].text === '.')) d++;
    }
    const x = numericAt(d, n);
    if (!x || !DATE_LIKE.test(x.text) || toks[t0].sent !== toks[d].sent) return false;
    if (t0 > 0 && toks[t0 - 1].sent === toks[t0].sent) return false;
    return x.next >= n || toks[x.next].sent !== toks[t0].sent;
  };

  /** "Somerset 298-6", "Middlesex 199 in 60 overs": a side's innings total. */
  const cricketTotal = (u: Unit, score: string) => {
    if (/^\d{2,3}-\d{1,2}$/.test(score)) return true;
    if (!/^\d{2,3}$/.test(score)) return false;
    let k = u.t1;
    while (k < n && toks[k].start === toks[k - 1].end + 0 && k - u.t1 < 3 && /^\d/.test(toks[k].text)) k++;
    const nx = k < n && toks[k].sent === toks[u.t0].sent ? toks[k].lower : '';
    return nx === 'in' || nx === 'and' || nx === 'all' || nx === 'for';
  };
  return { spans, spanOf, drop, absorb, sports, teamSport, cricket, flags, lex, toks, n, owner, lowerSeen, countriesK, keyOf, isCountry, isPlaceTok, sentStart, nameTok, numericAt, unitAt, personish, placeSpan, addSpan, typeOpen, makeOrg, dateline, cricketTotal };
}
const EN_KEY = {};
const en = (st: SpanState) => st.shared(EN_KEY, enContext);

export const enHeadline: Rule = {
  id: 'en-headline',
  apply(st) {
    const { lex, toks, owner, keyOf, sentStart, addSpan } = en(st);
    // Headlines in capitals: known names the engine left out ("SOCCER - WALES BEAT SAN MARINO IN WORLD CUP QUALIFIER").
    for (let si = 0; si + 1 < sentStart.length; si++) {
      const s0 = sentStart[si];
      const s1 = sentStart[si + 1];
      let words = 0;
      let caps = 0;
      for (let k = s0; k < s1; k++) if (toks[k].isWord) {
        words++;
        if (toks[k].allCaps) caps++;
      }
      if (words < 3 || caps * 10 < words * 6) continue;
      // "PANAMA'S ROBERTO DURAN FIGHTS ON": a given name and a surname in a capitalised headline.
      for (let k = s0; k + 1 < s1; k++) {
        const t = toks[k];
        if (owner[k] >= 0 || !t.allCaps || t.core.length < 3 || lex.stop.has(t.lower) || !isGivenName(t.core) || t.core !== t.text) continue;
        if (k > s0 && owner[k - 1] < 0 && toks[k - 1].allCaps && !lex.stop.has(toks[k - 1].lower) && toks[k - 1].core === toks[k - 1].text) continue;
        const nx = toks[k + 1];
        if (owner[k + 1] >= 0 || !nx.allCaps || nx.core.length < 3 || lex.stop.has(nx.lower) || lex.nonEntities.has(nx.lower) || lex.names.has(nx.key) || lex.orgWords.has(nx.lower)) continue;
        addSpan(k, k + 2, 'PER', 'headline-name');
        k++;
      }
      for (let k = s0; k < s1; k++) {
        if (owner[k] >= 0 || !toks[k].allCaps || lex.stop.has(toks[k].lower) || lex.nonEntities.has(toks[k].lower)) continue;
        for (let len = Math.min(4, s1 - k); len >= 1; len--) {
          let free = true;
          for (let q = k; q < k + len; q++) if (owner[q] >= 0 || !toks[q].isWord) free = false;
          if (!free) continue;
          const type = lex.names.get(keyOf(k, k + len)) ?? (len === 1 ? lex.caseSensitive.get(toks[k].core) : undefined);
          if (!type) continue;
          if (len === 1 && toks[k].core.length <= 2) break;
          // "U.S. OPEN", "AFRICA NATIONS CUP": a name inside an event's name.
          let event = false;
          for (let q = k + len; q < Math.min(s1, k + len + 3) && toks[q].isWord && toks[q].allCaps && !lex.stop.has(toks[q].lower); q++) if (lex.miscWords.has(toks[q].lower) || toks[q].lower === 'classic') event = true;
          if (event) break;
          addSpan(k, k + len, type, 'gaz-headline');
          k += len - 1;
          break;
        }
      }
    }
  },
};

export const enScores: Rule = {
  id: 'en-score',
  apply(st) {
    const { sports, teamSport, cricket, flags, toks, isCountry, sentStart, numericAt, unitAt, personish, placeSpan, addSpan, makeOrg, dateline, cricketTotal } = en(st);
    // Candidates first: tables of people (cricket averages, golf scores) are not tables of teams.
    const cands: { u: Unit; why: RuleId }[] = [];
    for (let si = 0; si + 1 < sentStart.length; si++) {
      const s0 = sentStart[si];
      const s1 = sentStart[si + 1];
      let f = s0;
      while (f < s1 && !toks[f].isWord) f++;
      const first = f < s1 ? unitAt(f, s1) : null;
      // Table row: a name followed by three or more numbers and little else ("Grimsby 2 0 0 2 3 6 0").
      if (first && !first.parts.length && dateline(first.t0, first.t1)) {
        addSpan(first.t0, first.t1, 'LOC', 'dateline');
        continue;
      }
      if (first) {
        const head = numericAt(first.t1, s1);
        if (head && !DATE_LIKE.test(head.text)) {
          let nums = 0;
          let words = 0;
          for (let k = first.t1; k < s1; ) {
            const x = numericAt(k, s1);
            if (x) {
              nums++;
              k = x.next;
            } else {
              if (toks[k].isWord) words++;
              k++;
            }
          }
          if (nums >= 3 && words <= 2) {
            if (sports) cands.push({ u: first, why: 'table' });
            continue;
          }
        }
      }
      if (!sports) continue;
      // Score line: "Ipswich 5 Reading 2", "Somerset 83 and 174, Leicestershire 296".
      const scored: Unit[] = [];
      const scoreText: string[] = [];
      let depth = 0;
      for (let k = s0; k < s1; ) {
        const u = unitAt(k, s1);
        if (!u) {
          if (toks[k].text === '(') depth++;
          else if (toks[k].text === ')' && depth > 0) depth--;
          k++;
          continue;
        }
        // Players' figures in brackets after a side's total are not sides: "Durham 114 (S. Watkin 4-28)".
        if (depth > 0) {
          k = u.t1;
          continue;
        }
        let after = u.t1;
        let bracketed = false;
        // "Ruch Chorzow (Poland) 5": the country in brackets sits between the team and its score.
        if (after + 2 < s1 && toks[after].text === '(') {
          let q = after + 1;
          while (q < s1 && q - after <= 4 && toks[q].text !== ')') q++;
          if (q < s1 && toks[q].text === ')' && isCountry(after + 1, q)) {
            after = q + 1;
            bracketed = true;
          }
        }
        // "Kispest Honved win 2-0 on aggregate".
        const won = teamSport && after + 1 < s1 && (toks[after].lower === 'win' || toks[after].lower === 'won');
        const x = numericAt(won ? after + 1 : after, s1);
        if (x && SCORE.test(x.text) && !(x.next < s1 && NOT_A_SCORE_AFTER.test(toks[x.next].text))) {
          scored.push(u);
          scoreText.push(x.text);
          if ((bracketed && teamSport) || (won && x.next < s1 && toks[x.next].lower === 'on')) cands.push({ u, why: 'score' });
        }
        k = u.t1;
      }
      if (scored.length >= 2) for (const u of scored) cands.push({ u, why: 'score' });
      else if (scored.length === 1 && scored[0].t0 === f && (placeSpan(scored[0]) || cricketTotal(scored[0], scoreText[0]))) cands.push({ u: scored[0], why: 'score' });
    }
    let people = 0;
    for (const c of cands) if (personish(c.u)) people++;
    flags.personTables = people * 4 >= cands.length && people > 0;
    for (const c of cands) if (!flags.personTables || placeSpan(c.u)) makeOrg(c.u, c.why);
  },
};

export const enVersus: Rule = {
  id: 'en-versus',
  genre: 'sports',
  apply(st) {
    const { spanOf, sports, teamSport, flags, toks, owner, isCountry, sentStart, nameTok, unitAt, placeSpan, makeOrg } = en(st);
    if (sports) {
      for (let si = 0; si + 1 < sentStart.length; si++) {
        const s0 = sentStart[si];
        const s1 = sentStart[si + 1];
        // "X beat Y", "X v Y", "X drew with Y", "against X".
        for (let k = s0; k < s1; k++) {
          if (!VERSUS.has(toks[k].lower)) continue;
          let after = k + 1;
          if (after < s1 && (toks[after].lower === 'with' || toks[after].lower === 'to')) after++;
          const right = after < s1 ? unitAt(after, s1) : null;
          let left: Unit | null = null;
          if (k > s0 && owner[k - 1] >= 0) {
            const s = spanOf(owner[k - 1]);
            if (s.t1 === k) left = { t0: s.t0, t1: s.t1, parts: [s] };
          } else if (k > s0 && nameTok(toks[k - 1])) {
            let q = k - 1;
            while (q > s0 && owner[q - 1] < 0 && nameTok(toks[q - 1]) && k - q < 4) q--;
            left = unitAt(q, k);
          }
          // "Shrewsbury v Brentford": "v" only ever stands between two sides.
          if (!flags.personTables && (toks[k].lower === 'v' || toks[k].lower === 'vs' || toks[k].lower === 'vs.' || toks[k].lower === 'versus')) {
            for (const u of [left, right]) if (u && (!u.parts.length || placeSpan(u) || u.parts.every((p) => p.type === 'MISC' || p.why === 'shape'))) makeOrg(u, 'versus');
            continue;
          }
          const teamLike = (u: Unit | null) => !!u && u.parts.some((p) => p.type === 'ORG' || (p.type === 'LOC' && !isCountry(p.t0, p.t1)));
          for (const u of [left, right]) {
            if (!u) continue;
            const other = u === left ? right : left;
            if (placeSpan(u) || teamLike(other) || (teamSport && !flags.personTables && other && (!u.parts.length || u.parts.every((p) => p.type === 'MISC' || p.why === 'shape')) && (!other.parts.length || other.parts.every((p) => p.type !== 'PER' || p.why === 'shape')))) makeOrg(u, 'versus');
          }
        }
      }
    }
  },
};

export const enClub: Rule = {
  id: 'en-club',
  genre: 'sports',
  apply(st) {
    const { absorb, sports, teamSport, flags, lex, toks, n, countriesK, keyOf, isCountry, isPlaceTok } = en(st);
    if (sports && !flags.personTables) {
      const all = st.live.slice().filter((s) => s.t1 > s.t0).sort((a, b) => a.t0 - b.t0);
      const notCountryPlace = (t: Tok) => isPlaceTok(t) && !countriesK.has(t.key);
      for (let i = 0; i < all.length; i++) {
        const s = all[i];
        if (s.t1 <= s.t0 || (s.type === 'PER' && s.why !== 'shape')) continue;
        const len = s.t1 - s.t0;
        // A town inside a longer unknown name is a club: "Hansa Rostock", "Bayern Munich", "Toronto Blue Jays", "Bristol City".
        if (s.type !== 'ORG' && teamSport && len >= 2 && !isCountry(s.t0, s.t1) && !isGivenName(toks[s.t0].core)) {
          const last = toks[s.t1 - 1];
          if (lex.names.get(keyOf(s.t0, s.t1)) !== 'LOC' && (notCountryPlace(last) || (notCountryPlace(toks[s.t0]) && (TEAM_TAILS.has(last.lower) || /[^s]s$/.test(last.lower))))) {
            s.type = 'ORG';
            s.why = 'club';
            continue;
          }
        }
        const nx = all[i + 1];
        const glued = nx && nx.t0 === s.t1 && toks[nx.t0].sent === toks[s.t0].sent && toks[s.t1 - 1].core === toks[s.t1 - 1].text;
        // A club and its town: "Ajax" + "Amsterdam"; a town and a weak name: "Toronto" + "Blue Jays".
        if (glued && ((s.type === 'ORG' && nx.type === 'LOC' && nx.t1 - nx.t0 === 1 && !isCountry(nx.t0, nx.t1)) || (s.type === 'LOC' && !isCountry(s.t0, s.t1) && (nx.why === 'shape' || nx.type === 'MISC') && (TEAM_TAILS.has(toks[nx.t1 - 1].lower) || /[^s]s$/.test(toks[nx.t1 - 1].lower))))) {
          s.type = 'ORG';
          s.why = 'club';
          absorb(s, nx);
          i++;
          continue;
        }
        if (s.type !== 'LOC' || isCountry(s.t0, s.t1)) continue;
        // A town before a team role in a sports text: "Chelsea defender X", "the Dortmund trio".
        const next = s.t1 < n && toks[s.t1].sent === toks[s.t0].sent ? toks[s.t1] : null;
        if (next && TEAM_ROLES.has(next.lower)) {
          s.type = 'ORG';
          s.why = 'club';
        }
      }
    }
  },
};

export const enContextWords: Rule = {
  id: 'en-context',
  apply(st) {
    const { sports, cricket, toks, lowerSeen, isCountry, sentStart, numericAt, unitAt, typeOpen } = en(st);
    // Context words around names the rules left open.
    for (let si = 0; si + 1 < sentStart.length; si++) {
      const s0 = sentStart[si];
      const s1 = sentStart[si + 1];
      for (let k = s0; k < s1; ) {
        const u = unitAt(k, s1);
        if (!u) {
          k++;
          continue;
        }
        k = u.t1;
        const open = !u.parts.length || (u.parts.length === 1 && u.parts[0].t0 === u.t0 && u.parts[0].t1 === u.t1 && (u.parts[0].type === 'MISC' || u.parts[0].why === 'shape'));
        // Cricket scorecards name players even when they share a town's name: "c Cork b Mullally".
        if (!open && cricket && u.parts.length === 1 && u.parts[0].t0 === u.t0 && u.parts[0].t1 === u.t1 && u.parts[0].type !== 'PER' && !isCountry(u.t0, u.t1)) {
          const pv = u.t0 > s0 ? toks[u.t0 - 1] : null;
          const nv = u.t1 < s1 ? toks[u.t1] : null;
          if ((pv && !pv.cap && (pv.lower === 'c' || pv.lower === 'b')) || (nv && nv.text === 'b')) {
            u.parts[0].type = 'PER';
            u.parts[0].why = 'scorecard';
          }
          continue;
        }
        if (!open) continue;
        if (u.t1 - u.t0 > 4) continue;
        const prev = u.t0 > s0 ? toks[u.t0 - 1] : null;
        const next = u.t1 < s1 ? toks[u.t1] : null;
        const next2 = u.t1 + 1 < s1 ? toks[u.t1 + 1] : null;
        const prev2 = u.t0 - 2 >= s0 ? toks[u.t0 - 2] : null;
        // Companies in market reports: "Magna was up 1/8", "Acme rose 20 cents", "Acme shares", "shares of Acme", "Acme spokesman".
        const h = toks[u.t0];
        const plainWord = (h.sentStart && u.t1 - u.t0 === 1 && lowerSeen.has(h.lower)) || h.core.length < 2 || DEMONYMS.has(h.lower) || /-based$/.test(h.lower) || (h.sentStart && u.t1 - u.t0 === 1 && COMMON_SENTENCE_STARTS.has(h.lower));
        if (!sports && !plainWord && !u.parts.some((p) => p.type === 'PER' && p.why !== 'shape') && !INDEX_WORDS.has(h.lower) && !(next2 && INDEX_WORDS.has(next2.lower))) {
          const moved = next && next2 && ((MARKET_VERBS.has(next.lower) && (!!numericAt(u.t1 + 1, s1) || MARKET_AFTER.has(next2.lower))) || ((next.lower === 'was' || next.lower === 'were' || next.lower === 'is') && MARKET_STATE.has(next2.lower)));
          const held = (next && (next.lower === 'shares' || next.lower === 'stock' || ORG_AFTER.has(next.lower)) && !(next2 && next2.cap)) || (prev && prev2 && ((prev.lower === 'of' && (prev2.lower === 'shares' || prev2.lower === 'unit' || prev2.lower === 'subsidiary' || prev2.lower === 'stake')) || (prev.lower === 'in' && prev2.lower === 'stake')));
          if (moved || held) {
            typeOpen(u, 'ORG', 'company');
            continue;
          }
        }
        if (!u.parts.length && toks[u.t0].sentStart) continue;
        // "the official Xinhua news agency", "the daily Dnevi Avaz".
        const hd = toks[u.t0];
        const adjective = DEMONYMS.has(hd.lower) || DEMONYMS.has(hd.lower.replace(/s$/, '')) || /-(?:based|run|owned|controlled|led)$/.test(toks[u.t1 - 1].lower);
        if (!adjective && ((next && (next.lower === 'agency' || PRESS_AFTER.has(next.lower) || (next.lower === 'news' && next2?.lower === 'agency'))) || (prev && PRESS.has(prev.lower)))) {
          typeOpen(u, 'ORG', 'press');
          continue;
        }
        // "the capital Dhaka", "the port of X" is handled by the engine's place nouns.
        if (prev && prev.lower === 'capital') {
          typeOpen(u, 'LOC', 'capital');
          continue;
        }
        if (!sports) continue;
        // Cricket scorecards: "c Smith b Jones", "lbw b Jones", "st Smith b Jones".
        if ((prev && !prev.cap && (prev.lower === 'c' || prev.lower === 'b' || prev.lower === 'st')) || (next && next.text === 'b')) {
          typeOpen(u, 'PER', 'scorecard');
          continue;
        }
        // Goal scorers: "(Smith 80th)", "Jones 15th".
        if (next && /^\d+(?:st|nd|rd|th)$/.test(next.text)) {
          typeOpen(u, 'PER', 'scorer');
          continue;
        }
        // A team after its rider's country: "Jan Smit (Netherlands) Honda".
        if (prev && prev.text === ')') {
          let q = u.t0 - 2;
          while (q > s0 && u.t0 - q <= 4 && toks[q].text !== '(') q--;
          if (toks[q].text === '(' && q + 1 < u.t0 - 1 && isCountry(q + 1, u.t0 - 1)) typeOpen(u, 'ORG', 'team-after-country');
        }
      }
    }
  },
};

export const enTeamCue: Rule = {
  id: 'en-team-cue',
  genre: 'sports',
  apply(st) {
    const { sports, teamSport, flags, toks, sentStart, unitAt, placeSpan, makeOrg } = en(st);
    // Words before a side in team sports: "champions Porto", "a 2-0 win over Genoa", "he joined Aberdeen", "a move to Monaco".
    if (teamSport && !flags.personTables) {
      for (let si = 0; si + 1 < sentStart.length; si++) {
        const s0 = sentStart[si];
        const s1 = sentStart[si + 1];
        for (let k = s0 + 1; k < s1; k++) {
          const p = toks[k - 1];
          const pp = k >= s0 + 2 ? toks[k - 2].lower : '';
          const cue = TEAM_BEFORE.has(p.lower) || (p.lower === 'over' && (pp === 'win' || pp === 'victory' || pp === 'triumph' || pp === 'lead')) || (p.lower === 'to' && (pp === 'move' || pp === 'moved' || pp === 'transfer' || pp === 'transferred' || pp === 'loaned' || pp === 'switch')) || (p.lower === 'for' && (pp === 'signed' || pp === 'signs' || pp === 'playing' || pp === 'plays' || pp === 'played'));
          if (!cue) continue;
          const u = unitAt(k, s1);
          if (!u) continue;
          if (placeSpan(u) || !u.parts.length || u.parts.every((q) => q.type === 'MISC' || q.why === 'shape')) makeOrg(u, 'team-cue');
        }
      }
    }
  },
};

export const enNationalSide: Rule = {
  id: 'en-national-side',
  apply(st) {
    const { spans, spanOf, drop, sports, flags, toks, owner, isCountry, sentStart, unitAt, makeOrg } = en(st);
    // National sides keep the country's type: the engine's sports cue makes every scoring name a team.
    for (const s of spans) if (s.type === 'ORG' && s.why === 'sport-score' && isCountry(s.t0, s.t1)) s.type = 'LOC';
    for (let si = 0; si + 1 < sentStart.length; si++) {
      const s0 = sentStart[si];
      const s1 = sentStart[si + 1];
      for (let k = s0 + 1; k < s1; k++) {
        if (owner[k] < 0) continue;
        const s = spanOf(owner[k]);
        if (s.t0 !== k || s.why !== 'shape') continue;
        const prev = toks[k - 1];
        // "the White Sox", "the Golden Crescent": a guessed two-word name after "the" is no person.
        if (prev.lower === 'the') {
          if (sports) {
            s.type = 'ORG';
            s.why = 'the-team';
          } else drop(s);
        } else if (prev.lower === 'at' && !sports) {
          s.type = 'LOC';
          s.why = 'at';
        }
      }
      if (!sports || flags.personTables) continue;
      // "Bogdan Prusek (Sokol Tychy)": a player's club in brackets after the player.
      for (let k = s0 + 1; k + 2 < s1; k++) {
        if (toks[k].text !== '(' || owner[k - 1] < 0 || spanOf(owner[k - 1]).type !== 'PER') continue;
        const u = unitAt(k + 1, s1);
        if (u && u.t1 < s1 && toks[u.t1].text === ')') makeOrg(u, 'club-of-player');
      }
    }
  },
};

export const enPossessive: Rule = {
  id: 'en-possessive-name',
  apply(st) {
    const { spanOf, sports, lex, toks, n, owner, addSpan } = en(st);
    // Names that end in 's ("Moody's", "Lloyd's") and plural team names after "the" ("the Orioles").
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (t.core !== t.text && POSSESSIVE_ORGS.has(t.core.toLowerCase()) && (t.cap || t.allCaps)) {
        if (owner[i] >= 0) {
          const s = spanOf(owner[i]);
          if (s.t0 !== i || s.t1 !== i + 1) continue;
          s.type = 'ORG';
          s.end = t.end;
          s.why = 'possessive-name';
        } else {
          addSpan(i, i + 1, 'ORG', 'possessive-name');
          st.live[st.live.length - 1].end = t.end;
        }
        continue;
      }
      if (!sports || !t.cap || t.allCaps || i === 0 || toks[i - 1].lower !== 'the' || toks[i - 1].sent !== t.sent) continue;
      const misc = owner[i] >= 0 ? spanOf(owner[i]) : null;
      if (misc && (misc.type !== 'MISC' || misc.t1 !== i + 1)) continue;
      if (!/[^s]s$/.test(t.lower) || DEMONYMS.has(t.lower) || DEMONYMS.has(t.lower.slice(0, -1)) || lex.stop.has(t.lower) || lex.nonEntities.has(t.lower)) continue;
      if (i + 1 < n && toks[i + 1].sent === t.sent && (toks[i + 1].cap || toks[i + 1].text === '.')) continue;
      if (misc) {
        misc.type = 'ORG';
        misc.why = 'the-team';
      } else addSpan(i, i + 1, 'ORG', 'the-team');
    }
  },
};

export const enLoneOrgWord: Rule = {
  id: 'en-lone-org-word',
  apply(st) {
    const { spans, drop } = en(st);
    // A lone generic organisation word ("Police", "Group", "Government") names no organisation.
    for (const s of spans) if (s.type === 'ORG' && s.why === 'org-cue' && s.confidence === 'weak' && s.t1 - s.t0 === 1) drop(s);
  },
};

export const enBill: Rule = {
  id: 'en-bill',
  apply(st) {
    const { spanOf, drop, lex, toks, n, owner, addSpan } = en(st);
    // "Bill Clinton": the engine reads "Bill" as a law; a capitalised "Bill" before a surname is the given name.
    for (let i = 0; i + 1 < n; i++) {
      const t = toks[i];
      if (t.core !== 'Bill' || owner[i] >= 0 || toks[i + 1].sent !== t.sent || !toks[i + 1].cap || toks[i + 1].allCaps) continue;
      const weakAt = (k: number) => owner[k] < 0 || (spanOf(owner[k]).t1 - spanOf(owner[k]).t0 === 1 && (spanOf(owner[k]).type === 'MISC' || spanOf(owner[k]).why === 'shape'));
      let e = i + 1;
      while (e < n && e - i <= 2 && weakAt(e) && toks[e].sent === t.sent && toks[e].cap && !toks[e].allCaps && !lex.orgWords.has(toks[e].lower) && !lex.agreementWords.has(toks[e].lower) && toks[e - 1].core === toks[e - 1].text) e++;
      if (e === i + 1) continue;
      for (let k = i + 1; k < e; k++) if (owner[k] >= 0) drop(spanOf(owner[k]));
      addSpan(i, e, 'PER', 'given');
      i = e - 1;
    }
  },
};

export const enProduct: Rule = {
  id: 'en-product',
  apply(st) {
    const { spans, spanOf, drop, sports, toks, n, owner } = en(st);
    // "Boeing 747", "Airbus A310", and in motor sport "Toyota Celica": a maker's name with a model is a product, not the maker.
    for (const s of spans) {
      if (s.type !== 'ORG' || s.why !== 'gaz' || s.t1 - s.t0 !== 1 || s.t1 >= n) continue;
      const nx = toks[s.t1];
      if (nx.sent !== toks[s.t0].sent || toks[s.t0].core !== toks[s.t0].text) continue;
      const model = /^(?:[A-Z]{0,3}-?\d{2,4}[A-Za-z]{0,3})$/.test(nx.text) && !/^(?:19|20)\d\d$/.test(nx.text);
      const carModel = sports && nx.cap && !nx.allCaps && (owner[s.t1] < 0 || spanOf(owner[s.t1]).type === 'MISC') && !(s.t1 + 1 < n && toks[s.t1 + 1].cap);
      if (model || carModel) drop(s);
    }
  },
};

export const enHeadlineCompany: Rule = {
  id: 'en-headline-company',
  apply(st) {
    const { sports, toks, sentStart, unitAt } = en(st);
    // Business headlines: "Alpha Techs closes Lockhart purchase", "SoCal Edison sees power back": a guessed two-word
    // "person" at the start of a headline before a company verb is the company.
    if (!sports && sentStart.length > 1) {
      const u = unitAt(0, sentStart[1]);
      const nx = u && u.t1 < sentStart[1] ? toks[u.t1] : null;
      if (u && nx && HEADLINE_VERBS.has(nx.lower) && u.parts.length === 1 && u.parts[0].why === 'shape' && u.parts[0].t1 === u.t1 && !isGivenName(toks[u.t0].core)) {
        u.parts[0].type = 'ORG';
        u.parts[0].why = 'company';
      }
    }
  },
};

export const enTableHeader: Rule = {
  id: 'en-table-header',
  apply(st) {
    const { spans, drop, toks } = en(st);
    // Table headers and grades: "W D L G", "F G" are no names.
    for (const s of spans) if (s.why === 'shape' && s.t1 > s.t0 && toks.slice(s.t0, s.t1).every((t) => t.core.length === 1 || t.text === '/')) drop(s);
  },
};

export const enAmpersand: Rule = {
  id: 'en-ampersand',
  apply(st) {
    const { spanOf, drop, lex, toks, n, owner, lowerSeen, unitAt, addSpan } = en(st);
    // "Douglas & Lomason", "Procter & Gamble", "Marks & Spencer": two names joined by "&" are a firm.
    for (let k = 1; k + 1 < n; k++) {
      if (toks[k].text !== '&' || toks[k - 1].sent !== toks[k].sent || toks[k + 1].sent !== toks[k].sent) continue;
      const l = toks[k - 1];
      const r = toks[k + 1];
      if (!(l.cap || l.allCaps) || !(r.cap || r.allCaps) || l.core !== l.text) continue;
      // Left: the capitalised words before "&" (a span ending there, or uncovered words).
      let a = k - 1;
      if (owner[a] >= 0) a = spanOf(owner[a]).t0;
      else while (a > 0 && k - a < 3 && owner[a - 1] < 0 && toks[a - 1].sent === l.sent && (toks[a - 1].cap || toks[a - 1].allCaps) && !lex.stop.has(toks[a - 1].lower) && !toks[a - 1].sentStart) a--;
      if (owner[a] >= 0 && spanOf(owner[a]).t1 !== k) continue;
      let e = k + 1;
      while (e < n && e - k <= 6 && toks[e].sent === toks[k].sent) e++;
      const u = unitAt(k + 1, e);
      if (!u || u.t1 - u.t0 > 4 || k - a > 4) continue;
      if (toks[a].sentStart && k - a === 1 && lowerSeen.has(toks[a].lower)) continue;
      const leftSpan = owner[a] >= 0 ? spanOf(owner[a]) : null;
      if (leftSpan && leftSpan.type === 'LOC' && leftSpan.why === 'gaz') continue; // "Bosnia & Herzegovina", "Antigua & Barbuda"
      if (u.parts.some((p) => p.type === 'LOC' && p.why === 'gaz')) continue;
      if (leftSpan) drop(leftSpan);
      for (const p of u.parts) drop(p);
      addSpan(a, u.t1, 'ORG', 'en-ampersand');
      k = u.t1 - 1;
    }
  },
};

export const enDemonym: Rule = {
  id: 'en-demonym',
  apply(st) {
    const { drop, toks } = en(st);
    // Nationality words are not names: "South African", "Struggling French", "Fifty Russians".
    for (const s of st.live.slice()) {
      if (s.t1 <= s.t0) continue;
      if ((s.why === 'prep' || s.why === 'doc') && s.t1 - s.t0 === 1 && (DEMONYMS.has(toks[s.t0].lower) || DEMONYMS.has(toks[s.t0].lower.replace(/s$/, '')))) {
        drop(s); // "to Israeli", "from Saudi": an adjective after a preposition
        continue;
      }
      if (s.why !== 'shape' && s.type !== 'MISC') continue;
      let a = s.t0;
      let b = s.t1;
      while (a < b && (DEMONYMS.has(toks[a].lower) || COMPASS.has(toks[a].lower) || (toks[a].sentStart && a + 1 < b && DEMONYMS.has(toks[a + 1].lower)))) a++;
      while (b > a && (DEMONYMS.has(toks[b - 1].lower) || DEMONYMS.has(toks[b - 1].lower.replace(/s$/, '')))) b--;
      if (a === s.t0 && b === s.t1) continue;
      if (b - a >= 2 && s.type === 'PER') {
        s.t0 = a;
        s.t1 = b;
        s.start = toks[a].start;
        s.end = toks[b - 1].coreEnd;
      } else drop(s); // dropped
    }
  },
};

export const enGluedPlace: Rule = {
  id: 'en-glued-place',
  apply(st) {
    const { spans, drop, toks, n } = en(st);
    // "US$", "U.S.-led": a place glued to a currency sign or an adjective is no mention of the place.
    for (const s of spans) {
      if (s.type !== 'LOC' || s.t1 >= n) continue;
      const nx = toks[s.t1];
      if (nx.start !== toks[s.t1 - 1].end) continue;
      if (nx.text === '$' || (nx.text === '-' && s.t1 + 1 < n && toks[s.t1 + 1].start === nx.end && !toks[s.t1 + 1].cap && /^\p{L}/u.test(toks[s.t1 + 1].text))) drop(s);
    }
  },
};

export const enInitial: Rule = {
  id: 'en-initial',
  apply(st) {
    const { toks, owner } = en(st);
    // An initial belongs to the name it stands before: "A. Stewart", "I. Healy" (a sentence-initial "A" is not the article here).
    for (const s of st.live.slice()) {
      if (s.t1 <= s.t0 || s.type !== 'PER') continue;
      let a = s.t0;
      if (toks[a].text === '.' && a > 0 && /^\p{Lu}$/u.test(toks[a - 1].text) && toks[a - 1].end === toks[a].start) a--;
      else if (a >= 2 && toks[a - 1].text === '.' && /^\p{Lu}$/u.test(toks[a - 2].text) && toks[a - 2].end === toks[a - 1].start && owner[a - 1] < 0 && owner[a - 2] < 0 && toks[a - 2].sent === toks[a].sent) a -= 2;
      if (a !== s.t0) {
        s.t0 = a;
        s.start = toks[a].start;
      }
    }
  },
};

export const enTrailingDot: Rule = {
  id: 'en-trailing-dot',
  apply(st) {
    const { toks, n } = en(st);
    // "Lansing, Mich." at a sentence's end: the dot is the full stop.
    for (const s of st.live.slice()) {
      if (s.t1 - s.t0 < 2 || toks[s.t1 - 1].text !== '.') continue;
      if (s.t1 < n && toks[s.t1].sent === toks[s.t1 - 1].sent) continue;
      s.t1--;
      s.end = toks[s.t1 - 1].coreEnd;
    }
  },
};

export const enDemonymOrg: Rule = {
  id: 'en-demonym-org',
  apply(st) {
    const { toks, owner } = en(st);
    // "Palestinian Information Ministry", "Russian Weather Service": a nationality word heading an organisation's name belongs to it.
    for (const s of st.live.slice()) {
      if (s.type !== 'ORG' || s.t1 <= s.t0 || s.why !== 'org-cue' || s.t0 === 0) continue;
      const p = toks[s.t0 - 1];
      if (owner[s.t0 - 1] >= 0 || !p.cap || p.sent !== toks[s.t0].sent || p.core !== p.text || !DEMONYMS.has(p.lower)) continue;
      st.extendLeft(s);
    }
  },
};

export const enGivenBeforeSurname: Rule = {
  id: 'en-given-before-surname',
  apply(st) {
    const { lex, toks, owner, lowerSeen } = en(st);
    // "Wasim Akram" where the document knew "Akram": a capitalised word the engine left before a person's surname is the given name.
    for (const s of st.live.slice()) {
      if (s.type !== 'PER' || s.t1 <= s.t0 || (s.why !== 'doc' && s.why !== 'en-surname') || s.t0 === 0) continue;
      const p = toks[s.t0 - 1];
      if (owner[s.t0 - 1] >= 0 || p.sent !== toks[s.t0].sent || !p.cap || p.allCaps !== toks[s.t0].allCaps || p.core !== p.text || p.core.length < 2) continue;
      if (lex.stop.has(p.lower) || lex.nonEntities.has(p.lower) || lex.titles.has(p.lower) || lex.roleWords.has(p.lower) || DEMONYMS.has(p.lower) || lex.names.has(p.key) || (p.sentStart && lowerSeen.has(p.lower))) continue;
      st.extendLeft(s);
    }
  },
};

export const enFaith: Rule = {
  id: 'en-faith',
  apply(st) {
    const { drop, toks } = en(st);
    // "Roman Catholic", "South African": nationality and faith words are no person, whatever their first word.
    for (const s of st.live.slice()) {
      if (s.type !== 'PER' || s.t1 <= s.t0) continue;
      let all = true;
      for (let k = s.t0; k < s.t1; k++) if (!DEMONYMS.has(toks[k].lower) && !COMPASS.has(toks[k].lower)) all = false;
      if (all) drop(s);
    }
  },
};

export const enSurname: Rule = {
  id: 'en-surname',
  apply(st) {
    const { lex, toks, n, owner, addSpan } = en(st);
    // Surnames: "Neil Jordan ... Jordan defends", "Wang Dan ... Wang's arrest", "Nolan Henke ... HENKE TAKES LEAD".
    {
      const all = st.live.slice();
      const surnames = new Set<string>();
      for (const s of all) {
        if (s.type !== 'PER' || s.t1 - s.t0 < 2) continue;
        const last = toks[s.t1 - 1];
        if (!last.cap || last.core.length < 3 || lex.stop.has(last.lower) || lex.orgWords.has(last.lower)) continue;
        surnames.add(last.key);
        // Chinese, Korean and Vietnamese names put the surname first: "Wang Dan".
        if (s.t1 - s.t0 === 2 && !isGivenName(toks[s.t0].core) && toks[s.t0].core.length <= 5 && /^[A-Z][a-z]+$/.test(toks[s.t0].core) && /^[A-Z][a-z]+(?:-[a-z]+)?$/.test(last.core) && CJK_SURNAMES.has(toks[s.t0].lower)) surnames.add(toks[s.t0].key);
      }
      if (surnames.size) {
        for (const s of all) {
          if (s.t1 - s.t0 !== 1 || s.type === 'PER' || !surnames.has(toks[s.t0].key)) continue;
          if (s.type === 'ORG' && s.why !== 'acronym' && s.why !== 'the-team' && s.why !== 'doc') continue;
          const prev = s.t0 > 0 && toks[s.t0 - 1].sent === toks[s.t0].sent ? toks[s.t0 - 1] : null;
          if (s.type === 'LOC' && prev && LOCATIVE.has(prev.lower)) continue;
          s.type = 'PER';
          s.why = 'en-surname';
        }
        for (let i = 0; i < n; i++) {
          const t = toks[i];
          if (owner[i] >= 0 || !(t.cap || t.allCaps) || !surnames.has(t.key)) continue;
          if (i + 1 < n && toks[i + 1].sent === t.sent && toks[i + 1].cap && !toks[i + 1].allCaps) continue;
          if (i > 0 && toks[i - 1].sent === t.sent && toks[i - 1].cap && !toks[i - 1].allCaps && owner[i - 1] < 0) continue;
          addSpan(i, i + 1, 'PER', 'en-surname');
        }
      }
    }
  },
};

export const enCounty: Rule = {
  id: 'en-county',
  genre: 'sports',
  apply(st) {
    const { sports, cricket, toks, n, owner, addSpan } = en(st);
    // County cricket: the first-class counties are sides in a cricket report ("Essex, Derbyshire and Surrey closed in on victory").
    if (cricket) {
      for (const s of st.live.slice()) {
        if (s.t1 - s.t0 !== 1 || s.type === 'ORG' || s.type === 'PER' && s.why !== 'shape' || !CRICKET_COUNTIES.has(toks[s.t0].key)) continue;
        const prev = s.t0 > 0 && toks[s.t0 - 1].sent === toks[s.t0].sent ? toks[s.t0 - 1] : null;
        if (prev && LOCATIVE.has(prev.lower)) continue;
        s.type = 'ORG';
        s.why = 'county';
      }
      for (let i = 0; i < n; i++) {
        if (owner[i] >= 0 || !CRICKET_COUNTIES.has(toks[i].key)) continue;
        const prev = i > 0 && toks[i - 1].sent === toks[i].sent ? toks[i - 1] : null;
        if (prev && LOCATIVE.has(prev.lower)) continue;
        addSpan(i, i + 1, 'ORG', 'county');
      }
    }
  },
};

export const enIrishO: Rule = {
  id: 'en-irish-o',
  apply(st) {
    const { toks, owner } = en(st);
    // "O'Brien", "O'Neal": the Irish "O'" is part of the surname (the tokenizer splits it off like a French elision).
    for (const s of st.live.slice()) {
      if (s.t1 <= s.t0 || s.type !== 'PER' || s.t0 === 0) continue;
      const p = toks[s.t0 - 1];
      if (p.end !== toks[s.t0].start || !/^[OD]['’]$/.test(p.text) || owner[s.t0 - 1] >= 0) continue;
      st.extendLeft(s);
    }
  },
};

export const enMonth: Rule = {
  id: 'en-month',
  apply(st) {
    const { drop, toks, n } = en(st);
    // "Jan 12" is a date, not a Dutch "Jan".
    for (const s of st.live.slice()) {
      if (s.t1 <= s.t0 || s.type !== 'PER' || !MONTH_ABBR.has(toks[s.t0].lower) || toks[s.t0].core !== toks[s.t0].text) continue;
      const nx = s.t0 + 1 < n ? toks[s.t0 + 1] : null;
      if (nx && nx.text === '.' ? s.t0 + 2 < n && /^\d/.test(toks[s.t0 + 2].text) : nx && /^\d/.test(nx.text)) drop(s);
    }
  },
};

export const enClubSplit: Rule = {
  id: 'en-club-split',
  genre: 'sports',
  apply(st) {
    const { spanOf, drop, sports, lex, toks, owner, keyOf } = en(st);
    if (sports) {
      for (const s of st.live.slice()) {
        if (s.t1 <= s.t0 || s.type !== 'PER' || (s.why !== 'shape' && s.why !== 'given')) continue;
        // "St Helens", "St Pauli" in a sports text are clubs.
        if (s.why === 'shape' && (toks[s.t0].lower === 'st' || toks[s.t0].lower === 'st.')) {
          s.type = 'ORG';
          s.why = 'club';
          continue;
        }
        // "San Diego Padres", "St. Louis Cardinals": the engine split the town at its given-name-like word.
        const last = toks[s.t1 - 1];
        if (!(TEAM_TAILS.has(last.lower) || (/[^s]s$/.test(last.lower) && !isGivenName(last.core))) || s.t1 - s.t0 < 2) continue;
        for (let p = 1; p <= 3 && s.t0 - p >= 0; p++) {
          const a = s.t0 - p;
          if (toks[a].sent !== toks[s.t0].sent || !(toks[a].cap || toks[a].text === '.')) break;
          let k = toks[a].key;
          for (let q = a + 1; q <= s.t0; q++) k += toks[q].text === '.' ? '.' : ' ' + toks[q].key;
          const k2 = keyOf(a, s.t0 + 1);
          if (lex.names.get(k) === 'LOC' || lex.names.get(k2) === 'LOC' || lex.names.get(k.replace(/ \./g, '.')) === 'LOC') {
            for (let q = a; q < s.t0; q++) if (owner[q] >= 0) drop(spanOf(owner[q]));
            s.t0 = a;
            s.start = toks[a].start;
            s.type = 'ORG';
            s.why = 'club';
            for (let q = a; q < s.t1; q++) owner[q] = owner[s.t1 - 1];
            break;
          }
        }
      }
    }
  },
};

export const enDocTeam: Rule = {
  id: 'en-doc-team',
  genre: 'sports',
  apply(st) {
    const { sports, toks, n, owner, keyOf, isCountry, nameTok, dateline } = en(st);
    // Document consistency for the names the rules above made teams or companies.
    const out = st.spans();
    const orgKeys = new Map<string, number[]>();
    for (const s of out) {
      if (s.type !== 'ORG') continue;
      const f = toks[s.t0].key;
      const l = orgKeys.get(f) ?? [];
      const len = s.t1 - s.t0;
      if (!l.includes(len)) l.push(len);
      orgKeys.set(f, l);
    }
    const orgSet = new Set(out.filter((s) => s.type === 'ORG').map((s) => keyOf(s.t0, s.t1)));
    if (sports) {
      // Nicknames: "San Diego Padres" ... "the Padres" — the last word of a club's name alone is the club.
      for (const s of out) {
        if (s.type !== 'ORG' || s.t1 - s.t0 < 2) continue;
        const last = toks[s.t1 - 1];
        if (!/[^s]s$/.test(last.lower) || isGivenName(last.core) || DEMONYMS.has(last.lower)) continue;
        if (orgSet.has(last.key)) continue;
        orgSet.add(last.key);
        const l = orgKeys.get(last.key) ?? [];
        if (!l.includes(1)) l.push(1);
        orgKeys.set(last.key, l);
      }
      for (const s of out) if (s.t1 - s.t0 === 1 && s.type === 'PER' && (s.why === 'doc' || s.why === 'shape' || s.why === 'en-surname') && orgSet.has(toks[s.t0].key)) {
        s.type = 'ORG';
        s.why = 'doc-team';
      }
    }
    if (sports) {
      for (const s of out) {
        if (s.type === 'LOC' && orgSet.has(keyOf(s.t0, s.t1)) && !isCountry(s.t0, s.t1)) {
          const prev = s.t0 > 0 && toks[s.t0 - 1].sent === toks[s.t0].sent ? toks[s.t0 - 1] : null;
          if (prev && LOCATIVE.has(prev.lower)) continue;
          if (dateline(s.t0, s.t1)) continue;
          s.type = 'ORG';
          s.why = 'doc-team';
        } else if ((s.type === 'MISC' || s.why === 'shape') && orgSet.has(keyOf(s.t0, s.t1))) {
          s.type = 'ORG';
          s.why = 'doc-team';
        }
      }
      // Uncovered mentions of the teams found above ("IPSWICH" in a headline, "Brockhurst" starting a sentence).
      for (let i = 0; i < n; i++) {
        if (owner[i] >= 0 || !nameTok(toks[i])) continue;
        const lens = orgKeys.get(toks[i].key);
        if (!lens) continue;
        for (const len of lens) {
          const e = i + len;
          if (e > n || toks[e - 1].sent !== toks[i].sent || !orgSet.has(keyOf(i, e))) continue;
          let free = true;
          for (let q = i; q < e; q++) if (owner[q] >= 0) free = false;
          if (!free || (e < n && toks[e].sent === toks[i].sent && owner[e] < 0 && toks[e].cap && !toks[e].allCaps)) continue;
          out.push(st.add(i, e, 'ORG', 'doc-team'));
          i = e - 1;
          break;
        }
      }
    }
  },
};

export const enDocContext: Rule = {
  id: 'en-doc-context',
  apply(st) {
    const { sports, toks, n, owner, lowerSeen, keyOf } = en(st);
    const out = st.spans();
    // Outside sport too: a name this pass typed from its context is typed the same at its other mentions ("Cofinec was up 5 ...
    // Cofinec has big growth opportunities").
    if (!sports) {
      const typed = new Map<string, RuleSpan['type']>();
      for (const s of out) if (CONTEXT_WHYS.has(s.why) && s.t1 > s.t0 && !typed.has(keyOf(s.t0, s.t1))) typed.set(keyOf(s.t0, s.t1), s.type);
      if (typed.size) {
        for (const s of out) {
          if (s.t1 - s.t0 < 1 || !(s.type === 'MISC' || s.why === 'shape' || s.why === 'prep')) continue;
          const t = typed.get(keyOf(s.t0, s.t1));
          if (t && t !== s.type) {
            s.type = t;
            s.why = 'doc-context';
          }
        }
        for (let i = 0; i < n; i++) {
          const t = toks[i];
          if (owner[i] >= 0 || !(t.cap || t.allCaps)) continue;
          const ty = typed.get(t.key);
          if (!ty || (i + 1 < n && toks[i + 1].sent === t.sent && toks[i + 1].cap && owner[i + 1] < 0)) continue;
          if (t.sentStart && lowerSeen.has(t.lower)) continue;
          out.push(st.add(i, i + 1, ty, 'doc-context'));
        }
      }
    }
  },
};

export const enDateline: Rule = {
  id: 'en-dateline',
  apply(st) {
    const { dateline } = en(st);
    const out = st.spans();
    // Datelines ("LONDON 1996-08-30"): the name is where the story was filed.
    for (const s of out) if (s.type !== 'LOC' && s.type !== 'PER' && dateline(s.t0, s.t1)) {
      s.type = 'LOC';
      s.why = 'dateline';
    }
  },
};


/** Letters after a name: honours and offices ("Afrasiab Anwar MBE", "Luke Pollard MP"). */
const POSTNOMINALS = new Set(['MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'MP', 'MEP', 'MSP', 'MS', 'QC', 'KC', 'PhD']);

export const enPostnominal: Rule = {
  id: 'en-postnominal',
  apply(st) {
    const { toks } = st;
    // "Councillor Afrasiab Anwar MBE", "Luke Pollard MP": the letters after the name are not part of it.
    for (const s of st.live) {
      if (s.type !== 'PER' || s.t1 - s.t0 < 3 || !POSTNOMINALS.has(toks[s.t1 - 1].core)) continue;
      st.owner[s.t1 - 1] = -1;
      s.t1--;
      s.end = toks[s.t1 - 1].coreEnd;
    }
  },
};

/** Prepositions of place and direction: a person is rarely "in", "near" or "toward" someone. */
const PLACE_PREPS = wordSet(`in near toward towards outside across`);

/**
 * "toward Des Moines", "pictured in Bordesley Green": a run of capitalised words guessed a person by its shape alone,
 * with no first name, right after a preposition of place is a place; so are its other mentions typed by shape.
 */
export const enPlacePrep: Rule = {
  id: 'en-place-prep',
  apply(st) {
    const { toks } = st;
    const key = (s: RuleSpan) => toks.slice(s.t0, s.t1).map((t) => t.key).join(' ');
    const guess = (s: RuleSpan) => s.type === 'PER' && s.why === 'shape' && s.confidence !== 'strong' && s.t1 - s.t0 >= 2 && !isGivenName(toks[s.t0].core);
    const places = new Set<string>();
    for (const s of st.live) {
      if (s.t1 <= s.t0 || !guess(s) || s.t0 === 0) continue;
      const p = toks[s.t0 - 1];
      if (p.sent !== toks[s.t0].sent || p.cap || !PLACE_PREPS.has(p.lower)) continue;
      places.add(key(s));
    }
    if (places.size) for (const s of st.live) if (s.t1 > s.t0 && guess(s) && places.has(key(s))) st.retype(s, 'LOC', 'en-place-prep');
  },
};
