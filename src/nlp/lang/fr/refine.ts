import type { Lexicon } from '../../ner/lexicon';
import type { RuleSpan, Tok } from '../../ner/recognise';
import type { Rule, RuleId, SpanState } from '../../ner/rules';
import { sameSentence, spanKey, wordSet } from '../../ner/token-spans';
import type { NerType } from '../../types';
import { isGivenName } from '../../gazetteers/given-names';

/**
 * French rules over one text's spans (listed in order in rules.ts). Linear in the tokens (bounded windows,
 * one vote map per document):
 *
 *  - sports teams named "les Packers de Green Bay", "aux Canadiens de Montréal", "le Magic d'Orlando"
 *    are one organisation, place included;
 *  - a name after an organisation noun ("le groupe X", "la société X", "l'écurie X", "le parti X") is an
 *    organisation; after a person noun ("l'acteur X", "son frère X") or "selon X" a person; after
 *    "près de", "au nord de", "la région de" a place; what one mention shows holds for the document;
 *  - a multiword name guessed a person by its shape alone is dropped where people are rare: after an
 *    article or inside quotes (titles of works, products, events: « Rotten Tomatoes », la Game Boy).
 */

const w = wordSet;

/** Nouns before a name that make it an organisation (lower case). */
const ORG_NOUNS = w(`groupe groupes société sociétés entreprise entreprises compagnie compagnies firme club clubs équipe équipes parti partis
  chaîne chaînes journal journaux magazine magazines quotidien hebdomadaire mensuel label labels studio studios constructeur constructeurs
  écurie écuries banque banques marque marques filiale filiales éditeur éditeurs mouvement organisation organisations association
  associations fédération syndicat formation franchise conglomérat multinationale opérateur fabricant fabricants distributeur
  agence agences station radio télévision réseau holding maison coopérative confrérie ordre`);

/** Nouns that head a band's or a label's description ("le groupe de rock X"). */
const BAND_NOUNS = w(`groupe groupes label formation duo trio quatuor quintette`);

/** Nouns before a name that make it a person (lower case). */
const PERSON_NOUNS = w(`acteur actrice chanteur chanteuse joueur joueuse entraîneur entraîneuse pilote écrivain écrivaine auteur autrice
  romancier romancière peintre sculpteur architecte compositeur compositrice réalisateur réalisatrice producteur productrice guitariste
  batteur bassiste pianiste violoniste chef poète poétesse philosophe historien historienne journaliste frère sœur père mère fils fille
  époux épouse mari oncle tante cousin cousine neveu nièce grand-père grand-mère ami amie roi reine prince princesse empereur impératrice
  pape saint sainte évêque archevêque cardinal général capitaine lieutenant colonel commandant maréchal amiral sergent docteur
  dramaturge cinéaste metteur comédien comédienne danseur danseuse rappeur rappeuse chanteur-compositeur mannequin présentateur
  présentatrice animateur animatrice champion championne vainqueur adversaire successeur prédécesseur élève disciple maître épouse
  veuve veuf duc duchesse comte comtesse marquis marquise baron baronne chevalier sieur dame seigneur ministre président présidente
  député députée sénateur sénatrice maire gouverneur`);

/** Words before "de/du/d'" + name that make the name a place ("près de X", "au nord du X", "la région de X"). */
const PLACE_HEADS = w(`station usine usines aéroport gare mine camp base circuit près proche nord sud est ouest nord-est nord-ouest sud-est sud-ouest environs banlieue région province ville commune
  village capitale périphérie faubourg comté canton département district quartier vallée rive rives bord côte côtes large centre
  abords proximité alentours diocèse archidiocèse royaume duché comté principauté gouvernorat oblast wilaya préfecture`);

/** Articles and quotes before a name: a person is rare there. */
const ARTICLE_OR_QUOTE = w(`le la les l' l’ du des au aux un une sur " « “`);

/** First words of names of events, competitions, prizes (MISC in the news, not people). */
const EVENT_HEADS = w(`coupe championnat championnats prix tour jeux festival grand trophée open tournoi rallye super`);

/** Per-text helpers of the fr rules, built once per text. */
function frContext(st: SpanState) {
  const { lex, toks, n, live, owner, lowerSeen } = st;
  const same = (i: number, j: number) => sameSentence(toks, i, j);
  const de = (t: Tok) => t.lower === 'de' || t.lower === "d'" || t.lower === 'd’' || t.lower === 'du';
  /** Context evidence for the name at [t0, t1). */
  const cue = (t0: number, t1: number): NerType | '' => {
    const p = same(t0, t0 - 1) ? toks[t0 - 1] : null;
    const pp = same(t0, t0 - 2) ? toks[t0 - 2] : null;
    if (!p) return '';
    if (PERSON_NOUNS.has(p.lower) || p.lower === 'selon' || p.lower === 'contre') return 'PER';
    if (ORG_NOUNS.has(p.lower)) return 'ORG';
    // "le groupe de rock X", "la société américaine X".
    if (pp && ORG_NOUNS.has(pp.lower) && !p.cap && !lex.stop.has(p.lower) && lex.pack.adjectiveAfter?.test(p.lower)) return 'ORG';
    if (de(p) && pp && PLACE_HEADS.has(pp.lower)) return 'LOC';
    // "le groupe de hard rock américain X", "le label indépendant X": a band or a label.
    if (!p.cap && p.isWord) {
      for (let k = t0 - 1, steps = 0; k >= 0 && steps < 5 && same(t0, k) && !toks[k].cap && toks[k].isWord; k--, steps++) {
        if (BAND_NOUNS.has(toks[k].lower)) return 'ORG';
        if (lex.clauseWords.has(toks[k].lower) || (lex.stop.has(toks[k].lower) && !de(toks[k]))) break;
      }
    }
    if (p.lower === 'entre' && t1 < n && same(t0, t1) && toks[t1].lower === 'et') return 'LOC';
    return '';
  };

  const adj = lex.pack.adjectiveAfter;
  const endsPhrase = (k: number) => k >= n || toks[k].sent !== toks[k - 1].sent || /^[,.;:)(]$/.test(toks[k].text) || toks[k].lower === 'et' || toks[k].lower === 'ou';
  const typeAt = (k: number): NerType | '' => {
    if (k < 0 || k >= n || owner[k] < 0) return '';
    const o = live[owner[k]];
    return o.type === 'PER' || o.type === 'LOC' || o.type === 'ORG' ? o.type : '';
  };
  return { lex, toks, n, live, owner, lowerSeen, same, de, cue, adj, endsPhrase, typeAt };
}
const FR_KEY = {};
const fr = (st: SpanState) => st.shared(FR_KEY, frContext);

