import { beforeEach, describe, expect, it } from 'vitest';
import { h, safeHttpUrl } from '../../src/ui/dom';
import { renderBrief } from '../../src/ui/render-brief';
import { renderError, renderNoArticle, renderRestricted, renderToolbar } from '../../src/ui/render-state';
import { briefView } from '../../src/ui/view-model';
import { sampleBrief, translator, useDom } from './helpers';

const HOSTILE = '<img src=x onerror="globalThis.pwned=1"></script><script>globalThis.pwned=2</script>';

describe('renderBrief', () => {
  let doc: Document;
  beforeEach(() => {
    doc = useDom();
  });

  it('has every contract hook, and the lists show the names', async () => {
    const t = await translator('en');
    const el = renderBrief(briefView(sampleBrief()), t, { onShow: () => undefined });
    doc.body.append(el);
    for (const id of ['title', 'organisations', 'people', 'places', 'agreements', 'dates', 'links']) {
      expect(doc.querySelector(`[data-testid="${id}"]`), id).not.toBeNull();
    }
    expect(doc.querySelector('[data-testid="title"]')!.textContent).toBe('Benelux versterkt crisissamenwerking');
    const orgs = [...doc.querySelectorAll('[data-testid="organisations"] li')].map((li) => li.textContent);
    // Most mentioned first, with acronym and count.
    expect(orgs[0]).toContain('Nationaal Crisiscentrum');
    expect(orgs[0]).toContain('NCCN');
    expect(orgs[0]).toContain('4 mentions');
    expect(orgs[1]).toContain('Belgische regering');
    expect(doc.querySelector('[data-testid="people"] li')!.textContent).toContain('waarnemend directeur van het NCCN');
    expect(doc.querySelector('[data-testid="agreements"] li')!.textContent).toContain('October 2023');
    const date = doc.querySelector('[data-testid="dates"] li')!;
    expect(date.textContent).toContain('October 2023');
    expect(date.textContent).toContain('vorig jaar oktober');
    expect(date.querySelector('time')!.getAttribute('datetime')).toBe('2023-10');
    expect([...doc.querySelectorAll('[data-testid="places"] li')].map((li) => li.querySelector('.name')!.textContent)).toEqual(['Brussel', 'Nederland']);
  });

  it('headings are in order: h1 title, h2 sections', async () => {
    const t = await translator('en');
    doc.body.append(renderBrief(briefView(sampleBrief()), t));
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4')].map((e) => Number(e.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
  });

  it('renders hostile strings as text: no element, no handler, no script', async () => {
    const t = await translator('en');
    const brief = sampleBrief({
      title: HOSTILE,
      byline: '<b onmouseover=alert(1)>x</b>',
      siteName: '</script><svg onload=alert(1)>',
      headline: HOSTILE,
      links: [
        { href: 'javascript:alert(1)', text: HOSTILE },
        { href: 'JaVaScRiPt:alert(1)', text: 'x' },
        { href: ' javascript:alert(1)', text: 'x' },
        { href: 'data:text/html,<script>alert(1)</script>', text: 'x' },
        { href: 'vbscript:msgbox', text: 'x' },
        { href: '/relative', text: 'x' },
        { href: 'https://ok.example/a?b=<c>', text: HOSTILE },
      ],
    });
    brief.organisations[0].name = HOSTILE;
    const el = renderBrief(briefView(brief), t, { onShow: () => undefined });
    doc.body.append(el);
    expect(doc.querySelectorAll('img, script, svg, b, iframe, object').length).toBe(0);
    for (const node of doc.querySelectorAll('*')) {
      for (const attr of [...node.attributes]) expect(attr.name.startsWith('on'), `${node.tagName} ${attr.name}`).toBe(false);
    }
    expect(doc.querySelector('[data-testid="title"]')!.textContent).toBe(HOSTILE.replace(/\s+/g, ' '));
    const links = [...doc.querySelectorAll('[data-testid="links"] a')];
    expect(links.length).toBe(1);
    expect(links[0].getAttribute('href')).toBe('https://ok.example/a?b=%3Cc%3E');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].textContent).toContain('<img src=x');
    // (Attribute values such as aria-label may hold the raw string: they are never parsed as markup.)
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('strips bidi overrides and control characters, caps giant strings', async () => {
    const t = await translator('en');
    const brief = sampleBrief({ title: 'abc\u202Egpj.exe\u0000\u0007 ' + 'x'.repeat(100_000) });
    doc.body.append(renderBrief(briefView(brief), t));
    const title = doc.querySelector('[data-testid="title"]')!.textContent!;
    expect(title.startsWith('abcgpj.exe x')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(400);
    expect(title.endsWith('…')).toBe(true);
  });

  it('marks entities unsupported for a language without a pack, summary still shown', async () => {
    const t = await translator('en');
    const brief = sampleBrief({ lang: 'ja', entitiesSupported: false, organisations: [], people: [], places: [], agreements: [] });
    doc.body.append(renderBrief(briefView(brief), t));
    expect(doc.querySelector('[data-testid="notice-unsupported"]')!.textContent).toContain('Japanese');
    expect(doc.querySelector('[data-testid="summary"] li')).not.toBeNull();
    expect(doc.querySelector('.organisations .empty')!.textContent).toBe('Not available for this language.');
    expect(doc.querySelectorAll('[data-testid="organisations"] li').length).toBe(0);
  });

  it('says when the text was truncated or covers a selection', async () => {
    const t = await translator('de');
    doc.body.append(renderBrief(briefView(sampleBrief({ truncated: true, fromSelection: true })), t));
    expect(doc.querySelector('[data-testid="notice-truncated"]')!.textContent).toBe('Diese Seite ist sehr lang. Nur ihr erster Teil wurde analysiert.');
    expect(doc.querySelector('[data-testid="notice-selection"]')).not.toBeNull();
  });

  it('entity buttons call onShow and have a label', async () => {
    const t = await translator('fr');
    const seen: string[] = [];
    doc.body.append(renderBrief(briefView(sampleBrief()), t, { onShow: (item) => seen.push(item.key) }));
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('button.show')];
    expect(buttons.length).toBe(2 + 1 + 1 + 1 + 2); // orgs, people, agreements, dates, places
    for (const b of buttons) expect(b.getAttribute('aria-label')).toMatch(/afficher dans la page \(mention 1 sur \d+\)/);
    buttons[0].dispatchEvent(new doc.defaultView!.Event('click'));
    expect(seen).toEqual(['organisations:1']);
  });

  it('interface text follows the interface language, brief content stays in the article language', async () => {
    for (const [lang, heading, date] of [
      ['nl', 'Organisaties', 'oktober 2023'],
      ['fr', 'Organisations', 'octobre 2023'],
      ['de', 'Organisationen', 'Oktober 2023'],
      ['en', 'Organisations', 'October 2023'],
    ] as const) {
      doc = useDom();
      const t = await translator(lang);
      doc.body.append(renderBrief(briefView(sampleBrief()), t));
      expect(doc.querySelector('.organisations h2')!.textContent).toContain(heading);
      expect(doc.querySelector('[data-testid="dates"] time')!.textContent).toBe(date);
      expect(doc.querySelector('[data-testid="title"]')!.textContent).toBe('Benelux versterkt crisissamenwerking');
      expect(doc.querySelector('[data-testid="title"]')!.getAttribute('lang')).toBe('nl');
    }
  });
});

