import { decodeEnts, SEP_ENT, SEP_FIELD, type CatalogRow, type EntKind, type EntSummary } from './catalog';
import { knownById, knownEntity, type KnownEntity } from './entity-identity';
import { nameKey } from './fold';
import type { EntityBriefRef, EntityIndexEntry, EntityKind } from './types';

const KIND: Record<EntKind, EntityKind> = { o: 'organisation', p: 'person', l: 'place', a: 'agreement' };

/** "NCCN", "EU", "G7", "UNHCR": 2–12 characters, capitals/digits, at least two capitals. */
export function looksLikeAcronym(s: string): boolean {
  return /^[\p{Lu}\p{N}&.-]{2,12}$/u.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

export interface EntityIndex {
  entries: EntityIndexEntry[];
  /** Entry by its key and by every member key (kind:folded name/alias/acronym). */
  lookup: Map<string, EntityIndexEntry>;
}

function mostFrequent(counts: Map<string, number>, prefer?: (s: string) => number): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const [s, c] of counts) {
    const score = c * 1000 + (prefer ? prefer(s) : 0) + Math.min(s.length, 249);
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
 * the two, so another brief saying only "NCCN" joins them). Known entities (data/entities/, see
 * entity-identity.ts) join all their names in every language under one id ("Benelux Unie",
 * "Union Benelux", "Benelux-Union" → cl:benelux-union). People merge by full name; a bare
 * surname alias inside one brief ("De Croo") is not proof of identity across articles, but a
 * person named by surname only ("Obama") joins the one full name in the library with that
 * surname ("Barack Obama"), when there is exactly one.
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
  // Pass 1: link keys, once per distinct entity signature (kind, name, acronym, aliases): the same
  // organisation recurs across many briefs, and its links are the same each time.
  interface Sig {
    e: EntSummary;
    first: number;
    root: number;
  }
  const sigs = new Map<string, Sig>();
  const occ: { sig: Sig; m: number; r: string; d: string }[][] = [];
  for (const row of rows) {
    const list: { sig: Sig; m: number; r: string; d: string }[] = [];
    if (row.ents) {
      for (const line of row.ents.split(SEP_ENT)) {
        let p = -1;
        for (let f = 0; f < 4 && (p = line.indexOf(SEP_FIELD, p + 1)) !== -1; f++);
        if (p === -1) continue;
        const sigKey = line.slice(0, p);
        let sig = sigs.get(sigKey);
        if (!sig) {
          const e = decodeEnts(line)[0];
          const kind = KIND[e.k];
          const first = node(`${kind}:${key(e.n) || e.n}`);
          // Known entity: one node per id joins its names in every language.
          const forms = e.k === 'p' ? [e.n] : [e.n, ...(e.a ? [e.a] : []), ...(e.al ?? [])];
          for (const f of forms) {
            const known = knownEntity(kind, f);
            if (!known) continue;
            const other = find(node(`${kind}:#${known.id}`));
            const root = find(first);
            if (other !== root) parent[other] = root;
          }
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
          sig = { e, first, root: -1 };
          sigs.set(sigKey, sig);
        }
        const [m, r, d] = line.slice(p + 1).split(SEP_FIELD);
        list.push({ sig, m: Number(m) || 0, r: r ?? '', d: d ?? '' });
      }
    }
    occ.push(list);
  }
  // Surname only ("Obama"): joins the full name with that last word when exactly one exists.
  const bySurname = new Map<string, Set<number>>();
  const single: Sig[] = [];
  for (const sig of sigs.values()) {
    if (sig.e.k !== 'p') continue;
    const words = key(sig.e.n).split(' ');
    if (words.length === 1) single.push(sig);
    else {
      const last = words[words.length - 1];
      let set = bySurname.get(last);
      if (!set) bySurname.set(last, (set = new Set()));
      set.add(find(sig.first));
    }
  }
  for (const sig of single) {
    const roots = bySurname.get(key(sig.e.n));
    if (!roots) continue;
    const distinct = new Set([...roots].map(find));
    if (distinct.size !== 1) continue;
    const [target] = distinct;
    const root = find(sig.first);
    if (root !== target) parent[root] = target;
  }
  for (const sig of sigs.values()) sig.root = find(sig.first);
  // Pass 2: group occurrences (per occurrence only counters; names are tallied per signature).
  interface Group {
    kind: EntityKind;
    sigCount: Map<Sig, number>;
    dates: Set<string>;
    roles: Set<string>;
    mentions: number;
    briefs: EntityBriefRef[];
  }
  const groups = new Map<number, Group>();
  const groupOf = new Map<Sig, Group>();
  for (const sig of sigs.values()) {
    let g = groups.get(sig.root);
    if (!g) {
      g = { kind: KIND[sig.e.k], sigCount: new Map(), dates: new Set(), roles: new Set(), mentions: 0, briefs: [] };
      groups.set(sig.root, g);
    }
    groupOf.set(sig, g);
  }
  // Rows newest saved first, so each entity's brief list comes out in that order without sorting;
  // one {id, title} per brief, shared by every entry that lists it.
  const order = rows.map((_, i) => i).sort((a, b) => (rows[a].savedAt > rows[b].savedAt ? -1 : rows[a].savedAt < rows[b].savedAt ? 1 : 0));
  for (const ri of order) {
    const row = rows[ri];
    const ref: EntityBriefRef = { id: row.id, title: row.title, lang: row.lang };
    let seen: Set<Group> | null = null;
    for (const { sig, m, r, d } of occ[ri]) {
      const g = groupOf.get(sig)!;
      g.sigCount.set(sig, (g.sigCount.get(sig) ?? 0) + 1);
      if (d) g.dates.add(d);
      if (r) g.roles.add(r);
      g.mentions += m;
      if (!(seen ??= new Set()).has(g)) {
        seen.add(g);
        g.briefs.push(ref);
      }
    }
  }
  // Member keys per root, for lookup; the known entity of a root (its `#id` node).
  const members = new Map<number, string[]>();
  const knownOf = new Map<number, KnownEntity>();
  for (const [k, n] of nodeOf) {
    const root = find(n);
    const hash = k.indexOf(':#');
    if (hash !== -1) {
      const known = knownById(k.slice(hash + 2));
      if (known && !knownOf.has(root)) knownOf.set(root, known);
      continue;
    }
    let list = members.get(root);
    if (!list) members.set(root, (list = []));
    list.push(k);
  }
  const entries: EntityIndexEntry[] = [];
  const lookup = new Map<string, EntityIndexEntry>();
  for (const [root, g] of groups) {
    if (!g.briefs.length) continue;
    const names = new Map<string, number>();
    const acronyms = new Map<string, number>();
    const aliases = new Set<string>();
    for (const [sig, count] of g.sigCount) {
      const e = sig.e;
      names.set(e.n, (names.get(e.n) ?? 0) + count);
      if (e.a) acronyms.set(e.a, (acronyms.get(e.a) ?? 0) + count);
      else if (e.k === 'o' && looksLikeAcronym(e.n)) acronyms.set(e.n, (acronyms.get(e.n) ?? 0) + count);
      if (e.al) for (const a of e.al) aliases.add(a);
    }
    const acronym = mostFrequent(acronyms);
    // Ties: a full name over an acronym, a capitalised spelling over an all-lower-case one.
    const name = mostFrequent(names, (s) => (looksLikeAcronym(s) ? 0 : 500) + (s !== s.toLowerCase() ? 250 : 0)) ?? '';
    const key = `${g.kind}:${nameKey(acronym ?? name) || name}`;
    const aliasSet = new Set<string>();
    for (const n of names.keys()) if (n !== name) aliasSet.add(n);
    for (const a of acronyms.keys()) if (a !== name && a !== acronym) aliasSet.add(a);
    for (const a of aliases) if (a !== name && a !== acronym) aliasSet.add(a);
    const briefs = g.briefs;
    const known = knownOf.get(root);
    const entry: EntityIndexEntry = {
      key,
      kind: g.kind,
      name,
      aliases: [...aliasSet],
      briefCount: briefs.length,
      mentionCount: g.mentions,
      briefs,
      id: known ? known.id : key,
    };
    if (known?.qid) entry.qid = known.qid;
    if (known) entry.names = known.names;
    if (acronym) entry.acronym = acronym;
    if (g.dates.size) entry.dates = [...g.dates].sort();
    if (g.roles.size) entry.roles = [...g.roles];
    entries.push(entry);
    lookup.set(key, entry);
    if (known && !lookup.has(known.id)) lookup.set(known.id, entry);
    for (const k of members.get(root) ?? []) if (!lookup.has(k)) lookup.set(k, entry);
  }
  entries.sort((a, b) => b.briefCount - a.briefCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  return { entries, lookup };
}
