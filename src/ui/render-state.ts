/**
 * The popup's states besides the brief itself: loading, no article (with the offer to analyse
 * the selected text), restricted page, error. The `[data-testid="status"]` element holds the
 * contract's machine value (loading | ready | no-article | error); the visible, translated
 * message is separate.
 */
import { h } from './dom';
import type { MessageKey, Translator } from './i18n';
import type { RestrictedReason } from './restricted';
import { formatIsoDate, languageName } from './format';
import { displayText } from './text';

export type PopupStatus = 'loading' | 'ready' | 'no-article' | 'error';

const RESTRICTED_KEY: Record<RestrictedReason, MessageKey> = {
  browser: 'state.restrictedBrowser',
  store: 'state.restrictedStore',
  pdf: 'state.restrictedPdf',
  file: 'state.restrictedFile',
  other: 'state.restrictedOther',
};

export function renderLoading(t: Translator, phase: 'reading' | 'analysing'): HTMLElement {
  return h(
    'div',
    { class: 'state loading', 'aria-busy': 'true' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    h('p', { 'data-testid': 'state-message' }, t.t(phase === 'reading' ? 'state.loading' : 'state.analysing')),
  );
}

export interface NoArticleOptions {
  /** Analyse the selection now; absent when it cannot be offered. */
  onAnalyseSelection?: () => void;
  /** Set after a selection attempt found nothing selected. */
  noSelection?: boolean;
  /** The page is a list of articles (home page, section front, search results). */
  listPage?: boolean;
  /** What the declined page still says about itself (its metadata): shown so the analyst knows what it was. */
  page?: { title?: string | null; siteName?: string | null; lang?: string | null; published?: string | null };
}

/** Title, site, date and language of a page declined as no article, as far as it gives them. */
function declinedPageInfo(t: Translator, page: NonNullable<NoArticleOptions['page']>): HTMLElement | null {
  const rows: [MessageKey | null, HTMLElement | string][] = [];
  const title = displayText(page.title, 300);
  if (title) rows.push([null, title]);
  const site = displayText(page.siteName, 120);
  if (site) rows.push(['meta.site', site]);
  if (page.published && /^\d{4}-\d{2}-\d{2}/.test(page.published)) rows.push(['meta.published', h('time', { datetime: page.published.slice(0, 10) }, formatIsoDate(page.published.slice(0, 10), t.lang))]);
  if (page.lang) rows.push(['meta.language', languageName(page.lang, t.lang) || displayText(page.lang, 20)]);
  if (!rows.length) return null;
  return h(
    'dl',
    { class: 'meta', 'data-testid': 'page-info' },
    rows.map(([label, value]) => h('div', { class: 'meta-row' }, label ? h('dt', null, t.t(label)) : null, h('dd', null, value))),
  );
}

export function renderNoArticle(t: Translator, opts: NoArticleOptions = {}): HTMLElement {
  return h(
    'div',
    { class: 'state no-article' },
    h('h1', { class: 'state-title', 'data-testid': 'state-message' }, t.t(opts.listPage ? 'state.listPage' : 'state.noArticle')),
    opts.page ? declinedPageInfo(t, opts.page) : null,
    h('p', null, t.t('state.noArticleHelp')),
    opts.onAnalyseSelection
      ? h('button', { type: 'button', class: 'primary', 'data-testid': 'analyse-selection', on: { click: () => opts.onAnalyseSelection?.() } }, t.t('state.analyseSelection'))
      : null,
    opts.noSelection ? h('p', { class: 'notice', role: 'alert', 'data-testid': 'no-selection' }, t.t('state.noSelection')) : null,
  );
}

export function renderRestricted(t: Translator, reason: RestrictedReason): HTMLElement {
  return h(
    'div',
    { class: 'state restricted' },
    h('h1', { class: 'state-title', 'data-testid': 'state-message' }, t.t(RESTRICTED_KEY[reason])),
    h('p', { class: 'visually-hidden', 'data-testid': 'restricted', 'data-reason': reason }, reason),
  );
}

export function renderError(t: Translator, detail?: string): HTMLElement {
  const text = displayText(detail, 300);
  return h(
    'div',
    { class: 'state error' },
    h('h1', { class: 'state-title', 'data-testid': 'state-message' }, t.t('state.error')),
    text ? h('p', { class: 'detail' }, t.t('state.errorDetail', [text])) : null,
  );
}

export function renderNoTab(t: Translator): HTMLElement {
  return h('div', { class: 'state error' }, h('h1', { class: 'state-title', 'data-testid': 'state-message' }, t.t('state.noTab')));
}

export interface ToolbarOptions {
  onSave: () => void;
  onExport: (format: 'json' | 'csv' | 'md') => void;
  onOpenLibrary: () => void;
  /** Copy the brief to the clipboard as Markdown (a `copy-md` button when given). */
  onCopy?: () => void;
  defaultFormat: 'json' | 'csv' | 'md';
  /** Shown on the save button's title, e.g. "Ctrl+S". */
  saveShortcut: string;
}

const FORMAT_KEY = { json: 'format.json', csv: 'format.csv', md: 'format.md' } as const;

/** Save, export this brief, open the library; plus a live region for their messages. */
export function renderToolbar(t: Translator, opts: ToolbarOptions): HTMLElement {
  const formats = (['json', 'csv', 'md'] as const).slice().sort((a, b) => (a === opts.defaultFormat ? -1 : b === opts.defaultFormat ? 1 : 0));
  return h(
    'div',
    { class: 'toolbar' },
    h(
      'div',
      { class: 'toolbar-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-testid': 'save',
          title: t.t('action.shortcut', [opts.saveShortcut]),
          'aria-keyshortcuts': opts.saveShortcut.replace('Ctrl', 'Control').replace('⌘', 'Meta+'),
          on: { click: () => opts.onSave() },
        },
        t.t('action.save'),
      ),
      h('button', { type: 'button', 'data-testid': 'open-library', on: { click: () => opts.onOpenLibrary() } }, t.t('action.openLibrary')),
    ),
    h(
      'div',
      { class: 'toolbar-row export', role: 'group', 'aria-label': t.t('action.export') },
      h('span', { class: 'group-label', 'aria-hidden': 'true' }, t.t('action.export')),
      formats.map((f) =>
        h(
          'button',
          { type: 'button', class: 'small', 'data-testid': `export-brief-${f}`, 'aria-label': t.t('action.exportAs', [t.t(FORMAT_KEY[f])]), on: { click: () => opts.onExport(f) } },
          t.t(FORMAT_KEY[f]),
        ),
      ),
      opts.onCopy ? h('button', { type: 'button', class: 'small', 'data-testid': 'copy-md', on: { click: () => opts.onCopy?.() } }, t.t('exportFile.copyMd')) : null,
    ),
    h('p', { class: 'action-message', role: 'status', 'aria-live': 'polite', 'data-testid': 'save-message' }),
  );
}

