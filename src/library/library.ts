import { LibraryError } from './errors';
import type { Library, OpenLibraryOptions } from './types';

export const DEFAULT_DB_NAME = 'crisislens-library';

/** Open (lazily) the library database. TODO: implementation in progress. */
export function openLibrary(_opts: OpenLibraryOptions = {}): Library {
  throw new LibraryError('unavailable', 'The library is not implemented yet.');
}
