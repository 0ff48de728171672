/**
 * Before Readability: take out the blocks whose markup says they are page chrome, not the
 * article: consent/cookie dialogs, newsletter sign-ups, related-article lists and teaser
 * blocks, reader comments, tag lists, modal dialogs. Readability spares any block whose class
 * also says "article" or "content" ("block article related", "articlelist"), and scores a
 * sidebar of teaser paragraphs like prose; this step decides by the block's own words
 * (chrome-words.ts) and two guards:
 *  - a block that holds the article (the page's articleBody, or most of its paragraph text)
 *    is never removed, whatever its class says;
 *  - "related"/"tags" blocks go only when they are mostly links (a block called "teaser"
 *    that is plain text is a standfirst, and stays).
 * Runs on Readability's working copy, never on the live page.
 */
import { CHROME_MARKUP_WORDS } from './chrome-words';

export type ChromeKind = keyof typeof CHROME_MARKUP_WORDS | 'dialog';

const WORD_KIND = new Map<string, ChromeKind>();
for (const [kind, words] of Object.entries(CHROME_MARKUP_WORDS) as Array<[ChromeKind, readonly string[]]>) {
  for (const w of words) WORD_KIND.set(w, kind);
}
/** Kinds removed only when the block is mostly links. */
const LINK_KINDS = new Set<ChromeKind>(['related', 'tags']);

/** Any chrome word anywhere in a string: a cheap test before splitting it into words. */
const ANY_WORD = new RegExp([...WORD_KIND.keys()].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');

/** Elements that can be a chrome block (inline elements never are: skipping them halves the pass). */
const BLOCK_TAGS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'li', 'article', 'footer', 'header', 'form', 'dialog', 'nav', 'figure', 'p', 'table', 'iframe', 'details', 'dl']);
const ATTRS = new Set(['class', 'id', 'data-type', 'aria-label']);

/** The chrome kind the element's class/id/data-type/aria-label/role name, or null. */
export function chromeKindOf(el: Element): ChromeKind | null {
  if (el.localName === 'dialog') return 'dialog';
  let kind: ChromeKind | null = null;
  // One walk over the attributes (getAttribute per name costs a walk each in linkedom).
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const { name, value: v } = attrs[i]!;
    if (name === 'role') {
      if (v === 'dialog' || v === 'alertdialog') return 'dialog';
      continue;
    }
    if (name === 'aria-modal') {
      if (v === 'true') return 'dialog';
      continue;
    }
    if (!ATTRS.has(name) || !v || !ANY_WORD.test(v)) continue;
    const words = v.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().split(/[\s_.:/]+/);
    for (const w of words) {
      if (!w) continue;
      const k = WORD_KIND.get(w) ?? wordParts(w);
      // Consent, comments and newsletters win over the weaker, link-guarded kinds.
      if (k && (!kind || (LINK_KINDS.has(kind) && !LINK_KINDS.has(k)))) kind = k;
    }
  }
  return kind;
}

function wordParts(w: string): ChromeKind | null {
  if (!w.includes('-')) return null;
  let found: ChromeKind | null = null;
  for (const part of w.split('-')) {
    const k = WORD_KIND.get(part);
    if (k && (!found || LINK_KINDS.has(found))) found = k;
  }
  return found;
}

function linkTextShare(el: Element, textLen: number): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += (a.textContent ?? '').trim().length;
  return textLen ? n / textLen : 0;
}

function paragraphChars(root: Element): number {
  let n = 0;
  for (const p of root.querySelectorAll('p')) n += (p.textContent ?? '').length;
  return n;
}

export interface PruneReport {
  removed: Array<{ kind: ChromeKind; chars: number }>;
}

/** Remove chrome blocks under `doc.body` (or under an element). Returns what was removed (for tests and debugging). */
export function pruneChromeBlocks(doc: Document | Element): PruneReport {
  const report: PruneReport = { removed: [] };
  const body = 'body' in doc ? doc.body : doc;
  if (!body) return report;
  const hits: Array<{ el: Element; kind: ChromeKind }> = [];
  for (const el of body.querySelectorAll('*')) {
    if (!BLOCK_TAGS.has(el.localName) || !el.hasAttributes()) continue;
    const kind = chromeKindOf(el);
    if (kind) hits.push({ el, kind });
  }
  if (!hits.length) return report;
  // Teasers cannot be the whole page: when related/tag blocks hold most of its text, the page is
  // a list of articles (home page, section front), and the article check must see it so.
  const bodyChars = (body.textContent ?? '').replace(/\s+/g, ' ').length;
  let linkKindChars = 0;
  const linkHits = new Set(hits.filter((h) => LINK_KINDS.has(h.kind)).map((h) => h.el));
  for (const el of linkHits) {
    let nested = false;
    for (let a = el.parentElement; a && !nested; a = a.parentElement) nested = linkHits.has(a);
    if (!nested) linkKindChars += (el.textContent ?? '').replace(/\s+/g, ' ').length;
  }
  const listPage = linkKindChars >= 0.5 * bodyChars;
  const articleBody = body.querySelector('[itemprop="articleBody"], [itemprop="articlebody"]');
  const allP = paragraphChars(body);
  const gone = new Set<Element>();
  for (const { el, kind } of hits) {
    // Inside a block already removed: nothing to do.
    let anc: Element | null = el.parentElement;
    let inside = false;
    while (anc) {
      if (gone.has(anc)) {
        inside = true;
        break;
      }
      anc = anc.parentElement;
    }
    if (inside) continue;
    if (articleBody && (el === articleBody || el.contains(articleBody))) continue;
    if (el.querySelector('h1')) continue;
    const p = paragraphChars(el);
    if (p > 1000 && p > 0.5 * allP) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (LINK_KINDS.has(kind) && (listPage || (text.length > 0 && linkTextShare(el, text.length) < 0.5))) continue;
    gone.add(el);
    report.removed.push({ kind, chars: text.length });
    el.remove();
  }
  return report;
}
