import { LibraryError } from './errors';

/** Names of an error and of the errors it wraps (Dexie's `inner`, `cause`, `failures`). */
function errorNames(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 5) return [];
  const x = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const names = typeof x.name === 'string' ? [x.name] : [];
  names.push(...errorNames(x.inner, depth + 1), ...errorNames(x.cause, depth + 1));
  if (Array.isArray(x.failures)) for (const f of x.failures) names.push(...errorNames(f, depth + 1));
  return names;
}

export const QUOTA_MESSAGE =
  'Your browser has no more storage space for the CrisisLens library, so nothing was saved and the library is unchanged. ' +
  'Free disk space, or export and delete old briefs, then try again.';

/** Map any IndexedDB/Dexie failure to a LibraryError with a message for the user. */
export function toLibraryError(e: unknown, during: string): LibraryError {
  if (e instanceof LibraryError) return e;
  const names = errorNames(e);
  const detail = e instanceof Error ? e.message : String(e);
  if (names.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded'))
    return new LibraryError('quota', QUOTA_MESSAGE, e);
  if (names.includes('VersionError'))
    return new LibraryError(
      'future-version',
      'The CrisisLens library in this browser was created by a newer version of CrisisLens. Update CrisisLens to open it; nothing was changed.',
      e,
    );
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
