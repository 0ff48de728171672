import countries from 'i18n-iso-countries/langs/en.json';
import { countryNames } from '../../gazetteers/countries';
import './agreements';
import './roles';
import type { LangPack } from '../../ner/pack';
import { readJsonAsset } from '../../../data/assets';
import { EN_ORGS, EN_PLACES } from './names';
import { CRICKET_WORDS, GENERIC_SPORT_WORDS, SPORT_WORDS, SPORTS } from './refine';
import { RULES } from './rules';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** English language pack (without its title-case word lists: below). */
const base: LangPack = {
  code: 'en',
  tagger: 'off',
  stopwords: w(`the a an and or but nor so yet for of in on at to from by with about against between into through during before after above below up down
    out off over under again further then once here there when where why how all any both each few more most other some such no not only own same than
    too very can will just should now i me my myself we our ours you your he him his she her hers it its they them their theirs what which who whom this
    that these those am is are was were be been being have has had do does did would could might must shall may also however meanwhile although though
    because while if unless since until as per via like yes one two three four five six seven eight nine ten hundred thousand first second third last next
    new many much several another every either neither nobody nothing everything something anyone someone today yesterday tomorrow mr mrs ms dr prof`),
  nonEntities: w(`god jihad january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday
    home menu search contact share read more back next previous login logout sign subscribe newsletter privacy cookies about news latest photos photo video
    videos skip content related tags archive citizens businesses workshop security comments advertisement golf gmt edt est bst cet note notes digest caps sales eps annex actual total issue
    soccer football cricket tennis baseball basketball rugby hockey cycling athletics boxing motorcycling motocross rallying rowing swimming
    skiing squash badminton snooker sailing volleyball handball wrestling judo yachting equestrianism
    qualifier bye rbi rbis era cpi ara ppi sep sept gdp`),
  connectors: w(`of the for and de du la van von der in on at`),
  personParticles: w(`van von de der den du la le di da bin al`),
  orgWords: w(`ministry ministries commission union agency bank inc inc. ltd ltd. plc llc corp corp. corporation company co co. group party centre center
    secretariat council parliament assembly senate government cabinet foundation association federation union university college school
    court tribunal police army navy force forces service services institute office bureau fund authority directorate department committee board club fc
    organisation organization alliance front movement airlines airways motors holdings industries systems technologies bancorp trust exchange
    newsroom desk bancorporation bankshares financial petroleum refining mining resources properties airline shipping`),
  orgSuffixes: w(``),
  orgNames: [
    'National Crisis Center', 'National Crisis Centre', 'Home Office', 'Foreign Office', 'Cabinet Office', 'Ministry of Defence', 'NHS', 'Met Police',
    'Metropolitan Police', 'Scotland Yard', 'MI5', 'MI6', 'GCHQ', 'Bank of England', 'House of Commons', 'House of Lords', 'Downing Street',
    'Congress', 'Senate', 'Pentagon', 'State Department', 'FBI', 'CIA', 'NSA', 'FEMA', 'CDC', 'FDA', 'SEC', 'Federal Reserve', 'Fed',
    'Supreme Court', 'Labour', 'Labour Party', 'Conservative Party', 'Liberal Democrats', 
    'Democratic Party', 'Republican Party', 'Bundestag', 'Bundesbank', 'NYSE', 'Reuters',
    ...EN_ORGS,
  ],
  placeNames: countryNames(countries).concat(['United Kingdom', 'UK', 'U.K.', 'United States', 'US', 'U.S.', 'USA', 'Britain', 'Russia', 'Ukraine'], EN_PLACES),
  personTitles: w(`mr mrs ms miss dr prof professor sir lady lord dame councillor cllr father sister brother king queen prince princess duke duchess count baron pope cardinal
    bishop rev reverend mayor minister president premier chancellor senator governor judge general colonel captain lieutenant sergeant coach
    archbishop detective inspector accountant undersecretary under-secretary undersecretary-general envoy superintendent constable col gen lt maj sgt cpl adm rabbi imam ayatollah sheikh patriarch pastor
    striker midfielder defender goalkeeper winger playmaker skipper pitcher batsman bowler all-rounder spinner paceman jockey trainer`),
  roleWords: w(`director director-general secretary secretary-general chairman chairwoman chair chairperson president vice-president minister
    prime premier mayor governor commissioner spokesman spokeswoman spokesperson chief executive ceo cfo coo head leader ambassador consul general
    colonel commander prosecutor judge lawyer attorney researcher professor coach manager captain coordinator adviser advisor journalist correspondent
    senator representative congressman congresswoman mp mep king queen prince princess chancellor officer official analyst economist founder`),
  roleModifiers: w(`deputy acting interim vice vice- former ex- ex new general executive federal european national senior junior chief assistant associate
    managing foreign interior home finance defence defense health belgian dutch french german british american`),
  agreementWords: w(`treaty treaties memorandum agreement agreements accord accords convention protocol law act bill directive regulation charter pact
    declaration mou`),
  agreementSuffixes: w(``),
  agreementLinks: w(`of on establishing revising amending concerning regarding relating between the for to in`),
  determiners: w(`the a an this these that those its their our his her`),
  abbreviations: w(`mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon inc ltd corp co jan feb mar apr jun jul aug sep sept oct nov dec
    no vol p pp fig est approx dept univ u.s u.k e.g i.e etc vs a.m p.m mt ft ave blvd`),
  placePrepositions: w(`in from to at near`),
  personVerbs: w(`said says told added asked wrote stated`),
  locWords: w(`street road avenue square river lake lakes mountain mountains island islands bay gulf sea ocean valley county province state city
    hospital church cathedral mosque museum bridge stadium airport gallery belt coast plains basin peninsula desert delta canyon heights hills
    highlands strait dam reservoir`),
  placeNouns: w(`boulevard rue city cities town towns village villages municipality municipalities district districts region regions province provinces county counties state states island islands port`),
  miscWords: w(`cup league series division tour open championship championships games award awards prize war festival olympics trophy derby classic grand prix
    slam rally masters show fair exhibition exposition expo parade marathon concert art`),
  demonymSuffixes: w(`ian ean ese ish`),
  clauseWords: w(`which that who whom whose where when while because`),
  rules: RULES,
  andWords: ['and'],
  compassWords: w(`north south east west northern southern eastern western northeast northwest southeast southwest northeastern northwestern
    southeastern southwestern central greater upstate downstate`),
  featureHeads: w(`strait straits gulf sea bay ocean isle island islands lake river mountains peninsula valley desert`),
  orgWordTails: ['general'],
  versusWords: w(`beat beats defeated v vs versus`),
  thingNouns: w(`storm hurricane typhoon cyclone film movie book novel series album song opera documentary tank ship vessel aircraft missile drone school academy coalition operation`),
  facilityEnds: w(`station cemetery hub centre center hospital hotel express services mills belt images affairs commissioner airport stadium social live`),
  notScoreAfter: w(`percent`),
  genreWords: { sportNames: new Set([...SPORTS, 'results']), sportWords: SPORT_WORDS, genericSportWords: GENERIC_SPORT_WORDS, strongSportWords: CRICKET_WORDS },

};

/** The title-case word lists (generated by scripts/build-en-words.ts), a data asset read when English is first seen. */
const WORDS_ASSET = 'data/lexicon/en-words.json';
interface EnWords {
  notNameStart: string;
  notNameEnd: string;
  firstNames: string;
}

const pack: Promise<LangPack> = readJsonAsset<EnWords>(WORDS_ASSET).then((words) => ({
  ...base,
  dataAssets: [WORDS_ASSET],
  titleCase: { notStart: new Set(w(words.notNameStart)), notEnd: new Set(w(words.notNameEnd)), firstNames: new Set(w(words.firstNames)) },
}));

export default pack;
