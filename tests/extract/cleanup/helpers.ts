import { loadHtml } from '../../../src/cli/load-html';

const URL = 'https://news.example.org/2026/storm';
/** A detached <div> holding `html`, as Readability hands over its article. */
export function content(html: string): Element {
  const doc = loadHtml(`<!DOCTYPE html><html><body><div id="c">${html}</div></body></html>`, URL);
  return doc.getElementById('c')!;
}
export function page(html: string): Document {
  return loadHtml(`<!DOCTYPE html><html><body>${html}</body></html>`, URL);
}
export const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
