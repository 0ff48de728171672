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
    // A range or pair of days ("du 2 au 4 novembre") is a mention of each of its days.
    for (const value of h.values ?? [h.value]) {
      let e = byValue.get(value);
      if (!e) {
        e = { value, relative: h.relative, mentions: [] };
        byValue.set(value, e);
      } else if (!h.relative) {
        // An absolute mention makes the value independent of the reference date.
        e.relative = false;
      }
      e.mentions.push({ start: h.start, end: h.end, text: h.text });
    }
  }
  return [...byValue.values()];
}
