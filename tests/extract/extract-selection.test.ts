import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { extractSelection, selectionTextToParagraphs } from '../../src/extract/extract-selection';
import { articlePage, BODIES } from './pages';

const URL = 'https://www.lesoir.be/2024/06/04/inondations';

/** linkedom has no Selection: give the document one whose range clones the given elements. */
function withSelection(doc: Document, selector: string): Document {
  const els = Array.from(doc.querySelectorAll(selector));
  const sel = {
    rangeCount: 1,
    getRangeAt: () => ({
      cloneContents: () => {
        const f = doc.createDocumentFragment();
        for (const e of els) f.appendChild(e.cloneNode(true));
        return f;
      },
    }),
    toString: () => els.map((e) => e.textContent).join('\n'),
  };
  Object.defineProperty(doc, 'getSelection', { value: () => sel, configurable: true });
  return doc;
}

describe('extractSelection', () => {
  it('turns the selected elements into paragraphs, with the page metadata, flagged fromSelection', () => {
    const doc = withSelection(
      loadHtml(articlePage({ lang: 'fr', head: '<meta property="og:site_name" content="Le Soir">', extra: '<p>Voir <a href="/dossier">le dossier</a>.</p>' }), URL),
      'article p',
    );
    const r = extractSelection(doc, { url: URL });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.article;
    expect(a.fromSelection).toBe(true);
    expect(a.text.split('\n\n').slice(0, 3)).toEqual([...BODIES.fr]);
    expect(a.lang).toBe('fr');
    expect(a.siteName).toBe('Le Soir');
    expect(a.published).toBe('2024-06-04'); // from the URL
    expect(a.title).toBe('Flood emergency lifted');
    expect(a.links).toEqual([{ href: 'https://www.lesoir.be/dossier', text: 'le dossier' }]);
  });

  it('accepts the selection as a string (lines become paragraphs)', () => {
    const r = extractSelection('  First line of the selection,\r\n   still going.\n\n\nSecond paragraph here. ', { url: URL });
    expect(r.ok && r.article.text).toBe('First line of the selection,\n\nstill going.\n\nSecond paragraph here.');
    expect(r.ok && r.article.fromSelection).toBe(true);
    expect(r.ok && r.article.title).toBe('First line of the selection,');
  });

  it('refuses an empty or tiny selection with a clear message', () => {
    const doc = loadHtml(articlePage({}), URL);
    const none = extractSelection(doc, { url: URL });
    expect(none).toEqual({ ok: false, reason: 'no-article', message: 'Nothing is selected on this page.' });
    const tiny = extractSelection('Hi', { url: URL });
    expect(!tiny.ok && tiny.message).toMatch(/too short/);
  });

  it('marks the headings and captions of a selection of several ranges, offsets into the joined text', () => {
    const doc = loadHtml(
      '<!DOCTYPE html><html lang="fr"><body><div id="a"><h2>Évacuation des quartiers bas le long de la Meuse</h2><p>Les pompiers ont évacué deux cents habitants.</p></div>' +
        '<div id="b"><figure><figcaption>Les pompiers devant la digue rompue.</figcaption></figure><p>La digue a cédé dans la nuit.</p></div></body></html>',
      URL,
    );
    const ranges = ['#a', '#b'].map((id) => doc.querySelector(id)!);
    const sel = {
      rangeCount: 2,
      getRangeAt: (i: number) => ({
        cloneContents: () => {
          const f = doc.createDocumentFragment();
          f.appendChild(ranges[i].cloneNode(true));
          return f;
        },
      }),
      toString: () => ranges.map((e) => e.textContent).join('\n'),
    };
    Object.defineProperty(doc, 'getSelection', { value: () => sel, configurable: true });
    const r = extractSelection(doc, { url: URL });
    if (!r.ok) throw new Error(r.message);
    expect(r.article.labels?.map((l) => r.article.text.slice(l.start, l.end))).toEqual([
      'Évacuation des quartiers bas le long de la Meuse',
      'Les pompiers devant la digue rompue.',
    ]);
    // A selection given as a string has no structure: no labels.
    const plain = extractSelection('Évacuation des quartiers bas\nLes pompiers ont évacué deux cents habitants.', { url: URL });
    expect(plain.ok && plain.article.labels).toBeUndefined();
  });

  it('caps a huge selection', () => {
    const r = extractSelection(('A sentence of text. '.repeat(20) + '\n').repeat(2000), { url: URL, maxChars: 5000 });
    expect(r.ok && r.article.truncated).toBe(true);
    expect(r.ok && r.article.text.length).toBeLessThanOrEqual(5000);
  });

  it('selectionTextToParagraphs', () => {
    expect(selectionTextToParagraphs('a\n\n b \n')).toBe('a\n\nb');
  });
});
