import { afterEach, describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const run = (text: string, lang: string, explain = false) => analyseText(text, { lang, published: null, explain });
const names = (es: { name: string }[]) => es.map((e) => e.name);

afterEach(() => setDisabledRules(null));

describe('genre gating: sports rules run only in sports texts (issue 12)', () => {
  it('counts per county or province after place names are no scores: the places stay places', async () => {
    for (const [text, lang, places] of [
      ['Evacuations by county on Monday: Kent 120, Essex 45, Surrey 30.', 'en', ['Kent', 'Essex', 'Surrey']],
      ['Evacuaties per provincie op maandag: Limburg 120 Antwerpen 45.', 'nl', ['Limburg', 'Antwerpen']],
      ['Évacuations par province lundi : Liège 120 Namur 45.', 'fr', ['Liège', 'Namur']],
    ] as const) {
      const r = await run(text, lang);
      expect(names(r.organisations), text).toEqual([]);
      expect(names(r.places), text).toEqual(expect.arrayContaining([...places]));
    }
  });

  it('in a sports report the same shape is a result: places that score are teams', async () => {
    const en = await run('SOCCER - ENGLISH LEAGUE RESULTS. Results of English league matches on Saturday: Ipswich 5 Reading 2, Grimsby 1 Portsmouth 0.', 'en');
    expect(names(en.organisations)).toEqual(expect.arrayContaining(['Ipswich', 'Grimsby', 'Portsmouth']));
    const nl = await run('VOETBAL - Uitslagen van de eredivisie zondag: Groningen 2 Utrecht 1, Zwolle 0 Breda 3.', 'nl');
    expect(names(nl.organisations)).toEqual(expect.arrayContaining(['Groningen', 'Utrecht', 'Zwolle', 'Breda']));
    expect(names(nl.places)).toEqual([]);
    const fr = await run('FOOTBALL - Résultats du championnat samedi : Lille 2 Nantes 1, Rennes 0 Lyon 3.', 'fr');
    expect(names(fr.organisations)).toEqual(expect.arrayContaining(['Lille', 'Nantes', 'Rennes', 'Lyon']));
    const de = await run('FUSSBALL - Ergebnisse der Bundesliga am Samstag: Bremen 2 Hamburg 1, Freiburg 0 Mainz 3.', 'de');
    expect(names(de.organisations)).toEqual(expect.arrayContaining(['Bremen', 'Hamburg', 'Freiburg', 'Mainz']));
  });
});

describe('the rules registry', () => {
  it('a rule switched off by its id no longer acts; the others still do', async () => {
    const text = 'De burgemeester sprak met Jan Peeters. Daarna vertrok Peeters naar huis.';
    const on = await run(text, 'nl');
    expect(on.people.flatMap((p) => p.mentions.map((m) => m.text))).toContain('Peeters');
    setDisabledRules(['surname', 'doc']);
    const off = await run(text, 'nl');
    expect(off.people.flatMap((p) => p.mentions.map((m) => m.text))).not.toContain('Peeters');
    expect(names(off.people)).toContain('Jan Peeters');
  });

  it('every reported entity carries the ids of the rules that made it', async () => {
    const r = await run('SOCCER - ENGLISH LEAGUE RESULTS. Results on Saturday: Ipswich 5 Reading 2, Grimsby 1 Portsmouth 0.', 'en', true);
    const ipswich = r.organisations.find((o) => o.name === 'Ipswich');
    expect(ipswich?.rules).toEqual(['unknown', 'en-score']);
    for (const e of [...r.organisations, ...r.people, ...r.places]) expect(e.rules?.length, e.name).toBeGreaterThan(0);
    const plain = await run('SOCCER - ENGLISH LEAGUE RESULTS. Results on Saturday: Ipswich 5 Reading 2.', 'en');
    expect(plain.organisations.every((o) => o.rules === undefined)).toBe(true);
  });
});
