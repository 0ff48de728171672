/**
 * Popup wiring: find the tab, check it can be read, inject extraction, analyse here (never in
 * the page), render. Logic worth testing lives in src/ui/ and is tested in tests/ui/.
 */
import '../../assets/crisislens.css';
import { browser, type PublicPath } from 'wxt/browser';
import type { Brief } from '../../src/brief/schema';
import type { Library } from '../../src/library';
import { downloadText, MIME } from '../../src/ui/browser/download';
import { applyDocumentLanguage, loadTranslator } from '../../src/ui/browser/i18n-runtime';
import { loadSettings } from '../../src/ui/browser/settings-store';
import { h, replaceChildren } from '../../src/ui/dom';
import type { Translator } from '../../src/ui/i18n';
import { exportLabels } from '../../src/ui/export-labels';
import { labelShowButton, renderBrief } from '../../src/ui/render-brief';
import { renderError, renderLoading, renderNoArticle, renderNoTab, renderRestricted, renderSaveConflict, renderToolbar, renderTooHeavy, type PopupStatus } from '../../src/ui/render-state';
import { restrictedFromError, restrictedReason, type RestrictedReason } from '../../src/ui/restricted';
import type { Settings } from '../../src/ui/settings';
import { briefView, MentionCycler, occurrenceIndex, type DateView, type EntityView } from '../../src/ui/view-model';
import { textProbes } from '../../src/extract/find-text';
import { EXTRACT_WATCHDOG_MS, highlightContext } from '../../src/messaging/protocol';
import { withWatchdog } from '../../src/ui/watchdog';
import { extractFromTab, highlightInTab, pageLanguage } from './page';
import { handoffArticle, handoffKey, parsePopupParams, readHandoff, type SelectionHandoff } from '../../src/messaging/selection-menu';
import { renderNoteForm, type NoteForm } from '../../src/ui/render-note';
import type { Article } from '../../src/extract/article';

const app = document.getElementById('app')!;
const statusEl = document.querySelector<HTMLElement>('[data-testid="status"]')!;
const live = document.getElementById('live')!;

let t: Translator;
let settings: Settings;
let library: Library | null = null;
let current: Brief | null = null;
let tabId: number | null = null;
let tabUrl: string | undefined;
/** Pieces of the current brief's text the page must still hold for a highlight (page swapped its story?). */
let probes: string[] | null = null;
const cycler = new MentionCycler();
/** popup.html?tabId=N (CONTRACT.md); `mode=selection` (and `frameId`) when opened from the context menu. */
const params = parsePopupParams(location.search);
/** Opened from the context menu: the text the click passed on (the fallback when the page cannot give its selection). */
let handed: Promise<SelectionHandoff | null> = params.mode === 'selection' && params.tabId !== null ? takeHandoff(params.tabId) : Promise.resolve(null);
/** The note and tags form at the top of the brief. */
let noteForm: NoteForm | null = null;

// The analysis engine, the library (Dexie) and the exporters load in parallel with the page
// extraction instead of before the popup can start it: the first paint and the injection do
// not wait for ~300 KB of code the page script does not need.
// The engine reads its data assets from the extension's own package (src/ui/browser/analysis-engine.ts).
const analysis = import('../../src/ui/browser/analysis-engine');
const libraryModule = import('../../src/library');
const exportModule = import('../../src/export');
const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const SAVE_SHORTCUT = isMac ? '⌘S' : 'Ctrl+S';

function setStatus(status: PopupStatus, message?: string): void {
  statusEl.textContent = status;
  statusEl.dataset.status = status;
  app.setAttribute('aria-busy', String(status === 'loading'));
  if (message) live.textContent = message;
}

async function lib(): Promise<Library> {
  library ??= (await libraryModule).openLibrary();
  return library;
}

