/**
 * Exports for people (issue 17): the article CSV beside the entity CSV, headers and Markdown
 * headings in the interface language, the locale's CSV separator, Markdown in date order.
 * Every file is read back with papaparse, as a spreadsheet would.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_CSV_COLUMNS, CSV_COLUMNS, defaultDelimiter, ENGLISH_LABELS, toArticleCsv, toCsv, toMarkdown, type CsvDelimiter,
} from '../../src/export';
import { briefId, type SavedBrief } from '../../src/library';
import type { Brief } from '../../src/brief/schema';
import { exportLabels } from '../../src/ui/export-labels';
import { UI_LANGS } from '../../src/ui/i18n';
import { enBrief, fourBriefs, frBrief, makeBrief, nlBrief } from '../library/factory';
import { translator } from '../ui/helpers';

const saved = (b: Brief, extra: Partial<SavedBrief> = {}): SavedBrief => ({
  id: briefId(b), brief: b, url: b.url, savedAt: '2024-06-08T10:00:00.000Z', updatedAt: '2024-06-08T10:00:00.000Z', note: '', tags: [], ...extra,
});

/** What a spreadsheet reads: the BOM dropped, the given separator. */
function parse(csv: string, delimiter: CsvDelimiter) {
  expect(csv.startsWith('\uFEFF'), 'UTF-8 BOM').toBe(true);
  const r = Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

const EXPECTED_ARTICLE_HEADER = {
  en: ['Title', 'Site', 'URL', 'Published', 'Language', 'Summary', 'Note', 'Tags', 'Organisations', 'People', 'Places', 'Agreements', 'Dates'],
  nl: ['Titel', 'Site', 'URL', 'Gepubliceerd', 'Taal', 'Samenvatting', 'Notitie', 'Labels', 'Organisaties', 'Personen', 'Plaatsen', 'Akkoorden', 'Datums'],
  fr: ['Titre', 'Site', 'URL', 'Publié', 'Langue', 'Résumé', 'Note', 'Étiquettes', 'Organisations', 'Personnes', 'Lieux', 'Accords', 'Dates'],
  de: ['Titel', 'Website', 'URL', 'Veröffentlicht', 'Sprache', 'Zusammenfassung', 'Notiz', 'Schlagwörter', 'Organisationen', 'Personen', 'Orte', 'Abkommen', 'Daten'],
} as const;

describe('delimiter of the locale', () => {
  it('semicolon where the decimal mark is a comma (nl, fr, de), comma in English', () => {
    expect(defaultDelimiter('nl')).toBe(';');
    expect(defaultDelimiter('fr')).toBe(';');
    expect(defaultDelimiter('de')).toBe(';');
    expect(defaultDelimiter('en')).toBe(',');
    expect(defaultDelimiter('nl-BE')).toBe(';');
  });
});

describe('article CSV: one row per brief', () => {
  it('title, site, URL, published, language, summary, note, tags and counts per kind, parsed back', () => {
    const items = [saved(nlBrief(), { note: 'Voor het rapport;\nmet "aanhalingstekens"', tags: ['floods', 'NCCN'] }), saved(frBrief()), saved(enBrief())];
    const rows = parse(toArticleCsv(items), ',');
    expect(rows[0]).toEqual([...ARTICLE_CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const col = (name: string) => ARTICLE_CSV_COLUMNS.indexOf(name);
    const nl = nlBrief();
    const r = rows[1];
    expect(r[col('Title')]).toBe(nl.title);
    expect(r[col('Site')]).toBe(nl.siteName);
    expect(r[col('URL')]).toBe(nl.url);
    expect(r[col('Published')]).toBe('2024-06-07');
    expect(r[col('Language')]).toBe('nl');
    expect(r[col('Summary')]).toBe(nl.summary.map((s) => s.text).join(' '));
    expect(r[col('Note')]).toBe('Voor het rapport; met "aanhalingstekens"');
    expect(r[col('Tags')]).toBe('floods; NCCN');
    expect(r[col('Organisations')]).toBe(String(nl.organisations.length));
    expect(r[col('People')]).toBe(String(nl.people.length));
    expect(r[col('Places')]).toBe(String(nl.places.length));
    expect(r[col('Agreements')]).toBe(String(nl.agreements.length));
    expect(r[col('Dates')]).toBe(String(nl.dates.length));
    expect(nl.organisations.length).toBeGreaterThan(0);
  });

  it('neutralises formulas in page strings and notes', () => {
    const b = makeBrief({ url: 'https://x.example/a', title: '=HYPERLINK("http://evil")', lang: 'en', published: null, text: 'Text.', entities: [] });
    const rows = parse(toArticleCsv([saved(b, { note: '+cmd', tags: ['@x'] })]), ',');
    for (const c of rows[1]) expect(c).not.toMatch(/^[=+\-@]/);
  });
});

describe('headers in the interface language, separator by choice', () => {
  for (const lang of UI_LANGS) {
    it(`${lang}: entity and article CSV parse with ${lang} headers and the ${defaultDelimiter(lang) === ';' ? 'semicolon' : 'comma'}`, async () => {
      const labels = exportLabels(await translator(lang));
      const delimiter = defaultDelimiter(lang);
      const items = fourBriefs().map((b) => saved(b, { note: 'a, b; c', tags: ['x'] }));
      const articles = parse(toArticleCsv(items, { labels, delimiter }), delimiter);
      expect(articles[0]).toEqual([...EXPECTED_ARTICLE_HEADER[lang]]);
      expect(articles.slice(1).map((r) => r[0])).toEqual(fourBriefs().map((b) => b.title));
      for (const r of articles) expect(r).toHaveLength(13);
      const entities = parse(toCsv(items, { labels, delimiter }), delimiter);
      expect(entities[0]).toEqual([...labels.entityCsv]);
      expect(entities[0]).toHaveLength(CSV_COLUMNS.length);
      if (lang === 'en') expect(entities[0]).toEqual([...CSV_COLUMNS]);
      else expect(entities[0]).not.toEqual([...CSV_COLUMNS]);
      for (const r of entities) expect(r).toHaveLength(CSV_COLUMNS.length);
      // The same rows as the English, comma-separated file: only the words of the header differ.
      expect(entities.slice(1)).toEqual(parse(toCsv(items), ',').slice(1));
      // The separator really is the one chosen: the first line splits on it.
      const firstLine = toCsv(items, { labels, delimiter }).slice(1).split('\r\n')[0];
      expect(firstLine.split(delimiter)).toHaveLength(CSV_COLUMNS.length);
    });
  }

  it('a tab-separated file reads back with the tab', () => {
    const rows = parse(toArticleCsv([saved(nlBrief())], { delimiter: '\t' }), '\t');
    expect(rows[0]).toEqual([...ARTICLE_CSV_COLUMNS]);
    expect(rows[1][0]).toBe(nlBrief().title);
  });
});

describe('Markdown for people', () => {
  it('briefs in date order (oldest first), undated last, whatever the input order', () => {
    const a = makeBrief({ url: 'https://x.example/a', title: 'Late', lang: 'en', published: '2024-06-09', text: 'A.', entities: [] });
    const b = makeBrief({ url: 'https://x.example/b', title: 'Undated', lang: 'en', published: null, text: 'B.', entities: [] });
    const c = makeBrief({ url: 'https://x.example/c', title: 'Early', lang: 'en', published: '2023-01-02', text: 'C.', entities: [] });
    const d = makeBrief({ url: 'https://x.example/d', title: 'Middle', lang: 'en', published: '2024-02', text: 'D.', entities: [] });
    const md = toMarkdown([a, b, c, d].map((x) => saved(x)), new Date('2024-06-10T00:00:00Z'));
    expect([...md.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(['Early', 'Middle', 'Late', 'Undated']);
  });

  it('headings and field names in the interface language (nl, fr, de), English by default', async () => {
    const expected = {
      nl: { published: '**Gepubliceerd:**', title: '# CrisisLens-samenvattingen (1) — geëxporteerd op 2024-06-10' },
      fr: { published: '**Publié:**', title: '# Synthèses CrisisLens (1) — exportées le 2024-06-10' },
      de: { published: '**Veröffentlicht:**', title: '# CrisisLens-Übersichten (1) — exportiert am 2024-06-10' },
    };
    for (const lang of ['nl', 'fr', 'de'] as const) {
      const t = await translator(lang);
      const md = toMarkdown([saved(nlBrief(), { tags: ['x'] })], new Date('2024-06-10T12:00:00Z'), { labels: exportLabels(t).markdown });
      expect(md.split('\n')[0]).toBe(expected[lang].title);
      const headings = [...md.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
      expect(headings.slice(0, 2)).toEqual([t.t('section.summary'), t.t('section.organisations')]);
      expect(md).not.toContain('### Summary');
      expect(md).toContain(`**${t.t('exportFile.source')}:**`);
      if (lang !== 'fr') expect(md).not.toContain('**Source:**');
      expect(md).toMatch(/\(\d+ (vermelding|mention|Erwähnung)/);
      expect(md).toContain(expected[lang].published);
    }
    const en = toMarkdown([saved(nlBrief())], new Date('2024-06-10T12:00:00Z'));
    expect(en).toContain('### Summary');
    expect(en).toContain(`**${ENGLISH_LABELS.markdown.source}:**`);
  });
});
