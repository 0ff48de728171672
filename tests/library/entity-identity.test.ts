import { describe, expect, it } from 'vitest';
import known from '../../data/entities/known.json';
import { catalogRow } from '../../src/library/catalog';
import { buildEntityIndex } from '../../src/library/entity-index';
import { IDENTITY_LANGS, knownById, knownEntity, knownLabel, siteKeyOf, wikidataUrl } from '../../src/library/entity-identity';
import type { SavedBrief } from '../../src/library/types';
import { makeBrief, type EntitySpec } from './factory';
import { openTestLibrary } from './helpers';

let n = 0;
/** A saved brief with the given entities, each named in its own text. */
function saved(lang: string, entities: EntitySpec[], extra: { siteName?: string; url?: string; savedAt?: string } = {}): SavedBrief {
  n++;
  const text = entities.map((e) => `${e.name}${e.acronym ? ` (${e.acronym})` : ''} was mentioned in article ${n}.`).join(' ');
  const url = extra.url ?? `https://news${n}.example/${lang}/${n}`;
  const brief = makeBrief({ url, title: `Article ${n} (${lang})`, lang, published: '2024-06-04', text, entities, siteName: extra.siteName ?? null });
  const at = extra.savedAt ?? new Date(Date.UTC(2024, 5, 4, 0, n)).toISOString();
  return { id: url, brief, url, savedAt: at, updatedAt: at, note: '', tags: [] };
}

const index = (items: SavedBrief[]) => buildEntityIndex(items.map(catalogRow));

describe('known entities (data/entities/known.json)', () => {
  it('every entity has a unique id, a kind, and names in nl, fr, de and en; a qid only as its own id', () => {
    const ids = new Set<string>();
    for (const e of known.entities as { id: string; qid?: string; kind: string; names: Record<string, string[]> }[]) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(['organisation', 'person', 'place', 'agreement']).toContain(e.kind);
      for (const l of IDENTITY_LANGS) expect(e.names[l]?.length, `${e.id} ${l}`).toBeGreaterThan(0);
      if (e.qid) {
        expect(e.qid).toMatch(/^Q\d+$/);
        expect(e.id).toBe(e.qid);
      } else expect(e.id).toMatch(/^cl:[a-z0-9-]+$/);
    }
  });

  it('finds one entity by any of its names, in any language, case, accents or hyphens', () => {
    const union = ['Benelux Unie', 'Union Benelux', 'Benelux-Union', 'Benelux Union', 'benelux unie', 'BENELUX-UNIE'].map((s) => knownEntity('organisation', s)?.id);
    expect(new Set(union)).toEqual(new Set(['cl:benelux-union']));
    const treaty = ['Benelux-politieverdrag', 'Traité de police Benelux', 'Benelux-Polizeivertrag', 'Benelux Police Treaty'].map((s) => knownEntity('agreement', s)?.id);
    expect(new Set(treaty)).toEqual(new Set(['cl:benelux-police-treaty']));
    const nccn = ['NCCN', 'Nationaal Crisiscentrum', 'Centre de crise national', 'Nationales Krisenzentrum', 'National Crisis Centre'].map((s) => knownEntity('organisation', s)?.id);
    expect(new Set(nccn)).toEqual(new Set(['cl:nccn']));
    expect(knownEntity('person', 'Barack Obama')?.qid).toBe('Q76');
  });

  it('is kind-specific and says nothing of unknown names', () => {
    expect(knownEntity('place', 'Benelux Unie')).toBeUndefined();
    expect(knownEntity('organisation', 'Vlaamse Milieumaatschappij')).toBeUndefined();
    expect(knownEntity('person', 'Obama')).toBeUndefined(); // a surname alone is resolved in the library, not here
  });

  it('countries come from i18n-iso-countries with their four names; verified QIDs only', () => {
    const fr = ['Frankrijk', 'France', 'Frankreich'].map((s) => knownEntity('place', s)?.id);
    expect(new Set(fr)).toEqual(new Set(['Q142']));
    expect(knownEntity('place', 'Verenigd Koninkrijk')?.id).toBe('Q145');
    const it = knownEntity('place', 'Italië');
    expect(it?.id).toBe('iso:IT');
    expect(it?.qid).toBeUndefined();
  });

  it('labels in the asked language', () => {
    const e = knownById('cl:benelux-police-treaty')!;
    expect(knownLabel(e, 'nl')).toBe('Benelux-politieverdrag');
    expect(knownLabel(e, 'fr')).toBe('Traité de police Benelux');
    expect(knownLabel(e, 'de')).toBe('Benelux-Polizeivertrag');
    expect(knownLabel(e, 'es')).toBe('Benelux Police Treaty');
  });

  it('links only well-formed QIDs to Wikidata', () => {
    expect(wikidataUrl('Q76')).toBe('https://www.wikidata.org/wiki/Q76');
    expect(wikidataUrl('cl:nccn')).toBeNull();
    expect(wikidataUrl('Q76/../evil')).toBeNull();
    expect(wikidataUrl(undefined)).toBeNull();
  });

  it('site names: one site whatever the case, accents or domain ending', () => {
    expect(siteKeyOf('Libération.fr')).toBe('liberation');
    expect(siteKeyOf('Libération')).toBe('liberation');
    expect(siteKeyOf('www.liberation.fr')).toBe('liberation');
    expect(siteKeyOf('The Brussels Times')).toBe('the brussels times');
    expect(siteKeyOf('bbc.co.uk')).toBe('bbc');
  });
});

