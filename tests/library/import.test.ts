import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/export';
import { deBrief, enBrief, fourBriefs, frBrief, nlBrief } from './factory';
import { importJson, openTestLibrary } from './helpers';

describe('library import', () => {
  it('imports a good file from another library, with notes, tags and times', async () => {
    const src = openTestLibrary();
    await src.save(nlBrief(), { note: 'belangrijk', tags: ['NCCN'] });
    await src.save(frBrief(), { tags: ['inondations'] });
    const file = toJson(await src.exportAll());
    src.close();
    const dst = openTestLibrary();
    expect(await importJson(dst, file)).toEqual({ added: 2, updated: 0 });
    const nl = (await dst.get('https://vrt.be/vrtnws/nl/2024/06/07/crisiscentrum-akkoord'))!;
    expect(nl.note).toBe('belangrijk');
    expect(nl.tags).toEqual(['NCCN']);
    expect((await dst.list({ text: 'inondation' })).total).toBe(1);
    expect((await dst.entityIndex()).find((e) => e.key === 'organisation:nccn')!.briefCount).toBe(2);
    // Importing the same file again: everything is a duplicate, nothing changes.
    const before = await dst.exportAll();
    expect(await importJson(dst, file)).toEqual({ added: 0, updated: 2 });
    expect(await dst.exportAll()).toEqual(before);
    dst.close();
  });

  it('merges duplicates by canonical URL: tags united, both notes kept, earliest savedAt, newer brief', async () => {
    const lib = openTestLibrary();
    const { item } = await lib.save(nlBrief(), { note: 'mijn notitie', tags: ['a'] });
    const incoming = {
      id: item.id,
      url: 'https://vrt.be/vrtnws/nl/2024/06/07/crisiscentrum-akkoord?utm_source=mail',
      savedAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2999-01-01T00:00:00.000Z',
      note: 'collega',
      tags: ['A', 'b'],
      brief: nlBrief({ title: 'Nieuwere versie' }),
    };
    const file = JSON.stringify({ schemaVersion: 1, exportedAt: new Date().toISOString(), briefs: [incoming, { ...incoming, tags: ['c'] }] });
    expect(await importJson(lib, file)).toEqual({ added: 0, updated: 1 });
    const got = (await lib.get(item.id))!;
    expect(got.tags).toEqual(['a', 'b', 'c']);
    expect(got.note).toBe('mijn notitie\n\ncollega');
    expect(got.savedAt).toBe('2020-01-01T00:00:00.000Z');
    expect(got.brief.title).toBe('Nieuwere versie');
    expect(await lib.count()).toBe(1);
    lib.close();
  });

  it('imports bare briefs (CLI / popup export) with fresh times', async () => {
    const lib = openTestLibrary();
    const r = await importJson(lib, JSON.stringify([deBrief(), enBrief()]));
    expect(r).toEqual({ added: 2, updated: 0 });
    const { items } = await lib.list();
    expect(items.every((i) => i.savedAt && !Number.isNaN(Date.parse(i.savedAt)))).toBe(true);
    lib.close();
  });

  it('a corrupt file with some good briefs is rejected whole', async () => {
    const lib = openTestLibrary();
    const f = JSON.parse(toJson(fourBriefs()));
    f.briefs[3].brief.dates[0].value = 'last week';
    const err = await importJson(lib, JSON.stringify(f)).catch((e) => e);
    expect(err.code).toBe('invalid-import');
    expect(err.message).toContain('briefs[3].brief.dates[0].value');
    expect(await lib.count()).toBe(0);
    lib.close();
  });
});
