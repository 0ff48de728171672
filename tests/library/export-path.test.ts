import { describe, expect, it } from 'vitest';
import { parseImport, toCsv, toJson } from '../../src/export';
import { fourBriefs } from './factory';
import { openTestLibrary } from './helpers';

describe('export path: saved briefs in (exportAll), files out (src/export)', () => {
  it('exportAll gives full records newest saved first, for all and for a selection; the files made from them round-trip', async () => {
    const lib = openTestLibrary();
    for (const [i, b] of fourBriefs().entries()) {
      await lib.save(b, { tags: i % 2 ? ['x'] : [], note: i === 0 ? '=1+1 <b>note</b>' : '' });
      await new Promise((r) => setTimeout(r, 2));
    }
    const when = new Date('2024-06-10T12:00:00Z');
    const all = await lib.exportAll();
    expect(all.map((s) => s.brief.lang)).toEqual(['en', 'de', 'fr', 'nl']); // newest saved first
    const ids = [all[3].id, all[1].id, 'https://missing.example/'];
    const some = await lib.exportAll(ids);
    expect(some.map((s) => s.id)).toEqual([all[1].id, all[3].id]);
    const back = parseImport(toJson(some, when));
    expect(back.ok && back.items).toEqual(some);
    // An edit of tags shows in the next export (nothing export-shaped is stored to go stale).
    await lib.update(all[0].id, { tags: ['edited'] });
    expect(toCsv(await lib.exportAll([all[0].id]))).toContain('edited');
    lib.close();
  });
  it('the library module does not import the export formats', async () => {
    const { readFileSync } = await import('node:fs');
    for (const f of ['library.ts', 'db.ts', 'catalog.ts', 'records.ts'])
      expect(readFileSync(new URL(`../../src/library/${f}`, import.meta.url), 'utf8'), f).not.toMatch(/from '\.\.\/export\/(?:csv|json|markdown)'/);
  });
});
