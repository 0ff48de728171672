import type { Lexicon } from '../../ner/lexicon';
import type { RuleSpan, Tok } from '../../ner/recognise';
import type { Rule, RuleId, SpanState } from '../../ner/rules';
import { sameSentence, spanKey, wordSet } from '../../ner/token-spans';
import type { NerType } from '../../types';
import { isGivenName } from '../../gazetteers/given-names';

/**
 * Dutch rules over one text's spans (listed in order in rules.ts): context types the names the rules
 * leave unknown, once per document, and repairs person names. Linear in the tokens: every
 * test below looks at a bounded window around a token, and the document votes are one map.
 *
 *  - a name right after a person noun ("doelman X", "de zanger X", "familie X"), a verb of
 *    saying ("…", zegt X), before one ("X zegt"), or before an age ("X (42)") is a person;
 *  - a name after an organisation noun ("het bedrijf X", "de oliegroep X", "het Britse X"),
 *    or the complement of "woordvoerder/voorzitter/aandeelhouders … van X", is an organisation;
 *    a portfolio after "minister van" ("minister van Justitie") is an organisation (the ministry);
 *  - a country abbreviation in brackets after a name ("Kluivert (Ned)", sports results) is a place,
 *    the name before it a person;
 *  - what one occurrence shows holds for the whole document (also at sentence starts, where
 *    capitals say nothing, as long as the text never writes the word in lower case);
 *  - "Jeannine Leduc" and "Luc Van den Brande" are one person (not a known surname alone).
 */

const w = wordSet;

/** Lower-case nouns right before a name that make it a person. */
const PERSON_NOUNS = w(`doelman keeper spits aanvaller verdediger middenvelder libero renner wielrenner coureur piloot tennisser tennisster
  speler speelster ploegmaat ploeggenoot teamgenoot clubgenoot collega partijgenoot schrijver schrijfster auteur dichter dichteres romancier
  zanger zangeres gitarist bassist drummer pianist violist componist dirigent regisseur cineast acteur actrice kunstenaar kunstenares
  schilder beeldhouwer architect ontwerper fotograaf filosoof historicus econoom politicus socioloog psycholoog journalist presentator
  presentatrice journaliste broer zus zuster vader moeder zoon dochter echtgenoot echtgenote weduwe weduwnaar oom tante neef nicht opa oma grootvader
  grootmoeder kleinzoon kleindochter schoonzoon schoonvader buurman buurvrouw vriend vriendin vriendje vriendinnetje dokter arts chirurg
  advocaat advocate meester notaris onderzoeker onderzoekster wetenschapper dominee imam rabbijn pastoor abt sergeant agent inspecteur
  kandidaat tegenstander tegenstandster uitdager opvolger opvolgster voorganger voorgangster winnaar winnares kampioen kampioene
  wereldkampioen landgenoot landgenote familie gezin clan dictator rebellenleider kolonel generaal maarschalk admiraal
  oud-minister ex-minister oud-premier ex-premier oud-voorzitter ex-voorzitter oud-burgemeester ex-burgemeester oud-president ex-president
  collega-minister vakbondsleider partijleider fractieleider ondernemer zakenman zakenvrouw miljardair miljonair bankier
  sjeik emir sultan tsaar keizer keizerin ayatollah couturier modeontwerper stilist kok chef-kok topkok bisschop kardinaal`);

/** Verbs of saying (and thinking aloud) that, right before or after a name, make it a person. */
const SAY_VERBS = w(`zegt zei zeggen vertelt vertelde verklaart verklaarde aldus meent meende stelt stelde vindt vond denkt dacht
  antwoordt antwoordde benadrukt benadrukte beklemtoont beklemtoonde onderstreept onderstreepte bevestigt bevestigde reageert reageerde
  lacht lachte glimlacht glimlachte grijnst grijnsde knikt knikte zucht zuchtte vraagt vroeg erkent erkende waarschuwt waarschuwde
  legt verduidelijkt verduidelijkte preciseert preciseerde vervolgt vervolgde besluit besloot concludeert concludeerde getuigt getuigde
  herinnert herinnerde schrijft schreef roept riep fluistert fluisterde`);

