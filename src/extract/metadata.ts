/**
 * Page metadata read from the ORIGINAL document (read-only: nothing here mutates it):
 * JSON-LD objects, meta tags, language, canonical URL, site name, and title cleaning.
 */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|WebPage|Posting|Story|LiveBlog|VideoObject|Review/i;

/** Every object found in the page's JSON-LD scripts (nested `@graph`, arrays, children), article-like types first. */
export function jsonLdObjects(scripts: Iterable<Element>): JsonObject[] {
  const out: JsonObject[] = [];
  for (const s of scripts) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = (s.textContent ?? '').replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '').trim();
    if (!raw || raw.length > 2_000_000) continue;
    let parsed: Json;
    try {
      parsed = JSON.parse(raw) as Json;
    } catch {
      continue;
    }
    // Iterative walk, bounded: hostile JSON may be deep or huge.
    const stack: Array<{ v: Json; d: number }> = [{ v: parsed, d: 0 }];
    let budget = 5000;
    while (stack.length && budget-- > 0) {
      const { v, d } = stack.pop()!;
      if (!v || typeof v !== 'object' || d > 12) continue;
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i]!, d: d + 1 });
        continue;
      }
      out.push(v);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
        const child = v[key];
        if (child && typeof child === 'object') stack.push({ v: child, d: d + 1 });
      }
    }
  }
  const isArticle = (o: JsonObject) => ARTICLE_TYPE.test(typeString(o['@type']));
  return [...out.filter(isArticle), ...out.filter((o) => !isArticle(o))];
}

export function typeString(t: Json | undefined): string {
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.filter((x) => typeof x === 'string').join(' ');
  return '';
}

/** A string from a JSON-LD value: a string, `{name}`, or the first of an array. */
export function jsonName(v: Json | undefined): string | null {
  if (typeof v === 'string') return capString(v).trim() || null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const n = jsonName(x);
      if (n) return n;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    const n = v.name;
    return typeof n === 'string' ? capString(n).trim() || null : null;
  }
  return null;
}

/** Meta tags, keyed by lower-cased name / property / itemprop / http-equiv; first value wins. */
export function metaMap(metas: Iterable<Element>): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of metas) {
    const raw = m.getAttribute('content');
    if (raw == null) continue;
    const content = capString(raw);
    if (!content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr);
      if (!key) continue;
      // `property` may hold several space-separated names.
      for (const k of capString(key, 200).toLowerCase().split(/\s+/)) if (k && !map.has(k)) map.set(k, content.trim());
    }
  }
  return map;
}

/**
 * Longest page string (a meta value, a JSON-LD name, a title, a byline) any code here looks at:
 * every one is cut to this before a regex touches it, so no pattern can cost more than a few
 * thousand characters' work however long the page makes it.
 */
export const MAX_PAGE_STRING = 2000;

/** The first `n` characters (default MAX_PAGE_STRING) of a page string, '' for null. */
export function capString(s: string | null | undefined, n = MAX_PAGE_STRING): string {
  if (!s) return '';
  return s.length > n ? s.slice(0, n) : s;
}

export function collapse(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** collapse() of at most the first `n` characters: bounded work on hostile, huge text. */
export function clip(s: string | null | undefined, n: number): string {
  return collapse((s ?? '').slice(0, n));
}

/** An absolute http(s) URL, or null (javascript:, data:, mailto:, garbage). */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || h.length > 4000) return null;
  try {
    const u = new URL(h, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The base for relative URLs: `<base href>` resolved against the page URL. */
export function baseUrl(bases: Element[], url: string): string {
  const b = bases.find((e) => e.hasAttribute('href'))?.getAttribute('href');
  if (b) {
    try {
      return new URL(b, url).href;
    } catch {
      /* ignore a broken <base> */
    }
  }
  return url;
}

/** BCP 47 primary subtag ("nl-BE" → "nl", "fr_FR" → "fr"), or null. */
export function primarySubtag(v: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:$|[-_\s,;])/i.exec(v ?? '');
  if (!m) return null;
  const t = m[1]!.toLowerCase();
  return t === 'und' || t === 'mul' || t === 'zxx' ? null : t;
}

/** `<html lang>`, content-language meta, og:locale, JSON-LD inLanguage. */
export function pageLang(doc: Document, meta: Map<string, string>, ld: JsonObject[]): string | null {
  const html = doc.documentElement;
  const candidates: Array<string | null | undefined> = [
    html?.getAttribute('lang'),
    html?.getAttribute('xml:lang'),
    meta.get('content-language'),
    meta.get('language'),
    meta.get('dc.language'),
    meta.get('og:locale'),
  ];
  for (const o of ld) {
    const l = o.inLanguage;
    candidates.push(typeof l === 'string' ? l : jsonName(l));
  }
  for (const c of candidates) {
    const t = primarySubtag(c);
    if (t) return t;
  }
  return null;
}

export function canonicalUrl(linkEls: Iterable<Element>, meta: Map<string, string>, base: string): string | null {
  for (const l of linkEls) {
    const rel = (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) {
      const u = absoluteHttpUrl(l.getAttribute('href'), base);
      if (u) return u;
    }
  }
  return absoluteHttpUrl(meta.get('og:url'), base);
}

export function siteName(meta: Map<string, string>, ld: JsonObject[], url: string): string | null {
  const og = collapse(meta.get('og:site_name'));
  if (og) return og;
  for (const o of ld) {
    const p = jsonName(o.publisher);
    if (p) return collapse(p);
  }
  const app = collapse(meta.get('application-name'));
  if (app) return app;
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./, '');
    return host || null;
  } catch {
    return null;
  }
}

const SEP_AT_START = /^\s*[|\-–—·•:»«\/]/;
const SEP_AT_END = /[|\-–—·•:»«\/]\s*$/;
const TRAILING_PART = /^(.*\S)\s+[|\-–—·•»«]\s+([^|–—·•»«]+)$/;
const LEADING_PART = /^([^|–—·•»«]+?)\s+[|\-–—·•»«]\s+(.*\S)$/;

function sameish(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const y = b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return !!x && !!y && (x.includes(y) || y.includes(x));
}

/**
 * Title without the " | Site" / "Site - " decoration. Prefers a heading the raw title starts or
 * ends with (followed/preceded by a separator), then strips a separator-delimited part naming
 * the site.
 */
export function cleanTitle(raw: string, site: string | null, headings: string[]): string {
  // Titles are shown up to 500 characters: nothing beyond 1000 is ever looked at.
  const t = collapse(capString(raw, 1000));
  if (!t) return t;
  for (const h of headings) {
    const hh = collapse(capString(h, 1000));
    if (hh === t) return t;
    if (hh.length < 8) continue;
    if (t.startsWith(hh) && SEP_AT_START.test(t.slice(hh.length))) return hh;
    // "Site | Headline": only when the part before is short (a site name, not a headline of its own).
    if (t.endsWith(hh) && SEP_AT_END.test(t.slice(0, t.length - hh.length))) {
      const pre = t.slice(0, t.length - hh.length).replace(/[|\-–—·•:»«\/\s]+$/, '');
      if (pre.split(/\s+/).length <= 3 || (site && sameish(pre, site))) return hh;
    }
  }
  if (site) {
    const tail = TRAILING_PART.exec(t);
    if (tail && tail[1]!.length >= 10 && sameish(tail[2]!, site)) return tail[1]!;
    const head = LEADING_PART.exec(t);
    if (head && head[2]!.length >= 10 && sameish(head[1]!, site)) return head[2]!;
  }
  return t;
}
