import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/nlp/pipeline';

const places = async (text: string, lang: string) => (await analyseText(text, { lang })).places.map((p) => p.name);

describe('places introduced by a place noun', () => {
  it('English: "the districts of X and Y", "the town of X"; the same name later is the same place, not a person', async () => {
    const r = await analyseText('Crews in the rural districts of Vila Serra and Montemor waited for hours. A helicopter later landed in Vila Serra. The town of Oakridge sent volunteers.', { lang: 'en' });
    expect(r.places.map((p) => p.name)).toEqual(['Vila Serra', 'Montemor', 'Oakridge']);
    expect(r.places[0].mentions).toHaveLength(2);
    expect(r.people).toHaveLength(0);
  });
  it('Dutch and French: "de gemeente X", "la commune de X"', async () => {
    expect(await places('De gemeente Kortemark en de stad Oostrozebeke overleggen.', 'nl')).toEqual(['Kortemark', 'Oostrozebeke']);
    expect(await places('La commune de Saint-Berthevin et la ville de Plouzané coopèrent.', 'fr')).toEqual(['Saint-Berthevin', 'Plouzané']);
  });
  it('"the state of emergency" and "the city of the future" are no places', async () => {
    expect(await places('The state of emergency was lifted. Planners described the city of the future.', 'en')).toEqual([]);
  });
});

describe('places headed by a place noun', () => {
  it('"de Kreis Düren", "the County Antrim" are places, not people', async () => {
    const r = await analyseText('De oefening vond plaats samen met de Kreis Düren en het waterschap.', { lang: 'nl' });
    expect(r.places.map((p) => p.name)).toContain('Kreis Düren');
    expect(r.people).toHaveLength(0);
    const e = await analyseText('Rescuers reached the County Antrim coast.', { lang: 'en' });
    expect(e.places.map((p) => p.name)).toContain('County Antrim');
    expect(e.people).toHaveLength(0);
  });
});
