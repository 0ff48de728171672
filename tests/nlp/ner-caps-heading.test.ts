import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';

const run = (text: string, lang: string) => analyseText(text, { lang, published: null });
const names = (es: { name: string }[]) => es.map((e) => e.name);

describe('caps-heading: a known name inside a heading written in capitals is no entity', () => {
  const fr = "LE POINT SUR LA SITUATION - L'armée ukrainienne a repoussé une attaque près de Koupiansk, a indiqué le ministère de la Défense.";
  it('a magazine name matched in capitals, the heading going on through a function word, is dropped', async () => {
    const r = await run(fr, 'fr');
    expect(names(r.organisations)).not.toContain('LE POINT');
    expect(names(r.places)).toContain('Koupiansk');
  });
  it('the same name in running text, and a name in capitals next to content words, stay', async () => {
    const r = await run("Selon Le Point, la préfecture a ordonné l'évacuation de trois communes.", 'fr');
    expect(names(r.organisations)).toContain('Le Point');
    const en = await run('BANK OF ENGLAND RAISES RATES AGAIN. The Bank of England raised its rate on Thursday, the governor said.', 'en');
    expect(names(en.organisations).join('|')).toMatch(/BANK OF ENGLAND|Bank of England/);
  });
  it('switched off, the heading gives the magazine', async () => {
    setDisabledRules(['caps-heading']);
    try {
      expect(names((await run(fr, 'fr')).organisations)).toContain('LE POINT');
    } finally {
      setDisabledRules(null);
    }
  });
});
