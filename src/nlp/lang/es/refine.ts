import { normKey } from '../../ner/lexicon';
import type { RuleSpan } from '../../ner/recognise';
import type { Rule, SpanState } from '../../ner/rules';
import { sameSentence, wordSet } from '../../ner/token-spans';
import { ES_GIVEN_NAMES } from './given-names';

/**
 * Spanish rules over one text's spans (listed in order in rules.ts). Linear in the tokens: each looks at
 * a bounded window around a token.
 *
 *  - es-names: a Spanish given name followed by capitalised words, with the particles of Spanish names
 *    between them, is one person ("María José Catalá", "Juan del Río", "Carlos de la Fuente"); an
 *    acronym glued before it is the organisation the person speaks for ("la AEMET Andrés de la Fuente");
 *  - es-portfolio: the capitalised complement of a portfolio role ("el ministro del Interior", "la consejera
 *    de Justicia e Interior", "jefe de Urgencias") is the role's portfolio, not a name, unless it is a known name.
 *  - es-org-place: "Universidad de Murcia", "Gobierno de la Región de Murcia" are one organisation;
 *  - es-role-place: "el alcalde de Viveiro" names a place; "Alhama de Murcia" is one place.
 */

const GIVEN = new Set(ES_GIVEN_NAMES.map(normKey));

/** Role nouns whose "de X" complement is a portfolio ("ministro de Sanidad"), lower case. */
const PORTFOLIO_ROLES = wordSet(`ministro ministra consejero consejera conseller consellera concejal concejala secretario secretaria
  subsecretario subsecretaria vicepresidente vicepresidenta director directora jefe jefa responsable delegado delegada`);

/** The links between a portfolio role and its portfolio, lower case. */
const PORTFOLIO_LINKS = wordSet(`de del`);

/** A span a name rule may take over: a person, an unknown name, or a weak guess (never a known place or organisation). */
function movable(s: RuleSpan): boolean {
  return s.type === 'PER' || s.type === 'MISC' || s.confidence === 'weak';
}

/** The number of particle tokens at i ("de", "del", "de la", "de los"): the pack's personParticles. */
function particlesAt(st: SpanState, i: number): number {
  const { toks, lex } = st;
  const t = toks[i];
  if (!t || t.cap || !lex.particles.has(t.lower)) return 0;
  const u = toks[i + 1];
  if (u && !u.cap && lex.particles.has(`${t.lower} ${u.lower}`)) return 2;
  return 1;
}

export const esNames: Rule = {
  id: 'es-names',
  apply(st) {
    const { toks, n } = st;
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (!t.cap || t.allCaps || !GIVEN.has(t.key)) continue;
      const own = st.at(i);
      if (own && !movable(own)) continue;
      // Given names and surnames, with particles between them.
      let end = i + 1;
      for (let j = i + 1; j < n; ) {
        const k = j + particlesAt(st, j);
        const u = toks[k];
        const o = u ? st.at(k) : null;
        if (!u || !sameSentence(toks, i, k) || !u.cap || u.allCaps || !u.isWord || (o && !movable(o))) break;
        end = j = k + 1;
        if (u.core !== u.text) break; // a possessive ends the name
      }
      if (end - i < 2) continue;
      // The spans over the name: taken over when they lie inside it; an acronym before it ("AEMET Andrés …") is split off.
      const over = new Set<RuleSpan>();
      for (let k = i; k < end; k++) {
        const s = st.at(k);
        if (s) over.add(s);
      }
      let ok = true;
      let acronym: [number, number] | null = null;
      for (const s of over) {
        if (s.t1 > end) ok = false;
        else if (s.t0 < i) {
          let caps = true;
          for (let k = s.t0; k < i; k++) if (!toks[k].allCaps) caps = false;
          if (caps && s.type === 'PER') acronym = [s.t0, i];
          else ok = false;
        }
      }
      if (!ok) continue;
      if (over.size === 1) {
        const s = [...over][0];
        if (s.type === 'PER' && s.t0 === i && s.t1 === end) {
          i = end - 1;
          continue;
        }
      }
      for (const s of over) st.drop(s);
      if (acronym) st.add(acronym[0], acronym[1], 'ORG', 'es-names', 'medium');
      st.add(i, end, 'PER', 'es-names', 'strong');
      i = end - 1;
    }
  },
};

