import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/summary/words';

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const byRegex = (s: string) => [...s.matchAll(WORD_RE)].map((m) => [m.index!, m.index! + m[0].length]);
const byScanner = (s: string) => {
  const out: number[][] = [];
  scanWords(s, (a, b) => void out.push([a, b]));
  return out;
};

describe('scanWords', () => {
  it('finds the words of nl/fr/de/en text with apostrophes, hyphens and accents', () => {
    const s = "L'Union européenne — Noordrijn-Westfalen's 3,5 % in Köln; naïve ‘quotes’ d’accord…";
    const words = byScanner(s).map(([a, b]) => s.slice(a, b));
    expect(words).toEqual(["L'Union", 'européenne', "Noordrijn-Westfalen's", '3', '5', 'in', 'Köln', 'naïve', 'quotes’', 'd’accord']);
  });

  it('handles combining marks, scripts beyond Latin and characters outside the BMP', () => {
    const s = 'cafe\u0301 Москва 東京都 𝐀𝐁 x\u{1F600}y ٣٤';
    expect(byScanner(s)).toEqual(byRegex(s));
  });

  it('stops when the callback returns false', () => {
    let n = 0;
    scanWords('one two three four', () => ++n < 2);
    expect(n).toBe(2);
  });

  it('agrees with the Unicode-property pattern on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      expect(byScanner(s)).toEqual(byRegex(s));
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'É', '-', "'", '’', ' ', '1', '\u0301', '.', 'ß', 'ǅ', '²'), maxLength: 40 }), (s) => {
      expect(byScanner(s)).toEqual(byRegex(s));
    }), { numRuns: 3000 });
  });
});
