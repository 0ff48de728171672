import { beforeEach, describe, expect, it } from 'vitest';
import type { EntityIndexEntry, LibraryListItem } from '../../src/library/types';
import { parseTags, renderEntityIndex, renderExportBar, renderLibraryItem, renderSettings, type LibraryExport } from '../../src/ui/render-library';
import { defaultDelimiter } from '../../src/export';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/ui/settings';
import { translator, useDom } from './helpers';

const HOSTILE = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';

function item(over: Partial<LibraryListItem> = {}): LibraryListItem {
  return {
    id: 'https://news.example.be/a',
    title: 'Benelux versterkt crisissamenwerking',
    siteName: 'Example Nieuws',
    host: 'news.example.be',
    url: 'https://news.example.be/a',
    published: '2024-06-04',
    lang: 'nl',
    savedAt: '2024-06-05T09:30:00.000Z',
    updatedAt: '2024-06-05T09:30:00.000Z',
    note: '',
    tags: ['benelux'],
    counts: { organisations: 3, people: 1, places: 0, agreements: 2, dates: 4 },
    ...over,
  };
}

describe('library list item', () => {
  let doc: Document;
  beforeEach(() => {
    doc = useDom();
  });

  it('shows title, site, date, language and counts in the interface language, with the contract hook', async () => {
    const t = await translator('nl');
    const calls: string[] = [];
    const li = renderLibraryItem(item(), t, {
      selected: false,
      onSelect: (id, on) => calls.push(`select ${on}`),
      onOpen: () => calls.push('open'),
      onDelete: () => calls.push('delete'),
    });
    doc.body.append(li);
    expect(li.getAttribute('data-testid')).toBe('library-item');
    const text = li.textContent!;
    for (const s of ['Benelux versterkt crisissamenwerking', 'Example Nieuws', '4 juni 2024', 'Nederlands', '3 organisaties', '1 persoon', '2 akkoorden', 'geen plaatsen', 'benelux']) {
      expect(text, s).toContain(s);
    }
    li.querySelector<HTMLButtonElement>('[data-testid="library-open"]')!.click();
    li.querySelector<HTMLButtonElement>('[data-testid="library-delete"]')!.click();
    const box = li.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.getAttribute('aria-label')).toBe('“Benelux versterkt crisissamenwerking” selecteren');
    box.checked = true;
    box.dispatchEvent(new doc.defaultView!.Event('change'));
    expect(calls).toEqual(['open', 'delete', 'select true']);
  });

  it('hostile titles, notes and tags stay text', async () => {
    const t = await translator('en');
    const li = renderLibraryItem(item({ title: HOSTILE, note: HOSTILE, tags: [HOSTILE], siteName: '</script><svg onload=alert(1)>' }), t, {
      selected: true,
      onSelect: () => undefined,
      onOpen: () => undefined,
      onDelete: () => undefined,
    });
    doc.body.append(li);
    expect(doc.querySelectorAll('img, script, svg').length).toBe(0);
    for (const node of doc.querySelectorAll('*')) for (const a of [...node.attributes]) expect(a.name.startsWith('on')).toBe(false);
    expect(li.querySelector('[data-testid="library-open"]')!.textContent).toContain('<img src=x onerror=');
    expect(li.querySelector<HTMLInputElement>('input[type="checkbox"]')!.hasAttribute('checked')).toBe(true);
  });
});

