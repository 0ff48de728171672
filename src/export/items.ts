import type { Brief } from '../brief/schema';
import { briefId } from '../library/canonical-url';
import type { SavedBrief } from '../library/types';

/** What the export functions accept: library records or bare briefs (popup: one brief). */
export type ExportInput = readonly SavedBrief[] | readonly Brief[];

function isSaved(x: SavedBrief | Brief): x is SavedBrief {
  return typeof (x as SavedBrief).brief === 'object' && (x as SavedBrief).brief !== null && 'savedAt' in x;
}

/** Bare briefs become records with an empty note/tags and no save time. */
export function asSaved(items: ExportInput): SavedBrief[] {
  return (items as readonly (SavedBrief | Brief)[]).map((x) =>
    isSaved(x)
      ? x
      : { id: briefId(x), brief: x, url: x.url, savedAt: '', updatedAt: '', note: '', tags: [] },
  );
}
