/**
 * After Readability: lines that send the reader to another article, also between body
 * paragraphs: "Read more: …", "[Read: …]", "ALSO READ: …", "Lees ook: …", "À lire aussi …",
 * "Mehr zum Thema: …", "Mehr … lesen Sie in unserem Liveblog:", and lists whose every item is
 * just a link (related-article lists). Their entities and dates belong to other stories.
 * Words per language come from chrome-words.ts.
 */
import { TEASER_INVITES, TEASER_OPENERS } from './chrome-words';
import { type Drop, type LeafBlock, removeElement, collapsedText, foldCase, leafBlocks } from './content-blocks';
import { elementsUnder, tagSet } from './dom-walk';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASES = Object.values(TEASER_OPENERS).flatMap((l) => l.phrases).sort((a, b) => b.length - a.length);
const COLON_WORDS = Object.values(TEASER_OPENERS).flatMap((l) => l.withColon);
const OPENER = new RegExp(
  `^[\\[(»«"'“„]?\\s*(?:(?:${PHRASES.map(escape).join('|')})(?![\\p{L}\\p{N}])|(?:${COLON_WORDS.map(escape).join('|')})\\s*:)`,
  'u',
);

/** Longest teaser line: a teaser is a headline, not a paragraph. */
export const MAX_TEASER_CHARS = 300;

/** Is this line a pointer to another article? */
export function isTeaserLine(text: string): boolean {
  const t = foldCase(text.trim());
  if (!t || t.length > MAX_TEASER_CHARS) return false;
  if (OPENER.test(t)) return true;
  return t.length <= 200 && TEASER_INVITES.some((p) => t.includes(p));
}

function linkShare(el: Element, len: number): number {
  let n = 0;
  for (const a of elementsUnder(el, tagSet('a'))) n += collapsedText(a).length;
  return len ? n / len : 0;
}

/**
 * A list of ≥ 3 items, each a link (a kicker like "Geheimdienste:" may precede it), the links
 * making most of its text: related articles.
 */
export function isLinkList(list: Element): boolean {
  const items = [...list.children].filter((c) => c.localName === 'li');
  if (items.length < 3) return false;
  let chars = 0;
  let linkChars = 0;
  for (const li of items) {
    const t = collapsedText(li);
    // A list of web addresses is a list of sources, kept with its links.
    if (!t || /^(?:https?:\/\/|www\.)/i.test(t)) return false;
    const share = linkShare(li, t.length);
    if (share < 0.4) return false;
    chars += t.length;
    linkChars += share * t.length;
  }
  return linkChars >= 0.7 * chars;
}

/** Remove teaser lines and related-link lists under `root`; returns the number removed. */
export function removeTeaserLines(root: Element, drop: Drop = removeElement, leaves: () => LeafBlock[] = () => leafBlocks(root)): number {
  let n = 0;
  for (const list of elementsUnder(root, tagSet('ul, ol'))) {
    if (isLinkList(list)) {
      drop(list);
      n++;
    }
  }
  for (const b of leaves()) {
    if (isTeaserLine(b.text)) {
      drop(b.el);
      n++;
    }
  }
  return n;
}
