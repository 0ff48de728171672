/**
 * The engine's own context rules: they run on every language's spans, before the language's rules
 * (src/nlp/lang/<code>/rules.ts), and take the language's words from its pack.
 */
import type { RuleSpan } from './recognise';
import type { Rule } from './rules';

/**
 * In a sports result ("Gloucester 21 Bath 12", "Ajax beat PSV", a table row "NEW YORK 74 58 .561") places
 * are teams (ORG). Only in sports texts: "Evacuations by county: Kent 120, Essex 45" are places.
 */
export const sportScores: Rule = {
  id: 'sport-score',
  genre: 'sports',
  apply(st, pack) {
    const { toks, n } = st;
    const out = st.live;
    const versusWords = new Set(pack.versusWords ?? []);
    const notScore = new Set(['%', ...(pack.notScoreAfter ?? [])]);
    const isScore = (k: number) => k < n && /^\d{1,3}$/.test(toks[k].text) && !(k + 1 < n && notScore.has(toks[k + 1].text.toLowerCase()));
    const bySent = new Map<number, RuleSpan[]>();
    for (const s of out) {
      if (s.t1 <= s.t0) continue;
      const l = bySent.get(toks[s.t0].sent) ?? [];
      l.push(s);
      bySent.set(toks[s.t0].sent, l);
    }
    for (const list of bySent.values()) {
      const scored = list.filter((s) => s.type !== 'PER' && isScore(s.t1));
      const versus = list.filter((s, i) => {
        const next = list[i + 1];
        const prev = list[i - 1];
        const vs = (a: RuleSpan, b: RuleSpan) => b.t0 - a.t1 === 1 && versusWords.has(toks[a.t1].lower);
        return (next && vs(s, next)) || (prev && vs(prev, s));
      });
      // A table row of results: a place followed by three or more numbers ("NEW YORK 74 58 .561").
      let nums = 0;
      let words = 0;
      const s0 = toks[list[0].t0].sent;
      for (let k = list[0].t0; k < n && toks[k].sent === s0; k++) {
        if (/^\d/.test(toks[k].text)) nums++;
        else if (toks[k].isWord) words++;
      }
      const tableRow = list.length <= 2 && scored.length >= 1 && nums >= 3 && words <= 4;
      if (scored.length >= 2 || tableRow) for (const s of scored) if (s.type === 'LOC') { s.type = 'ORG'; s.why = 'sport-score'; }
      for (const s of versus) if (s.type === 'LOC' || s.type === 'MISC') { s.type = 'ORG'; s.why = 'sport-score'; }
    }
  },
};

/**
 * "LE POINT SUR LA SITUATION - ...": a known name matched in capitals that opens with an article of the language,
 * with the heading going on in capitals through a function word, is a piece of a heading written in capitals,
 * not the name ("Le Point", the magazine). A name in capitals that stands alone, or next to content words
 * ("THE HAGUE RAISES ...", "NEW YORK AT CALIFORNIA" in a results table), stays.
 */
export const capsHeading: Rule = {
  id: 'caps-heading',
  apply(st) {
    const { lex, toks, n } = st;
    const capsStop = (k: number, sent: number) => k >= 0 && k < n && toks[k].sent === sent && toks[k].allCaps && lex.stop.has(toks[k].lower);
    for (const s of st.live) {
      if (s.t1 - s.t0 < 2 || s.why !== 'gaz') continue;
      if (!lex.determiners.has(toks[s.t0].lower)) continue;
      let caps = true;
      for (let k = s.t0; k < s.t1 && caps; k++) if (toks[k].isWord) caps = toks[k].allCaps;
      const sent = toks[s.t0].sent;
      if (caps && (capsStop(s.t1, sent) || capsStop(s.t0 - 1, sent))) st.drop(s);
    }
  },
};

/** The engine's rules, in order. */
export const ENGINE_RULES: readonly Rule[] = [sportScores, capsHeading];
