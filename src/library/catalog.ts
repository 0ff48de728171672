import type { Brief } from '../brief/schema';
import { hostOf } from './canonical-url';
import { knownEntity } from './entity-identity';
import { fold, foldWords } from './fold';
import type { EntityCounts, LibraryListItem, SavedBrief } from './types';

/** Entity kinds in compact form. */
export type EntKind = 'o' | 'p' | 'l' | 'a';

/** An entity of one brief, as kept in the catalog for the entity index. */
export interface EntSummary {
  k: EntKind;
  /** name */
  n: string;
  /** acronym (organisations) */
  a?: string;
  /** aliases */
  al?: string[];
  /** mention count */
  m: number;
  /** role (people) */
  r?: string;
  /** date (agreements) */
  d?: string;
}

/**
 * A light, precomputed row per saved brief (table `catalog`): everything lists, filters, sorting
 * and the entity index need, without the text. Derived from the SavedBrief; rebuilt on every write.
 */
export interface CatalogRow extends LibraryListItem {
  /** fold(title), for sorting */
  titleKey: string;
  /** fold(siteName ?? '') */
  siteKey: string;
  /** fold(tag) each */
  tagKeys: string[];
  /** The brief's entities, encoded by `encodeEnts` (a string clones and loads far faster than objects). */
  ents: string;
}

/**
 * Per-brief search blob (table `search`): the folded words of title, site, byline, note, tags,
 * headline and entity names in order (phrases match there), then " | " and the distinct folded
 * words of the text (about half its size: what the search scans). `known`: the ids of the known
 * entities the brief names, in any language or inflected form (data/entities/known.json), so a
 * search for a known name in another language finds it (DB v4+; the v4 upgrade adds it).
 */
export interface SearchRow {
  id: string;
  blob: string;
  /** Space-separated (one string: cheaper to store and load than an array). */
  known?: string;
}

export const SEP_ENT = '\u001d';
export const SEP_FIELD = '\u001f';
const SEP_ALIAS = '\u001e';
const CONTROL = /[\u001d-\u001f]/g;
const clean = (x: string | undefined) => (x ? x.replace(CONTROL, ' ') : '');

export function encodeEnts(ents: EntSummary[]): string {
  return ents
    .map((e) => [e.k, clean(e.n), clean(e.a), (e.al ?? []).map(clean).join(SEP_ALIAS), String(e.m), clean(e.r), clean(e.d)].join(SEP_FIELD))
    .join(SEP_ENT);
}

export function decodeEnts(s: string): EntSummary[] {
  if (!s) return [];
  return s.split(SEP_ENT).map((line) => {
    const [k, n, a, al, m, r, d] = line.split(SEP_FIELD);
    const e: EntSummary = { k: k as EntKind, n, m: Number(m) };
    if (a) e.a = a;
    if (al) e.al = al.split(SEP_ALIAS);
    if (r) e.r = r;
    if (d) e.d = d;
    return e;
  });
}

function entities(b: Brief): EntSummary[] {
  const out: EntSummary[] = [];
  for (const o of b.organisations) {
    const e: EntSummary = { k: 'o', n: o.name, m: o.mentions.length };
    if (o.acronym) e.a = o.acronym;
    if (o.aliases.length) e.al = o.aliases;
    out.push(e);
  }
  for (const p of b.people) {
    const e: EntSummary = { k: 'p', n: p.name, m: p.mentions.length };
    if (p.role) e.r = p.role;
    if (p.aliases.length) e.al = p.aliases;
    out.push(e);
  }
  for (const p of b.places) {
    const e: EntSummary = { k: 'l', n: p.name, m: p.mentions.length };
    if (p.aliases.length) e.al = p.aliases;
    out.push(e);
  }
  for (const a of b.agreements) {
    const e: EntSummary = { k: 'a', n: a.name, m: a.mentions.length };
    if (a.date) e.d = a.date;
    if (a.aliases.length) e.al = a.aliases;
    out.push(e);
  }
  return out;
}

export function catalogRow(s: SavedBrief): CatalogRow {
  const b = s.brief;
  const row: CatalogRow = {
    id: s.id,
    title: b.title,
    titleKey: fold(b.title).trim(),
    siteName: b.siteName,
    siteKey: fold(b.siteName ?? '').trim(),
    host: hostOf(s.url) || hostOf(b.canonicalUrl ?? ''),
    url: s.url,
    published: b.published,
    lang: b.lang,
    savedAt: s.savedAt,
    updatedAt: s.updatedAt,
    note: s.note,
    tags: s.tags,
    tagKeys: s.tags.map((t) => fold(t).trim()),
    counts: {
      organisations: b.organisations.length,
      people: b.people.length,
      places: b.places.length,
      agreements: b.agreements.length,
      dates: b.dates.length,
    },
    ents: encodeEnts(entities(b)),
  };
  if (b.headline) row.headline = b.headline;
  return row;
}

export function searchRow(s: SavedBrief): SearchRow {
  const b = s.brief;
  const head: string[] = [b.title, b.siteName ?? '', b.byline ?? '', s.note, s.tags.join(' '), b.headline ?? ''];
  const known = new Set<string>();
  const lists = [['organisation', b.organisations], ['person', b.people], ['place', b.places], ['agreement', b.agreements]] as const;
  for (const [kind, list] of lists) {
    for (const e of list) {
      head.push(e.name);
      for (const a of e.aliases) head.push(a);
      const acr = (e as { acronym?: string }).acronym;
      if (acr) head.push(acr);
      for (const f of kind === 'person' ? [e.name] : [e.name, ...(acr ? [acr] : []), ...e.aliases]) {
        const k = knownEntity(kind, f);
        if (k) known.add(k.id);
      }
    }
  }
  const body = new Set(foldWords(b.text).trim().split(' '));
  return { id: s.id, blob: `${foldWords(head.join(' \n '))}| ${[...body].join(' ')} `, known: [...known].sort().join(' ') };
}

export function toListItem(r: CatalogRow): LibraryListItem {
  const item: LibraryListItem = {
    id: r.id,
    title: r.title,
    siteName: r.siteName,
    host: r.host,
    url: r.url,
    published: r.published,
    lang: r.lang,
    savedAt: r.savedAt,
    updatedAt: r.updatedAt,
    note: r.note,
    tags: r.tags,
    counts: r.counts,
  };
  if (r.headline) item.headline = r.headline;
  return item;
}
