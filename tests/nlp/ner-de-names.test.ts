import { afterEach, describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';
import type { NlpResult } from '../../src/nlp/types';

const de = (text: string) => analyseText(text, { lang: 'de', published: null });
const names = (es: { mentions: { text: string }[] }[]) => es.flatMap((e) => e.mentions.map((m) => m.text));
const people = (r: NlpResult) => names(r.people);
const places = (r: NlpResult) => names(r.places);
const all = (r: NlpResult) => [...names(r.people), ...names(r.places), ...names(r.organisations)];

afterEach(() => setDisabledRules(null));

describe('de-initial-dot: the dot after a surname shortened to its initial belongs to the name', () => {
  const text = 'Der 35-jährige Markus K. wurde noch am Abend festgenommen. Verletzt wurde auch Dieter S.';

  it('"Markus K.", also at the end of a sentence ("Dieter S.")', async () => {
    expect(people(await de(text))).toEqual(expect.arrayContaining(['Markus K.', 'Dieter S.']));
  });

  it('not an initial without a first name before it ("die Autobahn A 7.")', async () => {
    const r = await de('Der Unfall geschah auf der A 7. Die Polizei sperrte die Strecke.');
    expect(all(r).join('|')).not.toMatch(/A 7\./);
  });

  it('switched off, the dot is left out', async () => {
    setDisabledRules(['de-initial-dot']);
    const p = people(await de(text));
    expect(p).not.toContain('Markus K.');
  });
});

describe('German given names: common ones of German-language public life are known', () => {
  it('"Uwe Brandhorst", "Heike Wollenberg", "Jörg Marquardt" are people with no other cue', async () => {
    const r = await de('Uwe Brandhorst und Heike Wollenberg begrüßten die Helfer. Jörg Marquardt startete für den Verein.');
    expect(people(r)).toEqual(expect.arrayContaining(['Uwe Brandhorst', 'Heike Wollenberg', 'Jörg Marquardt']));
  });

  it('words left out of the list stay words ("Wolf", "Hagen")', async () => {
    const r = await de('In Hagen wurde ein Wolf gesichtet.');
    expect(people(r)).toEqual([]);
    expect(places(r)).toContain('Hagen');
  });
});

describe('German place list: towns of German-language news the shared list lacks', () => {
  it('German, Austrian and Swiss towns and the German names of nearby places are places', async () => {
    const r = await de(
      'Das Hochwasser erreichte am Morgen Lüneburg und Hameln. Auch in Klagenfurt und Winterthur wurden Keller geflutet. ' +
        'Der Zug aus Bozen blieb in Trient stehen.',
    );
    expect(places(r)).toEqual(expect.arrayContaining(['Lüneburg', 'Hameln', 'Klagenfurt', 'Winterthur', 'Bozen', 'Trient']));
    // "Zug" (a train here) is left out of the list.
    expect(places(r)).not.toContain('Zug');
  });
});
