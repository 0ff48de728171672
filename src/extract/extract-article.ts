import type { Article } from './article';

export interface ExtractOptions {
  /** The page's URL (resolves relative links). */
  url: string;
  /** Cap on the article text handed to analysis (huge pages). */
  maxChars?: number;
}

export type ExtractResult = { ok: true; article: Article } | { ok: false; reason: 'no-article'; message: string };

/** DOM → Article. PLACEHOLDER (owned by the extraction work). */
export function extractArticle(_doc: Document, _opts: ExtractOptions): ExtractResult {
  return { ok: false, reason: 'no-article', message: 'not implemented' };
}
