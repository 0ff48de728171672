import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/nlp/pipeline';

/** The role reported for `name` in `text` (sentences written for these tests). */
const roleOf = async (text: string, lang: string, name: string) =>
  (await analyseText(text, { lang, langCertain: true, published: '2024-06-04' })).people.find((p) => p.name === name)?.role;

describe('roles: before the name, with what the role is of', () => {
  it('a linked phrase between the role and the name (nl, fr, en)', async () => {
    expect(await roleOf('Gisteren sprak minister van Buitenlandse Zaken Karel Jansen met de pers.', 'nl', 'Karel Jansen')).toBe('minister van Buitenlandse Zaken');
    expect(await roleOf("Hier, le ministre de l'Agriculture Paul Martin a visité une ferme inondée.", 'fr', 'Paul Martin')).toBe("ministre de l'Agriculture");
    expect(await roleOf('On Monday the commissioner for Civil Protection Anna Berg visited the dyke.', 'en', 'Anna Berg')).toBe('commissioner for Civil Protection');
  });
  it('set off by a comma, with lower-case words after the link (fr, de, en)', async () => {
    expect(await roleOf('«La situation est stable», a déclaré le porte-parole du ministère de la Santé, Louis Girard, jeudi.', 'fr', 'Louis Girard')).toBe(
      'porte-parole du ministère de la Santé',
    );
    expect(await roleOf('Der frühere Landrat des Kreises Lippe, Karl Huber, trat am Montag zurück.', 'de', 'Karl Huber')).toBe('frühere Landrat des Kreises Lippe');
    expect(await roleOf('Yesterday the commissioner for crisis management, Anna Berg, said the dykes held.', 'en', 'Anna Berg')).toBe(
      'commissioner for crisis management',
    );
  });
  it('a role of a role: "le porte-parole du président, X"', async () => {
    expect(await roleOf('« Rien à signaler », a indiqué le porte-parole du président, Karim Saidi, lundi.', 'fr', 'Karim Saidi')).toBe('porte-parole du président');
    expect(await roleOf('The news came from the spokeswoman for the governor, Linda Park, on Friday.', 'en', 'Linda Park')).toBe('spokeswoman for the governor');
  });
  it('without a comma the role must end in a name, a role word or an adjective', async () => {
    expect(await roleOf('The minister for health met John Smith on Monday in the town hall.', 'en', 'John Smith')).toBeUndefined();
  });
});

describe('roles: adjectives next to the role noun', () => {
  it('French adjectives after the noun', async () => {
    expect(await roleOf('Le président brésilien Carlos Mendes est arrivé mardi à Paris.', 'fr', 'Carlos Mendes')).toBe('président brésilien');
    expect(await roleOf('Le maire socialiste Anne Roux a ouvert un centre de crise.', 'fr', 'Anne Roux')).toBe('maire socialiste');
  });
  it('German adjectives after an article, not verbs', async () => {
    expect(await roleOf('Die österreichische Innenministerin Petra Huber sprach von einer ernsten Lage.', 'de', 'Petra Huber')).toBe('österreichische Innenministerin');
    expect(await roleOf('Am Montag verkündete Staatspräsident Omar Kessler den Notstand.', 'de', 'Omar Kessler')).toBe('Staatspräsident');
  });
  it('nationality adjectives in English', async () => {
    expect(await roleOf('Brazilian Foreign Minister Ana Costa said the talks would resume.', 'en', 'Ana Costa')).toBe('Brazilian Foreign Minister');
  });
});

describe('roles: compound and inflected role nouns', () => {
  it('German compounds and inflections, Dutch compounds', async () => {
    expect(await roleOf('Die Zürcher Stadtpräsidentin Eva Keller dankte den Helfern.', 'de', 'Eva Keller')).toBe('Zürcher Stadtpräsidentin');
    expect(await roleOf('Ein Interview des Milliardärs Hans Obermaier sorgte für Streit.', 'de', 'Hans Obermaier')).toBe('Milliardärs');
    expect(await roleOf('Das sagte Grünen-Fraktionschef Tim Wolf am Abend.', 'de', 'Tim Wolf')).toBe('Grünen-Fraktionschef');
    expect(await roleOf('Dat zei CDA-fractievoorzitter Pieter Bakker dinsdag in Den Haag.', 'nl', 'Pieter Bakker')).toBe('CDA-fractievoorzitter');
  });
});

describe('roles: apposition after the name', () => {
  it('after an age, and with nouns before the role noun', async () => {
    expect(await roleOf('Maria Lopez, 62, a Lisbon resident, said the water rose fast.', 'en', 'Maria Lopez')).toBe('Lisbon resident');
    expect(await roleOf('Jan Novak, the regional flood protection chief, said the river had peaked.', 'en', 'Jan Novak')).toBe('regional flood protection chief');
  });
  it("a name right after the role noun is another person's, unless it is an owner", async () => {
    const text = 'Live from Harbour Green, Sky reporter Becky Lane said it was calm. Tom Okafor, President Grace Mensah’s special adviser on floods, agreed.';
    expect(await roleOf(text, 'en', 'Becky Lane')).toBe('reporter');
    expect(await roleOf(text, 'en', 'Tom Okafor')).toBe('President Grace Mensah’s special adviser on floods');
    // After a link the name is the role's object.
    expect(await roleOf('Ines Park, adviser to Interior Minister Paul Reed, declined to comment.', 'en', 'Ines Park')).toBe('adviser to Interior Minister Paul Reed');
  });
  it('after a link only articles go on; another function word ends the role', async () => {
    expect(await roleOf('Vorsitzender des Vereins wird ab diesem Herbst, Jonas Weber.', 'de', 'Jonas Weber')).toBeUndefined();
  });
  it('a relative clause ends the nouns before a role', async () => {
    expect(await roleOf('Bill Hart, a Denver engineer who gives expert advice, said little.', 'en', 'Bill Hart')).toBeUndefined();
  });
  it('German: a verb after the role ends it', async () => {
    expect(await roleOf('Das sagte Jonas Weber, Vorsitzender des Verbandes wird er ab Mai.', 'de', 'Jonas Weber')).toBe('Vorsitzender des Verbandes');
  });
});

describe('roles: a relative clause that states the role', () => {
  it('"who heads …", "qui dirige …"', async () => {
    expect(await roleOf('Roads were closed, according to Oleh Marchuk, who heads the regional water authority.', 'en', 'Oleh Marchuk')).toBe(
      'heads the regional water authority',
    );
    expect(await roleOf('Les routes sont fermées, selon Marie Dubois, qui dirige la préfecture du Nord.', 'fr', 'Marie Dubois')).toBe('dirige la préfecture du Nord');
  });
});
