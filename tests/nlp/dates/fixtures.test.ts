/**
 * The four fixture pages of ../shared (skipped without it): the dates their expected briefs
 * list must be found in the article's paragraphs, read from the HTML at test time.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { groupDates } from '../../../src/nlp/dates/group-dates';
import { HAS_SHARED, SHARED_SKIP_REASON, sharedPath } from '../../helpers/shared';
import { finder } from './expect-dates';

const PAGES = ['nl', 'fr', 'de', 'en'];

function articleParagraphs(html: string): string {
  const { document } = parseHTML(html);
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  return [...root.querySelectorAll('p, h1, h2, h3, li')].map((p) => (p.textContent ?? '').trim()).filter(Boolean).join('\n\n');
}

describe.skipIf(!HAS_SHARED)(`fixture pages' dates${HAS_SHARED ? '' : ` (${SHARED_SKIP_REASON})`}`, () => {
  for (const lang of PAGES) {
    it(`${lang}: every expected date, relative ones against the publication date`, async () => {
      const name = `${lang}-benelux-resilience`;
      const expected = JSON.parse(readFileSync(sharedPath('fixtures', 'expected', `${name}.json`), 'utf8'));
      const text = articleParagraphs(readFileSync(sharedPath('fixtures', 'pages', `${name}.html`), 'utf8'));
      const hits = (await finder(lang))(text, expected.published);
      for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
      const values = groupDates(hits).map((e) => e.value);
      for (const v of expected.dates as string[]) expect(values, `${lang}: ${v}`).toContain(v);
      // The treaty in force "last October" is relative to 4 June 2024.
      expect(hits.find((h) => h.value === '2023-10')?.relative).toBe(true);
    });
  }
});
