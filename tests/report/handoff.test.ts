import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  HANDOFF_TTL_MS,
  indexedDbHandoff,
  newToken,
  parseRecent,
  parseReportSource,
  queryParams,
  reportLink,
  storageAreaHandoff,
  URL_ID_LIMIT,
  type StorageAreaLike,
} from '../../src/report';
import type { LibraryQuery } from '../../src/library';

const fixedToken = () => 'tok_ABCDEFGHIJKLMNOPQRS';
const ids = (n: number) => Array.from({ length: n }, (_, i) => `https://news.example/a/${i}?x=${i}&y=é`);

describe('report link: the URL does not grow with the library', () => {
  it('nothing selected: the list query, whatever the number of briefs it shows', () => {
    const q: LibraryQuery = { text: 'crue "Benelux Unie"', tag: 'flood', site: 'Libération', lang: 'fr', from: '2024-06', to: '2024-06-30', recent: { by: 'saved', days: 7 }, entity: 'organisation:nccn', sort: 'published-desc', limit: 200, offset: 400 };
    const link = reportLink([], q, fixedToken);
    expect(link.handoff).toBeUndefined();
    expect(link.search.length).toBeLessThan(300);
    const back = parseReportSource(`?${link.search}`);
    const { limit: _l, offset: _o, ...filters } = q;
    expect(back).toEqual({ kind: 'query', query: filters });
    // The default sort and empty filters leave nothing but the marker: the whole library.
    expect(reportLink([], { sort: 'saved-desc' }, fixedToken).search).toBe('src=query');
    expect(parseReportSource('?src=query')).toEqual({ kind: 'query', query: {} });
  });

  it('a small selection: its ids in the URL; a large one: a one-shot token', () => {
    const small = reportLink(ids(URL_ID_LIMIT), {}, fixedToken);
    expect(small.handoff).toBeUndefined();
    expect(parseReportSource(small.search)).toEqual({ kind: 'ids', ids: ids(URL_ID_LIMIT) });
    const large = reportLink(ids(10_000), { tag: 'flood' }, fixedToken);
    expect(large.search).toBe('src=handoff&token=tok_ABCDEFGHIJKLMNOPQRS');
    expect(large.handoff).toEqual({ token: 'tok_ABCDEFGHIJKLMNOPQRS', ids: ids(10_000) });
    expect(parseReportSource(large.search)).toEqual({ kind: 'token', token: 'tok_ABCDEFGHIJKLMNOPQRS' });
    // Duplicates count once.
    expect(parseReportSource(reportLink(['a', 'a', 'b'], {}, fixedToken).search)).toEqual({ kind: 'ids', ids: ['a', 'b'] });
  });

  it('reads links made before src= (ids only) and drops malformed values', () => {
    expect(parseReportSource('?id=a&id=b&id=a')).toEqual({ kind: 'ids', ids: ['a', 'b'] });
    expect(parseReportSource('')).toEqual({ kind: 'none' });
    expect(parseReportSource('?src=handoff&token=short')).toEqual({ kind: 'none' });
    expect(parseReportSource('?src=handoff&token=../../etc/passwd/xxxxxxxx')).toEqual({ kind: 'none' });
    expect(parseReportSource('?src=query&from=yesterday&to=2024-13-99x&sort=random&recent=saved:-1&lang=')).toEqual({ kind: 'query', query: {} });
    expect(parseReportSource(`?src=query&q=${'x'.repeat(2000)}`)).toEqual({ kind: 'query', query: { text: 'x'.repeat(500) } });
  });

  it('recent windows: "saved:7" and "published:30" only', () => {
    expect(parseRecent('saved:7')).toEqual({ by: 'saved', days: 7 });
    expect(parseRecent('published:30')).toEqual({ by: 'published', days: 30 });
    for (const bad of ['saved:0', 'saved:', 'edited:7', 'saved:7days', '', null]) expect(parseRecent(bad), String(bad)).toBeUndefined();
    expect(queryParams({ recent: { by: 'published', days: 7 } }).get('recent')).toBe('published:7');
  });

  it('tokens are random base64url of the given bytes', () => {
    let seed = 1;
    const rnd = (a: Uint8Array) => a.map(() => (seed = (seed * 73 + 41) % 256));
    const t = newToken(rnd);
    expect(t).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(newToken(rnd)).not.toBe(t);
    expect(parseReportSource(`src=handoff&token=${t}`)).toEqual({ kind: 'token', token: t });
  });
});

/** An in-memory browser.storage area. */
function memoryArea(): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(keys) {
      if (keys === null) return { ...data };
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) { Object.assign(data, structuredClone(items)); },
    async remove(keys) { for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k]; },
  };
}

describe.each([
  ['storage area (storage.session)', (now: () => number) => ({ store: storageAreaHandoff(memoryArea(), now) })],
  ['IndexedDB fallback', (now: () => number) => ({ store: indexedDbHandoff({ indexedDB: new IDBFactory(), IDBKeyRange }, now) })],
])('one-shot hand-off: %s', (_name, make) => {
  it('hands the ids over once, then never again', async () => {
    let t = 1_000_000;
    const { store } = make(() => t);
    await store.put('tok_1111111111111111', ids(5000));
    expect(await store.take('tok_2222222222222222')).toBeNull();
    expect(await store.take('tok_1111111111111111')).toEqual(ids(5000));
    expect(await store.take('tok_1111111111111111')).toBeNull();
    t += 1;
  });

  it('an expired record is not handed over, and is swept by the next put', async () => {
    let t = 1_000_000;
    const { store } = make(() => t);
    await store.put('tok_old0000000000000', ['a']);
    t += HANDOFF_TTL_MS + 1;
    await store.put('tok_new0000000000000', ['b']);
    expect(await store.take('tok_old0000000000000')).toBeNull();
    expect(await store.take('tok_new0000000000000')).toEqual(['b']);
  });
});

describe('storage area hand-off keeps to its own keys', () => {
  it('sweeps only stale report hand-offs, never other keys (e.g. the selection menu hand-off)', async () => {
    let t = 5_000_000;
    const area = memoryArea();
    area.data['selection:12'] = { text: 'kept' };
    const store = storageAreaHandoff(area, () => t);
    await store.put('tok_aaaaaaaaaaaaaaaa', ['x']);
    t += HANDOFF_TTL_MS + 1;
    await store.put('tok_bbbbbbbbbbbbbbbb', ['y']);
    expect(Object.keys(area.data).sort()).toEqual(['report-handoff:tok_bbbbbbbbbbbbbbbb', 'selection:12']);
  });
});
