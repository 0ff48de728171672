import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { LibraryError, openLibrary } from '../../src/library';
import { toJson } from '../../src/export';
import { enBrief, fourBriefs, frBrief, nlBrief } from './factory';
import { abortOnPut, freshIdb, importJson, openTestLibrary, simulateQuota } from './helpers';

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});

async function snapshot(lib: ReturnType<typeof openTestLibrary>) {
  return { all: await lib.exportAll(), list: await lib.list({ limit: 0 }), idx: await lib.entityIndex(), search: await lib.list({ text: 'nccn', limit: 0 }) };
}

describe('quota exceeded', () => {
  it('save: LibraryError quota with a clear message, library unchanged (no half-written brief)', async () => {
    const lib = openTestLibrary();
    await lib.save(nlBrief(), { note: 'keep me' });
    const before = await snapshot(lib);
    // The brief row is written, then the disk is full at the catalog row: the transaction must abort.
    undo = simulateQuota(1, ['briefs', 'catalog', 'search']);
    const err = await lib.save(frBrief()).catch((e) => e);
    undo();
    undo = null;
    expect(err).toBeInstanceOf(LibraryError);
    expect(err.code).toBe('quota');
    expect(err.message).toMatch(/no more storage space/);
    expect(err.message).toMatch(/nothing was saved/i);
    expect(await snapshot(lib)).toEqual(before);
    // A fresh instance (another window) sees the same: nothing half-written on disk.
    expect(await lib.get('https://lesoir.be/2024/06/07/centre-de-crise-accord')).toBeUndefined();
    // And it works again once there is room.
    expect((await lib.save(frBrief())).updated).toBe(false);
    lib.close();
  });

  it('update of an existing brief under quota keeps the old version', async () => {
    const lib = openTestLibrary();
    const { item } = await lib.save(nlBrief(), { note: 'old' });
    undo = simulateQuota(0);
    const err = await lib.update(item.id, { note: 'new' }).catch((e) => e);
    undo();
    undo = null;
    expect(err.code).toBe('quota');
    expect((await lib.get(item.id))!.note).toBe('old');
    lib.close();
  });

  it('import under quota: nothing of the file is written', async () => {
    const lib = openTestLibrary();
    await lib.save(nlBrief());
    const before = await snapshot(lib);
    undo = simulateQuota(3);
    const err = await importJson(lib, toJson(fourBriefs().slice(1))).catch((e) => e);
    undo();
    undo = null;
    expect(err.code).toBe('quota');
    expect(await snapshot(lib)).toEqual(before);
    lib.close();
  });
});

describe('browser closed mid-write', () => {
  it('a transaction aborted after its first put leaves nothing half-written', async () => {
    const idb = freshIdb();
    const lib = openTestLibrary(idb);
    await lib.save(enBrief());
    const before = await snapshot(lib);
    undo = abortOnPut(2); // briefs row written, then the transaction dies
    const err = await lib.save(frBrief()).catch((e) => e);
    undo();
    undo = null;
    expect(err).toBeInstanceOf(LibraryError);
    lib.close();
    const other = openTestLibrary(idb); // the next browser session
    expect(await snapshot(other)).toEqual(before);
    other.close();
  });

  it('an aborted import is all-or-nothing', async () => {
    const idb = freshIdb();
    const lib = openTestLibrary(idb);
    undo = abortOnPut(5);
    const err = await importJson(lib, toJson(fourBriefs())).catch((e) => e);
    undo();
    undo = null;
    expect(err).toBeInstanceOf(LibraryError);
    expect(await lib.count()).toBe(0);
    expect((await lib.list()).total).toBe(0);
    lib.close();
  });
});

describe('IndexedDB blocked, unavailable, or newer', () => {
  it('unavailable (no IndexedDB): every call fails with a clear LibraryError, nothing crashes', async () => {
    const lib = openLibrary({ indexedDB: null });
    for (const call of [() => lib.save(nlBrief()), () => lib.list(), () => lib.entityIndex(), () => lib.count()]) {
      const err = await call().catch((e) => e);
      expect(err).toBeInstanceOf(LibraryError);
      expect(err.code).toBe('unavailable');
      expect(err.message).toMatch(/IndexedDB/);
    }
    expect(typeof lib.onChange(() => undefined)).toBe('function');
    lib.close();
  });

  it('unavailable (open refused, e.g. private mode): LibraryError unavailable', async () => {
    const idb = freshIdb();
    const broken = Object.create(idb) as IDBFactory;
    broken.open = () => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
    const lib = openLibrary({ indexedDB: broken, IDBKeyRange, dbName: 'x' });
    const err = await lib.list().catch((e) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err.code).toBe('unavailable');
    expect(err.message).toMatch(/Nothing was changed/);
    lib.close();
  });

  it('blocked: an old connection that will not close makes the upgrade fail with "blocked", then it works once closed', async () => {
    const idb = freshIdb();
    // A v1 database held open by a tab that ignores versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = idb.open('test-library', 10); // Dexie version 1 = IDB version 10
      req.onupgradeneeded = () => req.result.createObjectStore('briefs', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    old.onversionchange = null;
    const lib = openTestLibrary(idb, { blockedTimeoutMs: 100 });
    const err = await lib.list().catch((e) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err.code, err.message).toBe("blocked");
    expect(err.message).toMatch(/Close other CrisisLens tabs/);
    old.close();
    await new Promise((r) => setTimeout(r, 20));
    expect((await lib.list()).total).toBe(0);
    lib.close();
  });

  it('future version: a database from a newer CrisisLens is not touched', async () => {
    const idb = freshIdb();
    const newer = new Dexie('test-library', { indexedDB: idb, IDBKeyRange });
    newer.version(99).stores({ briefs: 'id, savedAt', other: 'id' });
    await newer.open();
    newer.close();
    const lib = openTestLibrary(idb);
    const err = await lib.save(nlBrief()).catch((e) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err.code).toBe('future-version');
    expect(err.message).toMatch(/newer version of CrisisLens/);
    lib.close();
  });
});

describe('bad imports leave the library untouched', () => {
  it.each([
    ['truncated', (t: string) => t.slice(0, Math.floor(t.length / 2)), 'invalid-import', /truncated/],
    ['future version', (t: string) => t.replace('"schemaVersion":1', '"schemaVersion":7'), 'future-version', /newer CrisisLens/],
    ['wrong types', (t: string) => t.replace('"mentions":[', '"mentions":"x","was":['), 'invalid-import', /mentions/],
    ['too large', (t: string) => t + ' '.repeat(50 * 1024 * 1024), 'too-large', /50 MB/],
    ['not JSON', () => 'title,url\nfoo,bar', 'invalid-import', /not valid JSON/],
  ] as const)('%s', async (_name, mutate, code, msg) => {
    const lib = openTestLibrary();
    await lib.save(nlBrief(), { note: 'mine' });
    const before = await snapshot(lib);
    const err = await importJson(lib, mutate(toJson([frBrief(), enBrief()]))).catch((e) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(msg);
    expect(await snapshot(lib)).toEqual(before);
    lib.close();
  });
});
