/**
 * Library page wiring: list with search, filters and sort; open a brief (same renderer as the
 * popup); note and tags; delete with undo; entity index; export/import; settings. Rendering
 * lives in src/ui/ (tested); storage in src/library/; file formats in src/export/.
 */
import '../../assets/crisislens.css';
import type { Brief } from '../../src/brief/schema';
import { browser } from 'wxt/browser';
import { briefMarkdown, defaultDelimiter, exportFileName, parseImport, toArticleCsv, toCsv, toJson, toMarkdown, type CsvDelimiter } from '../../src/export';
import { LibraryError, openLibrary, type EntityIndexEntry, type Library, type LibraryQuery } from '../../src/library';
import { newToken, parseRecent, recentToString, reportLink } from '../../src/report';
import { reportHandoffStore } from '../../src/ui/browser/report-handoff';
import { downloadText, MIME } from '../../src/ui/browser/download';
import { applyDocumentLanguage, loadTranslator } from '../../src/ui/browser/i18n-runtime';
import { loadSettings, saveSettings } from '../../src/ui/browser/settings-store';
import { h, replaceChildren } from '../../src/ui/dom';
import { languageName } from '../../src/ui/format';
import type { Translator } from '../../src/ui/i18n';
import { briefView } from '../../src/ui/view-model';
import { renderBrief } from '../../src/ui/render-brief';
import { renderReader } from '../../src/ui/render-article';
import { renderNoteForm } from '../../src/ui/render-note';
import { exportLabels } from '../../src/ui/export-labels';
import { renderEntityIndex, renderExportBar, renderLibraryItem, renderSettings, type LibraryExport } from '../../src/ui/render-library';
import type { Settings } from '../../src/ui/settings';
import { displayText } from '../../src/ui/text';

type Tab = 'briefs' | 'entities' | 'settings';

const app = document.getElementById('app')!;
const tabsEl = document.getElementById('tabs')!;
const toast = document.getElementById('toast')!;
const heading = document.getElementById('lib-heading')!;
const skipLink = document.getElementById('skip-to-list') as HTMLAnchorElement | null;

let t: Translator;
let settings: Settings;
let lib: Library;
let tab: Tab = 'briefs';
let openId: string | null = null;
const query: LibraryQuery = { sort: 'saved-desc' };
/** The period filter's choices ("this week", "this month"; by saved or published date). */
const RECENT_CHOICES = [{ by: 'saved', days: 7 }, { by: 'saved', days: 30 }, { by: 'published', days: 7 }, { by: 'published', days: 30 }] as const;
let entityName = '';
/** The filtered entity's other names (all languages, acronyms) and its Wikidata id, shown beside it. */
let entityForms = '';
const selected = new Set<string>();
const PAGE = 200;
let limit = PAGE;
let toastTimer: ReturnType<typeof setTimeout> | undefined;
let refreshSeq = 0;
/** The CSV separator the user picked on this page; null: the interface language's convention. */
let delimiter: CsvDelimiter | null = null;
/** Where the keyboard focus goes after the next render of the list (a brief's row, or the search box). */
let focusAfterRender: { id?: string } | null = null;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function showToast(text: string, action?: { label: string; run: () => void }): void {
  clearTimeout(toastTimer);
  replaceChildren(
    toast,
    h('span', null, text),
    action ? h('button', { type: 'button', 'data-testid': 'undo', on: { click: () => { action.run(); } } }, action.label) : null,
  );
  toastTimer = setTimeout(() => replaceChildren(toast), action ? 12_000 : 5_000);
}

/** After a deletion the row's button is gone: keep keyboard users in place, on "Undo". */
function focusUndo(): void {
  toast.querySelector<HTMLButtonElement>('[data-testid="undo"]')?.focus();
}

function messageEl(): HTMLElement {
  return h('p', { class: 'message', role: 'status', 'aria-live': 'polite', 'data-testid': 'library-message' });
}

