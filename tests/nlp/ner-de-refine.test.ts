import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';

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
});
