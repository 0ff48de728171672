import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const people = async (text: string) => (await analyseText(text, { lang: 'de', published: null })).people.map((p) => p.name);

describe('de-person-evidence: a person only the German tagger guessed needs a cue in the text', () => {
  it('keeps names with a role before, a verb of saying, an apposition or a first name', async () => {
    const r = await people(
      'Das Hochwasser steigt weiter, sagte die Landrätin Henrike Oltmanns am Abend. Die Lage sei ernst, erklärte Okke Harms. ' +
        'Gerrit Abeling, Leiter des Krisenstabs, rief zur Ruhe auf. Die EU-Katastrophenschutzbeauftragte Ilse Kortenhoeven reiste an.',
    );
    expect(r).toEqual(expect.arrayContaining(['Henrike Oltmanns', 'Okke Harms', 'Gerrit Abeling', 'Ilse Kortenhoeven']));
  });

  it('drops capitalised nouns and sentence-initial phrases the tagger takes for people', async () => {
    const text = 'Die Zölle auf Lebensmittel sinken deutlich. Rapsöl wird nach fünf Jahren zollfrei. Rauer Wind hatte den Steg beschädigt, teilte die Stadt mit.';
    expect(await people(text)).toEqual([]);
    // Without the rule the tagger's guesses stand.
    setDisabledRules(['de-person-evidence']);
    try {
      expect(await people(text)).toEqual(expect.arrayContaining(['Rapsöl', 'Rauer Wind']));
    } finally {
      setDisabledRules(null);
    }
  });

  it('keeps a quoted speaker: the name, a colon and a quotation (interviews, live tickers)', async () => {
    const r = await people('Die Lage bleibt angespannt. Brandhuber: „Wir evakuieren die Altstadt.“ Die Feuerwehr ist im Einsatz. Sommerfeld: "Die Dämme halten noch."');
    expect(r).toEqual(expect.arrayContaining(['Brandhuber', 'Sommerfeld']));
  });

  it('a colon without a quotation, or a common-noun shape, is no cue', async () => {
    const r = await people('Rapsöl: Preise steigen weiter. Katastrophenschutzübung: „Alles lief nach Plan.“');
    expect(r).toEqual([]);
  });
});
