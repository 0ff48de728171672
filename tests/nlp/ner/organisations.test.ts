import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/nlp/pipeline';

describe('organisation names', () => {
  it('a possessive country before an organisation is a place, never part of its name', async () => {
    const r = await analyseText(
      "Belgium's National Crisis Centre raised the alert. Experts from Belgium’s Federal Public Service Interior and " +
        "Portugal's National Emergency and Civil Protection Authority (ANEPC) joined them.",
      { lang: 'en' },
    );
    const names = r.organisations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['National Crisis Centre', 'Federal Public Service Interior', 'National Emergency and Civil Protection Authority']));
    expect(names.some((n) => /Belgium|Portugal/.test(n))).toBe(false);
    expect(r.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Belgium', 'Portugal']));
    expect(r.people).toHaveLength(0);
  });
  it('an organisation word heading an "X-General" title: "Directorate-General for …"', async () => {
    const r = await analyseText("Spain's Directorate-General for Civil Protection and Emergencies sent two aircraft.", { lang: 'en' });
    expect(r.organisations.map((o) => o.name)).toContain('Directorate-General for Civil Protection and Emergencies');
    expect(r.people).toHaveLength(0);
  });
  it('a known multiword name is matched with its capitals: "La Réunion" is a place, "La réunion" a meeting', async () => {
    const r = await analyseText('La réunion aura lieu à La Réunion. La réunion suivante se tiendra à Paris.', { lang: 'fr' });
    const reunion = r.places.find((p) => p.name === 'La Réunion');
    expect(reunion?.mentions.map((m) => m.text)).toEqual(['La Réunion']);
    expect(r.places.map((p) => p.name)).not.toContain('La réunion');
  });
});

describe('Dutch organisation names', () => {
  it('a safety region is an organisation; "Binnenlandse Zaken" keeps its adjective', async () => {
    const r = await analyseText(
      'De Veiligheidsregio Twente oefende met de brandweer. De staatssecretaris van het ministerie van Binnenlandse Zaken keek toe.',
      { lang: 'nl' },
    );
    const names = r.organisations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Veiligheidsregio Twente', 'Binnenlandse Zaken']));
    expect(names).not.toContain('Zaken');
    expect(r.people).toHaveLength(0);
  });
});
