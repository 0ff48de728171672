import { isGivenName } from '../gazetteers/given-names';
import { NETWORK_PROTOCOL_WORDS } from '../gazetteers/network-protocols';
import type { DateHit, Span } from '../types';
import { agreementWordsFor, type AgreementFinderWords } from './lang-words';
import type { Lexicon } from './lexicon';
import { endsWithAny, type Tok } from './recognise';

/** One mention of a named agreement, with the date the text gives for it. */
export interface AgreementHit extends Span {
  name: string;
  date?: string;
  /** The acronym the text gives the agreement in brackets ("the test-ban treaty (CTBT)"): a name of the agreement, not an organisation. */
  acronym?: string;
}

const OPEN_QUOTES = /^[“"«„‘']$/;
const CLOSE_QUOTES = /^[”"»“’']$/;

/** The agreement finder's words of one language (src/nlp/lang/<code>/agreements.ts) as sets, compiled once per lexicon. */
interface AgreementLex {
  nouns: Set<string>;
  compoundSuffixes: string[];
  minCompoundPrefix: number;
  compoundNot: string[];
  conj: Set<string>;
  genitives: Set<string>;
  topicLinks: Set<string>;
  subjectLinks: Set<string>;
  protocol: Set<string>;
  tech: Set<string>;
  abbreviations: Set<string>;
  adoption: Set<string>;
  subjectParticiple?: RegExp;
  notModifiers: Set<string>;
  founding: string[];
  founded: Set<string>;
  inflected: [string, string][];
}

const compiled = new WeakMap<Lexicon, AgreementLex>();

function agreementLex(lex: Lexicon): AgreementLex {
  let al = compiled.get(lex);
  if (al) return al;
  const w: AgreementFinderWords = lex.pack.agreementFinder ?? agreementWordsFor(lex.pack.code);
  const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  al = {
    nouns: set(w.nouns),
    compoundSuffixes: w.compoundSuffixes.map((x) => x.toLowerCase()).sort((a, b) => b.length - a.length),
    minCompoundPrefix: w.minCompoundPrefix,
    compoundNot: w.compoundNotAgreement.map((x) => x.toLowerCase()),
    conj: set(w.conjunctions),
    genitives: set(w.genitives),
    topicLinks: set(w.topicLinks),
    subjectLinks: set(w.subjectLinks),
    protocol: set(w.protocolWords),
    tech: set([...NETWORK_PROTOCOL_WORDS, ...w.techWords]),
    abbreviations: set(w.abbreviations),
    adoption: set(w.adoption),
    subjectParticiple: w.subjectParticiple,
    notModifiers: set(w.notAgreementModifiers),
    founding: w.founding.map((x) => x.toLowerCase()),
    founded: set(w.founded),
    inflected: Object.entries(w.inflectedEndings ?? {}),
  };
  compiled.set(lex, al);
  return al;
}

function isAgreementWord(lex: Lexicon, al: AgreementLex, t: Tok): { compound: boolean } | null {
  if (!t.isWord) return null;
  if (lex.agreementWords.has(t.lower) || al.nouns.has(t.lower)) return { compound: false };
  const dash = t.lower.lastIndexOf('-');
  if (dash > 0 && lex.agreementWords.has(t.lower.slice(dash + 1))) return { compound: true };
  return endsWithAny(t.lower, lex.agreementSuffixes) || subjectCompound(lex, al, t) ? { compound: true } : null;
}

/**
 * Rule "compound names its subject": one word made of a subject and an agreement noun names a kind of
 * agreement as a name does ("Freihandelsabkommen", "Atomabkommen", "de pandemiewet", "klimaatakkoord");
 * not private contracts or laws of nature ("Mietvertrag", "Naturgesetz"). German compounds are nouns, capitalised.
 */
function subjectCompound(lex: Lexicon, al: AgreementLex, t: Tok): boolean {
  if (!al.compoundSuffixes.length || t.lower.includes('-')) return false;
  if (lex.pack.capitalisedNouns && !t.cap) return false;
  for (const suf of al.compoundSuffixes) {
    if (!t.lower.endsWith(suf)) continue;
    const prefix = t.lower.slice(0, t.lower.length - suf.length);
    if (prefix.length < al.minCompoundPrefix) return false;
    return !al.compoundNot.includes(prefix);
  }
  return false;
}

function yearOf(t: Tok): string | null {
  return /^(1[89]\d\d|20\d\d)$/.test(t.text) ? t.text : null;
}

/**
 * Named agreements (treaties, conventions, memoranda, MoUs, protocols, laws …) with their dates.
 * A head word is reported only when the text names it: capitalised (not just as a German noun),
 * a compound with a name ("Benelux-politieverdrag") or a subject ("Freihandelsabkommen"), a name
 * before or after it ("Benelux Police Treaty", "Verdrag van Maastricht"), the whole in quotes, or,
 * in lower case, by kind plus date ("l'arrêté préfectoral du 10 novembre 2021"), by kind plus subject
 * where the text says it was adopted or signed ("un traité de défense mutuelle, signé en juin"), by an
 * acronym ("the test-ban treaty (CTBT)"), as an organisation's founding treaty, or as the article's
 * subject ("emergency legislation", said again and again). Generic uses ("deze overeenkomsten",
 * "the treaty") are not.
 */
export function findAgreements(lex: Lexicon, text: string, toks: Tok[], dates: DateHit[]): AgreementHit[] {
  const out: AgreementHit[] = [];
  const al = agreementLex(lex);
  const german = !!lex.pack.capitalisedNouns;
  const n = toks.length;
  const inDate = new Int32Array(n).fill(-1);
  if (dates.length) {
    let d = 0;
    for (let i = 0; i < n; i++) {
      while (d < dates.length && dates[d].end <= toks[i].start) d++;
      if (d < dates.length && dates[d].start < toks[i].end && toks[i].start < dates[d].end) inDate[i] = d;
    }
  }
  const nameToken = (t: Tok) => t.cap && !lex.stop.has(t.lower) && !lex.nonEntities.has(t.lower);
  const same = (k: number, sent: number) => k >= 0 && k < n && toks[k].sent === sent;
  /** A lower-case content word: not a function word, not a name, not an agreement noun. */
  const content = (t: Tok) => t.isWord && !t.cap && !lex.stop.has(t.lower) && !lex.clauseWords.has(t.lower) && !/\d/.test(t.text);

  // Rule "article's subject": a lower-case kind with its modifier ("emergency legislation", "emergency law")
  // said three times, or twice with one in the first sentences, is what the article is about.
  const subjectCount = new Map<string, { count: number; firstSent: number }>();
  for (let h = 1; h < n; h++) {
    const mod = subjectModifier(h);
    if (mod < 0) continue;
    const key = toks[mod].lower;
    const c = subjectCount.get(key);
    if (c) c.count++;
    else subjectCount.set(key, { count: 1, firstSent: toks[h].sent });
  }
  const firstSent = n ? toks[0].sent : 0;

  let lastEnd = -1;
  for (let h = 0; h < n; h++) {
    const head = toks[h];
    const aw = isAgreementWord(lex, al, head);
    if (!aw || head.start < lastEnd) continue;
    const sent = head.sent;
    // "Bill Murray", "Mayor Bill de Blasio": a given name before a name is a person, not a bill.
    const next = h + 1 < n && toks[h + 1].sent === sent ? toks[h + 1] : null;
    if (head.cap && next && (next.cap || lex.particles.has(next.lower)) && !lex.agreementLinks.has(next.lower) && isGivenName(head.core)) continue;
    let named = false;
    // Quoted name: “Memorandum van Senningen”.
    let qs = h - 1;
    while (qs >= 0 && h - qs <= 6 && toks[qs].sent === sent && toks[qs].isWord) qs--;
    if (qs >= 0 && toks[qs].sent === sent && OPEN_QUOTES.test(toks[qs].text)) {
      let qe = h + 1;
      while (qe < n && qe - h <= 10 && toks[qe].sent === sent && (toks[qe].isWord || toks[qe].text === "'" || toks[qe].text === '-')) qe++;
      let capInside = false;
      for (let k = qs + 1; k < qe && !capInside; k++) capInside = toks[k].cap;
      if (qe < n && CLOSE_QUOTES.test(toks[qe].text) && qe - (qs + 1) >= 2 && capInside) {
        const start = toks[qs + 1].start;
        const end = toks[qe - 1].end;
        out.push({ start, end, name: text.slice(start, end), date: dateFor(qs + 1, qe) });
        lastEnd = end;
        continue;
      }
    }
    // Left: capitalised modifiers ("Benelux Police Treaty", "Benelux Memorandum").
    let a = h;
    while (a > 0 && toks[a - 1].sent === sent && nameToken(toks[a - 1]) && !toks[a - 1].sentStart && !(german && !isNameLikeGerman(toks[a - 1]))) {
      // "Netanyahu's declaration": a possessive owner is not part of a lower-case agreement's name.
      if (!head.cap && toks[a - 1].core !== toks[a - 1].text) break;
      a--;
    }
    // "the HTTP protocol", "Hypertext Transfer Protocol": network protocols are not agreements.
    if (al.protocol.has(head.lower)) {
      let tech = false;
      for (let k = a; k < h && !tech; k++) tech = al.tech.has(toks[k].lower);
      if (!tech && a === h && h > 0 && toks[h - 1].sent === sent) tech = al.tech.has(toks[h - 1].lower) || (toks[h - 1].allCaps && toks[h - 1].core.length <= 6 && !lex.names.has(toks[h - 1].key));
      if (tech) continue;
    }
    if (a < h) named = true;
    if (aw.compound) {
      const dash = head.core.indexOf('-');
      if (dash > 0 && /^\p{Lu}/u.test(head.core)) named = true; // "Benelux-politieverdrag"
    }
    if (subjectCompound(lex, al, head)) named = true; // "Freihandelsabkommen", "pandemiewet", "Grondwet"

    // Right: connectors/links, names, and (after a topic word) lower-case content words.
    let b = h + 1;
    let topic = false;
    let lastGood = h + 1;
    let rightName = false;
    let nameAfterTopic = false;
    while (b < n && toks[b].sent === sent && b - h <= 18) {
      const t = toks[b];
      if (inDate[b] >= 0 || yearOf(t)) break;
      if (t.text === "'" || t.text === '-') {
        b++;
        continue;
      }
      if (!t.isWord) break;
      // "the agreements the Dutch signed": an article right after the agreement word starts another phrase.
      if (b === h + 1 && lex.determiners.has(t.lower)) break;
      if (lex.clauseWords.has(t.lower) && !lex.agreementLinks.has(t.lower) && !lex.connectors.has(t.lower)) break;
      if (nameToken(t) && !(german && !isNameLikeGerman(t) && !topic)) {
        rightName = rightName || !isAgreementWord(lex, al, t);
        if (topic) nameAfterTopic = true;
        lastGood = b + 1;
        b++;
        continue;
      }
      if (al.conj.has(t.lower)) break; // "the Maastricht Treaty and the Schengen Agreement": two agreements
      if (lex.agreementLinks.has(t.lower) || lex.connectors.has(t.lower)) {
        if (!lex.connectors.has(t.lower) || al.topicLinks.has(t.lower)) topic = true;
        b++;
        continue;
      }
      // After the topic's name, a lower-case word is the sentence going on: "… on Cross-Border Wildfire Response signed last October".
      if (!t.cap && nameAfterTopic && !lex.connectors.has(toks[b - 1].lower)) break;
      if (!t.cap && !lex.stop.has(t.lower) && (topic || (b === h + 2 && al.subjectLinks.has(toks[h + 1].lower)))) {
        lastGood = b + 1;
        b++;
        continue;
      }
      if (german && t.cap && topic) {
        lastGood = b + 1;
        b++;
        continue;
      }
      break;
    }
    // A lower-case head takes a name on its right only through a genitive link ("treaty of Lisbon", not
    // "the trade agreement China signed", "the law in Delaware").
    // Rule "agent, not name": "das Gesetz vom Parlament verabschiedet": the body that adopts it is not its name.
    if (rightName && lastGood < n && al.adoption.has(toks[lastGood].lower) && al.genitives.has(toks[h + 1].lower) && lex.orgWords.has(toks[lastGood - 1].lower)) {
      rightName = false;
      lastGood = h + 1;
    }
    if (rightName && (head.cap || (h + 1 < n && al.genitives.has(toks[h + 1].lower)))) named = true;
    if (!german && head.cap && !head.sentStart && lastGood > h + 1) named = true;
    if (al.abbreviations.has(head.lower) && head.text !== head.lower) named = true; // MoU, MOU; French "mou" is an adjective
    let date: string | undefined;
    if (!named && !head.cap) {
      const lower = lowerCaseAgreement(h);
      if (lower) {
        named = true;
        a = lower.s;
        lastGood = lower.b;
        date = lower.date;
      }
    }
    if (!named) continue;
    const start = toks[a].start;
    const end = toks[lastGood - 1].end;
    // Rule "treaty organisation": "North Atlantic Treaty Organization" is an organisation, not a treaty.
    if (lastGood < n && toks[lastGood].sent === sent && lex.orgWords.has(toks[lastGood].lower) && toks[lastGood].cap) continue;
    if (toks[lastGood - 1].cap && lastGood - 1 > h && lex.orgWords.has(toks[lastGood - 1].lower) && !isAgreementWord(lex, al, toks[lastGood - 1]) && /organi[sz]/i.test(toks[lastGood - 1].lower)) continue;
    const hit: AgreementHit = { start, end, name: baseName(a, lastGood), date: date ?? dateFor(a, lastGood) ?? foundingDate(a, lastGood) };
    // "the test-ban treaty (CTBT)", "the Non-Proliferation Treaty (NPT)": the acronym in brackets names the agreement.
    if (lastGood + 2 < n && toks[lastGood].text === '(' && toks[lastGood + 1].allCaps && toks[lastGood + 2].text === ')') hit.acronym = toks[lastGood + 1].core;
    out.push(hit);
    lastEnd = end;
    h = lastGood - 1;
  }
  return out;

  /** The agreement's name; a one-word compound in its base form ("Grundgesetzes" → "Grundgesetz"), so that its forms are one agreement. */
  function baseName(a: number, b: number): string {
    const name = text.slice(toks[a].start, toks[b - 1].end);
    if (b - a !== 1) return name;
    const lower = toks[a].lower;
    for (const [inf, base] of al.inflected) {
      if (lower.endsWith(inf) && lower.length > inf.length + 2) return name.slice(0, name.length - inf.length) + name.slice(name.length - inf.length, name.length - inf.length + base.length);
    }
    return name;
  }

  /** The lower-case modifier of a kind at h, for the "article's subject" rule; -1 when none. */
  function subjectModifier(h: number): number {
    const head = toks[h];
    if (head.cap && !german) return -1;
    if (!(lex.agreementWords.has(head.lower) || al.nouns.has(head.lower))) return -1;
    const sent = head.sent;
    // Modifier before the kind ("emergency legislation") or after it through a subject link ("loi d'urgence").
    const before = h - 1;
    if (same(before, sent) && content(toks[before]) && !al.notModifiers.has(toks[before].lower) && !isAgreementWord(lex, al, toks[before]) && !lex.roleModifiers.has(toks[before].lower)) {
      if (!german || !toks[before].cap) return before;
    }
    // Not another kind ("projet de loi": a bill, not its subject).
    if (same(h + 2, sent) && al.subjectLinks.has(toks[h + 1].lower) && content(toks[h + 2]) && !al.notModifiers.has(toks[h + 2].lower) && !isAgreementWord(lex, al, toks[h + 2])) return h + 2;
    return -1;
  }

  /**
   * A lower-case agreement the text identifies without a name (rules "kind and date", "kind, subject and
   * adoption", "kind and acronym", "founding treaty", "article's subject"); null when it does not.
   */
  function lowerCaseAgreement(h: number): { s: number; b: number; date?: string } | null {
    const sent = toks[h].sent;
    // Modifiers before the kind: lower-case words ("test-ban treaty", "emergency legislation"), a possessive owner ("Nato's founding treaty").
    let a = h;
    while (a > 0 && h - a < 3 && same(a - 1, sent) && content(toks[a - 1]) && !isAgreementWord(lex, al, toks[a - 1])) a--;
    const det = (k: number) => same(k, sent) && (lex.determiners.has(toks[k].lower) || lex.stop.has(toks[k].lower) || toks[k].core !== toks[k].text);
    // After the kind: adjectives in languages that put them after the noun ("arrêté préfectoral").
    let e = h + 1;
    const adjAfter = lex.pack.adjectiveAfter;
    while (adjAfter && same(e, sent) && e - h <= 2 && content(toks[e]) && adjAfter.test(toks[e].lower) && !al.adoption.has(toks[e].lower)) e++;

    // Rule "kind and date": "l'arrêté préfectoral du 10 novembre 2021", "the law of 12 March 2020", "das Gesetz vom 5. Mai".
    if (det(a - 1) && same(e + 1, sent) && al.genitives.has(toks[e].lower) && inDate[e + 1] >= 0) {
      const d = dates[inDate[e + 1]];
      let last = e + 1;
      while (same(last + 1, sent) && inDate[last + 1] === inDate[e + 1]) last++;
      if (/^\d{4}-\d\d-\d\d$/.test(d.value)) return { s: a, b: last + 1, date: d.value };
    }
    // Rule "kind and acronym": "the test-ban treaty (CTBT)".
    if (a < h && toks[e]?.text === '(' && same(e + 2, sent) && toks[e + 1].allCaps && toks[e + 2].text === ')') {
      return { s: a, b: h + 1 };
    }
    // Rule "founding treaty": "Nato's founding treaty", "le traité fondateur de l'OTAN".
    const found = (k: number) => same(k, sent) && al.founding.some((f) => toks[k].lower === f);
    if ((found(h - 1) && a <= h - 1) || found(h + 1)) {
      const s = found(h - 1) ? h - 1 : h;
      const eb = found(h + 1) ? h + 2 : h + 1;
      return { s, b: eb };
    }
    // Rule "kind, subject and adoption": "un traité de défense mutuelle, signé en juin", "a adopté une loi interdisant …".
    if (det(h - 1) || det(a - 1)) {
      let b = -1;
      // The subject may open with an article ("un accord sur la pêche").
      let f = e + 1;
      while (same(f, sent) && f - e <= 2 && (lex.determiners.has(toks[f].lower) || toks[f].text === "l'" || toks[f].text === 'l’')) f++;
      if (same(f, sent) && (al.subjectLinks.has(toks[e].lower) || al.topicLinks.has(toks[e].lower)) && content(toks[f])) {
        b = f;
        while (same(b, sent) && b - f <= 3 && (content(toks[b]) && !al.adoption.has(toks[b].lower))) b++;
      } else if (al.subjectParticiple && same(e + 1, sent) && al.subjectParticiple.test(toks[e].lower)) {
        b = e + 1;
        while (same(b, sent) && b - e <= 12 && (toks[b].isWord || toks[b].text === "'" || toks[b].text === '’') && !lex.clauseWords.has(toks[b].lower) && !al.conj.has(toks[b].lower) && inDate[b] < 0) b++;
        while (b > e + 1 && (lex.stop.has(toks[b - 1].lower) || al.subjectLinks.has(toks[b - 1].lower))) b--;
      }
      if (b > e + 1 && (toks[b - 1].cap || content(toks[b - 1]))) {
        let adopted = false;
        for (let k = Math.max(0, a - 6); k < Math.min(n, b + 6) && !adopted; k++) adopted = toks[k].sent === sent && al.adoption.has(toks[k].lower);
        if (adopted) return { s: h, b };
      }
    }
    // Rule "article's subject".
    const mod = subjectModifier(h);
    if (mod >= 0) {
      const c = subjectCount.get(toks[mod].lower);
      if (c && (c.count >= 3 || (c.count >= 2 && c.firstSent - firstSent <= 2))) {
        const s = Math.min(mod, h);
        const eb = Math.max(mod, h) + 1;
        return { s, b: eb };
      }
    }
    return null;
  }

  function isNameLikeGerman(t: Tok): boolean {
    // In German only words known as names (or all caps, or compounds with a name) are names.
    return t.allCaps || /^\p{Lu}[\p{L}]*-\p{Lu}/u.test(t.core) || lex.names.has(t.key);
  }

  /** The date the text gives for the agreement spanning tokens [a, b): right before it ("the 2006 Memorandum"), else the first one after it in the clause. */
  function dateFor(a: number, b: number): string | undefined {
    const sent = toks[a].sent;
    // Just before: "the 2008 Treaty", "het 2006 Memorandum".
    for (let k = a - 1; k >= 0 && a - k <= 2 && toks[k].sent === sent; k--) {
      if (inDate[k] >= 0) return dates[inDate[k]].value;
      const y = yearOf(toks[k]);
      if (y) return y;
      if (!toks[k].isWord) break;
    }
    // After, in the same clause, before another agreement word.
    for (let k = b; k < n && k - b <= 14 && toks[k].sent === sent; k++) {
      if (inDate[k] >= 0) return dates[inDate[k]].value;
      const y = yearOf(toks[k]);
      if (y) return y;
      if (isAgreementWord(lex, al, toks[k])) break;
      if (toks[k].text === ';') break;
    }
    return undefined;
  }

  /**
   * Rule "founding treaty": a founding treaty has the date its organisation was founded ("Nato's founding
   * treaty" … "Nato was founded in Washington DC in 1949").
   */
  function foundingDate(a: number, b: number): string | undefined {
    let isFounding = false;
    let owner = -1;
    for (let k = a; k < b; k++) if (al.founding.some((f) => toks[k].lower === f || toks[k].lower.startsWith(f))) isFounding = true;
    if (!isFounding) return undefined;
    const sent = toks[a].sent;
    if (same(a - 1, sent) && toks[a - 1].cap && toks[a - 1].core !== toks[a - 1].text) owner = a - 1;
    for (let k = b; owner < 0 && k < n && k - b <= 4 && toks[k].sent === sent; k++) if (toks[k].cap && !lex.stop.has(toks[k].lower)) owner = k;
    if (owner < 0) return undefined;
    const key = toks[owner].key;
    for (let i = 0; i < n; i++) {
      if (toks[i].key !== key || i === owner) continue;
      const s = toks[i].sent;
      let saw = false;
      for (let k = i + 1; k < n && toks[k].sent === s && k - i <= 20; k++) {
        if (al.founded.has(toks[k].lower)) saw = true;
        else if (saw && inDate[k] >= 0) return dates[inDate[k]].value;
        else if (saw && yearOf(toks[k])) return yearOf(toks[k])!;
      }
    }
    return undefined;
  }
}
