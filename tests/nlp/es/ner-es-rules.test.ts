import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/nlp/detect-language';
import { analyseText } from '../../../src/nlp/pipeline';
import { splitSentences } from '../../../src/nlp/sentences';
import { loadPack } from '../../../src/nlp/ner/pack';
import type { NlpResult, Person } from '../../../src/nlp/types';

const es = (text: string) => analyseText(text, { lang: 'es', published: '2024-11-04', explain: true });
const names = (xs: { mentions: { text: string }[] }[]) => xs.flatMap((e) => e.mentions.map((m) => m.text));
const orgs = (r: NlpResult) => names(r.organisations);
const people = (r: NlpResult) => names(r.people);
const places = (r: NlpResult) => names(r.places);
const role = (r: NlpResult, name: string) => (r.people.find((p) => p.name === name) as Person | undefined)?.role;

describe('Spanish: detection, sentences, the pack', () => {
  it('Spanish text is detected as Spanish and supported (no longer an unsupported profile)', async () => {
    expect(detectLanguage('El ministro dijo que el plan del gobierno no funciona para los ciudadanos.').lang).toBe('es');
    const r = await analyseText('El presidente del Gobierno se reunió en Madrid con los ministros de la Unión Europea para hablar de la crisis.', {});
    expect(r.lang).toBe('es');
    expect(r.supported).toBe(true);
    expect(places(r)).toContain('Madrid');
    expect(orgs(r)).toContain('Unión Europea');
  });

  it('honorifics and "EE. UU." do not end a sentence', async () => {
    const pack = (await loadPack('es'))!;
    const text = 'La Sra. Giner y el Dr. Sorní hablaron con Dña. Pilar Roig. Viajó a EE. UU. en mayo. Después volvió.';
    const parts = splitSentences(text, pack.abbreviations, 'es').map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['La Sra. Giner y el Dr. Sorní hablaron con Dña. Pilar Roig.', 'Viajó a EE. UU. en mayo.', 'Después volvió.']);
  });

  it('the tagger is off: Spanish has no statistical model here', async () => {
    expect((await loadPack('es'))!.tagger).toBe('off');
  });
});

describe('Spanish NER: cues of the recogniser and the gazetteers', () => {
  it('"según la Guardia Civil", Spanish agencies and regions are known names', async () => {
    const r = await es('Según la Guardia Civil y la AEMET, la Comunidad Valenciana y Castilla-La Mancha siguen en alerta, con la Cruz Roja desplegada.');
    expect(orgs(r)).toEqual(expect.arrayContaining(['Guardia Civil', 'AEMET', 'Cruz Roja']));
    expect(places(r)).toEqual(expect.arrayContaining(['Comunidad Valenciana', 'Castilla-La Mancha']));
  });

  it('an acronym is joined to its full name: "Unidad Militar de Emergencias (UME)"', async () => {
    const r = await es('La Unidad Militar de Emergencias (UME) llegó a Letur. La UME trabajó toda la noche.');
    const ume = r.organisations.find((o) => o.name === 'Unidad Militar de Emergencias');
    expect(ume?.acronym).toBe('UME');
    expect(r.organisations).toHaveLength(1);
  });

  it('an organisation word makes an unknown name an organisation, with its "de" complements', async () => {
    const r = await es('La Asociación de Vecinos de Benetússer pidió ayuda al Ayuntamiento de Alfafar y a la Policía Local de Catarroja.');
    expect(orgs(r)).toEqual(expect.arrayContaining(['Asociación de Vecinos de Benetússer', 'Ayuntamiento de Alfafar', 'Policía Local de Catarroja']));
  });

  it('honorifics make a person: "la Sra. Gómez", "Dña. Carmen Ruiz Beltrán"', async () => {
    const r = await es('Dña. Carmen Ruiz Beltrán, concejala de Urbanismo, atendió a la Sra. Gómez.');
    expect(people(r)).toEqual(expect.arrayContaining(['Carmen Ruiz Beltrán', 'Gómez']));
    expect(role(r, 'Carmen Ruiz Beltrán')).toBe('concejala de Urbanismo');
  });

  it('roles: "el alcalde de Letur, Sergio Marín", "la portavoz de Compromís, Àgueda Micó"', async () => {
    const r = await es('El alcalde de Letur, Sergio Marín, y la portavoz de Compromís, Àgueda Micó, pidieron más medios.');
    expect(role(r, 'Sergio Marín')).toBe('alcalde de Letur');
    expect(role(r, 'Àgueda Micó')).toBe('portavoz de Compromís');
  });
});

