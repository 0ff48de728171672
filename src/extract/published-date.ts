/**
 * The publication date of a page, from the most trusted source that has one:
 * JSON-LD `datePublished` (also from JSON-LD too broken to parse) → meta tags →
 * `itemprop=datePublished` → JSON-LD `dateCreated` → `<time>` near the headline → a visible date
 * near the headline → an element whose class says "date" → a date in the URL → the best-labelled
 * date of the page's visible text → a modification date.
 * A UTC timestamp is read in the publisher's local day when the page says which (see
 * date-zone.ts); numeric dates follow the page's own order (day or month first).
 * Reads the original document only; never mutates it.
 */
import type { PublishedSource } from './article';
import { addDays, allTextDates, datetimeAttr, findTextDate, numericOrder, parseMachineDate, parseStamp, urlDate, type Stamp } from './date-text';
import { pageZoneOffset, toLocalDay } from './date-zone';
import type { DocIndex } from './doc-index';
import type { Json } from './metadata';
import { clip, collapse } from './metadata';
import { nextNode, OTHER_LABEL, pageDates, PUBLISHED_LABEL, type PageDate } from './page-dates';
import { elementsWhere, tagOf, walkElements } from './dom-walk';

export interface PublishedDate {
  value: string;
  source: PublishedSource;
}

/** Meta keys (lower case) that carry a publication date, most specific first. */
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'citation_online_date',
  'citation_date',
  'publish-date',
  'publish_date',
  'publishdate',
  'publication_date',
  'pubdate',
  'originalpublicationdate',
  'article_date_original',
  'article.published',
  'cxenseparse:recs:publishtime',
  'date',
];
/** Meta keys of a modification date: the last resort. */
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'last-modified', 'dcterms.modified', 'dc.date.modified'];

type JsonObject = { [k: string]: Json };
/** A date found, with the raw machine value when there is one (its time and offset matter). */
type Found = { value: string; raw?: string; source?: PublishedSource } | null;

function machine(raw: unknown): Found {
  const value = parseMachineDate(raw);
  return value ? { value, ...(typeof raw === 'string' ? { raw } : {}) } : null;
}

function fromJsonLd(ld: JsonObject[], keys: string[]): Found {
  for (const key of keys) {
    for (const o of ld) {
      const v = o[key];
      const d = machine(Array.isArray(v) ? v[0] : v);
      if (d) return d;
    }
  }
  return null;
}

/** `"datePublished": "…"` in JSON-LD that JSON.parse refused (trailing commas, raw line breaks, two objects). */
function fromBrokenJsonLd(scripts: Element[], key: string): Found {
  const re = new RegExp(`"${key}"\\s*:\\s*"([^"]{6,60})"`);
  for (const s of scripts) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const m = re.exec((s.textContent ?? '').slice(0, 200_000));
    const d = m ? machine(m[1]) : null;
    if (d) return d;
  }
  return null;
}

function fromMeta(meta: Map<string, string>, keys: string[]): Found {
  for (const k of keys) {
    const d = machine(meta.get(k));
    if (d) return d;
  }
  // parse.ly's JSON blob
  const pl = keys === META_KEYS ? meta.get('parsely-page') : undefined;
  if (pl) {
    try {
      return machine((JSON.parse(pl) as { pub_date?: string })?.pub_date);
    } catch {
      /* ignore */
    }
  }
  return null;
}

/** `[itemprop~="datePublished"]`: the word in the attribute's white-space separated list. */
const ITEMPROP_PUBLISHED = /(?:^|\s)datePublished(?:$|\s)/;

function fromItemprop(doc: Document, mf: MF): Found {
  for (const el of elementsWhere(doc, (e) => ITEMPROP_PUBLISHED.test(e.getAttribute('itemprop') ?? ''), 20)) {
    if (inFurniture(el)) continue;
    const d = machine(el.getAttribute('content')) ?? machine(datetimeAttr(el)) ?? textDate(clip(el.textContent, 300), mf);
    if (d) return d;
  }
  return null;
}

