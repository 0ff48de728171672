/**
 * Issue 16, case 2: a page that declares the canonical URL of a saved article must not replace
 * that article's saved brief. Before: the popup said "already in your library", and Save (or
 * auto-save) replaced the saved text with the forged page's while keeping the analyst's note and
 * tags on it; the forged page's own URL appeared nowhere. Now: nothing is replaced without the
 * user choosing, both URLs are shown, and keeping both puts the new page under its own address.
 */
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/export';
import { LibraryError } from '../../src/library';
import { renderSaveConflict } from '../../src/ui/render-state';
import { makeBrief } from '../library/factory';
import { importJson, openTestLibrary } from '../library/helpers';
import { translator, useDom } from '../ui/helpers';

const CANON = 'https://news.example/2024/06/treaty-in-force';
const real = () =>
  makeBrief({
    url: 'https://news.example/2024/06/treaty-in-force?utm_source=x',
    canonicalUrl: CANON,
    title: 'Treaty enters into force',
    lang: 'en',
    published: '2024-06-04',
    text: 'The Benelux treaty entered into force on 1 June 2024, the ministers said in Brussels.',
    entities: [{ kind: 'agreement', name: 'Benelux treaty' }],
  });
const forged = () =>
  makeBrief({
    url: 'https://evil.example/fake',
    canonicalUrl: CANON,
    title: 'Treaty suspended',
    lang: 'en',
    published: '2024-06-05',
    text: 'The Benelux treaty was suspended indefinitely, officials in Brussels said on Wednesday.',
    entities: [{ kind: 'agreement', name: 'Benelux treaty' }],
  });
const NOTE = 'Verified with the ministry — IN FORCE';

describe('a page declaring the canonical URL of another saved article', () => {
  it('is not "already saved": lookup names both URLs, findSaved says no', async () => {
    const lib = openTestLibrary();
    await lib.save(real(), { note: NOTE, tags: ['verified'] });
    const look = await lib.lookup(forged());
    expect(look).toEqual({ kind: 'other-page', id: 'https://news.example/2024/06/treaty-in-force', savedUrl: real().url, pageUrl: 'https://evil.example/fake' });
    expect(await lib.findSaved(forged())).toBeNull();
    expect((await lib.lookup(real())).kind).toBe('same');
    lib.close();
  });

  it('save (and so auto-save) refuses with a conflict carrying both URLs; the saved brief, note and tags are untouched', async () => {
    const lib = openTestLibrary();
    const { item } = await lib.save(real(), { note: NOTE, tags: ['verified'] });
    const err = await lib.save(forged()).catch((e) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err.code).toBe('conflict');
    expect(err.savedUrl).toBe(real().url);
    expect(err.pageUrl).toBe('https://evil.example/fake');
    expect(err.message).toContain('https://evil.example/fake');
    const kept = (await lib.get(item.id))!;
    expect(kept.brief.text).toBe(real().text);
    expect(kept.note).toBe(NOTE);
    expect(kept.tags).toEqual(['verified']);
    expect(await lib.count()).toBe(1);
    lib.close();
  });

  it('keep both: the new page is saved under its own URL with no note; the other keeps its text and note; saving again updates it', async () => {
    const lib = openTestLibrary();
    const { item } = await lib.save(real(), { note: NOTE, tags: ['verified'] });
    const { item: second, updated } = await lib.save(forged(), { onConflict: 'keep-both' });
    expect(updated).toBe(false);
    expect(second.id).toBe('https://evil.example/fake');
    expect(second.note).toBe('');
    expect(second.tags).toEqual([]);
    expect((await lib.get(item.id))!.brief.text).toBe(real().text);
    expect((await lib.get(item.id))!.note).toBe(NOTE);
    expect(await lib.count()).toBe(2);
    // The page is now known under its own address: no conflict any more, it updates itself.
    expect(await lib.lookup(forged())).toEqual({ kind: 'same', id: 'https://evil.example/fake' });
    expect((await lib.save(forged())).updated).toBe(true);
    expect(await lib.count()).toBe(2);
    // The real page, saved again (tracking parameters differ), still updates its own brief with its note.
    const again = await lib.save({ ...real(), url: 'https://news.example/2024/06/treaty-in-force' });
    expect(again.updated).toBe(true);
    expect(again.item.note).toBe(NOTE);
    lib.close();
  });

  it('import never replaces a saved brief by another page\'s text; ids survive export and import', async () => {
    const src = openTestLibrary();
    await src.save(real(), { note: NOTE });
    await src.save(forged(), { onConflict: 'keep-both' });
    const file = toJson(await src.exportAll());
    src.close();

    // Into a library that holds only the real page, with its note.
    const lib = openTestLibrary();
    await lib.save(real(), { note: NOTE, tags: ['verified'] });
    const forgedOnly = toJson([{ id: 'https://news.example/2024/06/treaty-in-force', brief: forged(), url: forged().url, savedAt: '2024-06-05T10:00:00.000Z', updatedAt: '2099-01-01T00:00:00.000Z', note: 'forged note', tags: ['x'] }]);
    const r = await importJson(lib, forgedOnly);
    expect(r).toEqual({ added: 1, updated: 0 });
    const kept = (await lib.get('https://news.example/2024/06/treaty-in-force'))!;
    expect(kept.brief.text).toBe(real().text);
    expect(kept.note).toBe(NOTE);
    expect((await lib.get('https://evil.example/fake'))!.note).toBe('forged note');
    lib.close();

    // A whole backup round-trips with its two ids.
    const fresh = openTestLibrary();
    expect(await importJson(fresh, file)).toEqual({ added: 2, updated: 0 });
    expect((await fresh.exportAll()).map((s) => s.id).sort()).toEqual(['https://evil.example/fake', 'https://news.example/2024/06/treaty-in-force']);
    fresh.close();
  });
});

describe('the popup shows both URLs and offers to keep both', () => {
  it('renderSaveConflict', async () => {
    useDom();
    const t = await translator('en');
    let kept = 0;
    const el = renderSaveConflict(t, { savedUrl: real().url, pageUrl: 'https://evil.example/fake', onKeepBoth: () => kept++ });
    expect(el.querySelector('[data-testid="conflict-saved-url"]')!.textContent).toContain(real().url);
    expect(el.querySelector('[data-testid="conflict-page-url"]')!.textContent).toContain('https://evil.example/fake');
    (el.querySelector('[data-testid="keep-both"]') as HTMLButtonElement).click();
    expect(kept).toBe(1);
  });
});
