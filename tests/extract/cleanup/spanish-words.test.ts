import { describe, expect, it } from 'vitest';
import { isBylineLine, isDatelineLine, removeBylineLines } from '../../../src/extract/byline-lines';
import { looksLikeConsent, removeConsentBoxes } from '../../../src/extract/consent-text';
import { findTextDate } from '../../../src/extract/date-text';
import { domText } from '../../../src/extract/dom-text';
import { cleanByline, extractArticle } from '../../../src/extract/extract-article';
import { isCreditLine, removePhotoCredits, trailingCreditLength } from '../../../src/extract/photo-credits';
import { chromeKindOf } from '../../../src/extract/prune-chrome-blocks';
import { isTeaserLine, removeTeaserLines } from '../../../src/extract/teaser-lines';
import { isTickerLabel } from '../../../src/extract/ticker-furniture';
import { loadHtml } from '../../../src/cli/load-html';
import { content, page, textOf } from './helpers';

/** The Spanish words of the extraction layer (chrome-words.ts `es` lines), sentence by sentence. */
describe('Spanish page chrome: bylines and datelines', () => {
  it('"Por …" bylines, the newsroom alone, and "Publicado el / Actualizado" lines', () => {
    for (const s of ['Por Marta Soler Peris', 'Por Juan del Río y Ana Gil', 'Texto: Lucía Ferrer', 'Redacción', 'REDACCIÓN']) expect(isBylineLine(s), s).toBe(true);
    for (const s of ['Publicado el 29 oct. 2024 - 10:32', 'Actualizado el 30 oct. 2024 - 08:15', 'Actualizado: 29/10/2024 11:02', 'Última actualización: hace 2 horas', 'Tiempo de lectura: 4 min']) {
      expect(isDatelineLine(s), s).toBe(true);
    }
  });
  it('leaves sentences that open with the same words', () => {
    for (const s of ['Por la tarde, el agua llegó a la plaza del pueblo.', 'Por Valencia pasan cada día miles de camiones.', 'Redacción de un nuevo plan de emergencias para la comarca.']) {
      expect(isBylineLine(s), s).toBe(false);
    }
    expect(isDatelineLine('Publicado en 2019, el informe de la Confederación Hidrográfica advertía del riesgo del barranco del Poyo.')).toBe(false);
  });
  it('removes them among the first blocks only', () => {
    const c = content(`<p>Por Marta Soler Peris</p><p>Publicado el 29 oct. 2024 - 10:32</p><p>Los bomberos de Valencia rescataron a 40 vecinos en Paiporta.</p>
      <p>El Ayuntamiento abrió un pabellón.</p><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>Redacción</p>`);
    expect(removeBylineLines(c)).toBe(2);
    const t = domText(c, { base: 'https://x.example/' }).text;
    expect(t.startsWith('Los bomberos de Valencia')).toBe(true);
    expect(t).toContain('Redacción');
  });
  it('the byline without its "Por", its label or its weekday', () => {
    expect(cleanByline('Por Marta Soler Peris')).toBe('Marta Soler Peris');
    expect(cleanByline('Por: Juan del Río')).toBe('Juan del Río');
    expect(cleanByline('Marta Soler Peris Actualizado el')).toBe('Marta Soler Peris');
    expect(cleanByline('Marta Soler Peris · martes, 29 de octubre de 2024')).toBe('Marta Soler Peris');
  });
});