/** Teams: "les Packers de Green Bay", "aux Canadiens de Montréal", "le Lightning de Tampa Bay". */
export const frTeam: Rule = {
  id: 'fr-team',
  apply(st) {
    const { lex, toks, n, live, owner, lowerSeen, same, de } = fr(st);
    // 1. Teams: "les Packers de Green Bay", "aux Canadiens de Montréal", "le Lightning de Tampa Bay".
    for (let i = 1; i < n; i++) {
      const art = toks[i - 1];
      if (!same(i, i - 1) || !/^(?:les|aux|des|le|du|au|l'|l’)$/.test(art.lower) || !toks[i].cap || toks[i].allCaps) continue;
      // The name: one or two capitalised words, not a known place or organisation.
      let e = i;
      while (e < n && e - i < 2 && same(i, e) && toks[e].cap && !de(toks[e])) e++;
      if (e >= n || !same(i, e) || !de(toks[e])) continue;
      const plural = /s$/.test(toks[e - 1].lower);
      if (!plural && !/^(?:le|du|au|l'|l’)$/.test(art.lower)) continue;
      if (/^(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|île|empire|état|etat|république|royaume)$/.test(toks[i].lower)) continue;
      let p = e + 1;
      if (p < n && same(i, p) && (toks[p].lower === 'la' || toks[p].lower === "l'" || toks[p].lower === 'l’')) p++;
      if (p >= n || !same(i, p) || !toks[p].cap) continue;
      // The place: a known place, or one to three capitalised words.
      const placeOwner = owner[p] >= 0 ? live[owner[p]] : null;
      let pe = p;
      if (placeOwner && placeOwner.t0 === p && placeOwner.type === 'LOC') {
        pe = placeOwner.t1;
        // "le Lightning de Tampa Bay": capitals after the known place belong to it.
        while (pe < n && pe - placeOwner.t1 < 2 && same(i, pe) && toks[pe].cap && !toks[pe].allCaps && owner[pe] < 0) pe++;
      }
      else {
        if (!plural) continue; // singular names ("le Magic d'Orlando") only with a known place
        while (pe < n && pe - p < 3 && same(i, pe) && toks[pe].cap) pe++;
      }
      // Only names the rules did not know: a known place or organisation at i stays what it is ("le Canada de …").
      const nameOwner = owner[i] >= 0 ? live[owner[i]] : null;
      if (nameOwner && nameOwner.confidence === 'strong' && nameOwner.why !== 'given') continue;
      if (toks[i].sentStart && lowerSeen.has(toks[i].lower)) continue;
      if (EVENT_HEADS.has(toks[i].lower)) continue; // "le Tour de France", "la Coupe de France": events
      if (lowerSeen.has(toks[i].lower) || lex.stop.has(toks[i].lower) || lex.nonEntities.has(toks[i].lower)) continue;
      for (let k = i; k < pe; k++) if (owner[k] >= 0) live[owner[k]].type = 'MISC';
      const s: RuleSpan = { type: 'ORG', start: toks[i].start, end: toks[pe - 1].coreEnd, t0: i, t1: pe, confidence: 'strong', why: 'fr-team' };
      for (let k = i; k < pe; k++) owner[k] = live.length;
      live.push(s);
      i = pe - 1;
    }
  },
};

/** Context cues ("le groupe X", "l'acteur X", "près de X") type guesses, and vote for the other mentions of the name. */
export const frVotes: Rule = {
  id: 'fr-votes',
  apply(st) {
    const { toks, live, same, cue } = fr(st);
    const votes = new Map<string, { PER: number; ORG: number; LOC: number }>();
    const keyOf = (t0: number, t1: number) => spanKey(toks, t0, t1);
    const guesses = live.filter((s) => s.type === 'MISC' ? s.why === 'unknown' : s.confidence === 'weak');
    for (const s of guesses) {
      const c = cue(s.t0, s.t1);
      if (!c) continue;
      const k = keyOf(s.t0, s.t1);
      let v = votes.get(k);
      if (!v) votes.set(k, (v = { PER: 0, ORG: 0, LOC: 0 }));
      if (c === 'PER' || c === 'ORG' || c === 'LOC') v[c]++;
    }
    for (const s of guesses) {
      let t: NerType | '' = cue(s.t0, s.t1);
      const v = votes.get(keyOf(s.t0, s.t1));
      if (!t && v) {
        const best = v.PER >= v.ORG && v.PER >= v.LOC ? 'PER' : v.ORG >= v.LOC ? 'ORG' : 'LOC';
        if (v[best] * 2 > v.PER + v.ORG + v.LOC) t = best;
      }
      if (t) {
        s.type = t;
        s.why = ('fr-' + t.toLowerCase()) as RuleId;
        s.confidence = 'medium';
        continue;
      }
      if (s.why === 'shape' || s.type === 'MISC') {
        // "Fort Worth", "Vero Beach", "Deer Valley", "Pulau Ujong": geographic words make a place.
        if (s.t1 - s.t0 >= 2 && (EN_GEO_LAST.has(toks[s.t1 - 1].lower) || GEO_FIRST.has(toks[s.t0].lower))) {
          s.type = 'LOC';
          s.why = 'fr-geo-word';
          s.confidence = 'medium';
          continue;
        }
      }
      if (s.why === 'shape') {
        const p = same(s.t0, s.t0 - 1) ? toks[s.t0 - 1] : null;
        // Titles of works, shows and sites ("le site Rotten Tomatoes", "l'album X", "la série X"): not people.
        if (p && WORK_NOUNS.has(p.lower)) {
          s.type = 'MISC';
          continue;
        }
        if ((p && (ARTICLE_OR_QUOTE.has(p.lower) || p.cap)) || EVENT_HEADS.has(toks[s.t0].lower) || toks[s.t0].lower === 'the') s.type = 'MISC';
      }
    }
  },
};

export const frClub: Rule = {
  id: 'fr-club',
  apply(st) {
    const { toks, n, live, owner, same } = fr(st);
    // 3. Clubs and channels: "Bayern Munich", "PSV Eindhoven", "Cardiff RFC", "France 3": one organisation.
    for (let i = 0; i < live.length; i++) {
      const s = live[i];
      if (s.type !== 'ORG' && s.type !== 'LOC') continue;
      const nx = owner[s.t1] >= 0 && same(s.t0, s.t1) ? live[owner[s.t1]] : null;
      if (nx && nx.t0 === s.t1 && ((s.type === 'ORG' && nx.type === 'LOC' && nx.t1 - nx.t0 === 1) || (s.type === 'LOC' && nx.type === 'ORG' && toks[nx.t0].allCaps))) {
        s.type = 'ORG';
        s.why = 'fr-club';
        s.t1 = nx.t1;
        s.end = nx.end;
        for (let k = nx.t0; k < nx.t1; k++) owner[k] = i;
        nx.type = 'MISC';
        nx.t0 = nx.t1; // emptied
        continue;
      }
      if (s.type === 'LOC' && s.t1 - s.t0 === 1 && s.t1 < n && same(s.t0, s.t1) && owner[s.t1] < 0 && /^\d{1,2}$/.test(toks[s.t1].text) && toks[s.t1].start === toks[s.t0].end + 1 && !(s.t1 + 1 < n && same(s.t0, s.t1 + 1) && /^\d/.test(toks[s.t1 + 1].text))) {
        // "France 3", "France 2": a channel (a place followed by a small number and nothing numeric after).
        if (TV_PREFIX.has(toks[s.t0].core)) {
          s.type = 'ORG';
          s.why = 'fr-channel';
          owner[s.t1] = i;
          s.t1++;
          s.end = toks[s.t1 - 1].end;
        }
      }
    }
  },
};

export const frOrgComplement: Rule = {
  id: 'fr-org-complement',
  apply(st) {
    const { lex, toks, n, live, owner, same, de, cue, adj } = fr(st);
    // 4. French organisation names run on over lower-case complements: "Ligue de hockey junior majeur du Québec",
    //    "Parti de la liberté et de la justice", "Commission des stupéfiants des Nations unies".
    for (let i = 0; i < live.length; i++) {
      const s = live[i];
      if (s.type !== 'ORG' || !s.why.startsWith('org-cue') || s.t1 - s.t0 > 4 || !adj) continue;
      let e = s.t1;
      let steps = 0;
      for (;;) {
        if (steps >= 4 || e >= n || !same(s.t0, e)) break;
        const t = toks[e];
        if (!t.cap && (adj.test(t.lower) || RANK_ADJ.test(t.lower)) && !lex.stop.has(t.lower) && owner[e] < 0) {
          e++;
          steps++;
          continue;
        }
        // "… en Europe": a place closes the name.
        if (t.lower === 'en' && steps > 0 && e + 1 < n && same(s.t0, e + 1) && owner[e + 1] >= 0 && live[owner[e + 1]].type === 'LOC' && live[owner[e + 1]].t0 === e + 1) {
          const o = live[owner[e + 1]];
          e = o.t1;
          o.type = 'MISC';
          o.t0 = o.t1;
          break;
        }
        // "… pour la sécurité et la coopération": a second complement after "et".
        if (t.lower === 'et' && steps > 0 && e + 2 < n && same(s.t0, e + 2) && /^(?:la|le|l'|l’|les|de|du|des)$/.test(toks[e + 1].lower) && !toks[e + 2].cap && toks[e + 2].isWord && !lex.stop.has(toks[e + 2].lower) && toks[e + 2].lower.length >= 3) {
          e += 3;
          steps++;
          continue;
        }
        // de / du / des / d' / de la / de l' + a lower-case noun or a place.
        if (!(de(t) || t.lower === 'des' || t.lower === 'pour')) break;
        let k = e + 1;
        if (k < n && same(s.t0, k) && /^(?:la|l'|l’|les)$/.test(toks[k].lower)) k++;
        if (k >= n || !same(s.t0, k)) break;
        const c = toks[k];
        if (c.cap) {
          const o = owner[k] >= 0 ? live[owner[k]] : null;
          if (o && o.t0 === k && o.type === 'LOC') {
            e = o.t1;
            o.type = 'MISC';
            o.t0 = o.t1;
          } else if (/^(?:ouest|est|nord|sud|nord-ouest|nord-est|sud-ouest|sud-est|atlantique|pacifique)$/.test(c.lower)) e = k + 1;
          break; // a place or a region ends the name
        }
        if (!c.isWord || lex.stop.has(c.lower) || lex.clauseWords.has(c.lower) || c.lower.length < 3) break;
        e = k + 1;
        steps++;
      }
      if (e > s.t1) {
        for (let k = s.t1; k < e; k++) owner[k] = i;
        s.t1 = e;
        s.end = toks[e - 1].coreEnd;
        s.confidence = 'strong';
      }
    }

  },
};

export const frInstitution: Rule = {
  id: 'fr-institution',
  apply(st) {
    const { toks, live, owner, same, de, adj } = fr(st);
    // 5. "l'université d'Oxford", "l'orchestre symphonique de Pittsburgh": an institution named after its town.
    for (let i = 0; i < live.length; i++) {
      const s = live[i];
      if (s.type !== 'LOC' || s.t0 < 2) continue;
      let h = s.t0 - 1;
      if (!de(toks[h])) continue;
      h--;
      let adjs = 0;
      while (h >= 0 && adjs < 2 && same(s.t0, h) && adj && !toks[h].cap && adj.test(toks[h].lower) && !INSTITUTION_HEADS.has(toks[h].lower)) {
        h--;
        adjs++;
      }
      if (h < 0 || !same(s.t0, h) || !INSTITUTION_HEADS.has(toks[h].lower) || owner[h] >= 0) continue;
      s.type = 'ORG';
      s.why = 'fr-institution';
      for (let k = h; k < s.t0; k++) owner[k] = i;
      s.t0 = h;
      s.start = toks[h].start;
    }
  },
};

export const frGeo: Rule = {
  id: 'fr-geo',
  apply(st) {
    const { toks, n, live, owner, same, de } = fr(st);
    // 6. Geographic names with their head and qualifiers: "l'île Maurice", "le lac Michigan", "le comté de Kerry",
    //    "le golfe de Guinée", "l'Afrique de l'Ouest", "l'Asie centrale".
    for (let i = 0; i < live.length; i++) {
      const s = live[i];
      const unknown = s.type === 'MISC' && s.why === 'unknown';
      if (s.type !== 'LOC' && !unknown) continue;
      let a = s.t0;
      const p1 = a - 1 >= 0 && same(a, a - 1) ? toks[a - 1] : null;
      const p2 = a - 2 >= 0 && same(a, a - 2) ? toks[a - 2] : null;
      const p3 = a - 3 >= 0 && same(a, a - 3) ? toks[a - 3] : null;
      if (p1 && GEO_HEADS.has(p1.lower) && owner[a - 1] < 0) a -= 1;
      else if (p1 && p2 && (de(p1) || p1.lower === 'des') && GEO_HEADS_OF.has(p2.lower) && owner[a - 2] < 0) a -= 2;
      else if (p1 && p2 && p3 && /^(?:la|l'|l’)$/.test(p1.lower) && p2.lower === 'de' && GEO_HEADS_OF.has(p3.lower) && owner[a - 3] < 0) a -= 3;
      let b = s.t1;
      if (s.type === 'LOC' || a < s.t0) {
        const q = toks[b];
        if (q && same(s.t0, b) && !q.cap && GEO_ADJ.test(q.lower) && owner[b] < 0) b++;
        else if (q && same(s.t0, b) && (q.lower === 'du' || q.lower === 'de') && b + 2 < n) {
          // "de l'Ouest", "du Nord"
          const r = q.lower === 'de' && /^(?:l'|l’)$/.test(toks[b + 1].lower) ? b + 2 : q.lower === 'du' ? b + 1 : -1;
          const ro = r > 0 && owner[r] >= 0 ? live[owner[r]] : null;
          if (r > 0 && same(s.t0, r) && /^(?:Nord|Sud|Est|Ouest|Centre|Nord-Est|Nord-Ouest|Sud-Est|Sud-Ouest)$/.test(toks[r].core) && (!ro || (ro.t0 === r && ro.t1 === r + 1))) {
            if (ro) {
              ro.type = 'MISC';
              ro.t0 = ro.t1; // absorbed
            }
            b = r + 1;
          }
        }
      }
      if (a === s.t0 && b === s.t1) continue;
      if (unknown && a === s.t0) continue;
      for (let k = a; k < b; k++) owner[k] = i;
      s.t0 = a;
      s.start = toks[a].start;
      s.t1 = b;
      s.end = toks[b - 1].coreEnd;
      s.type = 'LOC';
      s.why = 'fr-geo';
      s.confidence = 'strong';
    }

  },
};

export const frParticles: Rule = {
  id: 'fr-particles',
  apply(st) {
    const { lex, toks, n, live, owner, lowerSeen, same, de, adj } = fr(st);
    // 7. Full names of people: "Theo van Doesburg", "Charles Marie de La Condamine" (particles and a surname after a
    //    first name), "Gottfried Wilhelm Leibniz" (an unknown first name before a known one).
    for (let i = 0; i < live.length; i++) {
      const s = live[i];
      if (s.type !== 'PER' || s.t1 <= s.t0) continue;
      let k = s.t1;
      while (k < n && k - s.t1 < 3 && same(s.t0, k) && PARTICLES.has(toks[k].lower)) k++;
      if (k > s.t1 && k < n && same(s.t0, k) && toks[k].cap && !toks[k].allCaps) {
        const o = owner[k] >= 0 ? live[owner[k]] : null;
        const deOnly = toks[s.t1].lower === 'de' || toks[s.t1].lower === "d'" || toks[s.t1].lower === 'd’';
        // "de" + a place is an origin or a title ("Louis de France"), not a surname.
        const ok = !o || (o.t0 === k && (o.type === 'PER' || o.type === 'MISC' || (!deOnly && o.type !== 'ORG')));
        let e = o && o.t0 === k ? o.t1 : k + 1;
        if (ok && !(deOnly && o && o.type === 'LOC')) {
          if (o) {
            o.type = 'MISC';
            o.t0 = o.t1;
          }
          while (e < n && same(s.t0, e) && toks[e].cap && owner[e] < 0 && !toks[e].allCaps && e - k < 2) e++;
          for (let q = s.t1; q < e; q++) owner[q] = i;
          s.t1 = e;
          s.end = toks[e - 1].coreEnd;
          s.why = 'fr-particles';
        }
      }
      // "l'Autrichien Toni Sailer", "le Français Jean-Claude Killy": a capitalised nationality before a first name is no part of the name.
      if (s.t1 - s.t0 >= 3 && adj && adj.test(toks[s.t0].lower) && !isGivenName(toks[s.t0].core) && isGivenName(toks[s.t0 + 1].core)) {
        owner[s.t0] = -1;
        s.t0++;
        s.start = toks[s.t0].start;
      }
      // Leftwards over one unknown capitalised first name.
      const q = s.t0 - 1;
      if (q >= 0 && same(s.t0, q) && toks[q].cap && !toks[q].allCaps && toks[q].core === toks[q].text) {
        const t = toks[q];
        const o = owner[q] >= 0 ? live[owner[q]] : null;
        const free = !o || (o.type === 'MISC' && o.t0 === q && o.t1 === q + 1);
        if (free && !(adj && adj.test(t.lower)) && !FR_PORTFOLIOS.has(t.lower) && !lex.orgWords.has(t.lower) && !lex.stop.has(t.lower) && !lex.titles.has(t.lower) && !lex.roleWords.has(t.lower) && !lex.nonEntities.has(t.lower) && !(t.sentStart && lowerSeen.has(t.lower)) && !lowerSeen.has(t.lower)) {
          if (o) {
            o.type = 'MISC';
            o.t0 = o.t1;
          }
          owner[q] = i;
          s.t0 = q;
          s.start = t.start;
        }
      }
    }

  },
};

export const frCommonAcronym: Rule = {
  id: 'fr-common-acronym',
  apply(st) {
    const { toks, live, lowerSeen } = fr(st);
    // 8. All-caps words that are French common nouns or units ("une ONG", "le PIB", "l'ADN", "UTC"), or that the text
    //    also writes in lower case, are no organisations.
    for (const s of live) {
      if (s.type !== 'ORG' || s.t1 - s.t0 !== 1 || s.why !== 'acronym') continue;
      const t = toks[s.t0];
      if (FR_COMMON_ACRONYMS.has(t.core) || lowerSeen.has(t.lower)) s.type = 'MISC';
    }

  },
};

export const frContextTypes: Rule = {
  id: 'fr-context',
  apply(st) {
    const { lex, toks, n, live, owner, same, de, endsPhrase, typeAt } = fr(st);
    // 9. Unknown single names the context still types: a name with an article and nothing after it is a place
    //    ("la Prusse .", "le Transvaal ,", "l'Oubangui"), so is "(X)" and "… de X" after a function word; in a
    //    list ("X, Y et Z") a name takes the type of its neighbours.
    for (const s of live) {
      if (s.type !== 'MISC' || s.why !== 'unknown' || s.t1 - s.t0 !== 1) continue;
      const a = s.t0;
      const p = same(a, a - 1) ? toks[a - 1] : null;
      const pp = same(a, a - 2) ? toks[a - 2] : null;
      if (!p) continue;
      const end = endsPhrase(s.t1);
      let t: NerType | '' = '';
      // … but not after "de" ("ministre de l'Intérieur", "de la Sûreté", "le jour de la Toussaint": a body, a feast),
      // and a name alone in brackets is more often an acronym or an agency ("(Rosstat)") than a place.
      if (end && /^(?:la|le|l'|l’)$/.test(p.lower) && !(pp && de(pp))) t = 'LOC';
      else if (end && de(p) && pp && lex.stop.has(pp.lower) && !de(pp)) t = 'LOC';
      else if (p.text === ',' || p.lower === 'et' || p.lower === 'ou') {
        t = typeAt(a - 2);
      } else if ((de(p) || p.lower === 'à') && pp && (pp.text === ',' || pp.lower === 'et' || pp.lower === 'ou')) {
        // "de Nagapattinam et de Cuddalore", "à Lyon et à Grenoble": the same preposition repeated in a list.
        const q = a - 3;
        if (q >= 0 && owner[q] >= 0) {
          const o = live[owner[q]];
          if (o.t0 >= 1 && toks[o.t0 - 1].lower === p.lower) t = typeAt(q);
        }
        const nx = toks[s.t1];
        if (!t && nx && (nx.text === ',' || nx.lower === 'et' || nx.lower === 'ou')) t = typeAt(s.t1 + 1);
      }
      if (t) {
        s.type = t;
        s.why = 'fr-context';
        s.confidence = 'medium';
      }
    }

  },
};

export const frEvent: Rule = {
  id: 'fr-event',
  apply(st) {
    const { toks, live, same, de } = fr(st);
    // 10. Events named after a place ("le Festival de Cannes", "le Grand Prix de Monaco", "le Tour de France"): the place
    //     is part of an event's name, not a place of its own. Empires with their adjective are places ("l'Empire ottoman").
    for (const s of live) {
      if (s.type === 'LOC' && s.t0 >= 2 && same(s.t0, s.t0 - 2) && de(toks[s.t0 - 1]) && FR_EVENT_HEADS.has(toks[s.t0 - 2].lower)) {
        s.type = 'MISC';
        s.why = 'fr-event';
      }
    }
  },
};

export const frEmpire: Rule = {
  id: 'fr-empire',
  apply(st) {
    const { lex, toks, n, live, owner, same, adj } = fr(st);
    for (let i = 0; i + 1 < n; i++) {
      if (toks[i].core !== 'Empire' || (owner[i] >= 0 && !(live[owner[i]].type === 'MISC' && live[owner[i]].t0 === i && live[owner[i]].t1 === i + 1)) || !adj || !same(i, i + 1) || toks[i + 1].cap || !(adj.test(toks[i + 1].lower) || EMPIRE_ADJ.test(toks[i + 1].lower)) || owner[i + 1] >= 0) continue;
      let e = i + 2;
      if (e < n && same(i, e) && !toks[e].cap && adj.test(toks[e].lower) && owner[e] < 0 && !lex.stop.has(toks[e].lower)) e++;
      if (owner[i] >= 0) {
        const o = live[owner[i]];
        o.t1 = o.t0; // absorbed
      }
      for (let k = i; k < e; k++) owner[k] = live.length;
      live.push({ type: 'LOC', start: toks[i].start, end: toks[e - 1].coreEnd, t0: i, t1: e, confidence: 'strong', why: 'fr-empire' });
    }
  },
};

export const frProduct: Rule = {
  id: 'fr-product',
  apply(st) {
    const { toks, n, live, owner, same } = fr(st);
    // A known company followed by a model name or number is a product ("Nintendo DS", "Atari ST", "Nintendo 64").
    for (const s of live) {
      if (s.type !== 'ORG' || s.why !== 'gaz' || s.t1 - s.t0 !== 1 || s.t1 >= n || !same(s.t0, s.t1)) continue;
      const nx = toks[s.t1];
      if (owner[s.t1] < 0 && (nx.allCaps || /^\d{1,4}$/.test(nx.text)) && nx.start === toks[s.t0].end + 1) s.type = 'MISC';
    }

  },
};

export const frLoneOrgWord: Rule = {
  id: 'fr-lone-org-word',
  apply(st) {
    const { live, cue } = fr(st);
    // A lone organisation word that found no name to head ("le Parti", "la Commission") stays a common noun.
    for (const s of live) if (s.type === 'ORG' && s.why === 'org-cue' && s.confidence === 'weak') s.type = 'MISC';
  },
};


/** Lower-case geographic heads written before the name without "de" ("l'île Maurice", "le lac Michigan", "l'océan Indien"). */
const GEO_HEADS = w(`île îles lac océan mer mont monts massif fleuve rivière cap détroit désert archipel atoll parc rue avenue boulevard quai`);
/** Lower-case geographic heads before "de X" ("le comté de Kerry", "le golfe de Guinée", "la république du Congo"). */
const GEO_HEADS_OF = w(`île îles lac mer golfe baie canal cap détroit comté canton duché grand-duché principauté république
  vallée plaine désert péninsule presqu'île archipel bois forêt massif col chaîne delta estuaire comitat voblast oblast raïon parc jardin
  rue avenue boulevard place quai pont rivière fleuve`);
/** Qualifiers after a place that belong to its name ("Asie centrale", "Afrique subsaharienne", "Arctique canadien"). */
const GEO_ADJ = /^(?:centrale?|occidentale?|orientale?|septentrionale?|méridionale?|équatoriale?|australe?|subsaharienne|mineure|canadien(?:ne)?|insulaire|continentale|métropolitaine)$/;

/** Name particles between a first name and a surname ("van", "von der", "de La", "di", "ben"). */
const PARTICLES = w(`van von der den de du des d' d’ la le di da del della dos das do ben bin ibn zu ter ten`);

/** French common nouns, units and formats written as all-caps abbreviations: not organisations. */
const FR_COMMON_ACRONYMS = new Set(
  `ONG PIB TVA SIDA VIH OGM HLM RER TGV SMS CDI CDD SMIC RSA PME TPE ADN ARN UTC GMT HVDC EPO RPM DOM TOM IVG PMA SDF BD CV QG PC VTT JO
  TNT HD DVD CD MP3 GPS IRM AVC PDG DRH BTS BAC CAP DEA DESS MBA LGBT OVNI RTT SMIC CSG ISF IR ZAD ZUP ZAC PLU PNR VO VF VOST`.split(/\s+/),
);

/** Ministerial portfolios written with a capital ("le ministre de l'Intérieur Annelies Verlinden"): not first names. */
const FR_PORTFOLIOS = w(`intérieur justice défense santé économie finances budget culture éducation enseignement travail emploi agriculture
  environnement climat énergie mobilité transports logement intégration asile migration commerce industrie recherche sports jeunesse
  famille affaires pensions fonction numérique coopération développement`);

/** Rank and scope adjectives inside organisation names ("Ligue de hockey junior majeur du Québec"). */
const RANK_ADJ = /^(?:junior|senior|majeur|majeure|mineur|mineure|supérieur|supérieure|unifié|unifiée|uni|unie|unis|unies|libre|libres)$/;

/** Last words of English-language place names ("Vero Beach", "Phillip Island", "Deer Valley"), lower case. */
const EN_GEO_LAST = w(`beach island islands valley inlet bay falls hollow lake lakes springs heights hills point harbour harbor creek river
  mountain mountains peak sound county`);
/** First words of place names in many languages ("Fort Worth", "Puerto Rico", "Pulau Ujong", "Sankt Moritz"), lower case. */
const GEO_FIRST = w(`fort port mount lake cape puerto porto santa santo são sankt bad pulau kota ciudad nueva nuevo nova novo nowy nowa
  novi stara bandar`);
/** Nouns before a title of a work, a show, a site or a product ("l'album X", "le site X", "la série X"), lower case. */
const WORK_NOUNS = w(`site album albums single chanson chansons titre film films série feuilleton émission jeu jeux roman livre console
  agrégateur logiciel tournée spectacle opéra ballet pièce tableau magazine-émission programme`);

/** Adjectives of empires that the general adjective endings miss ("Empire ottoman", "Empire byzantin"). */
const EMPIRE_ADJ = /^(?:ottoman|ottomane|byzantin|perse|mongol|moghol|russe|allemand|aztèque|inca|khmer|songhaï|austro-hongrois)$/;

/** Heads of events named "X de <place>" (lower case). */
const FR_EVENT_HEADS = w(`festival tour coupe prix rallye marathon open masters salon biennale jeux championnat championnats tournoi trophée
  foire carnaval critérium`);

/** Lower-case heads of institutions named after their town ("université de Liège", "orchestre philharmonique de Vienne"). */
const INSTITUTION_HEADS = w(`université universités orchestre conservatoire académie`);

/** Places whose name plus a number is a television channel ("France 3"). */
const TV_PREFIX = w(`France`);

/** Lower-case heads of administrations named by their domain or their territory ("le ministère de l'Intérieur", "la préfecture du Nord"). */
const ADMIN_HEADS = w(`ministère ministères préfecture préfectures sous-préfecture secrétariat`);
/** Lower-case adjective endings after a domain ("des Affaires étrangères", "des Anciens combattants"). */
const DOMAIN_ADJ_END = /(?:ères|ère|ers|ants|antes|ales|aux|iques|ique|ieures|ieure|ieurs|ieur|elles|elle)$/;

export const frAdministration: Rule = {
  id: 'fr-administration',
  apply(st) {
    const { toks, n, same, de, adj } = fr(st);
    const live = st.live;
    const owner = st.owner;
    // "le ministère de l'Intérieur", "le ministère des Affaires étrangères", "la préfecture du Nord": a lower-case
    // administration head, "de/du/des (l', la)" and a capitalised domain or territory name the administration,
    // an organisation (not the place it is named after), with the head in its name.
    for (let i = 0; i + 2 < n; i++) {
      const h = toks[i];
      if (h.cap || !ADMIN_HEADS.has(h.lower) || owner[i] >= 0) continue;
      let j = i + 1;
      if (!same(i, j) || !(de(toks[j]) || toks[j].lower === 'des')) continue;
      j++;
      if (j < n && same(i, j) && /^(?:l'|l’|la)$/.test(toks[j].lower)) j++;
      if (j >= n || !same(i, j) || !toks[j].cap || !toks[j].isWord) continue;
      let e = j;
      for (;;) {
        while (e < n && same(i, e) && toks[e].cap && toks[e].isWord) e++;
        // "de l'Europe et des Affaires étrangères": one more capitalised domain after "et (des|de la|du)".
        let k = e;
        if (k < n && same(i, k) && toks[k].lower === 'et') {
          k++;
          if (k < n && (de(toks[k]) || toks[k].lower === 'des')) k++;
          if (k < n && /^(?:l'|l’|la)$/.test(toks[k].lower)) k++;
          if (k < n && same(i, k) && toks[k].cap && toks[k].isWord && k > e + 1) {
            e = k;
            continue;
          }
        }
        break;
      }
      let adjs = 0;
      while (e < n && adjs < 2 && same(i, e) && !toks[e].cap && toks[e].isWord && (DOMAIN_ADJ_END.test(toks[e].lower) || (adj?.test(toks[e].lower) ?? false))) {
        e++;
        adjs++;
      }
      // Only names the rules have not bound to something longer: spans inside [j, e) are replaced.
      let ok = true;
      const inside = new Set<RuleSpan>();
      for (let k = j; k < e; k++) {
        const s = owner[k] >= 0 ? live[owner[k]] : null;
        if (!s) continue;
        if (s.t0 < j || s.t1 > e || s.confidence === 'strong' && s.type === 'ORG') ok = false;
        inside.add(s);
      }
      if (!ok) continue;
      for (const s of inside) st.drop(s);
      st.add(i, e, 'ORG', 'fr-administration');
      i = e - 1;
    }
  },
};

/** Lower-case heads of organisations named by a description and a place ("l'institut de médecine légale de Bordeaux"). */
const LOWER_ORG_HEADS_OF = w(`institut instituts`);
/** Political adjectives that, after "le parti", name a party ("le parti travailliste", "le parti conservateur"). */
const PARTY_ADJ = w(`travailliste conservateur libéral libéral-démocrate démocrate républicain socialiste social-démocrate communiste
  écologiste vert chrétien-démocrate centriste nationaliste indépendantiste unioniste`);
/** Determiners that make a lower-case head a definite, named body ("l'institut", "du parti"); "un institut" is not one. */
const DEFINITE = w(`le l' l’ du au`);

export const frLowerOrgHead: Rule = {
  id: 'fr-lower-org-head',
  apply(st) {
    const { toks, n, same, de } = fr(st);
    // "l'institut de médecine légale de Bordeaux", "à l'institut médico-légal de Paris": a definite lower-case head, a
    // lower-case description and "de" + a place name one organisation (the place is part of its name).
    // "le parti travailliste", "du parti conservateur": a definite "parti" and a political adjective name a party.
    for (let i = 1; i + 1 < n; i++) {
      const h = toks[i];
      if (h.cap || st.owner[i] >= 0 || !DEFINITE.has(toks[i - 1].lower) || !same(i - 1, i)) continue;
      if (h.lower === 'parti' && same(i, i + 1) && PARTY_ADJ.has(toks[i + 1].lower) && st.owner[i + 1] < 0) {
        st.add(i, i + 2, 'ORG', 'fr-lower-org-head');
        i++;
        continue;
      }
      if (!LOWER_ORG_HEADS_OF.has(h.lower)) continue;
      // Up to five lower-case words (and "de" between them) before "de" + a place span.
      for (let k = i + 1; k < n && k <= i + 6 && same(i, k) && !toks[k].cap && toks[k].isWord && st.owner[k] < 0; k++) {
        if (!de(toks[k])) continue;
        const p = st.at(k + 1);
        if (!p || p.type !== 'LOC' || p.t0 !== k + 1 || !same(i, k + 1)) continue;
        const e = p.t1;
        st.drop(p);
        st.add(i, e, 'ORG', 'fr-lower-org-head');
        i = e - 1;
        break;
      }
    }
  },
};

/** Nouns before a news agency's name ("l'agence PA", "l'agence de presse ANSA"). */
const AGENCY_HEADS = w(`agence`);

export const frAgencyName: Rule = {
  id: 'fr-agency-name',
  apply(st) {
    const { toks, n, same } = fr(st);
    // "l'agence PA", "l'agence de presse AP": an all-caps name right after "agence (de presse)" is an organisation,
    // however short (two letters are too short for the acronym rule alone).
    for (let i = 0; i + 1 < n; i++) {
      if (toks[i].cap || !AGENCY_HEADS.has(toks[i].lower)) continue;
      let j = i + 1;
      if (j + 1 < n && toks[j].lower === 'de' && toks[j + 1].lower === 'presse') j += 2;
      if (j >= n || !same(i, j)) continue;
      const t = toks[j];
      if (!t.allCaps || !t.isWord || t.text.length < 2 || t.text.length > 6) continue;
      const s = st.at(j);
      if (s) {
        if (s.t0 === j && s.t1 === j + 1 && s.type !== 'ORG') st.retype(s, 'ORG', 'fr-agency-name');
      } else st.add(j, j + 1, 'ORG', 'fr-agency-name');
    }
  },
};

/** Capitalised nouns that, after a definite article, name the one national body of the country the text is about ("le Parlement"). */
const NATIONAL_BODIES = w(`parlement sénat congrès`);

export const frNationalBody: Rule = {
  id: 'fr-national-body',
  apply(st) {
    const { toks, same } = fr(st);
    // "dont le Parlement sera saisi": a capitalised "Parlement" after "le/du/au", alone, in a text that names a
    // country or place, is that country's parliament (an organisation), not the common noun ("un parlement").
    const live = st.live;
    if (!live.some((s) => s.type === 'LOC' && s.t1 > s.t0)) return;
    for (let i = 1; i < st.n; i++) {
      const t = toks[i];
      if (!t.cap || t.sentStart || !NATIONAL_BODIES.has(t.lower) || !DEFINITE.has(toks[i - 1].lower) || !same(i - 1, i)) continue;
      const s = st.at(i);
      if (!s) st.add(i, i + 1, 'ORG', 'fr-national-body');
      else if (s.t0 === i && s.t1 === i + 1 && s.type === 'ORG' && s.why === 'org-cue' && s.confidence === 'weak') {
        s.why = 'fr-national-body';
        s.confidence = 'medium';
      }
    }
  },
};

/** A Roman-numeral ordinal in French spelling: "XVIIIe", "IIIe", "Ier", "XIXème". */
const ROMAN_ORDINAL = /^[IVXLC]+(?:e|er|re|ère|ème|eme)$/;

export const frRomanOrdinal: Rule = {
  id: 'fr-roman-ordinal',
  apply(st) {
    // "au XVIIIe siècle", "dans le XVe arrondissement", "la IIIe République": an ordinal alone is no name
    // (the place-preposition guess made "au XVIIIe" a place).
    for (const s of st.spans()) {
      if (s.t1 - s.t0 === 1 && ROMAN_ORDINAL.test(st.toks[s.t0].text)) st.drop(s);
    }
  },
};