/**
 * Lower-case nouns right before a name that make it an organisation; also as the last part of a
 * compound ("oliegroep", "softwaremaker", "productiemaatschappij", "zakenbank").
 */
const ORG_NOUNS = w(`bedrijf bedrijven groep concern maatschappij fabrikant producent maker bank verzekeraar firma keten onderneming
  holding club ploeg team partij krant dagblad weekblad maandblad tijdschrift blad magazine zender omroep uitgeverij uitgever
  platenlabel label band studio agentschap vereniging organisatie beweging federatie vakbond leverancier distributeur operator
  provider aanbieder exploitant dochter dochterbedrijf moederbedrijf werkgever sponsor hoofdsponsor multinational reus gigant
  invoerder importeur exporteur handelaar winkel warenhuis supermarkt brouwerij brouwer rederij luchtvaartmaatschappij
  telecomoperator zakenbank nieuwsagentschap persagentschap denktank consortium coöperatie vzw nv bvba fonds ngo radio radiozender
  tv-zender televisiezender station`);

/** Nouns whose "van X" / "uit X" complement is a place ("de universiteit van Uppsala", "de burgemeester van Wolvertem"). */
const PLACE_OF = w(`universiteit hogeschool stad gemeente provincie regio haven luchthaven omgeving centrum buurt kust grens inwoners
  burgemeester bisschop bisdom aartsbisdom stadhuis kathedraal station omstreken rand hartje straten wijken`);

/** Endings of one-word street and area names. */
const STREET_END = /(?:straat|laan|plein|steenweg|dreef|kaai|gracht|singel|dijk|kade|gebied|-regio|-provincie)$/;

/** Endings of inhabitant nouns ("Tunesiër", "Chinees", "Marokkaan", "Algerijn", "Brusselaar"): not names of people. */
const DEMONYM_END = /(?:iër|iërs|ees|ezen|aan|anen|ijn|ijnen|enaar|aar|aars|ning|ingen|lander|landers)$/;

/** Endings of compound organisation nouns ("softwaremaker", "autoconstructeur", "verzekeringsgroep"). */
const ORG_NOUN_END = /(?:groep|bedrijf|concern|maatschappij|fabrikant|producent|maker|bank|verzekeraar|firma|keten|onderneming|holding|krant|blad|zender|omroep|uitgeverij|label|agentschap|vereniging|organisatie|beweging|federatie|leverancier|distributeur|operator|aanbieder|exploitant|constructeur|invoerder|importeur|reus|gigant|ploeg|club|brouwer|brouwerij|verzekeraar|uitgever|zender|krant)$/;

/** Endings of compound role nouns right before a name ("directievoorzitter", "VLD-voorzitter", "oud-minister"). */
/** Words of employment before "bij X": X is the employer ("werkt al jaren bij X", "een baan bij X", "in dienst bij X"). */
const EMPLOY_WORDS = /^(?:werk(?:t|te|ten|en|zaam|nemer|nemers|geluk)?|functie|baan|banen|job|jobs|dienst|stage|stagiair|medewerker|medewerkers|medewerkster|ontslagen|ontslag|aangenomen|solliciteert|solliciteerde|vertrekt|vertrok|begon|begint|topman|topvrouw|ceo|directeur|woordvoerder|woordvoerster|econoom|analist|ingenieur)$/;
const ROLE_END = /(?:voorzitter|voorzitster|woordvoerder|woordvoerster|minister|directeur|burgemeester|schepen|premier|president|coach|trainer|kapitein|doelman|renner|zanger|zangeres|auteur|schrijver|topman|baas|leider|secretaris|commissaris|ambassadeur|rechter|procureur|advocaat|kandidaat|lid)$/;

/** Head nouns of "… van X" whose complement is an organisation (when X is not known otherwise). */
const ORG_OF = w(`woordvoerder woordvoerster voorzitter voorzitster ondervoorzitter topman topvrouw baas directeur directrice ceo
  oprichter stichter eigenaar aandeelhouder aandeelhouders aandelen aandeel overname fusie personeel werknemers medewerkers klanten
  directie bestuur beurswaarde omzet winst verlies dochter dochterbedrijf hoofdkwartier hoofdzetel zetel leden lid fractie fractieleider
  partijvoorzitter bestuurder bestuurders gedelegeerd manager managers kapitaal beursgang jaarcijfers resultaten herstructurering
  sponsor spelers speler trainer coach ploegleider`);

