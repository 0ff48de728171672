import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_LANGUAGES, loadDateFinder } from '../../../src/nlp/dates/find-dates';
import { PUB } from './expect-dates';

describe('loadDateFinder', () => {
  it('loads one finder per language, by primary subtag, cached', async () => {
    expect(DATE_LANGUAGES.sort()).toEqual(['de', 'en', 'es', 'fr', 'nl']);
    const a = await loadDateFinder('nl');
    const b = await loadDateFinder('nl-BE');
    expect(a).toBeTypeOf('function');
    expect(b).toBe(a);
    expect(await loadDateFinder('EN_gb')).toBe(await loadDateFinder('en'));
  });
  it('returns null for languages without a pack', async () => {
    expect(await loadDateFinder('ja')).toBeNull();
    expect(await loadDateFinder('')).toBeNull();
  });
});

const SAMPLES = [
  'Het Benelux-politieverdrag trad vorig jaar oktober in werking; het Memorandum uit 1996. Woensdag 04 jun. 2024.',
  "Le traité est entré en vigueur en octobre dernier ; mémorandum de 1996 ; mercredi 4 juin 2024 ; 1000 Bruxelles.",
  'Der Vertrag trat im Oktober vergangenen Jahres in Kraft; aus dem Jahr 1996; am Mittwoch, 4. Juni 2024.',
  'The treaty entered into force last October; the memorandum of 1996; on Wednesday, June 4, 2024; 1000 Brussels.',
];

describe('hits are well formed on any input', () => {
  for (const lang of DATE_LANGUAGES) {
    it(`${lang}: sorted, non-overlapping, exact offsets, valid ISO values, never throws`, async () => {
      const f = (await loadDateFinder(lang))!;
      const words = fc.constantFrom(
        ...SAMPLES.join(' ').split(/(\s+)/),
        '2024', '12', '/', '-', '.', ',', '(', ')', '’', ' ', '\n', 'in', 'vorig', 'jaar', 'last', 'next', 'prochain',
      );
      const texts = fc.oneof(fc.string({ maxLength: 200 }), fc.array(words, { maxLength: 60 }).map((a) => a.join('')));
      const pubs = fc.constantFrom(PUB, null, '2024-02-29', '1999-12-31', 'garbage');
      fc.assert(
        fc.property(texts, pubs, (text, pub) => {
          const hits = f(text, pub);
          let last = 0;
          for (const h of hits) {
            expect(h.start).toBeGreaterThanOrEqual(last);
            expect(h.end).toBeGreaterThan(h.start);
            expect(text.slice(h.start, h.end)).toBe(h.text);
            expect(h.value).toMatch(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
            if (h.value.length === 10) expect(new Date(h.value + 'T00:00:00Z').toISOString().slice(0, 10)).toBe(h.value);
            if (pub === null || pub === 'garbage') expect(h.relative).toBe(false);
            last = h.end;
          }
        }),
        { numRuns: 300 },
      );
    });
  }
  it('ignores non-string input instead of crashing', async () => {
    const f = (await loadDateFinder('en'))!;
    expect(f(undefined as unknown as string, PUB)).toEqual([]);
    expect(f('', PUB)).toEqual([]);
  });
  it('hostile inputs (long runs of digits, dashes, month names, one endless word) stay fast and crash-free', async () => {
    const f = (await loadDateFinder('fr'))!;
    const inputs = [
      'juin '.repeat(40000),
      '2024'.repeat(50000),
      '4-'.repeat(100000) + 'juin',
      '1 '.repeat(100000) + 'juin 2024',
      '4' + ' '.repeat(200000) + 'juin',
      'mercredi '.repeat(20000),
      'de 1996 '.repeat(25000),
      'x'.repeat(200000) + ' 4 juin 2024',
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      const hits = f(text, PUB);
      expect(performance.now() - t0, text.slice(0, 20)).toBeLessThan(3000);
      for (const h of hits.slice(0, 50)) expect(text.slice(h.start, h.end)).toBe(h.text);
    }
    expect(f('x'.repeat(200000) + ' 4 juin 2024', PUB).map((h) => h.value)).toEqual(['2024-06-04']);
  });
  it('is linear: a 1 MB text of numbers and month names is processed quickly', async () => {
    const f = (await loadDateFinder('nl'))!;
    const text = 'in 1996 en 04 jun. 2024, 1000 Brussel, oktober vorig jaar 12/12/2012 '.repeat(15000);
    const t0 = performance.now();
    const hits = f(text, PUB);
    const ms = performance.now() - t0;
    expect(hits.length).toBe(15000 * 4);
    expect(ms).toBeLessThan(4000);
  });
});
