/**
 * The situation report: model (merged entities, timeline in date order with source links, key
 * sentences), Markdown (escaped, localised headings) and the page (text only, safe links).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Brief } from '../../src/brief/schema';
import { buildReport, ENGLISH_REPORT_LABELS, reportMarkdown } from '../../src/report';
import { makeBrief } from '../library/factory';
import type { SavedBrief } from '../../src/library/types';

const HOSTILE = '<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))';

function brief(lang: string, url: string, published: string | null, text: string, entities: Parameters<typeof makeBrief>[0]['entities'], dates: Parameters<typeof makeBrief>[0]['dates'], title = `${lang} article`): Brief {
  return makeBrief({ url, title, lang, published, text, entities, dates, siteName: `Site ${lang}` });
}

/** The Benelux facts in four languages (written for this test, not the shared fixtures). */
function four(): SavedBrief[] {
  const briefs = [
    brief('nl', 'https://nl.example/a', '2024-06-04',
      'Het Nationaal Crisiscentrum (NCCN) en de Benelux Unie hielden een workshop. Het Benelux-politieverdrag trad vorig jaar oktober in werking. Het Memorandum van Senningen dateert uit 1996.',
      [
        { kind: 'organisation', name: 'Nationaal Crisiscentrum', acronym: 'NCCN' },
        { kind: 'organisation', name: 'Benelux Unie' },
        { kind: 'agreement', name: 'Benelux-politieverdrag', date: '2023-10' },
        { kind: 'person', name: 'Leen Depuyt', role: 'waarnemend directeur' },
      ],
      [{ value: '2023-10', relative: true, forms: ['vorig jaar oktober'] }, { value: '1996', forms: ['1996'] }]),
    brief('fr', 'https://fr.example/b', '2024-06-05',
      "Le Centre de crise national (NCCN) et l'Union Benelux ont organisé un atelier. Le Traité de police Benelux est entré en vigueur en octobre dernier.",
      [
        { kind: 'organisation', name: 'Centre de crise national', acronym: 'NCCN' },
        { kind: 'organisation', name: 'Union Benelux' },
        { kind: 'agreement', name: 'Traité de police Benelux', date: '2023-10' },
        { kind: 'person', name: 'Leen Depuyt', role: 'directrice faisant fonction' },
      ],
      [{ value: '2023-10', relative: true, forms: ['octobre dernier'] }]),
    brief('de', 'https://de.example/c', '2024-06-03',
      'Das Nationale Krisenzentrum (NCCN) und die Benelux-Union richteten einen Workshop aus. Der Benelux-Polizeivertrag trat am 1. Oktober 2023 in Kraft.',
      [
        { kind: 'organisation', name: 'Nationale Krisenzentrum', acronym: 'NCCN' },
        { kind: 'organisation', name: 'Benelux-Union' },
        { kind: 'agreement', name: 'Benelux-Polizeivertrag' },
      ],
      [{ value: '2023-10-01', forms: ['1. Oktober 2023'] }]),
    brief('en', 'https://en.example/d', null,
      'The National Crisis Centre (NCCN) and the Benelux Union held a workshop on 4 June 2024. The Benelux Police Treaty entered into force last October.',
      [
        { kind: 'organisation', name: 'National Crisis Centre', acronym: 'NCCN' },
        { kind: 'organisation', name: 'Benelux Union' },
        { kind: 'agreement', name: 'Benelux Police Treaty', date: '2023-10' },
        { kind: 'person', name: 'Leen Depuyt', role: 'acting director' },
      ],
      [{ value: '2024-06-04', forms: ['4 June 2024'] }, { value: '2023-10', relative: true, forms: ['last October'] }]),
  ];
  return briefs.map((b, i) => ({ id: b.url, brief: b, url: b.url, savedAt: `2024-06-0${i + 1}T10:00:00.000Z`, updatedAt: '', note: '', tags: [] }));
}

