/**
 * "Analyse the selected text instead": the user's selection → Article (fromSelection: true),
 * with the page's metadata (title, language, site, date) when the document is at hand.
 */
import type { Article } from './article';
import { domText } from './dom-text';
import { cutAtParagraph } from './dom-text';
import { cleanByline, DEFAULT_MAX_CHARS, pageMeta, type ExtractResult } from './extract-article';
import { cleanTitle, clip } from './metadata';

export interface SelectionOptions {
  url: string;
  /** The page, for metadata, when `source` is the selection's text. */
  doc?: Document;
  maxChars?: number;
  /** Shorter selections are refused (default 20 characters). */
  minChars?: number;
}

/** Minimum selection length for the injected script to prefer the selection over the article. */
export const SELECTION_PREFERRED_CHARS = 100;

// In its own module so that the context menu's fallback (src/messaging/selection-menu.ts) needs no Readability.
export { selectionTextToParagraphs } from './selection-text';
import { selectionTextToParagraphs } from './selection-text';

/** The selection of `doc` as text with paragraph breaks, and its links. */
function fromDocumentSelection(doc: Document, base: string, url: string, maxChars: number) {
  const sel = typeof doc.getSelection === 'function' ? doc.getSelection() : null;
  if (!sel || sel.rangeCount === 0) return null;
  const texts: string[] = [];
  const links: Article['links'] = [];
  // Headings and captions inside the selection (DomText.labels), as offsets into the joined text.
  const labels: NonNullable<Article['labels']> = [];
  let offset = 0;
  const seen = new Set<string>();
  let truncated = false;
  for (let i = 0; i < sel.rangeCount; i++) {
    const frag = sel.getRangeAt(i).cloneContents();
    const t = domText(frag, { base, pageUrl: url, maxChars, skipHidden: true });
    if (t.text) {
      for (const l of t.labels) labels.push({ start: offset + l.start, end: offset + l.end });
      texts.push(t.text);
      offset += t.text.length + 2;
    }
    truncated ||= t.truncated;
    for (const l of t.links) if (!seen.has(l.href)) (seen.add(l.href), links.push(l));
  }
  let text = texts.join('\n\n');
  // Some selections (inside inputs, shadow DOM) clone to nothing: fall back to toString().
  if (!text.trim()) return { text: selectionTextToParagraphs(sel.toString()), links, truncated, labels: [] };
  return { text, links, truncated, labels };
}

export function extractSelection(source: Document | string, opts: SelectionOptions): ExtractResult {
  try {
    const maxChars = Math.max(1000, opts.maxChars ?? DEFAULT_MAX_CHARS);
    const doc = typeof source === 'string' ? opts.doc : source;
    const meta = doc ? pageMeta(doc, opts.url) : null;
    const base = meta?.base ?? opts.url;
    let text = '';
    let links: Article['links'] = [];
    let truncated = false;
    let labels: NonNullable<Article['labels']> = [];
    if (typeof source === 'string') {
      text = selectionTextToParagraphs(source);
    } else {
      const s = fromDocumentSelection(source, base, opts.url, maxChars);
      if (s) ({ text, links, truncated, labels } = s);
    }
    if (text.length > maxChars) {
      text = cutAtParagraph(text, maxChars);
      truncated = true;
    }
    const min = opts.minChars ?? 20;
    if (text.length < min) {
      return { ok: false, reason: 'no-article', message: text ? `The selection is too short to analyse (${text.length} characters).` : 'Nothing is selected on this page.' };
    }
    const docTitle = doc ? clip(doc.title, 1000) : '';
    const headings = [meta?.headline, meta?.ogTitle].filter((x): x is string => !!x);
    const title = cleanTitle(meta?.ogTitle || meta?.headline || docTitle, meta?.siteName ?? null, headings) || clip(text.split('\n')[0], 120);
    const article: Article = {
      url: opts.url,
      canonicalUrl: meta?.canonicalUrl ?? null,
      title,
      byline: cleanByline(meta?.author),
      siteName: meta?.siteName ?? null,
      lang: meta?.lang ?? null,
      published: meta?.published ?? null,
      publishedSource: meta?.publishedSource ?? null,
      text,
      links,
      excerpt: null,
      fromSelection: true,
    };
    if (truncated) article.truncated = true;
    labels = labels.filter((l) => l.end <= text.length);
    if (labels.length) article.labels = labels;
    return { ok: true, article };
  } catch (e) {
    return { ok: false, reason: 'no-article', message: `The selection could not be read: ${e instanceof Error ? e.message : String(e)}`.slice(0, 240) };
  }
}
