/**
 * Issue 16, case 5: every list in a brief has a documented cap (src/brief/limits.ts), so any
 * brief fits an export that imports. Before: a page with 22,000 empty links of long addresses
 * kept them all; its JSON export was 52 MB and the import refused it (and any backup holding it).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/brief/analyse';
import { BRIEF_LIMITS, capBrief } from '../../src/brief/limits';
import { BriefSchema, type Brief } from '../../src/brief/schema';
import { loadHtml } from '../../src/cli/load-html';
import { MAX_IMPORT_BYTES, parseImport, toJson } from '../../src/export';
import { extractArticle } from '../../src/extract/extract-article';
import { makeBrief } from '../library/factory';

describe('a page with 22,000 empty links of long addresses', () => {
  it('gives a brief within the caps whose export imports', async () => {
    const url = 'https://x.example/article';
    const pad = 'p'.repeat(1000);
    const links = Array.from({ length: 22_000 }, (_, i) => `<a href="https://x.example/${pad}?i=${i}"></a>`).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Flood warning</title></head><body><article><h1>Flood warning</h1>${'<p>The river rose overnight and the fire brigade evacuated the camp site near Namur on Monday, the mayor said.</p>'.repeat(8)}<p>${links}</p></article></body></html>`;
    const r = extractArticle(loadHtml(html, url), { url, mutate: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const brief = await analyse(r.article);
    expect(brief.links.length).toBeLessThanOrEqual(BRIEF_LIMITS.links);
    const json = toJson([brief]);
    expect(json.length).toBeLessThan(5 * 1024 * 1024);
    expect(parseImport(json).ok).toBe(true);
  }, 120_000);
});

describe('capBrief', () => {
  function huge(): Brief {
    const text = 'NCCN Brussel '.repeat(30_000);
    const m = (i: number) => ({ start: (i % 30_000) * 13, end: (i % 30_000) * 13 + 4, text: 'NCCN' });
    const b = makeBrief({ url: 'https://x.example/a', title: 'T'.repeat(5000), lang: 'nl', published: null, text });
    const entity = (k: number) => ({ name: 'N'.repeat(1000) + k, aliases: Array.from({ length: 100 }, (_, i) => 'a' + i), mentions: Array.from({ length: 600 }, (_, i) => m(i + k)) });
    return {
      ...b,
      organisations: Array.from({ length: 600 }, (_, k) => ({ ...entity(k), acronym: 'X'.repeat(999) })),
      people: Array.from({ length: 600 }, (_, k) => ({ ...entity(k), role: 'r'.repeat(999) })),
      places: Array.from({ length: 600 }, (_, k) => entity(k)),
      agreements: Array.from({ length: 600 }, (_, k) => entity(k)),
      dates: Array.from({ length: 600 }, (_, k) => ({ value: '2024', relative: false, mentions: Array.from({ length: 600 }, (_, i) => m(i + k)) })),
      links: Array.from({ length: 30_000 }, (_, i) => ({ href: `https://x.example/${i}${i % 2 ? 'l'.repeat(3000) : ''}`, text: 't'.repeat(1000) })),
      summary: Array.from({ length: 100 }, () => ({ text: 'NCCN', start: 0, end: 4 })),
    };
  }
  it('keeps every list and string within BRIEF_LIMITS, every entity keeps a mention, offsets stay exact', () => {
    const c = capBrief(huge());
    expect(BriefSchema.safeParse(c).success).toBe(true);
    const L = BRIEF_LIMITS;
    expect(c.links.length).toBeLessThanOrEqual(L.links);
    expect(c.links.every((l) => l.href.length <= L.linkHref && l.text.length <= L.linkText)).toBe(true);
    let total = 0;
    for (const list of [c.organisations, c.people, c.places, c.agreements]) {
      expect(list.length).toBeLessThanOrEqual(L.entitiesPerKind);
      for (const e of list) {
        expect(e.mentions.length).toBeGreaterThanOrEqual(1);
        expect(e.mentions.length).toBeLessThanOrEqual(L.mentionsPerEntity);
        expect(e.name.length).toBeLessThanOrEqual(L.name);
        expect(e.aliases.length).toBeLessThanOrEqual(L.aliases);
        total += e.mentions.length;
        for (const mm of e.mentions) expect(c.text.slice(mm.start, mm.end)).toBe(mm.text);
      }
    }
    expect(c.dates.length).toBeLessThanOrEqual(L.dates);
    for (const d of c.dates) total += d.mentions.length;
    expect(total).toBeLessThanOrEqual(L.mentionsTotal);
    expect(c.summary.length).toBeLessThanOrEqual(L.summary);
    expect(c.title.length).toBeLessThanOrEqual(L.title);
    // Even with every cap reached, the export of this brief imports with room to spare.
    const json = toJson([c]);
    expect(json.length).toBeLessThan(MAX_IMPORT_BYTES / 3);
    expect(parseImport(json).ok).toBe(true);
  });
  it('returns a brief within the caps unchanged (the same object)', () => {
    const b = makeBrief({ url: 'https://x.example/a', title: 'T', lang: 'en', published: null, text: 'Some text.' });
    expect(capBrief(b)).toBe(b);
  });
});