describe('buildReport', () => {
  const r = buildReport(four(), { lang: 'en' });

  it('orders the articles by publication (undated last) and gives the period', () => {
    expect(r.articles.map((a) => a.lang)).toEqual(['de', 'nl', 'fr', 'en']);
    expect(r.period).toEqual({ from: '2024-06-03', to: '2024-06-05' });
    expect(r.articles[0]).toMatchObject({ url: 'https://de.example/c', site: 'Site de', published: '2024-06-03' });
    expect(r.articles.every((a) => a.keySentences.length > 0)).toBe(true);
  });

  it('lists the NCCN, the Benelux Union and the police treaty once each, with all four briefs', () => {
    const all = ['https://nl.example/a', 'https://fr.example/b', 'https://de.example/c', 'https://en.example/d'];
    const nccn = r.organisations.filter((e) => e.id === 'cl:nccn');
    expect(nccn).toHaveLength(1);
    expect(new Set(nccn[0].briefIds)).toEqual(new Set(all));
    expect(nccn[0].name).toBe('National Crisis Centre'); // label in the report's language
    expect(nccn[0].acronym).toBe('NCCN');
    const union = r.organisations.filter((e) => e.id === 'cl:benelux-union');
    expect(union).toHaveLength(1);
    expect(union[0].briefIds).toHaveLength(4);
    expect(union[0].forms).toEqual(expect.arrayContaining(['Benelux Unie', 'Union Benelux', 'Benelux-Union']));
    expect(r.organisations).toHaveLength(2);
    expect(r.agreements).toHaveLength(1);
    expect(r.agreements[0]).toMatchObject({ id: 'cl:benelux-police-treaty', name: 'Benelux Police Treaty', dates: ['2023-10'] });
    expect(r.agreements[0].briefIds).toHaveLength(4);
    // Briefs listed in report order.
    expect(r.agreements[0].briefIds).toEqual(r.articles.map((a) => a.id));
  });

  it('gives people their roles from every article', () => {
    expect(r.people).toHaveLength(1);
    expect(r.people[0].roles).toEqual(expect.arrayContaining(['waarnemend directeur', 'directrice faisant fonction', 'acting director']));
    expect(r.people[0].briefIds).toHaveLength(3);
  });

  it('labels known entities in the asked language', () => {
    const nl = buildReport(four(), { lang: 'nl' });
    expect(nl.agreements[0].name).toBe('Benelux-politieverdrag');
    expect(nl.organisations.find((e) => e.id === 'cl:benelux-union')!.name).toBe('Benelux Unie');
  });

  it('makes one timeline across the articles in date order, each event with its sentence and source', () => {
    const dates = r.timeline.map((e) => e.date);
    // The text's dates, and each dated article itself on its publication day (de 06-03, nl 06-04, fr 06-05).
    expect(dates).toEqual(['1996', '2023-10', '2023-10', '2023-10', '2023-10-01', '2024-06-03', '2024-06-04', '2024-06-04', '2024-06-05']);
    expect(r.timeline.filter((e) => !e.article).map((e) => e.date)).toEqual(['1996', '2023-10', '2023-10', '2023-10', '2023-10-01', '2024-06-04']);
    const starts = dates.map((d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d));
    expect([...starts].sort()).toEqual(starts);
    for (const e of r.timeline) {
      expect(e.sentence.length).toBeGreaterThan(10);
      expect(e.url).toMatch(/^https:\/\/(nl|fr|de|en)\.example\//);
      expect(r.articles.some((a) => a.id === e.briefId && a.url === e.url)).toBe(true);
    }
    const de = r.timeline.find((e) => e.date === '2023-10-01')!;
    expect(de.sentence).toBe('Der Benelux-Polizeivertrag trat am 1. Oktober 2023 in Kraft.');
    expect(de.url).toBe('https://de.example/c');
    // Same date: the article order (de, nl, fr, en).
    expect(r.timeline.filter((e) => e.date === '2023-10').map((e) => e.url)).toEqual(['https://nl.example/a', 'https://fr.example/b', 'https://en.example/d']);
  });

  it('drops a date line that is only the date (a dateline says no event)', () => {
    const b = brief('nl', 'https://nl.example/x', '2024-06-04', '04 jun. 2024\nDe workshop vond plaats in Brussel op 3 juni 2024.', [], [
      { value: '2024-06-04', forms: ['04 jun. 2024'] },
      { value: '2024-06-03', forms: ['3 juni 2024'] },
    ]);
    expect(buildReport([b]).timeline.filter((e) => !e.article).map((e) => e.date)).toEqual(['2024-06-03']);
  });

  it('lists each dated article itself on its publication day, told by its first key sentence (else its title)', () => {
    const withSummary = { ...brief('nl', 'https://nl.example/x', '2024-06-04T09:30:00+02:00', 'Het NCCN hield een workshop.', [], [], 'Workshop in Brussel'), summary: [{ text: 'Het NCCN hield een workshop.', start: 0, end: 28 }] };
    const titleOnly = brief('fr', 'https://fr.example/y', '2024-06-05', 'Texte sans date.', [], [], 'Atelier à Bruxelles');
    const undated = brief('en', 'https://en.example/z', null, 'No date here.', [], [], 'Undated');
    const t = buildReport([withSummary, titleOnly, undated]).timeline;
    expect(t.map((e) => [e.date, e.article, e.sentence, e.url])).toEqual([
      ['2024-06-04', true, 'Het NCCN hield een workshop.', 'https://nl.example/x'],
      ['2024-06-05', true, 'Atelier à Bruxelles', 'https://fr.example/y'],
    ]);
  });

  it('takes bare briefs too, and an empty list', () => {
    expect(buildReport([]).articles).toEqual([]);
    expect(buildReport([]).timeline).toEqual([]);
    expect(buildReport(four().map((s) => s.brief)).organisations.filter((e) => e.id === 'cl:nccn')[0].briefIds).toHaveLength(4);
  });
});

describe('reportMarkdown', () => {
  it('writes the sections, the merged entities once, the timeline with source links, key sentences', () => {
    const md = reportMarkdown(buildReport(four()), new Date('2024-06-06T12:00:00Z'));
    expect(md.split('\n')[0]).toBe('# Situation report: 4 articles (2024-06-06)');
    for (const h of ['## Articles', '## Organisations', '## People', '## Agreements', '## Timeline', '## Key sentences per article']) expect(md).toContain(`\n${h}\n`);
    expect(md.match(/\*\*National Crisis Centre\*\*/g)).toHaveLength(1);
    expect(md).toMatch(/\*\*Benelux Police Treaty\*\* — 2023-10 · also: .* · in 4 articles: \[1\] \[2\] \[3\] \[4\]/);
    expect(md).toContain('- **2023-10-01** — Der Benelux-Polizeivertrag trat am 1. Oktober 2023 in Kraft. ([source \\[1\\]](<https://de.example/c>))');
    const timeline = md.slice(md.indexOf('## Timeline'), md.indexOf('## Key sentences'));
    const dates = [...timeline.matchAll(/^- \*\*([\d-]+)\*\*/gm)].map((m) => m[1]);
    expect(dates).toEqual(['1996', '2023-10', '2023-10', '2023-10', '2023-10-01', '2024-06-03', '2024-06-04', '2024-06-04', '2024-06-05']);
    expect(timeline).toMatch(/^- \*\*2024-06-05\*\* \(article published\) — .+ \(\[source \\\[\d\\\]\]\(<https:\/\/fr\.example\/b>\)\)$/m);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes page strings and links only http(s)', () => {
    const b = makeBrief({ url: 'javascript:alert(1)', title: HOSTILE, lang: 'en', published: '2024-01-01', text: `${HOSTILE} happened on 2 January 2024.`, entities: [{ kind: 'organisation', name: HOSTILE }], dates: [{ value: '2024-01-02', forms: ['2 January 2024'] }] });
    const md = reportMarkdown(buildReport([b]));
    expect(md).not.toMatch(/(^|[^\\])<img/m);
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md).not.toContain('(<javascript:');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\*');
  });

  it('uses the labels it is given (the interface language)', () => {
    const md = reportMarkdown(buildReport(four(), { lang: 'fr' }), new Date('2024-06-06T12:00:00Z'), {
      ...ENGLISH_REPORT_LABELS,
      title: (n, d) => `Rapport de situation : ${n} articles (${d})`,
      timeline: 'Chronologie',
    });
    expect(md.split('\n')[0]).toBe('# Rapport de situation : 4 articles (2024-06-06)');
    expect(md).toContain('\n## Chronologie\n');
    expect(md).toContain('**Traité de police Benelux**');
  });
});

