import { afterEach, describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const brief = (text: string) => analyseText(text, { lang: 'en', published: null });
const names = (xs: { name: string }[]) => xs.map((x) => x.name);

afterEach(() => setDisabledRules(null));

describe('en-place-prep: a shape-guessed person right after a preposition of place is a place', () => {
  const text =
    'Storms will move east toward Cedar Hollow before weakening overnight. Residents gathered in Marrow Heath after the flood. ' +
    'Crews from Cedar Hollow were sent to help, a council spokesman said.';
  it('types the run after "toward"/"in" and its other mentions as places', async () => {
    const b = await brief(text);
    expect(names(b.people)).not.toEqual(expect.arrayContaining(['Cedar Hollow']));
    expect(names(b.people)).not.toContain('Marrow Heath');
    expect(names(b.places)).toEqual(expect.arrayContaining(['Cedar Hollow', 'Marrow Heath']));
    setDisabledRules(['en-place-prep']);
    expect(names((await brief(text)).people)).toEqual(expect.arrayContaining(['Cedar Hollow', 'Marrow Heath']));
  });
  it('keeps a person with a first name', async () => {
    const b = await brief('The plan was drawn up by a team led by Margaret Ellison, who worked in London for years.');
    expect(names(b.people)).toContain('Margaret Ellison');
  });
});
