export type LibraryErrorCode =
  | 'quota'
  | 'blocked'
  | 'unavailable'
  | 'invalid-import'
  | 'invalid-brief'
  | 'not-found'
  | 'too-large'
  | 'future-version'
  | 'conflict';

/** Every failure of the library API is a LibraryError with a code and a message fit to show the user. */
export class LibraryError extends Error {
  readonly code: LibraryErrorCode;
  override readonly cause?: unknown;
  /** For 'conflict': the page URL of the brief already saved under the id, and of the page being saved. */
  readonly savedUrl?: string;
  readonly pageUrl?: string;
  constructor(code: LibraryErrorCode, message: string, cause?: unknown, urls?: { savedUrl: string; pageUrl: string }) {
    super(message);
    this.name = 'LibraryError';
    this.code = code;
    this.cause = cause;
    if (urls) {
      this.savedUrl = urls.savedUrl;
      this.pageUrl = urls.pageUrl;
    }
  }
}
