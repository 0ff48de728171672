import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../src/cli/load-html';
import { extractArticle } from '../../../src/extract/extract-article';
import { isLinkedProse } from '../../../src/extract/readability-prose';
import { articlePage } from '../pages';

const URL = 'https://news.example.org/2024/05/exports';

function block(html: string): Element {
  return loadHtml(`<!DOCTYPE html><html><body><div id="b">${html}</div></body></html>`, URL).getElementById('b')!;
}

// A paragraph wrapped in divs, with its country names linked to topic pages: more than a fifth of
// its text is links, so Readability's conditional cleaning ("a little linky") removed it.
const LINKED = '<div class="w1"><div class="w2">Among the buyers of the region, the island ranked 40th last year, behind <a href="/topic/norway">Norway</a>, <a href="/topic/finland">Finland</a> or <a href="/topic/portugal">Portugal</a>, as the <a href="/topic/stats">National Statistics Office</a> reported.</div></div>';
const CLAUSE = '<div class="w1"><div class="w2">Under the second article <a href="https://treaty.example.org/art2">any member state can bring a matter of concern before the Joint Harbour Board</a>, the body that decides on closures.</div></div>';

describe('linked prose survives Readability (readability-prose)', () => {
  it('keeps a paragraph whose names are links inside its sentences', () => {
    const r = extractArticle(loadHtml(articlePage({ extra: LINKED + CLAUSE }), URL), { url: URL });
    expect(r.ok).toBe(true);
    const text = r.ok ? r.article.text : '';
    expect(text).toContain('behind Norway, Finland or Portugal');
    expect(text).toContain('before the Joint Harbour Board, the body');
    // the furniture of the test page still goes
    expect(text).not.toContain('Storm warning for the coast');
    expect(text).not.toContain('Example Media');
  });

  it('tells linked prose from link lists, teasers, boxes and consent text', () => {
    expect(isLinkedProse(block('Among the buyers of the region, the island ranked 40th last year, behind <a href="/a">Norway</a>, <a href="/b">Finland</a> or <a href="/c">Portugal</a>.'))).toBe(true);
    // a teaser that is one link, opening the block
    expect(isLinkedProse(block('<a href="/n/1">Harbour closed after the storm: what residents of the old town need to know now</a> and more.'))).toBe(false);
    // a row of links
    expect(isLinkedProse(block('More: <a href="/1">Floods</a> <a href="/2">Storms</a> <a href="/3">Dikes</a> <a href="/4">Pumps</a> <a href="/5">Rain</a> <a href="/6">Weather</a> and other stories of the week.'))).toBe(false);
    // a list, a headed box, two paragraphs
    expect(isLinkedProse(block('<ul><li>The island ranked 40th last year, behind <a href="/a">Norway</a> and well behind the others in the region.</li></ul>'))).toBe(false);
    expect(isLinkedProse(block('<h3>Read also</h3>The island ranked 40th last year, behind <a href="/a">Norway</a> and well behind the others in the region.'))).toBe(false);
    expect(isLinkedProse(block('<p>The island ranked 40th last year, behind <a href="/a">Norway</a> and others.</p><p>Imports fell by a tenth in the same year, the office said.</p>'))).toBe(false);
    // a newsletter's legal line
    expect(isLinkedProse(block('By entering your email address you confirm that you have read and agree to our <a href="/terms">Terms of Use</a> and <a href="/privacy">Privacy Policy</a>.'))).toBe(false);
    // too short to be a paragraph
    expect(isLinkedProse(block('See <a href="/a">Norway</a> and <a href="/b">Finland</a>.'))).toBe(false);
  });
});
