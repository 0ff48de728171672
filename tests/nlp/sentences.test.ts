import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences';

const split = (t: string, abbr: string[] = []) => splitSentences(t, abbr).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at terminal punctuation before a capital', () => {
    expect(split('Hij kwam. Zij ging! Wie bleef? Niemand.')).toEqual(['Hij kwam.', 'Zij ging!', 'Wie bleef?', 'Niemand.']);
  });
  it('does not split after title abbreviations, initials, or inside decimals and URLs', () => {
    expect(split('Volgens mevr. Peeters en dhr. Jansen is het goed. Dat zei ook Dr. Smith.', ['mevr', 'dhr'])).toEqual([
      'Volgens mevr. Peeters en dhr. Jansen is het goed.',
      'Dat zei ook Dr. Smith.',
    ]);
    expect(split('M. Dupont et Mme Martin sont là. Ils parlent.', ['m', 'mme'])).toEqual(['M. Dupont et Mme Martin sont là.', 'Ils parlent.']);
    expect(split('J. R. R. Tolkien wrote it. It sold 3.5 million copies at www.example.com today.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'It sold 3.5 million copies at www.example.com today.',
    ]);
    expect(split('The U.S. Army arrived. Then it left.')).toEqual(['The U.S. Army arrived.', 'Then it left.']);
  });
  it('keeps German ordinals and z.B. inside the sentence', () => {
    expect(split('Am 4. Juni 2024 kam z.B. Herr Nr. 5. Er blieb.', ['z.b', 'nr'])).toEqual(['Am 4. Juni 2024 kam z.B. Herr Nr. 5.', 'Er blieb.']);
  });
  it('splits at line breaks and after closing quotes', () => {
    expect(split('Titel\n\nEr zei: “Nee.” Daarna niets.')).toEqual(['Titel', 'Er zei: “Nee.”', 'Daarna niets.']);
  });
  it('returns trimmed, non-empty spans for any input', () => {
    expect(split('')).toEqual([]);
    expect(split('   \n\n  ')).toEqual([]);
    expect(split('no end')).toEqual(['no end']);
  });
});
