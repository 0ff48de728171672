/**
 * Rules several languages share (listed in their src/nlp/lang/<code>/rules.ts), each taking the language's words from its pack. They work on
 * the pass's own state: `live`, its spans, and `owner`, the index in `live` of the span that holds
 * each token (-1 for none). A span is removed by making it empty (t1 = t0) and typing it MISC.
 */
import { FAMOUS_PEOPLE } from '../gazetteers/famous-people';
import { isGivenName } from '../gazetteers/given-names';
import { CAMEL_NAME_PREFIX, INTERNATIONAL_FACILITY_ENDS } from '../lang/international';
import { normKey } from './lexicon';
import type { Lexicon } from './lexicon';
import type { RuleSpan, Tok } from './recognise';
import type { Rule, SpanState } from './rules';
import type { NerType } from '../types';
import { sameSentence } from './token-spans';

/**
 * Famous people named by one word ("Voltaire", "Mandela"): a person wherever the rules left the word
 * unknown or guessed, unless it stands next to another capitalised word or is a sentence's first word
 * that the text also writes in lower case (`lowerSeen`).
 */
export function markFamousPeople(toks: readonly Tok[], owner: Int32Array, live: RuleSpan[], lowerSeen: ReadonlySet<string>): void {
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.cap || t.allCaps || !FAMOUS_PEOPLE.has(t.core) || (t.sentStart && lowerSeen.has(t.lower))) continue;
    if ((i + 1 < n && sameSentence(toks, i, i + 1) && toks[i + 1].cap) || (i > 0 && sameSentence(toks, i, i - 1) && toks[i - 1].cap && !toks[i - 1].sentStart)) continue;
    const o = owner[i] >= 0 ? live[owner[i]] : null;
    if (!o) {
      owner[i] = live.length;
      live.push({ type: 'PER', start: t.start, end: t.coreEnd, t0: i, t1: i + 1, confidence: 'medium', why: 'famous' });
    } else if (o.t0 === i && o.t1 === i + 1 && (o.type === 'MISC' || o.confidence === 'weak')) {
      o.type = 'PER';
      o.why = 'famous';
      o.confidence = 'medium';
    }
  }
}

/** "CD&V", "AT&T", "L&H": short capitals joined by an ampersand (no spaces) are one organisation. */
export function joinAmpersandAcronyms(toks: readonly Tok[], owner: Int32Array, live: RuleSpan[]): void {
  const n = toks.length;
  for (let i = 0; i + 2 < n; i++) {
    const a = toks[i];
    const amp = toks[i + 1];
    const b = toks[i + 2];
    if (amp.text !== '&' || !a.cap || !b.cap || a.core.length > 4 || b.core.length > 4 || a.core !== a.core.toUpperCase() || b.core !== b.core.toUpperCase()) continue;
    if (amp.start !== a.end || b.start !== amp.end) continue;
    let ok = true;
    for (let k = i; k < i + 3; k++) if (owner[k] >= 0 && live[owner[k]].type !== 'MISC' && !(live[owner[k]].t0 >= i && live[owner[k]].t1 <= i + 3)) ok = false;
    if (!ok) continue;
    for (let k = i; k < i + 3; k++)
      if (owner[k] >= 0) {
        const o = live[owner[k]];
        o.type = 'MISC';
        o.t1 = o.t0;
      }
    for (let k = i; k < i + 3; k++) owner[k] = live.length;
    live.push({ type: 'ORG', start: a.start, end: b.coreEnd, t0: i, t1: i + 3, confidence: 'strong', why: 'ampersand' });
    i += 2;
  }
}

/**
 * "Victoria Azarenka", "Florence Arthaud": a one-word place that is also a first name, followed by a
 * capitalised word that is unknown or a person's start, is a person; `retype` gives the span its new
 * type and reason (each pass records its own).
 */
export function givenNamePlacesAsPeople(
  lex: Lexicon,
  toks: readonly Tok[],
  owner: Int32Array,
  live: RuleSpan[],
  retype: (s: RuleSpan) => void,
): void {
  const n = toks.length;
  for (let i = 0; i < live.length; i++) {
    const s = live[i];
    if (s.type !== 'LOC' || s.t1 - s.t0 !== 1 || !isGivenName(toks[s.t0].core) || s.t1 >= n || !sameSentence(toks, s.t0, s.t1)) continue;
    const nx = toks[s.t1];
    const o = owner[s.t1] >= 0 ? live[owner[s.t1]] : null;
    if (!nx.cap || nx.allCaps || lex.stop.has(nx.lower) || (o && !(o.type === 'MISC' || (o.type === 'PER' && o.t0 === s.t1)))) continue;
    const e = o ? o.t1 : s.t1 + 1;
    if (o) o.t1 = o.t0; // absorbed
    for (let k = s.t1; k < e; k++) owner[k] = i;
    retype(s);
    s.t1 = e;
    s.end = toks[e - 1].coreEnd;
  }
}

