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
import { isCreditClassed, markCreditElement } from './photo-credits';
import { elementsUnder, firstUnder, tagSet } from './dom-walk';

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

/** The chrome kind the words of one attribute value name, or null (consent, comments, newsletters win over the link-guarded kinds). */
function kindOfValue(v: string): ChromeKind | null {
  if (!v || !ANY_WORD.test(v)) return null;
  let kind: ChromeKind | null = null;
  const words = v.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().split(/[\s_.:/]+/);
  for (const w of words) {
    if (!w) continue;
    const k = WORD_KIND.get(w) ?? wordParts(w);
    if (k && (!kind || (LINK_KINDS.has(kind) && !LINK_KINDS.has(k)))) kind = k;
  }
  return kind;
}

const ATTR_NAMES = [...ATTRS];

/** The chrome kind the element's class/id/data-type/aria-label/role name, or null. */
export function chromeKindOf(el: Element): ChromeKind | null {
  if (el.localName === 'dialog') return 'dialog';
  // Attributes by name (no attribute list built: in linkedom each `attributes` is a new Proxy).
  const role = el.getAttributeNode('role')?.value;
  if (role === 'dialog' || role === 'alertdialog') return 'dialog';
  if (el.getAttributeNode('aria-modal')?.value === 'true') return 'dialog';
  let kind: ChromeKind | null = null;
  let found = 0;
  for (const name of ATTR_NAMES) {
    const k = kindOfValue(el.getAttributeNode(name)?.value ?? '');
    if (!k) continue;
    found++;
    kind = k;
  }
  if (found < 2) return kind;
  // Several attributes name a kind: they are read in the element's attribute order, the first
  // strong kind winning over the link-guarded ones.
  kind = null;
  for (const name of el.getAttributeNames()) {
    if (!ATTRS.has(name)) continue;
    const k = kindOfValue(el.getAttributeNode(name)?.value ?? '');
    if (k && (!kind || (LINK_KINDS.has(kind) && !LINK_KINDS.has(k)))) kind = k;
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
  for (const a of elementsUnder(el, tagSet('a'))) n += (a.textContent ?? '').trim().length;
  return textLen ? n / textLen : 0;
}

function paragraphChars(root: Element): number {
  let n = 0;
  for (const p of elementsUnder(root, tagSet('p'))) n += (p.textContent ?? '').length;
  return n;
}

export interface PruneReport {
  removed: Array<{ kind: ChromeKind; chars: number }>;
  /** Credit elements marked (with `markCredits`). */
  credits: number;
}

/**
 * Remove chrome blocks under `doc.body` (or under an element). Returns what was removed (for tests and debugging).
 * With `markCredits`, the same walk also finds the credit elements that markCreditElements marks (those
 * under the root left after the removals): one pass over the tree instead of two.
 */
export function pruneChromeBlocks(doc: Document | Element, opts: { markCredits?: boolean } = {}): PruneReport {
  const report: PruneReport = { removed: [], credits: 0 };
  const body = 'body' in doc ? doc.body : doc;
  if (!body) return report;
  const hits: Array<{ el: Element; kind: ChromeKind }> = [];
  const creditCandidates: Element[] = [];
  const credits = !!opts.markCredits;
  for (const el of elementsUnder(body)) {
    if (!el.hasAttributes()) continue;
    if (credits && isCreditClassed(el)) creditCandidates.push(el);
    if (!BLOCK_TAGS.has(el.localName)) continue;
    const kind = chromeKindOf(el);
    if (kind) hits.push({ el, kind });
  }
  const gone = new Set<Element>();
  const removed = (el: Element) => {
    for (let a: Element | null = el; a && a !== body; a = a.parentElement) if (gone.has(a)) return true;
    return false;
  };
  if (hits.length) pruneHits(body, hits, gone, report, removed);
  if (credits) for (const el of creditCandidates) if (!(gone.size && removed(el)) && markCreditElement(el)) report.credits++;
  return report;
}

function pruneHits(body: Element, hits: Array<{ el: Element; kind: ChromeKind }>, gone: Set<Element>, report: PruneReport, removed: (el: Element) => boolean) {
  // Teasers cannot be the whole page: when related/tag blocks hold most of its text, the page is
  // a list of articles (home page, section front), and the article check must see it so.
  // Read (before anything is removed) only when there is a related/tag block to judge.
  let listPage = false;
  const linkHits = new Set(hits.filter((h) => LINK_KINDS.has(h.kind)).map((h) => h.el));
  if (linkHits.size) {
    const bodyChars = (body.textContent ?? '').replace(/\s+/g, ' ').length;
    let linkKindChars = 0;
    for (const el of linkHits) {
      let nested = false;
      for (let a = el.parentElement; a && !nested; a = a.parentElement) nested = linkHits.has(a);
      if (!nested) linkKindChars += (el.textContent ?? '').replace(/\s+/g, ' ').length;
    }
    listPage = linkKindChars >= 0.5 * bodyChars;
  }
  const articleBody = body.querySelector('[itemprop="articleBody"], [itemprop="articlebody"]');
  // The page's paragraph characters as they were before any removal: read only when a block holds
  // over 1000 (what is gone since is added back).
  let allP = -1;
  let removedP = 0;
  for (const { el, kind } of hits) {
    // Inside a block already removed: nothing to do.
    if (gone.size && removed(el.parentElement ?? el)) continue;
    if (articleBody && (el === articleBody || el.contains(articleBody))) continue;
    if (firstUnder(el, tagSet('h1'))) continue;
    const p = paragraphChars(el);
    if (p > 1000) {
      if (allP < 0) allP = paragraphChars(body) + removedP;
      if (p > 0.5 * allP) continue;
    }
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (LINK_KINDS.has(kind) && (listPage || (text.length > 0 && linkTextShare(el, text.length) < 0.5))) continue;
    gone.add(el);
    removedP += p + (el.localName === 'p' ? (el.textContent ?? '').length : 0);
    report.removed.push({ kind, chars: text.length });
    el.remove();
  }
}
