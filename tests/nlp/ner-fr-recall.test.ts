import { afterEach, describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';
import type { NlpResult } from '../../src/nlp/types';

const fr = (text: string) => analyseText(text, { lang: 'fr', published: null });
const names = (es: { mentions: { text: string }[] }[]) => es.flatMap((e) => e.mentions.map((m) => m.text));
const orgs = (r: NlpResult) => names(r.organisations);
const places = (r: NlpResult) => names(r.places);

afterEach(() => setDisabledRules(null));

describe('fr-lower-org-head: lower-case heads of named bodies', () => {
  it('"l\'institut de médecine légale de Lyon" is one organisation, the town included', async () => {
    const r = await fr("L'autopsie aura lieu lundi à l'institut de médecine légale de Lyon, puis le corps sera rendu à la famille.");
    expect(orgs(r)).toContain('institut de médecine légale de Lyon');
    expect(places(r)).not.toContain('Lyon');
  });

  it('"le parti travailliste", "du parti conservateur" are parties; "un parti populiste" is not named', async () => {
    const r = await fr('Le maire a critiqué le parti travailliste. Les élus du parti conservateur ont répondu. Un parti populiste progresse à Rome.');
    expect(orgs(r)).toEqual(expect.arrayContaining(['parti travailliste', 'parti conservateur']));
    expect(orgs(r).join('|')).not.toMatch(/populiste/);
  });

  it('switched off, the institute is not found', async () => {
    setDisabledRules(['fr-lower-org-head']);
    const r = await fr("L'autopsie aura lieu lundi à l'institut de médecine légale de Lyon.");
    expect(orgs(r)).not.toContain('institut de médecine légale de Lyon');
  });
});

describe('fr-agency-name: an all-caps name after "agence" is a news agency', () => {
  it('"l\'agence PA", "l\'agence de presse AP" are organisations', async () => {
    const r = await fr("Un témoin a raconté à l'agence PA avoir entendu des cris. L'agence de presse AP cite la police.");
    expect(orgs(r)).toEqual(expect.arrayContaining(['PA', 'AP']));
  });

  it('switched off, the two-letter name is not found', async () => {
    setDisabledRules(['fr-agency-name']);
    const r = await fr("Un témoin a raconté à l'agence PA avoir entendu des cris.");
    expect(orgs(r)).not.toContain('PA');
  });
});

describe('fr-national-body: "le Parlement" of the country the text is about', () => {
  it('a capitalised "Parlement" after "le" is an organisation when the text names a country', async () => {
    const r = await fr("L'intervention au Niger a le soutien de la Belgique, dont le Parlement votera mardi.");
    expect(orgs(r)).toContain('Parlement');
    setDisabledRules(['fr-national-body']);
    expect(orgs(await fr("L'intervention au Niger a le soutien de la Belgique, dont le Parlement votera mardi."))).not.toContain('Parlement');
  });

  it('a lower-case "parlement" is a common noun', async () => {
    const r = await fr("La Belgique veut un parlement plus fort; le parlement régional attendra.");
    expect(orgs(r)).not.toContain('parlement');
  });
});

describe('French place gazetteer: Swiss cantons and towns, compound names', () => {
  it('"Sierre", "le Valais", "la Nouvelle-Orléans", "Atlantic City" are places', async () => {
    const r = await fr("L'accident s'est produit près de Sierre, dans le Valais. La tempête a frappé la Nouvelle-Orléans puis Atlantic City.");
    expect(places(r)).toEqual(expect.arrayContaining(['Sierre', 'Valais', 'Nouvelle-Orléans', 'Atlantic City']));
  });
});

describe('fr-roman-ordinal: a Roman-numeral ordinal is no name', () => {
  const sentences =
    "L'équipage du trois-mâts s'était mutiné au XVIIIe siècle. Elle habite dans le XVe arrondissement de Paris. " +
    'La IIIe République est née en 1870.';

  it('"au XVIIIe siècle", "le XVe arrondissement", "la IIIe République": no place, organisation or person; Paris stays', async () => {
    const r = await fr(sentences);
    const all = [...names(r.places), ...names(r.organisations), ...names(r.people)];
    for (const ordinal of ['XVIIIe', 'XVe', 'IIIe']) expect(all.join('|')).not.toMatch(new RegExp(`(^|\\|)${ordinal}(\\||$)`));
    expect(places(r)).toContain('Paris');
  });

  it('switched off, "au XVIIIe" is guessed a place', async () => {
    setDisabledRules(['fr-roman-ordinal']);
    const r = await fr(sentences);
    expect(places(r)).toContain('XVIIIe');
  });
});
