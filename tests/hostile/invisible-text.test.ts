/**
 * Issue 16, case 7: invisible and bidi characters never reach an output. One cleaner
 * (src/brief/clean-text.ts) is used by the popup/library view, the Markdown, CSV and JSON
 * exports and `analyze --format md`; Markdown link text cannot pose as a URL of another host.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cleanText, hasInvisible } from '../../src/brief/clean-text';
import type { Brief } from '../../src/brief/schema';
import { briefToMarkdown } from '../../src/cli/format-markdown';
import { toCsv, toJson, toMarkdown } from '../../src/export';
import { mdLink, textPosesAsOtherHost } from '../../src/export/markdown-escape';
import { briefView } from '../../src/ui/view-model';
import { makeBrief } from '../library/factory';

const RLO = '\u202E';
const RLM = '\u200F';
const ALM = '\u061C';
const ZWSP = '\u200B';
const ZWJ = '\u200D';
const LRI = '\u2066';
const PDI = '\u2069';
const TAG_A = '\u{E0061}';
const TAG_CANCEL = '\u{E007F}';
const WJ = '\u2060';
const SHY = '\u00AD';

const NASTY = [RLO, RLM, ALM, ZWSP, ZWJ, LRI, PDI, TAG_A, TAG_CANCEL, WJ, SHY, '\u0007', '\uFEFF'];
const dirty = (s: string) => s.split('').map((c, i) => c + NASTY[i % NASTY.length]).join('');

function hostileBrief(): Brief {
  const text = `The agency ${dirty('Crisis Centre')} met ${dirty('Jan Jansen')} in ${dirty('Brussels')} about the ${dirty('Paris Agreement')}. More text follows here so the summary has a sentence.`;
  return makeBrief({
    url: 'https://news.example/a',
    title: `${RLO}gnp.exe${PDI} ${dirty('Flood warning')}`,
    byline: dirty('Mallory'),
    siteName: dirty('Site'),
    lang: 'en',
    published: '2024-01-02',
    text,
    entities: [
      { kind: 'organisation', name: dirty('Crisis Centre'), acronym: `N${ZWSP}CCN` },
      { kind: 'person', name: dirty('Jan Jansen'), role: `${RLM}mayor${TAG_A}` },
      { kind: 'place', name: dirty('Brussels'), aliases: [`Brux${ALM}elles`] },
      { kind: 'agreement', name: dirty('Paris Agreement') },
    ],
    links: [{ href: 'https://ok.example/x', text: dirty('read more') }],
    headline: dirty('Jan Jansen meets Crisis Centre'),
  });
}

function noInvisible(label: string, s: string) {
  const bad = [...s].filter((c) => hasInvisible(c) && c !== '\n' && c !== '\r');
  expect(bad.map((c) => c.codePointAt(0)!.toString(16)), label).toEqual([]);
}

describe('cleanText (the one cleaner)', () => {
  it('removes RLO, isolates, RLM, ALM, zero-width characters, tag characters, controls', () => {
    expect(cleanText(`${RLO}gnp.exe`)).toBe('gnp.exe');
    expect(cleanText(dirty('Jan Jansen'))).toBe('Jan Jansen');
    expect(cleanText(`a${TAG_A}${TAG_CANCEL}b`)).toBe('ab');
    expect(cleanText(`a\u{1F600}b`)).toBe('a\u{1F600}b'); // astral characters themselves are kept
  });
});

describe('every output is free of invisible and bidi characters', () => {
  const b = hostileBrief();
  const saved = [{ id: 'x', brief: b, url: b.url, savedAt: '2024-06-08T10:00:00.000Z', updatedAt: '2024-06-08T10:00:00.000Z', note: '', tags: [dirty('tag')] }];

  it('popup view (briefView)', () => {
    const v = briefView(b);
    noInvisible('view', JSON.stringify({ ...v, organisations: v.organisations.map((e) => ({ ...e, mentions: [] })), people: v.people.map((e) => ({ ...e, mentions: [] })), places: v.places.map((e) => ({ ...e, mentions: [] })), agreements: v.agreements.map((e) => ({ ...e, mentions: [] })) }));
    expect(v.title).toBe('gnp.exe Flood warning');
  });
  it('Markdown export', () => {
    const md = toMarkdown(saved, new Date('2024-06-10T00:00:00Z'));
    noInvisible('md', md);
    expect(md).toContain('gnp.exe Flood warning');
  });
  it('CSV export', () => {
    const csv = toCsv(saved);
    noInvisible('csv', csv.slice(1)); // the leading BOM is the file's encoding mark
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows.some((r) => r.includes('Crisis Centre'))).toBe(true);
  });
  it('JSON export: names clean, the text and its offsets untouched', () => {
    const json = toJson(saved, new Date('2024-06-10T00:00:00Z'));
    const back = JSON.parse(json).briefs[0].brief as Brief;
    const { text, organisations, people, places, agreements, dates, summary, ...rest } = back;
    noInvisible('json fields', JSON.stringify(rest));
    noInvisible('json names', JSON.stringify([...organisations, ...people, ...places, ...agreements].map((e) => [e.name, e.aliases, (e as { role?: string }).role, (e as { acronym?: string }).acronym])));
    expect(text).toBe(b.text);
    for (const e of [...organisations, ...people, ...places, ...agreements]) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    void dates;
    void summary;
  });
  it('analyze --format md', () => {
    const md = briefToMarkdown(b);
    noInvisible('cli md', md);
    expect(md).toContain('gnp.exe Flood warning');
  });
});

describe('Markdown link text cannot pose as a URL of another host', () => {
  it('text naming another host shows the real address', () => {
    expect(textPosesAsOtherHost('https://www.gov.be/login', 'https://evil.example/x')).toBe(true);
    expect(textPosesAsOtherHost('gov.be', 'https://evil.example/x')).toBe(true);
    expect(textPosesAsOtherHost(`https://gov${ZWSP}.be`, 'https://evil.example/x')).toBe(true);
    expect(textPosesAsOtherHost('www.gov.be', 'https://gov.be/x')).toBe(false);
    expect(textPosesAsOtherHost('Read the report', 'https://evil.example/x')).toBe(false);
    const link = mdLink('https://www.gov.be/login', 'https://evil.example/x');
    expect(link).toBe('[https://evil.example/x](https://evil.example/x)');
    expect(mdLink('the report', 'https://gov.be/r')).toBe('[the report](https://gov.be/r)');
  });
  it('in the Markdown export and in analyze --format md', () => {
    const b = makeBrief({
      url: 'https://news.example/a', title: 'T', lang: 'en', published: null, text: 'Some text of the article that is long enough.',
      links: [{ href: 'https://evil.example/phish', text: 'https://www.nccn.be/alert' }],
    });
    for (const md of [toMarkdown([b]), briefToMarkdown(b)]) {
      expect(md).not.toMatch(/\[https:\/\/www\.nccn\.be/);
      expect(md).toContain('evil.example/phish](');
    }
  });
});
