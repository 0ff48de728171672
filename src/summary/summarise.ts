/**
 * The extractive summary: the key sentences of a text, in reading order, with offsets into the
 * brief's text, plus a one-line who / what / when headline.
 *
 * 1. Candidates (candidates.ts): the NLP layer's sentences cut at line breaks, datelines trimmed
 *    ("(CNN) -- "), junk marked (captions, credits, teasers, list items, bylines, headings, URLs).
 * 2. Each usable sentence gets a score: a linear model over position, length, centrality and form
 *    features (features.ts), with weights fitted on development articles with human reference summaries
 *    (scripts/fit-summary.ts → weights.ts; English its own, the other languages pooled fr + en + de): a
 *    blend of a logistic fit of the ROUGE oracle's picks and a ranking fit of which sentence, after the
 *    lead, gains most over Lead at equal length. The pooled model adds 100 boosted decision stumps (one
 *    feature, one threshold each) fitted on that ranking objective as a residual on the linear score,
 *    so a feature's effect need not be linear (English's own weights have none: they did worse with them).
 * 3. Selection: the page's standfirst first, when its description (og:description, Article.description) is
 *    a sentence of the text (rule "standfirst", standfirstOf: the editors' own summary; plain text has none);
 *    then greedy, best score first, where a candidate's score is lowered by `novelty` × the share
 *    of its content words the summary already holds (fitted with the weights: ROUGE clips repeated
 *    words, so a sentence restating the chosen ones adds little), skipping a sentence that repeats a
 *    chosen one (content-word Jaccard over 0.5), until the word budget is reached: 15 % of the article's
 *    length, between 35 and 50 words (the length of human news summaries: SUMMARY_LENGTH in
 *    scripts/fit-summary.ts), at most 5 sentences.
 *    When the next-best sentence would overshoot the budget by more than a share of its length
 *    (budget.overshoot: half), the summary ends there: a lower-ranked shorter sentence is not taken to fill the budget (such
 *    fillers were chosen for their length, not for what they say; measured out of fold in
 *    scripts/fit-summary.ts). The first 400 candidates are read (the position weight makes later
 *    ones moot).
 */
import type { SummarySentence } from '../brief/schema';
import type { NlpResult, Span } from '../nlp/types';
import { candidates, type Candidate } from './candidates';
import { textWordsFor } from '../nlp/lang/text-words';
import { FEATURE_NAMES, sentenceFeatures, type FeatureCues, type SentenceInput } from './features';
import { buildHeadline } from './headline';
import { stopwordsFor } from './stopwords';
import { scanWords } from './words';
import { SUMMARY_MODEL } from './weights';

export interface Summary {
  sentences: SummarySentence[];
  headline: string;
}

export interface SummariseOptions {
  /** YYYY-MM-DD publication date: the headline's "when" when the text gives no better date. */
  published?: string | null;
  /** Offsets of the text's headings and captions (Article.labels): no sentence inside one is picked. */
  labels?: readonly Span[];
  /** The page's own summary (Article.description): the sentence of the text it gives opens the summary. */
  description?: string | null;
}

const MAX_CANDIDATES = 400;
const REDUNDANT = 0.5;
const MAX_SENTENCES = 5;
const CJK_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u;

/** Content words of `s` (lower case, no stopwords, no numbers); `count` = all words. */
export function contentWords(s: string, stop: Set<string>): string[] & { count?: number } {
  const out: string[] & { count?: number } = [];
  let count = 0;
  scanWords(s, (start, end) => {
    count++;
    const w = s.slice(start, end).toLowerCase();
    const c = w.charCodeAt(0);
    if (c >= 0x1100 && CJK_ONLY.test(w)) {
      // Scripts without spaces: character bigrams stand in for words.
      count += Math.floor(w.length / 2) - 1;
      for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
      return;
    }
    if (w.length < 2 || stop.has(w) || (c >= 48 && c <= 57 && /^\p{N}+$/u.test(w))) return;
    out.push(w);
  });
  out.count = count;
  return out;
}

