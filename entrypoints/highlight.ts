/**
 * Injected on demand: scroll to and highlight one mention of a text in the live page.
 *
 * How the popup calls it (entrypoints/popup/page.ts, src/messaging/protocol.ts):
 *
 *   executeScript({ target: { tabId }, func: (k, json) => { globalThis[k] = JSON.parse(json) },
 *                   args: ['__crisislensHighlight', JSON.stringify(request)] })
 *   const [{ result }] = await executeScript({ target: { tabId }, files: ['/highlight.js'] })
 *
 * `request` is a HighlightRequest: `{ text, occurrence, start, end }`, where `occurrence`
 * is the 0-based index of the mention among the occurrences of `text` in the brief's text.
 * Optional `before` / `after` (~40 characters of the brief's text around the mention) pick the
 * right occurrence even when the page repeats the text in menus or teasers; pass them when you
 * can. `result` is `{ ok: boolean, count?: number, message?: string }`.
 *
 * The highlight uses the CSS Custom Highlight API when present (nothing in the page's DOM
 * changes), else wraps the text in `<mark>` elements built with createElement (never HTML
 * strings). Each call clears the previous highlight.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { locateText, matchRange, stillHoldsArticle, type FindTextQuery, type TextMatch } from '../src/extract/find-text';
import { clearMarks, wrapSegments } from '../src/extract/highlight-dom';
import type { HighlightResponse } from '../src/messaging/protocol';

const GLOBAL = '__crisislensHighlight';
const HIGHLIGHT_NAME = 'crisislens';
const STYLE_ID = 'crisislens-highlight-style';

type HighlightResult = HighlightResponse;

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** Can the reader see `el`: rendered, not hidden, not parked at negative page coordinates (an off-screen copy)? */
function isSeen(el: Element): boolean {
  const check = (el as { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { checkVisibilityCSS: true, checkOpacity: true })) return false;
  if (!el.getClientRects().length) return false;
  return onPage(el.getBoundingClientRect());
}

function onPage(r: DOMRect): boolean {
  if (r.width === 0 && r.height === 0) return false;
  return r.right + window.scrollX > 0 && r.bottom + window.scrollY > 0;
}

/** The match has a box the reader can scroll to. */
function matchSeen(m: TextMatch): boolean {
  const range = matchRange(document, m);
  const parent = m.segments[0]?.node.parentElement;
  if (!range || !parent || !isSeen(parent)) return false;
  const rects = range.getClientRects();
  return rects.length > 0 && onPage(range.getBoundingClientRect());
}

const RULE = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd43b; color: #000; }`;
const STYLED = '__crisislensHighlightStyled';

/** Our one constant CSS rule: a constructed stylesheet (CSSOM, not blocked by a page's style-src CSP), else a <style>. */
function ensureStyle(): void {
  const g = globalThis as Record<string, unknown>;
  if (g[STYLED] || document.getElementById(STYLE_ID)) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    g[STYLED] = true; // the script runs afresh on each click; the isolated world's globals persist
    return;
  } catch {
    /* older engines / Firefox Xrays: fall back */
  }
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = RULE;
  (document.head ?? document.documentElement).appendChild(style);
}

export default defineUnlistedScript((): HighlightResult => {
  const g = globalThis as Record<string, unknown>;
  const req = g[GLOBAL] as (Partial<FindTextQuery> & { probes?: unknown }) | undefined;
  try {
    delete g[GLOBAL];
  } catch {
    /* ignore */
  }
  try {
    if (!req || typeof req.text !== 'string' || !req.text.trim()) return { ok: false, message: 'Nothing to highlight.' };
    // The page must still show the article the brief was made from (pages swap stories in place).
    const probes = Array.isArray(req.probes) ? req.probes.filter((p): p is string => typeof p === 'string').slice(0, 10).map((p) => p.slice(0, 200)) : [];
    if (document.body && !stillHoldsArticle(document.body, probes))
      return { ok: false, reason: 'page-changed', message: 'The page no longer shows the article this brief was made from.' };
    const q: FindTextQuery = {
      text: req.text.slice(0, 2000),
      occurrence: typeof req.occurrence === 'number' ? req.occurrence : 0,
      before: typeof req.before === 'string' ? req.before.slice(-200) : undefined,
      after: typeof req.after === 'string' ? req.after.slice(0, 200) : undefined,
    };
    const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
    const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
    css?.highlights?.delete(HIGHLIGHT_NAME);
    clearMarks(document);

    const m = locateText(document, q, isSeen, matchSeen);
    if (!m) return { ok: false, count: 0, reason: 'not-found', message: 'The text was not found in the page.' };
    const range = matchRange(document, m);
    let target: Element | null = range?.startContainer.parentElement ?? null;
    if (range && css?.highlights && Highlight) {
      ensureStyle();
      css.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    } else {
      const marks = wrapSegments(document, m.segments);
      for (const mk of marks) (mk as HTMLElement).style.cssText = 'background-color:#ffd43b;color:#000;';
      target = marks[0] ?? target;
    }
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return { ok: true, count: m.count };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
});