function say(el: HTMLElement | null, text: string, kind: 'ok' | 'error' = 'ok'): void {
  if (!el) return;
  el.textContent = text;
  el.dataset.kind = kind;
}

function errorText(e: unknown): string {
  if (e instanceof LibraryError && e.code === 'quota') return t.t('action.quota');
  return t.t('library.error', [messageOf(e)]);
}

// ---- tabs --------------------------------------------------------------------------------------

function renderTabs(): void {
  const items: [Tab, Parameters<Translator['t']>[0]][] = [
    ['briefs', 'library.tabBriefs'],
    ['entities', 'library.tabEntities'],
    ['settings', 'library.tabSettings'],
  ];
  replaceChildren(
    tabsEl,
    h('div', { role: 'group', 'aria-label': t.t('library.tabs'), class: 'tabs' },
      items.map(([id, key]) =>
        h('button', {
          type: 'button',
          'aria-pressed': String(tab === id),
          'data-testid': `tab-${id}`,
          on: { click: () => { tab = id; openId = null; void render(); } },
        }, t.t(key)),
      ),
    ),
  );
  tabsEl.setAttribute('aria-label', t.t('library.tabs'));
}

// ---- list --------------------------------------------------------------------------------------

function option(value: string, label: string, current: string | undefined): HTMLOptionElement {
  return h('option', { value, selected: (current ?? '') === value }, label);
}

let listEl: HTMLElement | null = null;
let countEl: HTMLElement | null = null;
let selEl: HTMLElement | null = null;
let listMessage: HTMLElement | null = null;
let moreEl: HTMLElement | null = null;
let shownIds: string[] = [];

