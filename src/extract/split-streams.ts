/**
 * One article body split into several blocks of the same component: a site breaks its text stream to
 * set a sidebar ("Meistgelesen", ads) beside each part, so the parts are cousins, not siblings, and
 * Readability (which only looks at the siblings of its best block) keeps the first part. Before
 * Readability, `joinSplitStreams` moves the later parts of the article's stream into the first one.
 *
 * Parts are blocks of one <article> (or <main>) with the same tag, class and data-testid, none inside
 * another, each holding running text (a paragraph of ≥ 100 characters, mostly outside links) and each
 * with a sidebar (<aside>, role=complementary) beside it. The sidebars stay where they are: Readability and
 * the cleanup judge them as before.
 */
import { elementsUnder, tagSet } from './dom-walk';
import { collapse } from './metadata';


function signature(el: Element): string | null {
  const cls = (el.getAttribute('class') ?? '').trim();
  const tid = el.getAttribute('data-testid') ?? '';
  if (!cls && !tid) return null;
  return `${el.localName}|${cls}|${tid}`;
}

/** `el` directly holds a paragraph of running text (≥ 100 characters, less than a fifth in links). */
function holdsProse(el: Element): boolean {
  for (const p of elementsUnder(el, tagSet('p'))) {
    const t = collapse(p.textContent ?? '');
    if (t.length < 100) continue;
    const linked = elementsUnder(p, tagSet('a')).reduce((n, a) => n + collapse(a.textContent ?? '').length, 0);
    if (linked * 5 < t.length) return true;
  }
  return false;
}

/** `el` has a sidebar (an <aside> or a complementary block) among its siblings. */
function besideSidebar(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  return Array.from(parent.children).some((k) => k !== el && (k.localName === 'aside' || k.getAttribute('role') === 'complementary'));
}

const FURNITURE = new Set(['aside', 'nav', 'footer', 'header']);

/** `el` or an ancestor is an <aside>, <nav>, <footer> or <header> (as `el.closest('aside, nav, footer, header')`). */
function inFurniture(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (FURNITURE.has(a.localName)) return true;
  return false;
}

/** Join the split parts of each <article>/<main>'s text stream; returns how many parts were moved. */
export function joinSplitStreams(doc: Document): number {
  let moved = 0;
  for (const scope of elementsUnder(doc, tagSet('article, main'))) {
    if (scope.parentElement?.closest('article, main') && scope.localName === 'main') continue;
    // Blocks whose children are paragraphs of prose (or blocks holding them): the stream's parts.
    // A signature met once in the scope can make no group of two, so only repeated ones are judged.
    const blocks = elementsUnder(scope, tagSet('div, section'));
    const sigs = blocks.map(signature);
    const seen = new Map<string, number>();
    for (const sig of sigs) if (sig) seen.set(sig, (seen.get(sig) ?? 0) + 1);
    const scopeInFurniture = inFurniture(scope);
    const groups = new Map<string, Element[]>();
    for (let i = 0; i < blocks.length; i++) {
      const el = blocks[i]!;
      const sig = sigs[i];
      if (!sig || seen.get(sig)! < 2) continue;
      if (!scopeInFurniture && inFurniture(el)) continue;
      const kids = Array.from(el.children);
      if (!kids.some((k) => k.localName === 'p' || holdsProse(k))) continue;
      if (!holdsProse(el)) continue;
      const list = groups.get(sig) ?? [];
      list.push(el);
      groups.set(sig, list);
    }
    for (const parts of groups.values()) {
      const top = parts.filter((p) => !parts.some((q) => q !== p && q.contains(p)));
      if (top.length < 2) continue;
      const [first, ...rest] = top;
      // Only parts that are not already siblings (Readability joins siblings itself), in one scope, each
      // set beside a sidebar (what split the stream; a live blog's posts are cousins too, with none).
      if (!top.every(besideSidebar)) continue;
      for (const part of rest) {
        if (part.parentElement === first!.parentElement) continue;
        if (part.closest('article, main') !== first!.closest('article, main')) continue;
        while (part.firstChild) first!.appendChild(part.firstChild);
        part.remove();
        moved++;
      }
    }
  }
  return moved;
}
