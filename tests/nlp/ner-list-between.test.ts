import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const run = (text: string, lang: string) => analyseText(text, { lang, published: null });
const names = (es: { name: string }[]) => es.map((e) => e.name);

describe('list-between: a name between two places of one list is a place', () => {
  const text = 'Shelters opened in Dallas, Wichita, Tulsa, Ponca Falls and Milwaukee on Friday.';
  it('an unknown town and a guessed person between places become places', async () => {
    const r = await run(text, 'en');
    expect(names(r.places)).toEqual(expect.arrayContaining(['Dallas', 'Wichita', 'Tulsa', 'Ponca Falls', 'Milwaukee']));
    expect(names(r.people)).toEqual([]);
  });
  it('a person between two places with a title stays a person; one place on one side is not enough', async () => {
    const r = await run('The mayor met Governor Laura Kelly, Omaha officials and people from Wichita, Lena Ostrova said.', 'en');
    expect(names(r.people)).toContain('Laura Kelly');
    expect(names(r.places)).not.toContain('Lena Ostrova');
  });
  it('switched off, the unknown town is no place', async () => {
    setDisabledRules(['list-between']);
    try {
      expect(names((await run(text, 'en')).places)).not.toContain('Wichita');
    } finally {
      setDisabledRules(null);
    }
  });
  it('a list of places and unknown names, two of them known: every unknown one is a place, and so are its other mentions', async () => {
    const r = await run('Riots erupted across the country, including in Belfast, Hull, Rotherham, Bristol and Middlesbrough, on Sunday. The people of Middlesbrough are shaken.', 'en');
    const locs = r.places.filter((e) => ['Hull', 'Rotherham', 'Middlesbrough'].includes(e.name));
    expect(locs.map((e) => e.name).sort()).toEqual(['Hull', 'Middlesbrough', 'Rotherham']);
    expect(r.places.find((e) => e.name === 'Middlesbrough')!.mentions.length).toBe(2);
  });
  it('a list holding a known person or organisation is no list of places; an abbreviation glued to a name ends the list', async () => {
    const mixed = await run('The mayor thanked Berlin, Hamburg, Angela Merkel and Greenpeace for their help.', 'en');
    expect(names(mixed.places)).not.toContain('Greenpeace');
    const st = await run('Omaha and Lincoln in Nebraska and Kansas City and St. Joseph in Missouri are within this zone.', 'en');
    expect(names(st.places)).not.toContain('St');
  });
});