describe('Spanish NER rules', () => {
  it('es-names: given names, surnames and the particles "de", "del", "de la" make one person', async () => {
    const r = await es('María José Catalá visitó la zona con Juan del Río y con Carlos de la Fuente.');
    expect(people(r)).toEqual(['María José Catalá', 'Juan del Río', 'Carlos de la Fuente']);
    // "María" (with its accent) is no given name of the shared list: the Spanish rule joins it to "José Catalá".
    expect(r.people.find((p) => p.name === 'María José Catalá')?.rules).toContain('es-names');
  });

  it('es-names: an acronym before the name is the organisation, not part of the person', async () => {
    const r = await es('El meteorólogo de la AEMET Andrés de la Fuente pidió prudencia.');
    expect(people(r)).toEqual(['Andrés de la Fuente']);
    expect(orgs(r)).toEqual(['AEMET']);
  });

  it('es-names: a known place after a name stays a place; a given name alone is no person', async () => {
    const r = await es('Lucía Ferrer Campos llegó a Valencia. Después, Lucía habló con los vecinos de Sedaví.');
    expect(people(r)).toContain('Lucía Ferrer Campos');
    expect(people(r)).not.toContain('Lucía Ferrer Campos Valencia');
    expect(places(r)).toEqual(expect.arrayContaining(['Valencia', 'Sedaví']));
  });

  it('es-portfolio: "el ministro de X, Y": the portfolio is no name, the person keeps the role', async () => {
    const r = await es('El ministro de Asuntos Exteriores, Tomás Ibarra, y la consejera de Justicia e Interior, Elena Vidal, viajaron a Bruselas.');
    expect(people(r)).toEqual(['Tomás Ibarra', 'Elena Vidal']);
    expect(orgs(r)).toEqual([]);
    expect(role(r, 'Tomás Ibarra')).toBe('ministro de Asuntos Exteriores');
    expect(role(r, 'Elena Vidal')).toBe('consejera de Justicia e Interior');
  });

  it('es-portfolio: a known name after a role stays ("alcaldesa de Paiporta", "portavoz de Protección Civil")', async () => {
    const r = await es('La alcaldesa de Paiporta habló con la portavoz de Protección Civil.');
    expect(places(r)).toEqual(['Paiporta']);
    expect(orgs(r)).toEqual(['Protección Civil']);
  });
});

describe('Spanish NER rules: organisations and places of a place', () => {
  it('es-org-place: "Firmó el Gobierno de la Región de Murcia": the organisation of a place is one name', async () => {
    const r = await es('Firmó el Gobierno de la Región de Murcia. Participó la Universidad de Murcia.');
    expect(orgs(r)).toEqual(['Gobierno de la Región de Murcia', 'Universidad de Murcia']);
    expect(r.organisations[0].rules).toContain('es-org-place');
    expect(places(r)).toEqual([]);
  });

  it('es-org-place: a known organisation before a place stays apart ("la Guardia Civil de Valencia" is not joined by it)', async () => {
    const r = await es('Según la Guardia Civil, el agua llegó a Valencia.');
    expect(orgs(r)).toEqual(['Guardia Civil']);
    expect(places(r)).toEqual(['Valencia']);
  });

  it('es-role-place: "el alcalde de Viveiro, Xosé Iglesias Pena": the complement of a place role is a place', async () => {
    const r = await es('El alcalde de Viveiro, Xosé Iglesias Pena, pidió ayudas.');
    expect(places(r)).toEqual(['Viveiro']);
    expect(people(r)).toEqual(['Xosé Iglesias Pena']);
    expect(r.places[0].rules).toContain('es-role-place');
  });

  it('es-role-place: "Alhama de Murcia" is one place', async () => {
    const r = await es('La red llegará a Lorca, Totana y Alhama de Murcia.');
    expect(places(r)).toEqual(['Lorca', 'Totana', 'Alhama de Murcia']);
  });
});

describe('Spanish agreements', () => {
  it('"el Acuerdo de París", "la ley de aguas" with its date, "un real decreto de ayudas"', async () => {
    const r = await es('España firmó el Acuerdo de París. La ley de aguas fue aprobada en 1985 y el Gobierno aprobó un real decreto de ayudas.');
    const ag = r.agreements.map((a) => a.name);
    expect(ag).toEqual(expect.arrayContaining(['Acuerdo de París', 'ley de aguas']));
    expect(ag.some((a) => /decreto de ayudas/.test(a))).toBe(true);
    expect(r.agreements.find((a) => a.name === 'ley de aguas')?.date).toBe('1985');
  });

  it('"el convenio de colaboración firmado en marzo de 2019"', async () => {
    const r = await es('La Generalitat y la Cruz Roja activaron el convenio de colaboración firmado en marzo de 2019.');
    expect(r.agreements.map((a) => [a.name, a.date])).toEqual([['convenio de colaboración', '2019-03']]);
  });
});
