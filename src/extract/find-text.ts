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
