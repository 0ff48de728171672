/**
 * The words of an export file: CSV headers and Markdown headings. src/export is pure and knows
 * no interface language; the UI passes labels made from its translator (src/ui/export-labels.ts).
 * Without labels the files are in English (the CLI, older callers).
 */

/** Entity CSV header, in column order (14 columns: the last is the entity's stable id). */
export type EntityCsvHeader = readonly [string, string, string, string, string, string, string, string, string, string, string, string, string, string];
/** Article CSV header, in column order (13 columns). */
export type ArticleCsvHeader = readonly [string, string, string, string, string, string, string, string, string, string, string, string, string];

export interface MarkdownLabels {
  source: string;
  canonical: string;
  file: string;
  author: string;
  published: string;
  language: string;
  saved: string;
  tags: string;
  unknown: string;
  untitled: string;
  truncated: string;
  fromSelection: string;
  /** "$1" is the language code. */
  unsupported: (lang: string) => string;
  relative: string;
  mentions: (n: number) => string;
  summary: string;
  organisations: string;
  people: string;
  places: string;
  agreements: string;
  dates: string;
  links: string;
  /** The export's title line: count of briefs and the export day (YYYY-MM-DD). */
  docTitle: (count: number, day: string) => string;
}

export interface ExportLabels {
  entityCsv: EntityCsvHeader;
  articleCsv: ArticleCsvHeader;
  markdown: MarkdownLabels;
}

export const ENGLISH_LABELS: ExportLabels = {
  entityCsv: ['Brief title', 'URL', 'Published', 'Language', 'Kind', 'Name', 'Acronym', 'Aliases', 'Role', 'Date', 'Mentions', 'First sentence', 'Tags', 'Entity ID'],
  articleCsv: ['Title', 'Site', 'URL', 'Published', 'Language', 'Summary', 'Note', 'Tags', 'Organisations', 'People', 'Places', 'Agreements', 'Dates'],
  markdown: {
    source: 'Source',
    canonical: 'Canonical',
    file: 'File',
    author: 'Author',
    published: 'Published',
    language: 'Language',
    saved: 'Saved',
    tags: 'Tags',
    unknown: 'unknown',
    untitled: '(untitled)',
    truncated: 'The article was truncated before analysis.',
    fromSelection: 'This brief covers the selected text.',
    unsupported: (lang) => `Entities are not extracted for language "${lang}".`,
    relative: 'relative',
    mentions: (n) => `${n} mention${n === 1 ? '' : 's'}`,
    summary: 'Summary',
    organisations: 'Organisations',
    people: 'People',
    places: 'Places',
    agreements: 'Agreements',
    dates: 'Dates',
    links: 'Links',
    docTitle: (count, day) => `CrisisLens briefs (${count}) — exported ${day}`,
  },
};

export type CsvDelimiter = ',' | ';' | '\t';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The separator spreadsheets expect in a language's locale: where the decimal mark is a comma
 * (nl, fr, de) Excel and LibreOffice split on ";"; in English on ",".
 */
export function defaultDelimiter(lang: string): CsvDelimiter {
  return /^(nl|fr|de)\b/i.test(lang) ? ';' : ',';
}

export interface CsvOptions {
  /** Header words (default English). */
  labels?: ExportLabels;
  /** Default ",". */
  delimiter?: CsvDelimiter;
}
