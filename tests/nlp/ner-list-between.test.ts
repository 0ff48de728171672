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
});
