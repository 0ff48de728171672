/**
 * The one-line "who / what / when" headline: "NCCN — <title> — 4 juni 2024".
 * - who: the organisation or person the top-scoring key sentence names that the article mentions
 *   most (then the other key sentences, then the whole text); an organisation with a name over 20 characters
 *   is shown by its acronym. Left out when the title already names it.
 * - what: the title; without one, the top sentence cut to ~120 characters.
 * - when: the most precise date in the top sentence, else the publication date, else the most
 *   precise date in the other key sentences; written in the article's language by Intl.DateTimeFormat (no translation).
 */
import type { Entity, NlpResult, Organisation, Span } from '../nlp/types';

export interface HeadlineInput {
  text: string;
  nlp: NlpResult;
  title: string;
  /** The top-scoring key sentence, or null. */
  top: Span | null;
  /** All key sentences. */
  chosen: readonly Span[];
  published: string | null;
}

const inside = (m: Span, s: Span) => m.start >= s.start && m.end <= s.end;

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:.–—-]+$/, '') + '…';
}

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function whoIn(actors: readonly (Entity & { acronym?: string })[], spans: readonly Span[]): (Entity & { acronym?: string }) | null {
  let best: (Entity & { acronym?: string }) | null = null;
  let bestCount = 0;
  let bestFirst = Infinity;
  for (const e of actors) {
    let first = Infinity;
    for (const m of e.mentions) if (spans.some((s) => inside(m, s)) && m.start < first) first = m.start;
    if (first === Infinity) continue;
    const count = e.mentions.length;
    if (count > bestCount || (count === bestCount && first < bestFirst)) {
      best = e;
      bestCount = count;
      bestFirst = first;
    }
  }
  return best;
}

function displayName(e: Entity & { acronym?: string }): string {
  const org = e as Organisation;
  if (org.acronym && e.name.length > 20) return org.acronym;
  return e.name;
}

/** Date formatters by language and precision (building an Intl.DateTimeFormat is costly); null when the language is rejected. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(lang: string, day: boolean): Intl.DateTimeFormat | null {
  const key = `${day ? 'd' : 'm'}|${lang}`;
  let f = FORMATTERS.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) });
    } catch {
      f = null;
    }
    if (FORMATTERS.size > 200) FORMATTERS.clear();
    FORMATTERS.set(key, f);
  }
  return f;
}

/** An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) written in `lang`; the ISO form if Intl cannot. */
export function formatDate(value: string, lang: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  if (!m[2]) return m[1];
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
  const f = formatterFor(lang || 'en', !!m[3]);
  if (!f) return value;
  try {
    return f.format(d);
  } catch {
    return value;
  }
}

function whenIn(nlp: NlpResult, spans: readonly Span[]): string | null {
  let best: { value: string; at: number } | null = null;
  for (const d of nlp.dates) {
    for (const m of d.mentions) {
      if (!spans.some((s) => inside(m, s))) continue;
      if (!best || d.value.length > best.value.length || (d.value.length === best.value.length && m.start < best.at)) {
        best = { value: d.value, at: m.start };
      }
    }
  }
  return best?.value ?? null;
}

export function buildHeadline(h: HeadlineInput): string {
  const { nlp, text, top, chosen } = h;
  const actors: (Entity & { acronym?: string })[] = [...nlp.organisations, ...nlp.people];
  const everywhere: Span[] = [{ start: 0, end: text.length }];
  const who = (top && whoIn(actors, [top])) || whoIn(actors, chosen) || whoIn(actors, everywhere);

  const title = h.title.replace(/\s+/g, ' ').trim();
  const what = title ? clip(title, 160) : top ? clip(text.slice(top.start, top.end), 120) : '';

  let whoText = who ? displayName(who) : '';
  if (who && what) {
    const w = norm(what);
    const forms = [who.name, ...who.aliases, ...(who.acronym ? [who.acronym] : [])].map(norm).filter(Boolean);
    if (forms.some((f) => ` ${w} `.includes(` ${f} `))) whoText = '';
  }

  const whenValue = (top && whenIn(nlp, [top])) || h.published || whenIn(nlp, chosen);
  const when = whenValue ? formatDate(whenValue, nlp.lang) : '';
  return [whoText, what, when].filter(Boolean).join(' — ');
}
