import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { setDisabledRules } from '../../src/nlp/ner/rules';
import { camelCase } from '../../src/nlp/ner/refine-rules';

const run = (text: string, lang: string) => analyseText(text, { lang, published: null });
const names = (es: { name: string }[]) => es.map((e) => e.name);

describe('camel-org: a one-word name shaped like a brand is an organisation', () => {
  it('the shape: inner capitals or capitals then lower case, not a surname prefix', () => {
    for (const w of ['StormWatch', 'NewsDesk', 'RTLnieuws', 'EuroNews']) expect(camelCase(w)).toBe(true);
    for (const w of ['McDonald', 'MacArthur', 'DeSantis', 'LeBron', 'Berlin', 'NGOs', 'USA']) expect(camelCase(w)).toBe(false);
  });

  it('media and companies in running text (en, fr, de), not handles', async () => {
    const en = await run('Reporters from StormWatch said the road was closed, according to a post by @KarenOsei.', 'en');
    expect(names(en.organisations)).toContain('StormWatch');
    expect(names(en.organisations)).not.toContain('KarenOsei');
    const fr = await run("La ministre était l'invitée de la matinale lundi sur RadioNord.", 'fr');
    expect(names(fr.organisations)).toContain('RadioNord');
    expect(names(fr.places)).not.toContain('RadioNord');
    const de = await run('Der Experte sagte gegenüber MDRaktuell, die Lage sei ernst.', 'de');
    expect(names(de.organisations)).toContain('MDRaktuell');
  });

  it('switched off, the brand-shaped word is not an organisation', async () => {
    setDisabledRules(['camel-org']);
    try {
      expect(names((await run("La ministre était l'invitée de la matinale lundi sur RadioNord.", 'fr')).organisations)).not.toContain('RadioNord');
    } finally {
      setDisabledRules(null);
    }
  });
});
