import { describe, expect, it } from 'vitest';
import { isTickerLabel, removeTickerFurniture } from '../../../src/extract/ticker-furniture';
import { domText } from '../../../src/extract/dom-text';
import { content } from './helpers';

describe('ticker furniture', () => {
  it('knows labels', () => {
    for (const s of ['KEY EVENT', 'Liveblog', 'autoplay', 'weitere Videos', 'Mis à jour', 'Advertisement']) expect(isTickerLabel(s), s).toBe(true);
    expect(isTickerLabel('Live pictures show the flooded square')).toBe(false);
  });
  it('removes entry headers (time + reporter or label) and keeps the entries and timed headlines', () => {
    const c = content(`<div><time>21:00</time><mark>Jo Marsh</mark></div><h3>Bang heard at Exeter scene</h3><p>Police closed the square.</p>
      <div><time>20:42</time><mark>KEY EVENT</mark></div><h3>Crowds gather in Leeds</h3>
      <p>15.32 Uhr: Weiterhin Angriffe im Norden</p><p><time>11 March 2024</time></p>`);
    removeTickerFurniture(c);
    expect(domText(c, { base: 'https://x.example/' }).text.split('\n\n')).toEqual([
      'Bang heard at Exeter scene',
      'Police closed the square.',
      'Crowds gather in Leeds',
      '15.32 Uhr: Weiterhin Angriffe im Norden',
      '11 March 2024',
    ]);
  });
});
