import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const people = async (text: string) => (await analyseText(text, { lang: 'en', published: null })).people.map((p) => p.name);

describe('en-postnominal: honours and offices after a name are not part of it; "Councillor" is a title', () => {
  const text = 'The leader of the council, Councillor Imran Hafeez OBE, condemned the attack, and Sarah Whitcombe MP called for calm.';
  it('gives the names without the letters after them', async () => {
    const r = await people(text);
    expect(r).toEqual(expect.arrayContaining(['Imran Hafeez', 'Sarah Whitcombe']));
    expect(r.some((n) => /OBE|MP|Councillor/.test(n))).toBe(false);
  });
  it('switched off, the letters stay in the name', async () => {
    setDisabledRules(['en-postnominal']);
    try {
      expect(await people(text)).toContain('Imran Hafeez OBE');
    } finally {
      setDisabledRules(null);
    }
  });
});
