/**
 * Injected on click (no content script is registered): the popup runs
 *
 *   executeScript({ target: { tabId }, func: (k, json) => { globalThis[k] = JSON.parse(json) },
 *                   args: ['__crisislensExtract', JSON.stringify({ mode: 'article' | 'selection' })] })
 *   const [{ result }] = await executeScript({ target: { tabId }, files: ['/extract.js'] })
 *
 * WXT builds unlisted scripts as an IIFE whose last expression is the value `main()` returned,
 * so `result` is the ExtractResult below (plain data: structured-cloneable).
 *
 * - mode 'selection': the user's selected text only.
 * - mode 'article' (default): the selection when the user selected at least
 *   SELECTION_PREFERRED_CHARS characters (flagged fromSelection), else Readability's article;
 *   when there is no article but a shorter selection exists, that selection.
 *
 * The live page is never modified: Readability runs on a clone (src/extract/extract-article.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle, type ExtractResult } from '../src/extract/extract-article';
import { extractSelection, SELECTION_PREFERRED_CHARS } from '../src/extract/extract-selection';
import { EXTRACT_BUDGET_MS } from '../src/messaging/protocol';

const GLOBAL = '__crisislensExtract';

export default defineUnlistedScript((): ExtractResult => {
  const g = globalThis as Record<string, unknown>;
  const req = g[GLOBAL] as { mode?: unknown } | undefined;
  try {
    delete g[GLOBAL];
  } catch {
    /* ignore */
  }
  const url = location.href;
  try {
    const selected = (window.getSelection()?.toString() ?? '').trim().length;
    if (req?.mode === 'selection') return extractSelection(document, { url });
    if (selected >= SELECTION_PREFERRED_CHARS) {
      const s = extractSelection(document, { url });
      if (s.ok) return s;
    }
    // Bounded: past the budget it stops at its next phase, popup open or not.
    const r = extractArticle(document, { url, deadline: Date.now() + EXTRACT_BUDGET_MS });
    if (!r.ok && selected > 0) {
      const s = extractSelection(document, { url });
      if (s.ok) return s;
    }
    return r;
  } catch (e) {
    return { ok: false, reason: 'no-article', message: `This page could not be read: ${e instanceof Error ? e.message : String(e)}`.slice(0, 240) };
  }
});
