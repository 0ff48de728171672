import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/nlp/pipeline';

/** [name, date] of each agreement in `text` (sentences written for these tests). */
const agreements = async (text: string, lang: string, published = '2024-06-04') =>
  (await analyseText(text, { lang, langCertain: true, published })).agreements.map((a) => [a.name, a.date ?? null]);

describe('agreements: a compound names its subject', () => {
  it('German and Dutch compounds of a subject and an agreement noun', async () => {
    // Adopted "am Mittwoch" in a text of Tuesday 4 June 2024.
    expect(await agreements('Der Landtag hat am Mittwoch das Hitzeschutzgesetz beschlossen.', 'de')).toEqual([['Hitzeschutzgesetz', '2024-05-29']]);
    expect(await agreements('De Kamer stemde dinsdag in met de nieuwe pandemiewet.', 'nl')).toEqual([['pandemiewet', null]]);
  });
  it('inflected forms of a one-word name are one agreement, named in its base form', async () => {
    const r = await analyseText('Das Hitzeschutzgesetz gilt ab Mai. Ein Artikel des Hitzeschutzgesetzes betrifft Schulen.', { lang: 'de', langCertain: true, published: '2024-06-04' });
    expect(r.agreements.map((a) => [a.name, a.mentions.map((m) => m.text)])).toEqual([['Hitzeschutzgesetz', ['Hitzeschutzgesetz', 'Hitzeschutzgesetzes']]]);
  });
  it('private contracts and generic laws are not agreements', async () => {
    expect(await agreements('Er unterschrieb einen Mietvertrag und las das Landesgesetz nicht.', 'de')).toEqual([]);
    expect(await agreements('Die Zahlen waren kompakt und klar.', 'de')).toEqual([]);
  });
});

describe('agreements: kind and date', () => {
  it('a lower-case kind with its date is that act', async () => {
    expect(await agreements("Selon l'arrêté préfectoral du 3 mars 2022, la baignade reste interdite.", 'fr')).toEqual([['arrêté préfectoral du 3 mars 2022', '2022-03-03']]);
    expect(await agreements('Under the law of 12 March 2020, all shops had to close.', 'en')).toEqual([['law of 12 March 2020', '2020-03-12']]);
  });
  it('"arrêté" as a verb is not an act', async () => {
    expect(await agreements('Le suspect a été arrêté le 3 mars 2022 à Lyon.', 'fr')).toEqual([]);
  });
});

describe('agreements: kind, subject and adoption', () => {
  it('a kind with its subject that the text says was signed or adopted', async () => {
    expect(await agreements('Les deux pays ont signé un accord de coopération maritime le 4 mai 2023.', 'fr')).toEqual([['accord de coopération maritime', '2023-05-04']]);
    expect(await agreements('Parliament passed a law banning disposable vapes on 2 February 2024.', 'en')).toEqual([['law banning disposable vapes', '2024-02-02']]);
  });
  it('the subject after a topic link, with or without an article (fr, nl, en)', async () => {
    expect(await agreements('Les deux pays ont signé un accord sur la pêche le 2 mai 2022.', 'fr')).toEqual([['accord sur la pêche', '2022-05-02']]);
    expect(await agreements('Het kabinet ondertekende op 3 maart 2023 een akkoord over stikstof.', 'nl')).toEqual([['akkoord over stikstof', '2023-03-03']]);
    expect(await agreements('The government introduced a bill to ban protests near schools, which was passed on 4 March 2024.', 'en')).toEqual([
      ['bill to ban protests near schools', '2024-03-04'],
    ]);
  });
  it('without adoption a kind and a subject are not enough', async () => {
    expect(await agreements('He said a law of physics explains why the bridge fell.', 'en')).toEqual([]);
  });
});

describe('agreements: kind and acronym', () => {
  it('"the test-ban treaty (CTBT)"', async () => {
    expect((await agreements('Critics say the test-ban treaty (CTBT) is at risk.', 'en')).map((a) => a[0])).toEqual(['test-ban treaty']);
  });
  it('the acronym in brackets is the agreement, not an organisation', async () => {
    const r = await analyseText('Critics say the test-ban treaty (CTBT) is at risk. The CTBT bans all tests. The Non-Proliferation Treaty (NPT) dates from 1968.', {
      lang: 'en',
      langCertain: true,
      published: '2024-06-04',
    });
    expect(r.agreements.map((a) => [a.name, a.aliases])).toEqual([
      ['test-ban treaty', ['CTBT']],
      ['Non-Proliferation Treaty', ['NPT']],
    ]);
    expect(r.organisations).toEqual([]);
  });
});

describe('agreements: founding treaty', () => {
  it("an organisation's founding treaty has the date the text gives for its founding", async () => {
    expect(await agreements("Asean's founding treaty says nothing about expulsion. Asean was founded in Bangkok in 1967 by five states.", 'en')).toEqual([
      ['founding treaty', '1967'],
    ]);
  });
});

describe("agreements: the article's subject", () => {
  it('a lower-case kind with its modifier said again and again', async () => {
    const text =
      'Lawmakers debated emergency legislation on Monday. The emergency legislation would let police close roads. ' +
      'Critics say the emergency legislation is rushed.';
    const r = await analyseText(text, { lang: 'en', langCertain: true, published: '2024-06-04' });
    expect(r.agreements.map((a) => [a.name, a.mentions.length])).toEqual([['emergency legislation', 3]]);
  });
  it('bodies and states of law are not', async () => {
    const text = 'The army declared martial law. Under martial law, rallies are banned. Martial law ends soon. International law applies; international law is clear.';
    expect(await agreements(text, 'en')).toEqual([]);
  });
});

describe('agreements: what is not one', () => {
  it('a treaty organisation is an organisation', async () => {
    expect(await agreements('The Southeast Asia Treaty Organization was dissolved in 1977.', 'en')).toEqual([]);
  });
  it('the body that adopts a law is not its name', async () => {
    expect(await agreements('Sie will ihr Veto einlegen, wenn das Gesetz vom Parlament verabschiedet wird.', 'de')).toEqual([]);
  });
});
