import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb, LIBRARY_DB_VERSION, VERSIONS, type LibraryDexie } from '../../src/library/db';
import { catalogRow, searchRow } from '../../src/library/catalog';
import { csvRows } from '../../src/export/csv';
import { entryJson } from '../../src/library/records';
import type { SavedBrief } from '../../src/library';
import { deBrief, makeBrief, nlBrief } from './factory';
import { freshIdb, openTestLibrary } from './helpers';

/** Saved examples as each earlier version stored them. A new version must add the previous one here. */
const v1Records: SavedBrief[] = [
  {
    id: 'https://vrt.be/vrtnws/nl/2024/06/07/crisiscentrum-akkoord',
    brief: nlBrief(),
    url: nlBrief().url,
    savedAt: '2024-06-07T09:00:00.000Z',
    updatedAt: '2024-06-08T10:00:00.000Z',
    note: 'voor het weekrapport',
    tags: ['overstromingen'],
  },
  {
    id: 'https://brf.be/national/2024/06/08/krisenzentrum',
    brief: deBrief(),
    url: deBrief().url,
    savedAt: '2024-06-08T09:00:00.000Z',
    updatedAt: '2024-06-08T09:00:00.000Z',
    note: '',
    tags: [],
  },
];

/** v2 stored each brief as {id, savedAt, json, csv} (its export JSON and CSV rows), plus the derived tables. */
const v2Write = async (db: LibraryDexie) => {
  await db.table('briefs').bulkPut(v1Records.map((r) => ({ id: r.id, savedAt: r.savedAt, json: entryJson(r), csv: csvRows(r) })));
  await db.table('catalog').bulkPut(v1Records.map(catalogRow));
  await db.table('search').bulkPut(v1Records.map(searchRow));
  await db.table('meta').put({ key: 'rev', value: 7 });
};

/** A German brief naming the UK in the dative ("im Vereinigten Königreich"), saved before v4 (older than the others). */
const ukUrl = 'https://brf.be/international/2024/06/05/hochwasser-uk';
const ukRecord: SavedBrief = {
  id: ukUrl,
  brief: makeBrief({
    url: ukUrl,
    title: 'Hochwasser im Vereinigten Königreich',
    lang: 'de',
    published: '2024-06-05',
    text: 'Im Vereinigten Königreich stehen nach tagelangem Regen ganze Dörfer unter Wasser.',
    entities: [{ kind: 'place', name: 'Vereinigten Königreich' }],
  }),
  url: ukUrl,
  savedAt: '2024-06-05T09:00:00.000Z',
  updatedAt: '2024-06-05T09:00:00.000Z',
  note: '',
  tags: [],
};
const v3Records: SavedBrief[] = [...v1Records, ukRecord];

/** v3 stored {id, savedAt, json}, the catalog, and search rows {id, blob} (no known-entity ids). */
const v3Write = async (db: LibraryDexie) => {
  await db.table('briefs').bulkPut(v3Records.map((r) => ({ id: r.id, savedAt: r.savedAt, json: entryJson(r) })));
  await db.table('catalog').bulkPut(v3Records.map(catalogRow));
  await db.table('search').bulkPut(v3Records.map((r) => ({ id: r.id, blob: searchRow(r).blob })));
  await db.table('meta').put({ key: 'rev', value: 9 });
};

const EXAMPLES: Record<number, { write: (db: LibraryDexie) => Promise<void>; records: SavedBrief[] }> = {
  1: { write: async (db) => void (await db.table('briefs').bulkPut(v1Records)), records: v1Records },
  2: { write: v2Write, records: v1Records },
  3: { write: v3Write, records: v3Records },
};

describe('schema history', () => {
  it('declares every version 1..latest and has a saved example for every earlier version', () => {
    expect(Object.keys(VERSIONS).map(Number)).toEqual(Array.from({ length: LIBRARY_DB_VERSION }, (_, i) => i + 1));
    for (let v = 1; v < LIBRARY_DB_VERSION; v++) expect(EXAMPLES[v], `saved example for v${v}`).toBeDefined();
  });
});

