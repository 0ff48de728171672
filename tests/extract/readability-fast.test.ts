import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { elementsUnder, firstUnder, tagSet } from '../../src/extract/dom-walk';
import { holdsText, quickerReadability } from '../../src/extract/readability-fast';

const URL = 'https://news.example.org/a/page';

const PAGE = `<html><head><title>T</title></head><body>
  <div id="empty">  \n <span> </span><br><!-- a comment --></div>
  <div id="brs"><br><hr></div>
  <div id="deep"><div><div><span>\u00a0</span><b>x</b></div></div></div>
  <div id="nbsp"><p>\u00a0\u2003</p></div>
  <p class="byline" id="by">By Jane Doe</p>
  <a rel="author" id="rel" href="/j">Jane Doe</a>
  <span itemprop="author" id="ip">${'long '.repeat(30)}</span>
  <section id="s"><h2>Head</h2><p>One</p><template><p>in template</p></template><P>Two</P></section>
  <div id="hidden" hidden>h</div>
  <div id="aria" aria-hidden="true">a</div>
  <div id="fallback" aria-hidden="true" class="mwe-math-fallback-image-inline">f</div>
  <div id="none" style="display: none">n</div>
  <div id="vis" style="visibility:hidden">v</div>
  <div id="shown" style="color: red">s</div>
</body></html>`;

type Methods = {
  _isValidByline: (n: Element, m: string) => boolean;
  _isElementWithoutContent: (n: Node) => boolean;
  _isProbablyVisible: (n: Element) => boolean;
  _getAllNodesWithTag: (n: ParentNode, t: string[]) => ArrayLike<Element>;
};

describe('holdsText / elementsUnder', () => {
  const doc = loadHtml(PAGE, URL);
  const $ = (id: string) => doc.getElementById(id)!;
  it('holdsText is textContent.trim() !== "" (no-break and em spaces are white space)', () => {
    for (const el of Array.from(doc.body.querySelectorAll('*'))) expect(holdsText(el)).toBe((el.textContent ?? '').trim() !== '');
    expect(holdsText($('empty'))).toBe(false);
    expect(holdsText($('nbsp'))).toBe(false);
    expect(holdsText($('deep'))).toBe(true);
  });
  it('elementsUnder is querySelectorAll of the tag list (document order, the root excluded, nothing inside <template>)', () => {
    for (const tags of [['p'], ['h2', 'p'], ['div', 'section', 'p', 'span'], ['html', 'body']]) {
      for (const root of [doc as unknown as ParentNode, doc.body, $('s')]) {
        expect(elementsUnder(root, new Set(tags))).toEqual(Array.from(root.querySelectorAll(tags.join(','))));
      }
    }
    expect(elementsUnder($('s'), new Set(['p'])).map((p) => p.textContent)).toEqual(['One', 'Two']);
    for (const root of [doc as unknown as ParentNode, doc.body, $('s'), $('deep')]) expect(elementsUnder(root)).toEqual(Array.from(root.querySelectorAll('*')));
  });
  it('firstUnder is querySelector of the tag list; tagSet reads the list', () => {
    for (const list of ['p', 'h1', 'h2, p', 'template', 'b, span', 'table']) {
      for (const root of [doc as unknown as ParentNode, doc.body, $('s'), $('deep')]) expect(firstUnder(root, tagSet(list))).toBe(root.querySelector(list));
    }
    expect([...tagSet('ul, ol')]).toEqual(['ul', 'ol']);
  });
  it('elementsUnder walks a tree 20,000 deep without recursion', () => {
    const deep = loadHtml(`<html><body>${'<div>'.repeat(20000)}x${'</div>'.repeat(20000)}</body></html>`, URL);
    expect(elementsUnder(deep.body).length).toBe(20000);
  });
});

describe('quickerReadability: the same answers as Readability on every element', () => {
  const doc = loadHtml(PAGE, URL);
  const original = new Readability(doc) as unknown as Methods;
  const quick = new Readability(doc) as unknown as Methods;
  quickerReadability(quick, { tagWalk: true });
  const all = Array.from(doc.querySelectorAll('*'));
  it('overrides the four methods on the instance only', () => {
    for (const m of ['_isValidByline', '_isElementWithoutContent', '_isProbablyVisible', '_getAllNodesWithTag']) {
      expect(Object.prototype.hasOwnProperty.call(quick, m)).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(original, m)).toBe(false);
    }
  });
  it('_isValidByline, _isElementWithoutContent, _isProbablyVisible', () => {
    for (const el of all) {
      for (const match of [`${el.className} ${el.id}`, 'x']) expect(!!quick._isValidByline(el, match)).toBe(!!original._isValidByline(el, match));
      expect(!!quick._isElementWithoutContent(el)).toBe(!!original._isElementWithoutContent(el));
      expect(!!quick._isProbablyVisible(el)).toBe(!!original._isProbablyVisible(el));
    }
    expect(quick._isValidByline(doc.getElementById('by')!, 'byline by')).toBe(true);
    expect(quick._isValidByline(doc.getElementById('ip')!, ' ip')).toBe(false); // 150 characters: too long
    expect(quick._isElementWithoutContent(doc.getElementById('brs')!)).toBe(true);
    expect(quick._isProbablyVisible(doc.getElementById('none')!)).toBe(false);
    expect(quick._isProbablyVisible(doc.getElementById('fallback')!)).toBe(true);
  });
  it('_getAllNodesWithTag', () => {
    for (const tags of [['p'], ['h1', 'h2'], ['script', 'noscript'], ['div', 'section', 'header']]) {
      for (const root of [doc as unknown as ParentNode, doc.body]) {
        expect(Array.from(quick._getAllNodesWithTag(root, tags))).toEqual(Array.from(original._getAllNodesWithTag(root, tags)));
      }
    }
  });
  it('parse() gives the same article', () => {
    const html = `<html><body><div class="content">${'<p>The river rose by two metres overnight, and the council opened the sports hall to families from the lower streets.</p>'.repeat(6)}</div><div class="comments"><p>c</p></div></body></html>`;
    const a = new Readability(loadHtml(html, URL)).parse();
    const qr = new Readability(loadHtml(html, URL));
    quickerReadability(qr, { tagWalk: true });
    const b = qr.parse();
    expect(b).toEqual(a);
  });
});
