/**
 * The NER tagger: hashed features (features.ts) × quantised weights, Viterbi BIO decoding.
 * Pure TypeScript, no I/O: weights come in as bytes (the data asset data/model/<lang>.bin, read by ./index.ts).
 */
import type { Token } from '../tokenize';
import type { NerSpan, NerType, Span } from '../types';
import { featurize, LABELS, NF, NL } from './features';
import { viterbi } from './viterbi';
import { gazetteerFlags, G_ADJ_AFTER, G_GIVEN, G_LOC_B, G_ORG_B, G_PARTICLE, G_ROLE, G_STOP, G_TITLE } from './gazetteer-features';
import type { Lexicon } from '../ner/lexicon';

export interface Weights {
  bits: number;
  /** Dense quantised emission weights, (1 << bits) × NL; multiply sums by `scale`. */
  q: Int8Array;
  scale: number;
  /** One bit per bucket: does it have any non-zero weight? (128 KB: stays in cache; most look-ups stop here.) */
  nz: Uint8Array;
  /** Emission weights as floats, (1 << bits) × NL (for tests and tools; built on demand). */
  readonly em: Float32Array;
  /** Transitions (NL + 1) × NL, last row = from sentence start. */
  trans: Float32Array;
}

const MAGIC = 0x314e4c43; // "CLN1"

/** Binary model: magic u32, bits u8, NF u8, NL u8, pad u8, scale f32, trans (NL+1)*NL f32, count u32, then per entry varint(delta bucket) + NL int8. */
export function encodeWeights(bits: number, em: Float32Array, trans: Float32Array, scale: number): Uint8Array {
  const size = 1 << bits;
  const q = new Int8Array(size * NL);
  let count = 0;
  for (let b = 0; b < size; b++) {
    let nz = false;
    for (let y = 0; y < NL; y++) {
      const v = Math.max(-127, Math.min(127, Math.round(em[b * NL + y] / scale)));
      q[b * NL + y] = v;
      if (v) nz = true;
    }
    if (nz) count++;
  }
  const bytes: number[] = [];
  const head = new DataView(new ArrayBuffer(12 + 4 * trans.length + 4));
  head.setUint32(0, MAGIC, true);
  head.setUint8(4, bits);
  head.setUint8(5, NF);
  head.setUint8(6, NL);
  head.setFloat32(8, scale, true);
  for (let i = 0; i < trans.length; i++) head.setFloat32(12 + 4 * i, trans[i], true);
  head.setUint32(12 + 4 * trans.length, count, true);
  let prev = -1;
  for (let b = 0; b < size; b++) {
    let nz = false;
    for (let y = 0; y < NL; y++) if (q[b * NL + y]) nz = true;
    if (!nz) continue;
    let d = b - prev - 1;
    prev = b;
    while (d >= 0x80) { bytes.push((d & 0x7f) | 0x80); d >>>= 7; }
    bytes.push(d);
    for (let y = 0; y < NL; y++) bytes.push(q[b * NL + y] & 0xff);
  }
  const out = new Uint8Array(head.byteLength + bytes.length);
  out.set(new Uint8Array(head.buffer), 0);
  out.set(bytes, head.byteLength);
  return out;
}

