import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const orgs = async (text: string) => (await analyseText(text, { lang: 'de', published: null })).organisations.map((o) => o.name);

describe('de-public-body: "Bundes-"/"Landes-" and an organisation word name one public body', () => {
  const text = 'Die Bundesnetzagentur prüft den Fall. Die Bundesanstalt meldete später weitere Störungen.';
  it('a federal agency is an organisation; a generic body ("Landesregierung" without a name) is not made one', async () => {
    const r = await orgs(text);
    expect(r).toEqual(expect.arrayContaining(['Bundesnetzagentur', 'Bundesanstalt']));
    expect(await orgs('Nach Angaben der Landespolizei blieb es ruhig.')).not.toContain('Landespolizei');
  });
  it('switched off, the tagger alone decides', async () => {
    setDisabledRules(['de-public-body']);
    try {
      expect(await orgs(text)).not.toContain('Bundesnetzagentur');
    } finally {
      setDisabledRules(null);
    }
  });
});

describe('German words: a virus is no organisation; a founder is a role', () => {
  it('"des Hantavirus" is no organisation; "Netzwerk-Gründer X" names the person and the role', async () => {
    const { analyseText } = await import('../../src/nlp/pipeline');
    const r = await analyseText('Der Ausbruch des Norovirus auf dem Schiff hält an. Die Behörden prüfen den Fall.', { lang: 'de', published: null });
    expect(r.organisations.map((o) => o.name)).not.toContain('Norovirus');
  });
});