/** "minister van X", "ministerie van X", "schepen van X": X is the portfolio (an organisation in the news). */
const PORTFOLIO_HEADS = w(`minister ministers ministerie staatssecretaris schepen schepenen gedeputeerde departement kabinet commissie
  commissaris minister-president`);

/** Nationality adjectives as "het Britse X" (neuter article: a company, a club, a paper), lower case. */
const NEUTER_ARTICLES = w(`het`);

/** Capitalised heads of events named "X van <place>" ("Ronde van Frankrijk", "Grote Prijs van Monaco"). */
const EVENT_HEADS = w(`ronde tour festival prijs kampioenschap kampioenschappen omloop giro spelen beker`);

/** Dutch common nouns written as all-caps abbreviations ("een cao", "het BPA", "LPG"): not organisations. */
const NL_COMMON_ACRONYMS = new Set(
  `CAO BPA RUP GIS LPG TDI ADSL ISDN WAP XTC TBS PCB BBP BNP RSZ BTW KMO PVC CD DVD GSM SMS MRI HIV SOA TGV HST EHBO ICT UV`.split(' '),
);

/** Nouns before the title of a work, a show or a product ("het album X", "de film X", "de serie X"), lower case. */
const WORK_NOUNS = w(`album single nummer lied film films serie reeks soap programma musical opera roman boek bundel strip spel game
  tentoonstelling voorstelling show expo plaat cd website site`);
/** Last words of English-language place names ("Vero Beach", "Phillip Island"), lower case. */
const EN_GEO_LAST = w(`beach island islands valley inlet bay falls hollow lake lakes springs heights hills point harbour harbor creek river
  mountain mountains peak sound county`);
/** First words of place names in many languages ("Fort Worth", "Puerto Rico", "Sankt Moritz"), lower case. */
const GEO_FIRST = w(`fort port mount lake cape puerto porto santa santo são sankt bad pulau kota ciudad nueva nuevo nova novo nowy nowa
  novi stara bandar`);

/** Broadcasters numbered in programme listings ("TV 1", "Ned 3", "BBC 2", "Radio 1"). */
const BROADCASTERS = new Set(['TV', 'Radio', 'Ned', 'NED', 'BBC', 'Kanaal', 'RTL', 'Sat', 'France', 'Canal', 'Studio', 'NPO', 'VTM', 'Eén']);

/** Words before a name that make a person unlikely: articles, "in", opening quotes. */
const ARTICLE_OR_QUOTE = new Set(['de', 'het', 'een', 'in', "'", '"', '“', '‘']);

/** Prepositions before a name that vote for a place (not "bij": "bij Sabena"). */
const PLACE_PREPS = w(`in uit naar te nabij richting`);

type Vote = { PER: number; ORG: number; LOC: number };

