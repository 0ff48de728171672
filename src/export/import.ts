import type { SavedBrief } from '../library/types';
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** An imported record; savedAt/updatedAt may be '' when the file carried bare briefs. */
export type ImportedItem = SavedBrief;
export type ImportResult =
  | { ok: true; items: ImportedItem[] }
  | { ok: false; code: 'invalid-import' | 'too-large' | 'future-version'; message: string };
export function parseImport(_text: string): ImportResult {
  throw new Error('TODO');
}
