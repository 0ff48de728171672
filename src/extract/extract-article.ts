/**
 * DOM → Article, the same code in the page (injected on click) and in Node (linkedom).
 *
 * Metadata and the publication date are read from the original document (read only);
 * Readability runs on a CLONE (it rewrites the DOM it is given), unless the caller owns the
 * document and says so (`mutate: true`, the CLI). Pages too big or too deep for Readability
 * fall back to a plain walk over the body's text. Nothing here throws: a page that is not an
 * article, or that cannot be read, gives `{ok:false, reason:'no-article', message}`.
 *
 * No NLP here: this module is bundled into the injected script (≤ 40 KB gzip).
 */
import { isProbablyReaderable, type Readability } from '@mozilla/readability';
import type { Article } from './article';
import { checkArticle, MIN_ARTICLE_CHARS } from './article-check';
import { indexDocument, type DocIndex } from './doc-index';
import { findTextDate } from './date-text';
import { domText, type DomText } from './dom-text';
import { textLength } from './dom-walk';
import { pruneChromeBlocks } from './prune-chrome-blocks';
import { cleanArticleContent } from './clean-article';
import { isConsentBox } from './consent-text';
import {
  baseUrl,
  canonicalUrl,
  capString,
  cleanTitle,
  clip,
  collapse,
  jsonLdObjects,
  metaMap,
  pageLang,
  siteName,
  typeString,
} from './metadata';
import { findHeadline, findPublishedDate } from './published-date';
import { boundedReadability, capPageStrings, makeCommentsRoundTrip } from './readability-bounds';
import { keepLinkedProse } from './readability-prose';
import { joinSplitStreams } from './split-streams';

export interface ExtractOptions {
  /** The page's URL (resolves relative links). */
  url: string;
  /** Cap on the article text handed to analysis (huge pages). Default 300,000 characters. */
  maxChars?: number;
  /**
   * Run Readability on `doc` itself instead of a clone (saves the clone's time). Only for
   * documents the caller owns and throws away (the CLI, benchmarks); never the live page.
   */
  mutate?: boolean;
  /**
   * With `mutate`: a fresh copy of the page (e.g. parsed again from its HTML), asked for only when
   * Readability took a consent wall for the article and its next candidate is wanted.
   */
  fresh?: () => Document;
  /**
   * With `mutate`: cheaper ways to Readability's same answers for a document parsed in Node with linkedom
   * (`linkedomTuning`, src/extract/readability-node.ts; the CLI and the benchmarks pass it).
   */
  tuning?: ReaderTuning;
  /** Above this many elements, skip Readability and use the plain body walk. Default 20,000. */
  maxElems?: number;
  /** Above this DOM depth, skip Readability (its cost explodes on deep trees). Default 120. */
  maxDepth?: number;
  /** Date.now() after which extraction gives up between its phases (the popup's watchdog budget). */
  deadline?: number;
}

/** Speed-ups of Readability that keep its answers (see ExtractOptions.tuning). */
export interface ReaderTuning {
  /**
   * `reader.parse()` for `doc`, with less work. `again`, when given, makes a copy of the page as it was
   * handed to Readability (for Readability's retry, which otherwise keeps a serialisation of the body).
   */
  parse<T>(reader: Readability<T>, doc: Document, again?: () => Document): ReturnType<Readability<T>['parse']>;
}

/** What a page declined as "no article" still says about itself (its metadata). */
export interface PageInfo {
  title: string | null;
  siteName: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  published: string | null;
  publishedSource: Article['publishedSource'];
}

/** `listPage`: the page was recognised as a list of articles (the popup says so). */
export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: 'no-article' | 'too-heavy'; message: string; page?: PageInfo; listPage?: true };

const tooHeavy = (): ExtractResult => ({ ok: false, reason: 'too-heavy', message: 'This page is too heavy to read in the time allowed.' });


