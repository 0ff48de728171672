/**
 * The one-shot hand-off of a large report selection (src/report/handoff.ts): the library puts the
 * ids under a random token, the report page takes them (read and delete in one step). Two
 * backings: an extension storage area (storage.session where the browser has it: memory only,
 * gone with the browser session) or, without it, a small IndexedDB database of its own.
 * Records older than HANDOFF_TTL_MS are never handed over and are swept on the next put.
 */
import { Dexie, type Table } from 'dexie';

export const HANDOFF_TTL_MS = 10 * 60_000;
const PREFIX = 'report-handoff:';

export interface HandoffRecord {
  token: string;
  ids: string[];
  /** ms since the epoch, when stored. */
  at: number;
}

export interface HandoffStore {
  put(token: string, ids: string[]): Promise<void>;
  /** The ids stored under the token, once: the record is deleted. Null when absent or expired. */
  take(token: string): Promise<string[] | null>;
}

/** The part of browser.storage.* used here. */
export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

function valid(r: unknown, token: string, now: number): string[] | null {
  if (!r || typeof r !== 'object') return null;
  const rec = r as Partial<HandoffRecord>;
  if (rec.token !== token || typeof rec.at !== 'number' || !Array.isArray(rec.ids)) return null;
  if (now - rec.at > HANDOFF_TTL_MS || rec.at - now > 60_000) return null;
  return rec.ids.filter((x): x is string => typeof x === 'string');
}

export function storageAreaHandoff(area: StorageAreaLike, now: () => number = Date.now): HandoffStore {
  return {
    async put(token, ids) {
      const all = await area.get(null);
      const stale = Object.keys(all).filter((k) => k.startsWith(PREFIX) && !valid(all[k], k.slice(PREFIX.length), now()));
      if (stale.length) await area.remove(stale);
      await area.set({ [PREFIX + token]: { token, ids, at: now() } satisfies HandoffRecord });
    },
    async take(token) {
      const key = PREFIX + token;
      const raw = (await area.get(key))[key];
      await area.remove(key);
      return valid(raw, token, now());
    },
  };
}

type HandoffDexie = Dexie & { handoff: Table<HandoffRecord, string> };

export function indexedDbHandoff(opts: { indexedDB: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; name?: string }, now: () => number = Date.now): HandoffStore {
  const dexieOpts: { indexedDB: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = { indexedDB: opts.indexedDB };
  if (opts.IDBKeyRange) dexieOpts.IDBKeyRange = opts.IDBKeyRange;
  const open = () => {
    const db = new Dexie(opts.name ?? 'crisislens-report-handoff', dexieOpts) as HandoffDexie;
    db.version(1).stores({ handoff: 'token, at' });
    return db;
  };
  return {
    async put(token, ids) {
      const db = open();
      try {
        await db.transaction('rw', db.handoff, async () => {
          await db.handoff.where('at').below(now() - HANDOFF_TTL_MS).delete();
          await db.handoff.put({ token, ids, at: now() });
        });
      } finally {
        db.close();
      }
    },
    async take(token) {
      const db = open();
      try {
        return await db.transaction('rw', db.handoff, async () => {
          const r = await db.handoff.get(token);
          if (r) await db.handoff.delete(token);
          return valid(r, token, now());
        });
      } finally {
        db.close();
      }
    },
  };
}