describe('entity index', () => {
  beforeEach(() => {
    useDom();
  });
  it('groups by kind with brief counts; a click filters', async () => {
    const t = await translator('fr');
    const entries: EntityIndexEntry[] = [
      { key: 'organisation:nccn', kind: 'organisation', name: 'Nationaal Crisiscentrum', acronym: 'NCCN', aliases: ['NCCN'], briefCount: 3, mentionCount: 9, briefs: [], id: 'cl:nccn' },
      { key: 'agreement:x', kind: 'agreement', name: 'Benelux-politieverdrag', aliases: [], dates: ['2023-10'], briefCount: 1, mentionCount: 1, briefs: [], id: 'cl:benelux-police-treaty' },
      { key: 'person:y', kind: 'person', name: HOSTILE, aliases: [], roles: ['directeur'], briefCount: 1, mentionCount: 1, briefs: [], id: 'person:y' },
    ];
    const picked: string[] = [];
    const el = renderEntityIndex(entries, t, (e) => picked.push(e.key));
    expect(el.querySelectorAll('h2').length).toBe(4);
    const org = el.querySelector('[data-kind="organisation"] li')!;
    expect(org.textContent).toContain('Nationaal Crisiscentrum');
    expect(org.textContent).toContain('NCCN');
    expect(org.textContent).toContain('3 synthèses');
    expect(el.querySelector('[data-kind="agreement"] li')!.textContent).toContain('octobre 2023');
    expect(el.querySelectorAll('img, script').length).toBe(0);
    org.querySelector('button')!.click();
    expect(picked).toEqual(['organisation:nccn']);
    expect(renderEntityIndex([], t, () => undefined).textContent).toContain('Aucun nom');
    // A known entity: its French name, the languages of its briefs, its Wikidata id.
    const union: EntityIndexEntry = {
      key: 'organisation:benelux unie', kind: 'organisation', name: 'Benelux Unie', aliases: ['Union Benelux'], briefCount: 2, mentionCount: 2, id: 'Q1',
      qid: 'Q1', names: { nl: ['Benelux Unie'], fr: ['Union Benelux'], de: ['Benelux-Union'], en: ['Benelux Union'] },
      briefs: [{ id: 'a', title: 'A', lang: 'nl' }, { id: 'b', title: 'B', lang: 'fr' }],
    };
    const li = renderEntityIndex([union], t, () => undefined).querySelector('[data-kind="organisation"] li')!;
    expect(li.querySelector('button')!.textContent).toBe('Union Benelux');
    expect(li.textContent).toContain('NL·FR');
    expect(li.textContent).toContain('Q1');
  });
});

describe('settings', () => {
  beforeEach(() => {
    useDom();
  });
  it('parses whatever is stored into valid settings', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ uiLang: 'nl', exportFormat: 'md', autoSave: true })).toEqual({ uiLang: 'nl', exportFormat: 'md', autoSave: true });
    expect(parseSettings({ uiLang: 'xx', exportFormat: 7, autoSave: 'yes' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
  it('every control has a label and reports changes', async () => {
    const t = await translator('de');
    const changes: unknown[] = [];
    let cleared = 0;
    const el = renderSettings(t, { settings: DEFAULT_SETTINGS, onChange: (s) => changes.push(s), onClear: () => cleared++ });
    for (const control of el.querySelectorAll('select, input')) {
      const id = control.getAttribute('id');
      expect(el.querySelector(`label[for="${id}"]`), `label for ${id}`).not.toBeNull();
    }
    const langs = [...el.querySelectorAll('#set-lang option')].map((o) => o.textContent);
    expect(langs).toEqual(['Wie der Browser', 'English', 'Nederlands', 'Français', 'Deutsch']);
    const sel = el.querySelector<HTMLSelectElement>('#set-lang')!;
    for (const o of sel.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === 'fr');
    expect(sel.value).toBe('fr');
    sel.dispatchEvent(new (sel.ownerDocument.defaultView!.Event)('change'));
    expect(changes).toEqual([{ ...DEFAULT_SETTINGS, uiLang: 'fr' }]);
    el.querySelector<HTMLButtonElement>('[data-testid="settings-clear"]')!.click();
    expect(cleared).toBe(1);
  });
  it('parseTags trims and deduplicates', () => {
    expect(parseTags(' floods, NCCN ,floods;  , nccn\nBenelux ')).toEqual(['floods', 'NCCN', 'Benelux']);
  });
});

describe('export bar', () => {
  beforeEach(() => void useDom());
  it('keeps the contract ids, adds the article CSV, and offers the separator with the locale default selected', async () => {
    const t = await translator('nl');
    const asked: (LibraryExport | string)[] = [];
    const bar = renderExportBar(t, { defaultFormat: 'csv', delimiter: defaultDelimiter('nl'), onExport: (w) => asked.push(w), onDelimiter: (d) => asked.push(`sep ${d}`) });
    const ids = [...bar.querySelectorAll('button')].map((b) => b.getAttribute('data-testid'));
    expect(ids).toEqual(['export-csv', 'export-csv-articles', 'export-json', 'export-md']);
    const select = bar.querySelector('select') as HTMLSelectElement;
    expect(select.getAttribute('data-testid')).toBe('csv-delimiter');
    const selected = [...select.querySelectorAll('option')].find((o) => o.hasAttribute('selected'));
    expect(selected?.getAttribute('value')).toBe(';');
    expect(selected?.textContent).toBe('Puntkomma (;)');
    expect(bar.querySelector('label[for="csv-delimiter"]')?.textContent).toBe('CSV-scheidingsteken');
    (bar.querySelector('[data-testid="export-csv-articles"]') as HTMLButtonElement).click();
    expect(asked).toEqual(['csv-articles']);
  });
});
