import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';

const agreements = async (text: string, lang: string) =>
  (await analyseText(text, { lang, langCertain: true, published: '2024-06-04' })).agreements.map((a) => a.name);

describe('agreements: what is not one', () => {
  it('a person called Bill is not a bill', async () => {
    const a = await agreements('Opposition Leader Bill Shorten met Mayor Bill de Blasio and the actor Bill Murray. The Data Retention Bill passed; so did the Bill of Rights.', 'en');
    expect(a).toEqual(['Data Retention Bill', 'Bill of Rights']);
  });

  it('a lower-case head needs a name after "of" (or the language\'s genitive link), not any name nearby', async () => {
    const a = await agreements(
      'His understanding of Mozilla remained vague. The trade agreement China signed in 2015 took effect. The law in Delaware changed. ' +
        "Netanyahu's declaration surprised nobody. The treaty of Lisbon entered into force in 2009.",
      'en',
    );
    expect(a).toEqual(['treaty of Lisbon']);
  });

  it('a quoted phrase of lower-case words is not a named agreement', async () => {
    const a = await agreements('Critics called it an “unconstitutional and illegal declaration of martial law” on Monday.', 'en');
    expect(a).toEqual([]);
  });

  it('network protocols are not agreements, treaty protocols are', async () => {
    const a = await agreements('Browsers speak the HTTP protocol and the Hypertext Transfer Protocol; the CORS protocol governs requests. The Kyoto Protocol was signed in 1997.', 'en');
    expect(a).toEqual(['Kyoto Protocol']);
  });

  it('a lone lower-case "mou" is not a memorandum; MoU is', async () => {
    expect(await agreements('Le pain était mou et la sauce trop salée ce soir-là à Namur.', 'fr')).toEqual([]);
    expect(await agreements('Both agencies signed the Benelux MoU in 2023.', 'en')).toEqual(['Benelux MoU']);
  });
});

describe('agreements: memoranda of understanding', () => {
  it('keeps the whole name', async () => {
    const a = await agreements('The Memorandum of Understanding on Flood Response was signed in 2021 in Maastricht.', 'en');
    expect(a).toEqual(['Memorandum of Understanding on Flood Response']);
  });
});
