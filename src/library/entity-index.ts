import { decodeEnts, type CatalogRow, type EntKind, type EntSummary } from './catalog';
import { nameKey } from './fold';
import type { EntityIndexEntry, EntityKind } from './types';

const KIND: Record<EntKind, EntityKind> = { o: 'organisation', p: 'person', l: 'place', a: 'agreement' };

/** "NCCN", "EU", "G7", "UNHCR": 2–12 characters, capitals/digits, at least two capitals. */
export function looksLikeAcronym(s: string): boolean {
  return /^[\p{Lu}\p{N}&.-]{2,12}$/u.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

export interface EntityIndex {
  entries: EntityIndexEntry[];
  /** Entry by its key and by every member key (kind:folded name/alias/acronym). */
  lookup: Map<string, EntityIndexEntry>;
  /** Brief ids by entry key. */
  ids: Map<string, Set<string>>;
}

function mostFrequent(counts: Map<string, number>, prefer?: (s: string) => boolean): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const [s, c] of counts) {
    const score = c * 1000 + (prefer && prefer(s) ? 500 : 0) + Math.min(s.length, 499);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Entities across all briefs, merged. Within one kind, names are merged when their folded forms
 * (case, diacritics, punctuation ignored) are equal; organisations, places and agreements also by
 * the brief's own aliases and acronyms (a brief saying "Nationaal Crisiscentrum (NCCN)" links
 * the two, so another brief saying only "NCCN" joins them). People merge by full name only: a
 * bare surname alias ("De Croo") is not proof of identity across articles.
 * Linear in the number of entity mentions (union-find over name keys).
 */
export function buildEntityIndex(rows: CatalogRow[]): EntityIndex {
  const nodeOf = new Map<string, number>();
  const parent: number[] = [];
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const node = (k: string): number => {
    let n = nodeOf.get(k);
    if (n === undefined) {
      n = parent.length;
      parent.push(n);
      nodeOf.set(k, n);
    }
    return n;
  };
  const keyCache = new Map<string, string>();
  const key = (s: string): string => {
    let k = keyCache.get(s);
    if (k === undefined) keyCache.set(s, (k = nameKey(s)));
    return k;
  };
  const ents: EntSummary[][] = rows.map((r) => decodeEnts(r.ents));
  // Pass 1: link keys.
  const occKeys: number[][] = []; // per row, per entity: first node
  rows.forEach((_r, ri) => {
    const firsts: number[] = [];
    for (const e of ents[ri]) {
      const kind = KIND[e.k];
      const first = node(`${kind}:${key(e.n) || e.n}`);
      firsts.push(first);
      if (e.k !== 'p') {
        const more = e.a ? [e.a, ...(e.al ?? [])] : (e.al ?? []);
        for (const alias of more) {
          const k = key(alias);
          if (!k) continue;
          const other = find(node(`${kind}:${k}`));
          const root = find(first);
          if (other !== root) parent[other] = root;
        }
      }
    }
    occKeys.push(firsts);
  });
  // Pass 2: group occurrences.
  interface Group {
    kind: EntityKind;
    names: Map<string, number>;
    acronyms: Map<string, number>;
    aliases: Set<string>;
    dates: Set<string>;
    roles: Set<string>;
    mentions: number;
    briefs: Map<string, { id: string; title: string; savedAt: string }>;
  }
  const groups = new Map<number, Group>();
  rows.forEach((r, ri) => {
    ents[ri].forEach((e, ei) => {
      const root = find(occKeys[ri][ei]);
      let g = groups.get(root);
      if (!g) {
        g = { kind: KIND[e.k], names: new Map(), acronyms: new Map(), aliases: new Set(), dates: new Set(), roles: new Set(), mentions: 0, briefs: new Map() };
        groups.set(root, g);
      }
      g.names.set(e.n, (g.names.get(e.n) ?? 0) + 1);
      if (e.a) g.acronyms.set(e.a, (g.acronyms.get(e.a) ?? 0) + 1);
      else if (e.k === 'o' && looksLikeAcronym(e.n)) g.acronyms.set(e.n, (g.acronyms.get(e.n) ?? 0) + 1);
      if (e.al) for (const a of e.al) g.aliases.add(a);
      if (e.d) g.dates.add(e.d);
      if (e.r) g.roles.add(e.r);
      g.mentions += e.m;
      if (!g.briefs.has(r.id)) g.briefs.set(r.id, { id: r.id, title: r.title, savedAt: r.savedAt });
    });
  });
  // Member keys per root, for lookup.
  const members = new Map<number, string[]>();
  for (const [k, n] of nodeOf) {
    const root = find(n);
    let list = members.get(root);
    if (!list) members.set(root, (list = []));
    list.push(k);
  }
  const entries: EntityIndexEntry[] = [];
  const lookup = new Map<string, EntityIndexEntry>();
  const ids = new Map<string, Set<string>>();
  for (const [root, g] of groups) {
    const acronym = mostFrequent(g.acronyms);
    const name = mostFrequent(g.names, (s) => !looksLikeAcronym(s)) ?? '';
    const key = `${g.kind}:${nameKey(acronym ?? name) || name}`;
    const aliasSet = new Set<string>();
    for (const n of g.names.keys()) if (n !== name) aliasSet.add(n);
    for (const a of g.acronyms.keys()) if (a !== name && a !== acronym) aliasSet.add(a);
    for (const a of g.aliases) if (a !== name && a !== acronym) aliasSet.add(a);
    const briefs = [...g.briefs.values()].sort((a, b) => (a.savedAt > b.savedAt ? -1 : a.savedAt < b.savedAt ? 1 : 0));
    const entry: EntityIndexEntry = {
      key,
      kind: g.kind,
      name,
      aliases: [...aliasSet],
      briefCount: briefs.length,
      mentionCount: g.mentions,
      briefs: briefs.map(({ id, title }) => ({ id, title })),
    };
    if (acronym) entry.acronym = acronym;
    if (g.dates.size) entry.dates = [...g.dates].sort();
    if (g.roles.size) entry.roles = [...g.roles];
    entries.push(entry);
    lookup.set(key, entry);
    for (const k of members.get(root) ?? []) if (!lookup.has(k)) lookup.set(k, entry);
    ids.set(key, new Set(g.briefs.keys()));
  }
  entries.sort((a, b) => b.briefCount - a.briefCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  return { entries, lookup, ids };
}
