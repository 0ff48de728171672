/**
 * Candidate sentences for the summary: the NLP layer's sentence spans, cut at line breaks
 * (a heading or caption line is never glued to the sentence after it), trimmed, and with
 * junk (captions, credits, "read more" lines, bare URLs, very short lines) marked.
 * Falls back to a simple punctuation splitter when the spans are missing or huge.
 */
import { allTextWords } from '../nlp/lang/text-words';
import type { Span } from '../nlp/types';
import { scanWords } from './words';

export interface Candidate extends Span {
  /** Index in reading order among all candidates. */
  index: number;
  junk: boolean;
}

/** A span longer than this is re-split on sentence punctuation (a real sentence seldom is). */
const MAX_SENTENCE = 300;

/** Words after which a full stop does not end a sentence (every language's: pages mix them). */
const ABBREV = new Set(allTextWords().abbreviations.map((a) => a.replace(/\./g, '')));

const SENT_END = /[.!?…]+["'”’»)\]]*\s+(?=["'“‘«(\[]?[\p{Lu}\p{N}])|[。！？]+[」』”’)）]*\s*/gu;

/** Han, kana and hangul: scripts written without spaces between words (or counted per character). */
export const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const NON_CJK = /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** Word count, with two CJK characters counted as one word. */
export function wordCount(s: string, cap = Infinity): number {
  let words = 0;
  if (cap > 0) scanWords(s, () => ++words < cap);
  if (words < cap && /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/.test(s)) {
    const cjk = s.replace(NON_CJK, '').length;
    words += Math.floor(cjk / 2) - (s.match(CJK_RUN)?.length ?? 0); // the runs were counted as words
  }
  return Math.max(0, words);
}

function splitLong(text: string, s: Span, out: Span[]) {
  let from = s.start;
  SENT_END.lastIndex = 0;
  const part = text.slice(s.start, s.end);
  let m: RegExpExecArray | null;
  while ((m = SENT_END.exec(part))) {
    const before = /([\p{L}.]+)$/u.exec(part.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
    const word = before.toLowerCase().replace(/\./g, '');
    if (m[0][0] === '.' && (ABBREV.has(word) || /^\p{L}$/u.test(word) || /\p{L}\.\p{L}$/u.test(before))) continue;
    const cut = s.start + m.index + m[0].length;
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end: s.end });
}

/** True when text[from, to) holds a CJK full stop (。！？ end sentences unambiguously) before its end. */
function hasCjkStop(text: string, from: number, to: number): boolean {
  // Scan the span only (indexOf from `from` would run to the end of the text for every span: quadratic).
  for (let i = from; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return true; // 。！？
  }
  return false;
}

/** Trim white space off both ends of a span. */
function trimSpan(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** A regex alternation of `words`, longest first (so "lesen sie auch" wins over "lesen sie"), spaces as \s+. */
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** The junkStarts words of every language as one alternation (JUNK_START, CREDIT_TAIL). */
const JUNK_WORDS = alternation(allTextWords().junkStarts);
/** A caption, credit, teaser or sharing line: "Foto: …", "Read more | …", "Lesen Sie auch – …". */
/**
 * A dateline before the first words of a story: "(CNN) -- ", "(CNN)Share…", "Canberra, Australia (CNN) -- ",
 * "BERLIN, 4. Juni (dpa) – ", "PARIS — ", "DEN HAAG - ", a rubric in capitals ("LE POINT SUR LA SITUATION - ").
 * A parenthesis ends a dateline only when a dash follows it or the story's first word is glued to it
 * ("NCCN (Nationaal Crisiscentrum) heeft …" is a sentence, not a dateline).
 */
const DATELINE =
  /^(?:(?:[\p{Lu}][\p{L}.'’-]*|\d{1,4}\.?)(?:,?[ \u00a0](?:[\p{Lu}][\p{L}.'’-]*|\d{1,4}\.?)){0,4},?[ \u00a0]*)?\([\p{L}][\p{L}&. /-]{1,24}\)(?:[ \u00a0]*(?:--|[–—-])[ \u00a0]*|(?=[\p{Lu}\p{N}"“‘«]))|^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,4}(?:,[^,\n]{1,30})?[ \u00a0]+(?:--|[–—-])[ \u00a0]+/u;

/**
 * The span without a leading place written in capitals before the story's first word (rule "caps place
 * dateline"): "TOULOUSE Le suspect …", "NEW YORK Les vents …", where no dash or parenthesis marks the
 * dateline. `places` are the NLP layer's place mentions; only one written all in capitals (3 letters or
 * more), at the span's start, followed by a space and a capitalised word, counts ("NATO Secretary …" is
 * no place, "Paris Match a révélé …" not in capitals).
 */
export function trimCapsPlace(text: string, s: Span, places: ReadonlyMap<number, number>): Span {
  const end = places.get(s.start);
  if (end === undefined || end >= s.end) return s;
  const name = text.slice(s.start, end);
  if (name.replace(/[^\p{L}]/gu, '').length < 3 || name !== name.toUpperCase() || name === name.toLowerCase()) return s;
  const m = /^[ \u00a0]+(?=\p{Lu}\p{Ll})/u.exec(text.slice(end, Math.min(s.end, end + 4)));
  if (!m) return s;
  const start = end + m[0].length;
  return wordCount(text.slice(start, s.end), 3) >= 3 ? { start, end: s.end } : s;
}

/** The span without a leading dateline (when words are left after it). */
export function trimDateline(text: string, s: Span): Span {
  const head = text.slice(s.start, Math.min(s.end, s.start + 80));
  const m = DATELINE.exec(head);
  if (!m || !m[0].length || s.start + m[0].length >= s.end - 1) return s;
  return { start: s.start + m[0].length, end: s.end };
}

const JUNK_START = new RegExp(
  `^(?:${JUNK_WORDS})(?![\\p{L}\\p{N}])\\s*[:|•·–—-]`,
  'iu',
);
/**
 * A credit after a caption on the same line, behind a separator: "… Jaishankar | Bildquelle: EU-Kommission",
 * "Raspberry Pi 3 - Image: Raspberry Pi Foundation" (the junkStarts words, then a colon).
 */
const CREDIT_TAIL = new RegExp(
  `\\s[|–—-]\\s*(?:${JUNK_WORDS})\\s*:`,
  'iu',
);
/** A photo caption glued into the text: "Craig Smith, 27 (left), …", "(Archivbild)". */
const CAPTION_MARKS = allTextWords().captionMarks.filter((m) => m.startsWith('('));
/**
 * A promotion of the outlet's own content (rule "promo"): an imperative from promoStarts opening the
 * sentence ("Découvrez …", "Watch …", "Lesen Sie …") and a first-person word among its next six
 * ("toutes nos vidéos", "our live coverage", "unseren Liveblog").
 */
const PROMO_START = new RegExp(`^(?:${alternation(allTextWords().promoStarts)})(?![\\p{L}\\p{N}])`, 'iu');
const FIRST_PERSON = new Set(allTextWords().firstPerson.filter((w) => !w.endsWith("'")));
function isPromo(s: string): boolean {
  const m = PROMO_START.exec(s);
  if (!m) return false;
  const next = s.slice(m[0].length).toLowerCase().match(/\p{L}+/gu)?.slice(0, 6) ?? [];
  return next.some((w) => FIRST_PERSON.has(w));
}
/** Whole lines that are page furniture ("Media playback is not supported on this device"). */
const JUNK_LINES = new Set(allTextWords().junkLines);
/** A list item: a bullet, or "1." / "2)" / "a)" before the text. */
const LIST_ITEM = /^(?:[•▪▫◦●○■□►▶➤✓✔*·–—-]\s*|\(?(?:\d{1,2}|[a-z])[.)]\s+(?=\p{L}))/u;
/** A teaser in brackets: "[Read: …]", "(Lees ook: …)", "[VIDEO] …" lines. */
const BRACKETED = /^[\[(][^\])]*[\])]\s*$|^\[[^\]]{1,40}\]/u;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
const ONE_LETTER = /^\p{L}$/u;
const ONE_UPPER = /^\p{Lu}$/u;
/** [letters, upper-case letters] of the last letterCounts call, in UTF-16 code units. */
const COUNTS: [number, number] = [0, 0];

/**
 * Counts the code units of `s` that are letters and upper-case letters (what
 * s.replace(/\P{L}+/gu, '').length and s.replace(/\P{Lu}+/gu, '').length give) in one pass
 * without building strings: ASCII directly, other code points with a one-character regex.
 */
function letterCounts(s: string): void {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      } else if (c >= 97 && c <= 122) letters++;
      continue;
    }
    let ch: string;
    let len = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        ch = s.slice(i, i + 2);
        len = 2;
        i++;
      } else ch = s[i];
    } else ch = s[i];
    if (ONE_LETTER.test(ch)) {
      letters += len;
      if (ONE_UPPER.test(ch)) upper += len;
    }
  }
  COUNTS[0] = letters;
  COUNTS[1] = upper;
}

