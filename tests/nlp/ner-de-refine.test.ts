import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { loadPack } from '../../src/nlp/ner/pack';
import { lexiconFor } from '../../src/nlp/ner/lexicon';
import { tokenize } from '../../src/nlp/tokenize';
import { splitSentences } from '../../src/nlp/sentences';
import { annotateTokens, type RuleSpan } from '../../src/nlp/ner/recognise';
import { applyRules, type RuleId } from '../../src/nlp/ner/rules';

const de = (text: string) => analyseText(text, { lang: 'de', published: null });
const names = (es: { mentions: { text: string }[] }[]) => es.flatMap((e) => e.mentions.map((m) => m.text));

describe('German refine pass (document-level and context rules)', () => {
  it('a surname alone is the person named in full earlier in the text, also in the genitive', async () => {
    const r = await de(
      'Die Ministerin Katharina Wendelstein besuchte am Montag das Hochwassergebiet. Später am Tag traf Wendelstein die Helfer. Wendelsteins Sprecher kündigte weitere Hilfen an.',
    );
    const people = names(r.people);
    expect(people).toContain('Katharina Wendelstein');
    expect(people).toContain('Wendelstein');
    expect(people).toContain('Wendelsteins');
    expect(people).not.toContain('Ministerin Katharina Wendelstein');
  });

  it('well-known public figures are people when named by their surname alone', async () => {
    const r = await de('Nach der Wahl gratulierte Scholz dem neuen Ministerpräsidenten. Auch Steinmeiers Rede wurde gelobt.');
    const people = names(r.people);
    expect(people).toContain('Scholz');
    expect(people).toContain('Steinmeiers');
  });

  it('a role noun before an unknown surname makes it a person, and is not part of the name', async () => {
    const r = await de('Am Abend erklärte Bäderleiter Hollweck , die Anlage bleibe geschlossen.');
    expect(names(r.people)).toEqual(['Hollweck']);
  });

  it('a verb of saying after a quotation makes the unknown name a person', async () => {
    const r = await de('„Wir haben alles versucht“ , sagte Brunnhuber am Dienstag.');
    expect(names(r.people)).toContain('Brunnhuber');
  });

  it('a capitalised common noun after an article is not taken for a famous surname', async () => {
    const r = await de('Der Bach fließt durch das Tal, und der Fischer wartet am Ufer.');
    expect(names(r.people)).toEqual([]);
  });

  it('a compound of a name and a common noun is not a name; a compound of two names is', async () => {
    const lex = lexiconFor((await loadPack('de'))!);
    const text = 'Die Schalke-Truppe verlor , die PC-Version erscheint später , der Zug hielt in Bremen-Vegesack .';
    const toks = annotateTokens(text, tokenize(text), splitSentences(text));
    const span = (word: string, type: RuleSpan['type']): RuleSpan => {
      const i = toks.findIndex((t) => t.text === word);
      return { type, start: toks[i].start, end: toks[i].end, t0: i, t1: i + 1, confidence: 'weak', why: 'model' };
    };
    const out = applyRules(lex, toks, [span('Schalke-Truppe', 'ORG'), span('PC-Version', 'ORG'), span('Bremen-Vegesack', 'LOC')]);
    expect(out.filter((s) => s.type !== 'MISC').map((s) => text.slice(s.start, s.end))).toEqual(['Bremen-Vegesack']);
  });

  it('the name after a place noun is a place without the noun; the genitive of a known place is the place', async () => {
    const r = await de('Im Kanton Uri und in der Gemeinde Hollerbach fiel der Strom aus. Die Hochwasser Frankreichs und Polens gingen zurück.');
    const places = names(r.places);
    expect(places).toEqual(expect.arrayContaining(['Uri', 'Hollerbach', 'Frankreichs', 'Polens']));
    expect(places).not.toContain('Kanton Uri');
  });

  it('a name after a noun naming a kind of organisation is that organisation', async () => {
    const r = await de('Der Sportartikelhersteller Trabolux meldete am Dienstag höhere Umsätze.');
    expect(names(r.organisations)).toContain('Trabolux');
    expect(names(r.people)).toEqual([]);
  });

  it('a name joined by "und" to a place after a place preposition is a place; "nach X in <Land>" too', async () => {
    const r = await de('Die Messe findet in Leipzig und Wurzenbach statt. Danach zog die Familie nach Castelvetro in Italien.');
    expect(names(r.places)).toEqual(expect.arrayContaining(['Leipzig', 'Wurzenbach', 'Castelvetro', 'Italien']));
    const s = await de('Das Stück für Violine und Bass wurde gelobt.');
    expect(names(s.places)).toEqual([]);
  });

  it('a role noun before a name the tagger typed otherwise makes it a person; a role noun after a name is cut off', async () => {
    const r = await de('Das begründete der Vorstandsvorsitzende Corrado Passera . Er war ein Berater von Adenauers Staatssekretär .');
    expect(names(r.people)).toEqual(expect.arrayContaining(['Corrado Passera', 'Adenauers']));
    expect(names(r.organisations)).toEqual([]);
    expect(names(r.people)).not.toContain('Adenauers Staatssekretär');
    const g = await de('Der Vergleich mit Steffi Graf schmeichelt ihr.');
    expect(names(g.people)).toEqual(['Steffi Graf']);
  });

  it('a number in brackets after a name (age, minute of a goal) marks a person', async () => {
    const r = await de('Das Tor erzielte Kowalczyk ( 23. ) nach einer Ecke. Am Steuer saß Brettschneider ( 42 ) aus der Nachbarstadt.');
    expect(names(r.people)).toEqual(expect.arrayContaining(['Kowalczyk', 'Brettschneider']));
  });

  it('"die Union" alone is the CDU/CSU, unless the text is about the EU', async () => {
    const r = await de('Die SPD und die Union verhandeln über den Haushalt.');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['SPD', 'Union']));
    const eu = await de('Der EU-Gipfel beginnt heute. Die Staaten der Union streiten über den Haushalt.');
    expect(names(eu.organisations)).not.toContain('Union');
  });
});
