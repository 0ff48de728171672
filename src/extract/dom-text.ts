/**
 * DOM subtree → plain text with paragraph structure, and the links inside it.
 *
 * Blocks (p, headings, list items, table rows, div…) become paragraphs separated by "\n\n";
 * `<br>` becomes "\n"; white space inside a block is collapsed to single spaces (except in
 * `<pre>`); inline elements never glue words together or split them. Iterative walk (no
 * recursion), so a 5,000-level DOM cannot overflow the stack. Invisible formatting characters
 * (soft hyphens, zero-width, bidi controls) are dropped from every text node (invisible-chars.ts).
 */
import type { ArticleLink } from './article';
import { stripInvisible } from './invisible-chars';
import { absoluteHttpUrl, clip } from './metadata';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
  'legend', 'option', 'html',
]);
const CELL = new Set(['td', 'th']);
/** Blocks that label the text rather than say it: headings and captions (see DomText.labels). */
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CAPTION = new Set(['figcaption', 'caption']);
/**
 * How a statement ends (a heading that ends so is prose set in a heading: a standfirst, a quote). A
 * heading that ends with "?" or "!" is a label: an explainer's question ("What has Trump said about
 * Nato?", "Wem gehört der Tanker?") or a call to the reader ("Ihre Meinung ist uns wichtig!").
 */
const SENTENCE_END = /[.…][\s"'”’»)]*$/; // French closes « … » after a space
/** At most this many label spans are kept (a page of 10,000 headings is no article). */
const MAX_LABELS = 2000;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'select', 'textarea', 'input', 'button', 'video', 'audio', 'picture', 'img', 'source', 'map']);

export interface DomTextOptions {
  /** Base for relative link URLs. */
  base: string;
  /** The page URL: links back to the page itself (in-page anchors) are not article links. */
  pageUrl?: string;
  /** Stop after about this many characters. */
  maxChars?: number;
  /** Skip elements hidden with `hidden` / `aria-hidden="true"` / inline display:none (off for Readability output). */
  skipHidden?: boolean;
  /** Skip nav/aside/footer/header furniture (for the fallback body walk). */
  skipFurniture?: boolean;
}

export interface DomText {
  /** Paragraphs joined with "\n\n". */
  text: string;
  links: ArticleLink[];
  /** True when maxChars stopped the walk. */
  truncated: boolean;
  /** Characters of text inside links (link density = linkChars / text.length). */
  linkChars: number;
  /** Paragraphs that are (almost) nothing but a link: teaser lists, search results. */
  linkBlocks: number;
  /** Paragraphs of running text (≥ 80 chars, not a link) before the first link-only one. */
  leadingProse: number;
  /**
   * Offsets in `text` of the paragraphs that label the article rather than tell it: every caption
   * (figcaption, table caption) and every heading (h1–h6) that does not end like a statement (a
   * sub-heading, a question heading, a live ticker's "06.20 Uhr: …" entry). In reading order. The summary never picks
   * a sentence inside one; the entities in them still count (a caption names people and places).
   */
  labels: Array<{ start: number; end: number }>;
}

const FURNITURE = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu', 'dialog']);

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const st = el.getAttribute('style');
  return !!st && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(st);
}

