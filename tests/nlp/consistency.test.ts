import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import type { NlpResult } from '../../src/nlp/types';

const all = (r: NlpResult) => [...r.organisations, ...r.people, ...r.places, ...r.agreements].flatMap((e) => [e.name, ...e.aliases]);

describe('document-level behaviour', () => {
  it('menu and share words on their own lines are not entities', async () => {
    const text = 'Home\nNieuws\nInfo Burgers\nDelen\nGerelateerd nieuws\n\nDe burgemeester van Gent, Mathias De Clercq, opende dinsdag het nieuwe station.';
    const r = await analyseText(text, { lang: 'nl' });
    for (const w of ['Home', 'Nieuws', 'Info Burgers', 'Delen', 'Gerelateerd nieuws', 'Gerelateerd']) expect(all(r)).not.toContain(w);
    expect(r.places.map((p) => p.name)).toContain('Gent');
    expect(r.people.find((p) => p.name === 'Mathias De Clercq')?.role).toBe('burgemeester van Gent');
  });
  it('a name recognised once is recognised everywhere, also at a sentence start', async () => {
    const text = 'Volgens Jan Peeters van Fluxys is de levering veilig. Peeters bevestigde dat. Fluxys N.V. meldde het ook. Fluxys zelf zweeg daarna.';
    const r = await analyseText(text, { lang: 'nl' });
    const p = r.people.find((x) => x.name === 'Jan Peeters');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Jan Peeters', 'Peeters']);
    const org = r.organisations.find((o) => o.name.startsWith('Fluxys'));
    expect(org).toBeDefined();
  });
  it('inflected and genitive forms of places (de)', async () => {
    const text = 'Die Regierung Frankreichs und die des Vereinigten Königreichs sprachen in Brüssel über die Lage in Nordrhein-Westfalen.';
    const r = await analyseText(text, { lang: 'de' });
    expect(r.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Frankreichs', 'Brüssel', 'Nordrhein-Westfalen']));
    for (const w of ['Regierung', 'Lage', 'Die']) expect(all(r)).not.toContain(w);
  });
  it('sports results: places are teams', async () => {
    const text = 'Results on Saturday: Bristol 21 Newcastle 12, Leicester 30 Sheffield 3.';
    const r = await analyseText(text, { lang: 'en' });
    expect(r.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['Bristol', 'Newcastle', 'Leicester', 'Sheffield']));
    expect(r.places).toHaveLength(0);
  });
  it('headlines in capitals do not turn every word into an acronym', async () => {
    const text = 'SOCCER - LATE GOAL GIVES JAPAN WIN OVER SYRIA\n\nJapan beat Syria 2-1 in Tokyo on Friday.';
    const r = await analyseText(text, { lang: 'en' });
    for (const w of ['SOCCER', 'LATE', 'GOAL', 'WIN']) expect(all(r)).not.toContain(w);
    expect(r.places.map((p) => p.name)).toContain('Tokyo');
  });
  it('French organisation names with adjectives after the noun', async () => {
    const text = "Le Parti socialiste et la Banque centrale européenne ont rencontré l'Organisation mondiale de la santé à Genève.";
    const r = await analyseText(text, { lang: 'fr' });
    expect(r.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['Parti socialiste', 'Banque centrale européenne', 'Organisation mondiale de la santé']));
    expect(r.places.map((p) => p.name)).toContain('Genève');
  });
  it('an acronym defined after its expansion joins it even when it is defined in the other order', async () => {
    const text = 'De WHO (Wereldgezondheidsorganisatie) waarschuwt. Volgens de WHO is het risico laag.';
    const r = await analyseText(text, { lang: 'nl' });
    const who = r.organisations.find((o) => o.acronym === 'WHO' || o.name === 'WHO');
    expect(who).toBeDefined();
    expect(who!.mentions.length).toBeGreaterThanOrEqual(2);
  });
});

describe('agreements: generic uses are not agreements', () => {
  it('German: "Der Vertrag", "Das Abkommen" alone are generic; "Vertrag von Lissabon" is named', async () => {
    const r = await analyseText('Der Vertrag wurde gestern unterzeichnet. Das Abkommen gilt ab Montag. Die Bundesregierung lobte den Vertrag von Lissabon.', { lang: 'de' });
    expect(r.agreements.map((a) => a.name)).toEqual(['Vertrag von Lissabon']);
  });
  it('Dutch: "het verdrag", "de wet van 2019" are generic; "Verdrag van Lissabon" is named', async () => {
    const r = await analyseText('Het verdrag werd getekend. De wet van 2019 geldt. Het Verdrag van Lissabon blijft.', { lang: 'nl' });
    expect(r.agreements.map((a) => a.name)).toEqual(['Verdrag van Lissabon']);
  });
});
