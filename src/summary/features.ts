/**
 * What the summary's sentence model sees of each usable candidate sentence (junk removed), in
 * reading order. Every feature is a number in a small range; the weights come from
 * scripts/fit-summary.ts (logistic regression on the development articles, see weights.ts).
 *
 * - position: first / second / third usable sentence, 1/(1+i), i/(n-1), first of its paragraph,
 *   1/(1+paragraph index) — the news lead bias (inverted pyramid);
 * - length: ln(words), under 8 words, words over 35 (per 35);
 * - content: TF-IDF cosine with the whole text (how much of the article the sentence says),
 *   relative to the best sentence; cosine with the first sentence (a later sentence that only
 *   repeats the lead adds little, one that continues its topic may); per word: density (the share of
 *   the other sentences holding each of its content words, averaged) and keywords (the share of its
 *   content words among the article's 10 words found in the most sentences) — centrality per word
 *   rather than per sentence, since a summary is judged at its length;
 * - form: a quotation, opening with a quotation mark, a question, a digit, the share of capitalised
 *   words (name lists and rosters), a colon, commas per word (enumerations of places or names, which
 *   are central and capitalised but seldom what a summary says);
 * - cues (lang/<code>/text-words.ts): a day, month or "yesterday" word (the sentence says when), a
 *   pronoun or demonstrative opening it (it continues the one before), a first-person word (speech: a
 *   witness's or official's reaction, quoted or not, rather than the reporter's account of the news;
 *   the pooled model reads the last two, English's own weights hold 0 for them);
 * - crossings with the first sentence (its length, centrality and capitals: a short scene-setting
 *   opener "The video went viral." is not the lead's news) and centrality × 1/(1+i).
 */
import { scanWords } from './words';

export const FEATURE_NAMES = [
  'bias',
  'first',
  'second',
  'third',
  'invPos',
  'relPos',
  'paraFirst',
  'invPara',
  'logWords',
  'short',
  'long',
  'centrality',
  'centralityRel',
  'simFirst',
  'quote',
  'startQuote',
  'question',
  'digit',
  'caps',
  'colon',
  'firstLogWords',
  'firstCentral',
  'posCentral',
  'firstCaps',
  'when',
  'opener',
  'density',
  'keywords',
  'firstPerson',
  'commas',
] as const;

/** The language's cue words (src/nlp/lang/<code>/text-words.ts). */
export interface FeatureCues {
  whenWords: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  /** First-person pronouns and determiners; an entry ending in an apostrophe is an elided or contracted form ("j'", "i'"). */
  firstPerson?: ReadonlySet<string>;
}

export interface SentenceInput {
  /** The sentence text. */
  text: string;
  /** Content words (lower case, no stopwords). */
  words: readonly string[];
  /** All words. */
  wordCount: number;
  /** Paragraph index (0-based) in the text. */
  paragraph: number;
  /** First sentence of its paragraph. */
  paraFirst: boolean;
}

const QUOTE = /["“”„«»]/;
const START_QUOTE = /^["“„«‘']/;

function tfidfVectors(sents: readonly SentenceInput[], df = new Map<string, number>()): Map<string, number>[] {
  const tfs = sents.map((s) => {
    const tf = new Map<string, number>();
    for (const w of s.words) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    return tf;
  });
  const n = sents.length;
  for (const tf of tfs) for (const [w, c] of tf) tf.set(w, c * Math.log(1 + n / (df.get(w) ?? 1)));
  return tfs;
}

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

function cosine(a: Map<string, number>, an: number, b: Map<string, number>, bn: number): number {
  if (!an || !bn) return 0;
  let dot = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const [w, x] of small) dot += x * (big.get(w) ?? 0);
  return dot / (an * bn);
}

/** A word's first code unit is a capital: ASCII by range, anything else as `ch !== lower && ch === upper`. */
function capitalAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * One scan of a sentence's words: the share of capitalised words after the first (name lists,
 * rosters), and the cue words: a "when" word anywhere, an opener as first word, a first-person word
 * anywhere (a word written in capitals, "US", is an acronym, not a pronoun).
 */
