import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { parseImport } from '../../src/export/import';
import { LibraryError, openLibrary, type Library, type OpenLibraryOptions } from '../../src/library';

/** A fresh, isolated fake IndexedDB per test. */
export function freshIdb(): IDBFactory {
  return new IDBFactory();
}

export function openTestLibrary(idb: IDBFactory = freshIdb(), opts: Partial<OpenLibraryOptions> = {}): Library {
  return openLibrary({ indexedDB: idb, IDBKeyRange, dbName: 'test-library', ...opts });
}

/**
 * Make IDBObjectStore.put/add throw like a full disk does (DOMException QuotaExceededError) for
 * the given stores, after `okCalls` successful calls. Returns the restore function.
 */
export function simulateQuota(okCalls = 0, stores?: string[]): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...a: unknown[]) => unknown> & { name: string };
  const origPut = proto.put;
  const origAdd = proto.add;
  let calls = 0;
  const wrap = (orig: (...a: unknown[]) => unknown) =>
    function (this: { name: string }, ...args: unknown[]) {
      if (!stores || stores.includes(this.name)) {
        calls++;
        if (calls > okCalls) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return orig.apply(this, args);
    };
  proto.put = wrap(origPut);
  proto.add = wrap(origAdd);
  return () => {
    proto.put = origPut;
    proto.add = origAdd;
  };
}

/** Abort the transaction on the n-th put (a browser closed mid-write). */
export function abortOnPut(n: number): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const origPut = proto.put;
  let calls = 0;
  proto.put = function (this: { transaction: { abort(): void } }, ...args: unknown[]) {
    calls++;
    const req = origPut.apply(this, args);
    if (calls === n) this.transaction.abort();
    return req;
  };
  return () => {
    proto.put = origPut;
  };
}

/** A backup file into a library, as the library page does it: src/export validates, the library merges. */
export async function importJson(lib: Library, text: string) {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new LibraryError(parsed.code, parsed.message);
  return lib.importBriefs(parsed.items);
}