describe('entity index: one entity across languages and name forms', () => {
  it('merges the Benelux Union, the NCCN and the police treaty across four languages under one id', () => {
    const items = [
      saved('nl', [{ kind: 'organisation', name: 'Benelux Unie' }, { kind: 'organisation', name: 'Nationaal Crisiscentrum', acronym: 'NCCN' }, { kind: 'agreement', name: 'Benelux-politieverdrag', date: '2023-10' }]),
      saved('fr', [{ kind: 'organisation', name: 'Union Benelux' }, { kind: 'organisation', name: 'Centre de crise national' }, { kind: 'agreement', name: 'Traité de police Benelux', date: '2023-10' }]),
      saved('de', [{ kind: 'organisation', name: 'Benelux-Union' }, { kind: 'organisation', name: 'Nationales Krisenzentrum' }, { kind: 'agreement', name: 'Benelux-Polizeivertrag' }]),
      saved('en', [{ kind: 'organisation', name: 'Benelux Union' }, { kind: 'organisation', name: 'NCCN' }, { kind: 'agreement', name: 'Benelux Police Treaty', date: '2023-10' }]),
    ];
    const idx = index(items);
    const byId = (id: string) => idx.entries.filter((e) => e.id === id);
    for (const id of ['cl:benelux-union', 'cl:nccn', 'cl:benelux-police-treaty']) {
      expect(byId(id), id).toHaveLength(1);
      const e = byId(id)[0];
      expect(e.briefCount, id).toBe(4);
      expect(new Set(e.briefs.map((b) => b.lang))).toEqual(new Set(['nl', 'fr', 'de', 'en']));
      expect(e.qid).toBeUndefined();
      expect(e.names?.nl?.length).toBeGreaterThan(0);
      expect(idx.lookup.get(id)).toBe(e);
    }
    expect(idx.entries.filter((e) => e.kind === 'organisation')).toHaveLength(2);
    expect(idx.entries.filter((e) => e.kind === 'agreement')).toHaveLength(1);
    expect(byId('cl:benelux-police-treaty')[0].dates).toEqual(['2023-10']);
    // Every name form leads to the one entry (the library's entity filter).
    expect(idx.lookup.get('organisation:union benelux')).toBe(byId('cl:benelux-union')[0]);
  });

  it('merges a surname with the one full name of that surname in the library', () => {
    const idx = index([
      saved('en', [{ kind: 'person', name: 'Barack Obama', role: 'former president' }]),
      saved('fr', [{ kind: 'person', name: 'Obama' }]),
      saved('nl', [{ kind: 'person', name: 'OBAMA' }]),
    ]);
    const people = idx.entries.filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Barack Obama', id: 'Q76', qid: 'Q76', briefCount: 3 });
  });

  it('keeps a surname apart when two full names share it, and unknown people keep their own id', () => {
    const idx = index([
      saved('en', [{ kind: 'person', name: 'Barack Obama' }, { kind: 'person', name: 'Michelle Obama' }]),
      saved('en', [{ kind: 'person', name: 'Obama' }]),
      saved('nl', [{ kind: 'person', name: 'Koen Schoeters' }]),
      saved('fr', [{ kind: 'person', name: 'Schoeters' }]),
    ]);
    const names = idx.entries.filter((e) => e.kind === 'person').map((e) => e.name).sort();
    expect(names).toEqual(['Barack Obama', 'Koen Schoeters', 'Michelle Obama', 'Obama']);
    const koen = idx.entries.find((e) => e.name === 'Koen Schoeters')!;
    expect(koen.briefCount).toBe(2);
    expect(koen.id).toBe(koen.key);
    expect(koen.qid).toBeUndefined();
  });

  it('merges unknown names by normalised form and by acronym', () => {
    const idx = index([
      saved('fr', [{ kind: 'organisation', name: 'Croix-Rouge de Belgique' }, { kind: 'organisation', name: 'Vlaamse Milieumaatschappij', acronym: 'VMM' }]),
      saved('fr', [{ kind: 'organisation', name: 'croix rouge de belgique' }]),
      saved('nl', [{ kind: 'organisation', name: 'VMM' }]),
    ]);
    const orgs = idx.entries.filter((e) => e.kind === 'organisation');
    expect(orgs.map((e) => [e.name, e.briefCount]).sort()).toEqual([['Croix-Rouge de Belgique', 2], ['Vlaamse Milieumaatschappij', 2]]);
  });
});

