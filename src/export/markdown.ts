import type { Brief } from '../brief/schema';
import type { SavedBrief } from '../library/types';
import { asSaved, type ExportInput } from './items';
import { mdInline, mdLink as link } from './markdown-escape';

function section(s: SavedBrief): string {
  const b: Brief = s.brief;
  const out: string[] = [];
  out.push(`## ${mdInline(b.title) || '(untitled)'}`, '');
  const meta: string[] = [];
  const src = [b.siteName ? mdInline(b.siteName) : '', link(b.url, b.url)].filter(Boolean).join(' · ');
  meta.push(`- **Source:** ${src}`);
  if (b.byline) meta.push(`- **Author:** ${mdInline(b.byline)}`);
  meta.push(`- **Published:** ${b.published ?? 'unknown'} · **Language:** ${mdInline(b.lang)}`);
  if (s.savedAt) meta.push(`- **Saved:** ${s.savedAt.slice(0, 10)}`);
  if (s.tags.length) meta.push(`- **Tags:** ${s.tags.map(mdInline).join(', ')}`);
  out.push(...meta, '');
  if (s.note.trim()) {
    out.push(...s.note.trim().split(/\r?\n/).map((l) => `> ${mdInline(l)}`.trimEnd()), '');
  }
  if (b.headline) out.push(`**${mdInline(b.headline)}**`, '');
  if (b.summary.length) {
    out.push('### Summary', '');
    for (const x of b.summary) out.push(`- ${mdInline(x.text)}`);
    out.push('');
  }
  const list = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push(`### ${title}`, '', ...lines.map((l) => `- ${l}`), '');
  };
  list('Organisations', b.organisations.map((o) => mdInline(o.name) + (o.acronym && o.acronym !== o.name ? ` (${mdInline(o.acronym)})` : '')));
  list('People', b.people.map((p) => mdInline(p.name) + (p.role ? ` — ${mdInline(p.role)}` : '')));
  list('Places', b.places.map((p) => mdInline(p.name)));
  list('Agreements', b.agreements.map((a) => mdInline(a.name) + (a.date ? ` — ${a.date}` : '')));
  list('Dates', b.dates.map((d) => `${d.value}${d.relative ? ' (relative)' : ''} — ${mdInline(d.mentions[0]?.text ?? '')}`));
  list('Links', b.links.map((l) => link(l.text, l.href)));
  return out.join('\n');
}

/** Markdown ready to paste into a report: a title line, then one `##` section per brief. */
export function toMarkdown(items: ExportInput, exportedAt: Date = new Date()): string {
  const saved = asSaved(items);
  const head = `# CrisisLens briefs (${saved.length}) — exported ${exportedAt.toISOString().slice(0, 10)}`;
  return [head, '', ...saved.map(section)].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