describe('the report page (renderReport)', () => {
  it('builds text-only DOM: hostile strings stay text, links are http(s) with rel=noopener noreferrer', async () => {
    const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
    const g = globalThis as unknown as Record<string, unknown>;
    const saved = { document: g.document, window: g.window };
    g.document = document;
    g.window = window;
    try {
      const { renderReport } = await import('../../src/ui/render-report');
      const hostile = makeBrief({ url: 'javascript:alert(1)', title: HOSTILE, lang: 'en', published: '2024-01-01', text: `${HOSTILE} happened on 2 January 2024.`, entities: [{ kind: 'organisation', name: HOSTILE }], dates: [{ value: '2024-01-02', forms: ['2 January 2024'] }] });
      const items = [...four(), { id: 'h', brief: hostile, url: 'javascript:alert(1)', savedAt: '2024-06-09T00:00:00Z', updatedAt: '', note: '', tags: [] }];
      const el = renderReport(buildReport(items), ENGLISH_REPORT_LABELS, 'en', '2024-06-06');
      document.body.appendChild(el);
      expect(document.querySelectorAll('img, script')).toHaveLength(0);
      expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
      const links = [...document.querySelectorAll('a')];
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) {
        expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
        expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      }
      const nccn = document.querySelectorAll('[data-testid="report-entity"][data-entity-id="cl:nccn"]');
      expect(nccn).toHaveLength(1);
      expect(nccn[0].getAttribute('data-brief-count')).toBe('4');
      const events = [...document.querySelectorAll('[data-testid="timeline-event"]')].map((e) => e.getAttribute('data-date'));
      expect(events).toEqual(['1996', '2023-10', '2023-10', '2023-10', '2023-10-01', '2024-01-01', '2024-01-02', '2024-06-03', '2024-06-04', '2024-06-04', '2024-06-05']);
      // The hostile article's event is listed without a link (its URL is not http(s)).
      for (const day of ['2024-01-01', '2024-01-02']) {
        const hostileEvent = [...document.querySelectorAll('[data-testid="timeline-event"]')].find((e) => e.getAttribute('data-date') === day)!;
        expect(hostileEvent.querySelector('a')).toBeNull();
        expect(hostileEvent.querySelectorAll('img, script')).toHaveLength(0);
      }
    } finally {
      g.document = saved.document;
      g.window = saved.window;
    }
  });
});