export function decodeWeights(buf: Uint8Array): Weights {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) throw new Error('NER weights: bad magic');
  const bits = dv.getUint8(4);
  if (dv.getUint8(5) !== NF || dv.getUint8(6) !== NL) throw new Error('NER weights: feature set mismatch (retrain with npm run train:ner)');
  const scale = dv.getFloat32(8, true);
  const trans = new Float32Array((NL + 1) * NL);
  for (let i = 0; i < trans.length; i++) trans[i] = dv.getFloat32(12 + 4 * i, true);
  const count = dv.getUint32(12 + 4 * trans.length, true);
  const size = 1 << bits;
  const q = new Int8Array(size * NL);
  const nz = new Uint8Array(size >>> 3);
  let p = 16 + 4 * trans.length;
  let b = -1;
  for (let c = 0; c < count; c++) {
    let d = 0, shift = 0, x: number;
    do { x = buf[p++]; d |= (x & 0x7f) << shift; shift += 7; } while (x & 0x80);
    b += d + 1;
    if (b >= size || p + NL > buf.length) throw new Error('NER weights: truncated or corrupt');
    for (let y = 0; y < NL; y++) q[b * NL + y] = buf[p++] << 24 >> 24;
    nz[b >>> 3] |= 1 << (b & 7);
  }
  let em: Float32Array | null = null;
  return {
    bits, q, scale, nz, trans,
    get em() {
      if (!em) { em = new Float32Array(q.length); for (let i = 0; i < q.length; i++) em[i] = q[i] * scale; }
      return em;
    },
  };
}

/** A document prepared for tagging: words, their spans, sentence boundaries. */
export interface TagInput {
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  first: Uint8Array;
  sentStart: Int32Array;
  sentEnd: Int32Array;
}

const POSSESSIVE = /^(.+?)(['’][sS])$/;

/** Words for the tagger from tokenizer tokens: possessive 's is split off ("Germany's" → "Germany", "'s"). */
export function prepare(tokens: Token[], sentences: Span[]): TagInput {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const t of tokens) {
    const m = t.text.length > 2 ? POSSESSIVE.exec(t.text) : null;
    if (m && /\p{Lu}/u.test(m[1][0])) {
      words.push(m[1], m[2]);
      starts.push(t.start, t.start + m[1].length);
      ends.push(t.start + m[1].length, t.end);
    } else {
      words.push(t.text);
      starts.push(t.start);
      ends.push(t.end);
    }
  }
  const n = words.length;
  const first = new Uint8Array(n);
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  // Assign words to sentences by offset (sentences sorted); words outside any sentence form their own runs.
  const sents = [...sentences].sort((a, b) => a.start - b.start);
  let si = 0;
  let i = 0;
  while (i < n) {
    while (si < sents.length && sents[si].end <= starts[i]) si++;
    const inSent = si < sents.length && sents[si].start <= starts[i];
    let j = i + 1;
    if (inSent) while (j < n && starts[j] < sents[si].end) j++;
    else while (j < n && !(si < sents.length && sents[si].start <= starts[j])) j++;
    for (let k = i; k < j; k++) { sentStart[k] = i; sentEnd[k] = j; }
    first[i] = 1;
    i = j;
  }
  return { words, starts: Int32Array.from(starts), ends: Int32Array.from(ends), first, sentStart, sentEnd };
}

/** Emission scores for all words of a document. */
export function emissions(w: Weights, input: TagInput, gaz: Uint32Array | undefined): Float32Array {
  const feats = featurize(input.words, input.first, input.sentStart, input.sentEnd, gaz);
  const n = input.words.length;
  const mask = (1 << w.bits) - 1;
  const em = new Float32Array(n * NL);
  const Q = w.q, NZ = w.nz, scale = w.scale;
  const acc = new Int32Array(NL);
  for (let i = 0; i < n; i++) {
    acc.fill(0);
    for (let k = i * NF, e = k + NF; k < e; k++) {
      const h = feats[k] & mask;
      if (!(NZ[h >>> 3] & (1 << (h & 7)))) continue;
      const b = h * NL;
      for (let y = 0; y < NL; y++) acc[y] += Q[b + y];
    }
    const o = i * NL;
    for (let y = 0; y < NL; y++) em[o + y] = acc[y] * scale;
  }
  return em;
}

/** Decode every sentence; returns one label index per word. */
export function decode(w: Weights, input: TagInput, em: Float32Array): Uint8Array {
  const n = input.words.length;
  const labels = new Uint8Array(n);
  let maxLen = 0;
  for (let i = 0; i < n; i = input.sentEnd[i]) maxLen = Math.max(maxLen, input.sentEnd[i] - i);
  const back = new Uint8Array(maxLen * NL);
  const score = new Float32Array(2 * NL);
  for (let i = 0; i < n; i = input.sentEnd[i]) {
    const len = input.sentEnd[i] - i;
    viterbi(em.subarray(i * NL, (i + len) * NL), len, w.trans, labels.subarray(i, i + len), back, score);
  }
  return labels;
}

export function labelsToSpans(input: TagInput, labels: Uint8Array): NerSpan[] {
  const out: NerSpan[] = [];
  let cur: NerSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = LABELS[labels[i]];
    const newSent = input.first[i] === 1;
    if (l === 'O' || l.startsWith('B-') || newSent) {
      if (cur) out.push(cur);
      cur = null;
    }
    if (l !== 'O' && (l.startsWith('B-') || !cur)) cur = { type: l.slice(2) as NerType, start: input.starts[i], end: input.ends[i] };
    else if (l !== 'O' && cur) cur.end = input.ends[i];
  }
  if (cur) out.push(cur);
  return out;
}