export const esPortfolio: Rule = {
  id: 'es-portfolio',
  apply(st) {
    const { toks, live } = st;
    const drop = (s: RuleSpan) => s.why !== 'gaz' && s.confidence !== 'strong' && (s.type === 'MISC' || s.type === 'PER' || s.type === 'LOC');
    for (const s of live) {
      if (s.t1 <= s.t0 || !drop(s)) continue;
      let k = s.t0 - 1;
      if (k >= 0 && !toks[k].cap && (toks[k].lower === 'la' || toks[k].lower === 'los' || toks[k].lower === 'las')) k--; // "de la", "de los"
      if (k < 1 || !PORTFOLIO_LINKS.has(toks[k].lower) || !PORTFOLIO_ROLES.has(toks[k - 1].lower) || !sameSentence(toks, s.t0, k - 1)) continue;
      const e = s.t1;
      st.drop(s);
      // "de Justicia e Interior", "de Sanidad y Consumo": the portfolio goes on after "y" / "e".
      const nx = e + 1 < toks.length && st.lex.andWords.has(toks[e].lower) ? st.at(e + 1) : null;
      if (nx && nx.t0 === e + 1 && drop(nx)) st.drop(nx);
    }
  },
};

/** The particles between a name and its complement ("de", "del", "de la", "de los", "de las"): the token count at i, or 0. */
function ofAt(st: SpanState, i: number): number {
  const t = st.toks[i];
  if (!t || t.cap) return 0;
  if (t.lower === 'del') return 1;
  if (t.lower !== 'de') return 0;
  const u = st.toks[i + 1];
  return u && !u.cap && (u.lower === 'la' || u.lower === 'los' || u.lower === 'las') ? 2 : 1;
}

/**
 * es-org-place: an organisation named by its kind and its place is one organisation ("Universidad de Murcia",
 * "Ayuntamiento de Alfafar", "Gobierno de la Región de Murcia"), also where a capitalised word before it (a verb
 * opening the sentence: "Firmó el Gobierno de …") kept the recogniser from seeing the whole name.
 */
export const esOrgPlace: Rule = {
  id: 'es-org-place',
  apply(st) {
    const { toks, live } = st;
    for (const s of live) {
      if (s.type !== 'ORG' || s.why !== 'org-cue' || s.t1 <= s.t0 || !st.lex.orgWords.has(toks[s.t1 - 1].lower)) continue;
      const k = s.t1 + ofAt(st, s.t1);
      const nx = k > s.t1 ? st.at(k) : null;
      if (!nx || nx === s || nx.t0 !== k || nx.type !== 'LOC' || !sameSentence(toks, s.t0, k)) continue;
      st.absorb(s, nx);
    }
  },
};

/** Role nouns whose "de X" complement is a place ("el alcalde de Viveiro", "una vecina de Sedaví"), lower case. */
const PLACE_ROLES = wordSet(`alcalde alcaldesa regidor regidora vecino vecina vecinos vecinas habitante habitantes natural`);

/**
 * es-role-place: the complement of a role of a place ("el alcalde de Viveiro, Xosé Iglesias", "vecina de Sedaví") is a
 * place, never the person named after it; the place of a Spanish place name "X de Y" is one place ("Alhama de Murcia").
 */
export const esRolePlace: Rule = {
  id: 'es-role-place',
  apply(st) {
    const { toks, live } = st;
    for (const s of live) {
      if (s.t1 <= s.t0 || s.why === 'gaz' || s.type === 'ORG' || s.t1 - s.t0 > 3) continue;
      // "alcalde de X"
      const k = s.t0 - 1;
      if (k >= 1 && (toks[k].lower === 'de' || toks[k].lower === 'del') && PLACE_ROLES.has(toks[k - 1].lower) && sameSentence(toks, s.t0, k - 1)) {
        if (s.type !== 'LOC') st.retype(s, 'LOC', 'es-role-place');
        continue;
      }
      // "Alhama de Murcia": a one-word unknown or guessed place before "de" + a known place
      if (s.t1 - s.t0 !== 1 || s.confidence === 'strong' || (s.type !== 'LOC' && s.type !== 'MISC')) continue;
      const j = s.t1 + ofAt(st, s.t1);
      const nx = j > s.t1 ? st.at(j) : null;
      if (nx && nx.t0 === j && nx.type === 'LOC' && nx.why === 'gaz' && sameSentence(toks, s.t0, j)) {
        st.absorb(s, nx);
        st.retype(s, 'LOC', 'es-role-place');
      }
    }
  },
};
