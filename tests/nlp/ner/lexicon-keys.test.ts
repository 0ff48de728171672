import { describe, expect, it } from 'vitest';
import { isPlainKey, normKey } from '../../../src/nlp/ner/lexicon';
import { tokenize } from '../../../src/nlp/tokenize';

describe('lexicon keys: the plain fast path', () => {
  it('joins the keys of plain tokens into the key normKey gives the joined phrase (what gazAt relies on)', () => {
    const text = 'The Hague & Rotterdam-Zuid, K2 (\u212Aelvin) G7 U.S. Benelux Unie: d\'Ardennes Bruxelles-Capitale 1.000 « Ümit » Zürich';
    const toks = tokenize(text).map((t) => t.text);
    for (let i = 0; i < toks.length; i++) {
      for (let e = i + 1; e <= Math.min(toks.length, i + 4); e++) {
        const part = toks.slice(i, e);
        const lowers = part.map((w) => w.toLowerCase());
        if (!lowers.every(isPlainKey)) continue;
        expect(lowers.join(' ')).toBe(normKey(part.join(' ')));
      }
    }
    expect(isPlainKey('zürich')).toBe(false);
    expect(isPlainKey('&')).toBe(true);
    expect(isPlainKey('rotterdam-zuid')).toBe(false);
  });
});