async function findTab(): Promise<{ id: number; url?: string } | null> {
  if (params.tabId !== null) {
    const id = params.tabId;
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url };
    } catch {
      return { id };
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

async function fileAccessAllowed(): Promise<boolean | undefined> {
  try {
    const ext = (browser as unknown as { extension?: { isAllowedFileSchemeAccess?: () => Promise<boolean> } }).extension;
    return ext?.isAllowedFileSchemeAccess ? await ext.isAllowedFileSchemeAccess() : undefined;
  } catch {
    return undefined;
  }
}

/** States without a brief still lead to the library (e.g. from a new-tab page). */
function withLibrary(state: HTMLElement): HTMLElement {
  state.append(
    h('p', { class: 'state-actions' },
      h('button', { type: 'button', 'data-testid': 'open-library', on: { click: () => void openLibraryPage() } }, t.t('action.openLibrary'))),
  );
  return state;
}

function showRestricted(reason: RestrictedReason): void {
  const view = withLibrary(renderRestricted(t, reason));
  replaceChildren(app, view);
  setStatus('error', view.querySelector('[data-testid="state-message"]')?.textContent ?? '');
}

function showError(detail?: string): void {
  replaceChildren(app, withLibrary(renderError(t, detail)));
  setStatus('error', t.t('state.error'));
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function actionMessage(text: string, kind: 'ok' | 'error' = 'ok'): void {
  const el = app.querySelector<HTMLElement>('[data-testid="save-message"]');
  if (el) {
    el.textContent = text;
    el.dataset.kind = kind;
  }
}

/** Another page's brief holds this page's address: show both URLs and let the user keep both. */
function showConflict(savedUrl: string, pageUrl: string): void {
  app.querySelector('[data-testid="save-conflict"]')?.remove();
  const el = app.querySelector<HTMLElement>('[data-testid="save-message"]');
  if (!el) return;
  el.textContent = '';
  el.dataset.kind = 'error';
  el.after(renderSaveConflict(t, { savedUrl, pageUrl, onKeepBoth: () => void save('keep-both') }));
}

async function save(onConflict?: 'keep-both'): Promise<void> {
  if (!current) return;
  actionMessage(t.t('action.saving'));
  try {
    // Whatever the user typed in the note and tags is saved with the brief (else the stored ones are kept).
    const edited = noteForm?.dirty() ? noteForm.value() : {};
    const { updated } = await (await lib()).save(current, { ...edited, ...(onConflict ? { onConflict } : {}) });
    if (noteForm?.dirty()) {
      noteForm.markSaved();
      noteMessage(t.t('library.noteSaved'));
    }
    app.querySelector('[data-testid="save-conflict"]')?.remove();
    actionMessage(t.t(onConflict ? 'action.keptBoth' : updated ? 'action.updated' : 'action.saved'));
  } catch (e) {
    const { LibraryError } = await libraryModule;
    if (e instanceof LibraryError && e.code === 'conflict') showConflict(e.savedUrl ?? '', e.pageUrl ?? current.url);
    else if (e instanceof LibraryError && e.code === 'quota') actionMessage(t.t('action.quota'), 'error');
    else actionMessage(t.t('action.saveFailed', [messageOf(e)]), 'error');
  }
}

function noteMessage(text: string, kind: 'ok' | 'error' = 'ok'): void {
  if (!noteForm) return;
  noteForm.message.textContent = text;
  noteForm.message.dataset.kind = kind;
}

/** Save note and tags: saves the brief with them (a brief not yet saved is saved now). */
async function saveNote(note: string, tags: string[]): Promise<void> {
  if (!current) return;
  try {
    await (await lib()).save(current, { note, tags });
    noteForm?.markSaved();
    noteMessage(t.t('library.noteSaved'));
    actionMessage(t.t('action.alreadySaved'));
  } catch (e) {
    // Nothing was written; the fields keep what was typed.
    const { LibraryError } = await libraryModule;
    if (e instanceof LibraryError && e.code === 'conflict') {
      noteMessage('');
      showConflict(e.savedUrl ?? '', e.pageUrl ?? current.url);
    } else if (e instanceof LibraryError && e.code === 'quota') noteMessage(t.t('action.quota'), 'error');
    else noteMessage(t.t('action.saveFailed', [messageOf(e)]), 'error');
  }
}

async function exportBrief(format: 'json' | 'csv' | 'md'): Promise<void> {
  if (!current) return;
  try {
    const { defaultDelimiter, exportFileName, toCsv, toJson, toMarkdown } = await exportModule;
    const items = [current];
    const labels = exportLabels(t);
    const content =
      format === 'json' ? toJson(items)
      : format === 'csv' ? toCsv(items, { labels, delimiter: defaultDelimiter(t.lang) })
      : toMarkdown(items, new Date(), { labels: labels.markdown });
    const name = exportFileName(format, items, new Date());
    downloadText(name, content, MIME[format]);
    actionMessage(t.t('action.exported', [name]));
  } catch (e) {
    actionMessage(t.t('action.exportFailed', [messageOf(e)]), 'error');
  }
}

/** The brief as Markdown on the clipboard (the same renderer as the Markdown export). */
async function copyBrief(): Promise<void> {
  if (!current) return;
  try {
    const { briefMarkdown } = await exportModule;
    await navigator.clipboard.writeText(briefMarkdown(current, { level: 1, labels: exportLabels(t).markdown }) + '\n');
    actionMessage(t.t('exportFile.copied'));
  } catch (e) {
    actionMessage(t.t('exportFile.copyFailed', [messageOf(e)]), 'error');
  }
}

async function openLibraryPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/library.html' as PublicPath) });
  window.close();
}

async function showInPage(item: EntityView | DateView, button: HTMLButtonElement): Promise<void> {
  if (tabId === null || !current) return;
  const total = item.mentions.length;
  const index = cycler.advance(item.key, total);
  if (index < 0) return;
  const mention = item.mentions[index];
  const label = button.textContent ?? '';
  labelShowButton(button, label, index, total, t);
  try {
    probes ??= textProbes(current.text);
    const r = await highlightInTab(tabId, {
      text: mention.text,
      occurrence: occurrenceIndex(current.text, mention.start, mention.text),
      start: mention.start,
      end: mention.end,
      ...highlightContext(current.text, mention.start, mention.end),
      probes,
    });
    if (r.reason === 'page-changed') actionMessage(t.t('entity.pageChanged'), 'error');
    else if (!r.ok) actionMessage(t.t('entity.highlightFailed'), 'error');
  } catch {
    actionMessage(t.t('entity.highlightFailed'), 'error');
  }
}

function showBrief(brief: Brief): void {
  current = brief;
  probes = null;
  cycler.reset();
  const view = briefView(brief);
  const toolbar = renderToolbar(t, {
    onSave: () => void save(),
    onExport: (format) => void exportBrief(format),
    onOpenLibrary: () => void openLibraryPage(),
    onCopy: () => void copyBrief(),
    defaultFormat: settings.exportFormat,
    saveShortcut: SAVE_SHORTCUT,
  });
  const article = renderBrief(view, t, { level: 1, onShow: (item, button) => void showInPage(item, button) });
  // Toolbar, then note and tags, right under the title and source, before the long lists.
  const meta = article.querySelector('.meta');
  const notices = article.querySelector('.notices');
  (notices ?? meta ?? article.firstChild)?.after(toolbar);
  const form = renderNoteForm(t, { note: '', tags: [], idPrefix: 'popup', rows: 2, onSave: (note, tags) => void saveNote(note, tags) });
  noteForm = form;
  toolbar.after(form.form);
  replaceChildren(app, article);
  setStatus('ready', t.t('state.ready'));
  if (settings.autoSave) void save();
  else
    void lib()
      .then((l) => l.lookup(brief))
      .then((look) => {
        if (current !== brief) return;
        if (look.kind === 'same') {
          actionMessage(t.t('action.alreadySaved'));
          // The saved note and tags, unless the user started typing.
          void lib().then((l) => l.get(look.id)).then((saved) => {
            if (saved && current === brief && noteForm === form && !form.dirty()) form.fill(saved.note, saved.tags);
          });
        }
        else if (look.kind === 'other-page') showConflict(look.savedUrl, look.pageUrl);
      })
      .catch(() => undefined);
}

type Extraction = Awaited<ReturnType<typeof extractFromTab>>;

function showTooHeavy(): void {
  const seconds = Math.round(EXTRACT_WATCHDOG_MS / 1000);
  replaceChildren(app, withLibrary(renderTooHeavy(t, seconds)));
  setStatus('error', t.t('state.tooHeavy', [String(seconds)]));
}

/** Extract (or take an extraction already under way), then analyse and render. */
async function run(mode: 'article' | 'selection', pending?: Promise<Extraction>): Promise<void> {
  if (tabId === null) return;
  replaceChildren(app, renderLoading(t, 'reading'));
  setStatus('loading');
  let result: Extraction;
  try {
    // The watchdog: a page that does not answer in time gets a clear message, not an endless spinner.
    const watched = await withWatchdog(pending ?? extractFromTab(tabId, { mode }), EXTRACT_WATCHDOG_MS);
    if (!watched.done) return showTooHeavy();
    result = watched.value;
    performance.mark('crisislens:extracted');
  } catch (e) {
    if (mode === 'selection' && (await analyseHandedSelection())) return;
    const reason = restrictedFromError(messageOf(e), tabUrl);
    if (reason) showRestricted(reason);
    else showError(messageOf(e));
    return;
  }
  if (!result.ok && result.reason === 'too-heavy') return showTooHeavy();
  if (!result.ok && mode === 'selection' && (await analyseHandedSelection())) return;
  if (!result.ok) {
    replaceChildren(
      app,
      withLibrary(renderNoArticle(t, { onAnalyseSelection: () => void run('selection'), noSelection: mode === 'selection', listPage: !!result.listPage, page: result.page })),
    );
    setStatus('no-article', t.t(result.listPage ? 'state.listPage' : 'state.noArticle'));
    return;
  }
  await analyseAndShow(result.article);
}

async function analyseAndShow(article: Article): Promise<boolean> {
  replaceChildren(app, renderLoading(t, 'analysing'));
  try {
    const { analyse } = await analysis;
    const brief = await analyse(article);
    performance.mark('crisislens:analysed');
    showBrief(brief);
    performance.mark('crisislens:rendered');
    return true;
  } catch (e) {
    showError(messageOf(e));
    return false;
  }
}

/**
 * Opened from the context menu but the page could not be read (a page the extension may not
 * script, or the selection is gone): analyse the text the browser passed with the click
 * (background → storage.session), with the page's address. False when there is none.
 */
async function analyseHandedSelection(): Promise<boolean> {
  const handoff = await handed;
  handed = Promise.resolve(null); // used once
  const article = handoff ? handoffArticle({ ...handoff, pageUrl: handoff.pageUrl || tabUrl || '' }) : null;
  if (!article) return false;
  const shown = await analyseAndShow(article);
  if (shown) actionMessage(t.t('menu.selectionGone'));
  return shown;
}

/** The hand-off of this window's menu click, read and removed from storage.session at once (never used by a later popup). */
async function takeHandoff(id: number): Promise<SelectionHandoff | null> {
  try {
    const session = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;
    if (!session) return null;
    const key = handoffKey(id);
    const raw = (await session.get(key))[key];
    await session.remove(key);
    return readHandoff(raw, id, Date.now());
  } catch {
    return null;
  }
}

/** Finds the tab and, unless the browser forbids reading it, starts the extraction at once. */
async function startExtraction(): Promise<
  { kind: 'no-tab' } | { kind: 'restricted'; reason: RestrictedReason } | { kind: 'started'; pending: Promise<Extraction> }
> {
  const tab = await findTab();
  if (!tab) return { kind: 'no-tab' };
  tabId = tab.id;
  tabUrl = tab.url;
  const fileAccess = tab.url?.startsWith('file:') ? await fileAccessAllowed() : undefined;
  const reason = restrictedReason(tab.url, { fileAccess });
  if (reason) return { kind: 'restricted', reason };
  performance.mark('crisislens:extract-start');
  // Injected before the extraction, so the tab answers it first: while the page is being read, the
  // popup builds the declared language's NLP data (a wrong or missing guess costs nothing but that).
  pageLanguage(tab.id)
    .then((lang) => analysis.then((m) => m.prepareLanguage(lang)))
    .catch(() => undefined);
  // Try the article first; when there is none but text is selected, the extraction script
  // answers with the selection itself (then brief.fromSelection is set). From the context
  // menu (mode=selection): the selection only, in the frame that holds it.
  const pending = extractFromTab(tab.id, { mode: params.mode }, params.frameId);
  pending.catch(() => undefined); // handled in run(); never an unhandled rejection
  return { kind: 'started', pending };
}

async function main(): Promise<void> {
  // The page extraction runs in the tab while the popup loads its settings and strings.
  const started = startExtraction();
  started.catch(() => undefined);
  settings = await loadSettings();
  t = await loadTranslator(settings);
  applyDocumentLanguage(t, 'appName');
  performance.mark('crisislens:ui-ready');
  replaceChildren(app, renderLoading(t, 'reading'));

  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  });

  const s = await started;
  if (s.kind === 'no-tab') {
    replaceChildren(app, withLibrary(renderNoTab(t)));
    setStatus('error', t.t('state.noTab'));
    return;
  }
  if (s.kind === 'restricted') {
    // From the context menu on a page the extension may not script: the text the click passed on.
    if (params.mode === 'selection' && (await analyseHandedSelection())) return;
    showRestricted(s.reason);
    return;
  }
  await run(params.mode, s.pending);
}

main().catch((e) => {
  if (!t) statusEl.textContent = 'error';
  else showError(messageOf(e));
});