async function renderBriefs(): Promise<void> {
  const facets = await lib.facets();
  const searchInput = h('input', {
    type: 'search',
    id: 'q',
    'data-testid': 'search',
    value: query.text ?? '',
    autocomplete: 'off',
    'aria-describedby': 'q-help',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  searchInput.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      query.text = searchInput.value.trim() || undefined;
      limit = PAGE;
      void refreshList();
    }, 120);
  });
  const setFilter = (key: keyof LibraryQuery) => (e: Event) => {
    const v = (e.target as HTMLInputElement | HTMLSelectElement).value;
    (query as Record<string, unknown>)[key] = v || undefined;
    limit = PAGE;
    void refreshList();
  };
  const field = (id: string, label: string, control: HTMLElement) => h('div', { class: 'field' }, h('label', { for: id }, label), control);
  const wideField = (id: string, label: string, control: HTMLElement) => h('div', { class: 'field wide' }, h('label', { for: id }, label), control);
  const any = t.t('library.any');

  const filters = h(
    'div',
    { class: 'controls', role: 'group', 'aria-label': t.t('library.filters') },
    field('f-lang', t.t('library.filterLang'), h('select', { id: 'f-lang', 'data-testid': 'filter-lang', on: { change: setFilter('lang') } },
      option('', any, query.lang), facets.langs.map((l) => option(l.value, `${languageName(l.value, t.lang)} (${l.count})`, query.lang)))),
    field('f-site', t.t('library.filterSite'), h('select', { id: 'f-site', 'data-testid': 'filter-site', on: { change: setFilter('site') } },
      option('', any, query.site), facets.sites.slice(0, 300).map((s) => option(s.value, `${displayText(s.value, 60)} (${s.count})`, query.site)))),
    field('f-tag', t.t('library.filterTag'), h('select', { id: 'f-tag', 'data-testid': 'filter-tag', on: { change: setFilter('tag') } },
      option('', any, query.tag), facets.tags.slice(0, 300).map((s) => option(s.value, `${displayText(s.value, 60)} (${s.count})`, query.tag)))),
    field('f-from', t.t('library.filterFrom'), h('input', { type: 'date', id: 'f-from', 'data-testid': 'filter-from', value: query.from ?? '', on: { change: setFilter('from') } })),
    field('f-to', t.t('library.filterTo'), h('input', { type: 'date', id: 'f-to', 'data-testid': 'filter-to', value: query.to ?? '', on: { change: setFilter('to') } })),
    wideField('f-recent', t.t('library.filterRecent'), h('select', {
      id: 'f-recent',
      'data-testid': 'filter-recent',
      on: { change: (e: Event) => { query.recent = parseRecent((e.target as HTMLSelectElement).value); limit = PAGE; void refreshList(); } },
    },
      option('', t.t('library.recentAny'), query.recent ? recentToString(query.recent) : ''),
      RECENT_CHOICES.map((r) => option(recentToString(r), t.t(r.by === 'saved' ? 'library.recentSaved' : 'library.recentPublished', [String(r.days)]), query.recent ? recentToString(query.recent) : '')))),
    wideField('f-sort', t.t('library.sort'), h('select', { id: 'f-sort', 'data-testid': 'sort', on: { change: setFilter('sort') } },
      option('saved-desc', t.t('library.sortSaved'), query.sort), option('published-desc', t.t('library.sortPublished'), query.sort), option('title', t.t('library.sortTitle'), query.sort))),
  );

  const entityChip = query.entity
    ? h('p', { class: 'bar', 'data-testid': 'filter-entity' },
        h('span', null, `${t.t('library.filterEntity')}: `, h('strong', null, entityName || query.entity), entityForms ? h('span', { class: 'muted', 'data-testid': 'filter-entity-forms' }, ` (${entityForms})`) : null),
        h('button', { type: 'button', class: 'small', on: { click: () => { query.entity = undefined; entityName = ''; entityForms = ''; void render(); } } }, t.t('library.clearFilters')))
    : null;

  const clearAll = h('button', {
    type: 'button',
    class: 'small',
    'data-testid': 'clear-filters',
    on: { click: () => { for (const k of ['text', 'lang', 'site', 'tag', 'from', 'to', 'entity', 'recent'] as const) query[k] = undefined; entityName = ''; entityForms = ''; void render(); } },
  }, t.t('library.clearFilters'));

  const selectAll = h('input', {
    type: 'checkbox',
    id: 'sel-all',
    'data-testid': 'select-all',
    on: {
      change: (e: Event) => {
        const on = (e.target as HTMLInputElement).checked;
        for (const id of shownIds) on ? selected.add(id) : selected.delete(id);
        void refreshList();
      },
    },
  });

  const exportBar = renderExportBar(t, {
    defaultFormat: settings.exportFormat,
    delimiter: delimiter ?? defaultDelimiter(t.lang),
    onExport: (what) => void exportNow(what),
    onDelimiter: (d) => { delimiter = d; },
  });
  const fileInput = h('input', { type: 'file', id: 'import', accept: '.json,application/json', 'data-testid': 'import' });
  fileInput.addEventListener('change', () => void importFile(fileInput));

  countEl = h('span', { 'data-testid': 'library-count' });
  selEl = h('span', { class: 'muted' });
  listMessage = messageEl();
  listEl = h('ul', { class: 'lib-list', id: 'library-list', tabindex: '-1', 'data-testid': 'library-list', 'aria-labelledby': 'lib-heading' });
  moreEl = h('div');

  replaceChildren(
    app,
    h('div', { class: 'search-row' },
      h('div', { class: 'field' }, h('label', { for: 'q' }, t.t('library.search')), searchInput, h('span', { id: 'q-help', class: 'visually-hidden' }, t.t('library.searchHelp'))),
      clearAll),
    filters,
    entityChip,
    h('div', { class: 'bar' },
      h('span', { class: 'check' }, selectAll, ' ', h('label', { for: 'sel-all' }, t.t('library.selectAll'))),
      countEl, selEl,
      h('button', { type: 'button', 'data-testid': 'report-open', title: t.t('report.buttonTitle'), on: { click: () => void openReport() } }, t.t('report.button'))),
    exportBar,
    h('div', { class: 'bar' }, h('label', { for: 'import', class: 'import-label' }, t.t('library.importLabel')), fileInput),
    listMessage,
    listEl,
    moreEl,
  );
  await refreshList();
}