function formOf(s: string, cues: FeatureCues | undefined): { caps: number; when: number; opener: number; firstPerson: number } {
  let words = 0;
  let caps = 0;
  let when = 0;
  let opener = 0;
  let firstPerson = 0;
  const fp = cues?.firstPerson;
  scanWords(s, (start, end) => {
    words++;
    if (words > 1 && capitalAt(s, start)) caps++;
    // Nothing left to find: no word needs slicing and lower-casing.
    if (!cues || (when && (!fp || firstPerson))) return;
    const w = s.slice(start, end).toLowerCase();
    if (!when) {
      if (words === 1 && cues.openers.has(w)) opener = 1;
      if (cues.whenWords.has(w)) when = 1;
    }
    if (fp && !firstPerson) {
      const apo = w.search(/['’]/);
      // "j'ai", "I’m": the part up to the apostrophe is the pronoun.
      const key = apo > 0 ? w.slice(0, apo) + "'" : w;
      if (fp.has(key) && !isUpperWord(s, start, apo > 0 ? start + apo : end)) firstPerson = 1;
    }
  });
  return { caps: words > 1 ? caps / (words - 1) : 0, when, opener, firstPerson };
}

/** s[start, end) has two letters or more, all capitals ("US", "WE"): an acronym or a shouted word. */
function isUpperWord(s: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) if (!capitalAt(s, i)) return false;
  return true;
}

/** Commas (, ， 、) per word: enumerations, name lists and stacked asides. */
function commaRate(s: string, words: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001) n++;
  }
  return n / words;
}

/** Feature vectors (FEATURE_NAMES order) of the usable sentences of one text. */
export function sentenceFeatures(sents: readonly SentenceInput[], cues?: FeatureCues): number[][] {
  const n = sents.length;
  if (!n) return [];
  const df = new Map<string, number>();
  const vecs = tfidfVectors(sents, df);
  // Keywords: the content words found in the most sentences (at least 2), up to 10.
  const keywords = new Set([...df].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10).map(([w]) => w));
  const doc = new Map<string, number>();
  for (const v of vecs) for (const [w, x] of v) doc.set(w, (doc.get(w) ?? 0) + x);
  const docN = norm(doc);
  const norms = vecs.map(norm);
  const central = vecs.map((v, i) => cosine(v, norms[i], doc, docN));
  const maxC = Math.max(...central) || 1;
  return sents.map((s, i) => {
    const wc = Math.max(1, s.wordCount);
    const { caps, when, opener, firstPerson } = formOf(s.text, cues);
    // Density: the share of the other sentences that share each of its content words, averaged over
    // its distinct words (how much of the sentence is what the article is about, per word).
    let dens = 0;
    let kw = 0;
    for (const w of vecs[i].keys()) {
      dens += ((df.get(w) ?? 1) - 1) / Math.max(1, n - 1);
      if (keywords.has(w)) kw++;
    }
    const distinct = vecs[i].size || 1;
    return [
      1,
      i === 0 ? 1 : 0,
      i === 1 ? 1 : 0,
      i === 2 ? 1 : 0,
      1 / (1 + i),
      n > 1 ? i / (n - 1) : 0,
      s.paraFirst ? 1 : 0,
      1 / (1 + s.paragraph),
      Math.log(wc),
      wc < 8 ? 1 : 0,
      Math.max(0, wc - 35) / 35,
      central[i],
      central[i] / maxC,
      i === 0 ? 0 : cosine(vecs[i], norms[i], vecs[0], norms[0]),
      QUOTE.test(s.text) ? 1 : 0,
      START_QUOTE.test(s.text) ? 1 : 0,
      /\?["”»’']*$/.test(s.text) ? 1 : 0,
      /\d/.test(s.text) ? 1 : 0,
      caps,
      s.text.includes(':') ? 1 : 0,
      i === 0 ? Math.log(wc) : 0,
      i === 0 ? central[i] / maxC : 0,
      central[i] / maxC / (1 + i),
      i === 0 ? caps : 0,
      when,
      opener,
      dens / distinct,
      kw / distinct,
      firstPerson,
      commaRate(s.text, wc),
    ];
  });
}
