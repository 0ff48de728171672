/**
 * The one typed protocol between the extension's pages and the page it analyses.
 *
 * There is no long-lived messaging: the popup injects the page scripts on demand with
 * browser.scripting.executeScript (activeTab + scripting; no content script, no host
 * permission) and reads their return value. Arguments travel the only way executeScript
 * allows for file injection: a tiny `func` injection first sets a global, which the page
 * script reads and deletes. The library page and the popup share the IndexedDB library
 * directly (its onChange tells other windows), so the background has nothing to relay.
 */
import type { ExtractResult } from '../extract/extract-article';

/** Files built from entrypoints/extract.ts and entrypoints/highlight.ts. */
export const EXTRACT_SCRIPT = '/extract.js';
export const HIGHLIGHT_SCRIPT = '/highlight.js';

/**
 * The extraction's time budget in the page: past it, the script stops at its next phase and
 * answers 'too-heavy' (whether or not the popup is still open). The popup stops waiting a
 * second later and says "this page is too heavy to read"; closing the popup ends the analysis,
 * which runs in the popup.
 */
export const EXTRACT_BUDGET_MS = 8000;
export const EXTRACT_WATCHDOG_MS = EXTRACT_BUDGET_MS + 1000;

/** What the popup asks the extraction script for. */
export interface ExtractRequest {
  /** 'article': Readability; 'selection': the user's selected text only. */
  mode: 'article' | 'selection';
}

/** What the extraction script returns (its executeScript result). */
export type ExtractResponse = ExtractResult;

/** Scroll to one mention of an entity in the live page and highlight it. */
export interface HighlightRequest {
  /** The mention as written in the article text. */
  text: string;
  /** Which occurrence of `text` in the article (0-based), counting in reading order. */
  occurrence: number;
  /** Offsets into the brief's text (for scripts that map article text back to the DOM). */
  start: number;
  end: number;
  /** ~40 characters of the brief's text before / after the mention: pick the right occurrence when menus or teasers repeat it. */
  before?: string;
  after?: string;
  /**
   * A few pieces of the brief's text (textProbes in src/extract/find-text.ts): the page must
   * still hold most of them, else it shows another article now (swapped in place) and nothing
   * is highlighted.
   */
  probes?: string[];
}

export interface HighlightResponse {
  ok: boolean;
  count?: number;
  message?: string;
  /** Why nothing was highlighted: the text is not in the page, or the page no longer shows the analysed article. */
  reason?: 'not-found' | 'page-changed';
}

/** The context a HighlightRequest carries around a mention (same text the extraction produced). */
export function highlightContext(text: string, start: number, end: number, size = 40): { before: string; after: string } {
  return { before: text.slice(Math.max(0, start - size), start), after: text.slice(end, end + size) };
}

/** Narrowing for values coming back from a page (never trust their shape). */
export function isExtractResponse(value: unknown): value is ExtractResponse {
  if (!value || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; article?: unknown; reason?: unknown };
  if (v.ok === true) return !!v.article && typeof v.article === 'object' && typeof (v.article as { text?: unknown }).text === 'string';
  return v.ok === false;
}
