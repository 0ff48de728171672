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
  it('keeps a German ordinal after a determiner inside the sentence (rule "ordinal"), splits before a sentence opener', () => {
    const de = (t: string) => splitSentences(t, [], 'de').map((s) => t.slice(s.start, s.end));
    expect(de('Der Tennisspieler holte am Sonntag seinen 14. Titel in Paris. Das Publikum jubelte.')).toEqual([
      'Der Tennisspieler holte am Sonntag seinen 14. Titel in Paris.',
      'Das Publikum jubelte.',
    ]);
    expect(de('Die Feier fand im 3. Stock des Rathauses statt. Danach gingen alle.')).toEqual([
      'Die Feier fand im 3. Stock des Rathauses statt.',
      'Danach gingen alle.',
    ]);
    // A number that ends a sentence: the next word opens the following one.
    expect(de('Der Präsident wurde am Ende der 83. Er trat zurück.')).toEqual(['Der Präsident wurde am Ende der 83.', 'Er trat zurück.']);
    expect(de('Der Umsatz stieg auf 14. Danach fiel er.')).toEqual(['Der Umsatz stieg auf 14.', 'Danach fiel er.']);
    // Without the language the ordinal rule does not apply (a French "score de 3. Le match …" ends there).
    const fr = 'Le score final était de 3. Le match est fini.';
    expect(splitSentences(fr, [], 'fr').map((s) => fr.slice(s.start, s.end))).toEqual(['Le score final était de 3.', 'Le match est fini.']);
  });
  it('keeps a Dutch ordinal and abbreviations inside the sentence', () => {
    const nl = (t: string) => splitSentences(t, [], 'nl').map((s) => t.slice(s.start, s.end));
    expect(nl('Het kantoor op de 3. Verdieping werd bijv. ontruimd door de brandweer. Niemand raakte gewond.')).toEqual([
      'Het kantoor op de 3. Verdieping werd bijv. ontruimd door de brandweer.',
      'Niemand raakte gewond.',
    ]);
    expect(nl('De oefening begon op 4. Juni om negen uur. Ze duurde een dag.')).toEqual(['De oefening begon op 4. Juni om negen uur.', 'Ze duurde een dag.']);
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
