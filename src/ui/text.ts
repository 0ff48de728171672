/**
 * Page strings made fit for display: still plain text (the DOM builder only ever makes Text
 * nodes), but without the tricks a hostile page can play with text itself: control
 * characters, bidirectional overrides that reorder what the reader sees, endless strings.
 * The characters removed are listed once, in src/brief/clean-text.ts (every output uses it).
 */
import { cleanText, stripInvisible } from '../brief/clean-text';

/** Collapses whitespace, strips control and bidi-override characters, caps the length (with …). */
export function displayText(value: string | null | undefined, max = 300): string {
  if (!value) return '';
  // Bounded work on endless strings: no more than a few times what is shown is ever cleaned.
  let s = cleanText(value.length > max * 8 + 4096 ? value.slice(0, max * 8 + 4096) : value);
  if (s.length > max) {
    // Do not cut a surrogate pair in half.
    let cut = max - 1;
    const code = s.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    s = s.slice(0, cut).trimEnd() + '…';
  }
  return s;
}

/** Like displayText but keeps paragraph breaks (for multi-line notes and sentences). */
export function displayBlock(value: string | null | undefined, max = 2000): string {
  if (!value) return '';
  const s = stripInvisible(value.length > max * 8 + 4096 ? value.slice(0, max * 8 + 4096) : value)
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}

/** . ! ? or a newline: where a sentence (or paragraph) ends. */
function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/**
 * A short window of `text` around [start, end): the sentence the mention sits in, cut to
 * about `max` characters with the mention kept in view. Linear in the window size.
 */
export function contextSnippet(text: string, start: number, end: number, max = 160): string {
  if (start < 0 || end > text.length || start >= end) return '';
  const lo = Math.max(0, start - max);
  const hi = Math.min(text.length, end + max);
  let from = start;
  while (from > lo && !isStop(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < hi && !isStop(text.charCodeAt(to))) to++;
  if (to < text.length && isStop(text.charCodeAt(to)) && text.charCodeAt(to) !== 10) to++;
  let snippet = text.slice(from, to);
  let prefix = from > 0 && !isStop(text.charCodeAt(from - 1)) ? '…' : '';
  let suffix = to < text.length && !isStop(text.charCodeAt(to - 1)) ? '…' : '';
  if (snippet.length > max) {
    // Centre on the mention.
    const mid = Math.floor((start + end) / 2) - from;
    const a = Math.max(0, Math.min(snippet.length - max, mid - Math.floor(max / 2)));
    if (a > 0) prefix = '…';
    if (a + max < snippet.length) suffix = '…';
    snippet = snippet.slice(a, a + max);
  }
  return displayText(prefix + snippet.trim() + suffix, max + 2);
}
