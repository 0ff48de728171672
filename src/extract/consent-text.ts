/**
 * Consent and privacy text: cookie walls, "one click for data protection" boxes in front of
 * embedded graphics. Recognised by the number of distinct consent words (chrome-words.ts) in a
 * short text. Used twice: to drop such boxes from the article, and to tell that Readability took
 * a consent dialog for the article (then extract-article tries its next candidate).
 */
import { CONSENT_WORDS } from './chrome-words';
import { type Drop, removeElement, collapsedText, foldCase, leafBlocks } from './content-blocks';
import { elementsUnder, firstUnder, tagSet } from './dom-walk';

const WORDS = [...new Set(Object.values(CONSENT_WORDS).flat())];

/** Every consent word in one pattern, longest first: one scan finds whether a text holds any. */
const ANY = new RegExp(
  [...WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

/**
 * How many distinct consent words `text` contains. With `target`, counting stops as soon as the
 * answer to "at least `target`?" is known (the count returned is then only good for that question).
 */
export function consentWordCount(text: string, target = Infinity): number {
  const t = foldCase(text);
  const early = target <= WORDS.length;
  if (early) {
    // One scan first: the words it meets are in the text (so `target` distinct ones answer yes), and
    // when it meets none, no word is in the text (any occurrence would have been met). Words that
    // overlap others ("cookie" in "cookies") are only counted by the word-by-word look below.
    ANY.lastIndex = 0;
    const met = new Set<string>();
    for (let m = ANY.exec(t); m; m = ANY.exec(t)) if (met.add(m[0]).size >= target) return met.size;
    if (!met.size) return 0;
  }
  let n = 0;
  for (let i = 0; i < WORDS.length; i++) {
    if (t.includes(WORDS[i]!)) n++;
    if (early && (n >= target || n + WORDS.length - 1 - i < target)) break; // known: reached, or too few words left
  }
  return n;
}

/** Mostly consent talk: ≥ 3 distinct consent words, and at least one per 400 characters. */
export function looksLikeConsent(text: string): boolean {
  // n ≥ 3 and n·400 ≥ length, as one threshold; a text too long for every word to reach it is not read.
  const need = Math.max(3, Math.ceil(text.length / 400));
  if (need > WORDS.length) return false;
  return consentWordCount(text, need) >= need;
}

/**
 * A consent box: its text looks like consent, and none of its paragraphs of some length
 * (≥ 80 characters) is free of consent words: a block that also holds the story is not one.
 */
export function isConsentBox(el: Element, text = collapsedText(el)): boolean {
  if (!looksLikeConsent(text)) return false;
  return leafBlocks(el).every((b) => b.text.length < 80 || consentWordCount(b.text, 1) > 0);
}

/** Remove consent boxes (outermost element whose text looks like consent) under `root`. */
export function removeConsentBoxes(root: Element, drop: Drop = removeElement, maxChars = 1500): number {
  let n = 0;
  // Most articles hold no consent talk at all: one look at the whole text decides.
  if (consentWordCount(root.textContent ?? '', 3) < 3) return 0;
  const gone = new Set<Element>();
  for (const el of elementsUnder(root, tagSet('div, section, aside, p, form, dialog'))) {
    let a: Element | null = el.parentElement;
    let inside = false;
    while (a && a !== root) {
      if (gone.has(a)) {
        inside = true;
        break;
      }
      a = a.parentElement;
    }
    if (inside) continue;
    const t = collapsedText(el);
    if (!t || t.length > maxChars || firstUnder(el, tagSet('h1'))) continue;
    if (isConsentBox(el, t)) {
      gone.add(el);
      drop(el);
      n++;
    }
  }
  return n;
}
