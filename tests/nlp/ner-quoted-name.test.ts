import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const people = async (text: string, lang: string) => (await analyseText(text, { lang, published: null })).people.map((p) => p.name);

describe('quoted-name: a name alone between quotation marks is no person', () => {
  it('a slogan, a building and a ship named in quotes are not people (fr, en)', async () => {
    const fr = "Il a été filmé s'enfuyant au guidon de son scooter aux cris de 'Kamal Zaki', le 15 mars. Dans l'immeuble résidentiel voisin du \"Josephine\" sur la 23e rue, tous les employés sont partis.";
    const en = 'The ship was renamed "Marcus Lerida" in 2019.';
    expect(await people(fr, 'fr')).toEqual([]);
    expect(await people(en, 'en')).toEqual([]);
    setDisabledRules(['quoted-name']);
    try {
      expect(await people(fr, 'fr')).toEqual(['Kamal Zaki', 'Josephine']);
      expect(await people(en, 'en')).toEqual(['Marcus Lerida']);
    } finally {
      setDisabledRules(null);
    }
  });

  it('a person with a title or named unquoted elsewhere stays a person', async () => {
    const r = await people('Le maire Jean Dufresnoy a parlé. Les manifestants scandaient « Jean Dufresnoy » devant la mairie.', 'fr');
    expect(r).toContain('Jean Dufresnoy');
  });

  it('an English street name is no person in another language ("même Wall Street a fermé")', async () => {
    expect(await people('Les écoles et même Baker Street ont fermé lundi.', 'fr')).toEqual([]);
  });

});
