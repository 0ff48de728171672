import { isGivenName } from '../gazetteers/given-names';
import { COMMON_ACRONYMS } from '../gazetteers/organisations';
import type { Token } from '../tokenize';
import type { NerSpan, NerType, Span } from '../types';
import { ENGINE_RULES } from './engine-rules';
import { isPlainKey, normKey, normKeyLower, type GazType, type Lexicon } from './lexicon';
import { detectGenre, ruleEnabled, runRules, SpanState, type RuleId } from './rules';

/**
 * The rule-based recogniser: gazetteers, cue words, titles, given names and document-level
 * consistency over one text. Linear passes over the tokens (each gazetteer probe is bounded by
 * the longest name), no backtracking.
 */

/** How sure a span is: gazetteer/cue/title evidence is strong; guesses are weak and may be overridden (by the model or the document). */
export type Confidence = 'strong' | 'medium' | 'weak';

export interface RuleSpan extends NerSpan {
  confidence: Confidence;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  /** The rule that made the span what it is ('gaz', 'org-cue', 'title', 'given', 'acronym', 'doc', 'prep', 'shape', …): rules.ts. */
  why: RuleId;
  /** Every rule that made or changed the span, in order (kept by runRules; absent: only `why`). */
  rules?: RuleId[];
}

/** A token with what the engine needs to know about it. */
export interface Tok extends Token {
  /** Text without a possessive "'s". */
  core: string;
  /** End offset without the possessive. */
  coreEnd: number;
  lower: string;
  key: string;
  /** `key` is `lower` itself (ASCII letters and digits, or one ASCII character): keys of such tokens join with a space into the key of the phrase. */
  plainKey: boolean;
  isWord: boolean;
  cap: boolean;
  allCaps: boolean;
  sent: number;
  sentStart: boolean;
}

const LETTER = /^\p{L}/u;

/** A title-case phrase of common words, not a name (LangPack.titleCase): "Tarot Cards", "Let There Be Neon". */
function titleCasePhrase(lex: Lexicon, toks: Tok[], a: number, b: number): boolean {
  const tc = lex.pack.titleCase;
  if (!tc) return false;
  const first = toks[a].lower;
  if (tc.firstNames.has(first) || isGivenName(toks[a].core)) return false;
  return tc.notStart.has(first) || tc.notEnd.has(toks[b - 1].lower);
}

export function annotateTokens(text: string, tokens: Token[], sentences: Span[]): Tok[] {
  const out: Tok[] = [];
  let s = 0;
  let seenWordInSentence = false;
  for (const t of tokens) {
    while (s < sentences.length - 1 && t.start >= sentences[s].end) {
      s++;
      seenWordInSentence = false;
    }
    const tt = t.text;
    const last = tt.charCodeAt(tt.length - 1);
    const poss = (last === 115 || last === 83) && tt.length > 2 && (tt[tt.length - 2] === "'" || tt[tt.length - 2] === '’');
    const core = poss ? tt.slice(0, -2) : tt;
    const c0 = core[0];
    const lower = core.toLowerCase();
    const k0 = core.charCodeAt(0);
    let isWord: boolean;
    let cap: boolean;
    let allCaps = false;
    if (k0 >= 97 && k0 <= 122) {
      // Fast path, ASCII lower-case start: a word, not capitalised (no upper-case copy needed).
      isWord = true;
      cap = false;
    } else {
      // A letter is a character with case, or (for caseless scripts) anything \p{L}.
      const k1 = core.charCodeAt(1);
      // ASCII capital + ASCII lower-case letter: capitalised, certainly not all caps.
      const mixed = k0 >= 65 && k0 <= 90 && k1 >= 97 && k1 <= 122;
      const upper = mixed ? '' : core.toUpperCase();
      isWord = mixed || c0 !== lower[0] || c0 !== upper[0] ? true : LETTER.test(c0);
      cap = isWord && c0 !== lower[0];
      if (!mixed && cap && core.length >= 2 && core === upper) {
        let letters = 0;
        for (let q = 0; q < core.length; q++) if (core[q] !== lower[q]) letters++;
        allCaps = letters >= 2;
      }
    }
    const plainKey = isPlainKey(lower);
    const key = plainKey ? lower : normKeyLower(core, lower);
    const tok: Tok = {
      text: tt,
      start: t.start,
      end: t.end,
      core,
      coreEnd: poss ? t.end - 2 : t.end,
      lower,
      key,
      plainKey,
      isWord,
      cap,
      allCaps,
      sent: s,
      sentStart: false,
    };
    if (isWord && !seenWordInSentence) {
      tok.sentStart = true;
      seenWordInSentence = true;
    }
    out.push(tok);
  }
  // A word right after an opening quote, a colon or a dash also starts a (sub)sentence.
  for (let i = 1; i < out.length; i++) {
    const p = out[i - 1].text;
    if (p.length === 1 && out[i].isWord && out[i].sent === out[i - 1].sent && '“"«„:–—'.includes(p)) {
      const pp = out[i - 2];
      if (!pp || pp.sent !== out[i].sent || pp.sentStart || /^[.:!?]$/.test(pp.text)) out[i].sentStart = true;
    }
  }
  void text;
  return out;
}