export interface SaveConflictOptions {
  /** The page URL of the brief already saved under this page's address. */
  savedUrl: string;
  /** This page's own URL. */
  pageUrl: string;
  /** Save this page as a separate brief (the other one, its note and tags untouched). */
  onKeepBoth: () => void;
}

/**
 * A page declares the canonical address of a brief saved from ANOTHER page: nothing is saved
 * until the user chooses. Both URLs are shown (as text), and the one way on is to keep both.
 */
export function renderSaveConflict(t: Translator, opts: SaveConflictOptions): HTMLElement {
  return h(
    'div',
    { class: 'notice save-conflict', role: 'alert', 'data-testid': 'save-conflict' },
    h('p', null, t.t('action.conflict')),
    h('p', { 'data-testid': 'conflict-saved-url' }, t.t('action.conflictSaved', [displayText(opts.savedUrl, 300)])),
    h('p', { 'data-testid': 'conflict-page-url' }, t.t('action.conflictThis', [displayText(opts.pageUrl, 300)])),
    h('button', { type: 'button', 'data-testid': 'keep-both', on: { click: () => opts.onKeepBoth() } }, t.t('action.keepBoth')),
  );
}

/** The popup gave up waiting for the page's extraction (the watchdog): a clear message. */
export function renderTooHeavy(t: Translator, seconds: number): HTMLElement {
  return h(
    'div',
    { class: 'state error too-heavy' },
    h('h1', { class: 'state-title', 'data-testid': 'state-message' }, t.t('state.tooHeavy', [String(seconds)])),
  );
}
