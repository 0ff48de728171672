/**
 * Export and import of saved briefs. Pure functions: no browser, no storage. The UI makes the
 * download (Blob + browser.downloads / <a download>) with `exportFileName`.
 *
 * ```ts
 * toJson(items)      // {"schemaVersion":1,"exportedAt":…,"briefs":[{id,url,savedAt,updatedAt,note,tags,brief}]} re-importable
 * toCsv(items)       // "\uFEFF" + RFC 4180, one row per entity per brief, formula injection neutralised
 * toMarkdown(items)  // one section per brief, page strings escaped, links only http(s)
 * parseImport(text)  // { ok: true, items } | { ok: false, code, message } — nothing is written by it
 * exportFileName('csv', items, new Date())  // "crisislens-2024-06-04-3-briefs.csv"
 * ```
 * `items` may be SavedBrief[] (library) or Brief[] (one brief from the popup).
 */
export { toJson, jsonFromEntries, EXPORT_SCHEMA_VERSION } from './json';
export { toCsv, csvRows, csvFromRows, CSV_COLUMNS } from './csv';
export { toMarkdown } from './markdown';
export { parseImport, MAX_IMPORT_BYTES, type ImportResult, type ImportedItem } from './import';
export { exportFileName, type ExportKind } from './file-name';
export type { ExportInput } from './items';
export { toArticleCsv, ARTICLE_CSV_COLUMNS } from './csv';
export { briefMarkdown } from './markdown';
export { ENGLISH_LABELS, defaultDelimiter, CSV_DELIMITERS, type ExportLabels, type MarkdownLabels, type CsvDelimiter, type CsvOptions } from './labels';
