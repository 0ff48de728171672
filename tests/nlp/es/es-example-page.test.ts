import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHtml } from '../../../src/cli/load-html';
import { extractArticle } from '../../../src/extract/extract-article';
import { analyseText } from '../../../src/nlp/pipeline';
import type { NlpResult, Person } from '../../../src/nlp/types';

/** The Spanish example page (examples/es-dana-valencia.html, written for CrisisLens: invented people, figures and quotes). */
const PAGE = join(__dirname, '../../../examples/es-dana-valencia.html');
const URL = 'https://www.diariodelturia.example/comunitat/dana-despliegue-horta-sud';

describe('Spanish example page: the DANA in l’Horta Sud', () => {
  let r: NlpResult;
  let published: string | null = null;
  let byline: string | null = null;
  let text = '';
  beforeAll(async () => {
    const x = extractArticle(loadHtml(readFileSync(PAGE, 'utf8'), URL), { url: URL });
    if (!x.ok) throw new Error(x.message);
    published = x.article.published ?? null;
    byline = x.article.byline;
    text = x.article.text;
    r = await analyseText(x.article.text, { lang: x.article.lang, published });
  });

  it('is Spanish, supported, published on the date the page shows ("4 nov. 2024")', () => {
    expect(r.lang).toBe('es');
    expect(r.supported).toBe(true);
    expect(published).toBe('2024-11-04');
  });

  it('organisations, acronyms joined to their full names', () => {
    const byName = new Map(r.organisations.map((o) => [o.name, o]));
    expect(byName.get('Unidad Militar de Emergencias')?.acronym).toBe('UME');
    expect(byName.get('Agencia Estatal de Meteorología')?.acronym).toBe('AEMET');
    expect([...byName.keys()]).toEqual(
      expect.arrayContaining(['Guardia Civil', 'Protección Civil', 'Confederación Hidrográfica del Júcar', 'Generalitat Valenciana', 'Cruz Roja Española', 'Consejo de Ministros', 'Comisión Europea', 'Mecanismo Europeo de Protección Civil', 'Centro de Coordinación de Emergencias']),
    );
    // "el ministro del Interior": a portfolio, no organisation or person
    expect(r.organisations.map((o) => o.name)).not.toContain('Interior');
  });

  it('people with their roles, honorifics and particles', () => {
    const role = (name: string) => (r.people.find((p) => p.name === name) as Person | undefined)?.role;
    expect(role('Andrés Olmedo Ruiz')).toBe('ministro del Interior');
    expect(role('Lucía Ferrer Campos')).toBe('alcaldesa de Paiporta');
    expect(role('María José Llorens')).toBe('portavoz de Protección Civil');
    expect(role('Ramón Esteve Sala')).toBe('presidente de la Generalitat');
    expect(role('Joaquín Sorní')).toMatch(/^jefe de Urgencias/);
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Andrés de la Fuente', 'Amparo Giner']));
    // no portfolio, comarca or acronym taken for a person
    for (const p of r.people) expect(p.name).not.toMatch(/Interior|Horta|AEMET|^José Llorens$/);
  });

  it('places', () => {
    expect(r.places.map((p) => p.name)).toEqual(
      expect.arrayContaining(["l'Horta Sud", 'Comunidad Valenciana', 'Paiporta', 'Catarroja', 'Sedaví', 'Massanassa', 'Chiva', 'Valencia', 'Bruselas', 'Francia', 'Países Bajos']),
    );
  });

  it('dates: absolute, relative to the publication date, and years', () => {
    const values = r.dates.map((d) => d.value);
    expect(values).toEqual(
      expect.arrayContaining([
        '2024-10-29', // "el pasado martes 29 de octubre", "la noche del martes"
        '2024-11-02', // "el sábado"
        '2024-11-03', // "ayer"
        '2024-10-30', // "desde el miércoles"
        '2023-10', // "el año pasado en octubre"
        '2019-03', // "marzo de 2019"
        '2024-11-05', // "el próximo martes"
        '1957',
      ]),
    );
    expect(values).not.toContain('2024-03'); // "marzo de 2019" is one date
  });

  it('the byline without its "Por"; no cookie notice, "Te puede interesar" list or newsletter box in the text', () => {
    expect(byline).toBe('Marta Soler Peris');
    expect(text).not.toMatch(/Utilizamos cookies|Te puede interesar|Ayudas por la DANA|Boletín|Suscrib/);
    // a sentence that opens like a teaser stays
    expect(text).toContain('Más información en la web de la AEMET y en el teléfono de emergencias 112.');
  });

  it('the agreement with its date', () => {
    const a = r.agreements.find((x) => /convenio de colaboración/.test(x.name));
    expect(a?.date).toBe('2019-03');
  });
});