describe.each(Array.from({ length: LIBRARY_DB_VERSION - 1 }, (_, i) => i + 1))('upgrade from v%i', (from) => {
  it('keeps every saved brief and makes them listable, searchable and indexed', async () => {
    const idb = freshIdb();
    const old = createDb('test-library', { indexedDB: idb, IDBKeyRange }, from);
    await old.open();
    await EXAMPLES[from].write(old);
    old.close();

    const lib = openTestLibrary(idb);
    const records = EXAMPLES[from].records;
    // Nothing lost, nothing changed.
    for (const r of records) expect(await lib.get(r.id)).toEqual(r);
    expect(await lib.count()).toBe(records.length);
    // Derived data built by the upgrade.
    const { items, total } = await lib.list();
    expect(total).toBe(records.length);
    expect(items[0].id).toBe(records[1].id); // newest saved first
    expect(items.find((i) => i.lang === 'nl')!.counts.organisations).toBe(3);
    expect((await lib.list({ text: 'krisenzentrum' })).total).toBe(1);
    // Search by another language's known name: the French name of the NCCN finds the nl and de briefs.
    const nccnFr = await lib.list({ text: 'Centre de crise national' });
    expect(nccnFr.items.map((i) => i.id).sort()).toEqual([v1Records[0].id, v1Records[1].id].sort());
    expect((await lib.list({ tag: 'overstromingen' })).total).toBe(1);
    const nccn = (await lib.entityIndex()).find((e) => e.key === 'organisation:nccn')!;
    expect(nccn.briefCount).toBe(2);
    // And the upgraded library takes new writes.
    const again = await lib.save(nlBrief({ title: 'Nieuwe titel' }));
    expect(again.updated).toBe(true);
    expect(again.item.note).toBe('voor het weekrapport');
    expect(again.item.savedAt).toBe('2024-06-07T09:00:00.000Z');
    lib.close();
  });
});

describe('v3: no export format stored', () => {
  it('the upgrade from v2 drops the CSV column and keeps the rest', async () => {
    const idb = freshIdb();
    const old = createDb('test-library', { indexedDB: idb, IDBKeyRange }, 2);
    await old.open();
    await v2Write(old);
    old.close();
    const db = createDb('test-library', { indexedDB: idb, IDBKeyRange }, 3);
    await db.open();
    const rows = (await db.briefs.toArray()) as unknown as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(['id', 'json', 'savedAt']);
    expect((await db.meta.get('rev'))?.value).toBe(7);
    db.close();
  });
});

describe('v4: search rows rebuilt with the known entities', () => {
  it('the upgrade from v3 gives every brief the search row a save writes now', async () => {
    const idb = freshIdb();
    const old = createDb('test-library', { indexedDB: idb, IDBKeyRange }, 3);
    await old.open();
    await v3Write(old);
    old.close();
    const db = createDb('test-library', { indexedDB: idb, IDBKeyRange });
    await db.open();
    expect(await db.search.toArray()).toEqual(v3Records.map(searchRow).sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect((await db.search.get(ukUrl))?.known).toBe('Q145');
    expect((await db.meta.get('rev'))?.value).toBe(10); // every window reloads
    db.close();
  });

  it('an upgraded brief that says "im Vereinigten Königreich" is found by "United Kingdom" and "Royaume-Uni"', async () => {
    const idb = freshIdb();
    const old = createDb('test-library', { indexedDB: idb, IDBKeyRange }, 3);
    await old.open();
    await v3Write(old);
    old.close();
    const lib = openTestLibrary(idb);
    for (const q of ['United Kingdom', 'Royaume-Uni', 'Verenigd Koninkrijk', 'Vereinigtes Königreich'])
      expect((await lib.list({ text: q })).items.map((i) => i.id), q).toEqual([ukUrl]);
    lib.close();
  });
});

describe('v2 derived tables', () => {
  it('the upgrade derives exactly what a save writes', async () => {
    const idb = freshIdb();
    const old = createDb('test-library', { indexedDB: idb, IDBKeyRange }, 1);
    await old.open();
    await old.table('briefs').bulkPut(v1Records);
    old.close();
    const db = createDb('test-library', { indexedDB: idb, IDBKeyRange }, 2);
    await db.open();
    expect(await db.catalog.toArray()).toEqual(v1Records.map(catalogRow).sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.search.toArray()).toEqual(v1Records.map(searchRow).sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect((await db.meta.get('rev'))?.value).toBe(1);
    db.close();
  });
});
