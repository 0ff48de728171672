/**
 * "Analyse selection with CrisisLens": the context-menu entry (on selected text, and on the
 * toolbar icon), as plain data and pure functions; entrypoints/background.ts only wires them to
 * the browser's menus API and entrypoints/popup/ reads the hand-off.
 *
 * A click on the entry grants activeTab for that tab (Chrome and Firefox), so the popup page,
 * opened in a small window as `popup.html?tabId=N&mode=selection[&frameId=F]`, reads the
 * selection the way its own "Analyse the selection" button does (extract.js in 'selection' mode:
 * paragraphs, links and the page's metadata). The text the browser hands to the menu click
 * (`selectionText`) waits in storage.session as a fallback, for pages the extension may not
 * script (the PDF viewer, the web store) or a selection gone by the time the window opens.
 *
 * There is deliberately no entry for links: analysing a link means fetching a page the user has
 * not opened, a network request the extension never makes.
 */

import type { Article } from '../extract/article';
import { selectionTextToParagraphs } from '../extract/selection-text';

export const MENU_SELECTION = 'crisislens-analyse-selection';
export const MENU_ACTION = 'crisislens-analyse-selection-action';
export const HANDOFF_PREFIX = 'crisislens.selection.';
/** A hand-off older than this is ignored (a window opened much later is not this click's). */
export const HANDOFF_MAX_AGE_MS = 10 * 60_000;
/** Characters of selectionText kept (the analysis cap, --max-chars' default). */
export const HANDOFF_MAX_CHARS = 300_000;
/** Shorter selections are not analysed (as extractSelection's default). */
export const HANDOFF_MIN_CHARS = 20;

export interface MenuDefinition {
  id: string;
  title: string;
  contexts: string[];
}

/** The entries to create: on selected text, and on the toolbar icon ('action' in MV3, 'browser_action' in MV2). */
export function menuDefinitions(title: string, manifestVersion: number): MenuDefinition[] {
  return [
    { id: MENU_SELECTION, title, contexts: ['selection'] },
    { id: MENU_ACTION, title, contexts: [manifestVersion >= 3 ? 'action' : 'browser_action'] },
  ];
}

/** What the menu click passes (the fields used). */
export interface MenuClickInfo {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
  frameId?: number;
}

export interface SelectionHandoff {
  tabId: number;
  /** The frame holding the selection (0: the top document). */
  frameId: number;
  pageUrl: string;
  /** The tab's title when the browser gave it ('' otherwise). */
  title: string;
  /** The selected text as the browser passed it (may be empty: the toolbar entry has none). */
  text: string;
  /** Date.now() of the click. */
  at: number;
}

/** The hand-off for a click on one of our entries in a tab; null for other menus or no tab. */
export function handoffFor(info: MenuClickInfo, tab: { id?: number; url?: string; title?: string } | undefined, now: number): SelectionHandoff | null {
  if (info.menuItemId !== MENU_SELECTION && info.menuItemId !== MENU_ACTION) return null;
  if (!tab || typeof tab.id !== 'number' || tab.id < 0) return null;
  const frameId = typeof info.frameId === 'number' && info.frameId > 0 ? info.frameId : 0;
  const text = typeof info.selectionText === 'string' ? info.selectionText.slice(0, HANDOFF_MAX_CHARS) : '';
  const title = typeof tab.title === 'string' ? tab.title.slice(0, 1000) : '';
  return { tabId: tab.id, frameId, pageUrl: info.pageUrl ?? tab.url ?? '', title, text, at: now };
}

export function handoffKey(tabId: number): string {
  return `${HANDOFF_PREFIX}${tabId}`;
}

/** The popup page for a hand-off (a path inside the extension). */
export function popupPathFor(h: SelectionHandoff): string {
  return `/popup.html?tabId=${h.tabId}&mode=selection${h.frameId ? `&frameId=${h.frameId}` : ''}`;
}

export interface PopupParams {
  tabId: number | null;
  mode: 'article' | 'selection';
  frameId: number;
}

/** popup.html's query: `tabId` (CONTRACT.md), `mode=selection` and `frameId` from the menu. */
export function parsePopupParams(search: string): PopupParams {
  const q = new URLSearchParams(search);
  const num = (v: string | null) => (v && /^\d{1,10}$/.test(v) ? Number(v) : null);
  return {
    tabId: num(q.get('tabId')),
    mode: q.get('mode') === 'selection' ? 'selection' : 'article',
    frameId: num(q.get('frameId')) ?? 0,
  };
}

/** A stored hand-off, checked (never trust storage's shape): for this tab and recent, else null. */
export function readHandoff(raw: unknown, tabId: number, now: number): SelectionHandoff | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  if (o.tabId !== tabId || typeof o.text !== 'string' || typeof o.at !== 'number') return null;
  if (now - o.at > HANDOFF_MAX_AGE_MS || o.at - now > 60_000) return null;
  return {
    tabId,
    frameId: typeof o.frameId === 'number' && o.frameId > 0 ? o.frameId : 0,
    pageUrl: typeof o.pageUrl === 'string' ? o.pageUrl : '',
    title: typeof o.title === 'string' ? o.title.slice(0, 1000) : '',
    text: o.text.slice(0, HANDOFF_MAX_CHARS),
    at: o.at,
  };
}

/**
 * The hand-off's text as an Article (fromSelection): what the popup analyses when the page could
 * not give its selection. Plain text only: paragraphs from its lines, no links, the tab's title
 * (else the first line) and address; language and date are left to the analysis. Null when too short.
 */
export function handoffArticle(h: SelectionHandoff): Article | null {
  const text = selectionTextToParagraphs(h.text);
  if (text.length < HANDOFF_MIN_CHARS) return null;
  const title = h.title.replace(/\s+/g, ' ').trim().slice(0, 500) || text.split('\n')[0].slice(0, 120);
  return {
    url: h.pageUrl,
    canonicalUrl: null,
    title,
    byline: null,
    siteName: null,
    lang: null,
    published: null,
    publishedSource: null,
    text,
    links: [],
    excerpt: null,
    fromSelection: true,
  };
}