interface GazHit {
  end: number;
  type: GazType;
}

/** Longest gazetteer name starting at token i (same sentence), or null. */
function gazAt(lex: Lexicon, toks: Tok[], i: number): GazHit | null {
  const t = toks[i];
  if (!t.isWord && !/^\p{N}/u.test(t.text) && t.text !== "'") return null;
  const cs = lex.caseSensitive.get(t.core);
  const lens = lex.firstLens.get(t.key);
  if (lens) {
    for (const len of lens) {
      const e = i + len;
      if (e > toks.length || toks[e - 1].sent !== t.sent) continue;
      if (len > 1 && toks[e - 1].end - toks[i].start > 120) continue;
      // tokensKey of the cores, without an array per candidate length: when every token's key is plain,
      // the phrase's key is their keys joined by spaces (what normKey of the joined cores gives).
      let plain = t.plainKey;
      let key = t.key;
      for (let k = i + 1; k < e && plain; k++) {
        plain = toks[k].plainKey;
        key += ' ' + toks[k].key;
      }
      if (!plain) {
        let joined = t.core;
        for (let k = i + 1; k < e; k++) joined += ' ' + toks[k].core;
        key = normKey(joined);
      }
      const type = lex.names.get(key);
      if (!type) continue;
      if (!t.cap && !lex.lowerStart.has(key) && !/^\p{N}/u.test(t.text)) continue;
      // An article starts a name only before a capital: "La Réunion", "The Hague", not "La réunion".
      if (len > 1 && lex.stop.has(t.lower) && !toks[i + 1].cap) continue;
      // A long name must not end in a token glued to the next word by a hyphen ("Benelux" in "Benelux-landen" is a token of its own anyway).
      return { end: e, type };
    }
  }
  if (cs) return { end: i + 1, type: cs };
  if (t.cap && lex.pack.baseForms) {
    for (const b of lex.pack.baseForms(t.core)) {
      const type = lex.names.get(normKey(b));
      if (type) return { end: i + 1, type };
    }
  }
  return null;
}

const suffixRes = new WeakMap<string[], RegExp | null>();

