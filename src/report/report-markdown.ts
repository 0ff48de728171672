/**
 * The situation report as Markdown, from the report model (build-report.ts). Page strings go
 * through the export's escaping (mdInline) and links (mdLink: http(s) only, `[text](<url>)`).
 * Headings and words come from ReportLabels (the interface language; English by default).
 */
import { mdInline, mdLink, safeHref } from '../export/markdown-escape';
import type { ReportEntity, SituationReport } from './build-report';
import { ENGLISH_REPORT_LABELS, type ReportLabels } from './labels';

const link = (text: string, href: string) => mdLink(text, href, { angle: true });

/** The report as a Markdown document (ends with one newline). */
export function reportMarkdown(r: SituationReport, generatedAt: Date = new Date(), labels: ReportLabels = ENGLISH_REPORT_LABELS): string {
  const L = labels;
  const out: string[] = [];
  const num = new Map(r.articles.map((a, i) => [a.id, i + 1]));
  const ref = (id: string) => `[${num.get(id) ?? '?'}]`;
  out.push(`# ${mdInline(L.title(r.articles.length, generatedAt.toISOString().slice(0, 10)))}`, '');
  if (r.period) out.push(`- **${L.period}:** ${r.period.from === r.period.to ? r.period.from : `${r.period.from} – ${r.period.to}`}`, '');

  out.push(`## ${L.articles}`, '');
  r.articles.forEach((a, i) => {
    const meta = [a.site ? mdInline(a.site) : '', a.published ?? L.undated, mdInline(a.lang)].filter(Boolean).join(' · ');
    out.push(`${i + 1}. ${safeHref(a.url) ? link(a.title || a.url, a.url) : mdInline(a.title || a.url)} — ${meta}`);
  });
  out.push('');

  const entityLine = (e: ReportEntity) => {
    let line = `**${mdInline(e.name)}**`;
    if (e.acronym && e.acronym !== e.name) line += ` (${mdInline(e.acronym)})`;
    if (e.roles?.length) line += ` — ${e.roles.map(mdInline).join('; ')}`;
    if (e.dates?.length) line += ` — ${e.dates.join(', ')}`;
    const forms = e.forms.filter((f) => f !== e.acronym);
    if (forms.length) line += ` · ${L.alsoCalled}: ${forms.slice(0, 8).map(mdInline).join(', ')}`;
    if (e.qid && safeHref(`https://www.wikidata.org/wiki/${e.qid}`)) line += ` · [${e.qid}](<https://www.wikidata.org/wiki/${e.qid}>)`;
    line += ` · ${L.mentionedIn(e.briefIds.length)}: ${e.briefIds.map(ref).join(' ')}`;
    return `- ${line}`;
  };
  const section = (title: string, list: ReportEntity[]) => {
    if (!list.length) return;
    out.push(`## ${title}`, '', ...list.map(entityLine), '');
  };
  section(L.organisations, r.organisations);
  section(L.people, r.people);
  section(L.places, r.places);
  section(L.agreements, r.agreements);

  out.push(`## ${L.timeline}`, '');
  if (!r.timeline.length) out.push(`_${mdInline(L.noEvents)}_`);
  for (const e of r.timeline) {
    const src = safeHref(e.url) ? link(`${L.source} ${ref(e.briefId)}`, e.url) : `${L.source} ${ref(e.briefId)}`;
    out.push(`- **${e.date}**${e.relative ? ` (${L.relative})` : ''}${e.article ? ` (${L.article})` : ''} — ${mdInline(e.sentence)} (${src})`);
  }
  out.push('');

  out.push(`## ${L.keySentences}`, '');
  r.articles.forEach((a, i) => {
    out.push(`### ${i + 1}. ${mdInline(a.title) || mdInline(a.url)}`, '');
    const lines = a.keySentences.length ? a.keySentences : a.headline ? [a.headline] : [];
    if (!lines.length) out.push(`_${mdInline(L.noSentences)}_`);
    for (const s of lines) out.push(`- ${mdInline(s)}`);
    out.push('');
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
