import { describe, expect, it } from 'vitest';
import { parseImport, toCsv, toJson, toMarkdown } from '../../src/export';
import { fourBriefs } from './factory';
import { openTestLibrary } from './helpers';

describe('library export methods', () => {
  it('exportJson / exportCsv / exportMarkdown equal the pure functions over exportAll, for all and for a selection', async () => {
    const lib = openTestLibrary();
    for (const [i, b] of fourBriefs().entries()) {
      await lib.save(b, { tags: i % 2 ? ['x'] : [], note: i === 0 ? '=1+1 <b>note</b>' : '' });
      await new Promise((r) => setTimeout(r, 2));
    }
    const when = new Date('2024-06-10T12:00:00Z');
    const all = await lib.exportAll();
    expect(all.map((s) => s.brief.lang)).toEqual(['en', 'de', 'fr', 'nl']); // newest saved first
    expect(await lib.exportJson(undefined, when)).toBe(toJson(all, when));
    expect(await lib.exportCsv()).toBe(toCsv(all));
    expect(await lib.exportMarkdown(undefined, when)).toBe(toMarkdown(all, when));
    const ids = [all[3].id, all[1].id, 'https://missing.example/'];
    const some = await lib.exportAll(ids);
    expect(some.map((s) => s.id)).toEqual([all[1].id, all[3].id]);
    expect(await lib.exportCsv(ids)).toBe(toCsv(some));
    const back = parseImport(await lib.exportJson(ids, when));
    expect(back.ok && back.items).toEqual(some);
    // An edit of tags shows in the stored CSV rows.
    await lib.update(all[0].id, { tags: ['edited'] });
    expect(await lib.exportCsv([all[0].id])).toContain('edited');
    lib.close();
  });
});