/** Per-text helpers of the nl rules, built once per text. */
function nlContext(st: SpanState) {
  const { lex, toks, n, live, owner, lowerSeen } = st;
  const same = (i: number, j: number) => sameSentence(toks, i, j);
  const setSpan = (s: RuleSpan, type: NerType, why: RuleId) => {
    s.type = type;
    s.why = why;
    if (s.confidence === 'weak') s.confidence = 'medium';
  };
  const newSpan = (t0: number, t1: number, type: NerType, why: RuleId) => {
    const s: RuleSpan = { type, start: toks[t0].start, end: toks[t1 - 1].coreEnd, t0, t1, confidence: 'medium', why };
    for (let k = t0; k < t1; k++) owner[k] = live.length;
    live.push(s);
    return s;
  };

  const isCountryAbbr = (t: Tok) => t.cap && t.core.length >= 2 && t.core.length <= 4 && COUNTRY_ABBR.has(t.core);
  /** "( Ned )" at token i (the code). */
  const inBrackets = (i: number) => same(i, i - 1) && toks[i - 1].text === '(' && same(i, i + 1) && (toks[i + 1].text === ')' || toks[i + 1].text === '/');

  /** True when the only evidence at t0 is a place preposition before it. */
  const prepCue = (t0: number) => same(t0, t0 - 1) && PLACE_PREPS.has(toks[t0 - 1].lower);

  /** Context evidence for the name at [t0, t1). */
  const cue = (t0: number, t1: number): NerType | '' => {
    const p = same(t0, t0 - 1) ? toks[t0 - 1] : null;
    const pp = same(t0, t0 - 2) ? toks[t0 - 2] : null;
    const nx = same(t0, t1) ? toks[t1] : null;
    const nn = same(t0, t1 + 1) ? toks[t1 + 1] : null;
    if (t1 - t0 === 1 && isCountryAbbr(toks[t0]) && inBrackets(t0)) return 'LOC';
    // One-word street and area names: "Louizalaan", "Russelbeekstraat", "Amazonegebied", "Tigre-provincie".
    if (t1 - t0 === 1 && toks[t0].lower.length > 7 && STREET_END.test(toks[t0].lower)) return 'LOC';
    // Inhabitants ("Tunesiër", "Oost-Timorees", "Marokkaan") and adjectives ("Vlaams minister") are no names.
    if (t1 - t0 === 1 && (DEMONYM_END.test(toks[t0].lower) || lex.roleModifiers.has(toks[t0].lower) || (nx && lex.roleWords.has(nx.lower)))) return '';
    if (p && (PERSON_NOUNS.has(p.lower) || lex.titles.has(p.lower))) return 'PER';
    // A capitalised compound organisation noun mid-sentence: "het Brugse IT-bedrijf X", "VT4-concurrent".
    if (p && p.cap && !p.sentStart && p.lower.includes('-') && ORG_NOUN_END.test(p.lower)) return 'ORG';
    if (p && !p.cap) {
      if (SAY_VERBS.has(p.lower)) return 'PER';
      if (ORG_NOUNS.has(p.lower) || (p.lower.length > 6 && ORG_NOUN_END.test(p.lower))) return 'ORG';
      if ((lex.roleWords.has(p.lower) && !ORG_OF.has(p.lower)) || (p.lower.length > 8 && ROLE_END.test(p.lower))) return 'PER';
      if ((p.lower === 'van' || p.lower === 'uit') && pp && !pp.cap && PLACE_OF.has(pp.lower) && t1 - t0 <= 2) return 'LOC';
      if (p.lower === 'tussen' && nx && nx.lower === 'en') return 'LOC';
      if (p.lower === 'van' && pp && !pp.cap) {
        if (PORTFOLIO_HEADS.has(pp.lower) && t1 - t0 <= 3) return 'ORG';
        if (ORG_OF.has(pp.lower)) return 'ORG';
      }
      // "het Britse X", "het Amerikaanse X": a company, a club, a paper.
      // … but "in het Zuid-Franse X" is a place.
      if (pp && NEUTER_ARTICLES.has(pp.lower) && /(?:se|ke|sche)$/.test(p.lower) && p.lower.length > 4) {
        const ppp = same(t0, t0 - 3) ? toks[t0 - 3] : null;
        return ppp && PLACE_PREPS.has(ppp.lower) ? 'LOC' : 'ORG';
      }
      // "werkt bij X", "een functie bij X": an unknown name after "bij" is an employer when work is spoken of in
      // the words before; otherwise "bij" locates ("een dijkdoorbraak bij Eijsden", "de Maas bij Visé"): a place.
      if (p.lower === 'bij' && t1 - t0 === 1 && !toks[t0].sentStart) {
        for (let k = t0 - 2; k >= 0 && k >= t0 - 7 && same(t0, k); k--) if (EMPLOY_WORDS.test(toks[k].lower)) return 'ORG';
        return 'LOC';
      }
      // "in Valentino's huizen": a possessive is a person's or a company's, not a place's.
      if (PLACE_PREPS.has(p.lower) && !toks[t0].sentStart && toks[t1 - 1].core === toks[t1 - 1].text) return 'LOC';
    }
    if (p && p.cap && /(?:se|sche)$/.test(p.lower) && pp && NEUTER_ARTICLES.has(pp.lower)) {
      const ppp = same(t0, t0 - 3) ? toks[t0 - 3] : null;
      return ppp && PLACE_PREPS.has(ppp.lower) ? 'LOC' : 'ORG';
    }
    if (nx) {
      if (SAY_VERBS.has(nx.lower) || lex.personVerbs.has(nx.lower)) return 'PER';
      // An age or a country code in brackets after a name: "X (42)", "X (Ned)".
      if (nx.text === '(' && nn && (/^\d{1,2}$/.test(nn.text) || isCountryAbbr(nn)) && same(t0, t1 + 2) && (toks[t1 + 2].text === ')' || toks[t1 + 2].text === '/')) return 'PER';
    }
    return '';
  };

  // 1. Person names: "Jeannine Leduc" (a known surname with an unknown first name before it), "Luc Van den Brande".
  const joinNames = () => {
    for (let si = 0; si < live.length; si++) {
      const s = live[si];
      if (s.type !== 'PER' || s.t1 <= s.t0) continue;
      // Rightwards over particles and a capitalised surname.
      let k = s.t1;
      while (k < n && k - s.t1 < 3 && same(s.t0, k) && lex.particles.has(toks[k].lower) && owner[k] < 0) k++;
      if (k > s.t1 && k < n && same(s.t0, k) && toks[k].cap && !lex.particles.has(toks[k].lower) && (owner[k] < 0 || ((live[owner[k]].type === 'PER' || live[owner[k]].type === 'MISC') && live[owner[k]].t0 === k && live[owner[k]].t1 === k + 1))) {
        // Only a first name (one or two tokens) takes a particle surname.
        // A lower-case "van" after a full name is an affiliation ("Peeters van Tectrade"): only a lone first name takes it.
        // A first name cued by a title takes them too: "minister Ard van der Steur", "Kamervoorzitter Anouchka van Miltenburg".
        // One "van" alone may be an affiliation ("minister Jansen van Defensie"): only after a role compound that headed the name.
        const titled = s.t1 - s.t0 === 1 && s.why === 'title' && !toks[s.t0].allCaps && (k - s.t1 >= 2 || !!s.rules?.includes('nl-person-noun-trim'));
        if (s.t1 - s.t0 <= 2 && (toks[s.t1].cap || (s.t1 - s.t0 === 1 && isGivenName(toks[s.t0].core)) || titled)) {
          if (owner[k] >= 0) {
            const o = live[owner[k]];
            o.type = 'MISC';
            o.t1 = o.t0; // absorbed
          }
          for (let q = s.t1; q <= k; q++) owner[q] = si;
          s.t1 = k + 1;
          s.end = toks[k].coreEnd;
        }
      }
      // A person span right after this one that starts with a particle is its surname: "Dries" + "Van den Abeele".
      if (s.t1 - s.t0 <= 2 && s.t1 < n && same(s.t0, s.t1) && owner[s.t1] >= 0) {
        const o = live[owner[s.t1]];
        if (o !== s && o.t0 === s.t1 && (o.type === 'PER' || o.type === 'MISC') && lex.particles.has(toks[o.t0].lower) && o.t1 - o.t0 >= 2) {
          for (let q = o.t0; q < o.t1; q++) owner[q] = si;
          s.t1 = o.t1;
          s.end = o.end;
          o.type = 'MISC';
          o.t1 = o.t0; // absorbed
        }
      }
      // Leftwards over capitalised particles: "Van der" + "Voort", "De" + "Block" (Flemish surnames).
      {
        let k = s.t0 - 1;
        while (k >= 0 && s.t0 - k <= 3 && same(s.t0, k) && owner[k] < 0 && lex.particles.has(toks[k].lower)) k--;
        const first = k + 1;
        if (first < s.t0 && toks[first].cap) {
          for (let q = first; q < s.t0; q++) owner[q] = si;
          s.t0 = first;
          s.start = toks[first].start;
        }
      }
      // Leftwards over one unknown capitalised first name.
      if (s.t1 - s.t0 === 1 && s.why === 'doc') {
        const q = s.t0 - 1;
        if (q >= 0 && same(s.t0, q) && owner[q] < 0 && toks[q].cap && !toks[q].allCaps && toks[q].core === toks[q].text && !isCommon(lex, toks[q], lowerSeen) && !/(?:se|sche)$/.test(toks[q].lower)) {
          s.t0 = q;
          s.start = toks[q].start;
          owner[q] = si;
        }
      }
    }
  };
  return { lex, toks, n, live, owner, lowerSeen, same, setSpan, newSpan, isCountryAbbr, inBrackets, prepCue, cue, joinNames };
}
const NL_KEY = {};
const nl = (st: SpanState) => st.shared(NL_KEY, nlContext);

