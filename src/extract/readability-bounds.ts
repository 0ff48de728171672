/**
 * Readability (a library we do not change) compares and cleans the page's title, meta values
 * and JSON-LD strings with patterns and word-list comparisons that are super-linear in their
 * length: a 1.7 MB `<title>` against a JSON-LD name took 30 s, a 100 KB `<h1>` used as the
 * title 3 s (300 KB: 20 s). These bounds keep every such comparison to a few thousand
 * characters. The article body is never touched.
 */
import { Readability } from '@mozilla/readability';
import type { DocIndex } from './doc-index';
import { capString, type Json } from './metadata';

/** The longest page title, JSON-LD string and meta value Readability is shown (see capPageStrings). */
export const READABILITY_STRING_CAP = 1000;

function capJson(v: Json, depth: number): Json {
  if (typeof v === 'string') return capString(v, READABILITY_STRING_CAP);
  if (!v || typeof v !== 'object' || depth > 12) return v;
  if (Array.isArray(v)) return v.slice(0, 200).map((x) => capJson(x, depth + 1));
  const out: { [k: string]: Json } = {};
  for (const k of Object.keys(v).slice(0, 200)) out[k] = capJson(v[k]!, depth + 1);
  return out;
}

/**
 * Cut the strings Readability compares and cleans with regexes — the `<title>`, meta values,
 * JSON-LD strings — to READABILITY_STRING_CAP characters, IN `doc`: call it only on a
 * document that is thrown away after (the clone Readability works on, or the CLI's own parse).
 * Readability's title cleaning and its title/JSON-LD similarity are super-linear on long
 * strings (a 1.7 MB title took 30 s); the article body is not touched. `idx`, an index of this
 * very document, saves the three tree walks (elements it lists that were removed since are
 * capped too, harmlessly).
 */
export function capPageStrings(doc: Document, idx?: DocIndex): void {
  const cap = READABILITY_STRING_CAP;
  const own = idx && idx.doc === doc ? idx : null;
  for (const t of own ? own.titles : Array.from(doc.getElementsByTagName('title'))) {
    const v = t.textContent ?? '';
    if (v.length > cap) t.textContent = v.slice(0, cap);
  }
  for (const m of own ? own.tags.meta : Array.from(doc.getElementsByTagName('meta'))) {
    const v = m.getAttribute('content');
    if (v && v.length > cap) m.setAttribute('content', v.slice(0, cap));
  }
  for (const s of own ? own.tags.script : Array.from(doc.getElementsByTagName('script'))) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = s.textContent ?? '';
    if (raw.length <= cap) continue;
    try {
      s.textContent = JSON.stringify(capJson(JSON.parse(raw.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '')) as Json, 0));
    } catch {
      s.textContent = ''; // unparsable: Readability would skip it anyway
    }
  }
}


/** Readability's title/heading similarity looks at the first SIMILARITY_CAP characters of each side. */
export const SIMILARITY_CAP = 2000;

type WithSimilarity = { _textSimilarity?: (a: string, b: string) => number };

/**
 * A Readability reader for `doc` whose title/heading similarity is bounded: it compares the
 * first SIMILARITY_CAP characters of both strings (a title is at most a few hundred; the
 * similarity of two longer strings is decided by then). Unchanged behaviour on real pages.
 */
export function boundedReadability<T>(doc: Document, opts: ConstructorParameters<typeof Readability<T>>[1]): Readability<T> {
  const reader = new Readability<T>(doc, opts);
  const proto = Readability.prototype as unknown as WithSimilarity;
  const original = proto._textSimilarity;
  if (typeof original === 'function') {
    (reader as unknown as WithSimilarity)._textSimilarity = function (this: unknown, a: string, b: string) {
      return original.call(this, String(a ?? '').slice(0, SIMILARITY_CAP), String(b ?? '').slice(0, SIMILARITY_CAP));
    };
  }
  return reader;
}

/**
 * A comment the HTML serialiser cannot write back as one comment: its text starts with `>` or
 * `->`, holds `-->`, `--!>` or `<!--`, or ends with `<!-` (the HTML spec's rule for comment
 * text). Browsers' parsers never build one; linkedom does, e.g. from an unclosed `<![CDATA[`,
 * whose comment then runs to the end of the page and swallows every tag after it, `<!-->` too.
 */
const UNSAFE_COMMENT = /^-?>|--!?>|<!--|<!-$/;

/** `data` made safe to serialise: no two dashes in a row, and a space before a leading `>`/`->` and after a trailing `<!-`. */
export function safeCommentText(data: string): string {
  return data.replace(/-(?=-)/g, '- ').replace(/^-?>/, ' $&').replace(/<!-$/, '$& ');
}

/**
 * Make every comment of `doc` survive a serialise → parse round trip (see UNSAFE_COMMENT). Readability
 * does such a round trip: when its first pass finds too little text it restores the page from
 * `body.innerHTML` and tries again. A comment holding `-->` then ends early and the tags it held
 * become elements: an unclosed `<![CDATA[` in a 112-level page let 700 more nested <div>s reach
 * Readability past the depth guard, whose conditional cleaning is cubic in the depth (9 s of CPU).
 * Comments are no text, so only their data changes (a space); returns how many changed. IN `doc`:
 * call it on the working copy only.
 */
export function makeCommentsRoundTrip(doc: Document): number {
  if (!doc.body || typeof doc.createTreeWalker !== 'function') return 0;
  const walker = doc.createTreeWalker(doc.documentElement, 128 /* NodeFilter.SHOW_COMMENT */);
  let n = 0;
  for (let c = walker.nextNode(); c; c = walker.nextNode()) {
    const data = c.nodeValue ?? '';
    if (!UNSAFE_COMMENT.test(data)) continue;
    c.nodeValue = safeCommentText(data);
    n++;
  }
  return n;
}
