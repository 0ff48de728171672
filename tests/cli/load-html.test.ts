import { describe, expect, it } from 'vitest';
import { loadHtml, lowerCaseAttributeNames } from '../../src/cli/load-html';

describe('loadHtml reads attribute names as a browser does', () => {
  it('lower-cases mixed-case attribute names, so [itemprop] and time[datetime] find them', () => {
    const doc = loadHtml(
      '<html><body><time dateTime="2024-06-04T10:00:00Z" itemProp="datePublished">4 juni</time><div CLASS=byline>Jan</div></body></html>',
      'https://news.example/a',
    );
    expect(doc.querySelector('time[datetime]')?.getAttribute('datetime')).toBe('2024-06-04T10:00:00Z');
    expect(doc.querySelector('[itemprop="datePublished"]')?.textContent).toBe('4 juni');
    expect(doc.querySelector('.byline')?.textContent).toBe('Jan');
  });

  it('leaves values, text and unterminated tags as written', () => {
    const src = '<p>A=B and Foo=Bar</p><a Title="Read More=Now" href=/X/Y Data-Id = Abc>x</a><b ID=Q';
    expect(lowerCaseAttributeNames(src)).toBe('<p>A=B and Foo=Bar</p><a title="Read More=Now" href=/X/Y data-id = Abc>x</a><b ID=Q');
  });

  it('stays linear on hostile markup (no backtracking blow-up)', () => {
    const hostile = [
      ('<div A=1 ' + 'x'.repeat(50)).repeat(50_000),
      '<a ' + 'A'.repeat(1_000_000),
      ('<a x="' + 'y'.repeat(20)).repeat(50_000),
      '<a ' + 'B='.repeat(200_000),
    ];
    for (const s of hostile) expect(lowerCaseAttributeNames(s).length).toBe(s.length);
  });
});