export interface Scored extends Candidate {
  /** The model's score (higher: more worth a place in the summary). */
  score: number;
  words: string[];
  wordCount: number;
  features: number[];
}

/** The weights for `lang`: its own when fitted, else the pooled ones ('*'), else position only. */
export function weightsFor(lang: string, model = SUMMARY_MODEL): number[] {
  const w = model.weights[lang] ?? model.weights['*'];
  if (w && w.length === FEATURE_NAMES.length) return w;
  return FEATURE_NAMES.map((f) => (f === 'invPos' ? 3 : f === 'short' ? -2 : 0));
}

const cueCache = new Map<string, FeatureCues>();
function cuesFor(lang: string): FeatureCues {
  let c = cueCache.get(lang);
  if (!c) {
    const w = textWordsFor(lang);
    c = { whenWords: new Set(w.whenWords), openers: new Set(w.openers), firstPerson: new Set(w.firstPerson) };
    if (cueCache.size > 20) cueCache.clear();
    cueCache.set(lang, c);
  }
  return c;
}

/** `table[lang]` when the language has weights of its own, else the pooled `table['*']` (what goes with the weights `weightsFor` picks). */
function ownOrPooled<T>(weights: Record<string, number[]>, table: Record<string, T> | undefined, lang: string): T | undefined {
  return table?.[weights[lang] ? lang : '*'];
}

/** A decision stump: [feature index, threshold, value when feature <= threshold, value above]. */
export type Stump = readonly [number, number, number, number];

/**
 * The boosted stumps added to the linear score for `lang` (fitted with its weights; none when the
 * language has no fitted weights of its own and there are no pooled stumps).
 */
export function stumpsFor(lang: string, model: { weights: Record<string, number[]>; stumps?: Record<string, readonly Stump[]> } = SUMMARY_MODEL): readonly Stump[] {
  return ownOrPooled(model.weights, model.stumps, lang) ?? [];
}

/** Sum over stumps of value[feature <= threshold ? 0 : 1]. */
export function stumpScore(features: readonly number[], stumps: readonly Stump[]): number {
  let s = 0;
  for (const [f, t, lo, hi] of stumps) s += features[f] <= t ? lo : hi;
  return s;
}

/** The selection's novelty penalty for `lang` (fitted with its weights; 0 when none). */
export function noveltyFor(lang: string, model: { weights: Record<string, number[]>; novelty?: Record<string, number> } = SUMMARY_MODEL): number {
  return ownOrPooled(model.weights, model.novelty, lang) ?? 0;
}

/** Marks as junk every candidate that lies inside one of `labels` (both in reading order). */
export function markLabels(cands: Candidate[], labels: readonly Span[]): void {
  let k = 0;
  for (const c of cands) {
    while (k < labels.length && labels[k].end <= c.start) k++;
    if (k < labels.length && labels[k].start <= c.start && c.end <= labels[k].end) c.junk = true;
  }
}

/**
 * Every usable (non-junk) candidate with its features and score, in reading order. `labels`: offsets
 * of headings and captions (Article.labels), whose sentences are not candidates; `places`: the place
 * mentions (a place in capitals opening a paragraph is a dateline, trimmed: candidates.ts trimCapsPlace).
 */
export function scoreSentences(
  text: string,
  sentences: readonly Span[],
  lang: string,
  weights = weightsFor(lang),
  stumps = stumpsFor(lang),
  labels: readonly Span[] = [],
  places?: readonly Span[],
): Scored[] {
  const stop = stopwordsFor(lang);
  const all = candidates(text, sentences, MAX_CANDIDATES, places);
  if (labels.length) markLabels(all, labels);
  const usable: Candidate[] = [];
  const inputs: SentenceInput[] = [];
  let paragraph = 0;
  let prevEnd = -1;
  let newPara = true;
  for (const c of all) {
    if (prevEnd >= 0 && text.slice(prevEnd, c.start).includes('\n')) {
      paragraph++;
      newPara = true;
    }
    prevEnd = c.end;
    if (c.junk) continue;
    const t = text.slice(c.start, c.end);
    const ws = contentWords(t, stop);
    usable.push(c);
    inputs.push({ text: t, words: ws, wordCount: ws.count ?? ws.length, paragraph, paraFirst: newPara });
    newPara = false;
  }
  const feats = sentenceFeatures(inputs, cuesFor(lang));
  return usable.map((c, i) => {
    let score = 0;
    for (let k = 0; k < weights.length; k++) score += weights[k] * feats[i][k];
    if (stumps.length) score += stumpScore(feats[i], stumps);
    return { ...c, score, words: inputs[i].words as string[], wordCount: inputs[i].wordCount, features: feats[i] };
  });
}

