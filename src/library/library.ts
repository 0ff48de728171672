import { Dexie } from 'dexie';
import { capBrief } from '../brief/limits';
import { BriefSchema, type Brief } from '../brief/schema';
import { formatIssues } from '../brief/zod-message';
import { briefId, normaliseUrl, ownBriefId, samePage } from './canonical-url';
import { catalogRow, searchRow, toListItem, type CatalogRow, type SearchRow } from './catalog';
import { briefRow, createDb, fromBriefRow, LIBRARY_DB_VERSION, type BriefRow, type LibraryDexie } from './db';
import { buildEntityIndex, type EntityIndex } from './entity-index';
import { knownByAnyName, knownNames, siteKeyOf } from './entity-identity';
import { LibraryError } from './errors';
import { toLibraryError } from './errors-map';
import { fold, foldWords } from './fold';
import { blobMatches, compareRows, filterRows, needsCatalog, parseTerms } from './search';
import { normaliseNote, normaliseTags, mergeImported } from './records';
import type {
  EntityIndexEntry,
  EntityIndexOptions,
  ImportSummary,
  Library,
  LibraryFacets,
  LibraryPage,
  LibraryQuery,
  LibrarySort,
  OpenLibraryOptions,
  SaveOptions,
  SaveResult,
  SavedBrief,
  SavedLookup,
} from './types';

export const DEFAULT_DB_NAME = 'crisislens-library';
const DEFAULT_LIMIT = 50;

/** What one window keeps in memory; valid while the database's revision counter equals `rev`. */
interface Cache {
  rev: number;
  rows: Map<string, CatalogRow>;
  /** Search rows by brief id: the folded blob and the known entities' ids. */
  blobs: Map<string, SearchRow> | null;
  sorted: Map<LibrarySort, CatalogRow[]>;
  entities: EntityIndex | null;
}

/** A change this window made, applied to its cache after the transaction committed. */
interface Patch {
  put?: SavedBrief[];
  del?: string[];
  clear?: boolean;
}

class DexieLibrary implements Library {
  private readonly db: LibraryDexie;
  private opening: Promise<LibraryDexie> | null = null;
  private cache: Cache | null = null;
  private closed = false;
  private prefetchScheduled = false;
  private openPending = false;
  private readonly blockedTimeoutMs: number;

