/**
 * Brief → human-readable Markdown for `analyze --format md`.
 * Every string from the page is untrusted: it is Markdown-escaped (so it cannot open
 * links, images, HTML, headings or code) and links are emitted only for http(s) URLs.
 */
import type { Brief } from '../brief/schema';
import { mdInline as mdEscape, mdLink, safeHref } from '../export/markdown-escape';

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function briefToMarkdown(b: Brief): string {
  const out: string[] = [];
  out.push(`# ${mdEscape(b.title) || '(untitled)'}`, '');
  const source: string[] = [];
  if (b.siteName) source.push(mdEscape(b.siteName));
  if (b.byline) source.push(mdEscape(b.byline));
  if (b.published) source.push(b.published);
  source.push(`language: ${mdEscape(b.lang)}`);
  out.push(source.join(' · '));
  const href = safeHref(b.canonicalUrl ?? b.url);
  out.push('', href ? `<${href}>` : mdEscape(b.canonicalUrl ?? b.url));
  if (b.file) out.push('', `File: ${mdEscape(b.file)}`);
  if (b.truncated) out.push('', '_The article was truncated before analysis._');
  if (b.fromSelection) out.push('', '_This brief covers the selected text._');
  if (b.headline) out.push('', `**${mdEscape(b.headline)}**`);

  if (b.summary.length) {
    out.push('', '## Summary', '');
    for (const s of b.summary) out.push(`- ${mdEscape(s.text)}`);
  }

  const section = (title: string, items: { line: string }[]) => {
    if (!items.length) return;
    out.push('', `## ${title}`, '');
    for (const it of items) out.push(`- ${it.line}`);
  };
  const count = (n: number) => ` (${plural(n, 'mention')})`;
  const aliases = (name: string, a: string[], skip?: string) => {
    const rest = a.filter((x) => x !== name && x !== skip);
    return rest.length ? ` — also: ${rest.map(mdEscape).join(', ')}` : '';
  };

  if (b.entitiesSupported === false) {
    out.push('', `_Entities are not extracted for language "${mdEscape(b.lang)}"._`);
  }
  section(
    'Organisations',
    b.organisations.map((o) => ({
      line: `**${mdEscape(o.name)}**${o.acronym ? ` (${mdEscape(o.acronym)})` : ''}${count(o.mentions.length)}${aliases(o.name, o.aliases, o.acronym)}`,
    })),
  );
  section(
    'People',
    b.people.map((p) => ({
      line: `**${mdEscape(p.name)}**${p.role ? `, ${mdEscape(p.role)}` : ''}${count(p.mentions.length)}${aliases(p.name, p.aliases)}`,
    })),
  );
  section(
    'Agreements',
    b.agreements.map((a) => ({
      line: `**${mdEscape(a.name)}**${a.date ? ` — ${a.date}` : ''}${count(a.mentions.length)}${aliases(a.name, a.aliases)}`,
    })),
  );
  section(
    'Places',
    b.places.map((p) => ({ line: `${mdEscape(p.name)}${count(p.mentions.length)}${aliases(p.name, p.aliases)}` })),
  );
  section(
    'Dates',
    [...b.dates]
      .sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : 0))
      .map((d) => ({
        line: `${d.value}${d.relative ? ' (relative)' : ''}: ${[...new Set(d.mentions.map((m) => m.text))].map((t) => `“${mdEscape(t)}”`).join(', ')}`,
      })),
  );
  section(
    'Links',
    b.links.map((l) => ({ line: safeHref(l.href) ? mdLink(l.text, l.href, { angle: true }) : `${mdEscape(l.text)} (${mdEscape(l.href)})` })),
  );
  return out.join('\n') + '\n';
}
