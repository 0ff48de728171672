import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const orgs = async (text: string, lang: string) => (await analyseText(text, { lang, published: null })).organisations.map((o) => o.name);

describe('date-capitals: capitals between a day and a year are a month', () => {
  it('"14 OKT 2019", "03 DEZ 2021" in a date line are no organisations', async () => {
    expect(await orgs('Nieuwsdienst\n\n14 OKT 2019\n\nHet water stijgt in Limburg.', 'nl')).not.toContain('OKT');
    setDisabledRules(['date-capitals']);
    try {
      expect(await orgs('Nieuwsdienst\n\n14 OKT 2019\n\nHet water stijgt in Limburg.', 'nl')).toContain('OKT');
    } finally {
      setDisabledRules(null);
    }
  });
});

describe('elliptic-compound: a name goes on over a shared compound part', () => {
  it('"de Dienst voor Opsporings- en Veiligheidszaken" is one organisation', async () => {
    const text = 'Het rapport van de Dienst voor Opsporings- en Veiligheidszaken werd dinsdag gepubliceerd.';
    expect(await orgs(text, 'nl')).toEqual(['Dienst voor Opsporings- en Veiligheidszaken']);
    setDisabledRules(['elliptic-compound']);
    try {
      expect(await orgs(text, 'nl')).not.toContain('Dienst voor Opsporings- en Veiligheidszaken');
    } finally {
      setDisabledRules(null);
    }
  });
});
