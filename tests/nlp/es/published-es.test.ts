import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../src/cli/load-html';
import { findTextDate } from '../../../src/extract/date-text';
import { extractArticle } from '../../../src/extract/extract-article';

describe('Spanish publication dates as pages show them', () => {
  it('day, month (name or abbreviation) and year: "29 oct. 2024", "29 de octubre de 2024", "3 dic. 2024"', () => {
    const cases: [string, string][] = [
      ['29 oct. 2024', '2024-10-29'],
      ['29 de octubre de 2024', '2024-10-29'],
      ['lunes, 4 de noviembre de 2024, 10:32', '2024-11-04'],
      ['29 ene. 2024', '2024-01-29'],
      ['12 abr. 2024', '2024-04-12'],
      ['5 ago. 2024', '2024-08-05'],
      ['1 set. 2024', '2024-09-01'],
      ['4 sept. 2024', '2024-09-04'],
      ['3 dic. 2024', '2024-12-03'],
    ];
    for (const [text, iso] of cases) expect(findTextDate(text)?.value, text).toBe(iso);
  });

  it('a Spanish page whose only date is the visible "3 dic. 2024" under the headline', () => {
    const html = `<!DOCTYPE html><html lang="es"><head><title>Alerta roja en Málaga</title></head><body><article>
      <h1>La AEMET activa la alerta roja en Málaga por lluvias</h1><div class="fecha">3 dic. 2024</div>
      ${'<p>La Agencia Estatal de Meteorología ha activado la alerta roja en la provincia de Málaga por lluvias de hasta 180 litros por metro cuadrado en doce horas, y Protección Civil pide evitar los desplazamientos por carretera.</p>'.repeat(4)}
      </article></body></html>`;
    const x = extractArticle(loadHtml(html, 'https://noticias.example/malaga'), { url: 'https://noticias.example/malaga' });
    if (!x.ok) throw new Error(x.message);
    expect(x.article.published).toBe('2024-12-03');
    expect(x.article.lang).toBe('es');
  });
});
