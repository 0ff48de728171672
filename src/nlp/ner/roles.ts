import type { Span } from '../types';
import { roleWordsFor, type RoleFinderWords } from './lang-words';
import type { Lexicon } from './lexicon';
import type { Tok } from './recognise';

/** The role finder's words of one language (LangPack.roleWords + src/nlp/lang/<code>/roles.ts), compiled once per lexicon. */
interface RoleLex {
  nouns: Set<string>;
  suffixes: string[];
  inflections: string[];
  links: Set<string>;
  adjective?: RegExp;
  adjectives: Set<string>;
  adjectivesAfter: boolean;
  articles: Set<string>;
  relPronouns: Set<string>;
  relVerbs: Set<string>;
}

const compiled = new WeakMap<Lexicon, RoleLex>();
/** "Außenminister" and "Aussenminister" (Swiss spelling) are one word. */
const fold = (s: string) => s.replace(/ß/g, 'ss');

function roleLex(lex: Lexicon): RoleLex {
  let rl = compiled.get(lex);
  if (rl) return rl;
  const w: RoleFinderWords = lex.pack.roleFinder ?? roleWordsFor(lex.pack.code);
  const set = (xs: Iterable<string>) => new Set([...xs].map((x) => fold(x.toLowerCase())));
  rl = {
    nouns: set([...lex.roleWords, ...w.nouns]),
    suffixes: w.suffixes.map((x) => fold(x.toLowerCase())).sort((a, b) => b.length - a.length),
    inflections: w.inflections ?? [],
    links: set(w.links),
    adjective: w.adjective,
    adjectives: set(w.adjectives ?? []),
    adjectivesAfter: !!w.adjectivesAfter,
    articles: set(w.articles ?? []),
    relPronouns: set(w.relative?.pronouns ?? []),
    relVerbs: set(w.relative?.verbs ?? []),
  };
  compiled.set(lex, rl);
  return rl;
}

/** A role noun: listed, inflected ("Milliardärs"), a compound ending in one ("Kamervoorzitter", "Sicherheitsberater"), or one part of a hyphenated compound ("InfoWars-Gründer"). */
function isRoleWord(rl: RoleLex, lower: string): boolean {
  const l = fold(lower);
  if (rl.nouns.has(l)) return true;
  // "adjunct-secretaris-generaal", "vice-premier", "Secretary-General", "HNO-Ärztin": a role word as one part of a compound.
  if (l.includes('-')) return l.split('-').some((p) => p && isRoleWord(rl, p));
  for (const suf of rl.suffixes) if (l.length > suf.length + 2 && l.endsWith(suf)) return true;
  for (const inf of rl.inflections) {
    if (l.length > inf.length + 3 && l.endsWith(inf)) {
      const base = l.slice(0, -inf.length);
      if (rl.nouns.has(base)) return true;
      for (const suf of rl.suffixes) if (base.length > suf.length + 2 && base.endsWith(suf)) return true;
    }
  }
  return false;
}

/**
 * True when `word` is a role noun in the lexicon's language, as the role finder reads it (listed, compound,
 * inflected, hyphenated part): for other passes that need to know ("Kamervoorzitter Anouchka" is a role and a name).
 */
export function isRoleNoun(lex: Lexicon, word: string): boolean {
  return isRoleWord(roleLex(lex), word.toLowerCase());
}

function isModifier(lex: Lexicon, lower: string): boolean {
  return lex.roleModifiers.has(lower) || (lower.includes('-') && lower.split('-').every((p) => lex.roleModifiers.has(p) || p === ''));
}

function isAdjective(rl: RoleLex, lex: Lexicon, t: Tok): boolean {
  if (!t.isWord || lex.stop.has(t.lower) || lex.nonEntities.has(t.lower) || lex.personVerbs.has(t.lower)) return false;
  return rl.adjectives.has(t.lower) || (!!rl.adjective && rl.adjective.test(t.core));
}

/**
 * The role the text gives a person at one mention (tokens [t0, t1)), as written. Rules, in order:
 * - "role before the name": "adjunct-secretaris-generaal Michel-Etienne Tilemans", "minister van Binnenlandse
 *   Zaken Ronald Plasterk", "le maire travailliste Sadiq Khan", "der Walliser Staatsrat Mathias Reynard";
 * - "role before the name, set off by a comma": "De burgemeester van Gent, Mathias De Clercq", "le porte-parole du
 *   ministère des Affaires étrangères, Lin Jian", "MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo";
 * - "role in apposition": "Leen Depuyt, waarnemend directeur van het NCCN,", "Kaja Kallas, the European Union's
 *   foreign policy chief,", "Yevhen Zosin, 74, a Kyiv resident";
 * - "role in a relative clause": "Mykola Kalashnyk, who heads the regional administration".
 * null when none.
 */
export function roleAt(lex: Lexicon, toks: Tok[], t0: number, t1: number): Span | null {
  const rl = roleLex(lex);
  return roleBefore(lex, rl, toks, t0, t0) ?? (t0 >= 2 && toks[t0 - 1].text === ',' ? roleBefore(lex, rl, toks, t0, t0 - 1) : null) ?? roleAfter(lex, rl, toks, t1) ?? roleRelative(lex, rl, toks, t1);
}