/** "Voltaire", "Mandela": markFamousPeople as a rule. */
export const famousPeople: Rule = {
  id: 'famous',
  apply: (st) => markFamousPeople(st.toks, st.owner, st.live, st.lowerSeen),
};

/** "CD&V", "AT&T": joinAmpersandAcronyms as a rule. */
export const ampersandAcronyms: Rule = {
  id: 'ampersand',
  apply: (st) => joinAmpersandAcronyms(st.toks, st.owner, st.live),
};

/** "Florence Arthaud", "Victoria Azarenka": givenNamePlacesAsPeople as a rule. */
export const givenNamePlaces: Rule = {
  id: 'given-place',
  apply: (st) => givenNamePlacesAsPeople(st.lex, st.toks, st.owner, st.live, (s) => st.retype(s, 'PER', 'given-place')),
};

/**
 * In a list ("X, Y en Z", "X, Y et Z") a one-word unknown name takes the type of its neighbour (the name
 * before the comma or conjunction, else the one after it). Conjunctions: LangPack.listWords; an
 * inhabitant noun (LangPack.inhabitantEnding: "Tunesiër", "Marokkaan") is no name.
 */
export const listNeighbours: Rule = {
  id: 'list-neighbour',
  apply(st, pack) {
    const { toks, n, owner, live } = st;
    const words = new Set(pack.listWords ?? []);
    const typeAt = (k: number): NerType | '' => {
      if (k < 0 || k >= n || owner[k] < 0) return '';
      const o = live[owner[k]];
      return o.type === 'PER' || o.type === 'LOC' || o.type === 'ORG' ? o.type : '';
    };
    const isList = (t: Tok | undefined) => !!t && (t.text === ',' || words.has(t.lower));
    for (const s of live) {
      if (s.type !== 'MISC' || s.why !== 'unknown' || s.t1 - s.t0 !== 1 || pack.inhabitantEnding?.test(toks[s.t0].lower)) continue;
      const p = sameSentence(toks, s.t0, s.t0 - 1) ? toks[s.t0 - 1] : undefined;
      const nx = sameSentence(toks, s.t0, s.t1) ? toks[s.t1] : undefined;
      let t: NerType | '' = isList(p) ? typeAt(s.t0 - 2) : '';
      if (!t && isList(nx)) t = typeAt(s.t1 + 1);
      if (t) st.retype(s, t, 'list-neighbour');
    }
  },
};

/**
 * A person's surname alone is that person ("Peeters" after "Jan Peeters"): the last word of a full name
 * (not a stopword, never written in lower case here) types its one-word unknown mentions and free mentions
 * that stand alone (no capitalised neighbour).
 */
export const surnameReuse: Rule = {
  id: 'surname',
  apply(st) {
    const { lex, toks, n, owner, live, lowerSeen } = st;
    const same = (i: number, j: number) => sameSentence(toks, i, j);
    const surnames = new Set<string>();
    for (const s of live) {
      if (s.type !== 'PER' || s.t1 - s.t0 < 2 || s.confidence === 'weak') continue;
      const last = toks[s.t1 - 1];
      if (last.cap && !lex.stop.has(last.lower) && !lowerSeen.has(last.lower)) surnames.add(last.key);
    }
    if (!surnames.size) return;
    for (const s of live) if (s.type === 'MISC' && s.t1 - s.t0 === 1 && surnames.has(toks[s.t0].key)) st.retype(s, 'PER', 'surname');
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (owner[i] >= 0 || !t.cap || !surnames.has(t.key) || (i + 1 < n && same(i, i + 1) && toks[i + 1].cap)) continue;
      if (i > 0 && same(i, i - 1) && toks[i - 1].cap && owner[i - 1] < 0) continue;
      st.add(i, i + 1, 'PER', 'surname');
    }
  },
};

/**
 * "storm Céline", "tempête Ciarán", "Sturm Zeynep", "the film Oppenheimer", "de coalitie Vivaldi": a name
 * right after a noun of a kind of thing (LangPack.thingNouns), or a name headed by one ("Sturm Zeynep" as
 * one span), names that thing, not a person. People named after such a noun by a role stay ("the school's
 * director Ann Smith": the noun must stand right before the name).
 */
