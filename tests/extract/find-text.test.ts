import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { findText, matchRange, type TextMatch } from '../../src/extract/find-text';
import { clearMarks, MARK_ATTR, wrapSegments } from '../../src/extract/highlight-dom';

const page = (body: string) => loadHtml(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ex.com/');
const covered = (m: TextMatch | null) => (m ? m.segments.map((s) => (s.node.nodeValue ?? '').slice(s.start, s.end)).join('|') : null);

describe('findText', () => {
  it('finds text split across elements', () => {
    const d = page('<p>Het <b>Nationaal</b> Crisis<i>centrum</i> (NCCN)</p>');
    const m = findText(d.body, { text: 'Nationaal Crisiscentrum' });
    expect(covered(m)).toBe('Nationaal| Crisis|centrum');
  });
  it('matches across the page\'s own white space and block boundaries', () => {
    const d = page('<p>Leen\n      Depuyt&nbsp;zei</p><ul><li>één</li><li>twee</li></ul>');
    expect(covered(findText(d.body, { text: 'Leen Depuyt zei' }))?.replaceAll('|', '')).toBe('Leen\n      Depuyt\u00a0zei');
    expect(covered(findText(d.body, { text: 'één twee' }))).toBe('één|twee');
  });
  it('picks the Nth occurrence, clamped to the last', () => {
    const d = page('<p id="a">NCCN</p><p id="b">NCCN</p><p id="c">NCCN</p>');
    const m1 = findText(d.body, { text: 'NCCN', occurrence: 1 })!;
    expect([m1.count, m1.index, m1.segments[0]!.node.parentElement!.id]).toEqual([3, 1, 'b']);
    expect(findText(d.body, { text: 'NCCN', occurrence: 99 })!.index).toBe(2);
  });
  it('lets context decide over the occurrence number (menus repeat names)', () => {
    const d = page('<nav><a>NCCN</a></nav><p id="x">De directeur van het NCCN zei vandaag dat</p>');
    const m = findText(d.body, { text: 'NCCN', occurrence: 0, before: 'De directeur van het ', after: ' zei vandaag' })!;
    expect(m.segments[0]!.node.parentElement!.id).toBe('x');
  });
  it('falls back to a case-insensitive match; null when absent; ignores scripts', () => {
    const d = page('<p>The BENELUX union</p><script>var x = "Benelux Union";</script>');
    expect(covered(findText(d.body, { text: 'Benelux Union' }))).toBe('BENELUX union');
    expect(findText(d.body, { text: 'absent' })).toBeNull();
    expect(findText(d.body, { text: '   ' })).toBeNull();
  });
  it('matchRange spans the first to the last segment', () => {
    const d = page('<p>Het <b>Nationaal</b> Crisiscentrum</p>');
    const m = findText(d.body, { text: 'Nationaal Crisis' })!;
    const calls: unknown[] = [];
    const fakeDoc = { createRange: () => ({ setStart: (n: Node, o: number) => calls.push(['start', n.nodeValue, o]), setEnd: (n: Node, o: number) => calls.push(['end', n.nodeValue, o]) }) } as unknown as Document;
    matchRange(fakeDoc, m);
    expect(calls).toEqual([
      ['start', 'Nationaal', 0],
      ['end', ' Crisiscentrum', 7],
    ]);
  });
});

describe('wrapSegments / clearMarks', () => {
  it('wraps each piece in a <mark> and restores the page exactly', () => {
    const d = page('<p id="p">Het <b>Nationaal</b> Crisiscentrum (NCCN) &lt;script&gt;</p>');
    const p = d.getElementById('p')!;
    const before = p.innerHTML;
    const m = findText(d.body, { text: 'Nationaal Crisiscentrum' })!;
    const marks = wrapSegments(d, m.segments);
    expect(marks.map((x) => x.textContent)).toEqual(['Nationaal', ' Crisiscentrum']);
    expect(d.querySelectorAll(`mark[${MARK_ATTR}]`).length).toBe(2);
    expect(p.textContent).toBe('Het Nationaal Crisiscentrum (NCCN) <script>');
    clearMarks(d);
    expect(p.innerHTML).toBe(before);
  });
});
