import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';

describe('loadHtml (linkedom)', () => {
  it('merges the second <body> linkedom opens after a script between </head> and <body> (Blogger)', () => {
    const d = loadHtml("<!DOCTYPE html><html><head><title>t</title></head><body></body><script>var a=1;</script><body class='blog'><h2 class='date-header'>9. September 2017</h2><p>Text</p></body></html>", 'https://ex.com/');
    expect(d.body.querySelector('h2.date-header')?.textContent).toBe('9. September 2017');
    expect(d.body.getAttribute('class')).toBe('blog');
    expect(d.documentElement.querySelectorAll('body').length).toBe(1);
  });
  it('gives the document its URL and a base honouring <base href>', () => {
    const d = loadHtml('<!DOCTYPE html><html><head><base href="/sub/"></head><body><p>x</p></body></html>', 'https://ex.com/a/b.html');
    expect(d.documentURI).toBe('https://ex.com/a/b.html');
    expect(d.baseURI).toBe('https://ex.com/sub/');
  });
  it('wraps fragments so that <html>, <head> and <body> exist', () => {
    const d = loadHtml('hello <b>world</b>', 'https://ex.com/');
    expect(d.documentElement.localName).toBe('html');
    expect(d.body.textContent).toBe('hello world');
    expect(d.head).toBeTruthy();
  });
  it('copes with a BOM, an empty string and garbage', () => {
    expect(loadHtml('\ufeff<html><body><p>x</p></body></html>', 'https://ex.com/').body.textContent).toBe('x');
    expect(loadHtml('', 'https://ex.com/').body).toBeTruthy();
    expect(() => loadHtml('<<<\u0000>>>', 'https://ex.com/')).not.toThrow();
  });
});
