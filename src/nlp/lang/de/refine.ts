import { normKey, type Lexicon } from '../../ner/lexicon';
import type { RuleSpan, Tok } from '../../ner/recognise';
import type { Rule, RuleId, SpanState } from '../../ner/rules';
import { sameSentence, wordSet } from '../../ner/token-spans';
import type { NerType } from '../../types';
import { FAMOUS_PEOPLE } from '../../gazetteers/famous-people';
import { isGivenName } from '../../gazetteers/given-names';

/**
 * German rules over one text's spans (listed in order in rules.ts). German capitalises every noun, so a
 * capital letter alone says nothing: each rule here needs a cue in the context and refuses words that
 * look like common nouns (LangPack.commonNounSuffix, words the text also writes in lower case,
 * stopwords). Linear in the tokens: every test looks at a bounded window, the document maps are built once.
 *
 *  - a role noun before a name ("Innenminister X", "Bundeskanzlerin X", "Parteichef X", "Herr X")
 *    makes it a person, and is not part of the name ("Europaminister Uwe Döring" → "Uwe Döring");
 *  - a number in brackets after an unknown name is an age or a goal's minute ("X (42)", "X (11.)"): a person;
 *  - a verb of saying right before or after a name ("sagte X", "X sagte", "…", so X.) makes it a person;
 *  - a surname alone is the person the text names in full elsewhere ("Angela Merkel … Merkel",
 *    also in the genitive "Merkels");
 *  - a compound of a name and a common noun ("Schalke-Truppe", "PC-Version") is not a name (GermEval: part
 *    of a name), unless a gazetteer knows it ("EU-Kommission");
 *  - the name after a place noun is a place ("Kanton Uri" → "Uri"; "Landkreis Erding" whole), the genitive
 *    of a known place is the place ("Leipzigs");
 *  - a name after a noun naming a kind of organisation is one ("der Spielzeughersteller X", "die Pop-Band X");
 *  - a name joined by "und" to a place is a place;
 *  - "die Union" alone is the CDU/CSU (unless the text speaks of the EU);
 *  - a name typed with strong evidence (gazetteer, known person, place noun) is typed the same at its
 *    other mentions;
 *  - a few public figures known by their surname alone (German, Austrian and Swiss politicians,
 *    heads of state): public facts written by hand, not taken from any corpus.
 */

const w = wordSet;

/** Surnames of public figures the German-language news names alone (in addition to FAMOUS_PEOPLE). */
const DE_FIGURES = w(`Scholz Steinmeier Gauck Wulff Köhler Weizsäcker Brandt Adenauer Erhard Kiesinger Seehofer Söder Stoiber
  Westerwelle Steinbrück Röttgen Schäuble Lafontaine Gysi Trittin Özdemir Lindner Habeck Baerbock Laschet Kramp-Karrenbauer
  Wagenknecht Nahles Altmaier Lauterbach Faeser Pistorius Guttenberg Zypries Künast Kretschmann Wowereit Beust Rüttgers
  Platzeck Tillich Müntefering Steinbrück Clement Schily Genscher Kinkel Scharping Bisky Ramelow Kipping
  Haider Faymann Schüssel Kreisky Vranitzky Klestil Gusenbauer Strache Blocher Leuthard Calmy-Rey Merz
  Putin Medwedew Gorbatschow Jelzin Sarkozy Berlusconi Hollande Chirac Erdogan Erdoğan Netanjahu Olmert Mubarak Gaddafi Assad
  Obama Bush Clinton Trump Biden Blair Cameron Brown Zapatero Prodi Juncker Barroso Solana Ahmadinedschad Chávez Chavez Lula
  Karsai Musharraf Sharon Abbas Arafat Annan Lukaschenko Janukowitsch Timoschenko Juschtschenko Selenskyj Kaczyński Tusk`);

/**
 * Role and person nouns (lower case) right before a name; also as the last part of a compound
 * ("Innenminister", "Parteichef", "Löwen-Keeper"), matched by ROLE_END.
 */
const PERSON_NOUNS = w(`herr herrn frau dr prof professor professorin kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin
  bundespräsident bundespräsidentin ministerpräsident ministerpräsidentin minister ministerin bürgermeister bürgermeisterin
  oberbürgermeister oberbürgermeisterin landrat landrätin senator senatorin abgeordnete abgeordneter vorsitzende vorsitzender
  sprecher sprecherin trainer trainerin coach kapitän torwart keeper stürmer verteidiger spieler spielerin schriftsteller schriftstellerin
  autor autorin dichter dichterin maler malerin komponist komponistin regisseur regisseurin schauspieler schauspielerin sänger sängerin
  musiker musikerin gitarrist gitarristin pianist pianistin dirigent dirigentin architekt architektin fotograf fotografin journalist
  journalistin moderator moderatorin kommissar kommissarin staatsanwalt staatsanwältin richter richterin anwalt anwältin verteidigerin
  papst kardinal bischof pfarrer pastor rabbiner könig königin kaiser kaiserin prinz prinzessin fürst fürstin herzog herzogin graf gräfin
  oberst major leutnant admiral feldmarschall kollege kollegin parteifreund parteifreundin parteikollege vater mutter sohn
  bruder schwester ehemann ehefrau witwe onkel tante neffe nichte opa oma großvater großmutter enkel enkelin cousin freund freundin
  gründer gründerin erfinder erfinderin unternehmer unternehmerin manager managerin direktor direktorin intendant intendantin
  staatssekretär staatssekretärin botschafter botschafterin diplomat diplomatin gouverneur gouverneurin`);

/** Role nouns that are also common surnames ("Steffi Graf", "Roman Herzog"): kept at the end of a name. */
const ALSO_SURNAMES = w(`graf herzog könig kaiser fürst major bischof pfarrer papst prinz freund general meister vater koch richter`);