export const DEFAULT_MAX_CHARS = 300_000;
export const DEFAULT_MAX_ELEMS = 20_000;
/** Above this much body text, skip Readability: its passes re-read the text many times. */
export const MAX_READABILITY_TEXT = 1_500_000;
export const DEFAULT_MAX_DEPTH = 120;


interface Meta {
  base: string;
  canonicalUrl: string | null;
  siteName: string | null;
  lang: string | null;
  published: string | null;
  publishedSource: Article['publishedSource'];
  ogTitle: string | null;
  headline: string | null;
  articleSignals: boolean;
  author: string | null;
  /** The page's own summary: og:description, else description, else twitter:description. */
  description: string | null;
}

/** Metadata of the page: everything but the text. Read only. Exported for extractSelection. */
export function pageMeta(doc: Document, url: string, index?: DocIndex): Meta {
  const idx = index ?? indexDocument(doc);
  const base = baseUrl(idx.tags.base, url);
  const meta = metaMap(idx.tags.meta);
  const ld = jsonLdObjects(idx.tags.script);
  const canonical = canonicalUrl(idx.tags.link, meta, base);
  const headlineEl = findHeadline(idx.tags.h1);
  const locale = `${doc.documentElement?.getAttribute('lang') ?? ''} ${meta.get('og:locale') ?? ''}`;
  const monthFirst = /(?:^|\s)en[-_]us\b/i.test(locale);
  const pub = findPublishedDate({ idx, url, canonicalUrl: canonical, meta, ld, headline: headlineEl, monthFirst });
  const ldArticle = ld.some((o) => /Article|BlogPosting|Report|Posting/i.test(typeString(o['@type'])));
  let author: string | null = null;
  for (const o of ld) {
    const a = o.author;
    const name = Array.isArray(a) ? a.map((x) => (x && typeof x === 'object' && !Array.isArray(x) && typeof x.name === 'string' ? x.name : typeof x === 'string' ? x : '')).filter(Boolean).join(', ') : a && typeof a === 'object' && !Array.isArray(a) && typeof a.name === 'string' ? a.name : typeof a === 'string' ? a : '';
    if (name) {
      author = collapse(name);
      break;
    }
  }
  return {
    base,
    canonicalUrl: canonical,
    siteName: siteName(meta, ld, canonical ?? url),
    lang: pageLang(doc, meta, ld),
    published: pub?.value ?? null,
    publishedSource: pub?.source ?? null,
    ogTitle: collapse(meta.get('og:title') ?? meta.get('twitter:title')) || null,
    headline: headlineEl ? clip(headlineEl.textContent, 1000) || null : null,
    articleSignals: ldArticle || /article/i.test(meta.get('og:type') ?? '') || !!meta.get('article:published_time') || (!!pub && (pub.source === 'json-ld' || pub.source === 'meta' || pub.source === 'itemprop')),
    description: clip(meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description'), 1000) || null,
    author: author ?? (collapse(meta.get('author') ?? meta.get('article:author') ?? meta.get('dc.creator') ?? meta.get('parsely-author') ?? meta.get('sailthru.author')) || null),
  };
}

/** "By Jane Doe" / "Door Jan Jansen" / "Par …" / "Von …" / "Por …" → the name(s); null for junk. */
export function cleanByline(raw: string | null | undefined): string | null {
  let b = collapse(capString(raw, 1000)); // a byline is ≤ 150 characters: bounded regex work
  b = b.replace(/^(?:by|door|par|von|de|van|por|written by|geschreven door|texte de|text von)\s*:?\s+/i, '');
  // "Jane Doe · 4. Juni 2024", "Nathan Willis March 25, 2015": the date is not the author.
  const d = findTextDate(b);
  if (d && d.index > 0) b = b.slice(0, d.index);
  b = b.replace(/(?:^|\s+)(?:on|le|am|op|el|em|il|(?:last\s+)?(?:published|updated|modified)|posted|gepubliceerd|bijgewerkt|publié|mis à jour|veröffentlicht|aktualisiert|stand|(?:publicado|actualizado)(?:\s+el)?)\s*:?\s*$/i, '');
  b = b.replace(/(?:\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?)\s*$/i, '');
  b = b.replace(/^[|·•,:;\-–—\s]+|[|·•,:;\-–—\s]+$/g, '');
  if (!b || b.length > 150 || !/\p{L}/u.test(b) || /^https?:\/\//i.test(b)) return null;
  return b;
}

function countLongParagraphs(text: string): number {
  let n = 0;
  for (const p of text.split('\n\n')) if (p.length >= 80) n++;
  return n;
}

function errMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function copyUrl(from: Document, to: Document) {
  if (to.documentURI === from.documentURI && to.baseURI === from.baseURI) return;
  for (const k of ['documentURI', 'URL', 'baseURI'] as const) {
    try {
      Object.defineProperty(to, k, { value: from[k], configurable: true });
    } catch {
      /* harmless */
    }
  }
}

interface Body {
  /** The article's text after cleanup (what analysis gets). */
  text: DomText;
  /** What the article check judges (Readability's output before cleanup). */
  check: DomText;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  viaReadability: boolean;
  readabilityError?: string;
}

/**
 * `doc` made ready for Readability: comments made to survive its innerHTML round trip (so the tree
 * it retries on is the one the size and depth guards measured), chrome blocks out, credit elements
 * marked (one walk), a split text stream joined.
 */
function prepare(doc: Document): Document {
  makeCommentsRoundTrip(doc);
  pruneChromeBlocks(doc, { markCredits: true });
  joinSplitStreams(doc);
  return doc;
}

/** A working copy of `doc` for Readability (which rewrites what it reads). */
function workingCopy(doc: Document): Document {
  const work = doc.cloneNode(true) as Document;
  copyUrl(doc, work);
  return prepare(work);
}

/** Remove, in `work`, the outermost blocks that are consent boxes (Readability's wrong pick). */
function removeConsentCandidates(work: Document, maxChars: number): number {
  let n = 0;
  const marked: Element[] = [];
  for (const el of work.body?.querySelectorAll('div, section, aside, form, dialog, article, main') ?? []) {
    if (marked.some((m) => m.contains(el))) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length > maxChars || el.querySelector('h1') || !isConsentBox(el, t)) continue;
    marked.push(el);
    n++;
  }
  for (const el of marked) el.remove();
  return n;
}

/** The article's links plus those of the blocks cleanup removed (their text goes, their links stay). */
function mergeLinks(links: DomText['links'], root: Element, dropped: Element[], textOpts: Parameters<typeof domText>[1]): DomText['links'] {
  if (!dropped.length) return links;
  const holder = root.ownerDocument.createElement('div');
  for (const a of dropped) holder.appendChild(a);
  const out = [...links];
  const seen = new Set(links.map((l) => l.href));
  for (const l of domText(holder, textOpts).links) if (!seen.has(l.href)) (seen.add(l.href), out.push(l));
  return out;
}

function readabilityBody(doc: Document, opts: ExtractOptions, base: string, maxChars: number, idx: DocIndex): Body | null {
  const work = opts.mutate ? prepare(doc) : workingCopy(doc);
  capPageStrings(work, idx);
  const tuning = opts.mutate ? opts.tuning : undefined;
  const parse = (d: Document, again?: () => Document) => {
    const reader = boundedReadability<Element>(d, { serializer: (el) => el as Element });
    keepLinkedProse(reader);
    return tuning ? tuning.parse(reader, d, again) : reader.parse();
  };
  const fresh = tuning && opts.fresh;
  let r = parse(
    work,
    fresh &&
      (() => {
        const copy = prepare(fresh());
        capPageStrings(copy);
        return copy;
      }),
  );
  // Readability took a consent wall for the article: take the wall out of a fresh copy of the
  // page and ask again (Readability has emptied the one it read).
  if (r?.content && isConsentBox(r.content)) {
    const fresh = opts.mutate ? opts.fresh?.() : workingCopy(doc);
    if (fresh) {
      if (opts.mutate) prepare(fresh);
      capPageStrings(fresh);
      const size = (r.content.textContent ?? '').length;
      if (removeConsentCandidates(fresh, Math.max(2000, size * 2)) > 0) {
        const next = parse(fresh);
        if (next?.content && !isConsentBox(next.content)) r = next;
      }
    }
  }
  if (!r || !r.content) return null;
  const textOpts = { base, pageUrl: opts.url, maxChars };
  // "Is this an article or a list of links?" is judged on what Readability found, before cleanup
  // takes out the teaser lists that give a home page away.
  const raw = domText(r.content, textOpts);
  const cleaned = cleanArticleContent(r.content);
  let text = raw;
  if (cleaned.tables + cleaned.consent + cleaned.teasers + cleaned.ticker + cleaned.credits + cleaned.bylines > 0) {
    text = domText(r.content, textOpts);
    text.links = mergeLinks(text.links, r.content, cleaned.droppedLinks, textOpts);
  }
  return {
    text,
    check: raw,
    title: r.title ?? null,
    byline: r.byline ?? null,
    excerpt: r.excerpt ?? null,
    siteName: r.siteName ?? null,
    viaReadability: true,
  };
}

function fallbackBody(doc: Document, opts: ExtractOptions, base: string, maxChars: number, why: string, cleanup = false): Body | null {
  // The article/main element only when it holds the text: browsers cap the parser's tree depth
  // (Chromium at 512), so in a very deep page the paragraphs end up beside an empty <article>.
  const holdsText = (el: Element | null): el is Element => !!el && (el.textContent ?? '').trim().length >= 200;
  const candidates = [doc.querySelector('article'), doc.querySelector('main, [role="main"]')];
  const root = candidates.find(holdsText) ?? doc.body;
  if (!root) return null;
  const textOpts = { base, pageUrl: opts.url, maxChars, skipHidden: true, skipFurniture: true };
  const check = domText(root, textOpts);
  let text = check;
  // Readability failed on a page of ordinary size: the same cleanup on a copy of the walked element.
  if (cleanup) {
    const copy = root.cloneNode(true) as Element;
    pruneChromeBlocks(copy, { markCredits: true });
    const cleaned = cleanArticleContent(copy);
    text = domText(copy, textOpts);
    text.links = mergeLinks(text.links, copy, cleaned.droppedLinks, textOpts);
  }
  return {
    text,
    check,
    title: null,
    byline: null,
    excerpt: null,
    siteName: null,
    viaReadability: false,
    readabilityError: why,
  };
}

export function extractArticle(doc: Document, opts: ExtractOptions): ExtractResult {
  try {
    return extractInner(doc, opts);
  } catch (e) {
    return { ok: false, reason: 'no-article', message: `This page could not be read: ${errMessage(e).slice(0, 200)}` };
  }
}

function extractInner(doc: Document, opts: ExtractOptions): ExtractResult {
  const url = opts.url;
  const maxChars = Math.max(1000, opts.maxChars ?? DEFAULT_MAX_CHARS);
  if (!doc || !doc.documentElement) return { ok: false, reason: 'no-article', message: 'This page has no document to read.' };
  const idx = indexDocument(doc, opts.maxElems ?? DEFAULT_MAX_ELEMS, opts.maxDepth ?? DEFAULT_MAX_DEPTH);
  const meta = pageMeta(doc, url, idx);
  if (opts.deadline !== undefined && Date.now() > opts.deadline) return tooHeavy();
  const page = (): PageInfo => ({
    title: cleanTitle(meta.ogTitle || meta.headline || collapse(doc.title), meta.siteName, [meta.headline, meta.ogTitle].filter((x): x is string => !!x)) || null,
    siteName: meta.siteName,
    lang: meta.lang,
    canonicalUrl: meta.canonicalUrl,
    published: meta.published,
    publishedSource: meta.publishedSource,
  });
  if (!doc.body) {
    if (doc.querySelector('frameset')) return { ok: false, reason: 'no-article', message: 'This page only shows frames; the article, if any, lives in another document.', page: page() };
    return { ok: false, reason: 'no-article', message: 'This page has no body to read.', page: page() };
  }

  // Readability (bounded by maxElems), else a plain body walk.
  let body: Body | null = null;
  const size = idx;
  // Readability's pre-check, consulted only when nothing else says "article" and the text is short. On a
  // page Readability reads from a copy (the extension), asked then; on a document given to Readability to
  // rewrite (the CLI), now, before it does: parsing the page again later costs more than the check.
  let readerable: boolean | (() => boolean) = true;
  const bodyChars = size.tooBig ? 0 : textLength(doc.body);
  if (size.tooBig || bodyChars > MAX_READABILITY_TEXT) {
    body = fallbackBody(doc, opts, meta.base, maxChars, `page too large for Readability (${size.elems}${size.tooBig ? '+' : ''} elements, depth ${size.depth}, ${bodyChars} characters)`);
  } else {
    try {
      if (!meta.articleSignals) {
        if (opts.mutate) readerable = isProbablyReaderable(doc);
        else
          readerable = () => {
            try {
              return isProbablyReaderable(doc);
            } catch {
              return true;
            }
          };
      }
      body = readabilityBody(doc, opts, meta.base, maxChars, idx);
    } catch (e) {
      // Deep DOMs can overflow recursive code in Readability or the DOM library.
      body = fallbackBody(doc, opts, meta.base, maxChars, errMessage(e), true);
    }
  }
  if (opts.deadline !== undefined && Date.now() > opts.deadline) return tooHeavy();
  const text = body?.text.text ?? '';
  const checked = body?.check.text ?? '';
  const verdict = checkArticle({
    idx,
    text: checked,
    linkTextChars: body?.check.linkChars ?? 0,
    linkBlocks: body?.check.linkBlocks ?? 0,
    leadingProse: body?.check.leadingProse ?? 0,
    blocks: checked ? checked.split('\n\n').length : 0,
    links: body?.check.links ?? [],
    longParagraphs: countLongParagraphs(checked),
    articleSignals: meta.articleSignals,
    readerable,
  });
  if (!verdict.ok) return { ok: false, reason: 'no-article', message: verdict.message, page: page(), ...(verdict.listPage ? { listPage: true as const } : {}) };
  if (!body) return { ok: false, reason: 'no-article', message: 'No article found on this page.', page: page() };
  // Readability found an article, and cleanup found it was all chrome (a consent box, teasers).
  if (text.length < MIN_ARTICLE_CHARS && checked.length >= MIN_ARTICLE_CHARS) {
    return { ok: false, reason: 'no-article', message: `No article found on this page: once menus, teasers and credits are set aside, too little text is left (${text.length} characters).`, page: page() };
  }

  const headings = [meta.headline, meta.ogTitle].filter((x): x is string => !!x);
  const rawTitle = body.title || meta.ogTitle || meta.headline || collapse(doc.title) || '';
  let title = cleanTitle(rawTitle, meta.siteName, headings);
  if (!title) title = cleanTitle(collapse(doc.title), meta.siteName, headings) || meta.siteName || url;

  const article: Article = {
    url,
    canonicalUrl: meta.canonicalUrl,
    title: title.slice(0, 500),
    byline: cleanByline(body.byline) ?? cleanByline(meta.author),
    siteName: body.siteName ? collapse(body.siteName) : meta.siteName,
    lang: meta.lang,
    published: meta.published,
    publishedSource: meta.publishedSource,
    text,
    links: body.text.links,
    excerpt: body.excerpt ? collapse(body.excerpt).slice(0, 500) || null : null,
  };
  if (meta.description) article.description = meta.description;
  if (body.text.truncated) article.truncated = true;
  if (body.text.labels.length) article.labels = body.text.labels;
  return { ok: true, article };
}
