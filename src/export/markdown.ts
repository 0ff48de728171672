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
import { mdInline, mdLink, safeHref } from './markdown-escape';

const link = (text: string, href: string) => mdLink(text, href, { angle: true });

export interface BriefMarkdownOptions {
  /** Heading level of the title (1: a document of its own; 2: a section of an export). Sections are one level below. */
  level?: 1 | 2;
  /** What the user added, when the brief is saved. */
  saved?: Pick<SavedBrief, 'savedAt' | 'note' | 'tags'>;
}

/** One brief as Markdown (no trailing blank line). */
export function briefMarkdown(b: Brief, opts: BriefMarkdownOptions = {}): string {
  const level = opts.level ?? 1;
  const h = '#'.repeat(level);
  const sub = '#'.repeat(level + 1);
  const s = opts.saved;
  const out: string[] = [];
  out.push(`${h} ${mdInline(b.title) || '(untitled)'}`, '');
  const meta: string[] = [];
  const src = [b.siteName ? mdInline(b.siteName) : '', link(b.url, b.url)].filter(Boolean).join(' · ');
  meta.push(`- **Source:** ${src}`);
  if (b.canonicalUrl && b.canonicalUrl !== b.url && safeHref(b.canonicalUrl)) meta.push(`- **Canonical:** ${link(b.canonicalUrl, b.canonicalUrl)}`);
  if (b.file) meta.push(`- **File:** ${mdInline(b.file)}`);
  if (b.byline) meta.push(`- **Author:** ${mdInline(b.byline)}`);
  meta.push(`- **Published:** ${b.published ?? 'unknown'} · **Language:** ${mdInline(b.lang)}`);
  if (s?.savedAt) meta.push(`- **Saved:** ${s.savedAt.slice(0, 10)}`);
  if (s?.tags.length) meta.push(`- **Tags:** ${s.tags.map(mdInline).join(', ')}`);
  out.push(...meta, '');
  if (b.truncated) out.push('_The article was truncated before analysis._', '');
  if (b.fromSelection) out.push('_This brief covers the selected text._', '');
  if (s?.note.trim()) out.push(...s.note.trim().split(/\r?\n/).map((l) => `> ${mdInline(l)}`.trimEnd()), '');
  if (b.headline) out.push(`**${mdInline(b.headline)}**`, '');
  if (b.summary.length) {
    out.push(`${sub} Summary`, '');
    for (const x of b.summary) out.push(`- ${mdInline(x.text)}`);
    out.push('');
  }
  if (b.entitiesSupported === false) out.push(`_Entities are not extracted for language "${mdInline(b.lang)}"._`, '');
  const list = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push(`${sub} ${title}`, '', ...lines.map((l) => `- ${l}`), '');
  };
  const mentions = (n: number) => ` (${n} mention${n === 1 ? '' : 's'})`;
  list('Organisations', b.organisations.map((o) => mdInline(o.name) + (o.acronym && o.acronym !== o.name ? ` (${mdInline(o.acronym)})` : '') + mentions(o.mentions.length)));
  list('People', b.people.map((p) => mdInline(p.name) + (p.role ? ` — ${mdInline(p.role)}` : '') + mentions(p.mentions.length)));
  list('Places', b.places.map((p) => mdInline(p.name) + mentions(p.mentions.length)));
  list('Agreements', b.agreements.map((a) => mdInline(a.name) + (a.date ? ` — ${a.date}` : '') + mentions(a.mentions.length)));
  list(
    'Dates',
    [...b.dates]
      .sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : 0))
      .map((d) => `${d.value}${d.relative ? ' (relative)' : ''} — ${[...new Set(d.mentions.map((m) => m.text))].slice(0, 5).map((t) => mdInline(t)).join(', ')}`),
  );
  list('Links', b.links.map((l) => link(l.text, l.href)));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

/** Markdown ready to paste into a report: a title line, then one `##` section per brief. */
export function toMarkdown(items: ExportInput, exportedAt: Date = new Date()): string {
  const saved = asSaved(items);
  const head = `# CrisisLens briefs (${saved.length}) — exported ${exportedAt.toISOString().slice(0, 10)}`;
  return [head, '', ...saved.map((s) => briefMarkdown(s.brief, { level: 2, saved: s }) + '\n')].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
