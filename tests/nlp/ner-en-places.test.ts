import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const run = (text: string) => analyseText(text, { lang: 'en', published: null });
const names = (es: { name: string }[]) => es.map((e) => e.name);

describe('compass-place: a compass word before a known place names a part of it', () => {
  const text = 'Storms are possible from Northern Michigan to East Texas, and Andy Burnham, the Mayor of Greater Manchester, spoke. Riots broke out in the North East.';
  it('"Northern Michigan", "East Texas", "Greater Manchester" and, after an article, "the North East" are places', async () => {
    const r = await run(text);
    expect(names(r.places)).toEqual(expect.arrayContaining(['Northern Michigan', 'East Texas', 'Greater Manchester', 'North East']));
  });
  it('a known name holding the compass word stays as it is; "the West" alone is no place here', async () => {
    const r = await run('South Africa and North Korea voted against. The West imposed sanctions.');
    expect(names(r.places)).toEqual(['South Africa', 'North Korea']);
  });
  it('switched off, "Northern Michigan" gives no place', async () => {
    setDisabledRules(['compass-place']);
    try {
      expect(names((await run(text)).places)).not.toContain('Northern Michigan');
    } finally {
      setDisabledRules(null);
    }
  });
});

describe('loc-cue: natural features and regions', () => {
  it('a plural place word ends a place ("the Great Lakes", "the Corn Belt"); a known place and a place word are one place', async () => {
    const r = await run('Rain spread from the Corn Belt to the Great Lakes and across the Missouri Valley on Friday.');
    expect(names(r.places)).toEqual(expect.arrayContaining(['Corn Belt', 'Great Lakes', 'Missouri Valley']));
  });
  it('"Strait of Hormuz", "Sea of Azov": a feature head, "of" and its name are one place, the run after it classified alone', async () => {
    const r = await run('Tankers crossed the Strait of Hormuz on Monday while shelling hit the Sea of Azov coast.');
    expect(names(r.places)).toEqual(expect.arrayContaining(['Strait of Hormuz', 'Sea of Azov']));
    expect(names(r.places)).not.toContain('Strait of Hormuz on Monday');
  });
  it('an institution named "X of Y" is not a feature: "the Church of England" gives no place "Church of England"', async () => {
    const r = await run('The Church of England and the Bank of England issued statements.');
    expect(names(r.places)).not.toContain('Church of England');
    expect(names(r.organisations)).toContain('Bank of England');
  });
});

describe('loc-cue: a preposition of place before a known place ends an organisation\'s name', () => {
  it('"the International Court of Justice in The Hague", "the Ministry of Defence in London": the organisation, then the place', async () => {
    const r = await run('The International Court of Justice in The Hague ruled on Friday, the Ministry of Defence in London said.');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['International Court of Justice', 'Ministry of Defence']));
    expect(names(r.places)).toEqual(expect.arrayContaining(['The Hague', 'London']));
  });
});

describe('org-cue: two places and the body they share are one organisation', () => {
  it('"Devon and Cornwall Police" is one police force; "Kent and Essex" alone are two places', async () => {
    const r = await run('Devon and Cornwall Police confirmed a van was damaged. Officers from Kent and Essex were deployed.');
    expect(names(r.organisations)).toEqual(['Devon and Cornwall Police']);
    expect(names(r.places)).toEqual(expect.arrayContaining(['Kent', 'Essex']));
  });
});
