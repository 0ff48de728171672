import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { collapsedLongerThan, elementsUnder, elementsWhere, tagOf, textLength, useLinkedList, walkElements, type LinkedList } from '../../src/extract/dom-walk';
import { collapsedText } from '../../src/extract/content-blocks';

const PAGE = `<!DOCTYPE html><html><head><title>T</title></head><body>
  <div id="a" class="x">  one\u00a0 two <!-- note --> <b>three</b>\n\t<i></i>
    <section><h2>Head</h2><p>One</p><template><p>in template</p><div>x</div></template><P>Two</P></section>
    <table><tr><td>cell</td></tr></table>
  </div>
  <p id="empty">   \u2003 </p>
  <div id="deep"><div><div><div><span>deep text</span></div></div></div></div>
  <svg><text>vector</text></svg>
  <p id="tail">  lead and trail  </p>
</body></html>`;

/** The plain walk's answers (no linked list registered), for comparison. */
function plain<T>(f: () => T): T {
  const sym = Object.getOwnPropertySymbols(loadHtml('<p>x</p>', 'https://a.example/'));
  const saved: LinkedList = { next: sym.find((s) => s.description === 'next')!, end: sym.find((s) => s.description === 'end')! };
  useLinkedList(null);
  try {
    return f();
  } finally {
    useLinkedList(saved);
  }
}

describe('dom-walk on linkedom (the CLI DOM): the linked-list walk gives what the plain walk gives', () => {
  const doc = loadHtml(PAGE, 'https://news.example.org/a');
  it('lists the same elements in the same order, never inside a template (as querySelectorAll)', () => {
    const fast = elementsUnder(doc).map((e) => e.localName);
    expect(fast).toEqual(plain(() => elementsUnder(doc).map((e) => e.localName)));
    expect(fast).toEqual(Array.from(doc.querySelectorAll('*')).map((e) => e.localName));
    const body = doc.body;
    expect(elementsUnder(body, new Set(['p', 'td']))).toEqual(plain(() => elementsUnder(body, new Set(['p', 'td']))));
    // The template's own <p> and <div> are not listed.
    expect(elementsUnder(body, new Set(['p'])).map((p) => p.textContent)).toEqual(['One', 'Two', '   \u2003 ', '  lead and trail  ']);
  });

  it('stops where the visitor says, with the same element', () => {
    const stop = (el: Element) => el.localName === 'span';
    expect(walkElements(doc.body, stop)).toBe(plain(() => walkElements(doc.body, stop)));
    expect(walkElements(doc.getElementById('empty')!, () => true)).toBeNull();
  });

  it('elementsWhere is a selector query written as a test: same elements, same order, up to the limit', () => {
    const classed = (e: Element) => e.hasAttribute('class');
    expect(elementsWhere(doc, classed)).toEqual(Array.from(doc.querySelectorAll('[class]')));
    const ps = (e: Element) => tagOf(e) === 'p' || tagOf(e) === 'td';
    expect(elementsWhere(doc.body, ps)).toEqual(Array.from(doc.body.querySelectorAll('p, td')));
    expect(elementsWhere(doc.body, ps, 2)).toEqual(Array.from(doc.body.querySelectorAll('p, td')).slice(0, 2));
    expect(elementsWhere(doc.body, ps, 0)).toEqual([]);
    expect(plain(() => elementsWhere(doc.body, ps))).toEqual(elementsWhere(doc.body, ps));
  });

  it('textLength is textContent.length, on every element', () => {
    for (const el of Array.from(doc.querySelectorAll('*'))) expect(textLength(el)).toBe((el.textContent ?? '').length);
  });

  it('collapsedLongerThan(el, n) is collapsedText(el).length > n, at every n around the length', () => {
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      const len = collapsedText(el).length;
      for (const n of [0, 1, len - 2, len - 1, len, len + 1]) if (n >= 0) expect([el.localName, n, collapsedLongerThan(el, n)]).toEqual([el.localName, n, len > n]);
    }
  });

  it('gives the same answers on a DOM without the linked list (a browser)', () => {
    const a = doc.getElementById('a')!;
    expect(plain(() => textLength(a))).toBe((a.textContent ?? '').length);
    expect(plain(() => collapsedLongerThan(a, 10))).toBe(true);
    expect(plain(() => collapsedLongerThan(doc.getElementById('empty')!, 0))).toBe(false);
  });
});
