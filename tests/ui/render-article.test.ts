import { beforeEach, describe, expect, it } from 'vitest';
import { articleParagraphs, briefMarks, renderArticleText, renderReader } from '../../src/ui/render-article';
import { sampleBrief, translator, useDom } from './helpers';

const BODY =
  'Het Nationaal Crisiscentrum (NCCN) en de Belgische regering ondertekenden vorig jaar oktober het Benelux-politieverdrag. ' +
  'Jan Peeters, waarnemend directeur van het NCCN, sprak in Brussel. Het NCCN werkt samen met Nederland.';

describe('articleParagraphs', () => {
  it('splits at blank lines, keeps offsets, drops empty paragraphs', () => {
    const text = 'Kop\n\n\n\nEerste alinea.\n \nTweede  alinea.\n\n';
    const paras = articleParagraphs(text);
    expect(paras.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(['Kop', 'Eerste alinea.', 'Tweede  alinea.']);
    for (const p of paras) expect(text.slice(p.start, p.start + p.segments[0].text.length)).toBe(p.segments[0].text);
  });

  it('cuts paragraphs into plain and marked segments; a mark crossing a break is cut at it', () => {
    const text = 'Het NCCN waarschuwt.\n\nDe Maas stijgt.';
    const nccn = text.indexOf('NCCN');
    const cross = text.indexOf('waarschuwt');
    const paras = articleParagraphs(text, [
      { start: nccn, end: nccn + 4, kind: 'organisations', name: 'Nationaal Crisiscentrum' },
      { start: cross, end: text.indexOf('Maas') + 4, kind: 'places', name: 'x' },
    ]);
    expect(paras[0].segments).toEqual([
      { text: 'Het ' },
      { text: 'NCCN', mark: { kind: 'organisations', name: 'Nationaal Crisiscentrum' } },
      { text: ' ' },
      { text: 'waarschuwt.', mark: { kind: 'places', name: 'x' } },
    ]);
    expect(paras[1].segments[0]).toEqual({ text: 'De Maas', mark: { kind: 'places', name: 'x' } });
    expect(paras[1].segments[1]).toEqual({ text: ' stijgt.' });
  });
});

describe('briefMarks', () => {
  it('every mention of every entity and date, in text order, no overlaps, each slice equal to its mention', () => {
    const b = sampleBrief();
    const marks = briefMarks(b);
    const mentions = [b.organisations, b.people, b.places, b.agreements].flat().flatMap((e) => e.mentions).length + b.dates[0].mentions.length;
    expect(marks.length).toBe(mentions);
    for (let i = 1; i < marks.length; i++) expect(marks[i].start).toBeGreaterThanOrEqual(marks[i - 1].end);
    expect(marks.find((m) => b.text.slice(m.start, m.end) === 'vorig jaar oktober')?.kind).toBe('dates');
    expect(marks.filter((m) => m.name === 'Nationaal Crisiscentrum')).toHaveLength(4);
  });

  it('overlapping mentions keep the earlier, longer one; offsets outside the text are ignored', () => {
    const b = sampleBrief();
    b.places.push({ name: 'Crisiscentrum', aliases: [], mentions: [{ start: b.text.indexOf('Crisiscentrum'), end: b.text.indexOf('Crisiscentrum') + 13, text: 'Crisiscentrum' }] });
    b.people.push({ name: 'Bad', aliases: [], mentions: [{ start: b.text.length, end: b.text.length + 5, text: 'x' }] });
    const marks = briefMarks(b);
    expect(marks.some((m) => m.name === 'Crisiscentrum')).toBe(false);
    expect(marks.some((m) => m.name === 'Bad')).toBe(false);
  });
});

describe('renderArticleText / renderReader', () => {
  let doc: Document;
  beforeEach(() => {
    doc = useDom();
  });

  it('paragraphs as text, headings as their own paragraph, mentions marked with name and kind', async () => {
    const t = await translator('en');
    const text = 'Samenwerking in de Benelux\n\n' + BODY + '\n\nEen tweede alinea.';
    const el = renderArticleText(sampleBrief({ text }), t, { highlight: true });
    doc.body.append(el);
    const ps = [...el.querySelectorAll('p')].map((p) => p.textContent);
    expect(ps).toEqual(['Samenwerking in de Benelux', BODY, 'Een tweede alinea.']);
    const marks = [...el.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toContain('Jan Peeters');
    const nccn = marks.find((m) => m.textContent === 'NCCN')!;
    expect(nccn.getAttribute('data-kind')).toBe('organisations');
    expect(nccn.getAttribute('title')).toBe('Nationaal Crisiscentrum · Organisations');
    expect(el.getAttribute('lang')).toBe('nl');
    const plain = renderArticleText(sampleBrief({ text }), t, { highlight: false });
    expect(plain.querySelectorAll('mark')).toHaveLength(0);
    expect([...plain.querySelectorAll('p')].map((p) => p.textContent)).toEqual(ps);
  });

  it('page text with markup stays text: no element but p and mark, no handler', async () => {
    const t = await translator('en');
    const hostile = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';
    const text = `${hostile}\n\n${BODY}`;
    const el = renderReader(sampleBrief({ text, title: hostile }), t, { highlight: true, onHighlight: () => undefined, onClose: () => undefined });
    doc.body.append(el);
    expect(el.querySelector('[data-testid="article-text"] p')!.textContent).toBe(hostile);
    expect(el.querySelector('[data-testid="reader-title"]')!.textContent).toBe(hostile);
    const tags = new Set([...el.querySelector('[data-testid="article-text"]')!.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
    expect([...tags].sort()).toEqual(['mark', 'p']);
    expect(el.querySelectorAll('img, script')).toHaveLength(0);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('the reader has a labelled highlight switch and a way back; both call back', async () => {
    const t = await translator('nl');
    const calls: string[] = [];
    const el = renderReader(sampleBrief(), t, { highlight: false, onHighlight: (on) => calls.push(`hl:${on}`), onClose: () => calls.push('close') });
    doc.body.append(el);
    const box = el.querySelector<HTMLInputElement>('[data-testid="highlight-mentions"]')!;
    const label = el.querySelector(`label[for="${box.id}"]`)!;
    expect(label.textContent).toBe('Namen en datums markeren');
    expect(el.querySelector('[data-testid="mark-legend"]')).toBeNull();
    box.checked = true;
    box.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('change'));
    el.querySelector<HTMLButtonElement>('[data-testid="close-reader"]')!.click();
    expect(calls).toEqual(['hl:true', 'close']);
    expect(el.querySelector('[data-testid="close-reader"]')!.textContent).toBe('← Terug naar de samenvatting');
  });
});
