/**
 * Feature extraction for the NER tagger, shared by training (scripts/train-ner.ts) and inference.
 *
 * Every token gets exactly NF hashed features (fixed templates; neighbours beyond the sentence use
 * padding values), so the hot loop is integer arithmetic over precomputed per-token hashes: no
 * per-feature string concatenation.
 */

export const LABELS = ['O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'] as const;
export type Label = (typeof LABELS)[number];
export const NL = LABELS.length;

/** FNV-1a over a string's UTF-16 code units. */
export function hashStr(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mix two 32-bit values (murmur3 finaliser on a combination). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const PAD_L = hashStr('<s>');
const PAD_R = hashStr('</s>');

// Per-token flag bits.
const F_CAP = 1, F_ALLCAP = 2, F_DIGIT = 4, F_HYPH = 8, F_DOT = 16, F_FIRST = 32, F_PUNCT = 64, F_LOWER = 128, F_APOS = 256;

interface TokInfo {
  lw: Uint32Array; // lowercased word
  raw: Uint32Array; // word as written
  shape: Uint32Array; // collapsed shape Xx, dd, X.X.
  p: Uint32Array[]; // prefixes 1..3 (lowercased)
  s: Uint32Array[]; // suffixes 1..4 (lowercased)
  flags: Uint32Array;
  len: Uint8Array;
  capNonInitialInDoc: Uint8Array; // the same lowercased word appears capitalised mid-sentence elsewhere
}

function analyse(words: string[], first: Uint8Array): TokInfo {
  const n = words.length;
  const info: TokInfo = {
    lw: new Uint32Array(n),
    raw: new Uint32Array(n),
    shape: new Uint32Array(n),
    p: [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)],
    s: [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)],
    flags: new Uint32Array(n),
    len: new Uint8Array(n),
    capNonInitialInDoc: new Uint8Array(n),
  };
  const capMid = new Set<number>();
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = w.toLowerCase();
    const hl = hashStr(l);
    info.lw[i] = hl;
    info.raw[i] = w === l ? hl : hashStr(w);
    const u = w.toUpperCase();
    const sameLen = l.length === w.length && u.length === w.length;
    let sh = 0x811c9dc5, last = 0, nUp = 0, nLow = 0, flags = 0;
    for (let k = 0; k < w.length; k++) {
      const code = w.charCodeAt(k);
      let cls: number;
      if (code >= 48 && code <= 57) { cls = 100; flags |= F_DIGIT; }
      else if (code >= 65 && code <= 90) { cls = 88; nUp++; }
      else if (code >= 97 && code <= 122) { cls = 120; nLow++; }
      else {
        let up: boolean, low: boolean;
        if (code < 128) up = low = false;
        else if (sameLen) { up = l.charCodeAt(k) !== code; low = u.charCodeAt(k) !== code; }
        else { const ch = w[k]; up = ch !== ch.toLowerCase(); low = ch !== ch.toUpperCase(); }
        if (up) { cls = 88; nUp++; }
        else if (low) { cls = 120; nLow++; }
        else {
          cls = code;
          if (code === 45) flags |= F_HYPH; else if (code === 46) flags |= F_DOT; else if (code === 39 || code === 0x2019) flags |= F_APOS;
        }
      }
      if (cls !== last || k < 2) sh = Math.imul(sh ^ cls, 0x01000193);
      last = cls;
    }
    info.shape[i] = sh >>> 0;
    if (w.length) {
      const c0 = w.charCodeAt(0);
      if (c0 < 128 ? c0 >= 65 && c0 <= 90 : w[0] !== w[0].toLowerCase() && w[0] === w[0].toUpperCase()) flags |= F_CAP;
    }
    if (nUp > 1 && nLow === 0) flags |= F_ALLCAP;
    if (nUp === 0 && nLow > 0) flags |= F_LOWER;
    if (nUp === 0 && nLow === 0 && !(flags & F_DIGIT)) flags |= F_PUNCT;
    if (first[i]) flags |= F_FIRST;
    info.flags[i] = flags;
    info.len[i] = Math.min(w.length, 12);
    let h = 0x811c9dc5;
    for (let k = 0; k < 3; k++) {
      if (k < l.length) h = Math.imul(h ^ l.charCodeAt(k), 0x01000193);
      info.p[k][i] = k < l.length ? h >>> 0 : 0;
    }
    h = 0x811c9dc5;
    for (let k = 0; k < 4; k++) {
      const j = l.length - 1 - k;
      if (j >= 0) h = Math.imul(h ^ l.charCodeAt(j), 0x01000193);
      info.s[k][i] = j >= 0 ? h >>> 0 : 0;
    }
    if (!first[i] && (flags & F_CAP)) capMid.add(hl);
  }
  for (let i = 0; i < n; i++) info.capNonInitialInDoc[i] = capMid.has(info.lw[i]) ? 1 : 0;
  return info;
}