/** Endings of compound role nouns ("Innenminister", "Parteichef", "Vereinssprecher", "Cheftrainer", "Löwen-Keeper"). */
const ROLE_END =
  /(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|sprecher|sprecherin|vorsitzende|vorsitzender|trainer|trainerin|keeper|torwart|torhüter|stürmer|kapitän|bürgermeister|bürgermeisterin|sekretär|sekretärin|direktor|direktorin|kommissar|kommissarin|abgeordnete|abgeordneter|politiker|politikerin|schriftsteller|schriftstellerin|regisseur|regisseurin|sänger|sängerin|schauspieler|schauspielerin|anwalt|anwältin|anwälte|berater|intendant|intendantin|gründer|gründerin|kandidat|kandidatin|senator|senatorin|stadtrat|stadträtin|landrat|landrätin|bischof|experte|expertin|forscher|forscherin|leiter|leiterin)$/;

/**
 * Verbs of saying: right before or after a name they make it a person ("sagte Merkel", "Merkel sagte").
 * Only verbs whose object is rarely a noun right after them ("fordert Konsequenzen", "schrieb Dramen" are left out).
 */
const SAY_VERBS = w(`sagte sagt erklärte betonte betont meinte meint ergänzte ergänzt warnte bestätigte versicherte versichert
  unterstrich unterstreicht bekräftigte bekräftigt`);

/** Words right before a verb of saying that make the capitalised word before them a common noun ("der Minister sagte"). */
const ARTICLES = w(`der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner dieser diese dieses diesem
  diesen jeder jede jedes sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere`);

/**
 * Common nouns that end compounds on a name ("EU-Kommission", "CSU-Übermacht", "DLV-Gala", "CIA-Videos"):
 * such a compound is about the name, not a name itself (GermEval marks it a part of a name).
 */
const COMPOUND_HEADS = w(`kommission fraktion truppe team mannschaft spitze führung vorstand chef chefin präsident präsidentin
  sprecher sprecherin video videos version bereich bereiche partie spiel spiele rennen daten märkte kader
  pokal pokalfinale finale tickets ticket spieler spielerin trainer fans anhänger mitglied mitglieder politiker politikerin chefs
  angaben informationen kreise zentrale aktie aktien papiere budget haushalt gipfel treffen sitzung beschluss
  plan pläne pläne programm projekt projekte studie bericht berichts vorgaben forscher experte experten neuling basis abgeordnete
  abgeordneten generalsekretär landeschef vize kandidat kandidatin spitzenkandidat spitzenkandidatin regierung ministerium
  verbot streit krise affäre chaos debatte reform reformen wahl wahlen sieg niederlage niveau markt marke logo saison liga`);

/** Nouns of administrative and geographic units: the name after them is a place ("Kanton Aargau", "das Dorf Weitingen"). */
const PLACE_HEADS = w(`stadt stadtteil ortsteil ort gemeinde dorf kanton landkreis kreis bezirk provinz bundesland bundesstaat
  republik insel halbinsel hauptstadt kreisstadt großstadt kleinstadt metropole`);

/**
 * Endings of nouns naming a kind of organisation, alone or as the end of a compound, right before its name:
 * "der Spielzeughersteller X", "die Pop-Band X", "die Wochenzeitung X", "des Unternehmens X".
 */
const ORG_HEAD_END =
  /(?:hersteller|konzern|konzerns|unternehmens|firma|verlag|verlags|zeitung|wochenzeitung|magazin|magazins|zeitschrift|sender|senders|-band|rockband|popband|partei|verein|vereins|klub|club|gewerkschaft|bank|versicherer|autobauer|chipkonzern|autokonzern|fluggesellschaft|airline|reederei|brauerei|mannschaft|rivale|konkurrent|konkurrenten|produktion|label|labels|plattenlabel|softwarehaus|discounter|händler|anbieter|betreiber|zulieferer|tochterfirma|mutterkonzern|holding|agentur|nachrichtenagentur|miliz|terrormiliz)$/;

/** Place nouns that are part of the official name of the unit ("Landkreis Erding", "Kreis Gießen"). */
const UNIT_NAME_HEADS = w(`landkreis kreis bezirk`);

/** Organisation nouns too general to start a new name after them ("der Konzern Auftraggeber verlor"). */
const GENERIC_ORG_HEADS = w(`konzern konzerns bank sender senders anbieter betreiber rivale konkurrent konkurrenten mannschaft agentur
  händler holding club klub verein vereins partei`);

/** Conjunctions that may stand right before a subject name. */
const CONJ = w(`und oder aber sowie doch denn sondern`);

