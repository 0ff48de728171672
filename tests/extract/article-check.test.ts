import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { checkArticle, type CheckInput } from '../../src/extract/article-check';
import { indexDocument } from '../../src/extract/doc-index';

const idx = indexDocument(loadHtml('<html><body><p>x</p></body></html>', 'https://a.example/'), 10_000, 500);
const prose = (n: number) => Array.from({ length: n }, (_, i) => `Short line ${i} of a page.`).join('\n\n');

function input(text: string, over: Partial<CheckInput> = {}): CheckInput {
  return { idx, text, linkTextChars: 0, linkBlocks: 0, blocks: text.split('\n\n').length, leadingProse: 0, links: [], longParagraphs: 0, articleSignals: false, readerable: true, ...over };
}

describe("checkArticle: Readability's pre-check (readerable) is asked only when it decides", () => {
  it('a few short pieces of text and Readability says no: no article', () => {
    const v = checkArticle(input(prose(12), { readerable: () => false }));
    expect(v.ok).toBe(false);
    expect(!v.ok && v.message).toMatch(/only a few short pieces of text/);
  });

  it('is not asked when the page says it is an article, or the text is long enough', () => {
    let asked = 0;
    const ask = () => (asked++, false);
    checkArticle(input(prose(12), { readerable: ask, articleSignals: true }));
    checkArticle(input(prose(80), { readerable: ask }));
    checkArticle(input(prose(12), { readerable: ask, longParagraphs: 3 }));
    expect(asked).toBe(0);
    checkArticle(input(prose(12), { readerable: ask }));
    expect(asked).toBe(1);
  });

  it('a plain answer works as before', () => {
    expect(checkArticle(input(prose(12), { readerable: false })).ok).toBe(false);
    expect(checkArticle(input(prose(12), { readerable: true, longParagraphs: 1 })).ok).toBe(true);
  });
});
