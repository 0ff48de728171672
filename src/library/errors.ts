export type LibraryErrorCode =
  | 'quota'
  | 'blocked'
  | 'unavailable'
  | 'invalid-import'
  | 'invalid-brief'
  | 'not-found'
  | 'too-large'
  | 'future-version';

/** Every failure of the library API is a LibraryError with a code and a message fit to show the user. */
export class LibraryError extends Error {
  readonly code: LibraryErrorCode;
  override readonly cause?: unknown;
  constructor(code: LibraryErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = 'LibraryError';
    this.code = code;
    this.cause = cause;
  }
}
