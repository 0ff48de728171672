import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const run = (text: string, lang: string) => analyseText(text, { lang, published: null });
const names = (es: { name: string }[]) => es.map((e) => e.name);

describe('compound-org: a role compounded on an organisation names that organisation', () => {
  it('German: "THW-Präsident X", "DWD-Sprecherin X" give the organisation and keep the person with the role', async () => {
    const r = await run('Das sei eine ernste Lage, sagte THW-Präsidentin Sabine Lackner am Montag. Auch die DWD-Sprecherin Franziska Eckert warnte.', 'de');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['THW', 'DWD']));
    expect(names(r.people)).toEqual(expect.arrayContaining(['Sabine Lackner']));
  });

  it('Dutch: "CDA-woordvoerder X" gives the party', async () => {
    const r = await run('Het voorstel werd gesteund door CDA-woordvoerder Pieter Omtzigt tijdens het debat.', 'nl');
    expect(names(r.organisations)).toContain('CDA');
  });

  it('a country code or a place before the role is no organisation ("US-Präsident", "NRW-Innenminister")', async () => {
    const r = await run('US-Präsident Joe Biden und NRW-Innenminister Herbert Reul sprachen am Abend.', 'de');
    expect(names(r.organisations)).toEqual([]);
  });

  it('a country\'s body compounded on its code is one organisation, the whole word ("US-Küstenwache", "UK-Gesundheitsministeriums")', async () => {
    const r = await run('Die US-Nationalgarde rückte aus. Ein Sprecher des UK-Gesundheitsministeriums bestätigte den Einsatz.', 'de');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['US-Nationalgarde', 'UK-Gesundheitsministeriums']));
  });

  it('switched off, the compound gives no organisation', async () => {
    setDisabledRules(['compound-org']);
    try {
      const r = await run('Das sei eine ernste Lage, sagte DWD-Sprecherin Franziska Eckert am Montag.', 'de');
      expect(names(r.organisations)).not.toContain('DWD');
    } finally {
      setDisabledRules(null);
    }
  });
});
