import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { cutAtParagraph, domText } from '../../src/extract/dom-text';

const URL = 'https://news.example.org/world/story.html';
const body = (html: string) => loadHtml(`<!DOCTYPE html><html><body>${html}</body></html>`, URL).body;
const text = (html: string, o: Partial<Parameters<typeof domText>[1]> = {}) => domText(body(html), { base: URL, pageUrl: URL, ...o });

describe('domText: structure', () => {
  it('separates blocks with a blank line and collapses white space inside them', () => {
    expect(text('<p>One\n   two</p><p>Three</p>').text).toBe('One two\n\nThree');
  });
  it('keeps headings, list items and table rows as their own blocks', () => {
    expect(text('<h2>Title</h2><ul><li>first</li><li>second</li></ul><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>').text).toBe(
      'Title\n\nfirst\n\nsecond\n\na b\n\nc',
    );
  });
  it('turns <br> into a line break and never glues words across inline or block edges', () => {
    expect(text('<p>line one<br>line two</p>').text).toBe('line one\nline two');
    expect(text('<div>alpha<div>beta</div>gamma</div>').text).toBe('alpha\n\nbeta\n\ngamma');
    expect(text('<p><b>Brussels.</b> The <i>council</i>met</p>').text).toBe('Brussels. The councilmet');
    expect(text('<p>word<span> </span>word</p>').text).toBe('word word');
  });
  it('keeps inline words that the markup writes together (no invented spaces)', () => {
    expect(text('<p>Benelux-<em>Unie</em></p>').text).toBe('Benelux-Unie');
  });
  it('keeps the white space of <pre>', () => {
    expect(text('<pre>a  b\n  c</pre>').text).toBe('a  b\n  c');
  });
  it('skips scripts, styles, templates and form controls', () => {
    expect(text('<p>Visible</p><script>alert(1)</script><style>p{}</style><template><p>t</p></template><button>Click</button>').text).toBe('Visible');
  });
  it('can skip hidden elements and page furniture', () => {
    const t = text('<nav>Menu</nav><p hidden>secret</p><p style="display:none">gone</p><p aria-hidden="true">x</p><p>Kept</p>', {
      skipHidden: true,
      skipFurniture: true,
    });
    expect(t.text).toBe('Kept');
  });
});

describe('domText: links', () => {
  it('resolves relative links, keeps http(s) only, dedupes, collapses text', () => {
    const t = text(`<p><a href="/a">A
      link</a> <a href="javascript:alert(1)">js</a> <a href="mailto:x@y.z">mail</a> <a href="data:text/html,hi">data</a>
      <a href="https://other.example.com/b">B</a> <a href="/a">again</a> <a href="#top">top</a> <a href="ftp://x/">ftp</a></p>`);
    expect(t.links).toEqual([
      { href: 'https://news.example.org/a', text: 'A link' },
      { href: 'https://other.example.com/b', text: 'B' },
    ]);
    expect(t.text).toContain('js mail data');
  });
  it('honours <base href>', () => {
    const doc = loadHtml('<html><head><base href="https://cdn.example.net/x/"></head><body><p><a href="y">y</a></p></body></html>', URL);
    expect(domText(doc.body, { base: doc.baseURI, pageUrl: URL }).links[0]!.href).toBe('https://cdn.example.net/x/y');
  });
  it('counts link text for link density', () => {
    const t = text('<p><a href="/1">12345</a> and 67890</p>');
    expect(t.linkChars).toBe(5);
  });
});

describe('domText: limits', () => {
  it('stops at maxChars on a paragraph boundary and says so', () => {
    const paras = Array.from({ length: 200 }, (_, i) => `<p>Paragraph number ${i} has some words in it.</p>`).join('');
    const t = text(paras, { maxChars: 1000 });
    expect(t.truncated).toBe(true);
    expect(t.text.length).toBeLessThanOrEqual(1000);
    expect(t.text.endsWith('it.')).toBe(true);
  });
  it('survives a 5,000-level nested DOM (no recursion)', () => {
    const deep = '<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(5000);
    expect(text(deep).text).toBe('deep text');
  });
  it('cutAtParagraph prefers paragraph, then line, sentence and word boundaries', () => {
    expect(cutAtParagraph('aaaa\n\nbbbb\n\ncccc', 12)).toBe('aaaa\n\nbbbb');
    expect(cutAtParagraph('one two three four', 12)).toBe('one two');
    expect(cutAtParagraph('short', 100)).toBe('short');
  });
});

describe('domText: labels (headings and captions the summary does not pick)', () => {
  const labelled = (html: string) => {
    const t = text(html);
    return t.labels.map((l) => t.text.slice(l.start, l.end));
  };
  it('labels a sub-heading and a live ticker entry, not a heading that ends like a sentence', () => {
    expect(
      labelled(
        '<p>The river burst its banks on Monday.</p><h2>Evacuation of the lower town begins on the northern bank of the river</h2>' +
          '<p>Residents left by boat.</p><h5><span>06.20 Uhr: Feuerwehr meldet neue Pegelstände am Rhein</span></h5>' +
          '<h2>The mayor ordered the evacuation of the lower town.</h2>',
      ),
    ).toEqual(['Evacuation of the lower town begins on the northern bank of the river', '06.20 Uhr: Feuerwehr meldet neue Pegelstände am Rhein']);
  });
  it('labels a question heading and a call to the reader: only a heading ending like a statement stays prose', () => {
    expect(
      labelled(
        '<p>A tanker was seized in the North Atlantic on Wednesday.</p><h3>Who owns the tanker?</h3><p>It is registered in Panama.</p>' +
          '<h2>Wie sicher ist das deutsche Stromnetz?</h2><p>Die Netzbetreiber sprechen von einem Einzelfall.</p>' +
          '<h4>Donnez-nous votre avis !</h4><h2>« Nous avons évacué tout le quartier. »</h2><h2>The port will reopen on Friday…</h2>',
      ),
    ).toEqual(['Who owns the tanker?', 'Wie sicher ist das deutsche Stromnetz?', 'Donnez-nous votre avis !']);
  });
  it('labels every caption, a sentence or not, and each block inside it', () => {
    expect(
      labelled(
        '<p>Fire crews worked through the night.</p><figure><img src="a.jpg"><figcaption><div><span>Firefighters stand in front of the burnt-out warehouse in the harbour district.</span></div><div>© Example Agency</div></figcaption></figure><p>The cause is unknown.</p>',
      ),
    ).toEqual(['Firefighters stand in front of the burnt-out warehouse in the harbour district.', '© Example Agency']);
  });
  it('gives offsets into the text it returns, in reading order, none past a cut', () => {
    const t = text('<h3>First update from the scene</h3><p>' + 'Long paragraph. '.repeat(20) + '</p><h3>Second update from the scene</h3>', { maxChars: 200 });
    expect(t.truncated).toBe(true);
    expect(t.labels).toEqual([{ start: 0, end: 'First update from the scene'.length }]);
  });
});