/** A role phrase ending right before token e (the name, or the comma before it). */
function roleBefore(lex: Lexicon, rl: RoleLex, toks: Tok[], t0: number, e: number): Span | null {
  const sent = toks[t0].sent;
  const direct = e === t0;
  const same = (k: number) => k >= 0 && toks[k].sent === sent;
  // The nearest role noun before e.
  let r = -1;
  for (let k = e - 1; same(k) && e - k <= 10; k--) {
    const t = toks[k];
    if (!t.isWord && t.text !== "'" && t.text !== '’') break;
    if (t.isWord && isRoleWord(rl, t.lower)) {
      r = k;
      break;
    }
    if (lex.personVerbs.has(t.lower)) break;
  }
  if (r < 0) return null;
  // Between the role noun and the name: role words, modifiers, adjectives (after the noun in French), and a
  // linked phrase ("van Binnenlandse Zaken", "du ministère des Affaires étrangères", "for legal affairs").
  let afterLink = false;
  let lowerRun = 0;
  for (let k = r + 1; k < e; k++) {
    const t = toks[k];
    if (t.text === "'" || t.text === '’') continue;
    if (!t.isWord) return null;
    if (rl.links.has(t.lower) || lex.connectors.has(t.lower)) {
      afterLink = true;
      lowerRun = 0;
      continue;
    }
    if (isRoleWord(rl, t.lower) || isModifier(lex, t.lower)) {
      lowerRun = 0;
      continue;
    }
    // After a link only articles ("van de", "of the", "des"): another function word is the sentence going on ("… wird ab …").
    if (afterLink && (lex.determiners.has(t.lower) || rl.articles.has(t.lower) || t.text === "l'" || t.text === 'l’')) continue;
    if (t.cap && afterLink && !lex.nonEntities.has(t.lower)) {
      lowerRun = 0;
      continue;
    }
    if (rl.adjectivesAfter && k - r <= 2 && isAdjective(rl, lex, t)) continue;
    if (afterLink && !t.cap && lowerRun < 3 && !lex.stop.has(t.lower) && !lex.personVerbs.has(t.lower) && !lex.clauseWords.has(t.lower)) {
      lowerRun++;
      continue;
    }
    return null;
  }
  if (e - 1 > r) {
    const last = toks[e - 1];
    if (rl.links.has(last.lower) || lex.connectors.has(last.lower) || lex.stop.has(last.lower)) return null;
    // Without a comma the role ends in a name, a role word or an adjective ("the minister for health met John Smith" has none).
    if (direct && !last.cap && !isRoleWord(rl, last.lower) && !isModifier(lex, last.lower) && !(rl.adjectivesAfter && isAdjective(rl, lex, last))) return null;
  }
  // Before the role noun: more role words, modifiers and adjectives ("Israeli Defence Minister", "die Zermatter
  // Gemeindepräsidentin"). Owners and acronyms ("Albania's", "UN") are left out: they paid nothing on the crisis pages.
  let a = r;
  while (same(a - 1) && toks[a - 1].isWord) {
    const t = toks[a - 1];
    const l = t.lower;
    if (isRoleWord(rl, l) || (isModifier(lex, l) && !lex.stop.has(l))) a--;
    else if (!rl.adjectivesAfter && isAdjective(rl, lex, t) && (t.cap || !t.sentStart)) a--;
    else {
      // A role of a role: "le porte-parole du président, Berik Uali", "the spokeswoman for the governor, X".
      const det = (q: number) => same(q) && (lex.determiners.has(toks[q].lower) || rl.articles.has(toks[q].lower));
      let j = a - 1;
      while (j > a - 3 && det(j)) j--;
      if (!(same(j) && rl.links.has(toks[j].lower))) break;
      let k = j - 1;
      while (k > j - 3 && det(k)) k--;
      if (same(k) && toks[k].isWord && isRoleWord(rl, toks[k].lower)) a = k;
      else break;
    }
  }
  // A lower-case adjective opens the role only after an article ("der amerikanische Aussenminister"), not after a
  // verb ("Am Montag verkündete Staatspräsident X") or anything else.
  if (rl.articles.size) {
    let q = a;
    while (q < r && (lex.stop.has(toks[q].lower) || rl.articles.has(toks[q].lower))) q++;
    const opened = q > a || (a > 0 && same(a - 1) && rl.articles.has(toks[a - 1].lower));
    if (!opened) while (a < r && !toks[a].cap && !lex.roleModifiers.has(toks[a].lower) && isAdjective(rl, lex, toks[a])) a++;
  }
  // Drop leading modifiers that are articles ("der", "die", "seinem").
  while (a < r && (lex.stop.has(toks[a].lower) || rl.articles.has(toks[a].lower)) && !isRoleWord(rl, toks[a].lower)) a++;
  return { start: toks[a].start, end: toks[e - 1].end };
}

