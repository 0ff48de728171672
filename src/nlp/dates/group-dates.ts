import type { DateEntry, DateHit } from '../types';

/**
 * Groups date hits by value (and relativeness), in order of first mention:
 * "vorig jaar oktober" and "oktober 2023" are one entry 2023-10 with two mentions
 * (relative only when every mention of it needed the publication date to resolve).
 */
export function groupDates(hits: readonly DateHit[]): DateEntry[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || a.end - b.end);
  const byValue = new Map<string, DateEntry>();
  for (const h of sorted) {
    let e = byValue.get(h.value);
    if (!e) {
      e = { value: h.value, relative: h.relative, mentions: [] };
      byValue.set(h.value, e);
    } else if (!h.relative) {
      // An absolute mention makes the value independent of the reference date.
      e.relative = false;
    }
    e.mentions.push({ start: h.start, end: h.end, text: h.text });
  }
  return [...byValue.values()];
}
