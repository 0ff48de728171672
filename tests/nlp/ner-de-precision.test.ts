import { afterEach, describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const brief = (text: string) => analyseText(text, { lang: 'de', published: null });
const names = (xs: { name: string }[]) => xs.map((x) => x.name);
const all = async (text: string) => {
  const b = await brief(text);
  return [...names(b.organisations), ...names(b.people), ...names(b.places)];
};

afterEach(() => setDisabledRules(null));

describe('de-unit-noun: a unit noun after a determiner is no place; after its genitive the name is', () => {
  it('reads "des Kantons Graubünden" as the place Graubünden and "im Kanton" alone as no place', async () => {
    const b = await brief(
      'Die Regierung des Kantons Graubünden hat nach dem Erdrutsch eine Untersuchung angeordnet. Der Sprecher des Kantons nannte keine Zahlen. Im Kanton gelten nun strengere Regeln.',
    );
    expect(names(b.places)).toContain('Graubünden');
    expect(names(b.places)).not.toContain('Kantons');
    expect(names(b.places)).not.toContain('Kanton');
    setDisabledRules(['de-unit-noun']);
    expect(names((await brief('Die Regierung des Kantons Graubünden hat eine Untersuchung angeordnet. Der Sprecher des Kantons nannte keine Zahlen.')).places)).toContain('Kantons');
  });
});

describe('de-demonym: a city adjective in -er is a modifier, no place', () => {
  it('drops "Hamburger" before a common noun and makes "die Kölner Verkehrsbetriebe"-like bodies organisations', async () => {
    const text = 'Im Hamburger Stadtteil Wilhelmsburg fiel am Morgen der Strom aus. Die Kölner Gebäudeversicherung prüft die Schäden.';
    const b = await brief(text);
    expect(names(b.places)).not.toContain('Hamburger');
    expect(names(b.places)).not.toContain('Kölner');
    expect(names(b.organisations)).toContain('Kölner Gebäudeversicherung');
    setDisabledRules(['de-demonym']);
    expect(names((await brief(text)).places)).toEqual(expect.arrayContaining(['Hamburger', 'Kölner']));
  });
});

describe('de-vessel: the name of a ship is no organisation or person', () => {
  it('drops quoted ship names in a sentence about a vessel, the name after a vessel noun and its other mentions', async () => {
    const text =
      'Die Küstenwache hat im Ärmelkanal einen Öltanker gestoppt. Der Tanker "Nordlicht Star" fuhr zuvor unter dem Namen "Baltic Aurora". ' +
      'Das Schiff hieß früher auch "Pacific Wenhai" und "Meridian Voyager". Die "Nordlicht Star" liegt nun vor Anker. ' +
      'Es handelt sich um einen Rohöltanker (Ultra Large Crude Carrier).';
    const got = await all(text);
    for (const ship of ['Nordlicht Star', 'Baltic Aurora', 'Pacific Wenhai', 'Meridian Voyager', 'Crude Carrier', 'Ultra Large Crude Carrier']) expect(got).not.toContain(ship);
    expect(got).toContain('Ärmelkanal');
    setDisabledRules(['de-vessel']);
    expect(await all(text)).toEqual(expect.arrayContaining(['Baltic Aurora', 'Meridian Voyager', 'Crude Carrier']));
  });

  it('keeps a quoted organisation in a text without a vessel', async () => {
    const got = await all('Die Zeitung "Nordkurier" berichtete, sagte Anna Behrens der Agentur.');
    expect(got).toContain('Anna Behrens');
  });
});