describe('states and toolbar', () => {
  beforeEach(() => {
    useDom();
  });

  it('no-article offers the selection, restricted and error say why', async () => {
    const t = await translator('en');
    let asked = 0;
    const na = renderNoArticle(t, { onAnalyseSelection: () => asked++ });
    expect(na.textContent).toContain('No article found');
    expect(na.textContent).toContain('select the text');
    na.querySelector<HTMLButtonElement>('[data-testid="analyse-selection"]')!.click();
    expect(asked).toBe(1);
    expect(renderNoArticle(t, { noSelection: true }).querySelector('[data-testid="no-selection"]')).not.toBeNull();
    const r = renderRestricted(t, 'store');
    expect(r.querySelector('[data-testid="restricted"]')!.getAttribute('data-reason')).toBe('store');
    expect(r.querySelector('[data-testid="state-message"]')!.textContent).toContain('extension store');
    const e = renderError(t, '<img src=x onerror=alert(1)>');
    expect(e.querySelector('img')).toBeNull();
    expect(e.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('a list page (home page, section front) is said to be a list of articles, in each language', async () => {
    const expected = { en: 'list of articles', nl: 'lijst van artikelen', fr: "liste d'articles", de: 'Liste von Artikeln' } as const;
    for (const [lang, words] of Object.entries(expected)) {
      const t = await translator(lang as Parameters<typeof translator>[0]);
      const na = renderNoArticle(t, { listPage: true, onAnalyseSelection: () => {} });
      expect(na.querySelector('[data-testid="state-message"]')!.textContent).toContain(words);
      expect(na.querySelector('[data-testid="analyse-selection"]')).not.toBeNull();
    }
  });

  it('a declined page still shows its title, site, date and language (issue 15), as text only', async () => {
    const t = await translator('nl');
    const na = renderNoArticle(t, { listPage: true, page: { title: 'Storm <b>live</b>', siteName: 'Kustnieuws', lang: 'en', published: '2026-03-02' } });
    const info = na.querySelector('[data-testid="page-info"]')!;
    expect(info).not.toBeNull();
    expect(info.querySelector('b')).toBeNull();
    expect(info.textContent).toContain('Storm <b>live</b>');
    expect(info.textContent).toContain('Kustnieuws');
    expect(info.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-02');
    expect(info.textContent).toMatch(/2 maart 2026/);
    expect(info.textContent).toMatch(/Engels/);
    // Nothing known about the page: no empty block.
    expect(renderNoArticle(t, { page: { title: null, siteName: null, lang: null, published: null } }).querySelector('[data-testid="page-info"]')).toBeNull();
  });

  it('toolbar: save hook, export buttons with the default format first, labels', async () => {
    const t = await translator('nl');
    const calls: string[] = [];
    const bar = renderToolbar(t, {
      onSave: () => calls.push('save'),
      onExport: (f) => calls.push(f),
      onOpenLibrary: () => calls.push('lib'),
      defaultFormat: 'md',
      saveShortcut: 'Ctrl+S',
    });
    const save = bar.querySelector<HTMLButtonElement>('[data-testid="save"]')!;
    expect(save.textContent).toBe('Opslaan in bibliotheek');
    save.click();
    const exports = [...bar.querySelectorAll<HTMLButtonElement>('[data-testid^="export-brief-"]')];
    expect(exports.map((b) => b.dataset.testid)).toEqual(['export-brief-md', 'export-brief-json', 'export-brief-csv']);
    exports[0].click();
    bar.querySelector<HTMLButtonElement>('[data-testid="open-library"]')!.click();
    expect(calls).toEqual(['save', 'md', 'lib']);
    for (const b of bar.querySelectorAll('button')) expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
  });
});

describe('h()', () => {
  beforeEach(() => {
    useDom();
  });
  it('refuses inline handlers, script tags and non-http URLs', () => {
    expect(() => h('div', { onclick: 'alert(1)' })).toThrow();
    expect(() => h('script' as 'div')).toThrow();
    expect(() => h('iframe' as 'div')).toThrow();
    expect(h('a', { href: 'javascript:alert(1)' }).hasAttribute('href')).toBe(false);
    expect(h('a', { href: 'https://x.example/' }).getAttribute('href')).toBe('https://x.example/');
    expect(h('p', null, '<b>x</b>').children.length).toBe(0);
    expect(safeHttpUrl('http://[::1')).toBeNull();
    expect(safeHttpUrl('ftp://x.example')).toBeNull();
  });
});
