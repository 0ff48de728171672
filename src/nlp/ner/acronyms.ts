import { isGivenName } from '../gazetteers/given-names';
import type { Lexicon } from './lexicon';
import type { RuleSpan, Tok } from './recognise';
import type { RuleId } from './rules';

/** An acronym defined in the text next to its expansion: "Nationaal Crisiscentrum (NCCN)", "NCCN (Nationaal Crisiscentrum)". */
export interface AcronymLink {
  /** The expansion's span (a member of the spans list). */
  long: RuleSpan;
  /** The acronym as written. */
  acronym: string;
}

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u;
/** How far before "(ACR)" an expansion may start (tokens). */
const MAX_EXPANSION = 14;

const ASCII = /^[\x20-\x7e]*$/;
/** Lower case without accents ("Coördinator" → "coordinator"). */
const fold = (s: string) => (ASCII.test(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());

/** Letters of the acronym can be read off the expansion: its first letter starts one of the expansion's words. */
function plausible(acr: string, longText: string): boolean {
  const first = fold(acr[0]);
  const initials = fold(longText)
    .split(/[\s'’-]+/)
    .map((w) => w[0]);
  if (!initials.includes(first)) return false;
  // Most letters of the acronym occur in the expansion (translations change a few: "Krisenzentrum" for NCCN).
  const letters = fold(longText);
  const acrLetters = fold(acr).replace(/[^\p{L}]/gu, '');
  let found = 0;
  for (const ch of acrLetters) if (letters.includes(ch)) found++;
  return found * 2 >= acrLetters.length;
}

/** A word of an expansion: its folded letters, and whether it is a function word (may be skipped by the acronym). */
interface Word {
  letters: string;
  fn: boolean;
}

/**
 * The acronym's letters read off the words' initials in order: every content word gives its
 * initial (and may give further letters from inside it: "Crisiscentrum" → C, C); function words
 * ("for", "and", "of", "van", "de", "pour", "la", "für", "die") may give their initial or nothing.
 * "National Coordinator for Security and Counterterrorism" ≠ NCTV; "European Maritime Safety
 * Agency" = EMSA; "Agence européenne pour la sécurité maritime" = AESM.
 */
export function initialsMatch(acr: string, words: Word[]): boolean {
  const letters = fold(acr).replace(/[^\p{L}]/gu, '');
  if (!letters.length || !words.length) return false;
  let budget = 400; // bounded search (≤ 14 words, ≤ 10 letters): hostile input stays linear
  const go = (wi: number, ai: number): boolean => {
    if (--budget < 0) return false;
    if (wi === words.length) return ai === letters.length;
    const w = words[wi];
    if (w.fn && go(wi + 1, ai)) return true;
    if (ai >= letters.length || w.letters[0] !== letters[ai]) return false;
    // The initial, then 0.. more letters found in order inside the same word.
    let a = ai + 1;
    let pos = 1;
    if (go(wi + 1, a)) return true;
    if (w.fn) return false;
    while (a < letters.length) {
      const at = w.letters.indexOf(letters[a], pos);
      if (at < 0) return false;
      pos = at + 1;
      a++;
      if (go(wi + 1, a)) return true;
    }
    return false;
  };
  return go(0, 0);
}

/**
 * Finds acronym definitions, makes the acronym a span of the expansion's type (ORG when the
 * expansion was only a guess), and returns the links. Mutates and extends `spans`.
 *
 * The expansion before "(ACR)" is, in order of preference:
 * 1. the longest phrase starting with a capitalised word whose initials spell the acronym
 *    (function words skipped) – it replaces the smaller spans inside it ("National Coordinator"
 *    + "Maritime Safety Agency" guesses);
 * 2. when the acronym is in another language (NCTV after its English name, EMSA after its
 *    German one): the run of capitalised words (joined by function words) right before the
 *    bracket, when it is an organisation by a cue word ("Agency", "Agentur", "Authority") or an
 *    office ("Coordinator for …"), has no given name in it, and the acronym's first letter starts
 *    one of its words;
 * 3. the recogniser's span ending right before the bracket.
 */
export function linkAcronyms(lex: Lexicon, text: string, toks: Tok[], spans: RuleSpan[]): AcronymLink[] {
  const links: AcronymLink[] = [];
  const byEnd = new Map<number, RuleSpan>();
  const byStartTok = new Map<number, RuleSpan>();
  for (const s of spans) {
    byEnd.set(s.t1, s);
    byStartTok.set(s.t0, s);
  }
  const owner: (RuleSpan | null)[] = new Array(toks.length).fill(null);
  for (const s of spans) for (let k = s.t0; k < s.t1; k++) owner[k] = s;
  const dropped = new Set<RuleSpan>();
  const added: RuleSpan[] = [];
  const isFn = (t: Tok) => lex.stop.has(t.lower) || lex.connectors.has(t.lower) || t.text.endsWith("'") || t.text.endsWith('’');
  const wordOf = (t: Tok): Word => {
    const f = fold(t.core);
    return { letters: /^[a-z0-9]*$/.test(f) ? f : f.replace(/[^\p{L}\p{N}]/gu, ''), fn: isFn(t) };
  };
  const orgish = (t: Tok) => {
    if (lex.orgWords.has(t.lower)) return true;
    if (t.lower.includes('-') && t.lower.split('-').some((p) => lex.orgWords.has(p))) return true;
    return false;
  };

  /** First token of the words before the bracket that may belong to an expansion: same sentence, no possessive, at most MAX_EXPANSION. */
  const expansionStart = (i: number): number => {
    let k = i;
    while (k - 1 >= 0 && i - (k - 1) <= MAX_EXPANSION && toks[k - 1].sent === toks[i].sent && toks[k - 1].isWord) {
      if (toks[k - 1].core !== toks[k - 1].text) break; // "Belgium's National Crisis Centre": the possessive is not part of the name
      k--;
    }
    return k;
  };

  /** Make [t0, t1) the organisation's span: replaces the spans inside it. null when a span crosses its edges. */
  const claim = (t0: number, t1: number, why: RuleId): RuleSpan | null => {
    const exact = byStartTok.get(t0);
    if (exact && exact.t1 === t1 && !dropped.has(exact)) return exact;
    for (let q = t0; q < t1; q++) {
      const o = owner[q];
      if (o && !dropped.has(o) && (o.t0 < t0 || o.t1 > t1)) return null;
    }
    for (let q = t0; q < t1; q++) {
      const o = owner[q];
      if (o) dropped.add(o);
    }
    const s: RuleSpan = { type: 'ORG', start: toks[t0].start, end: toks[t1 - 1].coreEnd, t0, t1, confidence: 'strong', why };
    added.push(s);
    for (let q = t0; q < t1; q++) owner[q] = s;
    return s;
  };

  const defineAcronym = (i: number, long: RuleSpan, a: Tok) => {
    const existing = owner[i + 1];
    if (existing && !dropped.has(existing) && existing.t0 === i + 1 && existing.t1 === i + 2) {
      existing.type = long.type;
      existing.confidence = 'strong';
    } else if (!existing || dropped.has(existing)) {
      const s: RuleSpan = { type: long.type, start: a.start, end: a.end, t0: i + 1, t1: i + 2, confidence: 'strong', why: 'acronym-def' };
      added.push(s);
      owner[i + 1] = s;
    }
    links.push({ long, acronym: a.text });
  };

  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i].text !== '(') continue;
    const a = toks[i + 1];
    // "Long Name (ACR)" / "(ACR, …" / "(ACR …"
    if (ACRONYM.test(a.text) && a.allCaps) {
      const from = expansionStart(i);
      // 1. Initials.
      let best = -1;
      const all = toks.slice(from, i).map(wordOf);
      const first = fold(a.text[0]);
      for (let k = from; k < i; k++) {
        const t = toks[k];
        if (!t.cap || all[k - from].fn || all[k - from].letters[0] !== first) continue;
        if (initialsMatch(a.text, all.slice(k - from))) {
          best = k;
          break; // the longest (furthest back) match
        }
      }
      if (best >= 0) {
        const exact = byStartTok.get(best);
        const isExact = !!exact && exact.t1 === i && !dropped.has(exact);
        // A person's name with initials ("John Fitzgerald Kennedy (JFK)") stays a person; guesses become organisations.
        if (isExact && exact!.type === 'PER' && exact!.confidence !== 'weak') {
          // fall through to the other readings
        } else {
          const long = isExact ? exact! : claim(best, i, 'acronym-long');
          if (long) {
            if (long.type === 'PER' || long.type === 'MISC' || long.confidence === 'weak') {
              long.type = 'ORG';
              long.confidence = 'medium';
            }
            defineAcronym(i, long, a);
            continue;
          }
        }
      }
      // 2. A capitalised organisation (or office) name before the bracket, the acronym in another language.
      {
        // The run of capitalised words and function words back from the bracket; its leftmost
        // cue word is the head; before the head only capitalised words and "and" ("National
        // Emergency and Civil Protection Authority", not "Officials from the National …").
        // After the head, up to three lower-case words may follow a function word ("Europees
        // Agentschap voor maritieme veiligheid"); a clause word or a verb of saying ends the run.
        let k = i;
        let lowerWords = 0;
        while (k - 1 >= from) {
          const t = toks[k - 1];
          if (!t.cap && !isFn(t)) {
            if (++lowerWords > 3 || lex.clauseWords.has(t.lower) || lex.personVerbs.has(t.lower)) break;
          }
          k--;
        }
        let head = -1;
        for (let q = k; q < i; q++) {
          const t = toks[q];
          if (!t.cap || isFn(t)) continue;
          // Lower-case words only after "head + function word" (French: an adjective may come
          // first: "Coordinateur national pour …").
          const adj = lex.pack.adjectiveAfter;
          const f = q + 1 < i && adj && !toks[q + 1].cap && adj.test(toks[q + 1].lower) ? q + 2 : q + 1;
          if (orgish(t) || orgCueSuffix(lex, t) || (lex.roleWords.has(t.lower) && f < i && lex.connectors.has(toks[f].lower))) {
            let ok = true;
            for (let r = f; r < i; r++) if (!toks[r].cap && !isFn(toks[r]) && !isFn(toks[f])) ok = false;
            if (!ok) continue;
            head = q;
            break;
          }
        }
        // Before the head: capitalised words only.
        if (head > k) {
          let c = head;
          while (c - 1 >= k && (toks[c - 1].cap || isFn(toks[c - 1]))) c--;
          k = c;
        }
        let start = head;
        if (head >= 0) {
          let q = head;
          while (q - 1 >= k && ((toks[q - 1].cap && !isFn(toks[q - 1])) || ((lex.andWords.has(toks[q - 1].lower) || toks[q - 1].text === '&') && q - 2 >= k && toks[q - 2].cap && !isFn(toks[q - 2])))) {
            q--;
            if (toks[q].cap && !isFn(toks[q])) start = q;
          }
        }
        if (start >= 0) {
          let content = 0;
          let given = false;
          for (let q = start; q < i; q++) {
            const t = toks[q];
            if (isFn(t)) continue;
            content++;
            if (isGivenName(t.core) && !orgish(t)) given = true;
          }
          if (content >= 2 && !given && plausible(a.text, text.slice(toks[start].start, toks[i - 1].end))) {
            const long = claim(start, i, 'acronym-long');
            if (long) {
              if (long.type !== 'ORG' && long.type !== 'LOC') long.type = 'ORG';
              if (long.confidence === 'weak') long.confidence = 'medium';
              defineAcronym(i, long, a);
              continue;
            }
          }
        }
      }
      // 3. The recogniser's span before the bracket.
      const long = byEnd.get(i);
      if (long && !dropped.has(long) && long.type !== 'PER' && plausible(a.text, text.slice(long.start, long.end))) {
        if (long.confidence === 'weak') {
          long.type = 'ORG';
          long.confidence = 'medium';
        }
        defineAcronym(i, long, a);
        continue;
      }
    }
    // "ACR (Long Name)"
    const acrSpan = byEnd.get(i);
    const inner = byStartTok.get(i + 1);
    if (acrSpan && inner && !dropped.has(acrSpan) && !dropped.has(inner) && acrSpan.t1 - acrSpan.t0 === 1 && toks[acrSpan.t0].allCaps && toks[inner.t1]?.text === ')' && inner.t1 - inner.t0 >= 2) {
      const acr = toks[acrSpan.t0].text;
      if (plausible(acr, text.slice(inner.start, inner.end))) {
        acrSpan.type = inner.type === 'PER' ? 'ORG' : inner.type;
        if (inner.type === 'PER') inner.type = 'ORG';
        links.push({ long: inner, acronym: acr });
      }
    }
  }
  if (dropped.size) {
    const kept = spans.filter((s) => !dropped.has(s));
    spans.length = 0;
    spans.push(...kept);
  }
  spans.push(...added.filter((s) => !dropped.has(s)));
  spans.sort((x, y) => x.start - y.start);
  // Other occurrences of a defined acronym take its type.
  const types = new Map(links.map((l) => [l.acronym, l.long.type]));
  for (const s of spans) {
    if (s.t1 - s.t0 === 1) {
      const t = types.get(toks[s.t0].text);
      if (t) s.type = t;
    }
  }
  return links;
}

function orgCueSuffix(lex: Lexicon, t: Tok): boolean {
  const l = t.lower;
  for (const suf of lex.pack.orgSuffixes) if (l.length > suf.length + 1 && l.endsWith(suf)) return true;
  return false;
}