/** The share of the description's content words a sentence must hold to be its standfirst in other words. */
const PARAPHRASE = 0.6;
/** A sentence that ends with a question mark (before closing quotes). */
const QUESTION_END = /\?["”»’'\s]*$/;

/** Lower-case letter and digit runs, space-joined (how a sentence and the page's description are compared). */
function plainWords(s: string): string[] {
  return s.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The usable sentence the page's own description gives (rule "standfirst"): the first candidate whose
 * words the description holds in a row (a description of one or more whole sentences), or that opens
 * with the description's first 8 words or more (a description cut short). A sentence of fewer than 6
 * words never matches (a generic "Read the latest news" is no standfirst), nor does a question (a
 * teaser: the description may open with one). Else, when the description says it in other words, the
 * sentence that holds the most of its first sentence's content words, if that is PARAPHRASE of them or more.
 * Null when none.
 */
export function standfirstOf(text: string, scored: readonly Scored[], description: string | null | undefined, lang = ''): Scored | null {
  const raw = typeof description === 'string' ? description.slice(0, 2000) : '';
  const d = plainWords(raw);
  if (d.length < 6) return null;
  // The sentences that may be a standfirst: the first 40, of 6 words or more, not a question (a question is
  // the description's teaser, not its summary: "Wie sicher ist unser Stromnetz?").
  const eligible = scored.slice(0, 40).filter((c) => c.wordCount >= 6 && !QUESTION_END.test(text.slice(c.start, c.end)));
  const desc = ` ${d.join(' ')} `;
  // Its first words, up to 12, without its last (a description cut short ends in a cut word: "with gu…").
  const head = ` ${d.slice(0, Math.min(d.length - 1, 12)).join(' ')} `;
  for (const c of eligible) {
    const sent = ` ${plainWords(text.slice(c.start, c.end)).join(' ')} `;
    if (desc.includes(sent) || (d.length > 8 && sent.startsWith(head))) return c;
  }
  // A description in other words than the text's ("Het Nationaal Crisiscentrum en het Secretariaat-Generaal
  // … organiseerden een workshop …" for "… heeft het Nationaal Crisiscentrum (NCCN) … een workshop … georganiseerd"):
  // the sentence holding most of the content words of its first sentence, if it holds PARAPHRASE of them.
  // Words are letter and digit runs, so compounds count by their parts ("Benelux-Generalsekretariat" is
  // Benelux and Generalsekretariat, as "Benelux-Union" and "Generalsekretariat" in the text).
  const stop = stopwordsFor(lang);
  const content = (t: string) => new Set(plainWords(t).filter((w) => w.length > 1 && !stop.has(w) && !/^\p{N}+$/u.test(w)));
  const want = content(raw.split(/(?<=[.!?…])\s+/)[0]);
  if (want.size < 5) return null;
  let best: Scored | null = null;
  let bestShare = PARAPHRASE - 1e-9;
  for (const c of eligible) {
    const has = content(text.slice(c.start, c.end));
    let n = 0;
    for (const w of want) if (has.has(w)) n++;
    if (n / want.size > bestShare) {
      best = c;
      bestShare = n / want.size;
    }
  }
  return best;
}

/** Distinct words of a word list, built once per list (the redundancy check compares a sentence with every chosen one). */
const wordSets = new WeakMap<readonly string[], Set<string>>();
function wordSet(a: readonly string[]): Set<string> {
  let set = wordSets.get(a);
  if (!set) {
    set = new Set(a);
    wordSets.set(a, set);
  }
  return set;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = wordSet(a);
  const B = wordSet(b);
  if (!A.size || !B.size) return 0;
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return inter / (A.size + B.size - inter);
}

export interface Budget {
  /** Share of the article's words. */
  ratio: number;
  min: number;
  max: number;
  /** A sentence is passed over when more than this share of it would fall beyond the budget (1: never). */
  overshoot?: number;
  /** A sentence whose content words overlap a chosen one's by more than this (Jaccard) is a repeat. */
  redundancy?: number;
  /** Score penalty per share of a candidate's content words already in the summary (0: none). */
  novelty?: number;
}

/** How many words the summary aims at for an article of `articleWords` words. */
export function wordBudget(articleWords: number, b: Budget = SUMMARY_MODEL.budget): number {
  return Math.round(Math.min(b.max, Math.max(b.min, b.ratio * articleWords)));
}

/** Share of `a`'s content words (tokens, repeats counted) that `seen` already holds. */
export function coveredShare(a: readonly string[], seen: ReadonlySet<string>): number {
  if (!a.length) return 0;
  let n = 0;
  for (const w of a) if (seen.has(w)) n++;
  return n / a.length;
}

/**
 * Chooses key sentences from scored candidates; reading order. `first` (the page's standfirst), when
 * given, is the first pick. Greedy: at each step the candidate with
 * the best score minus `budget.novelty` × the share of its content words the summary already holds
 * (ROUGE clips repeated words, so a sentence that repeats what is chosen adds little), skipping a
 * repeat (Jaccard), until the word budget is reached.
 */
export function selectSentences(scored: readonly Scored[], budget: Budget = SUMMARY_MODEL.budget, first: Scored | null = null): Scored[] {
  let total = 0;
  for (const s of scored) total += s.wordCount;
  const want = wordBudget(total, budget);
  const lambda = budget.novelty ?? 0;
  const left = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  const picked: Scored[] = [];
  const seen = new Set<string>();
  let words = 0;
  while (left.length && picked.length < MAX_SENTENCES && words < want) {
    let best = 0;
    if (first && !picked.length) best = Math.max(0, left.indexOf(first));
    else if (lambda && picked.length) {
      let bestV = -Infinity;
      for (let i = 0; i < left.length; i++) {
        const v = left[i].score - lambda * coveredShare(left[i].words, seen);
        if (v > bestV) {
          bestV = v;
          best = i;
        }
      }
    }
    const [s] = left.splice(best, 1);
    // A repeat is passed over; a sentence that does not fit ends the summary (a shorter, lower-ranked
    // filler would be chosen for its length, not for what it says).
    if (picked.some((p) => jaccard(p.words, s.words) > (budget.redundancy ?? REDUNDANT))) continue;
    if (picked.length && words + s.wordCount - want > (budget.overshoot ?? 0.5) * s.wordCount) break;
    picked.push(s);
    for (const w of s.words) seen.add(w);
    words += s.wordCount;
  }
  return picked;
}

/** Key sentences (extractive, reading order) and a who/what/when headline. */
export function summarise(text: string, nlp: NlpResult, title = '', opts: SummariseOptions = {}): Summary {
  const places = nlp.places.flatMap((p) => p.mentions);
  const scored = scoreSentences(text, nlp.sentences, nlp.lang, undefined, undefined, opts.labels ?? [], places);
  // The page's standfirst (its description, found in the text) is picked first: the editors' own summary.
  const standfirst = standfirstOf(text, scored, opts.description, nlp.lang);
  const picked = selectSentences(scored, { ...SUMMARY_MODEL.budget, novelty: noveltyFor(nlp.lang) }, standfirst);
  picked.sort((a, b) => a.start - b.start);
  // The headline reads the lead (the standfirst, else the first usable sentence) first: the news lead says who did what, when.
  const top = standfirst ?? scored[0] ?? null;
  const sentences = picked.map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end }));
  const headline = buildHeadline({ text, nlp, title, top, chosen: picked, published: opts.published ?? null });
  return { sentences, headline };
}