/** True when `word` ends with one of `suffixes` and is longer than it (a compound). One regex per list, compiled once. */
export function endsWithAny(word: string, suffixes: string[]): boolean {
  let re = suffixRes.get(suffixes);
  if (re === undefined) {
    re = suffixes.length ? new RegExp(`..(?:${suffixes.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'u') : null;
    suffixRes.set(suffixes, re);
  }
  return !!re && word.length > 3 && re.test(word);
}

/** Organisation evidence in a token: a cue word, a cue word as last part of a compound, or a cue ending. */
function orgCue(lex: Lexicon, t: Tok): boolean {
  if (lex.orgWords.has(t.lower)) return true;
  if (t.lower.includes('-')) {
    // "Crisis-Centre", and a cue word heading a compound title: "Directorate-General", "Secretariat-General".
    const last = t.lower.slice(t.lower.lastIndexOf('-') + 1);
    if (lex.orgWords.has(last)) return true;
    if (t.cap && lex.orgWordTails.has(last) && lex.orgWords.has(t.lower.slice(0, t.lower.indexOf('-')))) return true;
  }
  return t.cap && endsWithAny(t.lower, lex.orgSuffixes);
}

function agreementCue(lex: Lexicon, t: Tok): boolean {
  if (lex.agreementWords.has(t.lower)) return true;
  const last = t.lower.includes('-') ? t.lower.slice(t.lower.lastIndexOf('-') + 1) : t.lower;
  if (lex.agreementWords.has(last)) return true;
  return endsWithAny(t.lower, lex.agreementSuffixes);
}

export interface RecogniseResult {
  spans: RuleSpan[];
  toks: Tok[];
}

/**
 * Find ORG / PER / LOC spans. `extra` are candidate spans from elsewhere (the statistical
 * tagger): they fill what the rules leave open and replace the rules' weak guesses.
 */
export function recognise(lex: Lexicon, toks: Tok[], extra: NerSpan[] = []): RuleSpan[] {
  const n = toks.length;
  const german = !!lex.pack.capitalisedNouns;
  const complements = new Set(lex.pack.nameComplements ?? []);
  const teamOf = new Set(lex.pack.teamOf ?? []);

  // Words the text also writes in lower case are common words, so their capitalised
  // sentence-initial form is no evidence of a name.
  const lowerSeen = new Set<string>();
  for (const t of toks) if (t.isWord && !t.cap) lowerSeen.add(t.lower);

  // Gazetteer hits (longest match, left to right, no overlaps). A one-word hit that is a common
  // word here ("Seine" = "seine" at a sentence start, German "Löwen") is not a name.
  const gaz: (GazHit | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; ) {
    let h = gazAt(lex, toks, i);
    if (h && h.end === i + 1) {
      const t = toks[i];
      if (lex.nonEntities.has(t.lower) || (t.sentStart && (lex.stop.has(t.lower) || lowerSeen.has(t.lower)))) h = null;
    }
    if (h) {
      gaz[i] = h;
      i = h.end;
    } else i++;
  }

  const hyphenLowerTail = (t: Tok) => {
    const k = t.core.lastIndexOf('-');
    return k > 0 && /^\p{Ll}/u.test(t.core.slice(k + 1));
  };
  const nameLike = (i: number) => {
    const t = toks[i];
    if (!t.cap) return false;
    if (hyphenLowerTail(t)) return false; // 'Benelux-landen', 'Minneapolis-based'
    return true;
  };

  // Sentences written in capitals (headlines, tables): capitalisation says nothing there.
  const shout: boolean[] = [];
  {
    const caps: number[] = [];
    const words: number[] = [];
    for (const t of toks) {
      if (!t.isWord) continue;
      words[t.sent] = (words[t.sent] ?? 0) + 1;
      if (t.allCaps) caps[t.sent] = (caps[t.sent] ?? 0) + 1;
    }
    for (let q = 0; q < words.length; q++) shout[q] = (words[q] ?? 0) >= 3 && (caps[q] ?? 0) / words[q] >= 0.6;
  }

  let teamEnd = -1;
  const spans: RuleSpan[] = [];
  const push = (t0: number, t1: number, type: NerType, confidence: Confidence, why: RuleId) => {
    if (t1 <= t0 || !ruleEnabled(why)) return;
    spans.push({ type, start: toks[t0].start, end: toks[t1 - 1].coreEnd, t0, t1, confidence, why });
  };

  const previousWord = (i: number): Tok | null => {
    let k = i - 1;
    if (k >= 0 && toks[k].text === '.' && toks[k].sent === toks[i].sent) k--;
    return k >= 0 && toks[k].sent === toks[i].sent ? toks[k] : null;
  };

  /**
   * An unknown name introduced as a place: "the city of X", "the districts of X and Y", "de gemeente X",
   * "la ville de X", "der Landkreis X" (the second of two coordinated names too).
   */
  const placeContext = (a: number): boolean => {
    if (!lex.placeNouns.size) return false;
    const k = a - 1;
    const p = k >= 0 && toks[k].sent === toks[a].sent ? toks[k] : null;
    if (!p || p.cap || !p.isWord) return false;
    if (lex.placeNouns.has(p.lower)) return true;
    const pp = k > 0 && toks[k - 1].sent === p.sent ? toks[k - 1] : null;
    if (pp && lex.connectors.has(p.lower) && !pp.cap && lex.placeNouns.has(pp.lower)) return true;
    const last = spans[spans.length - 1];
    return !!last && lex.andWords.has(p.lower) && last.t1 === a - 1 && last.why === 'place-noun';
  };

  /** A role compounded on a name: "VVD-fractievoorzitter", "SPD-Chef" (the tail a role word, or ending in one). */
  const roleCompound = (t: Tok): boolean => {
    const d = t.lower.lastIndexOf('-');
    if (d <= 0) return false;
    const tail = t.lower.slice(d + 1);
    if (lex.roleWords.has(tail)) return true;
    for (let q = 1; q + 5 <= tail.length; q++) if (lex.roleWords.has(tail.slice(q))) return true;
    return false;
  };

  const compass = new Set(lex.pack.compassWords ?? []);
  const featureHeads = new Set(lex.pack.featureHeads ?? []);
  const isCommonAtStart = (t: Tok, i: number) =>
    lex.stop.has(t.lower) ||
    lex.nonEntities.has(t.lower) ||
    (t.sentStart && !gaz[i] && (lowerSeen.has(t.lower) || (german && !isGivenName(t.core))));

  /** Classify one segment [a, b) of a run (no connectors inside unless `merged`). */
  const classify = (a: number, b: number, personCue: boolean) => {
    // Trim common words at the edges.
    while (a < b && !gaz[a] && (isCommonAtStart(toks[a], a) || lex.connectors.has(toks[a].lower))) a++;
    // The dot of a trimmed abbreviation is no part of the name: "M. Peskov" → "Peskov" (the title still cues the person).
    while (a < b && toks[a].text === '.' && a > 0 && lex.titles.has(toks[a - 1].lower)) a++;
    while (b > a && !toks[b - 1].cap && !/^\p{N}/u.test(toks[b - 1].text) && !(gaz[a] && gaz[a]!.end >= b)) b--;
    while (b > a && (lex.stop.has(toks[b - 1].lower) || lex.nonEntities.has(toks[b - 1].lower)) && !(gaz[a] && gaz[a]!.end >= b)) b--;
    if (b <= a) return;
    // Whole segment is a known name.
    if (gaz[a] && gaz[a]!.end === b) {
      push(a, b, gaz[a]!.type, 'strong', 'gaz');
      return;
    }
    for (let k = a; k < b; k++) if (agreementCue(lex, toks[k])) return; // an agreement's name (MISC), not ORG/PER/LOC
    // An event or competition ("U.S. Open", "Olympische Spelen", "World Cup"): MISC, not ORG/PER/LOC.
    if (b - a >= 2 && lex.miscWords.has(toks[b - 1].lower)) return;
    // Titles / roles before the name: "Mevrouw Depuyt", "Deputy Secretary-General X".
    let hasOrg = false;
    for (let k = a; k < b; k++) if (orgCue(lex, toks[k])) hasOrg = true;
    if (!hasOrg) {
      let k = a;
      let role = false;
      while (k < b - 1 && (lex.titles.has(toks[k].lower) || lex.roleWords.has(toks[k].lower) || lex.roleModifiers.has(toks[k].lower) || roleCompound(toks[k]))) {
        if (lex.titles.has(toks[k].lower) || lex.roleWords.has(toks[k].lower) || roleCompound(toks[k])) role = true;
        k++;
      }
      if (role && k < b) {
        a = k;
        personCue = true;
      }
    }
    const prev = previousWord(a);
    if (prev && lex.titles.has(prev.lower)) personCue = true;
    // Split the run at k into two names, unless an organisation cue follows k (then the run stays whole).
    const splitAt = (k: number): boolean => {
      for (let q = k; q < b; q++) if (orgCue(lex, toks[q])) return false;
      classify(a, k, false);
      classify(k, b, false);
      return true;
    };
    // A title or role word inside a run starts a person: "Security Council President Tono Eitel" → ORG + PER.
    for (let k = a + 1; k < b - 1; k++) {
      const l = toks[k].lower;
      if ((lex.titles.has(l) || lex.roleWords.has(l)) && toks[k + 1].cap && !lex.connectors.has(toks[k + 1].lower) && !orgCue(lex, toks[k + 1]) && !lex.connectors.has(toks[k - 1].lower)) {
        if (splitAt(k)) return;
        break;
      }
    }
    // A given name inside a run starts the person: "Cultuur Bert Anciaux" → "Cultuur" + "Bert Anciaux",
    // "Binnenlandse Zaken Otto Schily" → ORG + PER.
    if (!personCue && b - a >= 3 && !isGivenName(toks[a].core) && !(gaz[a] && gaz[a]!.end >= b)) {
      for (let k = a + 1; k < b - 1; k++) {
        if (isGivenName(toks[k].core) && !lex.particles.has(toks[k - 1].lower) && !lex.connectors.has(toks[k - 1].lower)) {
          if (splitAt(k)) return;
          break;
        }
      }
    }
    // Leading nationality adjectives are not part of the name: "Britse Concorde", "Amerikaanse National Security Agency".
    if (!hasOrg || !orgCue(lex, toks[a])) {
      // But not before a lone generic organisation word: "Binnenlandse Zaken" is the name, "Zaken" alone is not.
      while (b - a >= 2 && !gaz[a] && lex.demonymSuffixes.length && endsWithAny(toks[a].lower, lex.demonymSuffixes) && !isGivenName(toks[a].core) && !(b - a === 2 && lex.orgWords.has(toks[a + 1].lower))) a++;
    }
    const len = b - a;
    if (shout[toks[a].sent] && !(gaz[a] && gaz[a]!.end >= b)) {
      // Headlines in capitals: only known names.
      for (let k = a; k < b; ) {
        if (gaz[k] && gaz[k]!.end <= b) {
          push(k, gaz[k]!.end, gaz[k]!.type, 'strong', 'gaz');
          k = gaz[k]!.end;
        } else k++;
      }
      return;
    }
    if (hasOrg) {
      if (len === 1 && toks[a].sentStart && lowerSeen.has(toks[a].lower)) return;
      if (len === 1 && german && lex.orgWords.has(toks[a].lower)) return; // "Polizei", "Regierung": generic in German
      let e = b;
      if (lex.pack.adjectiveAfter) {
        // "Union européenne", "Parti socialiste", "Ligue nationale de hockey", "Centre national de crise".
        let k = b;
        let adj = 0;
        while (k < n && toks[k].sent === toks[a].sent && adj < 2 && !toks[k].cap && lex.pack.adjectiveAfter.test(toks[k].lower) && !lex.stop.has(toks[k].lower)) {
          k++;
          adj++;
          e = k;
        }
        const de = toks[k]?.lower;
        if (k + 1 < n && de !== undefined && complements.has(de) && toks[k + 1].sent === toks[a].sent && toks[k + 1].isWord && !toks[k + 1].cap && !lex.stop.has(toks[k + 1].lower) && toks[k + 2]?.text !== "'") {
          e = k + 2;
          if (e < n && !toks[e].cap && lex.pack.adjectiveAfter.test(toks[e].lower) && !lex.stop.has(toks[e].lower)) e++;
        }
      }
      if (german) {
        // German nouns are capitalised: "Polizei Anfang" is the police plus a noun. End after the last cue
        // or the last token that is a name (known, all caps, hyphenated name) or joined by a connector.
        let last = a;
        for (let k = a; k < b; k++) {
          const t = toks[k];
          if (orgCue(lex, t) || t.allCaps || (k > a && lex.connectors.has(toks[k - 1].lower)) || lex.connectors.has(t.lower)) last = k;
          else if (k > last + 0 && !(k === a)) break;
        }
        e = Math.min(e, last + 1);
        while (e > a + 1 && lex.connectors.has(toks[e - 1].lower)) e--;
        if (e < b) {
          if (!(e - a === 1 && lex.orgWords.has(toks[a].lower))) push(a, e, 'ORG', 'strong', 'org-cue'); // "Regierung" alone is generic
          classify(e, b, false);
          return;
        }
      }
      const single = e - a === 1 && lex.orgWords.has(toks[a].lower);
      push(a, e, 'ORG', single ? 'weak' : 'strong', 'org-cue');
      // "Barnett Banks Inc.": the abbreviation's dot belongs to the name.
      if (!single && lex.companyAbbreviations.has(toks[e - 1].lower) && toks[e]?.text === '.' && toks[e].start === toks[e - 1].end) {
        const sp = spans[spans.length - 1];
        sp.end = toks[e].end;
        sp.t1 = e + 1;
      }
      return;
    }
    // "Northern Michigan", "East Texas", "Greater Manchester": a compass word before a known place names a part of
    // it; two compass words after an article name a region ("the North East").
    if (compass.size && compass.has(toks[a].lower) && !toks[a].allCaps && ruleEnabled('compass-place')) {
      let c = a;
      while (c < b && compass.has(toks[c].lower)) c++;
      if (c - a <= 2 && c < b && gaz[c] && gaz[c]!.type === 'LOC' && gaz[c]!.end <= b) {
        const e = gaz[c]!.end;
        push(a, e, 'LOC', 'strong', 'compass-place');
        if (e < b) classify(e, b, false);
        return;
      }
      const art = previousWord(a);
      if (c === b && len === 2 && art && lex.determiners.has(art.lower) && !art.cap) {
        push(a, b, 'LOC', 'medium', 'compass-place');
        return;
      }
    }
    // "Missouri Valley", "Hudson Bay", "Mekong Delta": a known place and a place word after it are one place.
    if (!german && gaz[a] && gaz[a]!.type === 'LOC' && gaz[a]!.end === b - 1 && lex.locWords.has(toks[b - 1].lower) && ruleEnabled('loc-cue')) {
      push(a, b, 'LOC', 'strong', 'loc-cue');
      return;
    }
    if (gaz[a] && gaz[a]!.end < b) {
      // A known name followed by more capitalised words: keep the known part, classify the rest.
      push(a, gaz[a]!.end, gaz[a]!.type, 'strong', 'gaz');
      classify(gaz[a]!.end, b, false);
      return;
    }
    if (personCue || isGivenName(toks[a].core)) {
      if (len === 1 && !personCue && toks[a].sentStart) return; // a lone given name starting a sentence: too ambiguous
      // A person's name holds particles, not other connectors: "Tono Eitel of Germany" → PER + LOC.
      for (let k = a + 1; k < b; k++) {
        if (lex.connectors.has(toks[k].lower) && !lex.particles.has(toks[k].lower) && !toks[k].cap) {
          push(a, k, 'PER', 'strong', personCue ? 'title' : 'given');
          let r = k;
          while (r < b && lex.connectors.has(toks[r].lower) && !toks[r].cap) r++;
          classify(r, b, false);
          return;
        }
      }
      push(a, b, 'PER', 'strong', personCue ? 'title' : 'given');
      return;
    }
    const shouting = shout[toks[a].sent];
    // "Kreis Heinsberg", "County Cork", "Provincie Limburg": a place noun heading an unknown name.
    if (!shouting && !german && len >= 2 && len <= 3 && lex.placeNouns.has(toks[a].lower) && !toks[a].sentStart) {
      push(a, b, 'LOC', 'medium', 'place-noun');
      return;
    }
    if (!shouting && len <= 3 && placeContext(a)) {
      push(a, b, 'LOC', 'medium', 'place-noun');
      return;
    }
    if (len === 1 && toks[a].allCaps && toks[a].core.length <= 6 && toks[a].core.length >= 3 && !shouting && !COMMON_ACRONYMS.has(toks[a].core)) {
      push(a, b, 'ORG', 'medium', 'acronym');
      return;
    }
    if (german || shouting) return;
    // "Canadiens de Montréal", "Yankees de New York": a plural name + de + a place is a team.
    if (teamOf.size && len === 1 && /s$/.test(toks[a].core)) {
      const de = toks[b];
      const k = de && teamOf.has(de.lower) ? b + 1 : -1;
      if (k > 0 && k < n && gaz[k] && gaz[k]!.type === 'LOC' && toks[k].sent === toks[a].sent) {
        push(a, gaz[k]!.end, 'ORG', 'strong', 'team');
        teamEnd = gaz[k]!.end;
        return;
      }
    }
    const lastLower = toks[b - 1].lower;
    if (lex.miscWords.has(lastLower) || endsWithAny(lastLower, lex.demonymSuffixes)) return; // "World Cup", "South Korean"
    if (lex.locWords.has(lastLower) && len >= 2) {
      push(a, b, 'LOC', 'weak', 'loc-cue'); // "Wall Street", "Tamil Nadu"? no: only cue nouns
      return;
    }
    for (let k = a; k < b; k++) if (toks[k].allCaps || /\p{N}/u.test(toks[k].core)) return;
    if (len === 1 && prev && lex.placePreps.has(prev.lower) && !toks[a].sentStart) {
      push(a, b, 'LOC', 'weak', 'prep');
      return;
    }
    if (len >= 2 && len <= 4) {
      if (titleCasePhrase(lex, toks, a, b)) return;
      push(a, b, 'PER', 'weak', 'shape');
      return;
    }
    if (len === 1 && !toks[a].sentStart) push(a, b, 'MISC', 'weak', 'unknown');
  };

  // Runs of capitalised words (gazetteer hits are atomic), joined by connectors.
  let i = 0;
  while (i < n) {
    if (!gaz[i] && !nameLike(i)) {
      i++;
      continue;
    }
    const sent = toks[i].sent;
    const segs: [number, number][] = [];
    let segStart = i;
    let j = i;
    const gaps: string[] = [];
    for (;;) {
      if (gaz[j]) j = gaz[j]!.end;
      else if (j < n && toks[j].sent === sent && nameLike(j)) {
        // An initial inside a name: "Thomas L. Friedman", "J. Smith".
        if (toks[j].core.length === 1 && toks[j + 1]?.text === '.' && j + 2 < n && toks[j + 2].sent === sent && nameLike(j + 2)) j += 2;
        else j++;
      } else break;
      if (toks[j - 1].core !== toks[j - 1].text) break; // a possessive ends the name: "Agriculture Department's Drazek"
      if (j < n && toks[j].sent === sent && (gaz[j] || nameLike(j))) continue; // adjacent
      // Connectors ("van de", "of the", "&").
      let k = j;
      while (k < n && k - j < 3 && toks[k].sent === sent && (lex.connectors.has(toks[k].lower) || toks[k].text === '&' || toks[k].lower === "d'" || toks[k].lower === "l'")) k++;
      if (k > j && k < n && toks[k].sent === sent && (gaz[k] || nameLike(k))) {
        segs.push([segStart, j]);
        gaps.push(toks.slice(j, k).map((t) => t.lower).join(' '));
        segStart = k;
        j = k;
        continue;
      }
      break;
    }
    segs.push([segStart, j]);
    const runEnd = j;
    if (segs.length === 1) {
      classify(i, runEnd, false);
    } else {
      // Keep connectors only when the whole is known, or the head is an organisation, or a person's name with particles.
      const whole = gaz[i] && gaz[i]!.end === runEnd;
      let head = segs[0];
      let headOrg = false;
      for (let k = head[0]; k < head[1]; k++) if (orgCue(lex, toks[k])) headOrg = true;
      // A leading common word must not count as the head ("Het Ministerie van ...": trimmed in classify).
      const headIsPerson =
        gaps.every((g) => lex.particles.has(g)) &&
        segs.length === 2 &&
        segs[1][1] - segs[1][0] === 1 &&
        !toks[segs[1][0]].allCaps &&
        (isGivenName(toks[head[1] - 1].core) || (previousWord(head[0]) && lex.titles.has(previousWord(head[0])!.lower)));
      // "X and Y" joins two names unless the first part is not a name of its own ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties").
      const isAnd = (g: string) => lex.andWords.has(g.split(' ')[0]);
      let andSplits = false;
      gaps.forEach((g, gi) => {
        if (!isAnd(g)) return;
        const [p0, p1] = segs[gi];
        const [q0, q1] = segs[gi + 1];
        let prevOrg = !!(gaz[p0] && gaz[p0]!.end === p1);
        let nextOrg = !!gaz[q0];
        for (let k = p0; k < p1; k++) if (orgCue(lex, toks[k])) prevOrg = true;
        for (let k = q0; k < q1; k++) if (orgCue(lex, toks[k])) nextOrg = true;
        if (prevOrg && gi > 0) andSplits = true;
        if (gi === 0 || nextOrg) andSplits = true;
      });
      const andOnly = andSplits;
      // "Devon and Cornwall Police", "Avon and Somerset Constabulary": two places and the body they share.
      const sharedBody =
        segs.length === 2 && isAnd(gaps[0]) && gaps[0].split(' ').length === 1 && head[1] - head[0] === 1 && (!gaz[head[0]] || (gaz[head[0]]!.type === 'LOC' && gaz[head[0]]!.end === head[1])) && !isGivenName(toks[head[0]].core) &&
        segs[1][1] - segs[1][0] === 2 && gaz[segs[1][0]]?.type === 'LOC' && gaz[segs[1][0]]!.end === segs[1][0] + 1 && lex.orgWords.has(toks[segs[1][0] + 1].lower);
      // A preposition of place before a known place ends an organisation's name.
      // ("in The Hague": the article may sit in the gap, and start the known name.)
      const placeAt = (gi: number) => (gaz[segs[gi][1] + 1]?.type === 'LOC' ? segs[gi][1] + 1 : gaz[segs[gi + 1][0]]?.type === 'LOC' ? segs[gi + 1][0] : -1);
      const placeAfter = gaps.findIndex((g, gi) => lex.placePreps.has(g.split(' ')[0]) && placeAt(gi) >= 0);
      // "Strait of Hormuz", "Gulf of Aden": a natural feature's head word, "of" and its name are one place; the
      // name is the next segment only ("the Strait of Hormuz on Monday").
      const featureOf =
        featureHeads.size && head[1] - head[0] === 1 && featureHeads.has(toks[head[0]].lower) && !isAnd(gaps[0]) && gaz[segs[1][0]]?.type !== 'ORG' && segs[1][1] - segs[1][0] <= 3 && ruleEnabled('loc-cue');
      if (whole) push(i, runEnd, gaz[i]!.type, 'strong', 'gaz');
      else if (sharedBody && ruleEnabled('org-cue')) push(i, runEnd, 'ORG', 'strong', 'org-cue');
      else if (featureOf && !headOrg) {
        push(i, segs[1][1], 'LOC', 'medium', 'loc-cue');
        for (const [a, b] of segs.slice(2)) classify(a, b, false);
      } else if (headOrg && !andOnly && placeAfter >= 0 && ruleEnabled('loc-cue')) {
        // "the International Court of Justice in The Hague": the organisation, then the known place it sits in.
        classify(i, segs[placeAfter][1], false);
        classify(placeAt(placeAfter), runEnd, false);
      } else if (headOrg && !andOnly) {
        // "Ministerie van Binnenlandse Zaken", "General Secretariat of the Benelux Union"; but "Commissie en Frankrijk" splits.
        classify(i, runEnd, false);
      } else if (headIsPerson) {
        let a = i;
        while (a < runEnd && isCommonAtStart(toks[a], a)) a++;
        if (a < runEnd) push(a, runEnd, 'PER', 'strong', 'particles');
      } else {
        for (const [a, b] of segs) classify(a, b, false);
      }
      head = segs[0];
    }
    i = Math.max(runEnd, teamEnd);
  }

  return consolidate(lex, toks, spans, extra, gaz);
}

/** Document-level consistency and merging with the tagger's spans. */
function consolidate(lex: Lexicon, toks: Tok[], spans: RuleSpan[], extra: NerSpan[], gaz: (GazHit | null)[]): RuleSpan[] {
  const fill = lex.pack.tagger === 'fill';
  const n = toks.length;
  // Token boundaries by binary search (tokens are ordered and disjoint): no per-token maps.
  const firstEndingAtOrAfter = (x: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].end < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Index of the token starting at `x`, or undefined. */
  const tokAt = (x: number): number | undefined => {
    const i = firstEndingAtOrAfter(x + 1);
    return i < n && toks[i].start === x ? i : undefined;
  };
  /** 1 + index of the token ending (with or without its possessive 's) at `x`, or undefined. */
  const tokEnd = (x: number): number | undefined => {
    const i = firstEndingAtOrAfter(x);
    return i < n && (toks[i].end === x || toks[i].coreEnd === x) ? i + 1 : undefined;
  };

  // Tagger spans: take those that agree with token boundaries.
  const fromModel: RuleSpan[] = [];
  for (const e of extra) {
    if (e.type === 'MISC') continue;
    const t0 = tokAt(e.start);
    const t1 = tokEnd(e.end);
    if (t0 === undefined || t1 === undefined || t1 <= t0) continue;
    // Names start with a capital (or a particle); German common nouns are not names.
    if (!toks[t0].cap && !lex.particles.has(toks[t0].lower)) continue;
    if (t1 - t0 === 1 && (lex.stop.has(toks[t0].lower) || lex.nonEntities.has(toks[t0].lower) || (lex.pack.commonNounSuffix?.test(toks[t0].lower) ?? false))) continue;
    fromModel.push({ ...e, t0, t1, confidence: 'medium', why: 'model' });
  }

  // Merge: strong rule spans first, then model spans, then weak/medium rule spans where free.
  const owner = new Int32Array(n).fill(-1);
  const out: RuleSpan[] = [];
  const free = (s: RuleSpan) => {
    for (let k = s.t0; k < s.t1; k++) if (owner[k] >= 0) return false;
    return true;
  };
  const take = (s: RuleSpan) => {
    for (let k = s.t0; k < s.t1; k++) owner[k] = out.length;
    out.push(s);
  };
  // Rule kinds the language lets the tagger overrule (LangPack.modelOverrides): such a span stands
  // only where the tagger found exactly the same name; elsewhere the tagger's reading (or its silence) wins.
  const overrides = lex.pack.modelOverrides;
  if (overrides?.length && fromModel.length) {
    const same = new Set(fromModel.map((m) => `${m.t0}:${m.t1}:${m.type}`));
    spans = spans.filter((s) => s.confidence === 'weak' || !overrides.includes(s.why) || same.has(`${s.t0}:${s.t1}:${s.type}`));
  }
  for (const s of spans) if (s.confidence === 'strong' && free(s)) take(s);
  for (const s of spans) if (s.confidence === 'medium' && free(s)) take(s);
  applyKnownForms();
  for (const s of spans) {
    if (s.confidence !== 'weak' || !free(s)) continue;
    if (s.confidence === 'weak' && fromModel.length && (s.type === 'MISC' || fill)) {
      // Model spans inside the weak span replace it (for 'unknown' taggers only its people).
      const inside = fromModel.filter((m) => m.t0 >= s.t0 && m.t1 <= s.t1 && (fill || m.type === 'PER'));
      if (inside.length) {
        for (const m of inside) if (free(m)) take({ ...m, confidence: 'weak', why: 'model' });
        continue;
      }
    }
    take(s);
  }
  if (fill) for (const m of fromModel) if (free(m)) take({ ...m, confidence: 'weak', why: 'model-free' });
  applyKnownForms();
  // The named rules: the engine's context rules, then the language's (src/nlp/lang/<code>/rules.ts).
  const st = new SpanState(lex, toks, out, detectGenre(toks, lex.pack));
  runRules(ENGINE_RULES, st, lex.pack);
  if (lex.pack.rules) runRules(lex.pack.rules, st, lex.pack);
  return st.live.filter((s) => s.t1 > s.t0 && s.type !== 'MISC').sort((a, b) => a.start - b.start);

  /** Document consistency: a surface form labelled with evidence is labelled the same everywhere. */
  function applyKnownForms() {
  if (!ruleEnabled('doc')) return;

  const known = new Map<string, NerType>();
  /** Capitalisation of a known form after its first word: "La Réunion" is known, "La réunion" is a meeting. */
  const capsOf = new Map<string, string>();
  const capsPattern = (t0: number, t1: number) => {
    let p = '';
    for (let q = t0 + 1; q < t1; q++) p += toks[q].cap ? '1' : '0';
    return p;
  };
  const byFirst = new Map<string, number[]>();
  const keyOf = (t0: number, t1: number) => {
    if (t1 - t0 === 1) return toks[t0].key;
    let k = toks[t0].key;
    for (let q = t0 + 1; q < t1; q++) k += ' ' + toks[q].key;
    return k;
  };
  for (const s of out) {
    if (s.confidence === 'weak' || s.type === 'MISC') continue;
    const k = keyOf(s.t0, s.t1);
    if (!known.has(k)) {
      known.set(k, s.type);
      capsOf.set(k, capsPattern(s.t0, s.t1));
      const f = toks[s.t0].key;
      const l = byFirst.get(f) ?? [];
      if (!l.includes(s.t1 - s.t0)) l.push(s.t1 - s.t0);
      l.sort((a, b) => b - a);
      byFirst.set(f, l);
    }
    // Surnames of people: "Depuyt" alone is the same person.
    if (s.type === 'PER' && s.t1 - s.t0 >= 3) {
      // "Anneke de Vries" → "De Vries" / "de Vries" alone is the same person.
      for (let p = s.t0 + 1; p < s.t1 - 1; p++) {
        if (!lex.particles.has(toks[p].lower)) continue;
        const pk = keyOf(p, s.t1);
        if (!known.has(pk)) {
          known.set(pk, 'PER');
          const l = byFirst.get(toks[p].key) ?? [];
          if (!l.includes(s.t1 - p)) l.push(s.t1 - p);
          l.sort((a, b) => b - a);
          byFirst.set(toks[p].key, l);
        }
        break;
      }
    }
    if (s.type === 'PER' && s.t1 - s.t0 >= 2) {
      const last = toks[s.t1 - 1];
      if (last.cap && !lex.stop.has(last.lower)) {
        const lk = last.key;
        if (!known.has(lk)) {
          known.set(lk, 'PER');
          const l = byFirst.get(lk) ?? [];
          if (!l.includes(1)) l.push(1);
          l.sort((a, b) => b - a);
          byFirst.set(lk, l);
        }
      }
    }
  }
  // Weak spans that the document knows better.
  for (const s of out) {
    if (s.confidence !== 'weak') continue;
    const k = keyOf(s.t0, s.t1);
    const t = known.get(k);
    if (t) {
      s.type = t;
      s.confidence = 'medium';
      s.why = 'doc';
    }
  }
  // Unlabelled occurrences of known forms.
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0 || !(toks[i].cap || (lex.particles.has(toks[i].lower) && toks[i + 1]?.cap))) continue;
    const lens = byFirst.get(toks[i].key);
    if (!lens) continue;
    for (const len of lens) {
      const e = i + len;
      if (e > n || toks[e - 1].sent !== toks[i].sent) continue;
      const k = keyOf(i, e);
      const type = known.get(k);
      if (!type) continue;
      const caps = capsOf.get(k);
      if (caps !== undefined && caps !== capsPattern(i, e)) continue;
      let ok = true;
      for (let q = i; q < e; q++) if (owner[q] >= 0) ok = false;
      // Do not cut a longer capitalised name: the next token must not be capitalised.
      if (e < n && toks[e].cap && toks[e].sent === toks[i].sent && !gaz[e]) ok = false;
      if (!ok) continue;
      const s: RuleSpan = { type, start: toks[i].start, end: toks[e - 1].coreEnd, t0: i, t1: e, confidence: 'medium', why: 'doc' };
      take(s);
      i = e - 1;
      break;
    }
  }
  }
}
