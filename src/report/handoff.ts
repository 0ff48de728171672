/**
 * How the library hands a report's briefs to report.html without the URL growing with the library:
 * - nothing selected: the list's query (text, language, site, tag, dates, recent window, entity,
 *   sort) goes in the URL and the report page runs it through the library again;
 * - a small selection (≤ URL_ID_LIMIT ids): the ids in the URL;
 * - a larger one: a one-shot record in extension storage under a random token; the URL carries
 *   the token, the report page reads the record and deletes it.
 * Pure: the URL parameters made and read here; the storage is src/report/handoff-store.ts.
 */
import type { LibraryQuery, LibrarySort, RecentWindow } from '../library/types';

/** Above this many selected briefs, the ids go through the one-shot hand-off, not the URL. */
export const URL_ID_LIMIT = 40;

export type ReportSource =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'query'; query: LibraryQuery }
  | { kind: 'token'; token: string }
  | { kind: 'none' };

export interface ReportLink {
  /** The search part of report.html's URL (without "?"). */
  search: string;
  /** Present when the ids go through the one-shot hand-off: store them under `token` first. */
  handoff?: { token: string; ids: string[] };
}

const SORTS: readonly LibrarySort[] = ['saved-desc', 'saved-asc', 'published-desc', 'published-asc', 'title'];
const DATE_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const TOKEN_RE = /^[A-Za-z0-9_-]{16,64}$/;
const RECENT_RE = /^(saved|published):(\d{1,4})$/;
/** Plain string filters, URL key = query key except text ("q"). */
const STRING_KEYS = ['lang', 'site', 'tag', 'entity'] as const;
const MAX_VALUE = 500;

/** "saved:7" ↔ {by: 'saved', days: 7}. */
export function recentToString(r: RecentWindow): string {
  return `${r.by}:${r.days}`;
}
export function parseRecent(v: string | null | undefined): RecentWindow | undefined {
  const m = v ? RECENT_RE.exec(v) : null;
  if (!m) return undefined;
  const days = Number(m[2]);
  return days > 0 ? { by: m[1] as RecentWindow['by'], days } : undefined;
}

/** A random token of `bytes` random bytes, base64url (the caller passes crypto.getRandomValues). */
export function newToken(random: (a: Uint8Array) => Uint8Array, bytes = 18): string {
  const b = random(new Uint8Array(bytes));
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The list query as URL parameters (only what filters and sorts: never limit/offset). */
export function queryParams(q: LibraryQuery): URLSearchParams {
  const p = new URLSearchParams({ src: 'query' });
  if (q.text?.trim()) p.set('q', q.text.trim());
  for (const k of STRING_KEYS) if (q[k]) p.set(k, q[k]!);
  if (q.from) p.set('from', q.from);
  if (q.to) p.set('to', q.to);
  if (q.recent) p.set('recent', recentToString(q.recent));
  if (q.sort && q.sort !== 'saved-desc') p.set('sort', q.sort);
  return p;
}

/**
 * Where the report's briefs come from: the selection (ids, small → URL, large → hand-off token),
 * else the list query. The URL stays short whatever the size of the library.
 */
export function reportLink(selection: readonly string[], query: LibraryQuery, token: () => string): ReportLink {
  if (!selection.length) return { search: queryParams(query).toString() };
  const ids = [...new Set(selection)];
  if (ids.length <= URL_ID_LIMIT) {
    const p = new URLSearchParams({ src: 'ids' });
    for (const id of ids) p.append('id', id);
    return { search: p.toString() };
  }
  const t = token();
  return { search: new URLSearchParams({ src: 'handoff', token: t }).toString(), handoff: { token: t, ids } };
}

/** Reads report.html's URL parameters; anything malformed is dropped, never trusted. */
export function parseReportSource(search: string): ReportSource {
  const p = new URLSearchParams(search);
  const src = p.get('src');
  if (src === 'handoff') {
    const token = p.get('token') ?? '';
    return TOKEN_RE.test(token) ? { kind: 'token', token } : { kind: 'none' };
  }
  if (src === 'query') {
    const q: LibraryQuery = {};
    const text = p.get('q')?.slice(0, MAX_VALUE).trim();
    if (text) q.text = text;
    for (const k of STRING_KEYS) {
      const v = p.get(k)?.slice(0, MAX_VALUE).trim();
      if (v) q[k] = v;
    }
    for (const k of ['from', 'to'] as const) {
      const v = p.get(k);
      if (v && DATE_RE.test(v)) q[k] = v;
    }
    const recent = parseRecent(p.get('recent'));
    if (recent) q.recent = recent;
    const sort = p.get('sort') as LibrarySort | null;
    if (sort && SORTS.includes(sort)) q.sort = sort;
    return { kind: 'query', query: q };
  }
  // src=ids, or a link made before src existed (ids only).
  const ids = [...new Set(p.getAll('id').filter((id) => id && id.length <= 4096))];
  return ids.length ? { kind: 'ids', ids } : { kind: 'none' };
}