/** Person names: "Jeannine Leduc", "Luc Van den Brande", "Van der" + "Voort" (particles and a first name join the surname). */
export const nlJoinNames: Rule = {
  id: 'nl-join-names',
  apply(st) {
    const { joinNames } = nl(st);
    joinNames();
  },
};

export const nlPersonNounTrim: Rule = {
  id: 'nl-person-noun-trim',
  apply(st) {
    const { lex, toks, live, owner } = nl(st);
    // "Doelman Kowalczyk" at a sentence start: the person noun is not part of the name.
    for (const s of live) {
      if (s.type !== 'PER' || s.t1 - s.t0 < 2) continue;
      const head = toks[s.t0].lower;
      // "Kamervoorzitter Anouchka": a capitalised role compound heads the name anywhere in a sentence.
      if (!PERSON_NOUNS.has(head) && !(head.length > 8 && ROLE_END.test(head)) && !(toks[s.t0].sentStart && lex.roleWords.has(head))) continue;
      owner[s.t0] = -1;
      s.t0++;
      s.start = toks[s.t0].start;
      s.why = 'title'; // the role cues the person, as a lower-case title does
    }
  },
};

/** Context cues vote per name over the whole document; guesses and sentence-initial mentions follow the votes. */
export const nlVotes: Rule = {
  id: 'nl-votes',
  apply(st) {
    const { lex, toks, n, live, owner, lowerSeen, same, setSpan, newSpan, isCountryAbbr, inBrackets, prepCue, cue } = nl(st);
    // 2. Votes per name, over the whole document.
    const votes = new Map<string, Vote>();
    const keyOf = (t0: number, t1: number) => spanKey(toks, t0, t1);
    const vote = (k: string, t: NerType, weak = false) => {
      let v = votes.get(k);
      if (!v) votes.set(k, (v = { PER: 0, ORG: 0, LOC: 0 }));
      // A preposition ("in X", "naar X") is weaker evidence than a noun or a verb: X may be a company.
      if (t === 'PER' || t === 'ORG' || t === 'LOC') v[t] += weak ? 1 : 2;
    };
    const guesses: RuleSpan[] = [];
    for (const s of live) {
      // A lone given name may be a radio station or a company ("radio Donna", "het bedrijf Iris"): only an organisation cue retypes it.
      const givenAlone = s.why === 'given' && s.t1 - s.t0 === 1 && s.type === 'PER';
      if (givenAlone && cue(s.t0, s.t1) === 'ORG') {
        setSpan(s, 'ORG', 'nl-org');
        vote(keyOf(s.t0, s.t1), 'ORG');
        continue;
      }
      const guess = s.confidence === 'weak' || s.type === 'MISC';
      if (!guess) {
        // Names with evidence vote too (a person's surname, an organisation's name).
        continue;
      }
      guesses.push(s);
      const c = cue(s.t0, s.t1);
      if (c) vote(keyOf(s.t0, s.t1), c, c === 'LOC' && prepCue(s.t0));
    }
    /**
     * A two-to-four-word unknown name guessed a person by its shape alone, where people are rare: after an
     * article, a quote or another capitalised word ("het Vrije Leven", "de Grote Markt", "' La Traviata '"),
     * or headed by an inflected adjective ("Rode Duivels", "Verdronken Weiden"; given names are known).
     */
    const dropShape = (s: RuleSpan): boolean => {
      const p = same(s.t0, s.t0 - 1) ? toks[s.t0 - 1] : null;
      return !!p && (p.cap || ARTICLE_OR_QUOTE.has(p.lower) || WORK_NOUNS.has(p.lower) || /e$/.test(toks[s.t0].lower));
    };
    // Bracketed country codes nobody claimed: "( Ita )".
    for (let i = 0; i < n; i++) {
      if (owner[i] >= 0 || !isCountryAbbr(toks[i]) || !inBrackets(i)) continue;
      newSpan(i, i + 1, 'LOC', 'country-code');
    }
    // Unlabelled capitalised words at sentence starts: typed only by the document's votes below.
    for (const s of guesses) {
      const v = votes.get(keyOf(s.t0, s.t1));
      const c = cue(s.t0, s.t1);
      let t: NerType | '' = c;
      if (!t && v) {
        const best = v.PER >= v.ORG && v.PER >= v.LOC ? 'PER' : v.ORG >= v.LOC ? 'ORG' : 'LOC';
        const total = v.PER + v.ORG + v.LOC;
        if (v[best] * 2 > total) t = best;
      }
      // "Vero Beach", "Fort Worth", "Puerto Rico": geographic words make a place.
      if (!t && s.t1 - s.t0 >= 2 && (s.why === 'shape' || s.type === 'MISC') && (EN_GEO_LAST.has(toks[s.t1 - 1].lower) || GEO_FIRST.has(toks[s.t0].lower))) t = 'LOC';
      if (!t) {
        if (s.why === 'shape' && s.confidence === 'weak' && dropShape(s)) s.type = 'MISC';
        continue;
      }
      if (s.type === 'MISC' || s.why === 'shape' || s.why === 'prep' || s.why === 'doc') {
        if (s.type !== t) setSpan(s, t, ('nl-' + t.toLowerCase()) as RuleId);
        else if (s.confidence === 'weak') s.confidence = 'medium';
      }
    }
    // Sentence-initial occurrences of voted names.
    if (votes.size) {
      for (let i = 0; i < n; i++) {
        if (owner[i] >= 0 || !toks[i].cap || !toks[i].sentStart || lowerSeen.has(toks[i].lower) || lex.stop.has(toks[i].lower)) continue;
        const v = votes.get(toks[i].key);
        if (!v) continue;
        if (i + 1 < n && same(i, i + 1) && toks[i + 1].cap) continue;
        const best = v.PER >= v.ORG && v.PER >= v.LOC ? 'PER' : v.ORG >= v.LOC ? 'ORG' : 'LOC';
        if (v[best] * 2 > v.PER + v.ORG + v.LOC) newSpan(i, i + 1, best, 'nl-doc');
      }
    }
  },
};