export function domText(root: Node, opts: DomTextOptions): DomText {
  const max = opts.maxChars ?? Infinity;
  const blocks: string[] = [];
  let total = 0;
  let cur = '';
  let pre = 0;
  let truncated = false;
  const links: ArticleLink[] = [];
  const linkIndex = new Map<string, number>();
  const pageNoHash = opts.pageUrl ? opts.pageUrl.split('#')[0] : null;

  let curPre = false;
  let linkBlocks = 0;
  let leadingProse = 0;
  let blockLinkChars = 0;
  // Inside a heading / a caption: how many are open (a caption's inner <div>s are blocks of their own).
  let headingDepth = 0;
  let captionDepth = 0;
  const labels: Array<{ start: number; end: number }> = [];
  const flush = () => {
    const t = curPre
      ? cur.replace(/^\s*\n|\s+$/g, '').replace(/\n{2,}/g, '\n')
      : cur
          .replace(/[ \t\f\v\u00a0]*\n[ \t\f\v\u00a0]*/g, '\n')
          .replace(/\n{2,}/g, '\n')
          .trim();
    cur = '';
    curPre = false;
    const lc = blockLinkChars;
    blockLinkChars = 0;
    if (!t) return;
    if (linkStack.length > 0 || lc >= 0.8 * t.length) linkBlocks++;
    else if (linkBlocks === 0 && t.length >= 80) leadingProse++;
    if ((captionDepth > 0 || (headingDepth > 0 && !SENTENCE_END.test(t))) && labels.length < MAX_LABELS) labels.push({ start: total, end: total + t.length });
    blocks.push(t);
    total += t.length + 2;
    if (total >= max) truncated = true;
  };
  const append = (s: string) => {
    if (pre > 0) {
      curPre = true;
      cur += s.replace(/\r\n?/g, '\n');
      return;
    }
    let t = s.replace(/\s+/g, ' ');
    if (t.startsWith(' ') && (cur === '' || cur.endsWith(' ') || cur.endsWith('\n'))) t = t.slice(1);
    cur += t;
  };

  // Explicit stack (no recursion): nodes, and whether the entry is an element's exit.
  const stack: Node[] = [root];
  const exits: boolean[] = [false];
  const linkStack: Array<{ href: string; el: Element }> = [];
  let linkChars = 0;
  while (stack.length && !truncated) {
    const node = stack.pop()!;
    const exiting = exits.pop()!;
    const type = node.nodeType;
    if (type === 3) {
      // Soft hyphens, zero-width and bidi controls go before anything else: offsets stay exact.
      let v = stripInvisible(node.nodeValue ?? '');
      // Never process more of a giant text node than the cap can keep.
      const room = max - total - cur.length;
      if (v.length > room + 1000) v = v.slice(0, Math.max(0, room) + 1000);
      append(v);
      if (total + cur.length >= max) {
        flush();
        truncated = true;
      }
      continue;
    }
    if (type !== 1 && type !== 9 && type !== 11) continue;
    const el = node as Element;
    const tag = type === 1 ? el.localName : '';
    if (exiting) {
      if (tag === 'a') {
        const l = linkStack.pop();
        if (l) {
          const lt = clip(stripInvisible(l.el.textContent ?? ''), 2000);
          if (linkStack.length === 0) {
            linkChars += lt.length;
            blockLinkChars += lt.length;
          }
          addLink(l.href, lt);
        }
      } else if (tag === 'pre') pre--;
      if (BLOCK.has(tag)) {
        flush();
        if (HEADING.has(tag)) headingDepth--;
        else if (CAPTION.has(tag)) captionDepth--;
      } else if (CELL.has(tag)) append(' ');
      continue;
    }
    if (tag) {
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        cur += '\n';
        continue;
      }
      if (opts.skipHidden && isHidden(el)) continue;
      if (opts.skipFurniture && FURNITURE.has(tag)) continue;
      const block = BLOCK.has(tag);
      if (block) flush();
      if (HEADING.has(tag)) headingDepth++;
      else if (CAPTION.has(tag)) captionDepth++;
      // Only elements with work to do on exit get an exit entry.
      if (tag === 'a') {
        const href = absoluteHttpUrl(el.getAttribute('href'), opts.base);
        // A link without a usable http(s) target (javascript:, mailto:…) still contributes its text.
        if (href) {
          linkStack.push({ href, el });
          stack.push(node);
          exits.push(true);
        }
      } else if (block || tag === 'pre' || CELL.has(tag)) {
        if (tag === 'pre') pre++;
        stack.push(node);
        exits.push(true);
      }
    }
    for (let c = node.lastChild; c; c = c.previousSibling) {
      stack.push(c);
      exits.push(false);
    }
  }
  if (!truncated) flush();

  function addLink(href: string, text: string) {
    if (pageNoHash && href.split('#')[0] === pageNoHash && href.includes('#')) return;
    const i = linkIndex.get(href);
    if (i === undefined) {
      linkIndex.set(href, links.length);
      links.push({ href, text: text.slice(0, 500) });
    } else if (!links[i]!.text && text) links[i]!.text = text.slice(0, 500);
  }

  let text = blocks.join('\n\n');
  if (text.length > max) {
    text = cutAtParagraph(text, max);
    truncated = true;
  }
  return { text, links, truncated, linkChars, linkBlocks, leadingProse, labels: labels.filter((l) => l.end <= text.length) };
}

/** Cut `text` to at most `max` chars at a paragraph boundary (else a line, sentence or word boundary). */
export function cutAtParagraph(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  for (const sep of ['\n\n', '\n', '. ', ' ']) {
    const i = head.lastIndexOf(sep);
    if (i > max * 0.5) return head.slice(0, sep === '. ' ? i + 1 : i).trimEnd();
  }
  return head.trimEnd();
}
