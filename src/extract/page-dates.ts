/**
 * Every visible date of a page, with what a reader would see around it: the label before it
 * ("Veröffentlicht am", "Posted on", "mis à jour le"), whether it sits in page furniture or in a
 * link (teasers of other items), and how far it is from the headline. The last resort of the
 * publication-date finder when no metadata and nothing next to the headline gives a date.
 * Read only; bounded work on huge pages.
 */
import { allTextDates, type MonthFirst, type TextDate } from './date-text';

export interface PageDate extends TextDate {
  /** The element holding the date's text. */
  el: Element;
  /** Characters from the headline (negative: before it); null without a headline. */
  fromHeadline: number | null;
  /** The 40 characters before the date. */
  before: string;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'option', 'button', 'textarea', 'head']);

/** Next node in document order; skipChildren jumps over `n`'s subtree. */
export function nextNode(n: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && n.firstChild) return n.firstChild;
  for (let p: Node | null = n; p; p = p.parentNode) if (p.nextSibling) return p.nextSibling;
  return null;
}

/**
 * The dates in the visible text under `root`, in document order. `anchor` (the headline) sets
 * `fromHeadline`. At most `budget` characters of text are read.
 */
export function pageDates(root: Element, anchor: Element | null, monthFirst: MonthFirst, budget = 150_000): PageDate[] {
  const parts: string[] = [];
  const starts: number[] = [];
  const owners: Element[] = [];
  let len = 0;
  let anchorAt: number | null = null;
  let steps = 0;
  // the first node after root's subtree: reaching it in document order is leaving the subtree
  const past = nextNode(root, true);
  for (let n: Node | null = root.firstChild; n && len < budget && steps++ < 60_000; ) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el === anchor) anchorAt = len;
      if (SKIP.has(el.localName) || el.hasAttribute('hidden')) {
        n = nextNode(n, true);
        continue;
      }
    } else if (n.nodeType === 3) {
      // a space between text nodes: `<p>Mise en ligne</p><p>23 mai 2019</p>` reads as two words
      const t = ` ${(n.nodeValue ?? '').replace(/\s+/g, ' ')}`;
      if (t.trim()) {
        starts.push(len);
        owners.push(n.parentElement ?? root);
        parts.push(t);
        len += t.length;
      }
    }
    const next = nextNode(n, false);
    // (`n` is `past` itself only when a skipped element ended the subtree: read, then stop)
    if (!next || next === past || n === past) break;
    n = next;
  }
  const text = parts.join('');
  const out: PageDate[] = [];
  for (const d of allTextDates(text, { monthFirst, max: 300, shortYear: true })) {
    // the text node the date starts in
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= d.index) lo = mid;
      else hi = mid - 1;
    }
    out.push({
      ...d,
      el: owners[lo] ?? root,
      fromHeadline: anchorAt == null ? null : d.index - anchorAt,
      before: text.slice(Math.max(0, d.index - 40), d.index),
    });
  }
  return out;
}

/** Words that introduce the publication date, in nl/fr/de/en/es (and a few others). */
export const PUBLISHED_LABEL =
  /(?:ver[öo]ffentlicht|publiziert|erschienen|erstellt|geschrieben|eingestellt|gepost(?:et)?|published|posted|written|created|uploaded|released|gepubliceerd|geplaatst|verschenen|publi[ée]e?|mis en ligne|mise en ligne|post[ée]e?|publicad[oa]|publicaci[óo]n|datum|date|vom|du)\s*(?:am|on|le|op|el|:|\s)*\s*(?:\p{L}+,?\s*)?$/iu;
/** Words that introduce another date of the page: an update, a copyright, an event. */
export const OTHER_LABEL =
  /(?:aktualisiert|ge[äa]ndert|retrieved|accessed|abgerufen|consult[ée]|geraadpleegd|bearbeitet|editiert|updated?|modified|revised|mis à jour|mise à jour|modifi[ée]e?|bijgewerkt|gewijzigd|actualizad[oa]|actualizaci[óo]n|modificad[oa]|stand|copyright|©|\(c\)|erscheinungs(?:termin|datum)|release date|deadline|bis|until|jusqu'au|tot)\s*(?:am|on|le|op|el|:|\s)*\s*(?:\p{L}+,?\s*)?$/iu;
