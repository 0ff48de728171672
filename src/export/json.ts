import { asSaved, type ExportInput } from './items';

/** Version of the export file's envelope ({schemaVersion, exportedAt, briefs}). Each brief carries its own. */
export const EXPORT_SCHEMA_VERSION = 1 as const;

/**
 * `{"schemaVersion":1,"app":"CrisisLens","exportedAt":…,"count":n,"briefs":[{id,url,savedAt,updatedAt,note,tags,brief}]}`:
 * the full briefs and what the user added; `parseImport` reads it back.
 */
export function toJson(items: ExportInput, exportedAt: Date = new Date()): string {
  const briefs = asSaved(items).map((s) => ({
    id: s.id,
    url: s.url,
    savedAt: s.savedAt,
    updatedAt: s.updatedAt,
    note: s.note,
    tags: s.tags,
    brief: s.brief,
  }));
  return JSON.stringify({
    schemaVersion: EXPORT_SCHEMA_VERSION,
    app: 'CrisisLens',
    exportedAt: exportedAt.toISOString(),
    count: briefs.length,
    briefs,
  });
}