/** True for lines that should never be a key sentence. */
export function isJunk(s: string): boolean {
  if (/^[©®]/.test(s) || JUNK_START.test(s) || LIST_ITEM.test(s) || BRACKETED.test(s) || CREDIT_TAIL.test(s) || isPromo(s)) return true;
  if (s.length < 80 && JUNK_LINES.has(s.toLowerCase().replace(/[.!…]+$/, ''))) return true;
  if (s.includes('(')) {
    const lower = s.toLowerCase();
    if (CAPTION_MARKS.some((m) => lower.includes(m))) return true;
  }
  const words = wordCount(s, 10);
  if (words < 5 || (s.length < 25 && words < 10)) return true;
  // Bare URLs / mostly links.
  if (s.includes('http') || s.includes('www.')) {
    let urlChars = 0;
    for (const m of s.matchAll(URL_RE)) urlChars += m[0].length;
    if (urlChars > s.length * 0.3) return true;
  }
  // Mostly non-letters (tables, numbers, symbols).
  letterCounts(s);
  const letters = COUNTS[0];
  if (letters < s.length * 0.5) return true;
  // SHOUTING lines, headings without a verb-bearing sentence end.
  const upper = COUNTS[1];
  if (letters > 10 && upper > letters * 0.6) return true;
  if (!/[.!?…"'”’»)。！？」』）]$/.test(s) && words < 10) return true;
  // A lead-in to a list.
  if (/:$/.test(s)) return true;
  return false;
}

/**
 * Key-sentence candidates in reading order. `sentences` are the NLP layer's spans (may be empty);
 * `places` its place mentions (a place in capitals opening a paragraph is a dateline: trimCapsPlace).
 */
export function candidates(text: string, sentences: readonly Span[], limit = Infinity, places?: readonly Span[]): Candidate[] {
  const placeAt = new Map<number, number>();
  for (const p of places ?? []) if (!placeAt.has(p.start)) placeAt.set(p.start, p.end);
  const base: Span[] = sentences.length ? [...sentences].sort((a, b) => a.start - b.start) : [{ start: 0, end: text.length }];
  const spans: Span[] = [];
  let nextNl = -2; // cached position of the next line break (keeps this linear on texts without any)
  for (const s of base) {
    if (spans.length > limit * 2) break;
    const start = Math.max(0, Math.min(s.start, text.length));
    const end = Math.max(start, Math.min(s.end, text.length));
    // Cut at line breaks.
    let from = start;
    while (from < end) {
      if (nextNl !== -1 && nextNl < from) nextNl = text.indexOf('\n', from);
      const nl = nextNl < 0 || nextNl > end ? end : nextNl;
      let to = nl;
      if (to > from && text[to - 1] === '\r') to--;
      if (to > from) {
        const piece = { start: from, end: to };
        if (to - from > MAX_SENTENCE || !sentences.length || hasCjkStop(text, from, to)) splitLong(text, piece, spans);
        else spans.push(piece);
      }
      from = nl + 1;
    }
  }
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (out.length >= limit) break;
    const trimmed = trimSpan(text, s);
    if (!trimmed || trimmed.start < lastEnd) continue; // overlapping spans from the NLP layer: keep the first
    let t = trimDateline(text, trimmed);
    if (placeAt.size) t = trimCapsPlace(text, t, placeAt);
    lastEnd = t.end;
    out.push({ start: t.start, end: t.end, index: out.length, junk: isJunk(text.slice(t.start, t.end)) });
  }
  return out;
}
