import { describe, expect, it } from 'vitest';
import { prepareLanguage } from '../../src/brief/analyse';
import { analyseText } from '../../src/nlp/pipeline';

describe('prepareLanguage (build a language ahead of its text)', () => {
  it('prepares supported languages from BCP 47 tags and says so', async () => {
    expect(await prepareLanguage('nl-BE')).toBe(true);
    expect(await prepareLanguage('DE')).toBe(true);
    expect(await prepareLanguage('fr_CA')).toBe(true);
  });

  it('does nothing for unsupported, empty or missing languages, without throwing', async () => {
    expect(await prepareLanguage('ja')).toBe(false);
    expect(await prepareLanguage('')).toBe(false);
    expect(await prepareLanguage(null)).toBe(false);
    expect(await prepareLanguage(undefined)).toBe(false);
    expect(await prepareLanguage('<script>')).toBe(false);
  });

  it('what it builds is what the analysis then uses', async () => {
    await prepareLanguage('nl');
    const r = await analyseText('Het Nationaal Crisiscentrum (NCCN) werkt samen met de politie in Antwerpen.', { lang: 'nl', published: '2024-06-04' });
    expect(r.organisations.map((o) => o.name)).toContain('Nationaal Crisiscentrum');
    expect(r.places.map((p) => p.name)).toContain('Antwerpen');
  });
});
