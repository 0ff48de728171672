/**
 * Characters that are in the markup but not in the words a reader sees: soft hyphens
 * ("Vladi\u00ADmir" is "Vladimir"), zero-width spaces/joiners, word joiners, the byte-order
 * mark and bidi controls. They split or disguise words for the tokeniser, so they are taken
 * out of each text node before the article text is assembled: every offset into the article
 * text then points at exactly the characters the NLP saw.
 */

/** U+00AD soft hyphen, U+180E Mongolian vowel separator, U+200B–U+200F (zero-width space,
 * ZWNJ, ZWJ, LRM, RLM), U+202A–U+202E (bidi embeddings/overrides), U+2060–U+2064 (word
 * joiner, invisible operators), U+2066–U+2069 (bidi isolates), U+FEFF (BOM / ZWNBSP),
 * U+061C (Arabic letter mark). */
export const INVISIBLE_CHARS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C]/g;

const ANY_INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C]/;

/** `s` without invisible formatting characters (the same string when it has none). */
export function stripInvisible(s: string): string {
  return ANY_INVISIBLE.test(s) ? s.replace(INVISIBLE_CHARS, '') : s;
}
