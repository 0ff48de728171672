import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../src/cli/load-html';
import { domText } from '../../../src/extract/dom-text';
import { extractSelection } from '../../../src/extract/extract-selection';
import { findText } from '../../../src/extract/find-text';
import { stripInvisible } from '../../../src/extract/invisible-chars';

const URL = 'https://news.example.org/a';

describe('stripInvisible', () => {
  it('drops soft hyphens, zero-width characters, word joiners, BOM and bidi controls', () => {
    expect(stripInvisible('Vladi\u00ADmir Putin')).toBe('Vladimir Putin');
    expect(stripInvisible('Netan\u00ADyahu and Zelen\u200Bskyy')).toBe('Netanyahu and Zelenskyy');
    expect(stripInvisible('\uFEFF\u200Eمرحبا\u200F \u202AKyiv\u202C \u2066Odesa\u2069 Brux\u2060elles')).toBe('مرحبا Kyiv Odesa Bruxelles');
  });
  it('leaves ordinary text, hyphens and non-breaking spaces alone', () => {
    const s = 'Benelux-Unie, 14\u00A0km – «\u202Fok\u202F»';
    expect(stripInvisible(s)).toBe(s);
  });
});

describe('invisible characters in extraction: offsets stay exact', () => {
  it('domText gives "Vladimir Putin" for "Vladi&shy;mir Putin", split across nodes too', () => {
    const doc = loadHtml('<html><body><p>President Vladi&shy;mir <b>Pu\u200Btin</b> spoke.</p></body></html>', URL);
    const t = domText(doc.body, { base: URL }).text;
    expect(t).toBe('President Vladimir Putin spoke.');
    const start = t.indexOf('Vladimir Putin');
    expect(t.slice(start, start + 'Vladimir Putin'.length)).toBe('Vladimir Putin');
  });
  it('link texts are cleaned too', () => {
    const doc = loadHtml('<html><body><p><a href="/x">Kata\u00ADstrophe</a></p></body></html>', URL);
    expect(domText(doc.body, { base: URL }).links[0]!.text).toBe('Katastrophe');
  });
  it('a pasted selection is cleaned', () => {
    const r = extractSelection('Minister Vladi\u00ADmir Putin said the pipeline was closed for repairs until Monday.', { url: URL });
    expect(r.ok && r.article.text).toBe('Minister Vladimir Putin said the pipeline was closed for repairs until Monday.');
  });
  it('the brief\'s "Vladimir" is still found in the live page that writes "Vladi&shy;mir"', () => {
    const doc = loadHtml('<html><body><p>President Vladi\u00ADmir Putin spoke.</p></body></html>', URL);
    const m = findText(doc.body, { text: 'Vladimir Putin' });
    expect(m).not.toBeNull();
    expect(m!.segments.map((s) => (s.node.nodeValue ?? '').slice(s.start, s.end)).join('')).toBe('Vladi\u00ADmir Putin');
  });
});