async function refreshList(): Promise<void> {
  if (!listEl) return;
  const seq = ++refreshSeq;
  let page;
  try {
    page = await lib.list({ ...query, limit });
  } catch (e) {
    say(listMessage, errorText(e), 'error');
    return;
  }
  if (seq !== refreshSeq) return; // a newer search already answered
  shownIds = page.items.map((i) => i.id);
  replaceChildren(
    listEl,
    page.items.map((item) =>
      renderLibraryItem(item, t, {
        selected: selected.has(item.id),
        onSelect: (id, on) => { on ? selected.add(id) : selected.delete(id); updateCounts(page.total); },
        onOpen: (id) => { openId = id; reading = false; void render(); },
        onDelete: (id, title) => void remove(id, title),
      }),
    ),
  );
  updateCounts(page.total);
  applyListFocus();
  const total = await lib.count();
  if (!page.items.length) say(listMessage, total === 0 ? t.t('library.empty') : t.t('library.noResults'));
  else say(listMessage, '');
  if (moreEl)
    replaceChildren(moreEl, page.total > page.items.length
      ? h('button', { type: 'button', 'data-testid': 'more', on: { click: () => { limit += PAGE; void refreshList(); } } }, `${t.tn('library.count', page.total - page.items.length)} …`)
      : null);
}

function updateCounts(total: number): void {
  if (countEl) countEl.textContent = t.tn('library.count', total, [total.toLocaleString(t.lang)]);
  if (selEl) selEl.textContent = `· ${t.tn('library.selected', selected.size, [selected.size.toLocaleString(t.lang)])}`;
}

async function remove(id: string, title: string): Promise<void> {
  try {
    const removed = await lib.remove([id]);
    selected.delete(id);
    if (openId === id) openId = null;
    showToast(t.t('library.deleted', [displayText(title, 80)]), {
      label: t.t('library.undo'),
      run: () => {
        void lib.restore(removed).then(() => {
          showToast(t.t('library.restored'));
          // The Undo button is about to vanish: put the keyboard on the restored brief.
          openId = null;
          focusAfterRender = { id };
          return render();
        }, (e) => showToast(errorText(e)));
      },
    });
    await render();
    focusUndo();
  } catch (e) {
    showToast(errorText(e));
  }
}

async function exportNow(format: LibraryExport): Promise<void> {
  try {
    let ids: string[] | undefined;
    if (selected.size) ids = [...selected];
    else if (Object.entries(query).some(([k, v]) => k !== 'sort' && v)) ids = (await lib.list({ ...query, limit: 0 })).items.map((i) => i.id);
    // Export is pure: the saved briefs in, the file out.
    const items = await lib.exportAll(ids);
    const labels = exportLabels(t);
    const csv = { labels, delimiter: delimiter ?? defaultDelimiter(t.lang) };
    const content =
      format === 'json' ? toJson(items)
      : format === 'csv' ? toCsv(items, csv)
      : format === 'csv-articles' ? toArticleCsv(items, csv)
      : toMarkdown(items, new Date(), { labels: labels.markdown });
    const kind = format === 'csv-articles' ? 'csv' : format;
    const name = exportFileName(kind, items.length, new Date()).replace(/\.csv$/, format === 'csv-articles' ? '-articles.csv' : '.csv');
    downloadText(name, content, MIME[kind]);
    say(listMessage, t.t('library.exported', [name]));
  } catch (e) {
    say(listMessage, errorText(e), 'error');
  }
}

/**
 * The situation report (report.html) over the selected briefs, or all briefs the filters show.
 * The URL stays short whatever the library's size (src/report/handoff.ts): no selection → the
 * list query, re-run by the report page; a few → their ids; many → a one-shot storage record.
 */
