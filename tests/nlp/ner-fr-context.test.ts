import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import type { NlpResult } from '../../src/nlp/types';

const fr = (text: string) => analyseText(text, { lang: 'fr', published: null });
const names = (es: { mentions: { text: string }[] }[]) => es.flatMap((e) => e.mentions.map((m) => m.text));
const orgs = (r: NlpResult) => names(r.organisations);
const people = (r: NlpResult) => names(r.people);
const places = (r: NlpResult) => names(r.places);

describe('French NER: context rules', () => {
  it('a team named "les X de Ville" is one organisation, the town included', async () => {
    const r = await fr('Il a joué trois saisons avec les Faucons de Lyon avant de signer aux Castors de Québec.');
    expect(orgs(r)).toEqual(expect.arrayContaining(['Faucons de Lyon', 'Castors de Québec']));
    expect(places(r)).not.toContain('Lyon');
  });

  it('an organisation noun before an unknown name makes it an organisation, in the whole text', async () => {
    const r = await fr("Le groupe Marvello a racheté l'usine. Les ouvriers de Marvello ont manifesté devant le siège, et la société Quintrel a protesté.");
    expect(orgs(r).filter((x) => x === 'Marvello')).toHaveLength(2);
    expect(orgs(r)).toContain('Quintrel');
  });

  it('"près de X" and "la région de X" are places; "selon X" is a person', async () => {
    const r = await fr('Le village se trouve près de Valbrune, dans la région de Montardeix. Selon Kerbrat, la route est coupée.');
    expect(places(r)).toEqual(expect.arrayContaining(['Valbrune', 'Montardeix']));
    expect(people(r)).toContain('Kerbrat');
  });

  it('titles of works in quotes and products after an article are not people', async () => {
    const r = await fr('Le film « Silver Harbour » est sorti sur la Nova Station en 2004.');
    expect(people(r)).toEqual([]);
  });

  it('Benelux parties and companies are known organisations', async () => {
    const r = await fr('Le Vlaams Belang et Ecolo ont critiqué Electrabel et Proximus.');
    expect(orgs(r)).toEqual(expect.arrayContaining(['Vlaams Belang', 'Ecolo', 'Electrabel', 'Proximus']));
  });

  it('geographic names keep their head and qualifiers', async () => {
    const r = await fr("Le cargo a sombré dans le golfe de Guinée, loin de l'île Maurice. La sécheresse frappe l'Afrique de l'Ouest et l'Asie centrale.");
    expect(places(r)).toEqual(expect.arrayContaining(['golfe de Guinée', 'île Maurice', "Afrique de l'Ouest", 'Asie centrale']));
  });

  it('clubs named with their town and numbered channels are organisations', async () => {
    const r = await fr('Il a signé au Bayern Munich. Le match est diffusé sur France 3.');
    expect(orgs(r)).toEqual(expect.arrayContaining(['Bayern Munich', 'France 3']));
  });

  it('full names keep their particles and every first name', async () => {
    const r = await fr('Le tableau de Theo van Doesburg est exposé. Le traité de Gottfried Wilhelm Leibniz a été réédité.');
    expect(people(r)).toEqual(expect.arrayContaining(['Theo van Doesburg', 'Gottfried Wilhelm Leibniz']));
  });

  it('an unknown name with an article and nothing after it is a place; in a list it takes its neighbours\' type', async () => {
    const r = await fr("Les marchands traversaient la Valdorie. Ils passaient par Lyon, Grenoble et Valmeyrac avant l'hiver.");
    expect(places(r)).toEqual(expect.arrayContaining(['Valdorie', 'Valmeyrac']));
  });

  it('famous people named by one word are people, also at a sentence start', async () => {
    const r = await fr('Voltaire a séjourné à Ferney. Il correspondait avec Diderot.');
    expect(people(r)).toEqual(expect.arrayContaining(['Voltaire', 'Diderot']));
  });

  it('a ministerial portfolio is not taken for a first name; CD&V is one organisation', async () => {
    const r = await fr("La ministre de l'Intérieur Annelies Verlinden (CD&V) s'est rendue sur place.");
    expect(people(r)).toContain('Annelies Verlinden');
    expect(orgs(r)).toContain('CD&V');
  });

  it('organisation names run on over rank adjectives and a second complement; bands after a genre description', async () => {
    const r = await fr("Il a joué dans la Ligue de hockey junior majeur du Québec. Le rapport de l'Organisation pour la sécurité et la coopération en Europe est paru. Il chantait dans le groupe de hard rock américain Velvet Harbour.");
    expect(orgs(r)).toEqual(expect.arrayContaining(['Ligue de hockey junior majeur du Québec', 'Organisation pour la sécurité et la coopération en Europe', 'Velvet Harbour']));
  });

  it('titles after a work noun are not people; English geographic words make a place', async () => {
    const r = await fr('Le film est noté sur le site Silver Tomatoes. Elle vit à Vero Beach depuis 2010.');
    expect(people(r)).not.toContain('Silver Tomatoes');
    expect(places(r)).toContain('Vero Beach');
  });

  it('a first name that is also a place, followed by a surname, is a person; Empire + adjective is a place', async () => {
    const r = await fr("Victoria Kowalska a battu sa rivale. Le sultan régnait sur l'Empire ottoman.");
    expect(people(r)).toContain('Victoria Kowalska');
    expect(places(r)).toContain('Empire ottoman');
  });
});

describe('a title abbreviation with its dot before a name', () => {
  it('"M. X" gives the person X, without the dot, the same as the full name', async () => {
    const { analyseText } = await import('../../src/nlp/pipeline');
    const r = await analyseText("Le porte-parole Anatoli Vorobiev a parlé lundi. « C'est un besoin », a affirmé M. Vorobiev. Selon M. Lemarchand, rien n'a changé.", { lang: 'fr', published: null });
    const names = r.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Anatoli Vorobiev', 'Lemarchand']));
    expect(names.some((n) => n.startsWith('.'))).toBe(false);
  });
});

describe('fr-administration: a lower-case administration head with its domain or territory', () => {
  it('"le ministère de l\'Intérieur", "la préfecture de la Gironde" are organisations, not places', async () => {
    const { analyseText } = await import('../../src/nlp/pipeline');
    const r = await analyseText(
      "Les consignes ont été données par la préfecture de la Gironde. Le ministère de l'Agriculture et le ministère des Affaires sociales ont publié un communiqué.",
      { lang: 'fr', published: null },
    );
    const orgs = r.organisations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(['préfecture de la Gironde', "ministère de l'Agriculture", 'ministère des Affaires sociales']));
    expect(r.places.map((p) => p.name)).not.toContain('préfecture de la Gironde');
  });
});

describe('French words that are no names, and places listed after "les localités de"', () => {
  it('"en Dieu", "le Jihad", "VIDEO" are not entities; "les localités de X, Y et Z" are places', async () => {
    const { analyseText } = await import('../../src/nlp/pipeline');
    const r = await analyseText("VIDEO - « Croyez-vous en Dieu ? » La lutte contre le Jihad continue autour des localités de Velykodolynske, Zalizne et Ostrivka.", { lang: 'fr', published: null });
    const all = [...r.organisations, ...r.people, ...r.places].map((e) => e.name);
    for (const w of ['Dieu', 'Jihad', 'VIDEO']) expect(all).not.toContain(w);
    expect(r.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Velykodolynske', 'Zalizne', 'Ostrivka']));
  });
});