/** Per-text helpers of the de rules, built once per text. */
function deContext(st: SpanState) {
  const { lex, toks, n, owner, lowerSeen } = st;
  const same = (i: number, j: number) => sameSentence(toks, i, j);
  const suffix = lex.pack.commonNounSuffix;

  /** A capitalised word that may be a surname: not a stopword, no common-noun ending, never written in lower case here. */
  const nameLike = (t: Tok) =>
    t.isWord &&
    t.cap &&
    !t.allCaps &&
    t.core.length >= 3 &&
    // A long word without a hyphen is a compound noun ("Getränkegutscheine", "Katastrophenschutz"), rarely a name.
    (t.core.length <= 15 || t.core.includes('-')) &&
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.core) &&
    !lex.stop.has(t.lower) &&
    !lex.nonEntities.has(t.lower) &&
    !lowerSeen.has(t.lower) &&
    !(suffix && suffix.test(t.lower)) &&
    !PERSON_NOUNS.has(t.lower) &&
    !lex.titles.has(t.lower) &&
    !ROLE_END.test(t.lower);
  const isRole = (t: Tok) => t.isWord && t.text === t.core && (PERSON_NOUNS.has(t.lower) || (t.lower.length > 6 && ROLE_END.test(t.lower)));

  const newSpan = (t0: number, t1: number, type: NerType, why: RuleId) => {
    const s: RuleSpan = { type, start: toks[t0].start, end: toks[t1 - 1].coreEnd, t0, t1, confidence: 'medium', why };
    for (let k = t0; k < t1; k++) owner[k] = st.live.length;
    st.live.push(s);
    return s;
  };
  /** The single-token span or gap at i may become a person: free, or a one-token span the rules are not sure of. */
  const retypable = (i: number) => {
    const o = owner[i];
    if (o < 0) return true;
    const s = st.live[o];
    return s.t1 - s.t0 === 1 && s.type !== 'PER' && s.confidence !== 'strong';
  };
  const makePer = (i: number, why: RuleId) => {
    const o = owner[i];
    if (o >= 0) {
      const s = st.live[o];
      s.type = 'PER';
      s.why = why;
      if (s.confidence === 'weak') s.confidence = 'medium';
    } else newSpan(i, i + 1, 'PER', why);
  };
  return { lex, toks, n, owner, lowerSeen, same, suffix, nameLike, isRole, newSpan, retypable, makePer };
}
const DE_KEY = {};
const de = (st: SpanState) => st.shared(DE_KEY, deContext);

/** Endings of nouns of people who do something ("Politikwissenschaftler", "Klimaforscherin", "Kardiologe", "Aktivist"). */
const AGENT_NOUN_END = /(?:er|erin|ist|istin|loge|login|ent|entin|ant|antin|eur|eurin|or|orin)$/;

export const deRoleTrim: Rule = {
  id: 'role-trim',
  apply(st) {
    const live = st.live;
    const { lex, toks, isRole } = de(st);
    // 1. A role noun at the start of a person's name is not part of it: "Europaminister Uwe Döring" → "Uwe Döring".
    for (const s of live) {
      if (s.t1 - s.t0 < 2) continue;
      const t = toks[s.t0];
      const rest = toks.slice(s.t0 + 1, s.t1);
      // A capitalised noun of a doer before a first name and a surname is a role or a profession:
      // "Politikwissenschaftler Christian von Soest" (German nouns are capitalised; names do not start with them).
      const nounBeforeName = s.type === 'PER' && rest.length >= 2 && t.lower.length > 6 && AGENT_NOUN_END.test(t.lower) && !isGivenName(t.core) && isGivenName(rest[0].core) && !lex.particles.has(t.lower);
      if (!isRole(t) && !nounBeforeName) continue;
      // Not "die Gräfin von Lennox" (a title with a place: the whole is the name).
      if (!rest[0].cap || !rest.every((r) => r.isWord && (r.cap || lex.particles.has(r.lower)))) continue;
      if (s.type !== 'PER' && !(isGivenName(rest[0].core) || rest.length === 1)) continue;
      s.t0 += 1;
      s.start = toks[s.t0].start;
      s.type = 'PER';
      s.why = 'role-trim';
    }
    // … and a role noun at the end of it is not part of it either ("Hitlers Vizekanzler" → "Hitlers").
    for (const s of live) {
      if (s.type !== 'PER' || s.t1 - s.t0 < 2 || !isRole(toks[s.t1 - 1]) || ALSO_SURNAMES.has(toks[s.t1 - 1].lower)) continue;
      s.t1 -= 1;
      s.end = toks[s.t1 - 1].coreEnd;
      s.why = 'role-trim';
    }
    st.live = live.filter((s) => s.t1 > s.t0);
    st.reown();
  },
};

export const deCompound: Rule = {
  id: 'de-compound',
  apply(st) {
    const live = st.live;
    const { toks, suffix } = de(st);
    // 3. A compound of a name and a common noun ("EU-Kommission", "CSU-Übermacht", "PC-Version") is not a name:
    //    GermEval and the news read it as a word about the name. Names built of names stay ("Bremen-Vegesack").
    for (const s of live) {
      if (s.t1 - s.t0 !== 1 || s.confidence === 'strong' && s.why === 'gaz') continue;
      const t = toks[s.t0];
      const dash = t.core.lastIndexOf('-');
      if (dash <= 0 || dash >= t.core.length - 3) continue;
      const head = t.core.slice(dash + 1);
      if (!/^\p{Lu}\p{Ll}/u.test(head)) continue;
      const hl = head.toLowerCase();
      if (COMPOUND_HEADS.has(hl) || (suffix && suffix.test(hl)) || ROLE_END.test(hl) || PERSON_NOUNS.has(hl)) s.type = 'MISC';
    }
  },
};

