/**
 * The publication date of a page, from the most trusted source that has one:
 * JSON-LD `datePublished` → meta tags → `itemprop=datePublished` → `<time datetime>` →
 * a visible date near the headline → a date in the URL path.
 * Reads the original document only; never mutates it.
 */
import type { PublishedSource } from './article';
import { findTextDate, parseMachineDate, urlDate } from './date-text';
import type { DocIndex } from './doc-index';
import type { Json } from './metadata';
import { clip, collapse } from './metadata';

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

type JsonObject = { [k: string]: Json };

function fromJsonLd(ld: JsonObject[], keys: string[]): string | null {
  for (const key of keys) {
    for (const o of ld) {
      const v = o[key];
      const d = parseMachineDate(Array.isArray(v) ? v[0] : v);
      if (d) return d;
    }
  }
  return null;
}

function fromMeta(meta: Map<string, string>): string | null {
  for (const k of META_KEYS) {
    const v = meta.get(k);
    if (v) {
      const d = parseMachineDate(v);
      if (d) return d;
    }
  }
  // parse.ly's JSON blob
  const pl = meta.get('parsely-page');
  if (pl) {
    try {
      const o = JSON.parse(pl) as { pub_date?: string };
      const d = parseMachineDate(o?.pub_date);
      if (d) return d;
    } catch {
      /* ignore */
    }
  }
  return null;
}

function fromItemprop(doc: Document, mf: MF): string | null {
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished"]')).slice(0, 20)) {
    const d =
      parseMachineDate(el.getAttribute('content')) ??
      parseMachineDate(el.getAttribute('datetime')) ??
      findTextDate(clip(el.textContent, 300), mf)?.value ??
      null;
    if (d) return d;
  }
  return null;
}

/** Page furniture that carries other articles' dates. */
const ELSEWHERE = /related|comment|sidebar|recommend|teaser|footer|more-|promo|widget|newsletter|latest|popular|trending/i;

function inFurniture(el: Element): boolean {
  for (let p: Element | null = el, depth = 0; p && depth < 40; p = p.parentElement, depth++) {
    const tag = p.localName;
    if (tag === 'aside' || tag === 'footer' || tag === 'nav') return true;
    const cls = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`;
    if (cls.length > 1 && ELSEWHERE.test(cls)) return true;
  }
  return false;
}

function fromTime(idx: DocIndex, headline: Element | null, mf: MF): string | null {
  const times: Element[] = idx.tags.time.slice(0, 200);
  if (!times.length) return null;
  const dateOf = (t: Element) => parseMachineDate(t.getAttribute('datetime')) ?? findTextDate(clip(t.textContent, 300), mf)?.value ?? null;
  // 1. explicitly marked as the publication time
  for (const t of times) {
    if (t.hasAttribute('pubdate') || /publish|posted|created/i.test(`${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''}`)) {
      const d = dateOf(t);
      if (d) return d;
    }
  }
  const usable = times.filter((t) => !inFurniture(t));
  // 2. the first one after the headline (article header), 3. any outside page furniture
  if (headline) {
    const at = idx.order.get(headline) ?? -1;
    const after = at >= 0 ? usable.find((t) => (idx.order.get(t) ?? -1) > at) : undefined;
    const d = after ? dateOf(after) : null;
    if (d) return d;
  }
  for (const t of usable) {
    const d = dateOf(t);
    if (d) return d;
  }
  return null;
}

const DATE_HINT = /date|time|publi|posted|meta|byline|dateline|stamp|datum|fecha/i;
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
  const doc = headline.ownerDocument;
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
  void doc;
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

/** Next node in document order; skipChildren jumps over `n`'s subtree. Iterative, no recursion. */
function nextNode(n: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && n.firstChild) return n.firstChild;
  for (let p: Node | null = n; p; p = p.parentNode) {
    if (p.nextSibling) return p.nextSibling;
  }
  return null;
}

function fromVisibleText(idx: DocIndex, headline: Element | null, mf: MF): string | null {
  const doc = idx.doc;
  if (headline) {
    const d = findTextDate(textAround(headline), mf);
    if (d) return d.value;
  }
  // Elements whose class/id says "date", "published", "meta", "byline"...
  const root = idx.tags.article[0] ?? idx.tags.main[0] ?? doc.body;
  if (!root) return null;
  const cands = root.querySelectorAll('[class],[id]');
  let checked = 0;
  for (const el of Array.from(cands)) {
    if (checked > 60) break;
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_HINT.test(hint) || SKIP_TAGS.has(el.localName)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 2000) continue;
    const txt = collapse(raw);
    if (!txt || txt.length > 300) continue;
    checked++;
    if (inFurniture(el) || el.closest('table')) continue; // tables: infoboxes ("founded 1998"), not datelines
    const d = findTextDate(txt, mf);
    if (d) return d.value;
  }
  return null;
}

/** `<h1><a href="/">Site name</a></h1>`: a logo, not the headline. */
function isLogoHeading(h: Element): boolean {
  const a = h.querySelector('a[href]');
  if (!a || clip(a.textContent, 200) !== clip(h.textContent, 200)) return false;
  const href = (a.getAttribute('href') ?? '').trim();
  return /^(?:\.?\/|(?:\.\/)?index\.html?|https?:\/\/[^/]+\/?)$/i.test(href);
}

/** The article's main heading: the first `<h1>` inside article/main, else the first `<h1>` outside furniture. */
export function findHeadline(h1s: Element[]): Element | null {
  const scoped = h1s.find((h) => h.closest('article, main, [role="main"]'));
  if (scoped) return scoped;
  for (const h of h1s.slice(0, 10)) {
    if (!inFurniture(h) && clip(h.textContent, 100).length > 3 && !isLogoHeading(h)) return h;
  }
  return null;
}

type MF = { monthFirst?: boolean };

export interface PublishedInputs {
  idx: DocIndex;
  /** Read numeric dates month first (the page says it is en-US). */
  monthFirst?: boolean;
  url: string;
  canonicalUrl: string | null;
  meta: Map<string, string>;
  ld: JsonObject[];
  headline: Element | null;
}

export function findPublishedDate(i: PublishedInputs): PublishedDate | null {
  const mf: MF = { monthFirst: !!i.monthFirst };
  const tries: Array<[PublishedSource, () => string | null]> = [
    ['json-ld', () => fromJsonLd(i.ld, ['datePublished'])],
    ['meta', () => fromMeta(i.meta)],
    ['itemprop', () => fromItemprop(i.idx.doc, mf)],
    // creation/upload dates are often UTC timestamps: less trusted than a published meta
    ['json-ld', () => fromJsonLd(i.ld, ['dateCreated', 'uploadDate'])],
    ['time', () => fromTime(i.idx, i.headline, mf)],
    ['visible-text', () => fromVisibleText(i.idx, i.headline, mf)],
    ['url', () => urlDate(i.canonicalUrl) ?? urlDate(i.url)],
  ];
  for (const [source, f] of tries) {
    let v: string | null = null;
    try {
      v = f();
    } catch {
      v = null; // hostile markup must never cost us the article
    }
    if (v) return { value: v, source };
  }
  return null;
}
