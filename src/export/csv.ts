import Papa from 'papaparse';
import { cleanBriefStrings, stripInvisible } from '../brief/clean-text';
import type { Brief } from '../brief/schema';
import type { SavedBrief } from '../library/types';
import { asSaved, type ExportInput } from './items';
import { ENGLISH_LABELS, type CsvOptions } from './labels';
import { sentenceAround } from './sentence';
import { entityId } from './entity-id';
import type { EntityKind } from '../library/types';

/** Header of the entity CSV, in column order (English; `CsvOptions.labels` gives another language). */
export const CSV_COLUMNS = [
  'Brief title',
  'URL',
  'Published',
  'Language',
  'Kind',
  'Name',
  'Acronym',
  'Aliases',
  'Role',
  'Date',
  'Mentions',
  'First sentence',
  'Tags',
  'Entity ID',
] as const;

/** Header of the article CSV, in column order (English). */
export const ARTICLE_CSV_COLUMNS = ENGLISH_LABELS.articleCsv;

/**
 * Cells a spreadsheet could run as a formula: starting with = + - @ (also full-width), tab, CR or
 * LF, or any of those after leading spaces. Papaparse prefixes them with "'".
 */
const FORMULA_START = /^[\s\u00a0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

type Row = (string | number)[];

interface EntityLike {
  name: string;
  aliases: string[];
  mentions: { start: number; end: number; text: string }[];
}

function firstMention(e: { mentions: { start: number; end: number; text: string }[] }) {
  let best = e.mentions[0];
  for (const m of e.mentions) if (m.start < best.start) best = m;
  return best;
}

function rowsOf(raw: Brief, tags: string): Row[] {
  const rows: Row[] = [];
  const b = cleanBriefStrings(raw);
  const base = [b.title, b.url, b.published ?? '', b.lang];
  const push = (kind: string, e: EntityLike, extra: { acronym?: string; role?: string; date?: string }) => {
    const m = firstMention(e);
    const sentence = stripInvisible(m ? sentenceAround(b.text, m.start, m.end) || m.text : '');
    const id = kind === 'date' ? '' : entityId(kind as EntityKind, e.name, extra.acronym, e.aliases);
    rows.push([...base, kind, e.name, extra.acronym ?? '', e.aliases.join('; '), extra.role ?? '', extra.date ?? '', e.mentions.length, sentence, tags, id]);
  };
  for (const o of b.organisations) push('organisation', o, { acronym: o.acronym });
  for (const p of b.people) push('person', p, { role: p.role });
  for (const p of b.places) push('place', p, {});
  for (const a of b.agreements) push('agreement', a, { date: a.date });
  for (const d of b.dates) {
    const m = firstMention(d);
    push('date', { name: stripInvisible(m?.text) || d.value, aliases: [], mentions: d.mentions }, { date: d.value });
  }
  return rows;
}

const unparseOptions = (delimiter: string = ',') => ({ newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false, delimiter }) as const;

/** The rows of one brief (no header, no BOM), CRLF-separated; '' when it has no entities. */
export function csvRows(s: SavedBrief, opts: CsvOptions = {}): string {
  const rows = rowsOf(s.brief, s.tags.map(stripInvisible).join('; '));
  return rows.length ? Papa.unparse(rows, unparseOptions(opts.delimiter)) : '';
}

/** BOM + header + rows already made by `csvRows` with the same delimiter. */
export function csvFromRows(chunks: readonly string[], opts: CsvOptions = {}): string {
  const header = Papa.unparse([[...(opts.labels?.entityCsv ?? CSV_COLUMNS)]], unparseOptions(opts.delimiter));
  const body = chunks.filter(Boolean).join('\r\n');
  return '\uFEFF' + header + (body ? '\r\n' + body : '');
}

/**
 * Entities as CSV for spreadsheets: one row per entity per brief (organisations, people, places,
 * agreements, then dates), RFC 4180 (papaparse, CRLF), UTF-8 with BOM, formulas neutralised.
 * Headers in `opts.labels` (default English), cells split by `opts.delimiter` (default ",").
 */
export function toCsv(items: ExportInput, opts: CsvOptions = {}): string {
  return csvFromRows(asSaved(items).map((s) => csvRows(s, opts)), opts);
}

/** Whitespace collapsed, invisible characters removed: one spreadsheet cell of running text. */
const cell = (s: string | null | undefined) => stripInvisible(s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Articles as CSV: one row per brief (title, site, URL, published, language, summary, note,
 * tags, then the number of organisations, people, places, agreements and dates), for a
 * spreadsheet of what was read. Same encoding and formula guard as `toCsv`.
 */
export function toArticleCsv(items: ExportInput, opts: CsvOptions = {}): string {
  const rows: Row[] = asSaved(items).map((s) => {
    const b = cleanBriefStrings(s.brief);
    return [
      cell(b.title),
      cell(b.siteName),
      b.url,
      b.published ?? '',
      b.lang,
      b.summary.map((x) => cell(x.text)).join(' '),
      cell(s.note),
      s.tags.map(cell).join('; '),
      b.organisations.length,
      b.people.length,
      b.places.length,
      b.agreements.length,
      b.dates.length,
    ];
  });
  const header = [...(opts.labels?.articleCsv ?? ARTICLE_CSV_COLUMNS)];
  return '\uFEFF' + Papa.unparse([header, ...rows], unparseOptions(opts.delimiter));
}
