import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../src/cli/load-html';
import { extractArticle } from '../../../src/extract/extract-article';
import { joinSplitStreams } from '../../../src/extract/split-streams';

const URL = 'https://news.example.org/2024/05/tanker';
const P = [
  'The coast guard boarded the tanker on Tuesday night about two hundred miles off the northern cape, the navy said in a statement on Wednesday morning.',
  'The ship had changed its name four times in two years and sailed under the flags of three countries, according to records of the port authority of Lisbon.',
  'Investigators believe the cargo was sold on to buyers in Hamburg and Rotterdam, where the oil was blended with other shipments before it reached the market.',
  'The crew of twenty-four was taken to the harbour of Bergen, where officials of the Red Cross met them and the police began questioning the captain.',
];
const sidebar = (n: number) => `<aside class="companion"><h3>Most read</h3><ul><li><a href="/n/${n}1">Snow storm closes the airport</a></li><li><a href="/n/${n}2">Train strike called off</a></li><li><a href="/n/${n}3">New mayor sworn in</a></li></ul></aside>`;
const part = (paras: string[], n: number, aside = true) => `<div class="layout"><div class="stream" data-testid="Stream">${paras.map((p) => `<div class="item"><p>${p}</p></div>`).join('')}</div>${aside ? sidebar(n) : ''}</div>`;
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>Tanker seized | Example News</title></head><body><main><article><h1>Tanker seized off the cape</h1>${body}</article></main></body></html>`;

describe('a text stream split by sidebars is joined (split-streams)', () => {
  it('keeps every part of the article, and the sidebars still go', () => {
    const r = extractArticle(loadHtml(page(part(P.slice(0, 2), 1) + part(P.slice(2, 3), 2) + part(P.slice(3), 3)), URL), { url: URL });
    expect(r.ok).toBe(true);
    const text = r.ok ? r.article.text : '';
    for (const p of P) expect(text).toContain(p);
    expect(text.indexOf(P[0]!)).toBeLessThan(text.indexOf(P[3]!));
    expect(text).not.toContain('Snow storm closes the airport');
    expect(text).not.toContain('Most read');
  });

  it('joins only cousins with a sidebar beside each, in one article', () => {
    const withAsides = loadHtml(page(part(P.slice(0, 2), 1) + part(P.slice(2), 2)), URL);
    expect(joinSplitStreams(withAsides)).toBe(1);
    // a live blog's posts: the same component, cousins, but no sidebar split them
    const posts = loadHtml(page(part(P.slice(0, 2), 1, false) + part(P.slice(2), 2, false)), URL);
    expect(joinSplitStreams(posts)).toBe(0);
    // two articles of a page are not one stream
    const two = loadHtml(`<!DOCTYPE html><html><body><article>${part(P.slice(0, 2), 1)}</article><article>${part(P.slice(2), 2)}</article></body></html>`, URL);
    expect(joinSplitStreams(two)).toBe(0);
  });
});
