/**
 * Fuzz finding (seed 1939762340): an unclosed `<![CDATA[` in a page of nested <div>s took 9 s of CPU
 * and gave "no article". linkedom makes the unclosed CDATA a comment that runs to the end of the
 * page, holding `<!-->` and the rest of the tags; the depth guard measured the small tree. When
 * Readability found too little text it restored the page from `body.innerHTML`: the comment ended
 * at its inner `-->`, the tags it held became ~700 nested <div>s, and Readability's conditional
 * cleaning is cubic in the depth. The working copy's comments now survive the round trip.
 */
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { extractArticle } from '../../src/extract/extract-article';
import { indexDocument } from '../../src/extract/doc-index';
import { makeCommentsRoundTrip, safeCommentText } from '../../src/extract/readability-bounds';
import { BODIES } from '../extract/pages';

const URL = 'https://news.example.org/world/unclosed-cdata';

const cpuMs = (f: () => void): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

/** Elements and comments of `doc`'s body after a serialise → parse round trip of it (what Readability's retry does). */
function afterRoundTrip(doc: Document): { elems: number; comments: number } {
  doc.body.innerHTML = doc.body.innerHTML;
  let comments = 0;
  const w = doc.createTreeWalker(doc.body, 128);
  while (w.nextNode()) comments++;
  return { elems: doc.body.querySelectorAll('*').length, comments };
}

describe('comments that do not survive serialisation', () => {
  it.each([
    ['holds -->', 'a --> <div><div>b</div></div>'],
    ['holds --!>', 'a --!> <div>b</div>'],
    ['holds <!-->', 'x <!--> <div><p>y</p></div>'],
    ['starts with >', '> <div>z</div>'],
    ['starts with ->', '-> <div>z</div>'],
    ['runs of dashes before >', 'a ---> b ----!> <div>c</div>'],
  ])('a comment that %s stays one comment after the round trip', (_what, data) => {
    const doc = loadHtml('<html><body><div id="a"></div></body></html>', URL);
    doc.getElementById('a')!.appendChild(doc.createComment(data));
    expect(makeCommentsRoundTrip(doc)).toBe(1);
    expect(afterRoundTrip(doc)).toEqual({ elems: 1, comments: 1 });
  });

  it('leaves ordinary comments alone, dashes and all', () => {
    for (const data of [' banner ', ' ---- section ---- ', '[if lt IE 9]><script src="x.js"></script><![endif]', '- a -']) {
      const doc = loadHtml(`<html><body><div><!--${data}--></div></body></html>`, URL);
      expect(makeCommentsRoundTrip(doc)).toBe(0);
      expect(doc.body.firstElementChild!.firstChild!.nodeValue).toBe(data);
    }
  });

  it('safeCommentText breaks the sequences only', () => {
    expect(safeCommentText('a --> b')).toBe('a - -> b');
    expect(safeCommentText('->x<!-')).toBe(' ->x<!- ');
    expect(safeCommentText('x <!--> y')).toBe('x <!- -> y');
  });

  it('an unclosed <![CDATA[ holding <!--> and 700 nested <div>s no longer reaches Readability as a deep tree', () => {
    // The depth guard (120) sees 60 levels; the comment holds the other 700.
    const html = `<html><body>${'<div>'.repeat(60)}<![CDATA[ x <!--><p>${'<div>'.repeat(700)}a</p>${'</div>'.repeat(400)}`;
    const doc = loadHtml(html, URL);
    expect(indexDocument(doc).depth).toBeLessThan(120);
    let r: ReturnType<typeof extractArticle> | undefined;
    const ms = cpuMs(() => (r = extractArticle(doc, { url: URL })));
    expect(r!.ok).toBe(false);
    // Before: several seconds of CPU (the fuzz bound is 1.5 s); after: about a tenth of a second.
    expect(ms).toBeLessThan(750);
  });

  it('an article before such a comment is still read, text unchanged', () => {
    const paras = BODIES.en.map((p) => `<p>${p}</p>`).join('\n');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Flood emergency lifted</title></head><body><article><h1>Flood emergency lifted</h1>${paras}</article><div><![CDATA[ <!--> <div><div>tail</div></div></div></body></html>`;
    const r = extractArticle(loadHtml(html, URL), { url: URL });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.text.split('\n\n')).toEqual([...BODIES.en]);
  });
});
