/**
 * The extractive summary: 3–5 key sentences, in reading order, with offsets into the
 * brief's text, plus a one-line who / what / when headline.
 *
 * Scoring (every candidate sentence s, see candidates.ts for what is a candidate):
 *
 *   score(s) = (0.40·centrality + 0.25·entities + 0.25·position + 0.10·title) · length
 *
 * - centrality: cosine between the sentence's TF-IDF vector and the document's (the sum of
 *   all sentence vectors), over content words (lower-cased, per-language stopwords removed;
 *   IDF counts sentences as documents). This is the "how much of the article does this sentence
 *   say" measure of centroid summarisers; it is linear in the text (no sentence pairs), so long
 *   articles cost no more than reading them once. Normalised by the best sentence.
 * - entities: the entities (organisations, people, places, agreements; dates count half) the
 *   sentence mentions, each weighted 1 + ln(its mentions in the whole text), normalised by the
 *   best sentence. Sentences that name who did what, and the article's main actors, rank high.
 * - position: 1 / (1 + 0.25·i) for the i-th candidate: the news lead bias (inverted pyramid).
 * - title: share of the title's content words the sentence contains.
 * - length: 1 for 12–40 words; shorter sentences are scaled by words/12, longer ones by 40/words.
 *
 * Junk (captions, credits, "read more" lines, bare URLs, lines under 5 words or 25 characters,
 * headings without sentence punctuation) is never chosen. Selection is greedy by score, skipping
 * a sentence whose content words overlap an already chosen one by more than 60 % (Jaccard), so
 * repeated leads and pull quotes are not chosen twice. The count is 3 for short articles
 * (< 12 candidates), 4 below 30 candidates, else 5; a text with fewer good sentences gets fewer.
 * Only the first 400 candidates are scored (beyond that the position weight is negligible
 * anyway), which bounds the cost on huge pages.
 */
import type { SummarySentence } from '../brief/schema';
import type { NlpResult, Span } from '../nlp/types';
import { candidates, type Candidate } from './candidates';
import { buildHeadline } from './headline';
import { stopwordsFor } from './stopwords';
import { scanWords } from './words';

export interface Summary {
  sentences: SummarySentence[];
  headline: string;
}

export interface SummariseOptions {
  /** YYYY-MM-DD publication date: the headline's "when" when the text gives no better date. */
  published?: string | null;
}

export const WEIGHTS = { centrality: 0.4, entities: 0.25, position: 0.25, title: 0.1 } as const;
const MAX_CANDIDATES = 400;
const REDUNDANT = 0.6;

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
  score: number;
  words: string[];
  parts: { centrality: number; entities: number; position: number; title: number; length: number };
}

function lengthFactor(n: number): number {
  if (n < 12) return n / 12;
  if (n > 40) return 40 / n;
  return 1;
}

/** Index of the candidate containing offset `at` (binary search), or -1. */
function findSentence(cands: readonly Span[], at: number): number {
  let lo = 0;
  let hi = cands.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < cands[mid].start) hi = mid - 1;
    else if (at >= cands[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Every candidate with its score and score parts (exported for tests and tuning). */
export function scoreSentences(text: string, nlp: NlpResult, title = ''): Scored[] {
  const stop = stopwordsFor(nlp.lang);
  const cands = candidates(text, nlp.sentences, MAX_CANDIDATES);
  if (!cands.length) return [];
  const lastEnd = cands[cands.length - 1].end;

  // Term frequencies per sentence, document frequencies over sentences.
  const words = cands.map((c) => contentWords(text.slice(c.start, c.end), stop));
  const df = new Map<string, number>();
  const tfs = words.map((ws) => {
    const tf = new Map<string, number>();
    for (const w of ws) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    return tf;
  });
  const n = cands.length;
  const idf = (w: string) => Math.log(1 + n / (df.get(w) ?? 1));
  const doc = new Map<string, number>();
  for (const tf of tfs) for (const [w, c] of tf) doc.set(w, (doc.get(w) ?? 0) + c * idf(w));
  let docNorm = 0;
  for (const v of doc.values()) docNorm += v * v;
  docNorm = Math.sqrt(docNorm) || 1;
  const centrality = tfs.map((tf) => {
    let dot = 0;
    let norm = 0;
    for (const [w, c] of tf) {
      const v = c * idf(w);
      dot += v * (doc.get(w) ?? 0);
      norm += v * v;
    }
    return norm ? dot / (Math.sqrt(norm) * docNorm) : 0;
  });

  // Entity weight per sentence: distinct entities, each 1 + ln(mentions in the text).
  const entity = new Array<number>(n).fill(0);
  const groups: { mentions: Span[] }[][] = [nlp.organisations, nlp.people, nlp.places, nlp.agreements];
  const credit = (mentions: readonly Span[], weight: number) => {
    const w = weight * (1 + Math.log(Math.max(1, mentions.length)));
    const seen = new Set<number>();
    for (const m of mentions) {
      if (m.start >= lastEnd) continue;
      const i = findSentence(cands, m.start);
      if (i >= 0 && !seen.has(i)) {
        seen.add(i);
        entity[i] += w;
      }
    }
  };
  for (const g of groups) for (const e of g) credit(e.mentions, 1);
  for (const d of nlp.dates) credit(d.mentions, 0.5);

  const titleWords = new Set(contentWords(title, stop));
  const maxC = Math.max(...centrality) || 1;
  const maxE = Math.max(...entity) || 1;
  return cands.map((c, i) => {
    const ws = words[i];
    const wordCount = ws.count ?? ws.length;
    let inTitle = 0;
    if (titleWords.size) {
      const own = wordSet(ws);
      for (const w of titleWords) if (own.has(w)) inTitle++;
    }
    const parts = {
      centrality: centrality[i] / maxC,
      entities: entity[i] / maxE,
      position: 1 / (1 + 0.25 * c.index),
      title: titleWords.size ? inTitle / titleWords.size : 0,
      length: lengthFactor(wordCount),
    };
    const score =
      (WEIGHTS.centrality * parts.centrality +
        WEIGHTS.entities * parts.entities +
        WEIGHTS.position * parts.position +
        WEIGHTS.title * parts.title) *
      parts.length;
    return { start: c.start, end: c.end, index: c.index, junk: c.junk, score, words: ws, parts };
  });
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

/** How many key sentences a text with `n` usable candidates gets. */
export function summaryLength(n: number): number {
  if (n < 12) return Math.min(3, n);
  if (n < 30) return 4;
  return 5;
}

/** Key sentences (3–5, extractive, reading order) and a who/what/when headline. */
export function summarise(text: string, nlp: NlpResult, title = '', opts: SummariseOptions = {}): Summary {
  const scored = scoreSentences(text, nlp, title);
  const usable = scored.filter((s) => !s.junk);
  const want = summaryLength(usable.length);
  const ranked = [...usable].sort((a, b) => b.score - a.score || a.index - b.index);
  const picked: Scored[] = [];
  for (const s of ranked) {
    if (picked.length >= want) break;
    if (picked.some((p) => jaccard(p.words, s.words) > REDUNDANT)) continue;
    picked.push(s);
  }
  const top = picked[0] ?? null;
  picked.sort((a, b) => a.start - b.start);
  const sentences = picked.map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end }));
  const headline = buildHeadline({ text, nlp, title, top, chosen: picked, published: opts.published ?? null });
  return { sentences, headline };
}
