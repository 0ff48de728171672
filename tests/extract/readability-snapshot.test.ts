import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { extractArticle } from '../../src/extract/extract-article';
import { linkedomTuning } from '../../src/extract/readability-node';
import { boundedReadability } from '../../src/extract/readability-bounds';
import { bodyBeforeSearch, deferBodySnapshot } from '../../src/extract/readability-snapshot';

const URL = 'https://news.example.org/a/short-note';

describe('deferBodySnapshot', () => {
  it('hands out a token once, restores the rebuilt HTML only when the token is set back, then goes away', () => {
    const doc = loadHtml('<html><body><p>one</p><p>two</p></body></html>', URL);
    const body = doc.body;
    let rebuilds = 0;
    const undo = deferBodySnapshot(body, () => (rebuilds++, '<p>restored</p>'));
    const token = body.innerHTML;
    expect(token).not.toContain('<p>');
    expect(body.innerHTML).toBe('<p>one</p><p>two</p>'); // only the first read is deferred
    expect(rebuilds).toBe(0);
    body.innerHTML = '<p>other</p>'; // any other value is set as usual
    expect(body.innerHTML).toBe('<p>other</p>');
    body.innerHTML = token;
    body.innerHTML = token;
    expect(body.innerHTML).toBe('<p>restored</p>');
    expect(rebuilds).toBe(1);
    undo();
    expect(Object.prototype.hasOwnProperty.call(body, 'innerHTML')).toBe(false);
    expect(body.innerHTML).toBe('<p>restored</p>');
  });

  it('never rebuilds when the token is not set back', () => {
    const doc = loadHtml('<html><body><p>one</p></body></html>', URL);
    let rebuilds = 0;
    const undo = deferBodySnapshot(doc.body, () => (rebuilds++, ''));
    void doc.body.innerHTML;
    undo();
    expect(rebuilds).toBe(0);
  });
});

describe('bodyBeforeSearch', () => {
  it("gives the body as Readability's article search first sees it (scripts and styles gone)", () => {
    const doc = loadHtml('<html><head><title>T</title></head><body><script>x()</script><style>p{}</style><div><p>Text here.</p></div></body></html>', URL);
    const html = bodyBeforeSearch(boundedReadability(doc, {}), doc);
    expect(html).toContain('<p>Text here.</p>');
    expect(html).not.toMatch(/<script|<style/);
  });
});

describe('extractArticle with a fresh parse at hand: the same answer when Readability tries again', () => {
  // Under 500 characters in the first pass: Readability restores the page and tries with fewer flags.
  const para = 'The river rose by two metres overnight and the town council opened the sports hall to families from the lower streets.';
  const html = `<html lang="en"><head><title>Flood note</title></head><body>
    <div class="sidebar comment"><p>${para}</p><p>${para}</p></div>
    <div class="content"><p>${para}</p><p>${para}</p><p>${para}</p></div>
  </body></html>`;
  it('matches the run without it (which serialises the body up front)', () => {
    const eager = extractArticle(loadHtml(html, URL), { url: URL, mutate: true });
    let parses = 0;
    const lazy = extractArticle(loadHtml(html, URL), { url: URL, mutate: true, tuning: linkedomTuning, fresh: () => (parses++, loadHtml(html, URL)) });
    expect(lazy).toEqual(eager);
    const cloned = extractArticle(loadHtml(html, URL), { url: URL });
    expect(lazy).toEqual(cloned);
    expect(parses).toBe(1); // the retry happened, and asked for one fresh parse
  });
});
