import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchRow } from '../../src/library/catalog';
import { blobMatches, parseTerms } from '../../src/library/search';
import { SearchIndex } from '../../src/library/search-index';
import { briefId } from '../../src/library';
import { fourBriefs, generateBriefs } from './factory';

const rec = (b: ReturnType<typeof fourBriefs>[number]) => ({ id: briefId(b), brief: b, url: b.url, savedAt: '', updatedAt: '', note: '', tags: [] as string[] });

describe('SearchIndex', () => {
  const briefs = [...fourBriefs(), ...generateBriefs(60, 3)];
  const blobs = new Map(briefs.map((b) => [briefId(b), searchRow(rec(b)).blob]));
  const index = new SearchIndex(blobs);
  const scan = (terms: string[]) => [...blobs].filter(([, b]) => terms.every((t) => blobMatches(b, t))).map(([id]) => id);
  const viaIndex = (terms: string[]) => {
    const m = index.matcher(terms);
    return [...blobs.keys()].filter((id) => m(id, () => blobs.get(id)));
  };

  it('finds exactly what a scan of the blobs finds (words, short prefixes, compounds, AND)', () => {
    for (const q of ['nccn', 'liege', 'crisis', 'centrum', 'a', 'de', 'zz', 'koen schoeters', 'overstroming', 'ver', 'x', '2024', 'köln hochwasser', 'nothing-here']) {
      const terms = parseTerms(q);
      expect(viaIndex(terms), q).toEqual(scan(terms));
    }
  });

  it('agrees with the scan on random words taken from the blobs', () => {
    const vocab = [...new Set([...blobs.values()].flatMap((b) => b.split(' ').filter((w) => w && w !== '|')))];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(vocab.length - 1), fc.nat(6), fc.nat(6)), { minLength: 1, maxLength: 3 }), (picks) => {
        const terms = picks.map(([i, a, b]) => {
          const w = vocab[i];
          const s = Math.min(a, Math.max(0, w.length - 1));
          return w.slice(s, Math.max(s + 1, w.length - b));
        });
        expect(viaIndex(terms)).toEqual(scan(terms));
      }),
      { numRuns: 300 },
    );
  });

  it('matches briefs changed after the build by their new blob, and forgets deleted ones', () => {
    const idx = new SearchIndex(new Map(blobs));
    const [first, second] = [...blobs.keys()];
    idx.touch(first, ' zebraword | ');
    idx.touch(second, null);
    const m = idx.matcher(['zebraword']);
    expect(m(first, () => undefined)).toBe(true);
    const n = idx.matcher(['nccn']);
    expect(n(second, () => blobs.get(second))).toBe(false);
    expect(idx.staleness).toBe(2);
    // a brief added after the build
    expect(idx.matcher(['okapi'])('https://new.example/x', () => ' okapi | ')).toBe(true);
  });
});
