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
 * A teaser card goes whatever its class: a short `<article>` whose heading links to another page
 * (teaserCard), the way sites embed another story's headline and blurb in the body. Only a lone card:
 * cards side by side (a grid, a sidebar, a section front) are left to Readability and the rules above.
 * A widget goes too: a short block with a heading and a button (a podcast player's promo, a share or sign-up
 * box, a log-in form), found from its buttons (widgetOf).
 * Runs on Readability's working copy, never on the live page.
 */
import { CHROME_MARKUP_WORDS } from './chrome-words';
import { collapsedText } from './content-blocks';
import { isCreditClassed, markCreditElement } from './photo-credits';
import { collapsedLongerThan, elementsUnder, firstUnder, tagSet, walkElements } from './dom-walk';

export type ChromeKind = keyof typeof CHROME_MARKUP_WORDS | 'dialog' | 'card' | 'widget';

const WORD_KIND = new Map<string, ChromeKind>();
for (const [kind, words] of Object.entries(CHROME_MARKUP_WORDS) as Array<[ChromeKind, readonly string[]]>) {
  for (const w of words) WORD_KIND.set(w, kind);
}
/** Kinds that are teasers of other articles: when they hold most of the page, the page is a list of articles. */
const TEASER_KINDS = new Set<ChromeKind>(['related', 'tags', 'card']);
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

/** The headings of a card or a widget. */
const HEADINGS = tagSet('h2, h3, h4');

/** Longest text of a teaser card: a headline and a blurb, not a story. */
const CARD_MAX_CHARS = 600;

/**
 * A teaser card: an `<article>` of a headline and a blurb (under CARD_MAX_CHARS) whose heading (h2–h4)
 * links to another page. The page's own article never is one: it is longer, or its heading is an h1
 * (and blocks with an h1 are never removed).
 */
export function teaserCard(el: Element): boolean {
  if (el.localName !== 'article') return false;
  let link: Element | null = null;
  for (const h of elementsUnder(el, HEADINGS)) if ((link = walkElements(h, (x) => x.localName.toLowerCase() === 'a' && x.hasAttribute('href')))) break;
  const href = link?.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return false;
  return !collapsedLongerThan(el, CARD_MAX_CHARS);
}

/** Longest text of a widget: a heading, a line and its controls. */
const WIDGET_MAX_CHARS = 300;
const WIDGET_BLOCKS = new Set(['div', 'section', 'aside', 'figure', 'form']);

/**
 * The widget a button belongs to: its nearest block ancestor (within six levels) that holds a heading (h2–h4),
 * while the text stays under WIDGET_MAX_CHARS ("#1 Robert Habeck über Krieg, Frieden und Waffen" and a play button;
 * "Get daily National news" and "Sign up"; "Share this story"), or null.
 */
export function widgetOf(button: Element): Element | null {
  let depth = 0;
  for (let a = button.parentElement; a && depth < 6; a = a.parentElement, depth++) {
    if (a.localName === 'body' || a.localName === 'article' || a.localName === 'main') return null;
    if (!WIDGET_BLOCKS.has(a.localName)) continue;
    if (collapsedLongerThan(a, WIDGET_MAX_CHARS)) return null;
    if (firstUnder(a, HEADINGS)) return a;
  }
  return null;
}

/**
 * The cards whose parent and grandparent hold no other card: a teaser set in the flow of the text, not one of a
 * grid. A card holding or held by another card is a list of teasers, never lone.
 */
function loneCards(cards: Element[]): Element[] {
  if (cards.length < 2) return cards;
  const crowded = new Set<Element>();
  const all = new Set(cards);
  for (const c of cards) {
    for (let a = c.parentElement; a; a = a.parentElement) {
      if (!all.has(a)) continue;
      crowded.add(a);
      crowded.add(c);
    }
  }
  const seen = new Map<Element, Element>();
  for (const c of cards) {
    for (let a = c.parentElement, i = 0; a && i < 2; a = a.parentElement, i++) {
      const other = seen.get(a);
      if (other && other !== c) {
        crowded.add(c);
        crowded.add(other);
      } else seen.set(a, c);
    }
  }
  return cards.filter((c) => !crowded.has(c));
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
  const cards: Element[] = [];
  const buttons: Element[] = [];
  for (const el of elementsUnder(body)) {
    if (el.localName === 'button') {
      buttons.push(el);
      continue;
    }
    if (el.localName === 'article' && teaserCard(el)) {
      cards.push(el);
      continue;
    }
    if (!el.hasAttributes()) continue;
    if (credits && isCreditClassed(el)) creditCandidates.push(el);
    if (!BLOCK_TAGS.has(el.localName)) continue;
    const kind = chromeKindOf(el);
    if (kind) hits.push({ el, kind });
  }
  for (const el of loneCards(cards)) hits.push({ el, kind: 'card' });
  const widgets = new Set<Element>();
  for (const b of buttons) {
    const w = widgetOf(b);
    if (w && !widgets.has(w)) {
      widgets.add(w);
      hits.push({ el: w, kind: 'widget' });
    }
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
  // Teasers cannot be the whole page: when related/tag blocks and teaser cards hold most of its text,
  // the page is a list of articles (home page, section front), and the article check must see it so.
  // Read (before anything is removed) only when there is a teaser block to judge.
  let listPage = false;
  const linkHits = new Set(hits.filter((h) => TEASER_KINDS.has(h.kind)).map((h) => h.el));
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
  const articleBody = walkElements(body, (el) => {
    const v = el.getAttribute('itemprop');
    return v === 'articleBody' || v === 'articlebody';
  });
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
    const text = collapsedText(el);
    if (kind === 'card' && listPage) continue;
    if (LINK_KINDS.has(kind) && (listPage || (text.length > 0 && linkTextShare(el, text.length) < 0.5))) continue;
    gone.add(el);
    removedP += p + (el.localName === 'p' ? (el.textContent ?? '').length : 0);
    report.removed.push({ kind, chars: text.length });
    el.remove();
  }
}
