import { describe, expect, it } from 'vitest';
import { groupDates } from '../../../src/nlp/dates/group-dates';
import { PUB, finder } from './expect-dates';

describe('groupDates', () => {
  it('groups by value in first-mention order, keeping every mention', async () => {
    const f = await finder('nl');
    const text = 'Het verdrag uit 1996 werd in oktober 2023 herzien. Vorig jaar oktober trad het in werking; het verdrag uit 1996 blijft.';
    const entries = groupDates(f(text, PUB));
    expect(entries.map((e) => e.value)).toEqual(['1996', '2023-10']);
    expect(entries[0].mentions.map((m) => m.start)).toEqual([text.indexOf('1996'), text.lastIndexOf('1996')]);
    expect(entries[1].mentions.map((m) => m.text)).toEqual(['oktober 2023', 'Vorig jaar oktober']);
    // one absolute mention makes the value independent of the publication date
    expect(entries[1].relative).toBe(false);
    for (const e of entries) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('relative only when every mention is', () => {
    const e = groupDates([
      { start: 10, end: 18, text: 'gisteren', value: '2024-06-03', relative: true },
      { start: 0, end: 8, text: 'Gisteren', value: '2024-06-03', relative: true },
    ]);
    expect(e).toEqual([
      {
        value: '2024-06-03',
        relative: true,
        mentions: [
          { start: 0, end: 8, text: 'Gisteren' },
          { start: 10, end: 18, text: 'gisteren' },
        ],
      },
    ]);
    expect(groupDates([])).toEqual([]);
  });
});