describe('library: search, entity filter and site filter merge by identity', () => {
  it('a search for one name finds the briefs that use another language’s name; the entity filter lists all four', async () => {
    const lib = openTestLibrary();
    const items = [
      saved('nl', [{ kind: 'organisation', name: 'Benelux Unie' }]),
      saved('fr', [{ kind: 'organisation', name: 'Union Benelux' }]),
      saved('de', [{ kind: 'organisation', name: 'Benelux-Union' }]),
      saved('en', [{ kind: 'organisation', name: 'Benelux Union' }]),
    ];
    await lib.restore(items);
    expect((await lib.list({ text: '"Union Benelux"' })).total).toBe(4);
    expect((await lib.list({ text: 'Beneluxunie' })).total).toBe(4);
    expect((await lib.list({ text: 'benelux union' })).total).toBe(4);
    // Words that are not a whole known name search the text as written.
    expect((await lib.list({ text: 'unie' })).total).toBe(1);
    expect((await lib.list({ entity: 'cl:benelux-union' })).total).toBe(4);
    expect((await lib.list({ entity: 'organisation:benelux unie' })).total).toBe(4);
    const entries = await lib.entityIndex({ text: 'union benelux' });
    expect(entries.map((e) => e.id)).toEqual(['cl:benelux-union']);
    lib.close();
  });

  it('one site "Libération" whatever its spelling: one facet, one filter', async () => {
    const lib = openTestLibrary();
    await lib.restore([
      saved('fr', [{ kind: 'place', name: 'Paris' }], { siteName: 'Libération', url: 'https://www.liberation.fr/a' }),
      saved('fr', [{ kind: 'place', name: 'Paris' }], { siteName: 'Libération.fr', url: 'https://www.liberation.fr/b' }),
      saved('fr', [{ kind: 'place', name: 'Paris' }], { siteName: 'Le Soir', url: 'https://www.lesoir.be/c' }),
    ]);
    const facets = await lib.facets();
    expect(facets.sites).toEqual([
      { value: 'Libération', count: 2 },
      { value: 'Le Soir', count: 1 },
    ]);
    expect((await lib.list({ site: 'Libération' })).total).toBe(2);
    expect((await lib.list({ site: 'Libération.fr' })).total).toBe(2);
    expect((await lib.list({ site: 'liberation' })).total).toBe(2);
    expect((await lib.list({ site: 'Le Soir' })).total).toBe(1);
    lib.close();
  });
});
