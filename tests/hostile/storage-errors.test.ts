/**
 * Issue 16, case 6: every way a browser refuses to write gives ONE clear message. Chromium on a
 * full disk reports `DataError … (IOError)`, `UnknownError` or an `AbortError`, not
 * QuotaExceededError; Dexie wraps per-row failures in a BulkError ("bulkPut(): 1 of 1
 * operations failed…"). Before: the popup showed that riddle, the import suggested restarting
 * the browser. Nothing is ever lost (each write is one transaction).
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { toJson } from '../../src/export';
import { LibraryError } from '../../src/library';
import { QUOTA_MESSAGE, toLibraryError } from '../../src/library/errors-map';
import { frBrief, fourBriefs, nlBrief } from '../library/factory';
import { importJson, openTestLibrary } from '../library/helpers';

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});

/** put() fails like Chromium on a full disk, after `okCalls` successful puts. */
function failPuts(make: () => DOMException, okCalls = 0): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const orig = proto.put;
  let calls = 0;
  proto.put = function (this: unknown, ...args: unknown[]) {
    if (++calls > okCalls) throw make();
    return orig.apply(this, args);
  };
  return () => {
    proto.put = orig;
  };
}

const KINDS: Array<[string, () => DOMException]> = [
  ['QuotaExceededError', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
  ['DataError (IOError)', () => new DOMException('Failed to write blobs (IOError)', 'DataError')],
  ['UnknownError', () => new DOMException('Internal error: IO error', 'UnknownError')],
  ['AbortError', () => new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError')],
];

function expectOneClearMessage(err: unknown) {
  expect(err).toBeInstanceOf(LibraryError);
  const e = err as LibraryError;
  expect(e.code).toBe('quota');
  expect(e.message).toBe(QUOTA_MESSAGE);
  expect(e.message).not.toMatch(/bulkPut|operations failed|restart/i);
}

describe('storage refusals of every kind: one clear message, nothing lost', () => {
  for (const [name, make] of KINDS) {
    it(`save, thrown ${name}`, async () => {
      const lib = openTestLibrary();
      await lib.save(nlBrief(), { note: 'keep' });
      const before = await lib.exportAll();
      undo = failPuts(make);
      const err = await lib.save(frBrief()).catch((e) => e);
      undo();
      undo = null;
      expectOneClearMessage(err);
      expect(await lib.exportAll()).toEqual(before);
      lib.close();
    });
  }
  it('note and tags (popup and library, issue 17) on a full disk: one clear message, the stored note unchanged', async () => {
    const lib = openTestLibrary();
    const { item } = await lib.save(nlBrief(), { note: 'keep', tags: ['flood'] });
    const before = await lib.exportAll();
    undo = failPuts(KINDS[1][1]);
    expectOneClearMessage(await lib.update(item.id, { note: 'new note', tags: ['x'] }).catch((e) => e));
    // The popup saves the brief with its note and tags in one write.
    expectOneClearMessage(await lib.save(nlBrief(), { note: 'new note', tags: ['x'] }).catch((e) => e));
    undo();
    undo = null;
    expect(await lib.exportAll()).toEqual(before);
    lib.close();
  });

  it('import failing half-way with DataError (IOError): nothing of the file is written', async () => {
    const lib = openTestLibrary();
    await lib.save(nlBrief());
    const before = await lib.exportAll();
    undo = failPuts(KINDS[1]![1], 3);
    const err = await importJson(lib, toJson(fourBriefs().slice(1))).catch((e) => e);
    undo();
    undo = null;
    expectOneClearMessage(err);
    expect(await lib.exportAll()).toEqual(before);
    lib.close();
  });
  it('a Dexie BulkError wrapping DataError (IOError): "bulkPut(): 1 of 1 operations failed" is not the message', () => {
    const inner = new DOMException('Failed to write blobs (IOError)', 'DataError');
    const bulk = Object.assign(new Error('bulkPut(): 1 of 1 operations failed. Errors: DataError: Failed to write blobs (IOError)'), {
      name: 'BulkError',
      failures: [inner],
      failuresByPos: { 0: inner },
    });
    expectOneClearMessage(toLibraryError(bulk, 'saving the brief'));
    // Dexie's ModifyError/AbortError wrapping it, as a transaction reports it
    expectOneClearMessage(toLibraryError(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: bulk }), 'importing'));
  });
  it('other failures keep their own message', () => {
    const e = toLibraryError(Object.assign(new Error('x'), { name: 'InvalidStateError' }), 'saving');
    expect(e.code).toBe('unavailable');
  });
});
