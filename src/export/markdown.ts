/**
 * The ONE Markdown renderer of a brief: the library's Markdown export (one `##` section per
 * saved brief, with its note and tags) and `analyze --format md` (one brief, `#` title) both
 * call `briefMarkdown`. Every page string goes through mdInline (escaped, invisible and bidi
 * characters removed); links are http(s) only, written `[text](<url>)`, and a link text that
 * names another host shows the real address (mdLink).
 */
import type { Brief } from '../brief/schema';
import type { SavedBrief } from '../library/types';
import { asSaved, type ExportInput } from './items';
import { ENGLISH_LABELS, type MarkdownLabels } from './labels';
import { mdInline, mdLink, safeHref } from './markdown-escape';

const link = (text: string, href: string) => mdLink(text, href, { angle: true });

export interface BriefMarkdownOptions {
  /** Heading level of the title (1: a document of its own; 2: a section of an export). Sections are one level below. */
  level?: 1 | 2;
  /** What the user added, when the brief is saved. */
  saved?: Pick<SavedBrief, 'savedAt' | 'note' | 'tags'>;
  /** Headings and field names (default English). */
  labels?: MarkdownLabels;
}

/** One brief as Markdown (no trailing blank line). */
export function briefMarkdown(b: Brief, opts: BriefMarkdownOptions = {}): string {
  const level = opts.level ?? 1;
  const h = '#'.repeat(level);
  const sub = '#'.repeat(level + 1);
  const s = opts.saved;
  const L = opts.labels ?? ENGLISH_LABELS.markdown;
  const out: string[] = [];
  out.push(`${h} ${mdInline(b.title) || L.untitled}`, '');
  const meta: string[] = [];
  const src = [b.siteName ? mdInline(b.siteName) : '', link(b.url, b.url)].filter(Boolean).join(' · ');
  meta.push(`- **${L.source}:** ${src}`);
  if (b.canonicalUrl && b.canonicalUrl !== b.url && safeHref(b.canonicalUrl)) meta.push(`- **${L.canonical}:** ${link(b.canonicalUrl, b.canonicalUrl)}`);
  if (b.file) meta.push(`- **${L.file}:** ${mdInline(b.file)}`);
  if (b.byline) meta.push(`- **${L.author}:** ${mdInline(b.byline)}`);
  meta.push(`- **${L.published}:** ${b.published ?? L.unknown} · **${L.language}:** ${mdInline(b.lang)}`);
  if (s?.savedAt) meta.push(`- **${L.saved}:** ${s.savedAt.slice(0, 10)}`);
  if (s?.tags.length) meta.push(`- **${L.tags}:** ${s.tags.map(mdInline).join(', ')}`);
  out.push(...meta, '');
  if (b.truncated) out.push(`_${mdInline(L.truncated)}_`, '');
  if (b.fromSelection) out.push(`_${mdInline(L.fromSelection)}_`, '');
  if (s?.note.trim()) out.push(...s.note.trim().split(/\r?\n/).map((l) => `> ${mdInline(l)}`.trimEnd()), '');
  if (b.headline) out.push(`**${mdInline(b.headline)}**`, '');
  if (b.summary.length) {
    out.push(`${sub} ${L.summary}`, '');
    for (const x of b.summary) out.push(`- ${mdInline(x.text)}`);
    out.push('');
  }
  if (b.entitiesSupported === false) out.push(`_${mdInline(L.unsupported(b.lang))}_`, '');
  const list = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push(`${sub} ${title}`, '', ...lines.map((l) => `- ${l}`), '');
  };
  const mentions = (n: number) => ` (${L.mentions(n)})`;
  list(L.organisations, b.organisations.map((o) => mdInline(o.name) + (o.acronym && o.acronym !== o.name ? ` (${mdInline(o.acronym)})` : '') + mentions(o.mentions.length)));
  list(L.people, b.people.map((p) => mdInline(p.name) + (p.role ? ` — ${mdInline(p.role)}` : '') + mentions(p.mentions.length)));
  list(L.places, b.places.map((p) => mdInline(p.name) + mentions(p.mentions.length)));
  list(L.agreements, b.agreements.map((a) => mdInline(a.name) + (a.date ? ` — ${a.date}` : '') + mentions(a.mentions.length)));
  list(
    L.dates,
    [...b.dates]
      .sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : 0))
      .map((d) => `${d.value}${d.relative ? ` (${L.relative})` : ''} — ${[...new Set(d.mentions.map((m) => m.text))].slice(0, 5).map((t) => mdInline(t)).join(', ')}`),
  );
  list(L.links, b.links.map((l) => link(l.text, l.href)));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

/** Oldest published first (a report reads in time order); undated briefs last, by save time. */
function byPublished(a: SavedBrief, b: SavedBrief): number {
  const x = a.brief.published ?? '';
  const y = b.brief.published ?? '';
  if (x !== y) return !x ? 1 : !y ? -1 : x < y ? -1 : 1;
  return a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0;
}

/**
 * Markdown ready to paste into a report: a title line, then one `##` section per brief, in
 * order of publication (oldest first, undated last). Headings in `opts.labels` (default English).
 */
export function toMarkdown(items: ExportInput, exportedAt: Date = new Date(), opts: { labels?: MarkdownLabels } = {}): string {
  const saved = asSaved(items).slice().sort(byPublished);
  const L = opts.labels ?? ENGLISH_LABELS.markdown;
  const head = `# ${L.docTitle(saved.length, exportedAt.toISOString().slice(0, 10))}`;
  return [head, '', ...saved.map((s) => briefMarkdown(s.brief, { level: 2, saved: s, labels: L }) + '\n')].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
