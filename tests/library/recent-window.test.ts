import { describe, expect, it } from 'vitest';
import { catalogRow } from '../../src/library/catalog';
import { filterRows, recentBounds } from '../../src/library/search';
import type { SavedBrief } from '../../src/library/types';
import { makeBrief } from './factory';
import { openTestLibrary } from './helpers';

const NOW = Date.parse('2026-12-06T05:00:00.000Z');
const DAY = 86_400_000;

function saved(n: number, savedDaysAgo: number, published: string | null, tags: string[] = []): SavedBrief {
  const url = `https://news.example/${n}`;
  const at = new Date(NOW - savedDaysAgo * DAY).toISOString();
  const brief = makeBrief({ url, title: `Article ${n}`, lang: 'en', published: published ?? '2000-01-01', text: `Flood report ${n}.` });
  if (published === null) (brief as { published: string | null }).published = null;
  return { id: url, brief, url, savedAt: at, updatedAt: at, note: '', tags };
}

const items = [
  saved(1, 1, '2026-12-05', ['flood']),
  saved(2, 6.9, '2026-10-01', ['flood']),
  saved(3, 8, '2026-12-04', ['flood']),
  saved(4, 40, '2026-11-01'),
  saved(5, 2, null, ['flood']),
  saved(6, 3, '2026-12', ['flood']),
  saved(7, 0.1, '2027-01-02', ['flood']),
];
const rows = items.map(catalogRow);
const pick = (q: Parameters<typeof filterRows>[1]) => filterRows(rows, q, { now: NOW }).map((r) => Number(r.id.split('/').pop())).sort();

describe('recent window ("this week")', () => {
  it('saved within the last 7 / 30 days', () => {
    expect(pick({ recent: { by: 'saved', days: 7 } })).toEqual([1, 2, 5, 6, 7]);
    expect(pick({ recent: { by: 'saved', days: 30 } })).toEqual([1, 2, 3, 5, 6, 7]);
  });

  it('published within the last 7 days: undated and future-dated briefs out, a month that overlaps in', () => {
    expect(pick({ recent: { by: 'published', days: 7 } })).toEqual([1, 3, 6]);
  });

  it('combines with the tag: "this week, tag flood"', () => {
    expect(pick({ recent: { by: 'saved', days: 7 }, tag: 'Flood' })).toEqual([1, 2, 5, 6, 7]);
    expect(pick({ recent: { by: 'published', days: 7 }, tag: 'flood' })).toEqual([1, 3, 6]);
  });

  it('bounds are counted back from now', () => {
    expect(recentBounds(7, NOW)).toEqual({ since: '2026-11-29T05:00:00.000Z', sinceDay: '2026-11-29', today: '2026-12-06' });
  });

  it('the library applies it (from the real clock)', async () => {
    const lib = openTestLibrary();
    const now = Date.now();
    const fresh = makeBrief({ url: 'https://news.example/fresh', title: 'Fresh', lang: 'en', published: new Date(now).toISOString().slice(0, 10), text: 'Flood now.' });
    const old = makeBrief({ url: 'https://news.example/old', title: 'Old', lang: 'en', published: '2001-01-01', text: 'Flood then.' });
    await lib.save(fresh, { tags: ['flood'] });
    await lib.save(old, { tags: ['flood'] });
    expect((await lib.list({ tag: 'flood', recent: { by: 'saved', days: 7 } })).total).toBe(2);
    expect((await lib.list({ tag: 'flood', recent: { by: 'published', days: 7 } })).items.map((i) => i.title)).toEqual(['Fresh']);
    lib.close();
  });
});
