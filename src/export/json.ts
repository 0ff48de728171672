import { cleanBriefStrings } from '../brief/clean-text';
import { entryJson } from '../library/records';
import { asSaved, type ExportInput } from './items';

/** Version of the export file's envelope ({schemaVersion, exportedAt, briefs}). Each brief carries its own. */
export const EXPORT_SCHEMA_VERSION = 1 as const;

/**
 * `{"schemaVersion":1,"app":"CrisisLens","exportedAt":…,"count":n,"briefs":[{id,url,savedAt,updatedAt,note,tags,brief}]}`:
 * the full briefs and what the user added; `parseImport` reads it back.
 */
export function toJson(items: ExportInput, exportedAt: Date = new Date()): string {
  // Names and other display strings without invisible / bidi-control characters (the text and its offsets untouched).
  return jsonFromEntries(asSaved(items).map((s) => entryJson({ ...s, brief: cleanBriefStrings(s.brief) })), exportedAt);
}

/** The export file from entries already serialised with `entryJson` (the library stores them so). */
export function jsonFromEntries(entries: readonly string[], exportedAt: Date = new Date()): string {
  return (
    `{"schemaVersion":${EXPORT_SCHEMA_VERSION},"app":"CrisisLens","exportedAt":${JSON.stringify(exportedAt.toISOString())},` +
    `"count":${entries.length},"briefs":[${entries.join(',')}]}`
  );
}