function textDate(s: string, mf: MF): Found {
  const d = findTextDate(s, { monthFirst: mf.monthFirst });
  return d ? { value: d.value } : null;
}

/** Page furniture that carries other items' dates: related items, comments, teasers, embedded posts. */
const ELSEWHERE =
  /related|comment|sidebar|recommend|teaser|footer|reference|citation|more-|promo|newsletter|latest|popular|trending|embed|twitter-tweet|instagram|reply|replies|verwandt|weitere|aehnlich|ähnlich|kommentar|lesetipp|mehr-zum/i;

function inFurniture(el: Element): boolean {
  for (let p: Element | null = el, depth = 0; p && depth < 40; p = p.parentElement, depth++) {
    const tag = p.localName;
    // `<aside class="meta">` next to the headline holds the article's own date and byline
    if (tag === 'aside' && /meta|date|byline/i.test(p.getAttribute('class') ?? '')) continue;
    // an article's own `<footer>` holds its byline and date (`<article>…<footer class="node__meta">`)
    if (tag === 'footer' && p.parentElement?.closest('article')) continue;
    if (tag === 'aside' || tag === 'footer' || tag === 'nav' || tag === 'blockquote') return true;
    if (tag === 'body') return false;
    // WordPress names a post's categories and tags in its classes (`category-kommentar`): not furniture.
    const cls = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`.replace(/\b(?:category|tag|has)-\S+/g, '');
    if (cls.length > 1 && ELSEWHERE.test(cls)) return true;
  }
  return false;
}

/** Says "this is an update": class, itemprop or the words just before. */
const MODIFIED_HINT = /modif|update|aktualisiert|edited|editiert|geändert|bijgewerkt|mis à jour|lastmod/i;

function fromTime(idx: DocIndex, anchor: Element | null, mf: MF): Found {
  const times: Element[] = idx.tags.time.slice(0, 200);
  if (!times.length) return null;
  const dateOf = (t: Element): Found => machine(datetimeAttr(t)) ?? textDate(clip(t.textContent, 300), mf);
  const hint = (t: Element) => `${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''} ${t.parentElement?.getAttribute('class') ?? ''}`;
  const usable = times.filter((t) => !inFurniture(t));
  // 1. explicitly marked as the publication time
  for (const t of usable) {
    if (t.hasAttribute('pubdate') || /publish|posted|created/i.test(hint(t))) {
      const d = dateOf(t);
      if (d) return d;
    }
  }
  // 2. the first one after the headline (article header), 3. any outside page furniture;
  // an update time only when nothing else is there.
  const plain = usable.filter((t) => !MODIFIED_HINT.test(`${hint(t)} ${clip(t.textContent, 80)} ${clip(t.previousSibling?.textContent, 60)}`));
  for (const list of [plain, usable]) {
    if (anchor) {
      const at = idx.order.get(anchor) ?? -1;
      const after = at >= 0 ? list.find((t) => (idx.order.get(t) ?? -1) > at) : undefined;
      const d = after ? dateOf(after) : null;
      if (d) return d;
    }
    for (const t of list) {
      const d = dateOf(t);
      if (d) return d;
    }
  }
  return null;
}

const DATE_HINT = /date|time|publi|posted|meta|byline|dateline|stamp|datum|fecha|zeit|info/i;
const SKIP_TAGS = new Set(['table', 'script', 'style', 'noscript', 'template', 'svg', 'nav', 'aside', 'footer', 'select', 'option', 'button']);

/**
 * Visible text within ~`budget` characters after the headline, plus a little before it
 * (some templates put the date above the title). Document order, bounded work.
 */
function textAround(headline: Element, budget = 700, before = 250): string {
  const parts: string[] = [];
  // before: previous siblings of the headline and of its parent
  let prev = headline.previousElementSibling ?? headline.parentElement?.previousElementSibling ?? null;
  let got = 0;
  for (let i = 0; prev && i < 4 && got < before; i++, prev = prev.previousElementSibling) {
    if (SKIP_TAGS.has(prev.localName)) continue;
    const raw = prev.textContent ?? '';
    const t = collapse(raw.length > before * 4 ? raw.slice(-before * 4) : raw).slice(-before);
    parts.unshift(t);
    got += t.length;
  }
  // after: walk following nodes in document order
  let n: Node | null = nextNode(headline, true);
  let acc = 0;
  let steps = 0;
  const after: string[] = [];
  const lengths = new Map<Element, number>();
  while (n && acc < budget && steps++ < 3000) {
    if (n.nodeType === 1 && SKIP_TAGS.has((n as Element).localName)) {
      n = nextNode(n, true);
      continue;
    }
    if (n.nodeType === 3) {
      const t = clip(n.nodeValue, budget * 2);
      if (t) {
        // Datelines are short blocks; a long block is running text, where dates are about events.
        const block = blockOf(n);
        const blen = block ? blockLength(block, lengths) : t.length;
        if (blen > LONG_BLOCK) {
          if (block && block.localName === 'p') break;
        } else {
          after.push(t);
          acc += t.length + 1;
        }
      }
    }
    n = nextNode(n, false);
  }
  return [...parts, ...after].join(' ');
}

const LONG_BLOCK = 250;
const BLOCKISH = new Set(['p', 'div', 'li', 'section', 'article', 'header', 'td', 'dd', 'blockquote', 'figcaption', 'h2', 'h3', 'h4', 'h5', 'h6', 'main', 'body']);

function blockOf(n: Node): Element | null {
  let p = n.parentElement;
  for (let d = 0; p && d < 30; p = p.parentElement, d++) if (BLOCKISH.has(p.localName)) return p;
  return null;
}

function blockLength(el: Element, cache: Map<Element, number>): number {
  let v = cache.get(el);
  if (v === undefined) {
    const raw = el.textContent ?? '';
    v = raw.length > 4 * LONG_BLOCK ? raw.length : collapse(raw).length;
    cache.set(el, v);
  }
  return v;
}

/** The first date near the headline that is not labelled as an update (else the first at all). */
function fromNearHeadline(anchor: Element | null, mf: MF): Found {
  if (!anchor) return null;
  const text = textAround(anchor);
  const ds = allTextDates(text, { monthFirst: mf.monthFirst, max: 10 });
  const d = ds.find((x) => !OTHER_LABEL.test(text.slice(Math.max(0, x.index - 40), x.index))) ?? ds[0];
  return d ? { value: d.value } : null;
}

/** Elements whose class/id says "date", "published", "meta", "byline"... */
function fromHinted(idx: DocIndex, mf: MF): Found {
  const doc = idx.doc;
  const root = idx.tags.article[0] ?? idx.tags.main[0] ?? doc.body;
  if (!root) return null;
  let checked = 0;
  let found: Found = null;
  // A scan that usually stops early: the elements one by one, not a list of the whole page.
  walkElements(root, (el) => {
    if (!el.hasAttribute('class') && !el.hasAttribute('id')) return false;
    if (checked > 60) return true;
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_HINT.test(hint) || SKIP_TAGS.has(el.localName)) return false;
    const raw = el.textContent ?? '';
    if (raw.length > 2000) return false;
    const txt = collapse(raw);
    if (!txt || txt.length > 300) return false;
    checked++;
    if (inFurniture(el) || el.closest('table')) return false; // tables: infoboxes ("founded 1998"), not datelines
    found = textDate(txt, mf);
    return !!found;
  });
  return found;
}

/**
 * The best date of the page's visible text: labelled as published, near the headline, not in
 * furniture or a link (a teaser of another item), not labelled as an update or a copyright.
 */
export function bestPageDate(dates: PageDate[]): PageDate | null {
  let best: PageDate | null = null;
  let bestScore = -Infinity;
  const furniture = new Map<Element, boolean>();
  for (const d of dates) {
    let s = 0;
    if (PUBLISHED_LABEL.test(d.before)) s += 4;
    if (OTHER_LABEL.test(d.before)) s -= 3;
    let f = furniture.get(d.el);
    if (f === undefined) furniture.set(d.el, (f = inFurniture(d.el)));
    // a teaser of another item in page furniture (related list, sidebar): never the page's date
    if (f && d.el.closest('li')?.querySelector('a')) continue;
    if (f) s -= 3;
    if (d.el.closest('a')) s -= 2;
    const h = d.fromHeadline;
    if (h != null) s += h >= 0 ? (h < 600 ? 3 : h < 3000 ? 1 : 0) : h > -300 ? 1 : 0;
    if (s > bestScore) {
      best = d;
      bestScore = s;
    }
  }
  return best;
}

/** `<h1 class="aural">`, `hidden`, `display:none`: read by screen readers, not the headline readers see. */
const HIDDEN_CLASS = /(?:^|[\s_-])(?:aural|sr-only|screen-?reader(?:-text)?|visually-?hidden|visuallyhidden|hidden|offscreen|element-invisible|invisible)(?:$|\s)/i;

function isHidden(el: Element): boolean {
  for (let p: Element | null = el, d = 0; p && d < 4; p = p.parentElement, d++) {
    if (p.hasAttribute('hidden') || HIDDEN_CLASS.test(p.getAttribute('class') ?? '') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(p.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** `<h1><a href="/">Site name</a></h1>`: a logo, not the headline. */
function isLogoHeading(h: Element): boolean {
  const a = h.querySelector('a[href]');
  if (!a || clip(a.textContent, 200) !== clip(h.textContent, 200)) return false;
  const href = (a.getAttribute('href') ?? '').trim();
  return /^(?:\.?\/|(?:\.\/)?index\.html?|https?:\/\/[^/]+\/?)$/i.test(href);
}

/** The article's main heading: the first visible `<h1>` inside article/main, else the first `<h1>` outside furniture. */
export function findHeadline(h1s: Element[]): Element | null {
  const shown = h1s.slice(0, 20).filter((h) => !isHidden(h));
  const scoped = shown.find((h) => h.closest('article, main, [role="main"]'));
  if (scoped) return scoped;
  for (const h of shown.slice(0, 10)) {
    if (!inFurniture(h) && clip(h.textContent, 100).length > 3 && !isLogoHeading(h)) return h;
  }
  return null;
}

/** Where the date should be near: the headline, else a post title (`h2/h3.post-title`, `.entry-title`). */
function dateAnchor(doc: Document, headline: Element | null, h1s: Element[]): Element | null {
  // several <h1> ("Navigation", "Publicités", the headline): the one that shares most words with the title
  if (h1s.length > 1) {
    const words = (s: string | null | undefined) => new Set(clip(s, 300).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
    const title = words(doc.title);
    let best = headline;
    let bestN = 0;
    for (const h of h1s.slice(0, 10)) {
      let n = 0;
      for (const w of words(h.textContent)) if (title.has(w)) n++;
      if (n > bestN && !isHidden(h)) (best = h), (bestN = n);
    }
    if (best) return best;
  }
  if (headline) return headline;
  // h2[class*="title"], h3[class*="title"], [class*="entry-title"], [class*="post-title"], [itemprop="headline"]
  const titled = (el: Element) => {
    const c = el.getAttribute('class');
    if (c !== null && (c.includes('entry-title') || c.includes('post-title') || (c.includes('title') && /^h[23]$/.test(tagOf(el))))) return true;
    return el.getAttribute('itemprop') === 'headline';
  };
  for (const el of elementsWhere(doc, titled, 10)) {
    if (!inFurniture(el) && !isHidden(el) && clip(el.textContent, 100).length > 3) return el;
  }
  return null;
}

type MF = { monthFirst: () => boolean };

/** `f`, called at most once (a throw is not remembered: the next call throws again). */
function once<T>(f: () => T): () => T {
  let done = false;
  let v: T;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v;
  };
}

export interface PublishedInputs {
  idx: DocIndex;
  /** Read numeric dates month first (the page says it is en-US) unless its own dates say otherwise. */
  monthFirst?: boolean;
  url: string;
  canonicalUrl: string | null;
  meta: Map<string, string>;
  ld: JsonObject[];
  headline: Element | null;
}

export function findPublishedDate(i: PublishedInputs): PublishedDate | null {
  const doc = i.idx.doc;
  let order: boolean | undefined;
  const mf: MF = {
    // The page's own numeric dates tell its order (`25.12.` vs `12/25/`); else the locale's.
    monthFirst: () => (order ??= (() => {
      const o = numericOrder((doc.body?.textContent ?? '').slice(0, 200_000));
      return o ? o === 'mdy' : !!i.monthFirst;
    })()),
  };
  const anchor = dateAnchor(doc, i.headline, i.idx.tags.h1);
  // Several steps ask for the same look-ups next to the headline: each is made once per page.
  const hinted = once(() => (anchor ? hintedNearHeadline(anchor, mf) : null));
  const near = once(() => fromNearHeadline(anchor, mf));
  const pageUrlDate = () => urlDate(i.canonicalUrl) ?? urlDate(i.meta.get('og:url')) ?? urlDate(i.url);
  const scripts = i.idx.tags.script;
  const tries: Array<[PublishedSource, () => Found]> = [
    ['json-ld', () => fromJsonLd(i.ld, ['datePublished']) ?? fromBrokenJsonLd(scripts, 'datePublished')],
    ['meta', () => fromMeta(i.meta, META_KEYS)],
    ['itemprop', () => fromItemprop(doc, mf)],
    // creation/upload dates are often UTC timestamps: less trusted than a published meta
    ['json-ld', () => fromJsonLd(i.ld, ['dateCreated', 'uploadDate'])],
    // a short date-classed line next to the headline; 'time' when it is a <time>
    ['visible-text', () => { const v = hinted(); return v ? { value: v.value, ...(v.time ? { source: 'time' as const } : {}) } : null; }],
    ['time', () => fromTime(i.idx, anchor, mf)],
    ['visible-text', near],
    ['visible-text', () => fromHinted(i.idx, mf)],
    ['url', () => { const v = pageUrlDate(); return v ? { value: v } : null; }],
    ['visible-text', () => {
      const d = doc.body ? bestPageDate(pageDates(doc.body, anchor, mf.monthFirst)) : null;
      return d ? { value: d.value } : null;
    }],
    // any other meta that names a publication/upload/creation time (`five_hundred_pixels:uploaded`)
    ['meta', () => fromMeta(i.meta, [...i.meta.keys()].filter((k) => /publi|upload|creat|date|time/.test(k) && !/modif|updat|expir|valid|end|start|format/.test(k)))],
    // a description that states the date ("… (Notizia del 14 Gennaio 2020)")
    ['meta', () => textDate(clip(i.meta.get('description') ?? i.meta.get('og:description'), 1000), mf)],
    ['meta', () => fromJsonLd(i.ld, ['dateModified']) ?? fromMeta(i.meta, MODIFIED_META)],
    ['url', () => linkedUrlDate(doc)],
  ];
  const shown = once(() => shownDate(i.idx, anchor, mf, hinted));
  for (const [source, f] of tries) {
    let v: Found = null;
    try {
      v = f();
    } catch {
      v = null; // hostile markup must never cost us the article
    }
    if (!v) continue;
    const stamp: Stamp | null = v.raw ? parseStamp(v.raw) : null;
    let value = v.value;
    if (stamp && stamp.offset === 0 && stamp.time != null) {
      try {
        value = toLocalDay(stamp, { offset: () => pageZoneOffset(i, stamp), urlDate: pageUrlDate, near: () => near()?.value ?? null });
      } catch {
        /* keep the date as written */
      }
    }
    // The date shown to readers in the article header wins over a metadata date that disagrees
    // with it, unless another metadata date agrees with the metadata one.
    if (source === 'json-ld' || source === 'meta' || source === 'itemprop') {
      let sh: string | null = null;
      try {
        sh = shown();
      } catch {
        sh = null;
      }
      // A lone metadata day loses to the date shown; metadata two sources agree on wins, and so
      // does a full timestamp with its own UTC offset (a publisher's precise, local statement).
      if (sh && sh !== value && structuredDates(i).filter((d) => d === value).length < 2) {
        const zoned = !!stamp && stamp.time != null && !!stamp.offset;
        if (!zoned) return { value: sh, source: 'visible-text' };
      }
      // A page shown as its later version (a live ticker, an explainer updated in place): the header
      // shows the modification date and the text tells of years after the first publication.
      if (sh && sh > value && sh === modifiedDay(i) && textNamesLaterYears(i.idx, anchor, value, sh)) return { value: sh, source: 'visible-text' };
    }
    return { value, source: v.source ?? source };
  }
  return null;
}

const MAY_HOLD_DATE = /\d[\t\n\r]*\d[\t\n\r]*\d[\t\n\r]*\d/;

/** The most frequent full date in the page's own links and permalinks (`/2016/05/22/slug`): the very last resort. */
function linkedUrlDate(doc: Document): Found {
  const count = new Map<string, number>();
  let best: string | null = null;
  for (const el of elementsWhere(doc, (e) => (tagOf(e) === 'a' && e.hasAttribute('href')) || e.hasAttribute('data-permalink'), 1500)) {
    const raw = el.getAttribute('data-permalink') ?? el.getAttribute('href');
    let d: string | null = null;
    try {
      // every date urlDate reads has a 4-digit run (the URL parser drops tabs and line breaks, never adds digits)
      d = raw && MAY_HOLD_DATE.test(raw) ? urlDate(new URL(raw, 'http://x/').href) : null;
    } catch {
      d = null;
    }
    if (!d) continue;
    const n = (count.get(d) ?? 0) + 1;
    count.set(d, n);
    if (!best || d < best) best = d;
  }
  return best ? { value: best } : null;
}

/** The page's modification date (JSON-LD `dateModified`, a modification meta), as a day. */
function modifiedDay(i: PublishedInputs): string | null {
  return fromJsonLd(i.ld, ['dateModified'])?.value ?? fromMeta(i.meta, MODIFIED_META)?.value ?? null;
}

const YEAR = /(?<![\d.,])(?:19|20)\d{2}(?![\d,]|\.\d)/g;

/**
 * The article's paragraphs (after the headline, outside page furniture) name a year after `published` and
 * no later than `shown`: the text is younger than its first publication, so it is the version the page
 * shows. A text cannot predate what it tells; a future target ("by 2035") is no evidence. Bounded walk.
 */
function textNamesLaterYears(idx: DocIndex, anchor: Element | null, published: string, shown: string): boolean {
  const from = +published.slice(0, 4);
  const to = +shown.slice(0, 4);
  if (to <= from) return false;
  const start = anchor ?? idx.doc.body;
  if (!start) return false;
  let read = 0;
  let steps = 0;
  for (let n: Node | null = anchor ? nextNode(anchor, true) : start.firstChild; n && read < 60_000 && steps++ < 30_000; ) {
    if (n.nodeType !== 1) {
      n = nextNode(n, false);
      continue;
    }
    const el = n as Element;
    if (SKIP_TAGS.has(el.localName) || ELSEWHERE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/\b(?:category|tag|has)-\S+/g, ''))) {
      n = nextNode(n, true);
      continue;
    }
    if (el.localName === 'p') {
      const t = clip(el.textContent, 2000);
      read += t.length;
      // prose, not a dateline or a teaser's date
      if (t.length >= 40) for (const m of t.matchAll(YEAR)) if (+m[0] > from && +m[0] <= to) return true;
      n = nextNode(n, true);
      continue;
    }
    n = nextNode(n, false);
  }
  return false;
}

/** Every publication date the page's metadata states (JSON-LD, meta, itemprop), as days. */
function structuredDates(i: PublishedInputs): string[] {
  const out: string[] = [];
  for (const o of i.ld) {
    const d = parseMachineDate(o.datePublished as string);
    if (d && !out.includes(d)) out.push(d); // copies of one JSON-LD object are one source
  }
  for (const [k, v] of i.meta) {
    if (!/publi|creat|issued|date$/.test(k) || /modif|updat/.test(k)) continue;
    const d = parseMachineDate(v);
    if (d) out.push(d);
  }
  return out;
}

/**
 * The date shown to readers in the article header: a `<time>` just after (or just before) the
 * headline, else a dateline next to it; dates labelled as an update do not count.
 */
function shownDate(idx: DocIndex, anchor: Element | null, mf: MF, hinted: () => { value: string } | null): string | null {
  if (!anchor) return null;
  const at = idx.order.get(anchor);
  if (at != null) {
    for (const t of idx.tags.time) {
      const o = idx.order.get(t) ?? -1;
      if (o < at - 30) continue;
      if (o > at + 150) break;
      const hint = `${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''} ${t.parentElement?.getAttribute('class') ?? ''} ${clip(t.textContent, 80)} ${clip(t.previousSibling?.textContent, 60)}`;
      if (MODIFIED_HINT.test(hint) || inFurniture(t) || isHidden(t)) continue;
      const d = machine(datetimeAttr(t))?.value ?? textDate(clip(t.textContent, 300), mf)?.value;
      if (d) return d;
    }
  }
  return hinted()?.value ?? null;
}

const SHOWN_HINT = /date|datum|time|zeit|publi|posted|byline|dateline|meta|info|stamp/i;

/** A date written in an element whose class says "date" (or "byline", "meta"…), just after the headline. */
function hintedNearHeadline(anchor: Element, mf: MF): { value: string; time: boolean } | null {
  let acc = 0;
  let steps = 0;
  for (let n: Node | null = nextNode(anchor, true); n && acc < 1500 && steps++ < 2000; ) {
    if (n.nodeType === 1 && SKIP_TAGS.has((n as Element).localName)) {
      acc += Math.min(1500, (n.textContent ?? '').length); // a table is far from the headline too
      n = nextNode(n, true);
      continue;
    }
    if (n.nodeType === 3) {
      const t = clip(n.nodeValue, 400);
      acc += t.length;
      const el = n.parentElement;
      let hinted = false;
      if (t && el) for (let p: Element | null = el, d = 0; p && d < 2 && !hinted; p = p.parentElement, d++) hinted = SHOWN_HINT.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`);
      // (only a hinted line can give a date: the costlier test comes second)
      if (hinted && el && !el.closest('a, figure, figcaption, [class*="caption"]')) {
        const block = el.closest('p, div, li, span, header, section') ?? el;
        let txt = hinted ? clip(block.textContent, 300) : '';
        if (txt.length > 120) txt = ''; // a dateline is short; a lead sentence's date is an event's
        const ds = txt ? allTextDates(txt, { monthFirst: mf.monthFirst, max: 5 }) : [];
        const d = ds.find((x) => !OTHER_LABEL.test(txt.slice(Math.max(0, x.index - 40), x.index)));
        if (d && !inFurniture(el) && !isHidden(el)) return { value: d.value, time: !!el.closest('time') || !!block.querySelector('time') };
      }
    }
    n = nextNode(n, false);
  }
  // else just above the headline: `<div class="news-date">05.02.2020</div><h1>…`
  const above: Element[] = [];
  for (let a: Element | null = anchor, up = 0; a && up < 4 && a.localName !== 'body'; a = a.parentElement, up++) {
    for (let p = a.previousElementSibling, k = 0; p && k < (up ? 2 : 3); p = p.previousElementSibling, k++) above.push(p);
  }
  for (const el of above) {
    const txt = clip(el.textContent, 300);
    if (!txt || txt.length > 120 || !SHOWN_HINT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) || el.closest('a') || el.querySelector('a')) continue;
    const d = allTextDates(txt, { monthFirst: mf.monthFirst, max: 5 }).find((x) => !OTHER_LABEL.test(txt.slice(Math.max(0, x.index - 40), x.index)));
    if (d && !isHidden(el)) return { value: d.value, time: !!el.querySelector('time') };
  }
  return null;
}
