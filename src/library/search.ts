import { siteKeyOf } from './entity-identity';
import { fold, foldWords } from './fold';
import type { CatalogRow } from './catalog';
import type { LibraryQuery, LibrarySort } from './types';

/**
 * Query terms from the search box: words (AND), "quoted phrases" kept together. Folded like the
 * search blobs, so "Crisiscentrum", "crisiscentrum" and "crisiscentrüm" are the same term.
 */
export function parseTerms(text: string | undefined): string[] {
  if (!text) return [];
  const terms: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1] !== undefined) {
      const t = foldWords(m[1]).trim();
      if (t) terms.push(t);
    } else {
      // "covid-19" → "covid 19" (a phrase); punctuation-only tokens vanish.
      const t = foldWords(m[2]).trim();
      if (t) terms.push(t);
    }
  }
  // Longest first: the rarest term narrows the candidates quickest.
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

function wordMatches(blob: string, word: string): boolean {
  return word.length <= 2 ? blob.includes(' ' + word) : blob.includes(word);
}

/**
 * Does a search blob match a term? A word: short ones (1–2 chars) must start a word, longer ones
 * may sit inside one (Dutch/German compounds). A phrase ("quoted", or "covid-19"): exact in the
 * title, names, note and tags; in the article text, all its words (the blob keeps the text's
 * distinct words, not their order).
 */
export function blobMatches(blob: string, term: string): boolean {
  if (!term.includes(' ')) return wordMatches(blob, term);
  return blob.includes(term) || term.split(' ').every((w) => wordMatches(blob, w));
}

/** Start and end of a YYYY / YYYY-MM / YYYY-MM-DD value, as comparable strings. */
export function dateStart(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
export function dateEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Total orders (ties broken by savedAt, then id), so every window lists the same order. */
export function compareRows(sort: LibrarySort): (a: CatalogRow, b: CatalogRow) => number {
  const newestFirst = (a: CatalogRow, b: CatalogRow) =>
    a.savedAt > b.savedAt ? -1 : a.savedAt < b.savedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  switch (sort) {
    case 'saved-asc':
      return (a, b) => -newestFirst(a, b);
    case 'published-desc':
    case 'published-asc': {
      const dir = sort === 'published-desc' ? -1 : 1;
      return (a, b) => {
        if (a.published === b.published) return newestFirst(a, b);
        if (!a.published) return 1; // undated last, either direction
        if (!b.published) return -1;
        const x = dateStart(a.published);
        const y = dateStart(b.published);
        return x === y ? newestFirst(a, b) : (x < y ? -1 : 1) * dir;
      };
    }
    case 'title':
      return (a, b) => collator.compare(a.titleKey, b.titleKey) || newestFirst(a, b);
    case 'saved-desc':
    default:
      return newestFirst;
  }
}

/**
 * Does the row's site match the filter? Its site name or host, folded; and one site whatever its
 * domain ending ("Libération" = "Libération.fr" = liberation.fr: siteKeyOf).
 */
export function siteMatches(row: CatalogRow, siteKey: string): boolean {
  if (!siteKey) return true;
  const host = siteKey.replace(/^www\./, '');
  if (row.siteKey === siteKey || row.host === host || row.host.endsWith('.' + host)) return true;
  const norm = siteKeyOf(siteKey);
  return norm !== '' && (siteKeyOf(row.siteKey || row.host) === norm || siteKeyOf(row.host) === norm);
}

export interface FilterContext {
  /** Ids of briefs mentioning the query's entity (resolved by the caller), or null for none found. */
  entityIds?: Set<string> | null;
  /** Does a brief match the query's text? Required when the query has text. */
  textMatch?: (id: string) => boolean;
  /** Now, in ms since the epoch, for `recent` (default Date.now()). */
  now?: number;
}

const DAY_MS = 86_400_000;

/**
 * The `recent` window's bounds from `now`: savedAt strings from `since` on (ISO timestamps), or
 * published dates from `sinceDay` (YYYY-MM-DD, UTC) to `today`.
 */
export function recentBounds(days: number, now: number): { since: string; sinceDay: string; today: string } {
  const since = new Date(now - Math.max(0, days) * DAY_MS).toISOString();
  return { since, sinceDay: since.slice(0, 10), today: new Date(now).toISOString().slice(0, 10) };
}

/** Rows (already sorted) that match every filter of the query, in order. */
export function filterRows(rows: CatalogRow[], q: LibraryQuery, ctx: FilterContext): CatalogRow[] {
  const lang = q.lang ? fold(q.lang).trim() : '';
  const siteKey = q.site ? fold(q.site).trim() : '';
  const tag = q.tag ? fold(q.tag).trim() : '';
  const from = q.from ? dateStart(q.from) : '';
  const to = q.to ? dateEnd(q.to) : '';
  const terms = parseTerms(q.text);
  const entityIds = q.entity ? (ctx.entityIds ?? new Set<string>()) : null;
  const recent = q.recent && q.recent.days > 0 ? { by: q.recent.by, ...recentBounds(q.recent.days, ctx.now ?? Date.now()) } : null;
  const textMatch = ctx.textMatch;
  if (terms.length && !textMatch) throw new Error('filterRows: no text matcher');
  const out: CatalogRow[] = [];
  for (const r of rows) {
    if (lang && fold(r.lang) !== lang && !fold(r.lang).startsWith(lang + '-')) continue;
    if (siteKey && !siteMatches(r, siteKey)) continue;
    if (tag && !r.tagKeys.includes(tag)) continue;
    if (from || to) {
      if (!r.published) continue;
      if (from && dateEnd(r.published) < from) continue;
      if (to && dateStart(r.published) > to) continue;
    }
    if (recent) {
      if (recent.by === 'saved') {
        if (!r.savedAt || r.savedAt < recent.since) continue;
      } else {
        // Published within the window: a date of day precision in it (a month or year that
        // overlaps it counts, as for from/to); undated briefs are out.
        if (!r.published || dateEnd(r.published) < recent.sinceDay || dateStart(r.published) > recent.today) continue;
      }
    }
    if (entityIds && !entityIds.has(r.id)) continue;
    if (terms.length && !textMatch!(r.id)) continue;
    out.push(r);
  }
  return out;
}

/** True when the query needs more than the savedAt index (any filter or another sort). */
export function needsCatalog(q: LibraryQuery): boolean {
  return Boolean(q.text?.trim() || q.lang || q.site || q.from || q.to || q.entity || q.tag || q.recent) ||
    !(q.sort === undefined || q.sort === 'saved-desc' || q.sort === 'saved-asc');
}