async function openReport(): Promise<void> {
  try {
    const { limit: _limit, offset: _offset, ...filters } = query;
    const link = reportLink([...selected], filters, () => newToken((a) => crypto.getRandomValues(a)));
    if (link.handoff) await reportHandoffStore().put(link.handoff.token, link.handoff.ids);
    // A tab of its own (no permission needed): window.open'ed extension pages may lack the extension APIs.
    await browser.tabs.create({ url: `${browser.runtime.getURL('/report.html' as '/popup.html')}?${link.search}` });
  } catch (e) {
    say(listMessage, errorText(e), 'error');
  }
}

async function importFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  try {
    // src/export reads and validates the file; the library merges the briefs (it knows no file format).
    const parsed = parseImport(await file.text());
    if (!parsed.ok) throw new LibraryError(parsed.code, parsed.message);
    const { added, updated } = await lib.importBriefs(parsed.items);
    say(listMessage, t.t('library.importDone', [added + updated, added, updated]));
    await render();
    say(listMessage, t.t('library.importDone', [added + updated, added, updated]));
  } catch (e) {
    // A file problem says what is wrong with the file; a storage problem is not the file's fault.
    const fileProblem = e instanceof LibraryError && (e.code === 'invalid-import' || e.code === 'too-large' || e.code === 'future-version');
    say(listMessage, fileProblem ? t.t('library.importFailed', [e.message]) : errorText(e), 'error');
  } finally {
    input.value = '';
  }
}

/** Puts the keyboard focus where the last action asked (after Back or Undo), never on the page body. */
function applyListFocus(): void {
  const want = focusAfterRender;
  if (!want || !listEl) return;
  focusAfterRender = null;
  const row = want.id ? [...listEl.querySelectorAll<HTMLElement>('[data-testid="library-item"]')].find((li) => li.dataset.id === want.id) : undefined;
  const target = row?.querySelector<HTMLElement>('[data-testid="library-open"]') ?? app.querySelector<HTMLElement>('[data-testid="search"]');
  target?.focus();
}

/** Skip link: straight to the first brief of the list (or the list itself). */
function skipToList(e: Event): void {
  if (openId || tab !== 'briefs') {
    openId = null;
    tab = 'briefs';
    focusAfterRender = {};
  }
  const first = listEl?.querySelector<HTMLElement>('[data-testid="library-open"]');
  if (first && app.contains(first)) {
    e.preventDefault();
    first.focus();
  } else if (listEl && app.contains(listEl)) {
    e.preventDefault();
    listEl.focus();
  } else {
    e.preventDefault();
    void render().then(() => (listEl?.querySelector<HTMLElement>('[data-testid="library-open"]') ?? listEl)?.focus());
  }
}

// ---- one brief ---------------------------------------------------------------------------------

/** Back from a brief to the list, the keyboard on the brief that was open. */
function backToList(): void {
  focusAfterRender = openId ? { id: openId } : {};
  openId = null;
  reading = false;
  void render();
}

async function copyMarkdown(id: string, message: HTMLElement): Promise<void> {
  try {
    const saved = await lib.get(id);
    if (!saved) return;
    await navigator.clipboard.writeText(briefMarkdown(saved.brief, { level: 1, saved, labels: exportLabels(t).markdown }) + '\n');
    say(message, t.t('exportFile.copied'));
  } catch (e) {
    say(message, t.t('exportFile.copyFailed', [messageOf(e)]), 'error');
  }
}

/** Has the open brief's note or tags an unsaved edit? (Escape then does not leave.) */
let detailDirty: () => boolean = () => false;
/** The open brief shows its saved article text (the reader) instead of the brief. */
let reading = false;
/** Mark the entity mentions in the reader (kept while the page is open). */
let highlightMentions = true;

