import type { Lexicon } from './lexicon';
import type { RuleSpan, Tok } from './recognise';

/** An acronym defined in the text next to its expansion: "Nationaal Crisiscentrum (NCCN)", "NCCN (Nationaal Crisiscentrum)". */
export interface AcronymLink {
  /** The expansion's span (a member of the spans list). */
  long: RuleSpan;
  /** The acronym as written. */
  acronym: string;
}

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u;

/** Letters of the acronym can be read off the expansion: its first letter starts one of the expansion's words. */
function plausible(acr: string, longText: string): boolean {
  const first = acr[0].toLowerCase();
  const initials = longText
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s'’-]+/)
    .map((w) => w[0]);
  if (!initials.includes(first)) return false;
  // Most letters of the acronym occur in the expansion (translations change a few: "Krisenzentrum" for NCCN).
  const letters = longText.toLowerCase();
  const acrLetters = acr.toLowerCase().replace(/[^\p{L}]/gu, '');
  let found = 0;
  for (const ch of acrLetters) if (letters.includes(ch)) found++;
  return found * 2 >= acrLetters.length;
}

/**
 * Finds acronym definitions, makes the acronym a span of the expansion's type (ORG when the
 * expansion was only a guess), and returns the links. Mutates and extends `spans`.
 */
export function linkAcronyms(lex: Lexicon, text: string, toks: Tok[], spans: RuleSpan[]): AcronymLink[] {
  void lex;
  const links: AcronymLink[] = [];
  const byEnd = new Map<number, RuleSpan>();
  const byStartTok = new Map<number, RuleSpan>();
  for (const s of spans) {
    byEnd.set(s.t1, s);
    byStartTok.set(s.t0, s);
  }
  const owned = new Int32Array(toks.length).fill(0);
  for (const s of spans) for (let k = s.t0; k < s.t1; k++) owned[k] = 1;
  const added: RuleSpan[] = [];
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i].text !== '(') continue;
    const a = toks[i + 1];
    // "Long Name (ACR)" / "(ACR, …" / "(ACR …"
    if (ACRONYM.test(a.text) && a.allCaps) {
      const long = byEnd.get(i);
      if (long && long.type !== 'PER' && plausible(a.text, text.slice(long.start, long.end))) {
        if (long.confidence === 'weak') {
          long.type = 'ORG';
          long.confidence = 'medium';
        }
        const existing = byStartTok.get(i + 1);
        if (existing) {
          existing.type = long.type;
          existing.confidence = 'strong';
        } else if (!owned[i + 1]) {
          added.push({ type: long.type, start: a.start, end: a.end, t0: i + 1, t1: i + 2, confidence: 'strong', why: 'acronym-def' });
        }
        links.push({ long, acronym: a.text });
        continue;
      }
      // The expansion was not recognised (e.g. French lower-case adjectives): take the capitalised phrase before the bracket.
      if (!long && !owned[i - 1]) {
        let k = i - 1;
        let start = -1;
        while (k >= 0 && i - k <= 7 && toks[k].sent === toks[i].sent && (toks[k].isWord || toks[k].text === "'")) {
          if (lex.stop.has(toks[k].lower) && !lex.connectors.has(toks[k].lower)) break;
          if (owned[k]) break;
          if (toks[k].cap) start = k;
          k--;
        }
        if (start >= 0 && i - start >= 2 && plausible(a.text, text.slice(toks[start].start, toks[i - 1].end))) {
          const s: RuleSpan = { type: 'ORG', start: toks[start].start, end: toks[i - 1].end, t0: start, t1: i, confidence: 'strong', why: 'acronym-long' };
          added.push(s);
          for (let q = start; q < i; q++) owned[q] = 1;
          if (!owned[i + 1]) added.push({ type: 'ORG', start: a.start, end: a.end, t0: i + 1, t1: i + 2, confidence: 'strong', why: 'acronym-def' });
          else {
            const ex = byStartTok.get(i + 1);
            if (ex) ex.type = 'ORG';
          }
          links.push({ long: s, acronym: a.text });
        }
      }
    }
    // "ACR (Long Name)"
    const acrSpan = byEnd.get(i);
    const inner = byStartTok.get(i + 1);
    if (acrSpan && inner && acrSpan.t1 - acrSpan.t0 === 1 && toks[acrSpan.t0].allCaps && toks[inner.t1]?.text === ')' && inner.t1 - inner.t0 >= 2) {
      const acr = toks[acrSpan.t0].text;
      if (plausible(acr, text.slice(inner.start, inner.end))) {
        acrSpan.type = inner.type === 'PER' ? 'ORG' : inner.type;
        if (inner.type === 'PER') inner.type = 'ORG';
        links.push({ long: inner, acronym: acr });
      }
    }
  }
  spans.push(...added);
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
