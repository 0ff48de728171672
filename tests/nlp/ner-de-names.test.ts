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