export const dePlaceHead: Rule = {
  id: 'place-head',
  apply(st) {
    const live = st.live;
    const { lex, toks, n, owner, same, nameLike, newSpan, retypable } = de(st);
    // 4. The name after a place noun is a place, without the noun: "Kanton Baselland" → "Baselland",
    //    "die Republik Zypern" → "Zypern" (with it for official unit names: "Landkreis Erding"); the genitive of a known place is the place ("Leipzigs", "Israels").
    for (let i = 0; i + 1 < n; i++) {
      const h = toks[i];
      if (!h.cap || !h.isWord || !PLACE_HEADS.has(h.lower) || !same(i, i + 1)) continue;
      const t = toks[i + 1];
      if (!nameLike(t) && lex.names.get(normKey(t.core)) !== 'LOC') continue;
      const o = owner[i];
      const oi = owner[i + 1];
      // "Landkreis Erding", "Kreis Gießen", "Bezirk Mitte" are the official names, noun included.
      const part = UNIT_NAME_HEADS.has(h.lower);
      if (o >= 0 && o === oi) {
        // A span "Kanton Baselland": a place; the noun dropped when the span ends right after the name.
        const q = live[o];
        if (q.t0 !== i || q.t1 !== i + 2) continue;
        if (!part) {
          q.t0 = i + 1;
          q.start = t.start;
          owner[i] = -1;
        }
        q.type = 'LOC';
        q.why = 'place-head';
      } else if (oi < 0 && o < 0) {
        if (same(i, i + 2) && toks[i + 2].cap && toks[i + 2].isWord && owner[i + 2] < 0 && !lex.stop.has(toks[i + 2].lower)) continue;
        if (part) newSpan(i, i + 2, 'LOC', 'place-head');
        else newSpan(i + 1, i + 2, 'LOC', 'place-head');
      } else if (oi >= 0 && o < 0) {
        const q = live[oi];
        if (q.t1 - q.t0 === 1 && q.type !== 'LOC' && q.confidence !== 'strong') {
          q.type = 'LOC';
          q.why = 'place-head';
        }
      }
    }
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (!t.cap || !t.isWord || t.core.length < 5 || !t.core.endsWith('s') || !retypable(i)) continue;
      const o = owner[i];
      if (o >= 0 && live[o].type === 'LOC') continue;
      // Not "Seines" (a stopword plus -s; "Seine" is also a river).
      if (lex.stop.has(t.lower.slice(0, -1)) || lex.names.get(normKey(t.core.slice(0, -1))) !== 'LOC') continue;
      if (o >= 0) {
        live[o].type = 'LOC';
        live[o].why = 'place-genitive';
      } else newSpan(i, i + 1, 'LOC', 'place-genitive');
    }
  },
};