export const nlChannel: Rule = {
  id: 'nl-channel',
  apply(st) {
    const { toks, n, live, owner, same, newSpan } = nl(st);
    // 4b. Channels in programme listings: "TV 1", "Ned 3", "BBC 2", "Radio 1" are broadcasters.
    for (let i = 0; i + 1 < n; i++) {
      const t = toks[i];
      if (!BROADCASTERS.has(t.core) || !same(i, i + 1) || !/^\d{1,2}$/.test(toks[i + 1].text) || toks[i + 1].start !== t.end + 1) continue;
      if (i + 2 < n && same(i, i + 2) && /^\d/.test(toks[i + 2].text) && toks[i + 2].start === toks[i + 1].end) continue;
      const o = owner[i] >= 0 ? live[owner[i]] : null;
      if (o && (o.t0 !== i || o.t1 !== i + 1)) continue;
      if (owner[i + 1] >= 0) continue;
      if (o) {
        o.type = 'ORG';
        o.why = 'nl-channel';
        o.t1 = i + 2;
        o.end = toks[i + 1].end;
        owner[i + 1] = owner[i];
      } else newSpan(i, i + 2, 'ORG', 'nl-channel');
    }
  },
};

export const nlLowerBody: Rule = {
  id: 'nl-lower-body',
  apply(st) {
    const { lex, toks, live } = nl(st);
    // 4c. "de Vlaamse regering", "de federale regering": an adjective and a generic body in lower case are no name.
    for (const s of live) {
      if (s.type === 'ORG' && s.t1 - s.t0 === 2 && !toks[s.t1 - 1].cap && lex.orgWords.has(toks[s.t1 - 1].lower) && /e$/.test(toks[s.t0].lower)) s.type = 'MISC';
    }
  },
};

