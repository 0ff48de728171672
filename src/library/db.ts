import { Dexie, type Table } from 'dexie';
import { catalogRow, searchRow, type CatalogRow, type SearchRow } from './catalog';
import { entryJson } from './records';
import type { SavedBrief } from './types';

/**
 * The library database and its schema history. Every version stays listed here forever: Dexie
 * upgrades a database of any earlier version step by step, running each `upgrade` in order.
 * To change the stored shape: add a version with its stores and an upgrade function, and add a
 * saved example of the previous version to tests/library/migrations.test.ts.
 *
 * v1 – `briefs`: SavedBrief records (objects) keyed by id, indexed by savedAt.
 * v2 – `briefs` rows become {id, savedAt, json, csv}: the record as its export JSON and its CSV
 *      rows, precomputed (reading 10,000 strings is ~20× faster than 10,000 object graphs, and
 *      export is a concatenation). Adds derived tables for fast lists and search: `catalog`
 *      (light row per brief: counts, encoded entity summaries, folded keys), `search` (folded
 *      search blob per brief) and `meta` (a revision counter bumped by every write, keeping each
 *      window's cache fresh). The upgrade converts every v1 record.
 * v3 – `briefs` rows lose `csv`: the library stores briefs with their note and tags, never an
 *      export format (exports are made from saved briefs by src/export/). The upgrade drops the
 *      column from every row; nothing else changes.
 * v4 – same stores; `search` blobs carry the names of a known entity in every language
 *      (data/entities/known.json): the upgrade rebuilds the blob of every brief saved before,
 *      and bumps the revision so every window reloads.
 */
export const LIBRARY_DB_VERSION = 4;

export interface MetaRow {
  key: string;
  value: number;
}

/** A stored brief (v3+): the SavedBrief (brief, note, tags, times) serialised as JSON. */
export interface BriefRow {
  id: string;
  savedAt: string;
  json: string;
}

export function briefRow(s: SavedBrief): BriefRow {
  return { id: s.id, savedAt: s.savedAt, json: entryJson(s) };
}

export function fromBriefRow(r: BriefRow): SavedBrief {
  return JSON.parse(r.json) as SavedBrief;
}

export type LibraryDexie = Dexie & {
  briefs: Table<BriefRow, string>;
  catalog: Table<CatalogRow, string>;
  search: Table<SearchRow, string>;
  meta: Table<MetaRow, string>;
};

type VersionDef = { stores: Record<string, string | null>; upgrade?: (tx: import('dexie').Transaction) => Promise<void> };

export const VERSIONS: Record<number, VersionDef> = {
  1: { stores: { briefs: 'id, savedAt' } },
  2: {
    stores: { briefs: 'id, savedAt', catalog: 'id, savedAt', search: 'id', meta: 'key' },
    upgrade: async (tx) => {
      const briefs = (await tx.table('briefs').toArray()) as SavedBrief[];
      await tx.table('briefs').bulkPut(briefs.map(briefRow));
      await tx.table('catalog').bulkPut(briefs.map(catalogRow));
      await tx.table('search').bulkPut(briefs.map(searchRow));
      await tx.table('meta').put({ key: 'rev', value: 1 });
    },
  },
  3: {
    stores: { briefs: 'id, savedAt', catalog: 'id, savedAt', search: 'id', meta: 'key' },
    upgrade: async (tx) => {
      await tx
        .table('briefs')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          delete row.csv;
        });
    },
  },
  4: {
    stores: { briefs: 'id, savedAt', catalog: 'id, savedAt', search: 'id', meta: 'key' },
    upgrade: async (tx) => {
      const rows = (await tx.table('briefs').toArray()) as BriefRow[];
      await tx.table('search').bulkPut(rows.map((r) => searchRow(fromBriefRow(r))));
      const rev = ((await tx.table('meta').get('rev')) as MetaRow | undefined)?.value ?? 0;
      await tx.table('meta').put({ key: 'rev', value: rev + 1 });
    },
  },
};

export interface DbOptions {
  indexedDB?: IDBFactory | null;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** A Dexie instance declaring versions 1..upTo (tests use upTo < latest to create old databases). */
export function createDb(name: string, opts: DbOptions = {}, upTo: number = LIBRARY_DB_VERSION): LibraryDexie {
  const dexieOpts: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; autoOpen: boolean } = { autoOpen: false };
  if (opts.indexedDB) dexieOpts.indexedDB = opts.indexedDB;
  if (opts.IDBKeyRange) dexieOpts.IDBKeyRange = opts.IDBKeyRange;
  const db = new Dexie(name, dexieOpts) as LibraryDexie;
  for (let v = 1; v <= upTo; v++) {
    const def = VERSIONS[v];
    const ver = db.version(v).stores(def.stores);
    if (def.upgrade) ver.upgrade(def.upgrade);
  }
  return db;
}
