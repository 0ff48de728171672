import { LibraryError } from './errors';

/** Names and messages of an error and of the errors it wraps (Dexie's `inner`, `cause`, `failures`, `failuresByPos`). */
function errorParts(e: unknown, depth = 0): { names: string[]; messages: string[] } {
  const out = { names: [] as string[], messages: [] as string[] };
  if (!e || typeof e !== 'object' || depth > 5) return out;
  const x = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
  if (typeof x.name === 'string') out.names.push(x.name);
  if (typeof x.message === 'string') out.messages.push(x.message);
  const kids: unknown[] = [x.inner, x.cause];
  if (Array.isArray(x.failures)) kids.push(...x.failures.slice(0, 20));
  if (x.failuresByPos && typeof x.failuresByPos === 'object') kids.push(...Object.values(x.failuresByPos as object).slice(0, 20));
  for (const k of kids) {
    const p = errorParts(k, depth + 1);
    out.names.push(...p.names);
    out.messages.push(...p.messages);
  }
  return out;
}

/**
 * The one message for every way a browser refuses to write: QuotaExceededError (Firefox,
 * Chromium when it knows), Chromium's `DataError … (IOError)` and `UnknownError` on a full disk,
 * an `AbortError` of the write's transaction, and Dexie's `BulkError` ("bulkPut(): 1 of 1
 * operations failed") wrapping any of them. Nothing is lost in any of these: a write is one
 * transaction, all or nothing.
 */
export const QUOTA_MESSAGE =
  'Your browser has no more storage space for the CrisisLens library (or refused to write to it), so nothing was saved and the library is unchanged. ' +
  'Free disk space, or export and delete old briefs, then try again.';

/** Names / message words by which browsers report a write the storage refused. */
const STORAGE_REFUSED_NAMES = new Set(['QuotaExceededError', 'QuotaExceeded', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE', 'AbortError', 'UnknownError']);
const STORAGE_REFUSED_TEXT = /quota|IOError|I\/O error|disk (?:is )?full|no (?:space|room) left|not enough (?:storage|space)|storage (?:is )?full|backing store/i;

/** True when the error (or one it wraps) says the browser's storage refused the write. */
export function isStorageRefusal(e: unknown): boolean {
  const { names, messages } = errorParts(e);
  if (names.some((n) => STORAGE_REFUSED_NAMES.has(n))) return true;
  return (names.includes('DataError') || names.includes('BulkError') || names.includes('InvalidStateError') || names.includes('OpenFailedError')) && messages.some((m) => STORAGE_REFUSED_TEXT.test(m));
}

/** Map any IndexedDB/Dexie failure to a LibraryError with a message for the user. */
export function toLibraryError(e: unknown, during: string): LibraryError {
  if (e instanceof LibraryError) return e;
  const { names } = errorParts(e);
  const detail = (e instanceof Error ? e.message : String(e)).slice(0, 300);
  if (names.includes('VersionError'))
    return new LibraryError(
      'future-version',
      'The CrisisLens library in this browser was created by a newer version of CrisisLens. Update CrisisLens to open it; nothing was changed.',
      e,
    );
  if (isStorageRefusal(e)) return new LibraryError('quota', QUOTA_MESSAGE, e);
  if (names.includes('MissingAPIError'))
    return new LibraryError(
      'unavailable',
      'The library needs IndexedDB, which this browser context does not provide (private window or storage disabled?). Briefs can still be viewed and exported, but not saved.',
      e,
    );
  return new LibraryError(
    'unavailable',
    `The CrisisLens library could not be used while ${during} (the browser's storage refused: ${detail}). Nothing was changed; try again, or restart the browser.`,
    e,
  );
}