describe('Spanish page chrome: credits, teasers, consent, newsletter, ticker', () => {
  it('photo credits with Spanish openers and agencies ("Foto: X / EFE", "Europa Press", "(EFE)")', () => {
    for (const s of ['Foto: Biel Aliño / EFE', 'Imagen: Europa Press', 'Jorge Gil / Europa Press', 'EFE', 'Fotografía: Agencia EFE', 'Fuente: AEMET', 'Redacción / EFE', 'Valencia, EFE']) expect(isCreditLine(s), s).toBe(true);
    expect(isCreditLine('Vecinos de Paiporta retiran barro de sus casas.')).toBe(false);
    const caption = 'Vecinos de Paiporta retiran barro de sus casas. (EFE)';
    expect(caption.slice(0, caption.length - trailingCreditLength(caption))).toBe('Vecinos de Paiporta retiran barro de sus casas.');
    const c = content(`<figure><figcaption>Un coche arrastrado por el agua en Sedaví. Foto: Manuel Bruque / EFE</figcaption></figure>
      <p>Europa Press</p><p>La Guardia Civil busca a dos desaparecidos.</p>`);
    removePhotoCredits(c);
    expect(textOf(c)).toBe('Un coche arrastrado por el agua en Sedaví. La Guardia Civil busca a dos desaparecidos.');
  });
  it('teaser lines ("Te puede interesar", "Lee también", "Leer más", "Más información:", "Noticias relacionadas")', () => {
    for (const s of [
      'Te puede interesar: Ayudas por la DANA, cómo solicitarlas',
      'LEE TAMBIÉN: Los colegios de l’Horta Sud seguirán cerrados',
      'Leer más',
      'Más información: El Consell aprueba un plan de reconstrucción',
      'Noticias relacionadas',
      'Sigue en directo la última hora de la DANA',
      'Suscríbete a nuestro boletín y recibe las noticias de la Comunitat',
      'Síguenos en Facebook y en X: @diarioejemplo',
    ]) expect(isTeaserLine(s), s).toBe(true);
    for (const s of [
      'Más información en la web de la AEMET y en el teléfono de emergencias 112.',
      'Leer los avisos de la AEMET salvó vidas en Chiva, dijo el alcalde.',
      'Ver cómo subía el agua fue lo peor, contó una vecina.',
    ]) expect(isTeaserLine(s), s).toBe(false);
    const c = content(`<p>El agua subió dos metros en Paiporta.</p>
      <p><strong>Lee también: <a href="/x">Miles de voluntarios llegan a la Ciudad de las Artes</a></strong></p>
      <p>Los vecinos pasaron la noche en los tejados.</p>`);
    expect(removeTeaserLines(c)).toBe(1);
    expect(textOf(c)).toBe('El agua subió dos metros en Paiporta. Los vecinos pasaron la noche en los tejados.');
  });
  it('consent talk in Spanish, not an article about it', () => {
    expect(looksLikeConsent('Utilizamos cookies propias y de terceros. Puede aceptar, rechazar o configurar cookies en nuestra política de cookies.')).toBe(true);
    expect(looksLikeConsent('Nosotros y nuestros socios tratamos datos personales con su consentimiento o por interés legítimo. Aceptar todo · Rechazar todo')).toBe(true);
    expect(looksLikeConsent('Los vecinos de Paiporta podrán aceptar o rechazar la indemnización del Consorcio; sin su consentimiento no se derribará ninguna vivienda afectada por la riada.')).toBe(false);
    expect(looksLikeConsent('La Agencia de Protección de Datos multó al diario porque su aviso de cookies ocultaba la opción de rechazar el seguimiento, una infracción que calificó de grave.')).toBe(false);
    const c = content(`<p>La AEMET mantiene el aviso rojo en Valencia.</p>
      <div><p>Utilizamos cookies para mejorar nuestros servicios. Puede aceptarlas todas, rechazarlas o configurar cookies.</p><p>Aceptar todas</p><p>Rechazar todas</p></div>
      <p>Las clases se suspenden el miércoles.</p>`);
    expect(removeConsentBoxes(c)).toBe(1);
    expect(textOf(c)).toBe('La AEMET mantiene el aviso rojo en Valencia. Las clases se suspenden el miércoles.');
  });
  it('blocks named in Spanish markup: consent, newsletter (boletín), related news, comments', () => {
    const doc = page(`<div id="a" class="aviso-consentimiento"></div><section id="b" class="boletin"></section>
      <aside id="c" class="noticias-relacionadas"></aside><div id="d" class="comentarios"></div>`);
    const k = (id: string) => chromeKindOf(doc.getElementById(id)!);
    expect([k('a'), k('b'), k('c'), k('d')]).toEqual(['consent', 'newsletter', 'related', 'comments']);
  });
  it('live-ticker and box labels alone on a line ("En directo", "Última hora", "Suscríbete")', () => {
    for (const s of ['En directo', 'ÚLTIMA HORA', 'Última hora:', 'Minuto a minuto', 'Actualizado', 'Publicidad', 'Suscríbete', 'SUSCRIBITE']) expect(isTickerLabel(s), s).toBe(true);
    expect(isTickerLabel('Última hora de la DANA en Valencia: 95 muertos')).toBe(false);
  });
});

