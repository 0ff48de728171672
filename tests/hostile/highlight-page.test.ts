/**
 * Issue 16, case 9: highlight goes to the wrong story. (a) A page that swapped its article in
 * place (pushState) since the brief was made: clicking an entity highlighted text in the other
 * story without a word — now the page must still hold the analysed text (probes of it), else
 * nothing is highlighted and the popup says so. (b) A `<main>` before the `<article>` (an
 * off-screen copy): the highlight was drawn on the copy — now containers the reader cannot see
 * are skipped. Layout is not available in linkedom: visibility is the caller's predicate here
 * (the injected script uses checkVisibility and the page position; see tests/e2e/hostile.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { articleRoots, locateText, stillHoldsArticle, textProbes } from '../../src/extract/find-text';

const STORY_A = [
  'Het Nationaal Crisiscentrum (NCCN) heeft vanochtend het rampenplan afgekondigd voor de provincie Limburg na de overstromingen.',
  'Volgens woordvoerder Jan Peeters zijn meer dan tweehonderd gezinnen geëvacueerd uit de gemeenten langs de Maas.',
  'De brandweer van Maasmechelen zet pompen in en het Rode Kruis vangt de bewoners op in sporthallen in de buurt.',
];
const STORY_B = [
  'Het Nationaal Crisiscentrum (NCCN) organiseert volgende week een oefening met de Nederlandse veiligheidsregio’s in Zeeland.',
  'De oefening test de communicatie tussen beide landen bij een kernongeval in de centrale van Borssele, aldus het NCCN.',
  'Burgemeesters uit de grensstreek nemen deel en evalueren achteraf de alarmering van de inwoners met BE-Alert.',
];
const briefText = STORY_A.join('\n\n');
const doc = (paras: string[], extra = '') => loadHtml(`<!DOCTYPE html><html><body>${extra}<article>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`, 'https://x.example/');

describe('the page must still hold the analysed article', () => {
  const probes = textProbes(briefText);
  it('probes: a few whole-word pieces from across the text', () => {
    expect(probes.length).toBe(3);
    for (const p of probes) expect(briefText.replace(/\s+/g, ' ')).toContain(p);
  });
  it('the same story (other white space, other markup around it): holds it', () => {
    expect(stillHoldsArticle(doc(STORY_A, '<nav>Menu</nav>').body, probes)).toBe(true);
    expect(stillHoldsArticle(loadHtml(`<div>${STORY_A.map((p) => `<div>${p.replace(/ /g, '\n   ')}</div>`).join('')}</div>`, 'https://x.example/').body, probes)).toBe(true);
  });
  it('the story swapped in place: does not hold it, though "NCCN" is still on the page', () => {
    const swapped = doc(STORY_B);
    expect(stillHoldsArticle(swapped.body, probes)).toBe(false);
    // Without the check the mention would be found — in the other story:
    expect(locateText(swapped, { text: 'NCCN', occurrence: 0 }, () => true)).not.toBeNull();
  });
  it('no probes (a very short text): no verdict, the highlight proceeds', () => {
    expect(stillHoldsArticle(doc(STORY_B).body, [])).toBe(true);
    expect(stillHoldsArticle(doc(STORY_B).body, undefined)).toBe(true);
  });
});

describe('a <main> before the <article>: the highlight goes to the copy the reader sees', () => {
  const html = `<!DOCTYPE html><html><body>
    <main id="copy" data-offscreen="1"><p>${STORY_A[1]}</p></main>
    <article id="real"><p>${STORY_A[0]}</p><p>${STORY_A[1]}</p></article></body></html>`;
  const seen = (el: Element) => !el.closest('[data-offscreen]');
  it('articleRoots skips containers the reader cannot see', () => {
    const d = loadHtml(html, 'https://x.example/');
    expect(articleRoots(d, seen).map((e) => e.id || e.localName)).toEqual(['real', 'body']);
  });
  it('locateText finds the mention in the visible article, not the off-screen copy', () => {
    const d = loadHtml(html, 'https://x.example/');
    const m = locateText(d, { text: 'Jan Peeters', occurrence: 0, before: 'Volgens woordvoerder ', after: ' zijn meer' }, seen)!;
    expect(m.segments[0]!.node.parentElement!.closest('article')?.id).toBe('real');
  });
  it('within one container, an occurrence the reader cannot see gives way to one they can', () => {
    const d = loadHtml(`<!DOCTYPE html><html><body><article><p data-offscreen="1">${STORY_A[1]}</p><p>${STORY_A[1]}</p></article></body></html>`, 'https://x.example/');
    const m = locateText(d, { text: 'Jan Peeters', occurrence: 0 }, () => true, (mm) => seen(mm.segments[0]!.node.parentElement!))!;
    expect(m.index).toBe(1);
  });
});
