import { describe, expect, it } from 'vitest';
import { formatIsoDate, languageName } from '../../src/ui/format';
import { contextSnippet, displayText } from '../../src/ui/text';
import { briefView, linkViews, MentionCycler, occurrenceIndex } from '../../src/ui/view-model';
import { sampleBrief } from './helpers';

describe('briefView', () => {
  it('sorts entities by mention count, keeps acronym and role, timeline chronological', () => {
    const brief = sampleBrief({
      dates: [
        { value: '2024-06-03', relative: true, mentions: [{ start: 0, end: 3, text: 'Het' }] },
        { value: '2023', relative: false, mentions: [{ start: 4, end: 12, text: 'Nationaa' }] },
        { value: '2023-10', relative: true, mentions: [{ start: 4, end: 12, text: 'Nationaa' }] },
      ],
    });
    const v = briefView(brief);
    expect(v.organisations.map((o) => o.name)).toEqual(['Nationaal Crisiscentrum', 'Belgische regering']);
    expect(v.organisations[0].acronym).toBe('NCCN');
    expect(v.organisations[0].count).toBe(4);
    expect(v.organisations[0].aliases).toEqual([]); // the acronym is not repeated as an alias
    expect(v.people[0].role).toBe('waarnemend directeur van het NCCN');
    expect(v.agreements[0].date).toBe('2023-10');
    expect(v.dates.map((d) => d.value)).toEqual(['2023', '2023-10', '2024-06-03']);
    expect(v.site).toBe('Example Nieuws');
  });

  it('drops mentions with impossible offsets rather than crashing', () => {
    const brief = sampleBrief();
    brief.places[0].mentions.push({ start: 99_999, end: 100_000, text: 'x' }, { start: 5, end: 2, text: 'y' });
    const v = briefView(brief);
    expect(v.places.find((p) => p.name === 'Brussel')!.mentions.length).toBe(1);
  });

  it('falls back to the host for the site and only keeps http(s) page URLs', () => {
    const v = briefView(sampleBrief({ siteName: null, canonicalUrl: 'javascript:alert(1)', url: 'https://www.lesoir.be/x' }));
    expect(v.site).toBe('lesoir.be');
    expect(v.url).toBe('https://www.lesoir.be/x');
  });
});

describe('links', () => {
  it('keeps http(s), deduplicates, gives a text', () => {
    const links = linkViews([
      { href: 'https://a.example/1', text: '' },
      { href: 'https://a.example/1', text: 'dup' },
      { href: 'mailto:x@y.z', text: 'mail' },
      { href: 'javascript:void(0)', text: 'js' },
      { href: 'http://b.example/', text: '  B\n link ' },
    ]);
    expect(links).toEqual([
      { href: 'https://a.example/1', text: 'a.example', host: 'a.example' },
      { href: 'http://b.example/', text: 'B link', host: 'b.example' },
    ]);
  });
});

describe('text helpers', () => {
  it('displayText collapses whitespace and never splits a surrogate pair', () => {
    expect(displayText('  a \n\t b  ')).toBe('a b');
    const s = displayText('😀'.repeat(10), 6);
    expect(s.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(s)).toBe(false);
  });
  it('contextSnippet returns the sentence around a mention', () => {
    const text = 'Eerste zin. Het NCCN sprak gisteren in Brussel. Derde zin.';
    const start = text.indexOf('NCCN');
    expect(contextSnippet(text, start, start + 4)).toBe('Het NCCN sprak gisteren in Brussel.');
    const long = 'x '.repeat(500) + 'NCCN' + ' y'.repeat(500);
    const i = long.indexOf('NCCN');
    const snip = contextSnippet(long, i, i + 4, 60);
    expect(snip).toContain('NCCN');
    expect(snip.length).toBeLessThanOrEqual(62);
    expect(contextSnippet(text, 50, 10)).toBe('');
  });
  it('occurrenceIndex counts earlier occurrences', () => {
    const text = 'NCCN a NCCN b NCCN';
    expect(occurrenceIndex(text, 0, 'NCCN')).toBe(0);
    expect(occurrenceIndex(text, text.lastIndexOf('NCCN'), 'NCCN')).toBe(2);
  });
  it('MentionCycler cycles per entity', () => {
    const c = new MentionCycler();
    expect([c.advance('a', 3), c.advance('a', 3), c.advance('b', 2), c.advance('a', 3), c.advance('a', 3)]).toEqual([0, 1, 0, 2, 0]);
    expect(c.advance('z', 0)).toBe(-1);
  });
});

describe('format', () => {
  it('formats partial ISO dates in the interface language', () => {
    expect(formatIsoDate('2023-10', 'nl')).toBe('oktober 2023');
    expect(formatIsoDate('2024-06-04', 'fr')).toBe('4 juin 2024');
    expect(formatIsoDate('2024-06-04', 'de')).toBe('4. Juni 2024');
    expect(formatIsoDate('2024-06-04', 'en')).toBe('June 4, 2024');
    expect(formatIsoDate('2023', 'de')).toBe('2023');
    expect(formatIsoDate('garbage', 'en')).toBe('garbage');
    expect(languageName('nl', 'fr')).toBe('néerlandais');
    expect(languageName('qq', 'en')).toBe('qq');
    expect(languageName('<b>', 'en')).toBe('<b>');
  });
});

describe('big briefs', () => {
  it('a 300,000-character brief with 3,000 entities and 60,000 mentions: view model and render stay fast and capped', async () => {
    const { useDom, translator } = await import('./helpers');
    const { renderBrief } = await import('../../src/ui/render-brief');
    const words = 'Het Nationaal Crisiscentrum werkt samen met de Benelux Unie in Brussel. ';
    const text = (sampleBrief().text + ' ' + words.repeat(Math.ceil(300_000 / words.length))).slice(0, 300_000);
    const mentionsOf = (needle: string, every: number) => {
      const out = [];
      for (let i = text.indexOf(needle), k = 0; i !== -1; i = text.indexOf(needle, i + 1), k++) if (k % every === 0) out.push({ start: i, end: i + needle.length, text: needle });
      return out;
    };
    const base = mentionsOf('Crisiscentrum', 1).slice(0, 4000);
    const organisations = Array.from({ length: 3000 }, (_, i) => ({ name: `Organisatie ${i}`, aliases: [`O${i}`], mentions: base.slice(i % 20, (i % 20) + 20) }));
    const brief = sampleBrief({ text, organisations, dates: [], summary: [] });
    useDom();
    const t = await translator('nl');
    const t0 = performance.now();
    const view = briefView(brief);
    const t1 = performance.now();
    const el = renderBrief(view, t, { onShow: () => undefined });
    console.log(`[ui] view model ${(t1 - t0).toFixed(0)} ms, render ${(performance.now() - t1).toFixed(0)} ms`);
    const ms = performance.now() - t0;
    expect(view.organisations.length).toBe(200);
    expect(el.querySelectorAll('[data-testid="organisations"] li').length).toBe(200);
    console.log(`[ui] big brief: view model + render ${ms.toFixed(0)} ms`);
    // linkedom is far slower than a browser; this bound only catches quadratic blow-ups.
    expect(ms).toBeLessThan(4000);
  });
});
