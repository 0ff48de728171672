import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';

const run = (text: string, lang: string) => analyseText(text, { lang, published: null });
const names = (es: { name: string }[]) => es.map((e) => e.name);

describe('org suffix "online" (nl, de packs): a name glued to "online" is a website or company, never a person', () => {
  it('nl: "aldus Weeronline" is the weather service quoted, not a speaker', async () => {
    const r = await run('Zondag overdag wordt het opnieuw glad op de wegen, aldus Weeronline. Het KNMI waarschuwt voor ijzel.', 'nl');
    expect(names(r.organisations)).toContain('Weeronline');
    expect(names(r.people)).toEqual([]);
  });
  it('de: "teilte Wetteronline mit" is the weather service', async () => {
    const r = await run('Am Sonntag drohen in Bayern erneut Sturmböen, teilte Wetteronline am Samstag mit.', 'de');
    expect(names(r.organisations)).toContain('Wetteronline');
    expect(names(r.people)).toEqual([]);
  });
  it('the word "Online" alone opening a sentence is no organisation', async () => {
    const r = await run('Online zijn de waarschuwingen van de veiligheidsregio te volgen.', 'nl');
    expect(names(r.organisations)).not.toContain('Online');
  });
});
