/**
 * Find a piece of the brief's text in the live page, across text nodes: the page's white space
 * is arbitrary (line breaks, indentation, `&nbsp;`, no space at all between two blocks), the
 * brief's text is collapsed, so both sides are compared with every white-space run (and every
 * block boundary) read as one space.
 *
 * Pure DOM reading (TreeWalker-free, iterative), tested with linkedom; the highlighting itself
 * is in ./highlight-dom.ts and the injected entrypoints/highlight.ts.
 */

export interface FindTextQuery {
  /** The text to find (an entity mention, a sentence…), as it appears in the brief's text. */
  text: string;
  /** Which occurrence (0-based) when there is no context or it does not decide. Default 0. */
  occurrence?: number;
  /** Up to ~60 characters of the brief's text before the mention, to pick the right occurrence. */
  before?: string;
  /** Up to ~60 characters of the brief's text after the mention. */
  after?: string;
}

/** A piece of one text node: [start, end) in its `nodeValue`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface TextMatch {
  segments: TextSegment[];
  /** How many occurrences the page has (capped at 1000). */
  count: number;
  /** Which one was chosen (0-based). */
  index: number;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'textarea', 'select', 'option', 'svg', 'math', 'iframe', 'object']);
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'blockquote', 'pre', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'hr', 'address', 'details', 'summary', 'form', 'fieldset']);
const WS = /\s/;
/** Dropped from the article text by domText (invisible-chars.ts), so skipped here too. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C]/;

/** The normalised text of `root` with, for each of its characters, the text node and offset it came from. */
interface Flat {
  text: string;
  nodes: Text[];
  /** per char: index into nodes, or -1 for a virtual (block-boundary) space */
  nodeOf: Int32Array;
  offOf: Int32Array;
}

function flatten(root: Node, maxChars: number): Flat {
  const chars: string[] = [];
  const nodes: Text[] = [];
  let nodeOf = new Int32Array(1024);
  let offOf = new Int32Array(1024);
  let n = 0;
  let lastSpace = true;
  const push = (ch: string, ni: number, off: number) => {
    if (n >= nodeOf.length) {
      const a = new Int32Array(nodeOf.length * 2);
      a.set(nodeOf);
      nodeOf = a;
      const b = new Int32Array(offOf.length * 2);
      b.set(offOf);
      offOf = b;
    }
    chars.push(ch);
    nodeOf[n] = ni;
    offOf[n] = off;
    n++;
  };
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length && n < maxChars) {
    const [node, exiting] = stack.pop()!;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      const ni = nodes.length;
      nodes.push(node as Text);
      for (let i = 0; i < v.length; i++) {
        const c = v[i]!;
        if (INVISIBLE.test(c)) continue;
        if (WS.test(c)) {
          if (!lastSpace) {
            push(' ', ni, i);
            lastSpace = true;
          }
        } else {
          push(c, ni, i);
          lastSpace = false;
        }
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).localName : '';
    if (SKIP.has(tag)) continue;
    if (BLOCK.has(tag) && !lastSpace) {
      push(' ', -1, 0);
      lastSpace = true;
    }
    if (exiting) continue;
    if (BLOCK.has(tag)) stack.push([node, true]);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
  }
  return { text: chars.join(''), nodes, nodeOf: nodeOf.subarray(0, n), offOf: offOf.subarray(0, n) };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Find the query's occurrence under `root`; null when the page does not contain the text. */
export function findText(root: Node, q: FindTextQuery, maxChars = 5_000_000): TextMatch | null {
  const needle = norm(q.text ?? '');
  if (!needle) return null;
  const flat = flatten(root, maxChars);
  let hay = flat.text;
  let ndl = needle;
  let hits = positions(hay, ndl);
  if (!hits.length) {
    const lh = hay.toLowerCase();
    const ln = ndl.toLowerCase();
    if (lh.length === hay.length && ln.length === ndl.length) {
      hay = lh;
      ndl = ln;
      hits = positions(hay, ndl);
    }
  }
  if (!hits.length) return null;
  let index = Math.min(Math.max(0, Math.floor(q.occurrence ?? 0)), hits.length - 1);
  const before = norm(q.before ?? '');
  const after = norm(q.after ?? '');
  if ((before || after) && hits.length > 1) {
    let best = -1;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      const pb = flat.text.slice(Math.max(0, h - before.length - 1), h).trimEnd();
      const pa = flat.text.slice(h + ndl.length, h + ndl.length + after.length + 1).trimStart();
      const score = commonSuffix(before, pb) + commonPrefix(after, pa);
      if (score > best) {
        best = score;
        index = k;
      }
    }
  }
  const start = hits[index]!;
  const end = start + ndl.length; // exclusive, in flat chars
  return { segments: segmentsOf(flat, start, end), count: hits.length, index };
}

