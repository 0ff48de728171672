import type { Brief } from '../brief/schema';

/** One saved brief: the full brief plus what the user added. This is what export/import carry. */
export interface SavedBrief {
  /** Stable key from the canonical URL (canonicalUrl ?? url, normalised): see `briefId`. */
  id: string;
  brief: Brief;
  /** The page URL the brief was made from (brief.url). */
  url: string;
  /** ISO timestamp of the first save. Kept when the same page is saved again. */
  savedAt: string;
  /** ISO timestamp of the last save / edit. */
  updatedAt: string;
  /** Free text the user wrote. */
  note: string;
  /** User tags: trimmed, no duplicates (case-insensitive), in the order given. */
  tags: string[];
}

/** Saved or published within the last `days` days, counted back from the moment of the query. */
export interface RecentWindow {
  by: 'saved' | 'published';
  days: number;
}

export type LibrarySort = 'saved-desc' | 'saved-asc' | 'published-desc' | 'published-asc' | 'title';

export interface LibraryQuery {
  /** Words, all must match (AND), case/diacritic-insensitive, over title, text, entity names, note and tags. Quoted "exact phrase" supported. */
  text?: string;
  /** Primary language subtag, e.g. "nl". */
  lang?: string;
  /** Site: the brief's siteName or the URL's host (without www.), case-insensitive. */
  site?: string;
  /** Published range, inclusive, YYYY / YYYY-MM / YYYY-MM-DD. Briefs without a date are excluded when a range is set. */
  from?: string;
  to?: string;
  /** A window back from now: briefs saved (or published) within the last `days` days (e.g. "this week"). */
  recent?: RecentWindow;
  /** An EntityIndexEntry.key (or any of its member keys): briefs mentioning that entity. */
  entity?: string;
  /** A tag (case-insensitive). */
  tag?: string;
  /** Default 'saved-desc'. Briefs without a published date sort last for published-*. */
  sort?: LibrarySort;
  /** Default 50. 0 or Infinity = all. */
  limit?: number;
  /** Default 0. */
  offset?: number;
}

export interface EntityCounts {
  organisations: number;
  people: number;
  places: number;
  agreements: number;
  dates: number;
}

/** A light row for lists: no text, no entity lists. */
export interface LibraryListItem {
  id: string;
  title: string;
  siteName: string | null;
  /** Host of the URL without www. (for display/filter when siteName is null). */
  host: string;
  url: string;
  published: string | null;
  lang: string;
  savedAt: string;
  updatedAt: string;
  note: string;
  tags: string[];
  headline?: string;
  counts: EntityCounts;
}

export interface LibraryPage {
  items: LibraryListItem[];
  /** Number of briefs matching the query (before limit/offset). */
  total: number;
}

/** Values present in the library, for the filter controls, most frequent first. */
export interface LibraryFacets {
  langs: { value: string; count: number }[];
  sites: { value: string; count: number }[];
  tags: { value: string; count: number }[];
  /** Earliest and latest published date, or null when none has one. */
  published: { min: string; max: string } | null;
  total: number;
}

export type EntityKind = 'organisation' | 'person' | 'place' | 'agreement';

export interface EntityIndexEntry {
  /** Stable key, e.g. "organisation:nccn" – pass it as LibraryQuery.entity. */
  key: string;
  kind: EntityKind;
  /** Display name: the most frequent full name across briefs. */
  name: string;
  acronym?: string;
  /** Other names seen (full names, acronyms, short forms), deduplicated. */
  aliases: string[];
  /** Agreements: the dates given across briefs (distinct). */
  dates?: string[];
  /** People: the roles given across briefs (distinct). */
  roles?: string[];
  briefCount: number;
  /** Total mentions across briefs. */
  mentionCount: number;
  /** Newest saved first, with the brief's language. */
  briefs: EntityBriefRef[];
  /**
   * Stable identity: the known entity's id (a verified Wikidata QID such as "Q76", or an internal
   * "cl:…" / "iso:XX" id) when one of the names is known; otherwise the key.
   */
  id: string;
  /** Wikidata item, only when verified (data/entities/known.json). */
  qid?: string;
  /** Known entities: their names per language (first = label), nl/fr/de/en. */
  names?: Partial<Record<'nl' | 'fr' | 'de' | 'en', string[]>>;
}

