import { describe, expect, it } from 'vitest';
import { finder, expectHits } from '../dates/expect-dates';

/** Publication date of these sentences: Monday 4 November 2024. */
const PUB = '2024-11-04';

describe('Spanish dates (chrono-node es for absolute dates, lang/es/dates.ts for the rest)', () => {
  it('absolute dates: "el 29 de octubre", "29 de octubre de 2023", "29 oct. 2024", "marzo de 2019"', async () => {
    const f = await finder('es');
    expectHits(f, 'La riada del 29 de octubre fue peor que la del 29 de octubre de 2023.', [['29 de octubre', '2024-10-29'], ['29 de octubre de 2023', '2023-10-29']], PUB);
    expectHits(f, 'Publicado el 29 oct. 2024 a las 10:00.', [['29 oct. 2024', '2024-10-29']], PUB);
    expectHits(f, 'El convenio se firmó en marzo de 2019 y se renovó el 5 de mayo del 2021.', [['marzo de 2019', '2019-03'], ['5 de mayo del 2021', '2021-05-05']], PUB);
  });

  it('weekdays: "el pasado martes", "el martes pasado", "el próximo martes", "desde el miércoles"', async () => {
    const f = await finder('es');
    expectHits(f, 'La DANA llegó el pasado martes.', [['pasado martes', '2024-10-29', true]], PUB);
    expectHits(f, 'La DANA llegó el martes pasado.', [['martes pasado', '2024-10-29', true]], PUB);
    expectHits(f, 'El Consejo de Ministros aprobará el próximo martes las ayudas.', [['próximo martes', '2024-11-05', true]], PUB);
    expectHits(f, 'Ha recibido 3.000 avisos desde el miércoles.', [['miércoles', '2024-10-30', true]], PUB);
    expectHits(f, 'El ministro visitó el sábado la zona.', [['sábado', '2024-11-02', true]], PUB);
    expectHits(f, 'Las clases seguirán suspendidas hasta el viernes.', [['viernes', '2024-11-08', true]], PUB);
  });

  it('relative days, months and years against the publication date', async () => {
    const f = await finder('es');
    expectHits(f, 'Ayer se recuperó la luz; mañana abrirán los colegios.', [['Ayer', '2024-11-03', true], ['mañana', '2024-11-05', true]], PUB);
    expectHits(f, 'La CHJ ya lo advirtió el año pasado en octubre.', [['el año pasado en octubre', '2023-10', true]], PUB);
    expectHits(f, 'Ocurrió en octubre del año pasado.', [['octubre del año pasado', '2023-10', true]], PUB);
    expectHits(f, 'La presa se construyó hace dos años.', [['hace dos años', '2022', true]], PUB);
  });

  it('not dates: "por la mañana", "hoy en día", "cada martes", amounts', async () => {
    const f = await finder('es');
    expectHits(f, 'Por la mañana llegaron los voluntarios; hoy en día nadie lo duda.', [], PUB);
    expectHits(f, 'El mercado abre cada martes.', [], PUB);
    expectHits(f, 'Se han desplegado 2000 efectivos y 1500 vehículos.', [], PUB);
  });

  it('ranges and bare years', async () => {
    const f = await finder('es');
    const hits = f('Las lluvias del 2 al 4 de noviembre superaron a las de 1957.', PUB);
    expect(hits.map((h) => h.text)).toEqual(['2 al 4 de noviembre', '1957']);
    expect(hits[1].value).toBe('1957');
  });

  it('relative dates need the publication date: none is guessed without it', async () => {
    const f = await finder('es');
    expect(f('El ministro visitó ayer la zona el pasado martes.', null)).toEqual([]);
  });
});
