/**
 * The rules registry of the NER engine. Every step that finds, types, extends or drops a name is a
 * named rule: the recogniser's span kinds (a span's `why`) and the passes that run over one text's
 * spans after the merge with the tagger (`Rule`, listed per language in src/nlp/lang/<code>/rules.ts,
 * one line per rule, in order). A rule can be switched off by its id (CRISISLENS_DISABLE_RULES=id1,id2,
 * or setDisabledRules() in-process, read here only), which is how `eval:ner -- --ablate` and
 * `eval:pages -- --ablate` measure what each rule is worth. Every span carries the ids of the rules
 * that made or changed it (`RuleSpan.rules`, shown by `analyze --explain`).
 */
import type { NerType } from '../types';
import type { Lexicon } from './lexicon';
import type { LangPack } from './pack';
import type { RuleSpan, Tok } from './recognise';
import { lowerCaseWords, spanOwners } from './token-spans';

/** Kinds of text some rules need: a sports result "Kent 120, Essex 45" is two teams, an evacuation count is two places. */
export type Genre = 'sports' | 'markets' | 'general';

/** Every rule id, and every reason a span records (the rule that made it what it is). */
export const RULE_IDS = [
  // The recogniser's span kinds (recognise.ts, acronyms.ts).
  'gaz', 'org-cue', 'title', 'given', 'acronym', 'acronym-def', 'acronym-long', 'place-noun', 'team', 'loc-cue', 'prep', 'shape', 'compass-place',
  'unknown', 'particles', 'model', 'model-free', 'doc',
  // Shared rules (src/nlp/ner/refine-rules.ts) and the engine's context rules (engine-rules.ts).
  'famous', 'ampersand', 'given-place', 'sport-score', 'surname', 'list-neighbour', 'thing-name', 'shape-thing', 'compound-org', 'quoted-name', 'list-between', 'date-capitals', 'elliptic-compound',
  'caps-heading',
  // Dutch (lang/nl), French (lang/fr), German (lang/de), English (lang/en) rules and the reasons they record.
  'nl-join-names', 'nl-person-noun-trim', 'nl-votes', 'nl-per', 'nl-org', 'nl-loc', 'nl-doc',
  'nl-channel', 'nl-lower-body', 'nl-initials', 'nl-event', 'country-code',
  'fr-team', 'fr-votes', 'fr-per', 'fr-org', 'fr-loc', 'fr-geo-word', 'fr-club', 'fr-channel', 'fr-org-complement',
  'fr-institution', 'fr-geo', 'fr-particles', 'fr-common-acronym', 'fr-context', 'fr-event', 'fr-empire', 'fr-product',
  'fr-lone-org-word', 'fr-administration', 'fr-lower-org-head', 'fr-agency-name', 'fr-national-body', 'fr-roman-ordinal',
  'role-trim', 'de-compound', 'place-head', 'place-genitive', 'org-head', 'role', 'de-surname', 'de-place-list',
  'de-union', 'de-person-evidence', 'de-public-body', 'de-unit-noun', 'de-demonym', 'de-vessel', 'de-initial-dot', 'bracket-number', 'say', 'place-and', 'union',
  'en-headline', 'headline-name', 'gaz-headline', 'dateline', 'table', 'score', 'versus', 'club', 'en-context', 'company',
  'press', 'capital', 'scorecard', 'scorer', 'team-after-country', 'team-cue', 'en-national-side', 'the-team', 'at',
  'club-of-player', 'possessive-name', 'en-lone-org-word', 'en-bill', 'en-product', 'en-headline-company',
  'en-table-header', 'en-ampersand', 'en-demonym', 'en-glued-place', 'en-initial', 'en-trailing-dot',
  'en-demonym-org', 'en-given-before-surname', 'en-faith', 'county',
  'en-irish-o', 'en-month', 'en-club-split', 'doc-team', 'doc-context', 'en-surname', 'en-score', 'en-versus', 'en-club',
  'en-team-cue', 'en-possessive-name', 'en-county', 'en-doc-team', 'en-doc-context', 'en-dateline', 'en-postnominal', 'en-place-prep',
  // Spanish (lang/es) rules.
  'es-names', 'es-portfolio', 'es-org-place', 'es-role-place',
] as const;

/** The id of a rule, and the reason a span records. */
export type RuleId = (typeof RULE_IDS)[number];

