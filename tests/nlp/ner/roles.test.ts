import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/nlp/pipeline';

describe('roles in apposition', () => {
  it('lower-case words after "of" and after a possessive name belong to the role; a verb of saying ends it', async () => {
    const r = await analyseText(
      "Marta Gil, deputy director of coastal defence at Portugal's environment agency, said the dunes held. " +
        'Tom Reyes, head of the flood unit said little.',
      { lang: 'en' },
    );
    expect(r.people.find((p) => p.name === 'Marta Gil')?.role).toBe("deputy director of coastal defence at Portugal's environment agency");
    expect(r.people.find((p) => p.name === 'Tom Reyes')?.role).toBe('head of the flood unit');
  });
});