async function renderDetail(id: string): Promise<void> {
  const saved = await lib.get(id);
  if (!saved) {
    openId = null;
    reading = false;
    return render();
  }
  if (reading) return renderReaderView(saved.id, saved.brief);
  const message = messageEl();
  const title = displayText(saved.brief.title, 300);
  const view = briefView(saved.brief);
  const noteForm = renderNoteForm(t, {
    note: saved.note,
    tags: saved.tags,
    idPrefix: 'saved',
    onSave: (note, tags) => {
      // A full disk fails the write: the library is unchanged and the fields keep what was typed.
      void lib.update(id, { note, tags }).then(
        () => { noteForm.markSaved(); say(noteForm.message, t.t('library.noteSaved')); },
        (err) => say(noteForm.message, errorText(err), 'error'),
      );
    },
    extra: [h('button', { type: 'button', class: 'danger', 'data-testid': 'detail-delete', 'aria-label': t.t('library.deleteTitle', [title]), on: { click: () => void remove(id, title) } }, t.t('library.delete'))],
  });
  const article = renderBrief(view, t, { level: 2, idPrefix: 'saved' });
  // Note and tags at the top: under the title, source and notices, before the summary and the long lists.
  (article.querySelector('.notices') ?? article.querySelector('.meta') ?? article.firstChild)?.after(noteForm.form);
  replaceChildren(
    app,
    h('div', { class: 'detail-view' },
      h('p', { class: 'bar' },
        h('button', { type: 'button', 'data-testid': 'back', on: { click: () => backToList() } }, `← ${t.t('library.back')}`),
        h('button', { type: 'button', 'data-testid': 'read-article', on: { click: () => { reading = true; void render(); } } }, t.t('reader.open')),
        h('button', { type: 'button', 'data-testid': 'copy-md', on: { click: () => void copyMarkdown(saved.id, message) } }, t.t('exportFile.copyMd')),
        view.url ? h('a', { href: view.url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'open-article' }, t.t('library.openArticle'), h('span', { class: 'visually-hidden' }, ' ', t.t('link.newTab'))) : null),
      message,
      article,
    ),
  );
  detailDirty = () => noteForm.dirty();
  const focus = focusInDetail;
  focusInDetail = null;
  const target = focus ? app.querySelector<HTMLElement>(`[data-testid="${focus}"]`) : null;
  if (target) return target.focus();
  app.querySelector<HTMLElement>('[data-testid="title"]')?.setAttribute('tabindex', '-1');
  app.querySelector<HTMLElement>('[data-testid="title"]')?.focus();
}

/** Where the focus goes in the next brief view (the "Read article" button after closing the reader). */
let focusInDetail: string | null = null;

/** The saved article text, offline: paragraphs as text, mentions optionally marked. */
function renderReaderView(id: string, brief: Brief): void {
  const close = () => {
    reading = false;
    focusInDetail = 'read-article';
    void render();
  };
  replaceChildren(
    app,
    h('div', { class: 'detail-view' },
      renderReader(brief, t, {
        highlight: highlightMentions,
        idPrefix: `reader`,
        onHighlight: (on) => {
          highlightMentions = on;
          renderReaderView(id, brief);
          app.querySelector<HTMLElement>('[data-testid="highlight-mentions"]')?.focus();
        },
        onClose: close,
      })),
  );
  detailDirty = () => false;
  closeReader = close;
  app.querySelector<HTMLElement>('[data-testid="reader-title"]')?.focus();
}

/** Escape in the reader goes back to the brief (set while the reader is shown). */
let closeReader: (() => void) | null = null;

// ---- entities, settings ------------------------------------------------------------------------

let entityText = '';

