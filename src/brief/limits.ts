/**
 * The cap on every list and string of a brief, so that any brief — whatever page it was made
 * from — fits in an export that imports (MAX_IMPORT_BYTES, 50 MB) with room to spare. A page
 * with 22,000 empty links of long addresses used to give a 52 MB brief that made every backup
 * holding it unimportable.
 *
 * Worst case, all caps reached at once: text ≤ --max-chars (300,000 characters by default,
 * ≤ 1.8 MB as JSON), links ≤ 1,000 × (2,000 + 300) characters (2.3 MB), mentions ≤ 20,000 in
 * all, each ≤ 300 characters (≤ 7 MB), names, aliases and the rest well under 2 MB: about 13 MB.
 * Real pages are far below every cap (the largest of the 124 test pages has a few hundred links).
 *
 * What is dropped is the tail: the first links in reading order, the entities as the analysis
 * ranked them, each entity's first mentions (every entity keeps at least one).
 */
import type { Brief } from './schema';

export const BRIEF_LIMITS = {
  /** Links kept (the popup shows 300). */
  links: 1000,
  /** Characters of a link's address; longer links are dropped (nobody can use them). */
  linkHref: 2000,
  /** Characters of a link's text. */
  linkText: 300,
  /** Entities kept per kind (organisations, people, places, agreements). */
  entitiesPerKind: 500,
  /** Dates kept. */
  dates: 500,
  /** Mentions kept per entity or date. */
  mentionsPerEntity: 500,
  /** Mentions kept in the whole brief (each entity keeps at least its first). */
  mentionsTotal: 20_000,
  /** Aliases kept per entity. */
  aliases: 30,
  /** Characters of a name, alias, acronym or role. */
  name: 300,
  /** Summary sentences kept. */
  summary: 20,
  /** Characters of the title, byline, site name, headline. */
  title: 500,
  byline: 300,
  siteName: 300,
  headline: 1000,
  /** Characters of a URL / canonical URL kept (longer: cut; the id stays stable). */
  url: 4000,
} as const;

const L = BRIEF_LIMITS;
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

type Mentioned = { mentions: { start: number; end: number; text: string }[] };
type Named = Mentioned & { name: string; aliases: string[]; acronym?: string; role?: string };

/** A copy of `b` within BRIEF_LIMITS (the same object when nothing exceeds them). */
export function capBrief<B extends Brief>(b: B): B {
  const over =
    b.links.length > L.links ||
    b.links.some((l) => l.href.length > L.linkHref || l.text.length > L.linkText) ||
    [b.organisations, b.people, b.places, b.agreements].some((list) => list.length > L.entitiesPerKind || list.some((e) => e.mentions.length > L.mentionsPerEntity || e.aliases.length > L.aliases || e.name.length > L.name || (e as Named).aliases.some((a) => a.length > L.name) || ((e as Named).role?.length ?? 0) > L.name || ((e as Named).acronym?.length ?? 0) > L.name)) ||
    b.dates.length > L.dates ||
    b.dates.some((d) => d.mentions.length > L.mentionsPerEntity) ||
    b.summary.length > L.summary ||
    b.title.length > L.title ||
    (b.byline?.length ?? 0) > L.byline ||
    (b.siteName?.length ?? 0) > L.siteName ||
    (b.headline?.length ?? 0) > L.headline ||
    b.url.length > L.url ||
    (b.canonicalUrl?.length ?? 0) > L.url ||
    totalMentions(b) > L.mentionsTotal;
  if (!over) return b;

  // Mentions across the brief: every entity/date keeps its first; then the rest in list order up to the total.
  let budget = L.mentionsTotal;
  const lists: Mentioned[][] = [];
  const ent = <E extends Named>(list: E[]): E[] => {
    const kept = list.slice(0, L.entitiesPerKind).map((e) => {
      const out = { ...e, name: cut(e.name, L.name), aliases: e.aliases.slice(0, L.aliases).map((a) => cut(a, L.name)), mentions: e.mentions.slice(0, L.mentionsPerEntity) };
      if (e.acronym !== undefined) out.acronym = cut(e.acronym, L.name);
      if (e.role !== undefined) out.role = cut(e.role, L.name);
      return out;
    });
    lists.push(kept);
    return kept;
  };
  const organisations = ent(b.organisations);
  const people = ent(b.people);
  const places = ent(b.places);
  const agreements = ent(b.agreements);
  const dates = b.dates.slice(0, L.dates).map((d) => ({ ...d, mentions: d.mentions.slice(0, L.mentionsPerEntity) }));
  lists.push(dates);
  const all = lists.flat();
  budget -= all.length; // the first mention of each
  for (const e of all) {
    const extra = Math.max(0, Math.min(e.mentions.length - 1, budget));
    budget -= extra;
    e.mentions = e.mentions.slice(0, 1 + extra);
  }
  const links = b.links
    .filter((l) => l.href.length <= L.linkHref)
    .slice(0, L.links)
    .map((l) => (l.text.length > L.linkText ? { ...l, text: cut(l.text, L.linkText) } : l));
  return {
    ...b,
    url: cut(b.url, L.url),
    canonicalUrl: b.canonicalUrl == null ? b.canonicalUrl : cut(b.canonicalUrl, L.url),
    title: cut(b.title, L.title),
    byline: b.byline == null ? b.byline : cut(b.byline, L.byline),
    siteName: b.siteName == null ? b.siteName : cut(b.siteName, L.siteName),
    ...(b.headline !== undefined ? { headline: cut(b.headline, L.headline) } : {}),
    summary: b.summary.slice(0, L.summary),
    organisations,
    people,
    places,
    agreements,
    dates,
    links,
  };
}

function totalMentions(b: Brief): number {
  let n = 0;
  for (const list of [b.organisations, b.people, b.places, b.agreements, b.dates] as Mentioned[][]) for (const e of list) n += e.mentions.length;
  return n;
}
