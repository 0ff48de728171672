import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import type { NlpResult } from '../../src/nlp/types';

const nl = (text: string) => analyseText(text, { lang: 'nl', published: null });
const names = (es: { mentions: { text: string }[] }[]) => es.flatMap((e) => e.mentions.map((m) => m.text));
const orgs = (r: NlpResult) => names(r.organisations);
const people = (r: NlpResult) => names(r.people);
const places = (r: NlpResult) => names(r.places);

describe('Dutch NER: unknown names typed from their context', () => {
  it('an organisation noun or compound before a name makes it an organisation, in the whole document', async () => {
    const r = await nl(
      'De softwaremaker Quorvix ontslaat tweehonderd mensen. Het bedrijf Veltronia neemt de afdeling over. ' +
        'Quorvix verkocht vorig jaar minder licenties dan verwacht.',
    );
    expect(orgs(r)).toEqual(expect.arrayContaining(['Quorvix', 'Veltronia']));
    // The sentence-initial mention is the same company.
    expect(orgs(r).filter((x) => x === 'Quorvix')).toHaveLength(2);
    expect(people(r)).not.toContain('Quorvix');
  });

  it('"het Britse X" is a company, but "in het Zuid-Franse X" is a place', async () => {
    const r = await nl('Het Britse Dramoco koopt een fabriek in het Zuid-Franse Valmorin.');
    expect(orgs(r)).toContain('Dramoco');
    expect(places(r)).toContain('Valmorin');
  });

  it('the complement of "woordvoerder van" is an organisation', async () => {
    const r = await nl('Dat bevestigde een woordvoerder van Brandix gisteren aan de telefoon.');
    expect(orgs(r)).toContain('Brandix');
  });

  it('a verb of saying, a person noun or an age makes an unknown name a person', async () => {
    const r = await nl(
      '"We zijn er klaar voor", zegt Vandermeulen. Doelman Kowalczyk bleef overeind. Ook Zeghers (54) was tevreden.',
    );
    expect(people(r)).toEqual(expect.arrayContaining(['Vandermeulen', 'Kowalczyk', 'Zeghers']));
  });

  it('a multiword name after an article is not guessed a person', async () => {
    const r = await nl('Ze gingen eten in de Blauwe Parel en daarna naar het Gouden Hert.');
    expect(people(r)).toEqual([]);
  });
});

describe('Dutch NER: person names', () => {
  it('Flemish surnames with particles stay whole after a first name', async () => {
    const r = await nl('Ook Luc Van den Bossche was aanwezig op de vergadering in Gent.');
    expect(people(r)).toContain('Luc Van den Bossche');
  });

  it('a later surname alone is the same person, also at the start of a sentence', async () => {
    const r = await nl('Gisteren sprak Geert Verhelst de raad toe. Verhelst wil meer geld voor de scholen. Volgens Verhelst is dat dringend.');
    const p = r.people.find((x) => x.name === 'Geert Verhelst');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Geert Verhelst', 'Verhelst', 'Verhelst']);
  });

  it('Flemish and Moroccan given names make a person', async () => {
    const r = await nl('Het boek is van Ludo Smetsers en Fatiha Bouzidi.');
    expect(people(r)).toEqual(expect.arrayContaining(['Ludo Smetsers', 'Fatiha Bouzidi']));
  });
});

describe('Dutch NER: listings, streets and generic bodies', () => {
  it('numbered broadcasters in a programme listing are organisations', async () => {
    const r = await nl('Wielrennen: TV 1 om 14.30 uur, ook op Ned 2 en BBC 2.');
    expect(orgs(r)).toEqual(expect.arrayContaining(['TV 1', 'Ned 2', 'BBC 2']));
  });

  it('one-word street names are places', async () => {
    const r = await nl('De winkel ligt in de Kortrijksesteenweg, vlak bij de Veldstraat.');
    expect(places(r)).toEqual(expect.arrayContaining(['Kortrijksesteenweg', 'Veldstraat']));
  });

  it('"de Vlaamse regering" in lower case is no organisation name; the Vlaamse Regering is', async () => {
    const r = await nl('Volgens de Vlaamse regering is er geen probleem.');
    expect(orgs(r)).not.toContain('Vlaamse regering');
    const r2 = await nl('De Vlaamse Regering keurde het plan goed.');
    expect(orgs(r2)).toContain('Vlaamse Regering');
  });

  it('a capitalised compound organisation noun types the name after it, and the whole document follows', async () => {
    const r = await nl('Het Gentse IT-bedrijf Softrella groeit snel. Vorig jaar kocht Softrella een concurrent. Softrella telt nu veertig werknemers.');
    expect(orgs(r).filter((x) => x === 'Softrella')).toHaveLength(3);
    expect(places(r)).not.toContain('Softrella');
  });

  it('inhabitant nouns are not people', async () => {
    const r = await nl('De gemiddelde Tunesiër vindt dat te duur.');
    expect(people(r)).toEqual([]);
  });

  it('a place inside an event name is not a place of its own', async () => {
    const r = await nl('Hij won twee ritten in de Ronde van Zwitserland. Het programma van Gent 2030 is klaar.');
    expect(places(r)).not.toContain('Zwitserland');
    expect(places(r)).not.toContain('Gent');
  });

  it('author initials on their own line are a person; a cao is no organisation', async () => {
    const r = await nl('De vakbonden tekenden gisteren een nieuwe cao. Over de CAO werd lang onderhandeld.\n(KVB)');
    expect(orgs(r)).not.toContain('CAO');
    expect(people(r)).toContain('KVB');
  });

  it('an unknown name in a list takes the type of its neighbours', async () => {
    const r = await nl('De tournee doet Gent, Brugge, Zwevezele en Antwerpen aan.');
    expect(places(r)).toContain('Zwevezele');
  });

  it('famous people named by one word are people', async () => {
    const r = await nl('Het stuk is gebaseerd op Shakespeare. Mandela kreeg de Nobelprijs.');
    expect(people(r)).toEqual(expect.arrayContaining(['Shakespeare', 'Mandela']));
  });

  it('Flemish surnames with capitalised particles stay whole, also when the name is typed by context', async () => {
    const r = await nl('Hij wordt opgevolgd door Dries Van den Broeck. Professor Van der Kerckhove, hoogleraar in Gent, is kritisch. Van der Kerckhove vindt het plan onrijp.');
    expect(people(r)).toEqual(expect.arrayContaining(['Dries Van den Broeck', 'Van der Kerckhove']));
    expect(people(r)).not.toContain('Kerckhove');
  });

  it('coordinated Dutch names with particles stay whole; "van" after a full name is an affiliation', async () => {
    const r = await nl('Het lied is van Oscar van Woensel en Rob de Graaf. Woordvoerder Jan Peeters van Brandix bevestigde het nieuws.');
    expect(people(r)).toEqual(expect.arrayContaining(['Oscar van Woensel', 'Rob de Graaf', 'Jan Peeters']));
    expect(people(r)).not.toContain('Jan Peeters van Brandix');
  });

  it('titles after a work noun are not people; English geographic words make a place', async () => {
    const r = await nl('Het album Blue Horizon verscheen in 1998. Ze woont in Vero Beach.');
    expect(people(r)).not.toContain('Blue Horizon');
    expect(places(r)).toContain('Vero Beach');
  });

  it('an unknown name after "bij" is an employer, not a place', async () => {
    const r = await nl('Ze werkt al tien jaar bij Quantoria als ingenieur.');
    expect(orgs(r)).toContain('Quantoria');
    expect(places(r)).not.toContain('Quantoria');
  });
});