export const thingNames: Rule = {
  id: 'thing-name',
  apply(st, pack) {
    const { toks, n, owner, live } = st;
    const nouns = new Set(pack.thingNouns ?? []);
    if (!nouns.size) return;
    const and = new Set(pack.andWords ?? []);
    // The noun, its plural ("missiles", "Raketen", "drones"), or a compound ending in it ("Kreuzfahrtschiff", "Öltanker").
    const thingNoun = (t: Tok) => {
      if (!t.isWord || t.allCaps || t.core !== t.text) return false;
      const l = t.lower;
      if (nouns.has(l) || nouns.has(l.replace(/(?:s|x|n|en|e)$/, ''))) return true;
      if (!pack.capitalisedNouns || l.length < 7) return false;
      for (let k = 3; k + 4 <= l.length; k++) if (nouns.has(l.slice(k))) return true;
      return false;
    };
    const same = (i: number, j: number) => j >= 0 && j < n && sameSentence(toks, i, j);
    // A lower-case adjective between the noun and the name: "les missiles américains X", "le char allemand X".
    const adjective = (t: Tok) => t.isWord && !t.cap && t.lower.length > 3;
    const nounBefore = (i: number) => {
      if (!same(i, i - 1)) return false;
      if (thingNoun(toks[i - 1])) return true;
      return adjective(toks[i - 1]) && same(i, i - 2) && thingNoun(toks[i - 2]);
    };
    // Which spans may be a thing's name: a person, or an organisation only guessed (an unknown acronym, the tagger's).
    const retypable = (s: RuleSpan) => s.type === 'PER' || (s.type === 'ORG' && s.confidence !== 'strong' && (s.why === 'acronym' || s.why === 'model-free'));
    for (const s of live) {
      if (s.t1 <= s.t0 || !retypable(s)) continue;
      const head = toks[s.t0];
      const headed = s.type === 'PER' && s.t1 - s.t0 >= 2 && nouns.has(head.lower) && !head.allCaps;
      if (!headed && !nounBefore(s.t0)) continue;
      st.retype(s, 'MISC', 'thing-name');
      // "les missiles américains ATACMS et britanniques Storm Shadow": the next name of the pair is one too.
      let k = s.t1;
      if (!same(s.t0, k) || !and.has(toks[k].lower)) continue;
      k++;
      if (same(s.t0, k) && adjective(toks[k]) && !and.has(toks[k].lower)) k++;
      const o = k < n && same(s.t0, k) && owner[k] >= 0 ? live[owner[k]] : null;
      if (o && o.t0 === k && retypable(o)) st.retype(o, 'MISC', 'thing-name');
    }
    // The thing's other mentions, where only a guess typed them ("das Schiff MV Hondius … die MV Hondius").
    const key = (x: RuleSpan) => toks.slice(x.t0, x.t1).map((t) => t.key).join(' ');
    const things = new Set(live.filter((x) => x.t1 > x.t0 && x.why === 'thing-name').map(key));
    if (things.size) for (const x of live) if (x.t1 > x.t0 && x.why !== 'thing-name' && x.why !== 'title' && retypable(x) && x.confidence !== 'strong' && things.has(key(x))) st.retype(x, 'MISC', 'thing-name');
  },
};

/**
 * A person guessed by the shape of a capitalised run, or from a first name, is no person when the run names a
 * facility, a place or a group: it ends in a facility noun or a street word ("Railway Station", "Mayflower
 * Street", "Community Hub": LangPack.facilityEnds, the language's locWords), it starts with a known place that
 * is no first name ("Burnley Cemetery", "Plymouth Citybus"), or it holds a function word ("Stand Up To Racism").
 * A title or a role before the name ("Mr", "minister") keeps the person.
 */
