import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseImport, toJson } from '../../src/export';
import { enBrief, frBrief, nlBrief } from '../library/factory';

const fail = (text: string) => {
  const r = parseImport(text);
  if (r.ok) throw new Error('expected a rejection');
  return r;
};

describe('parseImport', () => {
  const good = () => JSON.parse(toJson([nlBrief(), frBrief(), enBrief(), nlBrief({ url: 'https://x.example/4', canonicalUrl: null })]));

  it('says what is wrong and where, for wrong types deep inside', () => {
    const f = good();
    f.briefs[3].brief.organisations[0].mentions = 'oops';
    const r = fail(JSON.stringify(f));
    expect(r.code).toBe('invalid-import');
    expect(r.message).toContain('briefs[3].brief.organisations[0].mentions:');
    expect(r.message).toMatch(/expected array/);
    expect(r.message).toMatch(/Nothing was imported/);
  });

  it('reports several problems, at most five, and counts the rest', () => {
    const f = good();
    for (const e of f.briefs) {
      e.brief.title = 42;
      e.brief.lang = null;
    }
    const r = fail(JSON.stringify(f));
    expect(r.message).toContain('briefs[0].brief.title: ');
    expect(r.message).toContain('briefs[0].brief.lang: ');
  });

  it('checks user fields too', () => {
    const f = good();
    f.briefs[1].tags = 'a,b';
    f.briefs[2].savedAt = 'yesterday';
    expect(fail(JSON.stringify(f)).message).toContain('briefs[1].tags');
    const g = good();
    g.briefs[2].savedAt = 'yesterday';
    expect(fail(JSON.stringify(g)).message).toContain('briefs[2].savedAt: expected an ISO date-time');
  });

  it('rejects truncated JSON, saying it looks truncated', () => {
    const t = toJson([nlBrief()]);
    for (const cut of [1, 10, Math.floor(t.length / 2), t.length - 1]) {
      const r = fail(t.slice(0, cut));
      expect(r.code).toBe('invalid-import');
      expect(r.message).toMatch(/truncated|not valid JSON/);
    }
    expect(fail(t.slice(0, t.length - 1)).message).toMatch(/truncated/);
  });

  it('rejects files over 50 MB before parsing', () => {
    const r = fail('x'.repeat(MAX_IMPORT_BYTES + 1));
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/50\.0 MB|up to 50 MB/);
  });

  it('rejects a future schemaVersion (file or brief) as made by a newer CrisisLens', () => {
    const f = good();
    f.schemaVersion = 2;
    const r = fail(JSON.stringify(f));
    expect(r.code).toBe('future-version');
    expect(r.message).toMatch(/made by a newer CrisisLens/);
    const g = good();
    g.briefs[2].brief.schemaVersion = 3;
    expect(fail(JSON.stringify(g)).code).toBe('future-version');
    expect(fail(JSON.stringify({ ...enBrief(), schemaVersion: 5 })).code).toBe('future-version');
  });

  it('rejects other JSON with a clear message', () => {
    expect(fail('').message).toMatch(/empty/);
    expect(fail('{"foo":1}').message).toMatch(/not a CrisisLens export/);
    expect(fail('{"schemaVersion":1,"briefs":[]}').message).toMatch(/no briefs/);
    expect(fail('{"schemaVersion":1,"briefs":{}}').message).toMatch(/briefs: expected an array/);
    expect(fail('{"briefs":[]}').message).toMatch(/schemaVersion/);
    expect(fail('null').code).toBe('invalid-import');
    expect(fail('[1,2]').message).toContain('[0]');
  });

  it('accepts a BOM, a bare array of briefs and one brief (CLI output)', () => {
    const one = parseImport('\uFEFF' + JSON.stringify(enBrief()));
    expect(one.ok && one.items.length).toBe(1);
    const arr = parseImport(JSON.stringify([nlBrief(), frBrief()]));
    expect(arr.ok && arr.items.map((i) => i.brief.lang)).toEqual(['nl', 'fr']);
    const bad = { ...frBrief(), people: [{ name: '', aliases: [], mentions: [] }] };
    const r = fail(JSON.stringify([nlBrief(), bad]));
    expect(r.message).toContain('[1].people[0].name');
  });

  it('recomputes ids from the briefs (a file cannot choose where it writes)', () => {
    const f = good();
    f.briefs[0].id = 'https://victim.example/other';
    const r = parseImport(JSON.stringify(f));
    expect(r.ok && r.items[0].id).toBe('https://vrt.be/vrtnws/nl/2024/06/07/crisiscentrum-akkoord');
  });
});