function positions(hay: string, needle: string): number[] {
  const out: number[] = [];
  let i = hay.indexOf(needle);
  while (i >= 0 && out.length < 1000) {
    out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}

function segmentsOf(flat: Flat, start: number, end: number): TextSegment[] {
  const segs: TextSegment[] = [];
  for (let i = start; i < end; i++) {
    const ni = flat.nodeOf[i]!;
    if (ni < 0) continue;
    const off = flat.offOf[i]!;
    const last = segs[segs.length - 1];
    if (last && last.node === flat.nodes[ni]) last.end = off + 1;
    else segs.push({ node: flat.nodes[ni]!, start: off, end: off + 1 });
  }
  return segs;
}

/** A DOM Range spanning the match (for the CSS Custom Highlight API or scrolling). */
export function matchRange(doc: Document, m: TextMatch): Range | null {
  const first = m.segments[0];
  const last = m.segments[m.segments.length - 1];
  if (!first || !last) return null;
  const r = doc.createRange();
  r.setStart(first.node, first.start);
  r.setEnd(last.node, last.end);
  return r;
}

/** Where the article likely is, most specific first (occurrences are counted in the article text). */
export const ARTICLE_ROOT_SELECTORS = ['[itemprop~="articleBody"]', 'article', 'main', '[role="main"]'] as const;

/**
 * The containers to search, in order: every article-like container the reader can see (by
 * selector priority, then document order), then the body. A `<main>` or `<article>` the reader
 * cannot see — hidden, or an off-screen copy some pages keep for printing or for bots — is
 * skipped: a highlight drawn there scrolls nowhere. `isSeen` is the caller's visibility test
 * (layout: the injected script; a stub in tests).
 */
export function articleRoots(doc: Document, isSeen: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  for (const sel of ARTICLE_ROOT_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 50)) {
      if (seen.has(el)) continue;
      seen.add(el);
      if (isSeen(el)) out.push(el);
    }
  }
  if (doc.body) out.push(doc.body);
  return out;
}

/**
 * The match to highlight: the first container (see articleRoots) where the text is found and
 * the match itself is seen (`matchSeen`, e.g. it has a layout box on the page); within a
 * container, the chosen occurrence, else the first other occurrence that is seen.
 */
export function locateText(doc: Document, q: FindTextQuery, isSeen: (el: Element) => boolean, matchSeen: (m: TextMatch) => boolean = () => true): TextMatch | null {
  const roots = articleRoots(doc, isSeen);
  for (let i = 0; i < roots.length; i++) {
    const m = findText(roots[i]!, q);
    if (!m) continue;
    // In an article container the wanted occurrence must exist there (else the body decides).
    if (i < roots.length - 1 && !(m.count > (q.occurrence ?? 0) || q.before || q.after)) continue;
    if (matchSeen(m)) return m;
    for (let k = 0; k < Math.min(m.count, 50); k++) {
      if (k === m.index) continue;
      const other = findText(roots[i]!, { text: q.text, occurrence: k });
      if (other && matchSeen(other)) return other;
    }
  }
  return null;
}

/**
 * A few pieces of the brief's text (about `len` characters each, whole words, inside one
 * paragraph, spread over the text) by which a page can be recognised as still showing the
 * article the brief was made from.
 */
export function textProbes(text: string, n = 5, len = 40): string[] {
  const paras = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length >= len + 10);
  if (!paras.length) return [];
  const out: string[] = [];
  const picks = Math.min(n, paras.length);
  for (let i = 0; i < picks; i++) {
    const p = paras[Math.floor(((i + 0.5) * paras.length) / picks)]!;
    let a = Math.max(0, Math.floor(p.length / 2 - len / 2));
    while (a > 0 && p[a - 1] !== ' ') a--;
    let b = Math.min(p.length, a + len);
    while (b < p.length && p[b] !== ' ') b++;
    const probe = p.slice(a, b).trim();
    if (probe.length >= 12) out.push(probe.slice(0, 200));
  }
  return [...new Set(out)];
}

/** How many of the probes `root`'s text holds (white space and case ignored). */
export function probesFound(root: Node, probes: readonly string[], maxChars = 5_000_000): number {
  if (!probes.length) return 0;
  const hay = flatten(root, maxChars).text.toLowerCase();
  let found = 0;
  for (const p of probes) if (hay.includes(norm(p).toLowerCase())) found++;
  return found;
}

/** True when the page still shows the analysed article: at least half of the probes are in it (no probes: cannot tell, true). */
export function stillHoldsArticle(root: Node, probes: readonly string[] | undefined): boolean {
  const ps = (probes ?? []).filter((p) => typeof p === 'string' && p.trim()).slice(0, 10);
  if (!ps.length) return true;
  return probesFound(root, ps) * 2 >= ps.length;
}
