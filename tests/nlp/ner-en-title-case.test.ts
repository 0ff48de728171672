import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';

const names = async (text: string) => {
  const r = await analyseText(text, { lang: 'en', langCertain: true, published: '2024-06-04' });
  return { people: r.people.map((p) => p.name), all: [...r.organisations, ...r.people, ...r.places].map((e) => e.name) };
};

describe('English: title-case phrases are not people', () => {
  it('headings and exhibit titles in title case are not guessed persons', async () => {
    const { people } = await names(
      'The museum opened Let There Be Neon on Friday. Visitors queued for the Black Magic exhibit and a talk on Fortune Telling. ' +
        'Its guide to Tarot Cards sold out, said curator Maren Oltvik.',
    );
    expect(people).toContain('Maren Oltvik');
    for (const bad of ['Let There Be Neon', 'Black Magic', 'Fortune Telling', 'Tarot Cards', 'Neon']) expect(people).not.toContain(bad);
  });

  it('unknown names that merely look like phrases are still people when they start with a first name or an initial', async () => {
    const { people } = await names('Nate Brooking scored twice and K. Valdano added a third before Gail Winterbourne closed the game.');
    expect(people).toEqual(expect.arrayContaining(['Nate Brooking', 'K. Valdano', 'Gail Winterbourne']));
  });

  it('shows, fairs and galleries are not people', async () => {
    const { people } = await names('Thousands visited the Motor Show and the Toy Fair this week, and the Photo-Secession Gallery reopened.');
    for (const bad of ['Motor Show', 'Toy Fair', 'Photo-Secession Gallery']) expect(people).not.toContain(bad);
  });
});