const TRAILING_JUNK = /^(?:['’][sS]|[^\p{L}\p{N}]+)$/u;
const isLowerInitial = (w: string) => w[0] !== w[0].toUpperCase() && w[0] === w[0].toLowerCase();

/**
 * News-style name boundaries (used on predictions, and on training labels by train:ner): titles
 * and role words are not part of the person that follows ("President Joe Biden" → "Joe Biden"),
 * names neither start with a lower-case word nor start/end with punctuation or a possessive 's,
 * a name never runs through a lower-case word other than a connector, particle, function word or
 * (French) post-nominal adjective ("Joe Biden met Olaf Scholz" is two names), and a name has a
 * capitalised word that is not a function word or title ("Le", "Il", "De" alone are not names). `first[i]` marks sentence starts.
 */
export function normaliseLabels(words: string[], labels: Uint8Array | number[], gaz: Uint32Array, first: Uint8Array, capitalisedNouns = false): void {
  const n = labels.length;
  const typeOf = (y: number) => LABELS[y].slice(2);
  const isI = (y: number) => LABELS[y].startsWith('I-');
  // 1. A lower-case content word inside a name ends it ("Germany's chancellor met Britain"). Not where
  // every noun is capitalised (German): a lower-case word there is an adjective or function word, and
  // names have those ("Museum für angewandte Kunst").
  for (let i = 0; i < n && !capitalisedNouns; i++) {
    if (isI(labels[i]) && isLowerInitial(words[i]) && !(gaz[i] & (G_PARTICLE | G_STOP | G_ADJ_AFTER))) labels[i] = 0;
  }
  // 2. Each remaining run: trim, then keep it only if it has a capitalised content word.
  for (let i = 0; i < n; ) {
    if (labels[i] === 0) { i++; continue; }
    let t = typeOf(labels[i]);
    let j = i + 1;
    while (j < n && !first[j] && isI(labels[j]) && typeOf(labels[j]) === t) j++;
    let a = i, b = j;
    let titled = false;
    for (;;) {
      if (a >= b) break;
      if (isLowerInitial(words[a]) || TRAILING_JUNK.test(words[a])) { a++; continue; }
      // "President Joe Biden", "Minister Vincent Van Quickenborne": the title is not the name.
      if (gaz[a] & (G_TITLE | G_ROLE) && a + 1 < b) { a++; titled = true; continue; }
      // A sentence-initial article ("The European Commission", "Die Deutsche Bahn") unless a
      // known name starts with it ("Den Haag").
      if (t !== 'PER' && first[a] && gaz[a] & G_STOP && !(gaz[a] & (G_ORG_B | G_LOC_B)) && a + 1 < b) { a++; continue; }
      break;
    }
    if (titled && a < b && gaz[a] & G_GIVEN) t = 'PER';
    while (b > a && TRAILING_JUNK.test(words[b - 1])) b--;
    let content = false;
    for (let k = a; k < b && !content; k++) {
      const w = words[k];
      if (!/\p{Lu}/u.test(w)) continue;
      content = !(gaz[k] & (G_STOP | G_PARTICLE | G_TITLE)) || (w.length > 1 && w === w.toUpperCase());
    }
    for (let k = i; k < j; k++) labels[k] = 0;
    if (content) {
      labels[a] = LABELS.indexOf(`B-${t}` as (typeof LABELS)[number]);
      for (let k = a + 1; k < b; k++) labels[k] = labels[a] + 1;
    }
    i = j;
  }
}

/**
 * Document-level consistency: a name tagged somewhere is tagged everywhere it recurs verbatim
 * (same words, same case), with the type it got most often. Linear in the number of words.
 */
export function propagate(input: TagInput, labels: Uint8Array): void {
  const n = labels.length;
  // Collect tagged word sequences, keyed by their words joined with a separator.
  const votes = new Map<string, number[]>();
  const byFirst = new Map<string, number>(); // first word → longest length
  for (let i = 0; i < n; ) {
    const l = LABELS[labels[i]];
    if (!l.startsWith('B-')) { i++; continue; }
    let j = i + 1;
    while (j < n && !input.first[j] && labels[j] === labels[i] + 1) j++;
    const key = input.words.slice(i, j).join('\u0001');
    if (/\p{Lu}/u.test(key)) {
      const v = votes.get(key) ?? [0, 0, 0, 0, 0, 0, 0];
      v[labels[i]]++;
      votes.set(key, v);
      byFirst.set(input.words[i], Math.max(byFirst.get(input.words[i]) ?? 0, j - i));
    }
    i = j;
  }
  if (!votes.size) return;
  const best = new Map<string, number>();
  for (const [k, v] of votes) {
    let b = 1;
    for (const y of [3, 5]) if (v[y] > v[b]) b = y;
    best.set(k, b);
  }
  for (let i = 0; i < n; ) {
    const maxLen = byFirst.get(input.words[i]);
    if (!maxLen || (labels[i] !== 0 && !LABELS[labels[i]].startsWith('B-'))) { i++; continue; }
    let done = false;
    for (let len = Math.min(maxLen, input.sentEnd[i] - i); len >= 1 && !done; len--) {
      const b = best.get(input.words.slice(i, i + len).join('\u0001'));
      if (b === undefined) continue;
      // Apply only over words currently outside any name, or re-type an exact same-length name.
      const end = i + len;
      let free = true;
      for (let k = i; k < end; k++) if (labels[k] !== 0 && !(k === i && LABELS[labels[k]].startsWith('B-'))) free = false;
      if (labels[i] !== 0) {
        // An existing name here: re-type it only if it has exactly this extent.
        let j = i + 1;
        while (j < n && !input.first[j] && labels[j] === labels[i] + 1) j++;
        free = j === end;
      }
      if (end < n && !input.first[end] && labels[end] !== 0 && !LABELS[labels[end]].startsWith('B-')) free = false;
      if (!free) continue;
      labels[i] = b;
      for (let k = i + 1; k < end; k++) labels[k] = b + 1;
      i = end;
      done = true;
    }
    if (!done) i++;
  }
}

export function tagWith(w: Weights, lex: Lexicon | null, tokens: Token[], sentences: Span[], consistent = true): NerSpan[] {
  const input = prepare(tokens, sentences);
  if (!input.words.length) return [];
  const gaz = lex ? gazetteerFlags(lex, input.words, input.sentEnd) : undefined;
  const labels = decode(w, input, emissions(w, input, gaz));
  if (gaz) normaliseLabels(input.words, labels, gaz, input.first, !!lex?.pack.capitalisedNouns);
  if (consistent) propagate(input, labels);
  return labelsToSpans(input, labels);
}