/** One named pass over a text's spans. */
export interface Rule {
  id: RuleId;
  /** The rule runs only in texts of this genre (detectGenre). */
  genre?: Exclude<Genre, 'general'>;
  apply(state: SpanState, pack: LangPack): void;
}

let disabled: ReadonlySet<string> | null = null;

/** The rules switched off: CRISISLENS_DISABLE_RULES (comma-separated ids) unless set in-process. The one place this is read. */
export function disabledRules(): ReadonlySet<string> {
  if (!disabled) {
    const env = typeof process !== 'undefined' ? process.env?.CRISISLENS_DISABLE_RULES : undefined;
    disabled = new Set((env ?? '').split(',').map((x) => x.trim()).filter(Boolean));
  }
  return disabled;
}

/** Switch rules off in this process (ablation); null goes back to the environment variable. */
export function setDisabledRules(ids: Iterable<string> | null): void {
  disabled = ids ? new Set(ids) : null;
}

export function ruleEnabled(id: RuleId): boolean {
  const d = disabledRules();
  return d.size === 0 || !d.has(id);
}

/**
 * The spans of one text while the rules run: `live` (the spans; a removed one is empty, t1 = t0),
 * `owner` (per token, the index in `live` of the span holding it, or -1) and what every rule needs.
 */
export class SpanState {
  readonly n: number;
  owner: Int32Array;
  readonly lowerSeen: Set<string>;
  private memo = new Map<unknown, unknown>();
  constructor(
    readonly lex: Lexicon,
    readonly toks: Tok[],
    public live: RuleSpan[],
    readonly genre: Genre,
  ) {
    this.n = toks.length;
    this.owner = spanOwners(this.n, live);
    this.lowerSeen = lowerCaseWords(toks);
  }
  /** Recompute `owner` from `live` (the last listed span holding a token owns it). */
  reown(): void {
    const owner = this.owner;
    owner.fill(-1);
    this.live.forEach((s, i) => {
      for (let k = s.t0; k < s.t1; k++) owner[k] = i;
    });
  }
  /** Per-text data of a language's rules, built once by `make` and shared by the rules that ask with the same key. */
  shared<T>(key: object, make: (st: SpanState) => T): T {
    let v = this.memo.get(key) as T | undefined;
    if (v === undefined) {
      v = make(this);
      this.memo.set(key, v);
    }
    return v;
  }
  /** Add a span over tokens [t0, t1) and give it their ownership. */
  add(t0: number, t1: number, type: NerType, why: RuleId, confidence: RuleSpan['confidence'] = 'medium'): RuleSpan {
    const s: RuleSpan = { type, start: this.toks[t0].start, end: this.toks[t1 - 1].coreEnd, t0, t1, confidence, why };
    for (let k = t0; k < t1; k++) this.owner[k] = this.live.length;
    this.live.push(s);
    return s;
  }
  /** Remove a span: it keeps no tokens and owns none. */
  drop(s: RuleSpan): void {
    for (let k = s.t0; k < s.t1; k++) if (this.owner[k] >= 0 && this.live[this.owner[k]] === s) this.owner[k] = -1;
    s.t1 = s.t0;
  }
  /** Extend span `s` over the span `nx` right after it; `nx` is removed. */
  absorb(s: RuleSpan, nx: RuleSpan): void {
    const t0 = nx.t0;
    const t1 = nx.t1;
    const idx = this.owner[s.t0];
    this.drop(nx);
    s.t1 = t1;
    s.end = this.toks[t1 - 1].coreEnd;
    for (let k = t0; k < t1; k++) this.owner[k] = idx;
  }
  /** Extend span `s` over the free token right before it ("Palestinian" + "Information Ministry", "O'" + "Brien"). */
  extendLeft(s: RuleSpan): void {
    s.t0--;
    s.start = this.toks[s.t0].start;
    this.owner[s.t0] = this.owner[s.t0 + 1];
  }
  /** Give a span a type and the rule that decided it; a weak guess becomes a medium one. */
  retype(s: RuleSpan, type: NerType, why: RuleId): void {
    s.type = type;
    s.why = why;
    if (s.confidence === 'weak') s.confidence = 'medium';
  }
  /** The span holding token i, or null. */
  at(i: number): RuleSpan | null {
    const o = this.owner[i];
    return o >= 0 ? this.live[o] : null;
  }
  /** The spans that still hold tokens. */
  spans(): RuleSpan[] {
    return this.live.filter((s) => s.t1 > s.t0);
  }
}