describe('a Spanish news page, cleaned like the other four languages', () => {
  const URL = 'https://www.levante-ejemplo.example/comunitat/2024/10/29/dana-chiva';
  const html = `<!DOCTYPE html><html lang="es"><head><title>La DANA deja más de 400 litros en Chiva</title></head><body>
    <div class="cmp-box"><p>Utilizamos cookies propias y de terceros. Puede aceptar todas, rechazarlas o configurar cookies. Más información en nuestra política de cookies.</p><button>Aceptar</button><button>Rechazar</button><button>Configurar cookies</button></div>
    <main><article>
      <p class="kicker">En directo</p>
      <h1>La DANA deja más de 400 litros por metro cuadrado en Chiva</h1>
      <p class="byline">Por Marta Soler Peris</p>
      <p>Actualizado el 30 oct. 2024 - 08:15</p>
      <p>Publicado el 29 oct. 2024 - 10:32</p>
      <figure><img src="/chiva.jpg" alt=""><figcaption>El barranco del Poyo a su paso por Chiva. Foto: Biel Aliño / EFE</figcaption></figure>
      <p>La Agencia Estatal de Meteorología registró en Chiva más de 400 litros por metro cuadrado en ocho horas, una cifra que no se veía en la Comunitat Valenciana desde hacía décadas.</p>
      <p><strong>Te puede interesar: <a href="/ayudas">Ayudas por la DANA, cómo solicitarlas</a></strong></p>
      <p>Protección Civil pidió a los vecinos de l'Horta Sud que no salieran de casa y que subieran a los pisos altos mientras el barranco del Poyo siguiera desbordado.</p>
      <p>El Centro de Coordinación de Emergencias recibió más de 2.000 llamadas durante la tarde, según la Generalitat Valenciana, que desplegó a los bomberos en Paiporta y Catarroja.</p>
      <p>Suscríbete a nuestro boletín y recibe cada mañana las noticias de la Comunitat.</p>
    </article></main></body></html>`;

  it('article text without consent dialog, byline, datelines, credit, teaser or newsletter line; the byline and published date read', () => {
    const x = extractArticle(loadHtml(html, URL), { url: URL });
    if (!x.ok) throw new Error(x.message);
    const a = x.article;
    expect(a.lang).toBe('es');
    expect(a.published).toBe('2024-10-29');
    expect(a.byline).toBe('Marta Soler Peris');
    const paras = a.text.split('\n\n');
    expect(paras).toEqual([
      'La DANA deja más de 400 litros por metro cuadrado en Chiva',
      'El barranco del Poyo a su paso por Chiva.',
      'La Agencia Estatal de Meteorología registró en Chiva más de 400 litros por metro cuadrado en ocho horas, una cifra que no se veía en la Comunitat Valenciana desde hacía décadas.',
      "Protección Civil pidió a los vecinos de l'Horta Sud que no salieran de casa y que subieran a los pisos altos mientras el barranco del Poyo siguiera desbordado.",
      'El Centro de Coordinación de Emergencias recibió más de 2.000 llamadas durante la tarde, según la Generalitat Valenciana, que desplegó a los bomberos en Paiporta y Catarroja.',
    ]);
  });

  it('"Publicado el 29 oct. 2024 - 10:32" is read as the date of its label', () => {
    expect(findTextDate('Publicado el 29 oct. 2024 - 10:32')?.value).toBe('2024-10-29');
  });
});
