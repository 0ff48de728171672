import { describe, expect, it } from 'vitest';
import known from '../../data/entities/known.json';
import { buildEntityIndex } from '../../src/library/entity-index';
import { catalogRow } from '../../src/library/catalog';
import { IDENTITY_LANGS, knownEntity, knownByAnyName, type KnownEntity } from '../../src/library/entity-identity';
import { compileInflection, inflectionKey, type InflectionRules } from '../../src/library/name-inflection';
import type { SavedBrief } from '../../src/library/types';
import { makeBrief } from './factory';

const de = compileInflection((known as unknown as { inflection: { de: InflectionRules } }).inflection.de);

describe('inflectionKey (language-neutral; the words are data)', () => {
  it('undoes German dative, genitive and adjectival forms with the German data', () => {
    const base = inflectionKey('Vereinigtes Königreich', de);
    expect(base).toBe('vereinigt konigreich');
    for (const f of ['im Vereinigten Königreich', 'des Vereinigten Königreichs', 'dem Vereinigten Königreich', 'Vereinigten Königreich'])
      expect(inflectionKey(f, de), f).toBe(base);
    expect(inflectionKey('der Vereinigten Staaten', de)).toBe(inflectionKey('Vereinigte Staaten', de));
    expect(inflectionKey('Deutschlands', de)).toBe('deutschland');
    expect(inflectionKey('Nationalen Krisenzentrum', de)).toBe(inflectionKey('Nationales Krisenzentrum', de));
  });

  it('knows no language by itself: without rules it is the folded name; other rules, other words', () => {
    const none = compileInflection({});
    expect(inflectionKey('im Vereinigten Königreich', none)).toBe('im vereinigten konigreich');
    const made = compileInflection({ leading: ['zo'], modifierEndings: ['ka'], headEndings: ['ni'], minStem: 2 });
    expect(inflectionKey('zo Abaka Tuluni', made)).toBe('aba tulu');
  });

  it('keeps short words, digits and a name that is only leading words', () => {
    expect(inflectionKey('Ires', de)).toBe('ires'); // would leave 3 letters
    expect(inflectionKey('G7es Treffen', de)).toBe('g7es treffen');
    expect(inflectionKey('der', de)).toBe('der');
    expect(inflectionKey('', de)).toBe('');
  });

  it('gives no two known entities of one kind the same German key', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const all = [...(known.entities as unknown as KnownEntity[])];
    for (const e of all)
      for (const n of e.names.de ?? []) {
        const k = `${e.kind}:${inflectionKey(n, de)}`;
        const was = seen.get(k);
        if (was && was !== e.id) clashes.push(`${k} ${was} ${e.id}`);
        seen.set(k, e.id);
      }
    expect(clashes).toEqual([]);
  });
});

describe('known entities: German inflected forms merge', () => {
  it('"im Vereinigten Königreich" and "der Vereinigten Staaten" are the known countries', () => {
    const uk = knownEntity('place', 'Vereinigtes Königreich')!;
    expect(uk.qid).toBe('Q145');
    expect(knownEntity('place', 'im Vereinigten Königreich')).toBe(uk);
    expect(knownEntity('place', 'des Vereinigten Königreichs')).toBe(uk);
    const us = knownEntity('place', 'Vereinigte Staaten')!;
    expect(us).toBeDefined();
    expect(knownEntity('place', 'der Vereinigten Staaten')).toBe(us);
    expect(knownByAnyName('Vereinigten Königreich')).toContain(uk);
  });

  it('written forms still win, and an unknown name stays unknown', () => {
    expect(knownEntity('place', 'Frankreichs')?.qid).toBe('Q142');
    expect(knownEntity('place', 'im Nirgendwo')).toBeUndefined();
    expect(knownEntity('organisation', 'Vereinigten Königreich')).toBeUndefined(); // another kind
  });

  it('the entity index lists the UK once for "Vereinigtes Königreich", "im Vereinigten Königreich" and "United Kingdom"', () => {
    const items: SavedBrief[] = [
      ['de', 'Vereinigtes Königreich'],
      ['de', 'im Vereinigten Königreich'],
      ['en', 'United Kingdom'],
    ].map(([lang, name], i) => {
      const url = `https://news${i}.example/${lang}`;
      const brief = makeBrief({ url, title: `A ${i}`, lang, published: '2024-06-04', text: `${name} war erwähnt.`, entities: [{ kind: 'place', name }] });
      const at = new Date(Date.UTC(2024, 5, 4, 0, i)).toISOString();
      return { id: url, brief, url, savedAt: at, updatedAt: at, note: '', tags: [] };
    });
    const uk = buildEntityIndex(items.map(catalogRow)).entries.filter((e) => e.kind === 'place');
    expect(uk).toHaveLength(1);
    expect(uk[0].briefCount).toBe(3);
    expect(uk[0].qid).toBe('Q145');
  });
});

void IDENTITY_LANGS;