export const shapeThings: Rule = {
  id: 'shape-thing',
  apply(st, pack) {
    const { lex, toks, live } = st;
    const ends = new Set([...(pack.facilityEnds ?? []), ...INTERNATIONAL_FACILITY_ENDS]);
    const placesHere = new Set(live.filter((x) => x.type === 'LOC' && x.t1 - x.t0 === 1).map((x) => toks[x.t0].key));
    for (const s of live) {
      if (s.type !== 'PER' || s.t1 - s.t0 < 2 || s.why === 'title' || s.confidence === 'strong' && s.why === 'gaz') continue;
      const guessed = s.why === 'shape' || !!s.rules?.includes('shape');
      const first = toks[s.t0];
      const lastLower = toks[s.t1 - 1].lower;
      let thing = ends.has(lastLower) || lex.locWords.has(lastLower);
      if (!thing && guessed) {
        // A known place, or one this text names as a place, heading a name: a local body or firm ("Plymouth Citybus").
        const placeLed = (lex.names.get(normKey(first.core)) === 'LOC' || placesHere.has(first.key)) && !isGivenName(first.core);
        if (placeLed && s.t1 - s.t0 === 2) {
          st.retype(s, 'ORG', 'shape-thing');
          continue;
        }
        thing = placeLed;
        for (let k = s.t0 + 1; !thing && k < s.t1 - 1; k++) if (lex.stop.has(toks[k].lower) && !lex.particles.has(toks[k].lower)) thing = true;
        // "for Swifties Bubble Blow – Kisses To Heaven": a title going on after a dash in title case (a capitalised
        // function word) names an event or a work; a given name first ("Ed Sheeran – Shape Of You") keeps the person.
        if (!thing && !isGivenName(first.core) && !pack.titleCase?.firstNames.has(first.lower)) thing = titleGoesOn(st, s.t1);
      }
      if (thing) st.retype(s, 'MISC', 'shape-thing');
    }
  },
};

/** After token `d`, a dash and then a run of capitalised words with a capitalised function word inside ("– Kisses To Heaven"). */
function titleGoesOn(st: SpanState, d: number): boolean {
  const { lex, toks, n } = st;
  if (d >= n || !/^[–—-]$/.test(toks[d].text) || toks[d].sent !== toks[d - 1].sent) return false;
  let fn = false;
  let k = d + 1;
  for (; k < n && toks[k].sent === toks[d].sent && toks[k].isWord && toks[k].cap; k++) if (k > d + 1 && lex.stop.has(toks[k].lower)) fn = true;
  return fn && k - d >= 3;
}

/** The type the gazetteers give a word alone (case-sensitive short acronyms first), or undefined. */
function gazType(lex: Lexicon, w: string): 'ORG' | 'LOC' | undefined {
  return lex.caseSensitive.get(w) ?? lex.names.get(normKey(w));
}

/** A role word of the language ending the compound's tail ("Chef", "fractievoorzitter" → "voorzitter", "Direktor"). */
function roleTail(lex: Lexicon, tail: string): boolean {
  if (lex.roleWords.has(tail) || lex.titles.has(tail)) return true;
  for (let k = 1; k + 5 <= tail.length; k++) if (lex.roleWords.has(tail.slice(k))) return true;
  return false;
}

/** An organisation word ending the compound's tail ("küstenwache", "aussenministeriums" → "ministerium", "europakommando"). */
function orgTail(lex: Lexicon, tail: string): boolean {
  const forms = tail.endsWith('s') ? [tail, tail.slice(0, -1)] : [tail];
  for (const f of forms) {
    if (lex.orgWords.has(f) || lex.orgSuffixes.some((x) => f.endsWith(x))) return true;
    for (let k = 1; k + 6 <= f.length; k++) if (lex.orgWords.has(f.slice(k))) return true;
  }
  return false;
}

/**
 * "BKA-Chef X", "CIA-Direktor X", "VVD-fractievoorzitter X": a person's role compounded on an organisation names
 * that organisation (a known one, or an acronym the text names as an organisation elsewhere); the organisation is
 * reported over the compound's first part only. A country's or a region's code ("US-Präsident", "NRW-Innenminister")
 * is no organisation.
 */
export const compoundOrg: Rule = {
  id: 'compound-org',
  apply(st) {
    const { lex, toks, n, owner, live } = st;
    // Unknown acronyms the text itself names as organisations elsewhere.
    const orgsHere = new Set<string>();
    for (const s of live) if (s.type === 'ORG' && s.t1 - s.t0 === 1 && toks[s.t0].allCaps) orgsHere.add(toks[s.t0].core);
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (!t.cap || !t.isWord) continue;
      const dash = t.core.indexOf('-');
      if (dash < 2 || dash >= t.core.length - 3) continue;
      const head = t.core.slice(0, dash);
      const tail = t.core.slice(dash + 1).toLowerCase();
      if (tail.includes('-')) continue;
      // "US-Küstenwache", "US-Aussenministeriums": a country's body is one organisation, the whole word.
      if (orgTail(lex, tail) && gazType(lex, head) === 'LOC' && /^\p{Lu}/u.test(t.core.slice(dash + 1))) {
        const o = owner[i] >= 0 ? live[owner[i]] : null;
        if (o && !(o.t0 === i && o.t1 === i + 1 && o.type !== 'ORG' && o.confidence !== 'strong')) continue;
        if (o) st.retype(o, 'ORG', 'compound-org');
        else st.add(i, i + 1, 'ORG', 'compound-org');
        continue;
      }
      if (!roleTail(lex, tail)) continue;
      const g = gazType(lex, head);
      if (g !== 'ORG' && !(g === undefined && (orgsHere.has(head) || camelCase(head)))) continue;
      const o = owner[i] >= 0 ? live[owner[i]] : null;
      if (o && !(o.t0 === i && o.t1 === i + 1 && (o.type === 'MISC' || o.confidence === 'weak'))) continue;
      if (o) st.drop(o);
      const s = st.add(i, i + 1, 'ORG', 'compound-org');
      s.end = t.start + dash;
    }
  },
};

