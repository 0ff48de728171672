/**
 * The one-line "who / what / when" headline: "NCCN — <title> — 4 juni 2024".
 * - who: the organisation or person the lead sentence (the text's first usable one) names as acting that the article
 *   mentions most (then the other key sentences); an organisation with a name over 20 characters is shown by
 *   its acronym. Left out when the title already names it, and when no key sentence names an actor: the
 *   entity the whole text mentions most is often not the one that did what the lead says (an arson at a
 *   Tesla plant recalled in a story on a Berlin blackout, a newspaper that broke the story, a page's author).
 *   A mention the text denies is not acting (rule "denied actor"): a negation just before it in its
 *   clause ("no group such as Islamic State claimed …", "aucun groupe", "kein"), or a negation or
 *   denial verb just after it ("Hamas denied …", "X did not claim …"); words in lang/<code>/text-words.ts.
 *   Nor is a mention after a preposition or a genitive article (rule "setting, not actor", afterPreposition:
 *   "outside a McDonald's", "ministre de la Défense", "Daten des Statistischen Bundesamts").
 * - what: the title; without one, the lead sentence cut to ~120 characters.
 * - when (rule "event date"): the day the story happened, not a background date. With a publication
 *   date P: a day-precise date of the lead, then of the key sentences, within the week before P (the
 *   event reported), else P itself; a month, a year or an older day in a key sentence is background
 *   ("the treaty that entered into force last October"). Without P: the most precise date of the lead, then of the other key sentences. Written in the article's language by Intl.DateTimeFormat.
 */
import { textWordsFor } from '../nlp/lang/text-words';
import type { Entity, NlpResult, Organisation, Span } from '../nlp/types';

export interface HeadlineInput {
  text: string;
  nlp: NlpResult;
  title: string;
  /** The lead: the text's first usable sentence (read before the key sentences), or null. */
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

/** Lower-case words of `s` (letters and apostrophes, "n'a" → "n", "a"). */
const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}]+/gu) ?? [];

/** True when the text denies the actor at `m` (rule "denied actor", see the header). */
export function deniedMention(text: string, m: Span, sentence: Span, lang: string): boolean {
  const w = textWordsFor(lang);
  const neg = new Set(w.negations);
  const deny = new Set(w.denials);
  // Before: back to ; : ( ) or a dash or the sentence start (commas do not stop it: "no group, including X,"), the last 4 words.
  let from = m.start;
  while (from > sentence.start && m.start - from < 80 && !/[;:()–—]/.test(text[from - 1])) from--;
  const before = wordsOf(text.slice(from, m.start)).slice(-4);
  if (before.some((x) => neg.has(x))) return true;
  // After: the next 4 words.
  const after = wordsOf(text.slice(m.end, Math.min(sentence.end, m.end + 60))).slice(0, 4);
  return after.some((x) => deny.has(x) || neg.has(x));
}

/** A language's notActorAfter and determiners as sets (elided forms without their apostrophe: "d'" → "d"), built once. */
const SETTING_WORDS = new WeakMap<object, { preps: Set<string>; dets: Set<string> }>();
function settingWords(lang: string): { preps: Set<string>; dets: Set<string> } {
  const w = textWordsFor(lang);
  let s = SETTING_WORDS.get(w);
  if (!s) {
    const bare = (x: string) => x.replace(/['’]$/, '');
    s = { preps: new Set(w.notActorAfter.map(bare)), dets: new Set(w.determiners.map(bare)) };
    SETTING_WORDS.set(w, s);
  }
  return s;
}

/**
 * True when the mention at `m` follows a preposition or a genitive article, with at most one determiner
 * between (rule "setting, not actor"): "outside a McDonald's", "le ministre de la Défense", "Daten des
 * Statistischen Bundesamts" name a place, an office or a source, not the one who acted. The agent's
 * "by" / "par" / "von" / "door" is not in the lists (lang/<code>/text-words.ts: notActorAfter, determiners).
 */
export function afterPreposition(text: string, m: Span, sentence: Span, lang: string): boolean {
  const { preps, dets } = settingWords(lang);
  const before = wordsOf(text.slice(Math.max(sentence.start, m.start - 40), m.start)).slice(-2);
  let last = before.pop();
  if (last && dets.has(last) && !preps.has(last)) last = before.pop();
  return !!last && preps.has(last);
}

function whoIn(
  actors: readonly (Entity & { acronym?: string })[],
  spans: readonly Span[],
  acting: (m: Span, s: Span) => boolean,
): (Entity & { acronym?: string }) | null {
  let best: (Entity & { acronym?: string }) | null = null;
  let bestCount = 0;
  let bestFirst = Infinity;
  for (const e of actors) {
    let first = Infinity;
    for (const m of e.mentions) {
      const s = spans.find((x) => inside(m, x));
      if (s && m.start < first && acting(m, s)) first = m.start;
    }
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

const DAY = 86_400_000;

/** The most precise date mentioned in `spans` (the earliest of equal precision) that `keep` accepts. */
function whenIn(nlp: NlpResult, spans: readonly Span[], keep: (value: string) => boolean = () => true): string | null {
  let best: { value: string; at: number } | null = null;
  for (const d of nlp.dates) {
    if (!keep(d.value)) continue;
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
  const acting = (m: Span, s: Span) => !deniedMention(text, m, s, nlp.lang) && !afterPreposition(text, m, s, nlp.lang);
  const who = (top && whoIn(actors, [top], acting)) || whoIn(actors, chosen, acting);

  const title = h.title.replace(/\s+/g, ' ').trim();
  const what = title ? clip(title, 160) : top ? clip(text.slice(top.start, top.end), 120) : '';

  let whoText = who ? displayName(who) : '';
  if (who && what) {
    const w = norm(what);
    const forms = [who.name, ...who.aliases, ...(who.acronym ? [who.acronym] : [])].map(norm).filter(Boolean);
    if (forms.some((f) => ` ${w} `.includes(` ${f} `))) whoText = '';
  }

  const whenValue = eventDate(nlp, top, chosen, h.published);
  const when = whenValue ? formatDate(whenValue, nlp.lang) : '';
  return [whoText, what, when].filter(Boolean).join(' — ');
}

/** The headline's "when" (rule "event date", see the header). */
export function eventDate(nlp: NlpResult, top: Span | null, chosen: readonly Span[], published: string | null): string | null {
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? Date.parse(`${published}T00:00:00Z`) : NaN;
  if (!Number.isNaN(pub)) {
    const recent = (v: string) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
      const t = Date.parse(`${v}T00:00:00Z`);
      return t <= pub && t >= pub - 7 * DAY;
    };
    return (top && whenIn(nlp, [top], recent)) || whenIn(nlp, chosen, recent) || published;
  }
  return (top && whenIn(nlp, [top])) || published || whenIn(nlp, chosen);
}
