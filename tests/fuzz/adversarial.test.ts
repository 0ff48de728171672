/**
 * Issue 16, case 1 and the general measure: every text-processing function and every page field
 * on adversarial strings growing 10 KB → 100 KB → 1 MB (tests/fuzz/adversarial.ts). The budget
 * is generous on purpose — each 10× step may cost up to 30× (linear is 10×, quadratic 100×) —
 * so it is not a speed test, but a quadratic pattern fails (before this fix: cleanByline
 * 250 ms → 17 s from 10 KB to 100 KB, the title cleaner ×110, a page with a long meta author
 * 4.5 s at 20 KB). The long run over every combination: `npm run fuzz -- --family adversarial`.
 */
import { describe, expect, it } from 'vitest';
import { ADVERSARIES, FUNCTIONS, PAGE_ADVERSARIES, PAGE_TARGETS, measureScaling } from './adversarial';

describe('adversarial strings: every text-processing function scales linearly (10 KB → 1 MB)', () => {
  for (const target of FUNCTIONS) {
    it(target.name, () => {
      const bad = ADVERSARIES.map((a) => measureScaling(target, a)).filter((r) => !r.ok);
      expect(bad.map((r) => `${r.adversary}: ${r.why}`)).toEqual([]);
    }, 120_000);
  }
});

describe('adversarial strings: every page field, whole extraction, scales linearly (10 KB → 1 MB)', () => {
  const advs = ADVERSARIES.filter((a) => PAGE_ADVERSARIES.includes(a.name));
  for (const target of PAGE_TARGETS) {
    it(target.name, () => {
      const bad = advs.map((a) => measureScaling(target, a, 1)).filter((r) => !r.ok);
      expect(bad.map((r) => `${r.adversary}: ${r.why}`)).toEqual([]);
    }, 300_000);
  }
});