/** Number of features per token. */
export const NF = 39;

/**
 * Hashed features of a document: `words` are the tokens of all its sentences in order, `first[i]`
 * is 1 where a sentence starts, `sentEnd[i]` the index one past the end of token i's sentence,
 * `gaz` the per-word gazetteer bits (gazetteer-features.ts).
 * Returns n×NF hashes (unmasked) in a flat array.
 */
export function featurize(words: string[], first: Uint8Array, sentStart: Int32Array, sentEnd: Int32Array, gaz?: Uint32Array): Uint32Array {
  const n = words.length;
  const G = gaz ?? new Uint32Array(n);
  const t = analyse(words, first);
  const out = new Uint32Array(n * NF);
  for (let i = 0; i < n; i++) {
    const a = sentStart[i], b = sentEnd[i];
    const w0 = t.lw[i], s0 = t.shape[i], f0 = t.flags[i];
    const hasM1 = i - 1 >= a, hasP1 = i + 1 < b;
    const wm1 = hasM1 ? t.lw[i - 1] : PAD_L, wp1 = hasP1 ? t.lw[i + 1] : PAD_R;
    const wm2 = i - 2 >= a ? t.lw[i - 2] : PAD_L, wp2 = i + 2 < b ? t.lw[i + 2] : PAD_R;
    const shm1 = hasM1 ? t.shape[i - 1] : PAD_L, shp1 = hasP1 ? t.shape[i + 1] : PAD_R;
    const flm1 = hasM1 ? t.flags[i - 1] & ~F_FIRST : 1 << 20, flp1 = hasP1 ? t.flags[i + 1] & ~F_FIRST : 1 << 21;
    const o = i * NF;
    let j = 0;
    out[o + j] = mix(j++, 0); // bias
    out[o + j] = mix(j++, w0);
    out[o + j] = mix(j++, t.raw[i]);
    out[o + j] = mix(j++, s0);
    out[o + j] = mix(j++, f0);
    out[o + j] = mix(j++, t.p[0][i]);
    out[o + j] = mix(j++, t.p[1][i]);
    out[o + j] = mix(j++, t.p[2][i]);
    out[o + j] = mix(j++, t.s[0][i]);
    out[o + j] = mix(j++, t.s[1][i]);
    out[o + j] = mix(j++, t.s[2][i]);
    out[o + j] = mix(j++, t.s[3][i]);
    out[o + j] = mix(j++, wm1);
    out[o + j] = mix(j++, wp1);
    out[o + j] = mix(j++, wm2);
    out[o + j] = mix(j++, wp2);
    out[o + j] = mix(j++, shm1);
    out[o + j] = mix(j++, shp1);
    out[o + j] = mix(mix(j++, shm1), mix(s0, shp1));
    out[o + j] = mix(mix(j++, wm1), w0);
    out[o + j] = mix(mix(j++, w0), wp1);
    out[o + j] = mix(mix(j++, wm1), s0);
    out[o + j] = mix(mix(j++, s0), wp1);
    out[o + j] = mix(mix(j++, flm1), mix(f0, flp1));
    out[o + j] = mix(mix(j++, w0), f0 & 33); // word × (capitalised, sentence-initial)
    out[o + j] = mix(mix(j++, t.capNonInitialInDoc[i]), f0 & 33);
    out[o + j] = mix(mix(j++, t.len[i]), f0 & 3);
    out[o + j] = mix(j++, i - a < 3 ? i - a : 3);
    out[o + j] = mix(j++, i - 1 >= a ? t.s[2][i - 1] : PAD_L);
    out[o + j] = mix(j++, i + 1 < b ? t.s[2][i + 1] : PAD_R);
    out[o + j] = mix(mix(j++, wm2), wm1);
    out[o + j] = mix(mix(j++, wp1), wp2);
    out[o + j] = mix(mix(j++, t.s[2][i]), f0 & 35);
    out[o + j] = mix(mix(j++, wm1), f0 & 3);
    const g0 = G[i], gm1 = hasM1 ? G[i - 1] : 1 << 30, gp1 = hasP1 ? G[i + 1] : 1 << 31;
    out[o + j] = mix(j++, g0);
    out[o + j] = mix(j++, gm1);
    out[o + j] = mix(j++, gp1);
    out[o + j] = mix(mix(j++, g0), f0 & 35);
    out[o + j] = mix(mix(j++, gm1), mix(g0, gp1));
  }
  return out;
}
