const MAX_REACH = 400;

/**
 * The sentence of `text` around [start, end): back to the previous sentence end (. ! ? … followed
 * by a space) or line break, forward to the next; at most 400 characters each way. Whitespace
 * collapsed. Bounded work per call, whatever the text's length.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  if (!(start >= 0 && end <= text.length && start <= end)) return '';
  let s = start;
  const sMin = Math.max(0, start - MAX_REACH);
  while (s > sMin) {
    const c = text[s - 1];
    if (c === '\n') break;
    if ((c === ' ' || c === '\t' || c === '\u00a0') && s >= 2 && /[.!?…]/.test(text[s - 2]) && !/\d/.test(text[s - 3] ?? '')) break;
    s--;
  }
  let e = end;
  const eMax = Math.min(text.length, end + MAX_REACH);
  while (e < eMax) {
    const c = text[e];
    if (c === '\n') break;
    e++;
    if (/[.!?…]/.test(c) && (e === text.length || /\s/.test(text[e]))) break;
  }
  const clipped = (s === sMin && sMin > 0 ? '…' : '') + text.slice(s, e).replace(/\s+/g, ' ').trim() + (e === eMax && eMax < text.length ? '…' : '');
  return clipped;
}
