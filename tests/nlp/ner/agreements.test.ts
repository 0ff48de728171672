import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/nlp/pipeline';

const agreementNames = async (text: string, lang: string, published?: string) =>
  (await analyseText(text, { lang, published })).agreements.map((a) => a.name);

describe('agreements: generic words followed by other words are not names', () => {
  it('English: "the agreements the Dutch signed", "a treaty the Germans drafted"', async () => {
    expect(await agreementNames('Officials defended the agreements the Dutch signed with Belgium. A treaty the Germans drafted was shelved.', 'en')).toEqual([]);
  });
  it('Dutch, French, German: plural or determined agreement words before an article', async () => {
    expect(await agreementNames('Hij verdedigde de overeenkomsten die Nederland sloot en de verdragen het Europees Parlement goedkeurde.', 'nl')).toEqual([]);
    expect(await agreementNames('Il a défendu les accords la France a signés avec la Belgique.', 'fr')).toEqual([]);
    expect(await agreementNames('Er verteidigte die Abkommen die Niederlande unterzeichneten.', 'de')).toEqual([]);
  });
  it('named agreements are still found', async () => {
    expect(await agreementNames('The Treaty of Rome and the Agreement on the European Economic Area still apply.', 'en')).toEqual([
      'Treaty of Rome',
      'Agreement on the European Economic Area',
    ]);
  });
  it('a name after a topic word ends at the first lower-case word of the sentence going on', async () => {
    const r = await analyseText('The Memorandum of Understanding on Cross-Border Flood Response signed last October created a joint hotline.', {
      lang: 'en',
      published: '2025-05-21',
    });
    expect(r.agreements.map((a) => [a.name, a.date])).toEqual([['Memorandum of Understanding on Cross-Border Flood Response', '2024-10']]);
    // Words of the agreement's name are not guessed to be a person.
    expect(r.people).toHaveLength(0);
  });
});
