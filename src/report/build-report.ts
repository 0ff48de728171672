/**
 * A situation report over several saved briefs: the merged actors (organisations, people with
 * their roles), places and agreements, each with the briefs that mention it; one timeline of the
 * dated events of all the articles in date order (ISO date, its sentence, its source article);
 * and the key sentences of each article. Pure: briefs in, report model out. Entities merge as in
 * the library's entity index (one identity across languages and name forms: entity-index.ts).
 */
import { cleanText } from '../brief/clean-text';
import { asSaved, type ExportInput } from '../export/items';
import { sentenceAround } from '../export/sentence';
import { catalogRow } from '../library/catalog';
import { buildEntityIndex } from '../library/entity-index';
import { knownById, knownLabel } from '../library/entity-identity';
import { hostOf } from '../library/canonical-url';
import { dateStart } from '../library/search';
import type { EntityIndexEntry, EntityKind, SavedBrief } from '../library/types';

/** A brief as the report names it. */
export interface ReportArticle {
  id: string;
  title: string;
  url: string;
  /** Site name, else the URL's host. */
  site: string;
  published: string | null;
  lang: string;
  headline?: string;
  /** The brief's summary sentences (its key sentences), in text order. */
  keySentences: string[];
}

export interface ReportEntity {
  /** Stable id: a verified Wikidata QID, an internal "cl:…"/"iso:…" id, or the merge key of an unknown name. */
  id: string;
  qid?: string;
  kind: EntityKind;
  /** Label: a known entity's name in the report's language, else the most frequent name. */
  name: string;
  /** The other names it goes by in these briefs (other languages, acronyms, short forms). */
  forms: string[];
  acronym?: string;
  /** People: roles given across the briefs. */
  roles?: string[];
  /** Agreements: dates given across the briefs. */
  dates?: string[];
  mentions: number;
  /** The briefs that mention it (ids of `SituationReport.articles`), in report order. */
  briefIds: string[];
}

export interface TimelineEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Resolved from a relative expression ("last October"). */
  relative: boolean;
  /** The article itself, on its publication date, told by its first key sentence (else its title). */
  article?: boolean;
  /** The sentence of the article that gives the date. */
  sentence: string;
  /** The article (an id of `SituationReport.articles`) and its source URL. */
  briefId: string;
  url: string;
}

export interface SituationReport {
  /** The report's language (labels of known entities). */
  lang: string;
  /** Oldest published first, undated last. */
  articles: ReportArticle[];
  /** Earliest and latest publication date of the articles, or null. */
  period: { from: string; to: string } | null;
  organisations: ReportEntity[];
  people: ReportEntity[];
  places: ReportEntity[];
  agreements: ReportEntity[];
  /** In date order (earliest first); same date: the article order. */
  timeline: TimelineEvent[];
}

export interface ReportOptions {
  /** Language of the labels of known entities (the interface language). Default "en". */
  lang?: string;
}

/** Oldest published first (a report reads in time order); undated last, then by save time. */
function byPublished(a: SavedBrief, b: SavedBrief): number {
  const x = a.brief.published ?? '';
  const y = b.brief.published ?? '';
  if (x !== y) return !x ? 1 : !y ? -1 : dateStart(x) < dateStart(y) ? -1 : dateStart(x) > dateStart(y) ? 1 : x < y ? -1 : 1;
  return a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function article(s: SavedBrief): ReportArticle {
  const b = s.brief;
  const a: ReportArticle = {
    id: s.id,
    title: cleanText(b.title),
    url: b.url || s.url,
    site: cleanText(b.siteName ?? '') || hostOf(b.url || s.url),
    published: b.published,
    lang: b.lang,
    keySentences: b.summary.map((x) => cleanText(x.text)).filter(Boolean),
  };
  if (b.headline) a.headline = cleanText(b.headline);
  return a;
}

function entity(e: EntityIndexEntry, lang: string, order: Map<string, number>): ReportEntity {
  const known = e.id !== e.key ? knownById(e.id) : undefined;
  const name = known ? knownLabel(known, lang) : e.name;
  const forms = [...new Set([e.name, ...(e.acronym ? [e.acronym] : []), ...e.aliases])].filter((f) => f && f !== name);
  const r: ReportEntity = {
    id: e.id,
    kind: e.kind,
    name,
    forms,
    mentions: e.mentionCount,
    briefIds: e.briefs.map((b) => b.id).sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)),
  };
  if (e.qid) r.qid = e.qid;
  if (e.acronym) r.acronym = e.acronym;
  if (e.roles?.length) r.roles = e.roles;
  if (e.dates?.length) r.dates = e.dates;
  return r;
}

/**
 * The dated events of one brief: the article itself on its publication date (what it reports,
 * in its first key sentence), then one per distinct (date, sentence) the text gives, in text order.
 */
function events(s: SavedBrief): (TimelineEvent & { at: number })[] {
  const b = s.brief;
  const out: (TimelineEvent & { at: number })[] = [];
  const seen = new Set<string>();
  const url = b.url || s.url;
  const day = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(b.published ?? '')?.[0];
  const lead = cleanText(b.summary[0]?.text ?? b.title ?? '');
  if (day && lead) out.push({ date: day, relative: false, article: true, sentence: lead, briefId: s.id, url, at: -1 });
  for (const d of b.dates) {
    for (const m of d.mentions) {
      const sentence = cleanText(sentenceAround(b.text, m.start, m.end));
      // A line that is only the date (a page's dateline) tells no event.
      if (!/\p{L}{2}/u.test(sentence.replace(m.text, ''))) continue;
      const k = `${d.value}\u0000${sentence}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ date: d.value, relative: d.relative, sentence, briefId: s.id, url, at: m.start });
    }
  }
  return out;
}

/** One report over the given briefs (library records or bare briefs). */
export function buildReport(items: ExportInput, opts: ReportOptions = {}): SituationReport {
  const lang = opts.lang ?? 'en';
  const saved = asSaved(items).slice().sort(byPublished);
  const order = new Map(saved.map((s, i) => [s.id, i]));
  const articles = saved.map(article);

  const index = buildEntityIndex(saved.map(catalogRow));
  const kinds: Record<EntityKind, ReportEntity[]> = { organisation: [], person: [], place: [], agreement: [] };
  for (const e of index.entries) kinds[e.kind].push(entity(e, lang, order));
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  for (const list of Object.values(kinds)) {
    list.sort((a, b) => b.briefIds.length - a.briefIds.length || b.mentions - a.mentions || collator.compare(a.name, b.name));
  }

  const timeline = saved
    .flatMap(events)
    .sort((a, b) => {
      const x = dateStart(a.date);
      const y = dateStart(b.date);
      if (x !== y) return x < y ? -1 : 1;
      if (a.date.length !== b.date.length) return a.date.length - b.date.length; // "2023" before "2023-01-01"
      return (order.get(a.briefId) ?? 0) - (order.get(b.briefId) ?? 0) || a.at - b.at;
    })
    .map(({ at: _at, ...e }) => e);

  const dated = saved.map((s) => s.brief.published).filter((p): p is string => !!p).sort((a, b) => (dateStart(a) < dateStart(b) ? -1 : 1));
  return {
    lang,
    articles,
    period: dated.length ? { from: dated[0], to: dated[dated.length - 1] } : null,
    organisations: kinds.organisation,
    people: kinds.person,
    places: kinds.place,
    agreements: kinds.agreement,
    timeline,
  };
}