/**
 * The genre of a text from the language's genre words (LangPack.genreWords): sports when the first
 * sentence names a sport, or when several different words of sport are dense enough.
 */
export function detectGenre(toks: readonly Tok[], pack: LangPack): Genre {
  const g = pack.genreWords;
  const n = toks.length;
  if (!g || !n) return 'general';
  const first = toks[0].sent;
  let hits = 0;
  let strong = 0;
  const distinct = new Set<string>();
  for (let i = 0; i < n; i++) {
    const l = toks[i].lower;
    // The headline names the sport: "SOCCER - ...", "Boxing-Bruno quits".
    if (toks[i].sent === first && (g.sportNames.has(l) || (l.includes('-') && l.split('-').some((x) => g.sportNames.has(x))))) return 'sports';
    if (g.sportWords.has(l)) {
      hits++;
      if (!g.genericSportWords.has(l)) distinct.add(l);
    }
    if (g.strongSportWords.has(l)) strong++;
  }
  // Several different words of sport, densely: an election "win" and "victory" alone do not make a sports text.
  if ((hits >= 5 && distinct.size >= 2 && hits * 60 >= n) || strong >= 2) return 'sports';
  return 'general';
}

/** A span the rule created (no `before`) or changed records the rule's id, after the reason it had before. */
function record(s: RuleSpan, id: RuleId, before?: RuleId): void {
  const r = s.rules ?? (s.rules = before ? [before] : []);
  if (!r.includes(id)) r.push(id);
}

/** Run `rules` in order on the state, skipping switched-off rules and those of another genre; keeps each span's `rules`. */
export function runRules(rules: readonly Rule[], st: SpanState, pack: LangPack): void {
  for (const rule of rules) {
    if (!ruleEnabled(rule.id) || (rule.genre && rule.genre !== st.genre)) continue;
    // What each span was before the rule (field by field: no strings built per span).
    const refs = st.live.slice();
    const m = refs.length;
    const types = new Array<RuleSpan['type']>(m);
    const whys = new Array<RuleId>(m);
    const t0s = new Int32Array(m);
    const t1s = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const x = refs[i];
      types[i] = x.type;
      whys[i] = x.why;
      t0s[i] = x.t0;
      t1s[i] = x.t1;
    }
    rule.apply(st, pack);
    let index: Map<RuleSpan, number> | null = null;
    for (let i = 0; i < st.live.length; i++) {
      const s = st.live[i];
      let k = i < m && refs[i] === s ? i : -1;
      if (k < 0) {
        if (!index) index = new Map(refs.map((x, j) => [x, j]));
        k = index.get(s) ?? -1;
      }
      if (k < 0) record(s, rule.id);
      else if (types[k] !== s.type || whys[k] !== s.why || t0s[k] !== s.t0 || t1s[k] !== s.t1) record(s, rule.id, whys[k]);
    }
  }
}

/** Run a language's rules (default: its pack's list) on spans of one text and return the spans that hold tokens (tests, tools). */
export function applyRules(lex: Lexicon, toks: Tok[], spans: RuleSpan[], rules: readonly Rule[] = lex.pack.rules ?? []): RuleSpan[] {
  const st = new SpanState(lex, toks, spans, detectGenre(toks, lex.pack));
  runRules(rules, st, lex.pack);
  return st.spans();
}

/** The recogniser's span kinds that can be switched off (recognise.ts: its spans of that kind are not made; 'doc': document consistency). */
export const RECOGNISER_RULES: readonly RuleId[] = ['gaz', 'org-cue', 'title', 'given', 'acronym', 'place-noun', 'team', 'loc-cue', 'prep', 'shape', 'compass-place', 'unknown', 'particles', 'doc'];

/** Every rule id that acts on a language's texts: the recogniser's, the engine's context rules, the language's list (in order, once each). */
export function ruleIdsOf(pack: LangPack, engine: readonly Rule[]): RuleId[] {
  return [...new Set<RuleId>([...RECOGNISER_RULES, ...engine.map((r) => r.id), ...(pack.rules ?? []).map((r) => r.id)])];
}
