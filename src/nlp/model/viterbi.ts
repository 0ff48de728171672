import { LABELS, NL } from './features';

/** allowed[p * NL + y]: may label y follow label p (p = NL: sentence start)? BIO: I-X only after B-X/I-X. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NL + 1) * NL);
  for (let p = 0; p <= NL; p++)
    for (let y = 0; y < NL; y++) {
      const ly = LABELS[y];
      if (!ly.startsWith('I-')) a[p * NL + y] = 1;
      else if (p < NL) a[p * NL + y] = LABELS[p].slice(2) === ly.slice(2) ? 1 : 0;
    }
  return a;
})();

/**
 * Best label sequence for one sentence: emissions em[(i - from) * NL + y] for i in [0, n), transitions
 * trans[p * NL + y] (p = NL for the start). Writes labels into out[0..n).
 */
export function viterbi(em: Float32Array, n: number, trans: Float32Array, out: Uint8Array, back: Uint8Array, score: Float32Array): void {
  if (n === 0) return;
  // score: 2 rows of NL (ping-pong); back: n × NL
  for (let y = 0; y < NL; y++) score[y] = ALLOWED[NL * NL + y] ? em[y] + trans[NL * NL + y] : -Infinity;
  let cur = 0;
  for (let i = 1; i < n; i++) {
    const nxt = cur ^ NL;
    for (let y = 0; y < NL; y++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < NL; p++) {
        if (!ALLOWED[p * NL + y]) continue;
        const s = score[cur + p] + trans[p * NL + y];
        if (s > best) { best = s; arg = p; }
      }
      score[nxt + y] = best + em[i * NL + y];
      back[i * NL + y] = arg;
    }
    cur = nxt;
  }
  let best = -Infinity, arg = 0;
  for (let y = 0; y < NL; y++) if (score[cur + y] > best) { best = score[cur + y]; arg = y; }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * NL + out[i]];
}
