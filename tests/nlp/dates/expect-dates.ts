import { expect } from 'vitest';
import { loadDateFinder, type DateFinder } from '../../../src/nlp/dates/find-dates';

export const PUB = '2024-06-04'; // a Tuesday

export async function finder(lang: string): Promise<DateFinder> {
  const f = await loadDateFinder(lang);
  if (!f) throw new Error(`no date finder for ${lang}`);
  return f;
}

/** [mention text, value] or [mention text, value, relative]; the hits must be exactly these, in order. */
export type Expected = [string, string] | [string, string, boolean];

export function expectHits(f: DateFinder, text: string, expected: Expected[], published: string | null = PUB) {
  const hits = f(text, published);
  for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  expect(hits.map((h) => [h.text, h.value])).toEqual(expected.map((e) => [e[0], e[1]]));
  expected.forEach((e, i) => {
    if (e.length === 3) expect(hits[i].relative, `${e[0]} relative`).toBe(e[2]);
  });
  return hits;
}