async function renderEntities(): Promise<void> {
  const input = h('input', { type: 'search', id: 'eq', 'data-testid': 'entity-search', value: entityText, autocomplete: 'off' });
  const results = h('div');
  const fill = async () => {
    const entries = await lib.entityIndex(entityText ? { text: entityText } : {});
    replaceChildren(
      results,
      renderEntityIndex(entries, t, (entry: EntityIndexEntry) => {
        query.entity = entry.key;
        const label = entry.names?.[t.lang]?.[0] ?? entry.name;
        entityName = displayText(label, 120);
        const forms = [...new Set([entry.name, ...entry.aliases, ...Object.values(entry.names ?? {}).flat()])].filter((f) => f && f !== label);
        entityForms = [forms.slice(0, 12).map((f) => displayText(f, 80)).join(', '), entry.qid ?? ''].filter(Boolean).join(' · ');
        tab = 'briefs';
        limit = PAGE;
        void render();
      }),
    );
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      entityText = input.value.trim();
      void fill().catch((e) => replaceChildren(results, h('p', { class: 'message', 'data-kind': 'error' }, errorText(e))));
    }, 120);
  });
  replaceChildren(app, h('div', { class: 'search-row' }, h('div', { class: 'field' }, h('label', { for: 'eq' }, t.t('library.search')), input)), results);
  await fill();
}

function renderSettingsTab(): void {
  const message = messageEl();
  const form = renderSettings(t, {
    settings,
    onChange: (next) => {
      const langChanged = next.uiLang !== settings.uiLang;
      settings = next;
      void saveSettings(next).then(async () => {
        if (langChanged) {
          t = await loadTranslator(settings);
          applyDocumentLanguage(t, 'library.title');
          heading.textContent = t.t('library.heading');
          if (skipLink) skipLink.textContent = t.t('exportFile.skipToList');
          renderTabs();
          renderSettingsTab();
        }
        say(app.querySelector('[data-testid="library-message"]'), t.t('settings.saved'));
      }, (e) => say(message, errorText(e), 'error'));
    },
    onClear: () => void clearLibrary(message),
  });
  replaceChildren(app, form, message);
}

async function clearLibrary(message: HTMLElement): Promise<void> {
  const n = await lib.count();
  if (n === 0) return say(message, t.tn('settings.clearConfirm', 0));
  if (!window.confirm(t.tn('settings.clearConfirm', n, [n.toLocaleString(t.lang)]))) return;
  try {
    await lib.clear();
    selected.clear();
    say(message, t.t('settings.cleared'));
  } catch (e) {
    say(message, errorText(e), 'error');
  }
}

// ---- main --------------------------------------------------------------------------------------

async function render(): Promise<void> {
  renderTabs();
  try {
    if (openId) await renderDetail(openId);
    else if (tab === 'entities') await renderEntities();
    else if (tab === 'settings') renderSettingsTab();
    else await renderBriefs();
  } catch (e) {
    replaceChildren(app, h('p', { class: 'message', 'data-kind': 'error', role: 'alert' }, t.t('library.openFailed', [errorText(e)])));
  }
}

async function main(): Promise<void> {
  settings = await loadSettings();
  t = await loadTranslator(settings);
  applyDocumentLanguage(t, 'library.title');
  heading.textContent = t.t('library.heading');
  replaceChildren(app, h('p', { 'aria-busy': 'true' }, t.t('library.loading')));
  if (skipLink) {
    skipLink.textContent = t.t('exportFile.skipToList');
    skipLink.addEventListener('click', skipToList);
  }
  document.addEventListener('keydown', (e) => {
    // Escape closes the open brief (not while a select/menu is open, nor over an unsaved note).
    if (e.key !== 'Escape' || !openId || e.defaultPrevented || e.isComposing) return;
    if (detailDirty()) return;
    e.preventDefault();
    if (reading && closeReader) return closeReader();
    backToList();
  });
  lib = openLibrary();
  lib.onChange(() => {
    // Another window saved/deleted: keep what the user is doing, refresh the data.
    if (!openId && tab === 'briefs') void refreshList();
    else if (!openId && tab === 'entities') void renderEntities();
  });
  await render();
}

void main();