export const nlInitials: Rule = {
  id: 'nl-initials',
  apply(st) {
    const { toks, n, live, lowerSeen, same, setSpan } = nl(st);
    // 4e. All-caps tokens: author initials alone on a line ("( PJB )", "JVD") are people; Dutch common nouns in
    //     capitals ("CAO", "BPA", "GELD" in a shouted line) and derivations ("VU'ers", "CAO's") are no organisations.
    for (const s of live) {
      if (s.type !== 'ORG' || s.t1 - s.t0 !== 1 || !toks[s.t0].allCaps || s.why === 'gaz') continue;
      const t = toks[s.t0];
      if (NL_COMMON_ACRONYMS.has(t.core) || lowerSeen.has(t.lower) || (t.text.endsWith("'") && s.t1 < n && toks[s.t1].start === t.end && !toks[s.t1].cap)) {
        s.type = 'MISC';
        continue;
      }
      let a = s.t0;
      let b = s.t1;
      if (a > 0 && same(s.t0, a - 1) && toks[a - 1].text === '(') a--;
      if (b < n && same(s.t0, b) && toks[b].text === ')') b++;
      const alone = (a === 0 || toks[a - 1].sent !== t.sent) && (b >= n || toks[b].sent !== t.sent || toks[b].text === '.');
      if (alone && t.core.length >= 2 && t.core.length <= 4 && /^[A-Z]+$/.test(t.core)) setSpan(s, 'PER', 'nl-initials');
    }
  },
};

