import { describe, expect, it } from 'vitest';
import { briefId, normaliseUrl, LibraryError } from '../../src/library';
import { deBrief, enBrief, fourBriefs, frBrief, generateBriefs, nlBrief } from './factory';
import { openTestLibrary, freshIdb } from './helpers';

describe('canonical ids', () => {
  it('normalises URLs: no hash, no tracking params, no trailing slash, no www, host lower-cased', () => {
    expect(normaliseUrl('https://WWW.Example.com/a/b/?utm_source=x&id=3&fbclid=y#top')).toBe('https://example.com/a/b?id=3');
    expect(normaliseUrl('https://example.com/')).toBe('https://example.com');
    expect(normaliseUrl('http://example.com:80/x')).toBe('http://example.com/x');
    expect(normaliseUrl('  article.html ')).toBe('article.html');
  });
  it('uses the canonical URL when there is one, the URL otherwise', () => {
    const b = nlBrief();
    expect(briefId(b)).toBe('https://vrt.be/vrtnws/nl/2024/06/07/crisiscentrum-akkoord');
    expect(briefId({ ...b, canonicalUrl: null })).toBe('https://vrt.be/vrtnws/nl/2024/06/07/crisiscentrum-akkoord');
    expect(briefId({ ...b, fromSelection: true })).toMatch(/#selection$/);
  });
});

describe('save / get / update / remove', () => {
  it('saves a brief and reads it back whole', async () => {
    const lib = openTestLibrary();
    const b = nlBrief();
    const { item, updated } = await lib.save(b, { note: 'voor het weekrapport', tags: ['overstromingen', ' NCCN '] });
    expect(updated).toBe(false);
    expect(item.id).toBe(briefId(b));
    expect(item.tags).toEqual(['overstromingen', 'NCCN']);
    expect(item.savedAt).toBe(item.updatedAt);
    const got = await lib.get(item.id);
    expect(got).toEqual(item);
    expect(got!.brief).toEqual(b);
    expect(await lib.count()).toBe(1);
    expect(await lib.findSaved(b)).toBe(item.id);
    expect(await lib.findSaved('https://www.vrt.be/vrtnws/nl/2024/06/07/crisiscentrum-akkoord/?utm_medium=x')).toBe(item.id);
    expect(await lib.findSaved(enBrief())).toBeNull();
    lib.close();
  });

  it('saving the same canonical URL again updates, keeps note/tags/savedAt, says so', async () => {
    const lib = openTestLibrary();
    const first = await lib.save(nlBrief(), { note: 'n1', tags: ['a'] });
    await new Promise((r) => setTimeout(r, 5));
    const again = nlBrief({ url: 'https://vrt.be/vrtnws/nl/2024/06/07/crisiscentrum-akkoord?utm_campaign=z', title: 'Bijgewerkte titel' });
    const second = await lib.save(again);
    expect(second.updated).toBe(true);
    expect(second.item.id).toBe(first.item.id);
    expect(second.item.savedAt).toBe(first.item.savedAt);
    expect(second.item.updatedAt > first.item.updatedAt).toBe(true);
    expect(second.item.note).toBe('n1');
    expect(second.item.tags).toEqual(['a']);
    expect(second.item.brief.title).toBe('Bijgewerkte titel');
    expect(await lib.count()).toBe(1);
    const { items } = await lib.list();
    expect(items.map((i) => i.title)).toEqual(['Bijgewerkte titel']);
    lib.close();
  });

  it('rejects an invalid brief with a clear message and writes nothing', async () => {
    const lib = openTestLibrary();
    const bad = { ...nlBrief(), organisations: [{ name: 'X', aliases: [], mentions: 'nope' }] } as never;
    const err = await lib.save(bad).catch((e) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err.code).toBe('invalid-brief');
    expect(err.message).toContain('brief.organisations[0].mentions');
    expect(await lib.count()).toBe(0);
    lib.close();
  });

  it('edits note and tags; unknown id is not-found', async () => {
    const lib = openTestLibrary();
    const { item } = await lib.save(frBrief());
    const upd = await lib.update(item.id, { note: 'à suivre', tags: ['Inondations', 'inondations', '', 'Liège'] });
    expect(upd.note).toBe('à suivre');
    expect(upd.tags).toEqual(['Inondations', 'Liège']);
    expect((await lib.list({ tag: 'liege' })).total).toBe(1); // tags match case- and diacritic-insensitively
    expect((await lib.list({ tag: 'LIÈGE' })).total).toBe(1);
    expect((await lib.list({ tag: 'Lieg' })).total).toBe(0); // whole tags only
    const err = await lib.update('https://nowhere.example/x', { note: 'x' }).catch((e) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err.code).toBe('not-found');
    lib.close();
  });

  it('removes with undo: remove returns the records, restore puts them back exactly', async () => {
    const lib = openTestLibrary();
    for (const b of fourBriefs()) await lib.save(b, { tags: ['t'] });
    const ids = (await lib.list()).items.map((i) => i.id);
    const before = await lib.exportAll();
    const removed = await lib.remove([ids[0], ids[1], 'https://missing.example']);
    expect(removed.map((r) => r.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect((await lib.list()).total).toBe(2);
    // newest first: the en and de briefs went, and with them the DWD from the entity index
    expect((await lib.entityIndex()).find((e) => e.name === 'Deutschen Wetterdienst')).toBeUndefined();
    await lib.restore(removed);
    expect((await lib.entityIndex()).find((e) => e.name === 'Deutschen Wetterdienst')).toBeDefined();
    expect(await lib.exportAll()).toEqual(before);
    expect((await lib.list({ text: 'schoeters' })).total).toBe(4);
    lib.close();
  });

  it('clear empties everything', async () => {
    const lib = openTestLibrary();
    for (const b of fourBriefs()) await lib.save(b);
    await lib.clear();
    expect(await lib.list()).toEqual({ items: [], total: 0 });
    expect(await lib.entityIndex()).toEqual([]);
    expect((await lib.list({ text: 'nccn' })).total).toBe(0);
    lib.close();
  });
});

describe('list, search, filters, sort, paging', () => {
  async function filled() {
    const lib = openTestLibrary();
    const briefs = [
      nlBrief(),
      frBrief(),
      deBrief(),
      enBrief(),
      enBrief({ url: 'https://www.bbc.co.uk/news/world-europe-1', title: 'Storm Ciarán: Belgium braces for floods', siteName: 'BBC News', published: '2023-11-02', text: 'Storm Ciarán hit the coast of Ostend on Thursday. The Royal Meteorological Institute (RMI) issued a red warning.', entities: [{ kind: 'organisation', name: 'Royal Meteorological Institute', acronym: 'RMI' }, { kind: 'place', name: 'Ostend' }], dates: [] }),
      nlBrief({ url: 'https://nos.nl/artikel/1', canonicalUrl: null, title: 'Stroomstoring in Utrecht', siteName: 'NOS', published: null, text: 'Een grote stroomstoring trof dinsdag Utrecht. Netbeheerder Stedin onderzoekt de oorzaak.', entities: [{ kind: 'organisation', name: 'Stedin' }, { kind: 'place', name: 'Utrecht' }], dates: [] }),
    ];
    for (const b of briefs) {
      await lib.save(b, b.lang === 'en' ? { tags: ['storms'] } : {});
      await new Promise((r) => setTimeout(r, 2)); // distinct savedAt
    }
    return lib;
  }

  it('opens the list newest saved first with total and counts', async () => {
    const lib = await filled();
    const { items, total } = await lib.list();
    expect(total).toBe(6);
    expect(items[0].title).toBe('Stroomstoring in Utrecht');
    expect(items[5].lang).toBe('nl');
    const nl = items.find((i) => i.lang === 'nl' && i.published)!;
    expect(nl.counts).toEqual({ organisations: 3, people: 2, places: 2, agreements: 1, dates: 2 });
    expect(nl.host).toBe('vrt.be');
    expect(nl).not.toHaveProperty('text');
    lib.close();
  });

  it('searches titles, text and entity names: case/diacritic-insensitive, multiword AND, phrases', async () => {
    const lib = await filled();
    const titles = async (text: string) => (await lib.list({ text, sort: 'title' })).items.map((i) => i.title);
    expect((await lib.list({ text: 'NCCN' })).total).toBe(4);
    expect((await lib.list({ text: 'nccn' })).total).toBe(4);
    expect(await titles('liege')).toHaveLength(2); // "Liège" in the fr and en texts
    expect(await titles('LUTTICH')).toEqual(['Krisenzentrum schließt Abkommen über schnellere Hochwasserwarnung']);
    expect(await titles('ciaran ostend')).toEqual(['Storm Ciarán: Belgium braces for floods']);
    expect(await titles('ciaran utrecht')).toEqual([]);
    expect(await titles('"red warning"')).toHaveLength(1);
    expect(await titles('"red zebra"')).toHaveLength(0); // all words of a phrase are required
    expect(await titles('"Storm Ciarán: Belgium"')).toHaveLength(1); // exact in the title
    expect(await titles('stroom')).toEqual(['Stroomstoring in Utrecht']); // inside a compound
    expect(await titles('crisiscentrum')).toHaveLength(1);
    expect(await titles('   ')).toHaveLength(6);
    lib.close();
  });

  it('filters by language, site, published range, tag, and combines them', async () => {
    const lib = await filled();
    expect((await lib.list({ lang: 'en' })).total).toBe(2);
    expect((await lib.list({ lang: 'NL' })).total).toBe(2);
    expect((await lib.list({ site: 'bbc.co.uk' })).total).toBe(1);
    expect((await lib.list({ site: 'le soir' })).total).toBe(1);
    expect((await lib.list({ site: 'www.lesoir.be' })).total).toBe(1);
    expect((await lib.list({ from: '2024-06-08' })).items.map((i) => i.lang)).toEqual(['de']);
    expect((await lib.list({ from: '2024', to: '2024' })).total).toBe(4);
    expect((await lib.list({ to: '2023-12-31' })).items.map((i) => i.siteName)).toEqual(['BBC News']);
    expect((await lib.list({ from: '2023-11' , to: '2023-11' })).total).toBe(1);
    expect((await lib.list({ tag: 'STORMS' })).total).toBe(2);
    expect((await lib.list({ tag: 'storms', text: 'ciaran' })).total).toBe(1);
    expect((await lib.list({ lang: 'nl', text: 'utrecht' })).total).toBe(1);
    expect((await lib.list({ lang: 'fr', text: 'utrecht' })).total).toBe(0);
    lib.close();
  });

  it('sorts and pages', async () => {
    const lib = await filled();
    const pub = (await lib.list({ sort: 'published-desc' })).items.map((i) => i.published);
    expect(pub).toEqual(['2024-06-08', '2024-06-07', '2024-06-07', '2024-06-07', '2023-11-02', null]);
    const asc = (await lib.list({ sort: 'published-asc' })).items.map((i) => i.published);
    expect(asc).toEqual(['2023-11-02', '2024-06-07', '2024-06-07', '2024-06-07', '2024-06-08', null]);
    const byTitle = (await lib.list({ sort: 'title' })).items.map((i) => i.title[0]);
    expect(byTitle).toEqual(['C', 'C', 'K', 'L', 'S', 'S']);
    const savedAsc = (await lib.list({ sort: 'saved-asc' })).items.map((i) => i.lang);
    expect(savedAsc[0]).toBe('nl');
    const all = (await lib.list({ limit: 0 })).items.map((i) => i.id);
    const p1 = await lib.list({ limit: 4, offset: 0 });
    const p2 = await lib.list({ limit: 4, offset: 4 });
    expect(p1.total).toBe(6);
    expect([...p1.items, ...p2.items].map((i) => i.id)).toEqual(all);
    expect(p2.items).toHaveLength(2);
    // the same through the filtered path
    const fAll = (await lib.list({ text: 'in', limit: 0 })).items.map((i) => i.id);
    expect(fAll.length).toBeGreaterThan(3);
    const f1 = await lib.list({ text: 'in', limit: 3, offset: 3 });
    expect(f1.total).toBe(fAll.length);
    expect(f1.items.map((i) => i.id)).toEqual(fAll.slice(3, 6));
    lib.close();
  });

  it('gives facets for the filter controls', async () => {
    const lib = await filled();
    const f = await lib.facets();
    expect(f.total).toBe(6);
    expect(f.langs).toEqual([
      { value: 'en', count: 2 },
      { value: 'nl', count: 2 },
      { value: 'de', count: 1 },
      { value: 'fr', count: 1 },
    ]);
    expect(f.sites.find((s) => s.value === 'NOS')).toEqual({ value: 'NOS', count: 1 });
    expect(f.tags).toEqual([{ value: 'storms', count: 2 }]);
    expect(f.published).toEqual({ min: '2023-11-02', max: '2024-06-08' });
    lib.close();
  });
});

describe('entity index', () => {
  it('merges acronyms and full names across briefs and languages, counts briefs, links them', async () => {
    const lib = openTestLibrary();
    for (const b of fourBriefs()) await lib.save(b);
    // A brief that knows only the acronym.
    await lib.save(enBrief({ url: 'https://example.org/nccn-only', title: 'NCCN warns of heat', text: 'The NCCN issued a heat warning for Brussels.', entities: [{ kind: 'organisation', name: 'NCCN' }, { kind: 'place', name: 'Brussels' }], dates: [] }));
    const idx = await lib.entityIndex();
    const nccn = idx.filter((e) => e.kind === 'organisation' && (e.acronym === 'NCCN' || e.name === 'NCCN'));
    expect(nccn).toHaveLength(1);
    expect(nccn[0].key).toBe('organisation:nccn');
    expect(nccn[0].briefCount).toBe(5);
    expect(nccn[0].acronym).toBe('NCCN');
    expect([nccn[0].name, ...nccn[0].aliases]).toEqual(
      expect.arrayContaining(['NCCN', 'Nationaal Crisiscentrum', 'Centre de crise national', 'Nationale Krisenzentrum', 'National Crisis Centre']),
    );
    expect(nccn[0].briefs.map((b) => b.title)).toContain('NCCN warns of heat');
    expect(idx[0]).toBe(idx.find((e) => e.key === 'organisation:nccn')); // most briefs first
    // People merge by full name across the four languages, roles collected.
    const ks = idx.find((e) => e.kind === 'person' && e.name === 'Koen Schoeters')!;
    expect(ks.briefCount).toBe(4);
    expect(ks.roles).toHaveLength(4);
    // Diacritics/case: Liège (fr, en) merges, Lüttich/Luik stay separate names (no data says they are the same).
    const liege = idx.filter((e) => e.kind === 'place' && /li[eè]ge/i.test(e.name));
    expect(liege).toHaveLength(1);
    expect(liege[0].briefCount).toBe(2);
    const agreements = idx.filter((e) => e.kind === 'agreement');
    expect(agreements.every((a) => a.dates?.[0] === '2023-10')).toBe(true);
    // Filter by kind and text.
    expect((await lib.entityIndex({ kind: 'place' })).every((e) => e.kind === 'place')).toBe(true);
    expect((await lib.entityIndex({ text: 'krisenzentrum' })).map((e) => e.key)).toEqual(['organisation:nccn']);
    // List by entity: via its key or any member key.
    expect((await lib.list({ entity: 'organisation:nccn' })).total).toBe(5);
    expect((await lib.list({ entity: 'organisation:Centre de crise national' })).total).toBe(5);
    expect((await lib.list({ entity: 'person:koen schoeters', lang: 'de' })).total).toBe(1);
    expect((await lib.list({ entity: 'organisation:does not exist' })).total).toBe(0);
    lib.close();
  });

  it('does not merge people by a shared surname alias', async () => {
    const lib = openTestLibrary();
    await lib.save(enBrief({ url: 'https://a.example/1', text: 'Alexander De Croo spoke. De Croo left.', entities: [{ kind: 'person', name: 'Alexander De Croo', aliases: ['De Croo'] }], dates: [] }));
    await lib.save(enBrief({ url: 'https://a.example/2', text: 'Herman De Croo spoke. De Croo left.', entities: [{ kind: 'person', name: 'Herman De Croo', aliases: ['De Croo'] }], dates: [] }));
    const people = await lib.entityIndex({ kind: 'person' });
    expect(people.map((p) => p.name).sort()).toEqual(['Alexander De Croo', 'Herman De Croo']);
    lib.close();
  });

  it('updates after writes', async () => {
    const lib = openTestLibrary();
    const { item } = await lib.save(nlBrief());
    expect((await lib.entityIndex()).find((e) => e.key === 'organisation:nccn')!.briefCount).toBe(1);
    await lib.save(frBrief());
    expect((await lib.entityIndex()).find((e) => e.key === 'organisation:nccn')!.briefCount).toBe(2);
    await lib.remove([item.id]);
    const after = await lib.entityIndex();
    expect(after.find((e) => e.key === 'organisation:nccn')!.briefCount).toBe(1);
    expect(after.find((e) => e.name === 'Vlaamse Milieumaatschappij')).toBeUndefined();
    lib.close();
  });
});

describe('cache consistency', () => {
  it('after saves, edits, removes and restores, every sort/filter equals what a fresh window reads', async () => {
    const idb = freshIdb();
    const lib = openTestLibrary(idb);
    const briefs = generateBriefs(24, 11);
    for (const b of briefs.slice(0, 18)) await lib.save(b);
    const sorts = ['saved-desc', 'saved-asc', 'published-desc', 'published-asc', 'title'] as const;
    for (const sort of sorts) await lib.list({ sort, text: 'a' }); // warm every cached order and the blobs
    await lib.entityIndex();
    for (const b of briefs.slice(18)) await lib.save(b, { tags: ['late'] });
    await lib.save({ ...briefs[3], title: 'Aaa moved to the top by title', published: '2030-01-01' });
    const removed = await lib.remove([briefId(briefs[5]), briefId(briefs[6])]);
    await lib.update(briefId(briefs[7]), { tags: ['late'], note: 'zebra' });
    await lib.restore(removed.slice(0, 1));
    const fresh = openTestLibrary(idb);
    for (const sort of sorts) {
      for (const q of [{}, { text: 'zebra' }, { tag: 'late' }, { text: 'a', lang: 'fr' }]) {
        expect(await lib.list({ ...q, sort, limit: 0 }), `${sort} ${JSON.stringify(q)}`).toEqual(await fresh.list({ ...q, sort, limit: 0 }));
      }
    }
    expect(await lib.entityIndex()).toEqual(await fresh.entityIndex());
    lib.close();
    fresh.close();
  });
});

describe('two windows', () => {
  it('concurrent writes from two Library instances on the same database lose nothing', async () => {
    const idb = freshIdb();
    const a = openTestLibrary(idb);
    const b = openTestLibrary(idb);
    const make = (n: number, who: string) =>
      Array.from({ length: n }, (_, i) => enBrief({ url: `https://news.example/${who}/${i}`, title: `${who} ${i}` }));
    const shared = enBrief({ url: 'https://news.example/shared', title: 'shared' });
    const results = await Promise.all([
      ...make(25, 'a').map((x) => a.save(x)),
      ...make(25, 'b').map((x) => b.save(x)),
      a.save(shared, { tags: ['from-a'] }),
      b.save(shared, { note: 'from b' }),
    ]);
    expect(results.filter((r) => r.item.id.endsWith('/shared')).map((r) => r.updated).sort()).toEqual([false, true]);
    expect((await a.list()).total).toBe(51);
    expect((await b.list()).total).toBe(51);
    const s = (await a.get('https://news.example/shared'))!;
    expect(s.tags).toEqual(['from-a']); // the second save kept the first one's tags…
    expect(s.note).toBe('from b'); // …and set its own note
    // caches see the other window's writes
    await a.list({ text: 'shared' });
    await b.update(s.id, { tags: ['x'] });
    expect((await a.list({ tag: 'x' })).total).toBe(1);
    await b.remove(['https://news.example/a/0']);
    expect((await a.list({ text: 'a 0' })).items.map((i) => i.title)).not.toContain('a 0');
    expect((await a.entityIndex())[0].briefCount).toBe(50);
    a.close();
    b.close();
  });

  it('onChange fires for writes from another instance', async () => {
    const idb = freshIdb();
    const a = openTestLibrary(idb);
    const b = openTestLibrary(idb);
    await a.count();
    let calls = 0;
    const off = a.onChange(() => calls++);
    await new Promise((r) => setTimeout(r, 50));
    await b.save(nlBrief());
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toBeGreaterThanOrEqual(1);
    off();
    a.close();
    b.close();
  });
});