/** Opening and closing quotation marks (typographic and straight). */
const OPEN_QUOTE = /^["“„«‚‘'‹]$/;
const CLOSE_QUOTE = /^["”“»‘’'›]$/;

/**
 * A name standing alone between quotation marks ("aux cris de 'Allah Akbar'", "l'immeuble «Caroline»", "hieß
 * „Seaways Mulan“") is a title, a ship, a building or a slogan, not a person, unless something in the text says
 * it is one (a title or role before it: why 'title'; the same name unquoted as a person elsewhere).
 */
export const quotedName: Rule = {
  id: 'quoted-name',
  apply(st) {
    const { toks, n, live } = st;
    const quoted = (s: RuleSpan) =>
      s.t0 > 0 && s.t1 < n && OPEN_QUOTE.test(toks[s.t0 - 1].text) && CLOSE_QUOTE.test(toks[s.t1].text) &&
      sameSentence(toks, s.t0 - 1, s.t1) && toks[s.t0 - 1].end === toks[s.t0].start && toks[s.t1 - 1].coreEnd === toks[s.t1].start;
    const key = (s: RuleSpan) => toks.slice(s.t0, s.t1).map((t) => t.key).join(' ');
    const plain = new Set<string>();
    for (const s of live) if (s.type === 'PER' && s.t1 > s.t0 && !quoted(s)) plain.add(key(s));
    for (const s of live) {
      if (s.type !== 'PER' || s.t1 <= s.t0 || s.why === 'title' || s.why === 'famous' || !quoted(s) || plain.has(key(s))) continue;
      st.retype(s, 'MISC', 'quoted-name');
    }
  },
};

/**
 * "Tulsa, Wichita, Kansas City, Omaha, Des Moines and Milwaukee", "in Belfast, Hull, Rotherham, Bristol and
 * Middlesbrough": in one list of names (items joined by commas or the language's list words) that holds two places
 * or more and nothing but places and guesses, the guesses are places too: names that nothing but their shape made
 * something else (a guessed person, an unknown name) or that nothing made anything (a free capitalised run). A name
 * made a place here is a place at its other mentions that are guesses as well ("the areas of Middlesbrough").
 */
export const listBetween: Rule = {
  id: 'list-between',
  apply(st, pack) {
    const { lex, toks, n, owner, live } = st;
    const words = new Set([...(pack.listWords ?? []), ...(pack.andWords ?? [])]);
    const same = (i: number, j: number) => j >= 0 && j < n && sameSentence(toks, i, j);
    const isSep = (k: number) => k >= 0 && k < n && (toks[k].text === ',' || words.has(toks[k].lower));
    const guess = (x: RuleSpan) => x.type === 'MISC' || (x.type === 'PER' && (x.why === 'shape' || x.why === 'model-free') && x.confidence !== 'strong');
    type Item = { t0: number; t1: number; span: RuleSpan | null };
    /** The item starting at token i: a span that starts there, or a free capitalised run (at most 3 words). */
    const itemAt = (i: number): Item | null => {
      if (i >= n || !toks[i].cap || !toks[i].isWord) return null;
      const o = owner[i] >= 0 ? live[owner[i]] : null;
      let e = i;
      if (o) {
        if (o.t0 !== i) return null;
        e = o.t1;
      } else while (e < n && e - i < 3 && same(i, e) && owner[e] < 0 && toks[e].cap && toks[e].isWord && !lex.stop.has(toks[e].lower)) e++;
      if (e === i) return null;
      // An abbreviation's dot glued to a guess ("St. Joseph"): the name goes on past it, and is not read here.
      if ((!o || guess(o)) && toks[e]?.text === '.' && toks[e].start === toks[e - 1].end && same(i, e + 1)) return null;
      return { t0: i, t1: e, span: o };
    };
    const made = new Set<string>();
    for (let i = 0; i < n; i++) {
      const first = itemAt(i);
      if (!first) continue;
      const items: Item[] = [first];
      for (;;) {
        const last = items[items.length - 1];
        // One separator, or ", and" / ", et".
        let k = last.t1;
        if (!isSep(k) || !same(last.t0, k)) break;
        if (toks[k].text === ',' && isSep(k + 1) && toks[k + 1].text !== ',') k++;
        const next = same(last.t0, k + 1) ? itemAt(k + 1) : null;
        if (!next) break;
        items.push(next);
      }
      i = items[items.length - 1].t1 - 1;
      if (items.length < 3) continue;
      const places = items.filter((x) => x.span?.type === 'LOC').length;
      const guesses = items.filter((x) => !x.span || guess(x.span));
      if (places < 2 || !guesses.length || places + guesses.length !== items.length) continue;
      for (const g of guesses) {
        if (g.span) st.retype(g.span, 'LOC', 'list-between');
        else st.add(g.t0, g.t1, 'LOC', 'list-between');
        made.add(toks.slice(g.t0, g.t1).map((t) => t.key).join(' '));
      }
    }
    if (!made.size) return;
    for (const s of live) {
      if (s.t1 <= s.t0 || s.type === 'LOC' || !guess(s)) continue;
      if (made.has(toks.slice(s.t0, s.t1).map((t) => t.key).join(' '))) st.retype(s, 'LOC', 'list-between');
    }
  },
};

/** A brand's shape: a capital inside the word after a lower-case letter ("InfoWars", "PlymouthLive", "BelRTL"), or capitals then lower case ("ZDFheute"); not a surname's prefix ("McDonald"). */
export function camelCase(w: string): boolean {
  if (w.length < 4 || CAMEL_NAME_PREFIX.test(w)) return false;
  return /^\p{Lu}\p{L}*\p{Ll}\p{Lu}/u.test(w) || /^\p{Lu}{2,}\p{Ll}{3,}$/u.test(w);
}


/**
 * "01 MRT 2016", "12 OKT 2023": capitals between a day's number and a year are the month of a date line, not an
 * organisation (any language's abbreviated month, written in capitals).
 */
export const dateCapitals: Rule = {
  id: 'date-capitals',
  apply(st) {
    const { toks, n, live } = st;
    for (const s of live) {
      if (s.t1 - s.t0 !== 1 || s.type !== 'ORG' || s.confidence === 'strong' || !toks[s.t0].allCaps) continue;
      const p = s.t0 > 0 ? toks[s.t0 - 1] : null;
      const q = s.t1 < n ? toks[s.t1] : null;
      if (p && q && /^\d{1,2}\.?$/.test(p.text) && /^\d{4}$/.test(q.text) && sameSentence(toks, s.t0 - 1, s.t1)) st.retype(s, 'MISC', 'date-capitals');
    }
  },
};

/**
 * "Commissie voor de Inlichtingen- en Veiligheidsdiensten", "Bundes- und Landesbehörden": a name ending in a word
 * with a hyphen that stands for a shared compound part goes on over the conjunction to the next word.
 */
export const ellipticCompound: Rule = {
  id: 'elliptic-compound',
  apply(st, pack) {
    const { toks, n, owner, live } = st;
    const and = new Set([...(pack.andWords ?? []), ...(pack.listWords ?? [])]);
    for (const s of live) {
      if (s.t1 <= s.t0 || (s.type !== 'ORG' && s.type !== 'LOC')) continue;
      const h = s.t1;
      if (h + 2 >= n || toks[h].text !== '-' || toks[h].start !== toks[h - 1].coreEnd || !and.has(toks[h + 1].lower)) continue;
      const nx = toks[h + 2];
      if (!nx.cap || !nx.isWord || !sameSentence(toks, s.t0, h + 2)) continue;
      const o = owner[h + 2] >= 0 ? live[owner[h + 2]] : null;
      if (o && (o.t0 !== h + 2 || o.confidence === 'strong')) continue;
      const e = o ? o.t1 : h + 3;
      if (o) st.drop(o);
      for (let k = h; k < e; k++) owner[k] = owner[s.t0];
      s.t1 = e;
      s.end = toks[e - 1].coreEnd;
    }
  },
};