export const deOrgHead: Rule = {
  id: 'org-head',
  apply(st) {
    const live = st.live;
    const { lex, toks, n, owner, same, nameLike, newSpan } = de(st);
    // 5. A name right after a noun naming a kind of organisation is that organisation ("der Spielzeughersteller X",
    //    "die Pop-Band X", "des Unternehmens X"), possibly in quotes ("das Magazin „X“").
    for (let i = 0; i + 1 < n; i++) {
      const h = toks[i];
      if (!h.cap || !h.isWord || h.allCaps || !ORG_HEAD_END.test(h.lower)) continue;
      let j = i + 1;
      if (same(i, j) && /^["“„«‚]$/.test(toks[j].text)) j++;
      if (!same(i, j) || !toks[j].cap || !toks[j].isWord) continue;
      const t = toks[j];
      const o = owner[j];
      if (o >= 0) {
        const q = live[o];
        // A one-word guess of another type becomes the organisation; longer names are left to the tagger.
        const place = lex.names.has(normKey(t.core)) || lex.names.get(normKey(t.core.replace(/s$/, ''))) === 'LOC';
        if (q.t0 === j && q.t1 === j + 1 && q.type !== 'ORG' && q.confidence !== 'strong' && !(q.type === 'PER' && isGivenName(t.core)) && !place) {
          q.type = 'ORG';
          q.why = 'org-head';
        }
        continue;
      }
      // A new name only after a specific noun ("Konzern X", "Händler X" may be followed by any object noun).
      if (!nameLike(t) || GENERIC_ORG_HEADS.has(h.lower)) continue;
      if (lex.names.get(normKey(t.core.replace(/s$/, ''))) === 'LOC') continue;
      let e = j + 1;
      while (e < j + 3 && same(i, e) && owner[e] < 0 && toks[e].cap && toks[e].isWord && nameLike(toks[e])) e++;
      // Not the first half of a name typed already ("Autobauer General [Motors]").
      if (same(i, e) && toks[e].cap && toks[e].isWord && owner[e] >= 0) continue;
      newSpan(j, e, 'ORG', 'org-head');
      i = e - 1;
    }
  },
};

export const deSurname: Rule = {
  id: 'de-surname',
  apply(st) {
    const live = st.live;
    const { lex, toks, n, owner, lowerSeen, same, nameLike, isRole, newSpan, retypable, makePer } = de(st);
    // 6. Full names in the text: their surnames alone are the same person.
    const surnames = new Set<string>();
    for (const s of live) {
      if (s.type !== 'PER' || s.t1 - s.t0 < 2) continue;
      const last = toks[s.t1 - 1];
      if (last.isWord && last.cap && last.core.length >= 3 && !isGivenName(last.core)) surnames.add(last.core);
    }

    const isKnownPerson = (core: string) =>
      surnames.has(core) || DE_FIGURES.has(core) || FAMOUS_PEOPLE.has(core);
    /** "Merkels" (genitive) of a known person. */
    const genitiveOf = (core: string) => core.length > 4 && /[^sßxz]s$/.test(core) && isKnownPerson(core.slice(0, -1));

    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (!t.isWord || !t.cap || t.allCaps) continue;
      // Cue: a role noun right before ("Innenminister Schäuble", "Herr Röttgen"), capitalised (German nouns are).
      const p = same(i, i - 1) ? toks[i - 1] : null;
      // A role noun before a name the tagger typed otherwise: "der Vorstandsvorsitzende Corrado Passera"
      // (not a known place: "die Wirtschaftsforscher Deutschlands").
      if (p && isRole(p) && owner[i] >= 0 && owner[i - 1] !== owner[i]) {
        const q = live[owner[i]];
        const known = (k: Tok) => lex.names.has(normKey(k.core)) || lex.names.has(normKey(k.core.replace(/s$/, '')));
        // An organisation only when it starts with a given name ("Investmentmanager Cornerstone" stays a company).
        // (A place or an organisation only when it is two or three name-like words, not ending in an organisation
        // word: "Gemeindepräsident Diepoldsau", "Vorstandsvorsitzender Zurich Gruppe" stay.)
        const orgOk = q.type === 'MISC' || (q.t1 - q.t0 > 1 && !lex.orgWords.has(toks[q.t1 - 1].lower));
        if (q.t0 === i && q.type !== 'PER' && orgOk && q.confidence !== 'strong' && q.t1 - q.t0 <= 3 && toks.slice(q.t0, q.t1).every((k) => nameLike(k) && !known(k))) {
          q.type = 'PER';
          q.why = 'role';
          i = q.t1 - 1;
          continue;
        }
      }
      if (!retypable(i)) continue;
      const nx = same(i, i + 1) ? toks[i + 1] : null;
      // After an article or an inflected adjective a capitalised word is a noun ("der Bach", "der mündende Bach");
      // not after a verb in the past ("gratulierte Scholz").
      const nounContext = !!p && (ARTICLES.has(p.lower) || (!p.cap && p.isWord && !lex.stop.has(p.lower) && /(?:e|en|er|es|em)$/.test(p.lower) && !/te$/.test(p.lower)));
      const known = (isKnownPerson(t.core) || genitiveOf(t.core)) && !nounContext && !lowerSeen.has(t.lower);
      if (known) {
        makePer(i, 'de-surname');
        continue;
      }
      if (!nameLike(t)) continue;
      // A number in brackets after a name: an age or, in sports reports, the minute of a goal ("X (42)", "X (11.)").
      if (owner[i] < 0 && !t.sentStart && nx && nx.text === '(' && same(i, i + 3) && /^\d{1,3}\.?$/.test(toks[i + 2].text)) {
        const close = toks[i + 3].text === ')' ? i + 3 : toks[i + 3].text === '.' && same(i, i + 4) && toks[i + 4].text === ')' ? i + 4 : -1;
        if (close > 0 && !(p && ARTICLES.has(p.lower))) {
          makePer(i, 'bracket-number');
          continue;
        }
      }
      if (p && isRole(p) && owner[i] < 0) {
        // The role noun must itself not be part of a name span (the free gap after it).
        if (owner[i - 1] >= 0 && live[owner[i - 1]].type === 'PER') continue;
        // Not the first half of a name typed already ("Bundeswirtschaftsminister Sigmar [Gabriel]").
        if (nx && nx.isWord && nx.cap && owner[i + 1] >= 0) continue;
        // The name runs over the next name-like capitalised words (at most three: "Dichter Wolf Wondratschek").
        let e = i + 1;
        while (e < i + 3 && same(i, e) && owner[e] < 0 && nameLike(toks[e]) && !lex.orgWords.has(toks[e].lower)) e++;
        // Not an organisation after the role ("Vorstandsvorsitzender Zurich Gruppe").
        if (same(i, e) && lex.orgWords.has(toks[e].lower)) continue;
        if (e > i + 1 && owner[i] < 0) {
          newSpan(i, e, 'PER', 'role');
          i = e - 1;
        } else makePer(i, 'role');
        continue;
      }
      if (owner[i] >= 0) continue;
      // "sagte X", "erklärte X" (X then ends the clause or continues it with a lower-case word).
      if (p && !p.cap && SAY_VERBS.has(p.lower) && (!nx || !nx.cap || !nx.isWord)) {
        makePer(i, 'say');
        continue;
      }
      // ", so X ." after a quotation.
      if (p && p.lower === 'so' && same(i, i - 2) && /^[,"“”«»]$/.test(toks[i - 2].text) && nx && /^[.,;]$/.test(nx.text)) {
        makePer(i, 'say');
        continue;
      }
      // "X sagte" (not "der Minister sagte"; not at a sentence start, where any noun is capitalised).
      // Before it: punctuation or a conjunction ("…, Röttgen sagte", "und Merkel betonte"), never a preposition
      // ("Am Abend sagte"), an article, a noun or an adjective.
      if (nx && !nx.cap && SAY_VERBS.has(nx.lower) && !t.sentStart && p && (!p.isWord || CONJ.has(p.lower))) {
        makePer(i, 'say');
        continue;
      }
    }
  },
};

export const deInitialDot: Rule = {
  id: 'de-initial-dot',
  apply(st) {
    const { toks, n, owner } = de(st);
    // German news shortens the surname of a suspect, victim or witness to its initial: "der 35-jährige Mehmet K.",
    // "Dieter S. aus Köln". The dot after that initial is the abbreviation's, part of the name, also where it ends
    // the sentence ("… festgenommen wurde Nico G."). Only after a person with a given name before the initial.
    for (let k = 0; k < st.live.length; k++) {
      const s = st.live[k];
      if (s.type !== 'PER' || s.t1 - s.t0 < 2 || s.t1 >= n) continue;
      const last = toks[s.t1 - 1];
      const dot = toks[s.t1];
      if (!/^\p{Lu}$/u.test(last.text) || dot.text !== '.' || owner[s.t1] >= 0 || dot.start !== last.end) continue;
      if (!isGivenName(toks[s.t1 - 2].core)) continue;
      owner[s.t1] = k;
      s.t1++;
      s.end = dot.end;
    }
  },
};

export const dePlaceList: Rule = {
  id: 'de-place-list',
  apply(st) {
    const live = st.live;
    const { lex, toks, n, owner, same, nameLike, newSpan } = de(st);
    // 7. Places in a row: an unknown name joined by "und"/"oder" to a place is a place ("in Cincinnati und
    //    Indianapolis", "zwischen Mittweida und X").
    // The place must rest on more than the tagger's guess ("Violine und Bass", a tagger's LOC "Violine"), or
    // follow a lower-case place preposition ("in Cincinnati und X", "zwischen Mittweida und X").
    const PREPS = new Set([...lex.placePreps, 'zwischen']);
    const isLoc = (k: number) => {
      const o = owner[k];
      if (o < 0 || live[o].type !== 'LOC') return false;
      const q = live[o];
      if (q.confidence !== 'weak') return true;
      const b = q.t0 - 1;
      return b >= 0 && same(k, b) && !toks[b].cap && PREPS.has(toks[b].lower);
    };
    const freeName = (k: number) => k >= 0 && k < n && owner[k] < 0 && !toks[k].sentStart && nameLike(toks[k]);
    for (let i = 1; i + 1 < n; i++) {
      const c = toks[i];
      if (c.lower !== 'und' && c.lower !== 'oder') continue;
      if (!same(i, i - 1) || !same(i, i + 1)) continue;
      // "<place> und X": X one word, then no further capitalised word (not "Paris und Berlin Mitte").
      // Nor a noun with a genitive after it ("Wien und Mitglied der …").
      const after = same(i, i + 2) ? toks[i + 2] : null;
      if (isLoc(i - 1) && freeName(i + 1) && !(after && ((after.cap && after.isWord) || after.lower === 'der' || after.lower === 'des'))) newSpan(i + 1, i + 2, 'LOC', 'place-and');
      // "X und <place>", X after a place preposition ("in Homburg und Wiehl" read the other way round).
      else if (isLoc(i + 1) && freeName(i - 1) && same(i, i - 2) && lex.placePreps.has(toks[i - 2].lower)) newSpan(i - 1, i, 'LOC', 'place-and');
    }
  },
};

export const deUnion: Rule = {
  id: 'de-union',
  apply(st) {
    const { toks, n, owner, same, newSpan } = de(st);
    // 8. "die Union" / "der Union" alone, not followed by a name or an adjective: the CDU/CSU in German politics
    //    (unless the text speaks of the EU, which it may call "die Union" too).
    const euText = toks.some((t) => t.core === 'EU' || t.core.startsWith('EU-') || t.lower.startsWith('europäische'));
    for (let i = 1; i < n && !euText; i++) {
      const t = toks[i];
      if (t.core !== 'Union' || owner[i] >= 0 || !same(i, i - 1)) continue;
      const p = toks[i - 1].lower;
      if (p !== 'die' && p !== 'der') continue;
      const nx = same(i, i + 1) ? toks[i + 1] : null;
      if (nx && nx.isWord && nx.cap) continue;
      newSpan(i, i + 1, 'ORG', 'union');
    }
  },
};


/** Nouns (and ends of compounds) of a doer that, after a name and a comma, make it a person: "X, Leiter des Labors", "X, Gründer der Partei". */
const APPOSITION_END = /(?:er|erin|eur|eurin|ent|entin|ist|istin|loge|login|ende|ender)$/;

/** Nominalised participles naming a post ("EU-Aussenbeauftragte", "Datenschutzbeauftragter", "der Gesandte"). */
const NOMINAL_ROLE_END = /(?:beauftragte|beauftragter|gesandte|gesandter|bevollmächtigte|bevollmächtigter)$/;

/** Neuter articles: "das Medikament X", "ein Schiff X" name a thing, never a person (das Mädchen aside, which names no one). */
const NEUTER_ARTICLES = w(`das ein`);

export const dePersonEvidence: Rule = {
  id: 'de-person-evidence',
  apply(st) {
    const live = st.live;
    const { lex, toks, n, same, isRole, nameLike } = de(st);
    // A person only the tagger guessed (`model-free`), with nothing in the text for it and a noun's place in
    // the sentence, is no person: German capitalises every noun, and a sentence-initial word or pair ("Olivenöl
    // wird", "Schmerz und Trauer", "Rauer Seegang hatte") is far more often a noun than a name. Evidence that keeps it: a first
    // name; a role, title or doer noun right before ("Gemeindepräsidentin X", "BKA-Chef X", "Sicherheitsberater X");
    // a verb of saying before or after ("sagte X", "X sagte"); a colon and a quotation after ("X: „…“"); an apposition of a doer after a comma ("X, Gründer
    // der …"); another rule having confirmed it; another person in the text ending in the same word.
    const sure = new Set<string>();
    for (const s of live) {
      if (s.type !== 'PER' || s.t1 <= s.t0 || s.why === 'model-free') continue;
      sure.add(toks[s.t1 - 1].key);
    }
    const roleBefore = (t: Tok) => {
      if (!t.isWord) return false;
      const l = t.lower;
      const tail = l.includes('-') ? l.slice(l.lastIndexOf('-') + 1) : l;
      return isRole(t) || lex.titles.has(l) || lex.roleWords.has(l) || lex.roleWords.has(tail) || ROLE_END.test(l) || NOMINAL_ROLE_END.test(l) || (t.cap && l.length > 6 && AGENT_NOUN_END.test(l));
    };
    const keyOf = (s: RuleSpan) => toks.slice(s.t0, s.t1).map((t) => t.key).join(' ');
    const unsure: RuleSpan[] = [];
    const nounForms = new Set<string>();
    for (const s of live) {
      if (s.type !== 'PER' || s.t1 <= s.t0 || s.why !== 'model-free' || (s.rules && s.rules.some((r) => r !== 'model-free'))) continue;
      const first = toks[s.t0];
      if (isGivenName(first.core)) continue;
      const p = s.t0 > 0 && same(s.t0 - 1, s.t0) ? toks[s.t0 - 1] : null;
      if (p && (roleBefore(p) || SAY_VERBS.has(p.lower))) continue;
      const q = s.t1 < n && same(s.t1 - 1, s.t1) ? toks[s.t1] : null;
      if (q && SAY_VERBS.has(q.lower)) continue;
      // A quoted speaker: the name, a colon, then the quotation ("Güllner: „Wir bleiben“", the form of interviews and
      // live tickers); not a word shaped as a common noun ("Katastrophenschutz: „…“", a headline's topic).
      if (q && q.text === ':' && s.t1 + 1 < n && same(s.t1, s.t1 + 1) && /^["„“«»‚']$/.test(toks[s.t1 + 1].text) && toks.slice(s.t0, s.t1).every(nameLike)) continue;
      if (q && q.text === ',' && s.t1 + 1 < n && same(s.t1, s.t1 + 1)) {
        const r = toks[s.t1 + 1];
        if (roleBefore(r) || (r.cap && r.isWord && APPOSITION_END.test(r.lower) && !lex.stop.has(r.lower))) continue;
      }
      if (sure.has(toks[s.t1 - 1].key)) continue;
      // Unconfirmed, it goes where the text reads as a noun: first in its sentence; a version number after it
      // ("Corona 2.0": a product); a neuter common noun before it ("das Antiparasitikum X", "das Schiff X": no person).
      const version = !!q && /^\d+\.\d/.test(q.text);
      const pp = p && s.t0 > 1 && same(s.t0 - 2, s.t0) ? toks[s.t0 - 2] : null;
      const neuter = !!p && p.cap && p.isWord && !!pp && NEUTER_ARTICLES.has(pp.lower);
      unsure.push(s);
      if (first.sentStart) st.drop(s);
      else if (version || neuter) nounForms.add(keyOf(s));
    }
    // A form the text once uses as a noun is one at its other unconfirmed mentions too; a form another rule
    // typed as an organisation or a place ("der Schiitenmiliz Hizbullah") is that at its other mentions.
    const typed = new Map<string, RuleSpan['type']>();
    for (const s of live) if (s.t1 > s.t0 && s.type !== 'PER' && s.type !== 'MISC' && s.why !== 'model-free') typed.set(keyOf(s), s.type);
    for (const s of unsure) {
      if (s.t1 <= s.t0) continue;
      const k = keyOf(s);
      if (nounForms.has(k)) st.drop(s);
      else if (typed.has(k)) st.retype(s, typed.get(k)!, 'de-person-evidence');
    }
  },
};

/** Prefixes of the names of public bodies ("Bundesnetzagentur", "Landeskriminalamt", "Staatsanwaltschaft" aside: that one is generic). */
const PUBLIC_BODY_PREFIX = /^(?:bundes|landes)\p{Ll}{4,}/u;

export const dePublicBody: Rule = {
  id: 'de-public-body',
  apply(st) {
    const { lex, toks, n, owner } = de(st);
    // "die Bundesnetzagentur", "laut Landeskriminalamt": one word made of "Bundes-"/"Landes-" and an organisation
    // word names one public body (the Federal Network Agency), not a kind of body as "Polizei" or "Behörde" do;
    // it is an organisation even where the tagger, which overrules the organisation cue, stayed silent.
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (owner[i] >= 0 || !t.cap || !t.isWord || t.allCaps || t.core.includes('-') || !PUBLIC_BODY_PREFIX.test(t.lower)) continue;
      const rest = t.lower.replace(/^(?:bundes|landes)/, '');
      const base = rest.endsWith('s') ? rest.slice(0, -1) : rest;
      if (!lex.orgSuffixes.some((x) => base.endsWith(x)) && !lex.orgWords.has(base)) continue;
      // Generic bodies every Land has: "Landesregierung", "Landespolizei" stay common nouns unless a gazetteer knows them.
      if (GENERIC_PUBLIC_BODIES.has(base)) continue;
      st.add(i, i + 1, 'ORG', 'de-public-body');
    }
  },
};

/** Organisation words that, after "Bundes-"/"Landes-", name a kind of body every state has ("Landesregierung", "Landesamt"). */
const GENERIC_PUBLIC_BODIES = w(`regierung polizei amt behörde ministerium ministerien gericht bank verband partei`);

/** Inflected forms of the nouns of administrative units: after a determiner they are the common noun, never the place ("des Kantons", "im Kanton"). */
const UNIT_NOUN_FORMS = w(`kanton kantons kantone kantonen landkreis landkreises landkreise kreis kreises bezirk bezirks bezirkes
  bundesland bundeslandes bundesländer provinz gemeinde stadtteil stadtteils ortsteil ortsteils`);
/** Genitive forms of unit nouns: the name right after is the unit's name, a place ("des Kantons Wallis"). */
const UNIT_GENITIVES = w(`kantons landkreises kreises bezirks bezirkes bundeslandes stadtteils ortsteils`);
/** Determiners (and preposition + article) right before a unit noun. */
const UNIT_DETERMINERS = w(`der die das den dem des ein eine einen einem einer eines im am vom zum beim ins dieses diesem dieser jedes jedem`);

/**
 * "des Kantons Wallis", "im Kanton", "der Landkreis": a unit noun after a determiner is the common noun (even where a
 * gazetteer knows the word as a place: "Kanton" is also Guangzhou); after a genitive one the name is the place.
 */
export const deUnitNoun: Rule = {
  id: 'de-unit-noun',
  apply(st) {
    const live = st.live;
    const { lex, toks, n, owner, same, nameLike, newSpan } = de(st);
    for (let i = 1; i < n; i++) {
      const t = toks[i];
      if (!t.cap || !t.isWord || !UNIT_NOUN_FORMS.has(t.lower) || !same(i, i - 1) || !UNIT_DETERMINERS.has(toks[i - 1].lower)) continue;
      const o = owner[i];
      if (o >= 0) {
        const s = live[o];
        if (s.t0 !== i) continue;
        if (s.t1 === i + 1) st.drop(s);
        else if (s.t1 === i + 2 && UNIT_GENITIVES.has(t.lower)) {
          // "Kantons Wallis" as one span: the place is the name.
          owner[i] = -1;
          s.t0 = i + 1;
          s.start = toks[i + 1].start;
          st.retype(s, 'LOC', 'de-unit-noun');
        }
        continue;
      }
      if (!UNIT_GENITIVES.has(t.lower) || i + 1 >= n || !same(i, i + 1) || owner[i + 1] >= 0) continue;
      const x = toks[i + 1];
      if (nameLike(x) || lex.names.get(normKey(x.core)) === 'LOC') newSpan(i + 1, i + 2, 'LOC', 'de-unit-noun');
    }
  },
};

/** Nouns a city's -er adjective makes the name of an organisation ("die Berner Gebäudeversicherung", "die Kölner Verkehrsbetriebe"). */
const DEMONYM_ORG_END = /(?:versicherung|verkehrsbetriebe|stadtwerke|kantonalbank|sparkasse|volksbank|philharmoniker|zeitung|verkehrsgesellschaft)$/;

/**
 * "im Berliner Ortsteil", "der Berner Gebäudeversicherung": a city's adjective in -er before a noun modifies it, it is
 * no place; before the noun of a body it opens the body's name (an organisation).
 */
export const deDemonym: Rule = {
  id: 'de-demonym',
  apply(st) {
    const live = st.live;
    const { lex, toks, n, owner, same } = de(st);
    const placeOf = (core: string) => {
      if (core.length < 6 || !core.endsWith('er')) return false;
      const stem = core.slice(0, -2);
      const forms = [stem, stem + 'e'];
      // "Dresdner" → Dresden, "Münchner" → München.
      if (/[^aeiouäöü]n$/.test(stem)) forms.push(stem.slice(0, -1) + 'en');
      return forms.some((f) => lex.names.get(normKey(f)) === 'LOC');
    };
    for (let i = 0; i + 1 < n; i++) {
      const o = owner[i];
      if (o < 0) continue;
      const s = live[o];
      if (s.t0 !== i || s.t1 !== i + 1 || s.type !== 'LOC' || !placeOf(toks[i].core) || toks[i].text !== toks[i].core) continue;
      const x = toks[i + 1];
      if (!same(i, i + 1) || !x.isWord || !x.cap || x.allCaps) continue;
      const ox = owner[i + 1];
      if (DEMONYM_ORG_END.test(x.lower) && (ox < 0 || live[ox].t0 === i + 1 && live[ox].t1 === i + 2)) {
        if (ox >= 0) st.drop(live[ox]);
        s.t1 = i + 2;
        s.end = x.coreEnd;
        owner[i + 1] = o;
        st.retype(s, 'ORG', 'de-demonym');
      } else if (ox < 0 && !lex.names.has(normKey(x.core))) st.drop(s);
    }
  },
};

/** Nouns of vessels, alone or ending a compound ("Öltanker", "Containerschiff", "Frachters"). */
const VESSEL_END = /(?:schiff|schiffe|schiffs|schiffes|tanker|tankers|frachter|frachters|fähre|jacht|yacht|kutter|kutters|trawler|carrier)$/;

/**
 * "Der Tanker „Marinera“", "das Schiff hieß „Overseas Mulan“, „Xiao Zhu Shan“", "Rohöltanker (Very Large Crude Carrier)":
 * a name right after a vessel noun, a quoted name in a sentence about a vessel, and the words in brackets after a
 * vessel noun are a ship's name or kind, not an organisation or a person; so are its other mentions (unless known).
 */
export const deVessel: Rule = {
  id: 'de-vessel',
  apply(st) {
    const live = st.live;
    const { toks, n, same } = de(st);
    const vessel = (k: number) => k >= 0 && k < n && toks[k].isWord && toks[k].cap && VESSEL_END.test(toks[k].lower);
    const OPEN = /^["“„«‚‹(]$/;
    const sentHasVessel = new Set<number>();
    for (let k = 0; k < n; k++) if (vessel(k)) sentHasVessel.add(toks[k].sent);
    if (!sentHasVessel.size) return;
    const guess = (s: RuleSpan) => s.type !== 'LOC' && s.type !== 'MISC' && !(s.confidence === 'strong') && s.why !== 'gaz' && s.why !== 'title' && s.why !== 'famous';
    const key = (s: RuleSpan) => toks.slice(s.t0, s.t1).map((t) => t.key).join(' ');
    const ships = new Set<string>();
    for (const s of live) {
      if (s.t1 <= s.t0 || !guess(s)) continue;
      const i = s.t0;
      const open = i > 0 && OPEN.test(toks[i - 1].text) && same(i, i - 1) ? i - 1 : -1;
      const after = vessel(i - 1) && same(i, i - 1) ? true : open >= 0 && vessel(open - 1) && same(i, open - 1);
      const quoted = open >= 0 && toks[open].text !== '(' && sentHasVessel.has(toks[i].sent);
      // "Rohöltanker (Very Large Crude Carrier)": inside brackets opened right after a vessel noun, the vessel's kind.
      let b = i - 1;
      while (b >= 0 && i - b <= 4 && same(i, b) && toks[b].isWord && toks[b].cap) b--;
      const kind = b > 0 && toks[b].text === '(' && vessel(b - 1) && same(i, b - 1);
      if (!after && !quoted && !kind) continue;
      st.retype(s, 'MISC', 'de-vessel');
      if (toks[open]?.text !== '(') ships.add(key(s));
    }
    if (ships.size) for (const s of live) if (s.t1 > s.t0 && guess(s) && ships.has(key(s))) st.retype(s, 'MISC', 'de-vessel');
  },
};
