/**
 * Library page pieces built with h(): a list row per saved brief, the entity index, the
 * settings form. Every string from a saved brief (titles, sites, notes, tags, names) is text.
 * Wiring (storage, downloads, events) lives in entrypoints/library/main.ts.
 */
import { CSV_DELIMITERS, type CsvDelimiter } from '../export/labels';
import type { EntityIndexEntry, EntityKind, LibraryListItem } from '../library/types';
import { h, type Child } from './dom';
import { endonym, formatIsoDate, formatNumber, formatTimestamp, languageName } from './format';
import { UI_LANGS, type MessageKey, type Translator } from './i18n';
import type { Settings } from './settings';
import { displayBlock, displayText } from './text';

export interface LibraryItemOptions {
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onOpen: (id: string) => void;
  onDelete: (id: string, title: string) => void;
}

// parseTags lives in its own module so that the popup's note form does not load the library's renderers.
export { parseTags } from './parse-tags';

export function renderLibraryItem(item: LibraryListItem, t: Translator, opts: LibraryItemOptions): HTMLElement {
  const title = displayText(item.title, 300) || item.host || item.url;
  const checkId = `sel-${item.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const meta: Child[] = [];
  const site = displayText(item.siteName, 120) || item.host;
  if (site) meta.push(h('span', null, site));
  if (item.published) meta.push(h('time', { datetime: item.published }, formatIsoDate(item.published, t.lang)));
  if (item.lang) meta.push(h('span', null, languageName(displayText(item.lang, 12), t.lang)));
  meta.push(h('span', null, t.t('library.savedOn', [formatTimestamp(item.savedAt, t.lang)])));
  const c = item.counts;
  const counts = [
    t.tn('library.orgCount', c.organisations, [formatNumber(c.organisations, t.lang)]),
    t.tn('library.peopleCount', c.people, [formatNumber(c.people, t.lang)]),
    t.tn('library.agreementCount', c.agreements, [formatNumber(c.agreements, t.lang)]),
    t.tn('library.placeCount', c.places, [formatNumber(c.places, t.lang)]),
  ].join(' · ');
  return h(
    'li',
    { class: 'lib-item', 'data-testid': 'library-item', 'data-id': item.id },
    h(
      'div',
      null,
      h('input', {
        type: 'checkbox',
        id: checkId,
        checked: opts.selected,
        'aria-label': t.t('library.select', [title]),
        on: { change: (e: Event) => opts.onSelect(item.id, (e.target as HTMLInputElement).checked) },
      }),
    ),
    h(
      'div',
      null,
      h('h2', null, h('button', { type: 'button', class: 'show', 'data-testid': 'library-open', title: t.t('library.openTitle', [title]), on: { click: () => opts.onOpen(item.id) } }, title)),
      h('div', { class: 'sub' }, meta.flatMap((m, i) => (i ? [' · ', m] : [m]))),
      h('div', { class: 'sub' }, counts),
      item.headline ? h('div', { class: 'sub', lang: item.lang || null }, displayText(item.headline, 300)) : null,
      item.tags.length ? h('div', { class: 'tags' }, item.tags.map((tag) => h('span', null, displayText(tag, 60)))) : null,
      item.note ? h('div', { class: 'sub note' }, displayText(item.note, 200)) : null,
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'small danger', 'data-testid': 'library-delete', 'aria-label': t.t('library.deleteTitle', [title]), on: { click: () => opts.onDelete(item.id, title) } }, t.t('library.delete')),
    ),
  );
}

const KIND_SECTION: Record<EntityKind, MessageKey> = {
  organisation: 'section.organisations',
  person: 'section.people',
  agreement: 'section.agreements',
  place: 'section.places',
};

/** The cross-library entity index, one group per kind; clicking a name filters the list. */
export function renderEntityIndex(
  entries: EntityIndexEntry[],
  t: Translator,
  onFilter: (entry: EntityIndexEntry) => void,
  perKind = 100,
): HTMLElement {
  if (!entries.length) return h('p', { class: 'empty', 'data-testid': 'entity-index' }, t.t('library.entityEmpty'));
  const groups = (['organisation', 'person', 'agreement', 'place'] as const).map((kind) => {
    const list = entries.filter((e) => e.kind === kind).slice(0, perKind);
    const headingId = `idx-${kind}`;
    return h(
      'section',
      { 'aria-labelledby': headingId },
      h('h2', { id: headingId }, t.t(KIND_SECTION[kind])),
      list.length
        ? h(
            'ul',
            { class: 'items', 'data-kind': kind },
            list.map((e) => {
              // A known entity by its name in the interface language; the languages of its briefs and its QID.
              const name = displayText(e.names?.[t.lang]?.[0] ?? e.name, 160);
              const extra: string[] = [];
              if (e.acronym && e.acronym !== e.name) extra.push(displayText(e.acronym, 24));
              const langs = [...new Set(e.briefs.map((b) => b.lang ?? '').filter(Boolean))];
              if (langs.length > 1) extra.push(langs.map((l) => displayText(l, 8).toUpperCase()).join('·'));
              if (e.qid) extra.push(displayText(e.qid, 16));
              if (e.roles?.length) extra.push(e.roles.slice(0, 2).map((r) => displayText(r, 80)).join('; '));
              if (e.dates?.length) extra.push(e.dates.slice(0, 3).map((d) => formatIsoDate(d, t.lang)).join(', '));
              return h(
                'li',
                { 'data-testid': 'entity-entry' },
                h('button', { type: 'button', class: 'show', title: t.t('library.entityFilter', [name]), on: { click: () => onFilter(e) } }, name),
                h(
                  'span',
                  { class: 'details' },
                  extra.map((x) => h('span', null, ' ', x)),
                  h('span', { class: 'count' }, ' ', t.tn('library.briefCount', e.briefCount, [formatNumber(e.briefCount, t.lang)])),
                ),
              );
            }),
          )
        : h('p', { class: 'empty' }, t.t('empty.none')),
    );
  });
  return h('div', { class: 'entity-groups', 'data-testid': 'entity-index' }, groups);
}

export interface SettingsFormOptions {
  settings: Settings;
  onChange: (next: Settings) => void;
  onClear: () => void;
}

export function renderSettings(t: Translator, opts: SettingsFormOptions): HTMLElement {
  const s = opts.settings;
  const change = (patch: Partial<Settings>) => opts.onChange({ ...s, ...patch });
  const langSelect = h(
    'select',
    { id: 'set-lang', 'data-testid': 'settings-language', on: { change: (e: Event) => change({ uiLang: (e.target as HTMLSelectElement).value as Settings['uiLang'] }) } },
    h('option', { value: 'auto', selected: s.uiLang === 'auto' }, t.t('settings.uiLangAuto')),
    UI_LANGS.map((l) => h('option', { value: l, lang: l, selected: s.uiLang === l }, endonym(l))),
  );
  const formatSelect = h(
    'select',
    { id: 'set-format', 'data-testid': 'settings-export-format', on: { change: (e: Event) => change({ exportFormat: (e.target as HTMLSelectElement).value as Settings['exportFormat'] }) } },
    (['json', 'csv', 'md'] as const).map((f) => h('option', { value: f, selected: s.exportFormat === f }, t.t(`format.${f}`))),
  );
  return h(
    'section',
    { class: 'settings', 'aria-labelledby': 'settings-h', 'data-testid': 'settings' },
    h('h2', { id: 'settings-h' }, t.t('settings.heading')),
    h('div', { class: 'field' }, h('label', { for: 'set-lang' }, t.t('settings.uiLang')), langSelect),
    h('div', { class: 'field' }, h('label', { for: 'set-format' }, t.t('settings.exportFormat')), formatSelect),
    h(
      'div',
      { class: 'check' },
      h('input', { type: 'checkbox', id: 'set-autosave', 'data-testid': 'settings-autosave', checked: s.autoSave, on: { change: (e: Event) => change({ autoSave: (e.target as HTMLInputElement).checked }) } }),
      h('label', { for: 'set-autosave' }, t.t('settings.autoSave')),
    ),
    h('div', null, h('button', { type: 'button', class: 'danger', 'data-testid': 'settings-clear', on: { click: () => opts.onClear() } }, t.t('settings.clear'))),
  );
}

/** A note shown as paragraphs of text. */
export function noteBlock(note: string): HTMLElement {
  return h('div', { class: 'note' }, displayBlock(note).split('\n\n').map((p) => h('p', null, p)));
}

export type LibraryExport = 'csv' | 'csv-articles' | 'json' | 'md';

export interface ExportBarOptions {
  /** The default format first (settings). */
  defaultFormat: 'json' | 'csv' | 'md';
  delimiter: CsvDelimiter;
  onExport: (what: LibraryExport) => void;
  onDelimiter: (d: CsvDelimiter) => void;
}

const DELIMITER_KEY: Record<CsvDelimiter, MessageKey> = {
  ',': 'exportFile.delimiterComma',
  ';': 'exportFile.delimiterSemicolon',
  '\t': 'exportFile.delimiterTab',
};

/**
 * The library's export group: CSV per name (`export-csv`), CSV per article
 * (`export-csv-articles`), JSON, Markdown, and the CSV separator (`csv-delimiter`).
 */
export function renderExportBar(t: Translator, opts: ExportBarOptions): HTMLElement {
  const formats = (['csv', 'json', 'md'] as const).slice().sort((a, b) => Number(b === opts.defaultFormat) - Number(a === opts.defaultFormat));
  // The accessible name starts from the visible text ("Export as CSV per article"); the title says what a row is.
  const button = (what: LibraryExport, label: string, title?: string) =>
    h('button', { type: 'button', 'data-testid': `export-${what}`, 'aria-label': t.t('library.exportAs', [label]), title: title ?? null, on: { click: () => opts.onExport(what) } }, label);
  const buttons = formats.flatMap((f) =>
    f === 'csv'
      ? [
          button('csv', t.t('format.csv'), t.t('exportFile.entityCsvAs')),
          button('csv-articles', t.t('exportFile.articleCsv'), t.t('exportFile.articleCsvAs')),
        ]
      : [button(f, t.t(`format.${f}`))],
  );
  const select = h(
    'select',
    {
      id: 'csv-delimiter',
      'data-testid': 'csv-delimiter',
      on: { change: (e: Event) => opts.onDelimiter((e.target as HTMLSelectElement).value as CsvDelimiter) },
    },
    CSV_DELIMITERS.map((d) => h('option', { value: d, selected: d === opts.delimiter }, t.t(DELIMITER_KEY[d]))),
  );
  return h(
    'div',
    { class: 'bar export-bar', role: 'group', 'aria-label': t.t('library.exportHeading') },
    h('span', { class: 'group-label', title: t.t('library.exportHelp') }, `${t.t('library.exportHeading')}:`),
    buttons,
    h('label', { for: 'csv-delimiter' }, t.t('exportFile.delimiter')),
    select,
  );
}
