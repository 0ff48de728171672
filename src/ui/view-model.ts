/**
 * Brief → what the popup and the library show: cleaned strings, sorted lists, counts. Pure;
 * the renderer (render-brief.ts) only turns this into elements. All strings come from a web
 * page: they pass through displayText and are only ever rendered as text.
 */
import type { Brief } from '../brief/schema';
import type { Mention } from '../nlp/types';
import { safeHttpUrl } from './dom';
import { hostOf } from './format';
import { contextSnippet, displayText } from './text';

export type EntityKindKey = 'organisations' | 'people' | 'places' | 'agreements';
export const ENTITY_KINDS: readonly EntityKindKey[] = ['organisations', 'people', 'places', 'agreements'];

export interface EntityView {
  kind: EntityKindKey;
  /** Stable within the brief: kind + index in the brief's list. */
  key: string;
  name: string;
  acronym?: string;
  role?: string;
  date?: string;
  aliases: string[];
  count: number;
  /** Mentions in reading order (for highlight cycling). */
  mentions: Mention[];
  /** Sentence around the first mention. */
  context: string;
}

export interface DateView {
  key: string;
  value: string;
  relative: boolean;
  /** The date expressions as written ("vorig jaar oktober"). */
  expressions: string[];
  count: number;
  mentions: Mention[];
  context: string;
}

export interface LinkView {
  href: string;
  text: string;
  host: string;
}

export interface BriefView {
  title: string;
  url: string | null;
  site: string;
  byline: string;
  published: string | null;
  lang: string;
  headline: string;
  summary: string[];
  organisations: EntityView[];
  people: EntityView[];
  places: EntityView[];
  agreements: EntityView[];
  dates: DateView[];
  links: LinkView[];
  entitiesSupported: boolean;
  truncated: boolean;
  fromSelection: boolean;
}

const MAX_ITEMS = 200;
const MAX_LINKS = 300;

function firstPos(mentions: readonly Mention[]): number {
  let min = Infinity;
  for (const m of mentions) if (m.start < min) min = m.start;
  return min;
}

function sortedMentions(mentions: readonly Mention[], text: string): Mention[] {
  return mentions
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .slice()
    .sort((a, b) => a.start - b.start);
}

type AnyEntity = Brief['organisations'][number] & { role?: string; date?: string };

function entityViews(kind: EntityKindKey, list: readonly AnyEntity[], text: string): EntityView[] {
  // Rank first on cheap keys (mention count, first position), then build only what is shown.
  const ranked = list
    .map((e, i) => ({ e, i, count: e.mentions?.length ?? 0, pos: firstPos(e.mentions ?? []) }))
    .sort((a, b) => b.count - a.count || a.pos - b.pos);
  const views: EntityView[] = [];
  for (const { e, i } of ranked) {
    if (views.length >= MAX_ITEMS) break;
    const mentions = sortedMentions(e.mentions ?? [], text);
    const first = mentions[0];
    const name = displayText(e.name, 160) || displayText(first?.text, 160);
    if (!name) continue;
    const acronym = e.acronym ? displayText(e.acronym, 24) : undefined;
    const aliases = [...new Set((e.aliases ?? []).slice(0, 50).map((a) => displayText(a, 120)).filter((a) => a && a !== name && a !== acronym))];
    views.push({
      kind,
      key: `${kind}:${i}`,
      name,
      ...(acronym ? { acronym } : {}),
      ...(e.role ? { role: displayText(e.role, 200) } : {}),
      ...(e.date ? { date: e.date } : {}),
      aliases,
      count: mentions.length || (e.mentions?.length ?? 0),
      mentions,
      context: first ? contextSnippet(text, first.start, first.end) : '',
    });
  }
  return views;
}

function dateViews(brief: Brief): DateView[] {
  const views = (brief.dates ?? []).map((d, i): DateView => {
    const mentions = sortedMentions(d.mentions ?? [], brief.text);
    const first = mentions[0];
    return {
      key: `dates:${i}`,
      value: d.value,
      relative: d.relative,
      expressions: [...new Set(mentions.map((m) => displayText(m.text, 80)).filter(Boolean))].slice(0, 5),
      count: mentions.length,
      mentions,
      context: first ? contextSnippet(brief.text, first.start, first.end) : '',
    };
  });
  // A timeline: chronological; "2023" before "2023-10" before "2023-10-05".
  views.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return views.slice(0, MAX_ITEMS);
}

/** http(s) links only, deduplicated by address, with a readable text. */
export function linkViews(links: readonly { href: string; text: string }[]): LinkView[] {
  const seen = new Set<string>();
  const out: LinkView[] = [];
  for (const link of links ?? []) {
    const href = safeHttpUrl(link?.href);
    if (!href || seen.has(href)) continue;
    seen.add(href);
    const host = hostOf(href);
    out.push({ href, host, text: displayText(link.text, 160) || host || href });
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}

export function briefView(brief: Brief): BriefView {
  const pageUrl = safeHttpUrl(brief.canonicalUrl) ?? safeHttpUrl(brief.url);
  return {
    title: displayText(brief.title, 400),
    url: pageUrl,
    site: displayText(brief.siteName, 120) || hostOf(pageUrl),
    byline: displayText(brief.byline, 200),
    published: brief.published,
    lang: displayText(brief.lang, 12),
    headline: displayText(brief.headline, 400),
    summary: (brief.summary ?? []).map((s) => displayText(s.text, 1200)).filter(Boolean),
    organisations: entityViews('organisations', brief.organisations ?? [], brief.text),
    people: entityViews('people', brief.people ?? [], brief.text),
    places: entityViews('places', brief.places ?? [], brief.text),
    agreements: entityViews('agreements', brief.agreements ?? [], brief.text),
    dates: dateViews(brief),
    links: linkViews(brief.links ?? []),
    entitiesSupported: brief.entitiesSupported !== false,
    truncated: brief.truncated === true,
    fromSelection: brief.fromSelection === true,
  };
}

/** Which mention to show next for each entity: first click → first mention, then cycle. */
export class MentionCycler {
  private readonly next = new Map<string, number>();
  /** Index of the mention to show now for `key` (out of `count`), advancing the cycle. */
  advance(key: string, count: number): number {
    if (count <= 0) return -1;
    const i = (this.next.get(key) ?? 0) % count;
    this.next.set(key, i + 1);
    return i;
  }
  reset(): void {
    this.next.clear();
  }
}

/** How many times `needle` occurs in `text` before `start` (the mention's occurrence index). */
export function occurrenceIndex(text: string, start: number, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  let i = text.indexOf(needle);
  while (i !== -1 && i < start) {
    n++;
    i = text.indexOf(needle, i + needle.length);
  }
  return n;
}