export const nlEvent: Rule = {
  id: 'nl-event',
  apply(st) {
    const { toks, n, live, same } = nl(st);
    // 4d. Events named after a place: "Ronde van Frankrijk", "Festival van Vlaanderen", "Brussel 2000", "Euro 2000".
    for (const s of live) {
      if (s.type !== 'LOC') continue;
      const p = same(s.t0, s.t0 - 1) ? toks[s.t0 - 1] : null;
      const pp = same(s.t0, s.t0 - 2) ? toks[s.t0 - 2] : null;
      const nx = same(s.t0, s.t1) ? toks[s.t1] : null;
      if ((p && p.lower === 'van' && pp && pp.cap && EVENT_HEADS.has(pp.lower)) || (nx && /^(?:19|20)\d\d$/.test(nx.text) && !(s.t1 + 1 < n && same(s.t0, s.t1 + 1) && /^\d/.test(toks[s.t1 + 1].text)))) {
        s.type = 'MISC';
        s.why = 'nl-event';
      }
    }
  },
};


function isCommon(lex: Lexicon, t: Tok, lowerSeen: Set<string>): boolean {
  return (
    lex.stop.has(t.lower) ||
    lex.nonEntities.has(t.lower) ||
    lex.titles.has(t.lower) ||
    lex.roleWords.has(t.lower) ||
    lex.roleModifiers.has(t.lower) ||
    lex.orgWords.has(t.lower) ||
    lex.connectors.has(t.lower) ||
    (t.sentStart && lowerSeen.has(t.lower))
  );
}

/**
 * Country abbreviations of Dutch-language sports results ("Kluivert (Ned)", "Ullrich (Dui)"): the first
 * three letters of the Dutch country name, and a few fixed forms. Public convention, written by hand.
 */
const COUNTRY_ABBR = new Set(
  `Bel Ned Fra Dui Ita Spa Por Zwi Oos Zwe Noo Den Fin IJs Ier Eng Sch GB VK VS VSt USA Rus Oek Pol Tsj Slk Slo Svk Hon Roe Bul Gri Tur
  Cro Kro Joe Ser Bos Alb Mac Lux Lit Let Est Wit Mol Geo Arm Aze Kaz Isr Egy Mar Alg Tun Nig Kam Ken Eth Zaf ZAf Arg Bra Chi Col Uru
  Par Per Ecu Ven Mex Can Aus NZ NZe Jap Chn Kor ZKo Ind Pak Iran Irak Sau WRu W-Rus Zim Z-A Gha Sen Kam Cub Jam Tha Tai Uzb Slv Kro`.split(/\s+/).filter(Boolean),
);