/** A brief that mentions an entity. */
export interface EntityBriefRef {
  id: string;
  title: string;
  lang?: string;
}

export interface EntityIndexOptions {
  kind?: EntityKind;
  /** Filter names/aliases (case/diacritic-insensitive substring). */
  text?: string;
}

export interface SaveOptions {
  note?: string;
  tags?: string[];
  /**
   * What to do when the brief's id (its canonical URL) is taken by a brief saved from ANOTHER
   * page (its own URL differs): by default nothing is written and save() throws
   * LibraryError('conflict') carrying both URLs, so the user can choose. 'keep-both' saves this
   * page as a separate brief under its own URL (ownBriefId); the other brief, its note and tags
   * are untouched. A saved brief is never replaced by another page's text.
   */
  onConflict?: 'keep-both';
}

/** Where a brief stands in the library (see Library.lookup). */
export type SavedLookup =
  | { kind: 'new' }
  /** This page is saved under `id` (saving again updates it; note and tags kept). */
  | { kind: 'same'; id: string }
  /** Another page (`savedUrl`) is saved under this brief's canonical id: saving needs the user's choice. */
  | { kind: 'other-page'; id: string; savedUrl: string; pageUrl: string };

export interface SaveResult {
  item: SavedBrief;
  /** True when a brief with the same id was already saved (it was updated; note/tags/savedAt kept unless given). */
  updated: boolean;
}

export interface ImportSummary {
  added: number;
  updated: number;
}

export interface Library {
  /**
   * Save or update (same canonical URL and same page ⇒ same id ⇒ updated: true). Validates the
   * brief. Throws LibraryError('conflict') when another page's brief holds the id (see SaveOptions.onConflict).
   */
  save(brief: Brief, opts?: SaveOptions): Promise<SaveResult>;
  get(id: string): Promise<SavedBrief | undefined>;
  /** Is this brief (or URL) already saved? Returns its id or null. For a brief, only when saved from the same page (see lookup). */
  findSaved(briefOrUrl: Brief | string): Promise<string | null>;
  /** Is this brief saved, new, or is its canonical id taken by another page's brief? */
  lookup(brief: Brief): Promise<SavedLookup>;
  /** Edit note/tags. Throws LibraryError('not-found'). */
  update(id: string, patch: SaveOptions): Promise<SavedBrief>;
  /** Delete; returns the removed records so the UI can offer undo via restore(). */
  remove(ids: string[]): Promise<SavedBrief[]>;
  /** Put removed records back exactly as they were (undo). */
  restore(items: SavedBrief[]): Promise<void>;
  list(q?: LibraryQuery): Promise<LibraryPage>;
  /** Load what search, filters and the entity index need (list() starts this after the first page). */
  prefetch(): Promise<void>;
  facets(): Promise<LibraryFacets>;
  entityIndex(opts?: EntityIndexOptions): Promise<EntityIndexEntry[]>;
  count(): Promise<number>;
  /** Full records, newest saved first; all when ids is omitted. Files are made from them by src/export (toJson, toCsv, toMarkdown): the library knows no export format. */
  exportAll(ids?: string[]): Promise<SavedBrief[]>;
  /**
   * Merge saved briefs read from a backup (src/export's parseImport validates the file; the library
   * knows no file format) in one transaction: all or nothing.
   */
  importBriefs(items: SavedBrief[]): Promise<ImportSummary>;
  /** Called after any write to this library, from this or another window (where supported). Returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  clear(): Promise<void>;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Default "crisislens-library". */
  dbName?: string;
  /** For Node/tests (fake-indexeddb); defaults to globalThis.indexedDB; null = none (library unavailable). */
  indexedDB?: IDBFactory | null;
  IDBKeyRange?: typeof IDBKeyRange;
  /** How long to wait for another tab holding an old version before failing with 'blocked'. Default 3000 ms. */
  blockedTimeoutMs?: number;
}