  constructor(opts: OpenLibraryOptions) {
    this.blockedTimeoutMs = opts.blockedTimeoutMs ?? 3000;
    // null = explicitly none (tests of the "unavailable" path); undefined = the page's own.
    const idb = opts.indexedDB === null ? undefined : (opts.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB);
    if (!idb) {
      // Dexie would throw MissingAPIError on open; say it in our words, at first use.
      this.db = null as unknown as LibraryDexie;
      this.opening = Promise.reject(toLibraryError(Object.assign(new Error('no indexedDB'), { name: 'MissingAPIError' }), 'opening'));
      this.opening.catch(() => undefined);
      return;
    }
    this.db = createDb(opts.dbName ?? DEFAULT_DB_NAME, {
      indexedDB: idb,
      IDBKeyRange: opts.IDBKeyRange ?? (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange,
    });
  }

  // ---- opening -------------------------------------------------------------------------------

  private ready(): Promise<LibraryDexie> {
    if (this.closed) return Promise.reject(new LibraryError('unavailable', 'The library was closed.'));
    // One open at a time: calls made while it is pending share it.
    if (this.opening && (!this.db || this.openPending || this.db.isOpen())) return this.opening;
    if (this.db.isOpen()) return (this.opening = Promise.resolve(this.db));
    const db = this.db;
    this.openPending = true;
    this.opening = new Promise<LibraryDexie>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onBlocked = () => {
        if (timer) return;
        timer = setTimeout(() => {
          db.on('blocked').unsubscribe(onBlocked);
          // Reject first: closing makes Dexie reject the pending open, maybe synchronously.
          reject(
            new LibraryError(
              'blocked',
              'The library is being upgraded but another CrisisLens tab or window still has it open. Close other CrisisLens tabs (or restart the browser) and try again.',
            ),
          );
          db.close();
        }, this.blockedTimeoutMs);
      };
      db.on('blocked', onBlocked);
      db.open().then(
        () => {
          if (timer) clearTimeout(timer);
          db.on('blocked').unsubscribe(onBlocked);
          // Dexie opens a database of a higher version too (adding any missing table). Its data
          // may be in a shape this version does not know: refuse before reading or writing.
          const installed = db.backendDB().version;
          if (installed >= (LIBRARY_DB_VERSION + 1) * 10) {
            db.close();
            reject(toLibraryError(Object.assign(new Error(`database version ${Math.floor(installed / 10)}`), { name: 'VersionError' }), 'opening the library'));
            return;
          }
          resolve(db);
        },
        (e: unknown) => {
          if (timer) clearTimeout(timer);
          db.on('blocked').unsubscribe(onBlocked);
          reject(toLibraryError(e, 'opening the library'));
        },
      );
    });
    const p = this.opening;
    p.then(
      () => {
        this.openPending = false;
      },
      () => {
        this.openPending = false;
        if (this.opening === p) this.opening = null; // retry on next call
      },
    );
    return p;
  }

  // ---- writes --------------------------------------------------------------------------------

  /**
   * Run `fn` in one read-write transaction over all tables, bumping the revision counter. All or
   * nothing: a thrown error (quota, closed browser) aborts every write in it.
   */
  private async write<T>(during: string, fn: (db: LibraryDexie) => Promise<{ result: T; patch: Patch }>): Promise<T> {
    const db = await this.ready();
    let before = -1;
    let out: { result: T; patch: Patch };
    try {
      out = await db.transaction('rw', [db.briefs, db.catalog, db.search, db.meta], async () => {
        before = (await db.meta.get('rev'))?.value ?? 0;
        const r = await fn(db);
        await db.meta.put({ key: 'rev', value: before + 1 });
        return r;
      });
    } catch (e) {
      throw toLibraryError(e, during);
    }
    this.applyPatch(before, out.patch);
    return out.result;
  }

  private applyPatch(before: number, patch: Patch): void {
    const c = this.cache;
    if (!c) return;
    if (c.rev !== before) {
      this.cache = null; // someone else wrote in between: reload on next read
      return;
    }
    if (patch.clear) {
      c.rows.clear();
      c.blobs?.clear();
    }
    const changed = new Set<string>([...(patch.del ?? []), ...(patch.put ?? []).map((s) => s.id)]);
    for (const id of patch.del ?? []) {
      c.rows.delete(id);
      c.blobs?.delete(id);
    }
    const added: CatalogRow[] = [];
    for (const s of patch.put ?? []) {
      const row = catalogRow(s);
      added.push(row);
      c.rows.set(s.id, row);
      c.blobs?.set(s.id, searchRow(s));
    }
    if (patch.clear || changed.size > 50) c.sorted.clear();
    else {
      // Keep the sorted orders: drop the changed rows, insert the new ones in place (O(n), not a re-sort).
      for (const [sort, rows] of c.sorted) {
        const cmp = compareRows(sort);
        const kept = rows.filter((r) => !changed.has(r.id));
        for (const row of added) {
          let lo = 0;
          let hi = kept.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (cmp(kept[mid], row) <= 0) lo = mid + 1;
            else hi = mid;
          }
          kept.splice(lo, 0, row);
        }
        c.sorted.set(sort, kept);
      }
    }
    c.entities = null;
    c.rev = before + 1;
  }

  private static putAll(db: LibraryDexie, records: SavedBrief[]): Promise<unknown> {
    return Promise.all([
      db.briefs.bulkPut(records.map(briefRow)),
      db.catalog.bulkPut(records.map(catalogRow)),
      db.search.bulkPut(records.map(searchRow)),
    ]);
  }

  /**
   * Where `brief` belongs: the record saved from the same page (under its canonical id, or under
   * its own URL after a keep-both), nothing, or a record of ANOTHER page holding its canonical id.
   */
  private static async place(db: LibraryDexie, brief: Brief): Promise<{ look: SavedLookup; existing?: SavedBrief; ownId: string }> {
    const id = briefId(brief);
    const ownId = ownBriefId(brief);
    const row = await db.briefs.get(id);
    const ex = row ? fromBriefRow(row) : undefined;
    if (ex && samePage(ex.url, brief.url)) return { look: { kind: 'same', id }, existing: ex, ownId };
    if (ownId !== id) {
      const ownRow = await db.briefs.get(ownId);
      const own = ownRow ? fromBriefRow(ownRow) : undefined;
      if (own && samePage(own.url, brief.url)) return { look: { kind: 'same', id: ownId }, existing: own, ownId };
    }
    if (!ex) return { look: { kind: 'new' }, ownId };
    return { look: { kind: 'other-page', id, savedUrl: ex.url, pageUrl: brief.url }, existing: ex, ownId };
  }

  /** `base`, or `base#2`, `#3`… : the first id no record holds. */
  private static async freeId(db: LibraryDexie, base: string): Promise<string> {
    if (!(await db.briefs.get(base))) return base;
    for (let n = 2; ; n++) if (!(await db.briefs.get(`${base}#${n}`))) return `${base}#${n}`;
  }

  async lookup(brief: Brief): Promise<SavedLookup> {
    return this.read('reading the library', (db) => db.transaction('r', [db.briefs], async () => (await DexieLibrary.place(db, brief)).look));
  }

  async save(given: Brief, opts: SaveOptions = {}): Promise<SaveResult> {
    const parsed = BriefSchema.safeParse(given);
    if (!parsed.success)
      throw new LibraryError('invalid-brief', `This brief cannot be saved: ${formatIssues(parsed.error.issues, ['brief'])}`);
    const brief = capBrief(given);
    const note = opts.note !== undefined ? normaliseNote(opts.note) : undefined;
    const tags = opts.tags !== undefined ? normaliseTags(opts.tags) : undefined;
    return this.write('saving the brief', async (db) => {
      const { look, existing, ownId } = await DexieLibrary.place(db, brief);
      let id: string;
      let keep: SavedBrief | undefined; // the record this save updates (note, tags, savedAt kept)
      if (look.kind === 'same') {
        id = look.id;
        keep = existing;
      } else if (look.kind === 'new') {
        id = briefId(brief);
      } else if (opts.onConflict === 'keep-both') {
        id = await DexieLibrary.freeId(db, ownId); // the other page's brief, note and tags stay as they are
      } else {
        throw new LibraryError(
          'conflict',
          `Another page is already saved under this page's address. Saved: ${look.savedUrl} — this page: ${look.pageUrl}. Nothing was changed; save this page as a separate brief to keep both.`,
          undefined,
          { savedUrl: look.savedUrl, pageUrl: look.pageUrl },
        );
      }
      const now = new Date().toISOString();
      const item: SavedBrief = {
        id,
        brief,
        url: brief.url,
        savedAt: keep?.savedAt ?? now,
        updatedAt: now,
        note: note ?? keep?.note ?? '',
        tags: tags ?? keep?.tags ?? [],
      };
      await DexieLibrary.putAll(db, [item]);
      return { result: { item, updated: keep !== undefined }, patch: { put: [item] } };
    });
  }

  async update(id: string, patch: SaveOptions): Promise<SavedBrief> {
    const note = patch.note !== undefined ? normaliseNote(patch.note) : undefined;
    const tags = patch.tags !== undefined ? normaliseTags(patch.tags) : undefined;
    return this.write('updating the brief', async (db) => {
      const row = await db.briefs.get(id);
      const existing = row ? fromBriefRow(row) : undefined;
      if (!existing) throw new LibraryError('not-found', 'This brief is no longer in the library (it may have been deleted in another window).');
      const item: SavedBrief = {
        ...existing,
        note: note ?? existing.note,
        tags: tags ?? existing.tags,
        updatedAt: new Date().toISOString(),
      };
      await DexieLibrary.putAll(db, [item]);
      return { result: item, patch: { put: [item] } };
    });
  }

  async remove(ids: string[]): Promise<SavedBrief[]> {
    const unique = [...new Set(ids)];
    return this.write('deleting briefs', async (db) => {
      const found = (await db.briefs.bulkGet(unique)).filter((x): x is BriefRow => x !== undefined).map(fromBriefRow);
      const gone = found.map((x) => x.id);
      await Promise.all([db.briefs.bulkDelete(gone), db.catalog.bulkDelete(gone), db.search.bulkDelete(gone)]);
      return { result: found, patch: { del: gone } };
    });
  }

  async restore(items: SavedBrief[]): Promise<void> {
    for (const [i, s] of items.entries()) {
      const ok = BriefSchema.safeParse(s?.brief);
      if (!s || typeof s.id !== 'string' || !ok.success)
        throw new LibraryError('invalid-brief', `Cannot restore item ${i}: ${ok.success ? 'no id' : formatIssues(ok.error.issues, [i, 'brief'])}`);
    }
    await this.write('restoring briefs', async (db) => {
      await DexieLibrary.putAll(db, items);
      return { result: undefined, patch: { put: items } };
    });
  }

  async importBriefs(items: SavedBrief[]): Promise<ImportSummary> {
    // Duplicates inside the file (same id, same page): later entries merge into earlier ones.
    // Same id but another page: both are kept (a saved brief is never replaced by another page's text).
    const key = (it: SavedBrief) => `${it.id}\n${normaliseUrl(it.url)}`;
    const incoming = new Map<string, SavedBrief>();
    for (const it of items) {
      const prev = incoming.get(key(it));
      incoming.set(key(it), prev ? mergeImported(prev, it) : it);
    }
    const now = new Date().toISOString();
    return this.write('importing', async (db) => {
      const ids = [...new Set([...incoming.values()].map((it) => it.id))];
      const rows = await db.briefs.bulkGet(ids);
      // What each id holds, as this import goes (records written by it included).
      const held = new Map<string, SavedBrief | undefined>(ids.map((id, i) => [id, rows[i] ? fromBriefRow(rows[i]!) : undefined]));
      const holder = async (id: string) => {
        if (!held.has(id)) {
          const r = await db.briefs.get(id);
          held.set(id, r ? fromBriefRow(r) : undefined);
        }
        return held.get(id);
      };
      let added = 0;
      let updated = 0;
      const out = new Map<string, SavedBrief>();
      for (const inc of incoming.values()) {
        const filled: SavedBrief = { ...inc, savedAt: inc.savedAt || now, updatedAt: inc.updatedAt || now };
        let target = inc.id;
        let ex = await holder(target);
        if (ex && !samePage(ex.url, inc.url)) {
          // Another page holds the id: keep this one beside it, under its own address.
          const own = ownBriefId(inc.brief);
          const o = await holder(own);
          if (o && samePage(o.url, inc.url)) {
            target = own;
            ex = o;
          } else {
            target = own;
            for (let n = 2; await holder(target); n++) target = `${own}#${n}`;
            ex = undefined;
          }
        }
        const rec = ex ? mergeImported(ex, { ...filled, id: target }) : { ...filled, id: target };
        if (ex) updated++;
        else added++;
        held.set(target, rec);
        out.set(target, rec);
      }
      const records = [...out.values()];
      await DexieLibrary.putAll(db, records);
      return { result: { added, updated }, patch: { put: records } };
    });
  }

  async clear(): Promise<void> {
    await this.write('clearing the library', async (db) => {
      await Promise.all([db.briefs.clear(), db.catalog.clear(), db.search.clear()]);
      return { result: undefined, patch: { clear: true } };
    });
  }

  // ---- reads ---------------------------------------------------------------------------------

  private async read<T>(during: string, fn: (db: LibraryDexie) => Promise<T>): Promise<T> {
    const db = await this.ready();
    try {
      return await fn(db);
    } catch (e) {
      throw toLibraryError(e, during);
    }
  }

  /** The cache, reloaded when another window (or instance) wrote since. */
  private async fresh(withBlobs: boolean): Promise<Cache> {
    return this.read('reading the library', async (db) => {
      for (let attempt = 0; ; attempt++) {
        const rev = (await db.meta.get('rev'))?.value ?? 0;
        let c = this.cache;
        if (!c || c.rev !== rev) {
          const loaded = await db.transaction('r', [db.catalog, db.meta], async () => ({
            rev: (await db.meta.get('rev'))?.value ?? 0,
            rows: await db.catalog.toArray(),
          }));
          c = { rev: loaded.rev, rows: new Map(loaded.rows.map((r) => [r.id, r])), blobs: null, sorted: new Map(), entities: null };
          this.cache = c;
        }
        if (withBlobs && !c.blobs) {
          const loaded = await db.transaction('r', [db.search, db.meta], async () => ({
            rev: (await db.meta.get('rev'))?.value ?? 0,
            rows: await db.search.toArray(),
          }));
          if (loaded.rev !== c.rev && attempt < 3) {
            this.cache = null;
            continue;
          }
          c.blobs = new Map(loaded.rows.map((r) => [r.id, r]));
        }
        return c;
      }
    });
  }

  private sorted(c: Cache, sort: LibrarySort): CatalogRow[] {
    let rows = c.sorted.get(sort);
    if (!rows) {
      rows = [...c.rows.values()].sort(compareRows(sort));
      c.sorted.set(sort, rows);
    }
    return rows;
  }

  private entities(c: Cache): EntityIndex {
    if (!c.entities) c.entities = buildEntityIndex([...c.rows.values()]);
    return c.entities;
  }

  async get(id: string): Promise<SavedBrief | undefined> {
    const row = await this.read('reading a brief', (db) => db.briefs.get(id));
    return row ? fromBriefRow(row) : undefined;
  }

  async findSaved(briefOrUrl: Brief | string): Promise<string | null> {
    if (typeof briefOrUrl !== 'string') {
      const look = await this.lookup(briefOrUrl);
      return look.kind === 'same' ? look.id : null;
    }
    const id = normaliseUrl(briefOrUrl);
    const row = await this.read('reading the library', (db) => db.catalog.get(id));
    return row ? id : null;
  }

  async count(): Promise<number> {
    return this.read('counting briefs', (db) => db.briefs.count());
  }

  async list(q: LibraryQuery = {}): Promise<LibraryPage> {
    const sort = q.sort ?? 'saved-desc';
    const offset = Math.max(0, Math.floor(q.offset ?? 0));
    const rawLimit = q.limit ?? DEFAULT_LIMIT;
    if (!this.prefetchScheduled) {
      // After the first screen, load what search needs while the user looks at it.
      this.prefetchScheduled = true;
      setTimeout(() => void this.prefetch().catch(() => undefined), 0);
    }
    const limit = !rawLimit || !Number.isFinite(rawLimit) ? Infinity : Math.max(0, Math.floor(rawLimit));
    if (!needsCatalog(q)) {
      // First screen of the library page: straight from the savedAt index, no full load.
      const fast = await this.read('listing briefs', async (db) =>
        db.transaction('r', [db.catalog, db.meta], async () => {
          const rev = (await db.meta.get('rev'))?.value ?? 0;
          if (this.cache && this.cache.rev === rev) return null; // cache is good: use it below
          let coll = db.catalog.orderBy('savedAt');
          if (sort === 'saved-desc') coll = coll.reverse();
          if (offset) coll = coll.offset(offset);
          if (limit !== Infinity) coll = coll.limit(limit);
          const [rows, total] = await Promise.all([coll.toArray(), db.catalog.count()]);
          return { items: rows.map(toListItem), total };
        }),
      );
      if (fast) return fast;
    }
    const c = await this.fresh(parseTerms(q.text).length > 0);
    let entityIds: Set<string> | null = null;
    if (q.entity) {
      const idx = this.entities(c);
      const entry = idx.lookup.get(q.entity) ?? idx.lookup.get(q.entity.replace(/:(.*)$/, (_, n: string) => ':' + fold(n).trim()));
      entityIds = entry ? new Set(entry.briefs.map((b) => b.id)) : null;
    }
    const terms = parseTerms(q.text);
    let textMatch: ((id: string) => boolean) | undefined;
    if (terms.length) {
      // A scan of the distinct-word blobs (~3 KB per brief): measured faster, all told, than
      // building and querying an inverted index (bench:library), and nothing to keep in sync.
      const blobs = c.blobs!;
      // The whole query is a known entity's name ("Union Benelux"): also the briefs whose names
      // (the blob's head, before "| ") give it in another language or form ("Benelux Unie").
      const knownHits = knownByAnyName(q.text!.replace(/"/g, ' '));
      const knownIds = new Set(knownHits.map((k) => k.id));
      const alt = [...new Set(knownHits.flatMap((k) => knownNames(k).map(foldWords)))].filter((a) => a.trim());
      textMatch = (id) => {
        const row = blobs.get(id);
        if (row === undefined) return false;
        const blob = row.blob;
        let all = true;
        for (const t of terms) if (!blobMatches(blob, t)) { all = false; break; }
        if (all || !alt.length) return all;
        // The brief names the entity in any language or inflected form (ids found when saved).
        if (row.known && row.known.split(' ').some((k) => knownIds.has(k))) return true;
        const cut = blob.indexOf('| ');
        for (const a of alt) {
          const i = blob.lastIndexOf(a, cut);
          if (i !== -1 && i + a.length <= cut) return true;
        }
        return false;
      };
    }
    const rows = filterRows(this.sorted(c, sort), q, { entityIds, textMatch });
    const page = limit === Infinity ? rows.slice(offset) : rows.slice(offset, offset + limit);
    return { items: page.map(toListItem), total: rows.length };
  }

  async prefetch(): Promise<void> {
    await this.fresh(true);
  }

  async facets(): Promise<LibraryFacets> {
    const c = await this.fresh(false);
    const langs = new Map<string, number>();
    // One site whatever the domain ending or case ("Libération", "Libération.fr"): counted by
    // siteKeyOf, shown by its most frequent spelling (one without a domain ending first).
    const sites = new Map<string, { count: number; forms: Map<string, number> }>();
    const tags = new Map<string, { value: string; count: number }>();
    let min = '';
    let max = '';
    for (const r of c.rows.values()) {
      langs.set(r.lang, (langs.get(r.lang) ?? 0) + 1);
      const site = r.siteName || r.host;
      if (site) {
        const k = siteKeyOf(site);
        let e = sites.get(k);
        if (!e) sites.set(k, (e = { count: 0, forms: new Map() }));
        e.count++;
        e.forms.set(site, (e.forms.get(site) ?? 0) + 1);
      }
      r.tags.forEach((t, i) => {
        const k = r.tagKeys[i];
        const e = tags.get(k);
        if (e) e.count++;
        else tags.set(k, { value: t, count: 1 });
      });
      if (r.published) {
        if (!min || r.published < min) min = r.published;
        if (!max || r.published > max) max = r.published;
      }
    }
    const byCount = (m: Map<string, number>) =>
      [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      langs: byCount(langs),
      sites: [...sites.values()]
        .map((e) => {
          let value = '';
          let best = -1;
          for (const [form, n] of e.forms) {
            const score = n * 2 + (siteKeyOf(form) === fold(form).trim() ? 1 : 0);
            if (score > best) [value, best] = [form, score];
          }
          return { value, count: e.count };
        })
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      tags: [...tags.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      published: min ? { min, max } : null,
      total: c.rows.size,
    };
  }

  async entityIndex(opts: EntityIndexOptions = {}): Promise<EntityIndexEntry[]> {
    const c = await this.fresh(false);
    let entries = this.entities(c).entries;
    if (opts.kind) entries = entries.filter((e) => e.kind === opts.kind);
    const t = opts.text ? fold(opts.text).trim() : '';
    if (t)
      entries = entries.filter(
        (e) =>
          fold(e.name).includes(t) ||
          (e.acronym && fold(e.acronym).includes(t)) ||
          e.aliases.some((a) => fold(a).includes(t)) ||
          (e.names && Object.values(e.names).some((list) => list?.some((a) => fold(a).includes(t)))),
      );
    return entries;
  }

  /** Stored rows, newest saved first; all when ids is omitted. */
  private async rows(ids?: string[]): Promise<BriefRow[]> {
    const rows = await this.read('reading briefs for export', async (db) =>
      ids ? (await db.briefs.bulkGet([...new Set(ids)])).filter((x): x is BriefRow => x !== undefined) : db.briefs.toArray(),
    );
    return rows.sort((a, b) => (a.savedAt > b.savedAt ? -1 : a.savedAt < b.savedAt ? 1 : a.id < b.id ? -1 : 1));
  }

  async exportAll(ids?: string[]): Promise<SavedBrief[]> {
    return (await this.rows(ids)).map(fromBriefRow);
  }

  onChange(listener: () => void): () => void {
    // Dexie fires 'storagemutated' for writes in this page and, through BroadcastChannel, in
    // other pages of the extension. Only our database's meta table (bumped by every write) counts.
    if (!this.db) return () => undefined;
    const prefix = `idb://${this.db.name}/meta/`;
    let pending = false;
    const handler = (parts: Record<string, unknown>) => {
      if (pending || !Object.keys(parts).some((k) => k.startsWith(prefix))) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        listener();
      });
    };
    Dexie.on('storagemutated', handler);
    return () => Dexie.on('storagemutated').unsubscribe(handler);
  }

  close(): void {
    this.closed = true;
    this.db?.close();
  }
}

/**
 * The library in IndexedDB `dbName` (default "crisislens-library"). Opening is lazy: the first
 * call opens (and upgrades) the database; failures arrive as LibraryError from that call.
 */
export function openLibrary(opts: OpenLibraryOptions = {}): Library {
  return new DexieLibrary(opts);
}
