/**
 * The ONE place where page strings lose the characters a hostile page uses to make text say
 * something else than it shows. Every output calls it: the popup and library (src/ui/text.ts),
 * the Markdown, CSV and JSON exports (src/export/) and `analyze` in every format (src/cli/).
 *
 * Removed: C0/C1 control characters (tab and line breaks become spaces); bidirectional
 * controls that reorder what the reader sees (LRM U+200E, RLM U+200F, ALM U+061C, embeddings
 * and overrides U+202A–U+202E incl. RLO, isolates U+2066–U+2069); invisible characters
 * (zero-width space/non-joiner/joiner U+200B–U+200D, word joiner and invisible operators
 * U+2060–U+2064, byte-order mark U+FEFF, soft hyphen U+00AD, Mongolian vowel separator
 * U+180E, interlinear annotation U+FFF9–U+FFFB); tag characters U+E0000–U+E007F; lone
 * surrogates. `‮gnp.exe` becomes `gnp.exe`: what a reader sees is what the text says.
 *
 * Only for names and other display strings: the brief's `text` keeps every character (the
 * mentions' offsets point into it).
 */

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Tab, line feed, vertical tab, form feed, carriage return, NEL, line/paragraph separators.
const BREAKS = /[\t\n\u000B\u000C\r\u0085\u2028\u2029]/g;

/** Without invisible, bidi-control and tag characters; white space (tabs, line breaks) kept as it is. */
export function stripInvisible(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(INVISIBLE, '');
}

/** One line of display text: invisible characters removed, every white-space run one space, trimmed. */
export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** True when the string holds any character cleanText removes (tests and diagnostics). */
export function hasInvisible(s: string): boolean {
  INVISIBLE.lastIndex = 0;
  const r = INVISIBLE.test(s);
  INVISIBLE.lastIndex = 0;
  return r;
}

interface Named {
  name: string;
  aliases: string[];
  acronym?: string;
  role?: string;
}

type Clean = (s: string) => string;

function cleanEntity<E extends Named>(e: E, clean: Clean): E {
  const out = { ...e, name: clean(e.name) || e.name, aliases: e.aliases.map(clean).filter(Boolean) };
  if (e.acronym !== undefined) out.acronym = clean(e.acronym);
  if (e.role !== undefined) out.role = clean(e.role);
  return out;
}

/**
 * A copy of a brief whose display strings (title, byline, site, headline, summary sentences,
 * entity names, aliases, acronyms, roles, link texts) went through `clean`: stripInvisible by
 * default (files: CSV, JSON keep white space as it was), cleanText for one-line display. `text`,
 * the mentions and every offset are untouched. Generic so a brief with extra fields keeps them.
 */
export function cleanBriefStrings<B extends BriefStrings>(b: B, clean: Clean = stripInvisible): B {
  const ent = (e: Named) => cleanEntity(e, clean);
  return {
    ...b,
    title: clean(b.title),
    byline: b.byline == null ? b.byline : clean(b.byline) || null,
    siteName: b.siteName == null ? b.siteName : clean(b.siteName) || null,
    lang: clean(b.lang),
    ...(b.headline !== undefined ? { headline: clean(b.headline) } : {}),
    summary: b.summary.map((s) => ({ ...s, text: clean(s.text) })),
    organisations: b.organisations.map(ent),
    people: b.people.map(ent),
    places: b.places.map(ent),
    agreements: b.agreements.map(ent),
    links: b.links.map((l) => ({ ...l, text: clean(l.text) })),
  };
}

/** The fields cleanBriefStrings reads (a Brief has them all). */
export interface BriefStrings {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string;
  headline?: string;
  summary: { text: string }[];
  organisations: Named[];
  people: Named[];
  places: Named[];
  agreements: Named[];
  links: { href: string; text: string }[];
}
