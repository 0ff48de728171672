/**
 * CrisisLens library: saved briefs in IndexedDB (Dexie), search, filters, entity index,
 * export/import. Runs in the extension pages and in Node (tests, bench) with fake-indexeddb.
 *
 * Usage (popup / library page):
 * ```ts
 * import { openLibrary, LibraryError, briefId } from '@/src/library';
 * import { toCsv, toJson, toMarkdown, exportFileName } from '@/src/export';
 *
 * const lib = openLibrary();                        // one per page; lazily opens the DB
 * const { item, updated } = await lib.save(brief);  // updated: true ⇒ "Updated in your library"
 * await lib.update(item.id, { note: 'for the Monday report', tags: ['floods', 'NCCN'] });
 * const saved = await lib.findSaved(brief);         // id or null: show "Saved" state in the popup
 *
 * // library page
 * const { items, total } = await lib.list({ text: 'crisiscentrum oktober', lang: 'nl',
 *   from: '2024-01-01', to: '2024-12-31', sort: 'published-desc', limit: 50, offset: 0 });
 * const facets = await lib.facets();                 // langs/sites/tags for the filter controls
 * const entities = await lib.entityIndex({ kind: 'organisation' });
 * await lib.list({ entity: entities[0].key });        // briefs mentioning NCCN / Nationaal Crisiscentrum
 * const removed = await lib.remove([id]);             // undo: await lib.restore(removed)
 * const unsubscribe = lib.onChange(() => refresh());  // writes from this or another window
 * // list() starts loading the search data after the first page; lib.prefetch() does it on demand.
 *
 * // export is pure: saved briefs in (lib.exportAll), files out (src/export); the library knows no export format.
 * const ids = selectedIds.length ? selectedIds : undefined;      // undefined = all
 * const items = await lib.exportAll(ids);
 * download(exportFileName('csv', items), toCsv(items), 'text/csv;charset=utf-8');
 * const json = toJson(items);  const md = toMarkdown(items);
 * download(exportFileName('md', [brief]), toMarkdown([brief]), 'text/markdown');   // popup
 * // import
 * const parsed = parseImport(await file.text());                 // src/export validates the file
 * if (!parsed.ok) throw new LibraryError(parsed.code, parsed.message);
 * try { const { added, updated } = await lib.importBriefs(parsed.items); }
 * catch (e) { if (e instanceof LibraryError) show(e.message); /* nothing was written *\/ }
 * ```
 * Errors: every failure is a LibraryError with `code` ('quota' | 'blocked' | 'unavailable' |
 * 'invalid-import' | 'invalid-brief' | 'not-found' | 'too-large' | 'future-version') and a
 * message fit to show the user. A failed write leaves the library exactly as it was.
 * All strings in SavedBrief come from web pages: render them with textContent only.
 */
export type {
  SavedBrief,
  LibraryQuery,
  RecentWindow,
  LibrarySort,
  LibraryListItem,
  LibraryPage,
  LibraryFacets,
  EntityCounts,
  EntityKind,
  EntityIndexEntry,
  EntityBriefRef,
  EntityIndexOptions,
  SaveOptions,
  SaveResult,
  SavedLookup,
  ImportSummary,
  Library,
  OpenLibraryOptions,
} from './types';
export { LibraryError, type LibraryErrorCode } from './errors';
export { briefId, normaliseUrl, hostOf, ownBriefId, samePage } from './canonical-url';
export { openLibrary, DEFAULT_DB_NAME } from './library';