/** After the name: ", [age,] [article] modifiers* role ... [of/van/du NAME]" up to the next comma. */
function roleAfter(lex: Lexicon, rl: RoleLex, toks: Tok[], t1: number): Span | null {
  let k = t1;
  if (!(k < toks.length && toks[k].text === ',')) return null;
  const sent = toks[k].sent;
  k++;
  // "Yevhen Zosin, 74, a Kyiv resident": an age in between.
  if (k + 1 < toks.length && /^\d{1,3}$/.test(toks[k].text) && toks[k + 1].text === ',') k += 2;
  let article = false;
  while (k < toks.length && toks[k].sent === sent && lex.stop.has(toks[k].lower) && !isRoleWord(rl, toks[k].lower)) {
    article = article || lex.determiners.has(toks[k].lower);
    k++;
  }
  const start = k;
  let role = false;
  let end = -1;
  let steps = 0;
  let lowerRun = 0;
  let preRole = 0;
  /** A link came after the role ("adviser to Israel Prime Minister Benjamin Netanyahu"): a name after a later role noun is the role's object. */
  let linked = false;
  /** A lower-case word at k continues the role: after a connector, a possessive name, or 1–2 such words. */
  const lowerContext = (k: number) => {
    const prev = toks[k - 1];
    return lex.connectors.has(prev.lower) || rl.links.has(prev.lower) || (prev.cap && prev.core !== prev.text) || (lowerRun > 0 && lowerRun < 3);
  };
  while (k < toks.length && toks[k].sent === sent && steps < 12) {
    const t = toks[k];
    if (!t.isWord && t.text !== "'" && t.text !== '&') break;
    if (isRoleWord(rl, t.lower)) {
      role = true;
      end = k + 1;
    } else if (role && !linked && t.cap && !t.allCaps && !isModifier(lex, t.lower) && isRoleWord(rl, toks[k - 1].lower) && !possessiveName(toks, k)) {
      // "Bordesley Green, Sky reporter Becky Johnson said": a name right after the role noun is another person's
      // (not "X, President Cyril Ramaphosa's special adviser").
      return null;
    } else if ((isModifier(lex, t.lower) && !(role && !t.cap && !lex.stop.has(t.lower) && lowerContext(k))) || lex.connectors.has(t.lower) || lex.stop.has(t.lower) || t.cap || t.text === "'") {
      if (role && (t.cap || t.allCaps)) end = k + 1;
      if (role && (lex.connectors.has(t.lower) || rl.links.has(t.lower))) linked = true;
      if (!role && steps >= 4) break;
      if (role && lex.clauseWords.has(t.lower) && !lex.connectors.has(t.lower)) break;
      // Nouns before the role end at a function word ("a San Diego engineer who provides expert testimony").
      if (!role && preRole > 0 && !t.cap) break;
      // After the role only links and articles go on ("of the", "des", "at"); a verb or an adverb ends it ("wird ab …").
      if (role && !t.cap && lex.stop.has(t.lower) && !lex.connectors.has(t.lower) && !rl.links.has(t.lower) && !lex.determiners.has(t.lower) && !rl.articles.has(t.lower)) break;
    } else if (!role) {
      // "the international justice cluster lead", "the European Union's foreign policy chief": a few nouns before the role noun.
      if (!article || preRole >= 3 || t.cap || lex.personVerbs.has(t.lower) || lex.clauseWords.has(t.lower)) break;
      preRole++;
    } else {
      // Lower-case content after the role ("of the crisis unit", "of civil protection at Spain's interior
      // ministry"): it starts after a connector or a possessive name and runs on for a few words; a verb
      // of saying or a clause word ends it.
      if (!lowerContext(k) || lex.personVerbs.has(t.lower) || lex.clauseWords.has(t.lower)) break;
      end = k + 1;
      lowerRun++;
      k++;
      steps++;
      continue;
    }
    lowerRun = 0;
    k++;
    steps++;
  }
  if (role && end > start) return { start: toks[start].start, end: toks[end - 1].end };
  return null;
}

/** A name of up to three words from k that ends in a possessive ("Cyril Ramaphosa's"). */
function possessiveName(toks: Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j - k < 3 && toks[j].cap && toks[j].sent === toks[k].sent; j++) if (toks[j].core !== toks[j].text) return true;
  return false;
}

/** ", who heads the regional administration", ", qui dirige la préfecture": the clause's verb and object, up to the next punctuation. */
function roleRelative(lex: Lexicon, rl: RoleLex, toks: Tok[], t1: number): Span | null {
  if (!rl.relVerbs.size) return null;
  let k = t1;
  if (k < toks.length && toks[k].text === ',') k++;
  if (!(k + 2 < toks.length && rl.relPronouns.has(toks[k].lower) && rl.relVerbs.has(toks[k + 1].lower))) return null;
  const sent = toks[k].sent;
  const v = k + 1;
  let e = v + 1;
  while (e < toks.length && toks[e].sent === sent && e - v <= 8 && (toks[e].isWord || toks[e].text === "'" || toks[e].text === '’') && !lex.clauseWords.has(toks[e].lower) && !lex.personVerbs.has(toks[e].lower)) e++;
  if (e - v < 2) return null;
  return { start: toks[v].start, end: toks[e - 1].end };
}
